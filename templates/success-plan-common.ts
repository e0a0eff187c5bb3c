/** What the success plan's tables share: lists in both languages, references and colour rules. */
import { columnLetters, parseA1 } from "../functions/excel/a1";
import { FORMATS, type ColourRule, type TableSpec } from "./spec";
import type { Bilingual, Language } from "../functions/excel/language";

/** What a formula shows where there is nothing to compute yet. */
export const NONE = "–";

/** Every table's header row: row 4 of its own sheet, under the title, a note and the sample banner. */
export const AT = "A4";

/** A list's values in both languages, and each value by key. */
function list<K extends string>(values: Record<K, Bilingual>) {
  const all = Object.values<Bilingual>(values);
  return {
    ...values,
    validation: {
      kind: "list" as const,
      values: { en: all.map((v) => v.en).join(","), fr: all.map((v) => v.fr).join(",") },
    },
  };
}

export const OBJECTIVE_STATUS = list({
  notStarted: { en: "Not started", fr: "Non démarré" },
  onTrack: { en: "On track", fr: "En bonne voie" },
  atRisk: { en: "At risk", fr: "À risque" },
  offTrack: { en: "Off track", fr: "En retard" },
  achieved: { en: "Achieved", fr: "Atteint" },
});
export const INFLUENCE = list({
  high: { en: "High", fr: "Forte" },
  medium: { en: "Medium", fr: "Moyenne" },
  low: { en: "Low", fr: "Faible" },
});
export const SENTIMENT = list({
  promoter: { en: "Promoter", fr: "Promoteur" },
  neutral: { en: "Neutral", fr: "Neutre" },
  detractor: { en: "Detractor", fr: "Détracteur" },
});
export const RISK_STATUS = list({
  open: { en: "Open", fr: "Ouvert" },
  mitigated: { en: "Mitigated", fr: "Atténué" },
  closed: { en: "Closed", fr: "Clos" },
});

/** A structured reference to a table's data column, in one language. */
export function columnRef(
  table: Pick<TableSpec, "name" | "columns">,
  key: string,
  language: Language,
): string {
  const column = table.columns.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key} in table ${table.name}`);
  return `${table.name}[[${column.header[language]}]]`;
}

/** The first data cell of a column, as conditional formatting wants it (`$D5`). */
export function firstCell(columns: TableSpec["columns"], key: string): string {
  const { row, column } = parseA1(AT);
  return `$${columnLetters(column + columns.findIndex((c) => c.key === key))}${row + 1}`;
}

/** Colours for a number: green / amber / red by thresholds, in the direction given. */
export function numberBands(cell: string, green: number, red: number): ColourRule[] {
  const n = (test: string) => `AND(ISNUMBER(${cell}),${test})`;
  return green > red
    ? [
        { when: n(`${cell}>=${green}`), colour: "green" },
        { when: n(`${cell}>=${red},${cell}<${green}`), colour: "amber" },
        { when: n(`${cell}<${red}`), colour: "red" },
      ]
    : [
        { when: n(`${cell}<=${green}`), colour: "green" },
        { when: n(`${cell}>${green},${cell}<=${red}`), colour: "amber" },
        { when: n(`${cell}>${red}`), colour: "red" },
      ];
}

/** Colours for a list's words, in either language. */
export function wordColours(cell: string, words: readonly [Bilingual, ColourRule["colour"]][]): ColourRule[] {
  return words.map(([word, colour]) => ({ when: `OR(${cell}="${word.en}",${cell}="${word.fr}")`, colour }));
}

export const isNumber = (...cells: string[]) =>
  cells.length === 1 ? `ISNUMBER(${cells[0]})` : `AND(${cells.map((c) => `ISNUMBER(${c})`).join(",")})`;

export const date = { format: FORMATS.date, validation: { kind: "date" } } as const;

export type Row = TableSpec["rows"][number];
