/**
 * What the scaling audit's sheets share: the tables' headers (structured references use them), number
 * formats and small formula helpers. The decisions, their words and the formulas that give them are the
 * rule's, in functions/scaling (decision-formula.ts).
 */
import { columnLetters, parseA1 } from "../functions/excel/a1";
import { decisionLiteral } from "../functions/scaling/decision-formula";
import type { ColourRule, ColumnSpec, Refs } from "./spec";
import type { Bilingual, Language } from "../functions/excel/language";

/** The cell of the row above a table cell (the header cell for the first data row), wherever rows are added. */
export function above(cell: string): string {
  return `OFFSET(${cell},-1,0)`;
}

/** "C5" → "$C5", for colour rules relative to the first data row. */
const fixColumn = (address: string) => `$${address}`;

/** Whole numbers, zero shown blank (a priority of 0: not an action to automate). */
export const HIDE_ZERO = "0_);-0_);;@";
/** Ratios, padded on the right so that they do not run into the decision beside them. */
export const RATIO = "0.00_)";

export const ACTIONS_AT = "A4";
/** The defined name of the Actions table's Action column: the roadmap's drop-down of actions. */
export const ACTION_NAMES = "ActionNames";
export const ROADMAP_AT = "A8";

export const HEADERS = {
  stage: { en: "Stage", fr: "Étape" },
  action: { en: "Action", fr: "Action" },
  time: { en: "Time (1–5)", fr: "Temps (1–5)" },
  value: { en: "Value (1–5)", fr: "Valeur (1–5)" },
  ratio: { en: "Ratio", fr: "Ratio" },
  decision: { en: "Decision", fr: "Décision" },
  priority: { en: "Priority", fr: "Priorité" },
  next: { en: "Next step", fr: "Prochaine étape" },
} as const satisfies Record<string, Bilingual>;

/** What the Next step column says. */
export const NEXT_STEPS = {
  human: { en: "Keep with the CSM", fr: "Garder en humain" },
  keep: { en: "High value: keep human", fr: "Forte valeur : garder en humain" },
  tool: { en: "Automate if a simple tool fits", fr: "Automatiser si un outil simple suffit" },
  planned: { en: "On the roadmap", fr: "Dans la feuille de route" },
  add: { en: "Add to the roadmap", fr: "À ajouter à la feuille de route" },
} as const satisfies Record<string, Bilingual>;

/** A whole column of the Actions table, for formulas inside a table (which only get a language). */
export const actions = (key: keyof typeof HEADERS, language: Language) =>
  `Actions[[${HEADERS[key][language]}]]`;

export const ratioBands = (ratio: string): readonly ColourRule[] => [
  { when: `AND(ISNUMBER(${ratio}),${ratio}<1)`, colour: "green" },
  { when: `AND(ISNUMBER(${ratio}),${ratio}=1)`, colour: "amber" },
  { when: `AND(ISNUMBER(${ratio}),${ratio}>1)`, colour: "red" },
];

export const ROADMAP_HEADERS = {
  priority: { en: "Audit priority", fr: "Priorité audit" },
  action: { en: "Action to automate", fr: "Action à automatiser" },
  kind: { en: "Solution kind", fr: "Type de solution" },
  solution: { en: "Solution", fr: "Solution" },
  oneOff: { en: "One-off cost", fr: "Coût ponctuel" },
  monthly: { en: "Monthly cost", fr: "Coût mensuel" },
  weeks: { en: "Weeks", fr: "Semaines" },
  owner: { en: "Owner", fr: "Responsable" },
  status: { en: "Status", fr: "Statut" },
  start: { en: "Start", fr: "Début" },
  end: { en: "End", fr: "Fin" },
} as const satisfies Record<string, Bilingual>;

/** Where the first data row of a table's column lies, "$E5" style, for colour rules. */
export function firstCell(table: { at: string; columns: readonly ColumnSpec[] }, key: string): string {
  const { row, column } = parseA1(table.at);
  return fixColumn(`${columnLetters(column + table.columns.findIndex((c) => c.key === key))}${row + 1}`);
}

/** Actions the audit sends to automation that no roadmap row names. */
export const notOnRoadmap = (r: Refs) =>
  `SUMPRODUCT((${r.column("Actions", "decision")}=${decisionLiteral("automate", r.language)})*(COUNTIF(${r.column("Roadmap", "action")},${r.column("Actions", "action")})=0))`;
