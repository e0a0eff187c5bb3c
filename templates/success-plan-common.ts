/** What the success plan's tables share: lists in both languages, references and colour rules. */
import { columnLetters, parseA1 } from "../functions/excel/a1";
import { FORMATS, type ColourRule, type TableSpec } from "./spec";
import type { Bilingual } from "../functions/excel/language";

/** What a formula shows where there is nothing to compute yet. */
export const NONE = "–";

/** A table's header row by default: row 4 of its own sheet, under the title, a note and the sample banner. */
export const AT = "A4";

/** The Milestones table's header row, on the Plan sheet under the summary. */
export const MILESTONES_AT = "A34";

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

/** The pace of an objective or of the plan: computed, never typed. */
export const PACE = {
  onTrack: { en: "On track", fr: "En bonne voie" },
  behind: { en: "Behind", fr: "En retard" },
  achieved: { en: "Achieved", fr: "Atteint" },
} as const;
/** A milestone's status: computed from its dates and the as-of date. */
export const MILESTONE_STATUS = {
  done: { en: "Done", fr: "Fait" },
  overdue: { en: "Overdue", fr: "En retard" },
  planned: { en: "Planned", fr: "Prévu" },
} as const;
export const YES_NO = list({
  yes: { en: "Yes", fr: "Oui" },
  no: { en: "No", fr: "Non" },
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

/** The first data cell of a column of a table whose header row is at `at`, as conditional formatting wants it (`$D5`). */
export function firstCell(columns: TableSpec["columns"], key: string, at: string = AT): string {
  const { row, column } = parseA1(at);
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
