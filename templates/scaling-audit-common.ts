/**
 * What the scaling audit's sheets share: the decisions of "Scaler son activité CSM", the tables' headers (structured references
 * use them), number formats and small formula helpers.
 */
import type { ColourRule, ColumnSpec, Language, Refs, Text } from "./spec";

/** The decisions of "Scaler son activité CSM", as the Decision column writes them in each language. */
export const DECISIONS = {
  human: { en: "Human", fr: "Humain" },
  arbitrate: { en: "Arbitrate", fr: "Arbitrer" },
  automate: { en: "Automate", fr: "Automatiser" },
} as const satisfies Record<string, Text>;

/** A text as a formula string literal. */
export const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
export const say = (text: Text, language: Language) => quoted(text[language]);

/** A cell of the row above (the header cell for the first data row). */
export function above(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return `${match[1]}${Number(match[2]) - 1}`;
}

/** "C5" → "$C5", for colour rules relative to the first data row. */
const fixColumn = (address: string) => `$${address}`;

/** Whole numbers, zero shown blank (a priority of 0: not an action to automate). */
export const HIDE_ZERO = "0_);-0_);;@";
/** Ratios, padded on the right so that they do not run into the decision beside them. */
export const RATIO = "0.00_)";

export const ACTIONS_AT = "A4";
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
} as const satisfies Record<string, Text>;

/** What the Next step column says. */
export const NEXT_STEPS = {
  human: { en: "Keep with the CSM", fr: "Garder en humain" },
  keep: { en: "High value: keep human", fr: "Forte valeur : garder en humain" },
  tool: { en: "Automate if a simple tool fits", fr: "Automatiser si un outil simple suffit" },
  planned: { en: "On the roadmap", fr: "Dans la feuille de route" },
  add: { en: "Add to the roadmap", fr: "À ajouter à la feuille de route" },
} as const satisfies Record<string, Text>;

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
} as const satisfies Record<string, Text>;

/** Where the first data row of a table's column lies, "$E5" style, for colour rules. */
export function firstCell(table: { at: string; columns: readonly ColumnSpec[] }, key: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(table.at);
  if (!match) throw new Error(`not a cell address: ${table.at}`);
  const start = (match[1] as string).charCodeAt(0) - 65 + table.columns.findIndex((c) => c.key === key);
  return fixColumn(`${String.fromCharCode(65 + start)}${Number(match[2]) + 1}`);
}

/** Actions the audit sends to automation that no roadmap row names. */
export const notOnRoadmap = (r: Refs) =>
  `SUMPRODUCT((${r.column("Actions", "decision")}=${say(DECISIONS.automate, r.language)})*(COUNTIF(${r.column("Roadmap", "action")},${r.column("Actions", "action")})=0))`;
