/**
 * What each table the add-in writes holds, in the person's words: the report after "Write to workbook" says
 * "4 actions with their scores and decisions", not "CSMKit_Audit (4)".
 */
import type { Bilingual } from "../../functions/excel/language";
import { SEGMENT_TABLES } from "../segmentation/formulas";
import { PLAN_TABLES } from "./headers";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The words for each table, given its number of data rows; absent for a helper table not worth naming. */
const LABELS: ReadonlyMap<string, ((rows: number) => Bilingual) | null> = new Map<
  string,
  ((rows: number) => Bilingual) | null
>([
  [
    PLAN_TABLES.audit,
    (n) => ({
      en: `${plural(n, "action", "actions")} with their scores and decisions`,
      fr: `${plural(n, "action", "actions")} avec leurs notes et décisions`,
    }),
  ],
  [PLAN_TABLES.roadmapStart, null],
  [
    PLAN_TABLES.roadmap,
    (n) => ({
      en: `the roadmap (${plural(n, "solution", "solutions")})`,
      fr: `la feuille de route (${plural(n, "solution", "solutions")})`,
    }),
  ],
  [PLAN_TABLES.capacity, () => ({ en: "the capacity", fr: "la capacité" })],
  [
    PLAN_TABLES.calculations,
    (n) => ({ en: plural(n, "calculation", "calculations"), fr: plural(n, "calcul", "calculs") }),
  ],
  [
    SEGMENT_TABLES.segments,
    (n) => ({
      en: `${plural(n, "account", "accounts")} with their tiers`,
      fr: `${plural(n, "compte", "comptes")} avec leur palier`,
    }),
  ],
  [SEGMENT_TABLES.rules, () => ({ en: "the tier rules", fr: "les règles des paliers" })],
  [
    SEGMENT_TABLES.settings,
    () => ({ en: "the segmentation settings", fr: "les réglages de la segmentation" }),
  ],
  [SEGMENT_TABLES.strategic, () => ({ en: "the strategic industries", fr: "les secteurs stratégiques" })],
  [SEGMENT_TABLES.coverage, () => ({ en: "the coverage per tier", fr: "la couverture par palier" })],
  [SEGMENT_TABLES.summary, () => ({ en: "the coverage summary", fr: "la synthèse de la couverture" })],
  [SEGMENT_TABLES.specialists, () => ({ en: "the specialists", fr: "les spécialistes" })],
]);

/**
 * The words for a table the add-in wrote, or `undefined` for a helper table the person need not hear about.
 *
 * @param name - the table's name
 * @param rows - its number of data rows
 * @returns what it holds, in both languages; a table of unknown name is named as it is
 * @example
 * tableLabel("CSMKit_Audit", 4)
 * //=> { en: "4 actions with their scores and decisions", fr: "4 actions avec leurs notes et décisions" }
 */
export function tableLabel(name: string, rows: number): Bilingual | undefined {
  const label = LABELS.get(name);
  if (label === null) return undefined;
  return label === undefined ? { en: name, fr: name } : label(rows);
}
