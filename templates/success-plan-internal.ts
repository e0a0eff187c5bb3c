/** The success plan's internal sheets, not for the client: how each stakeholder feels, and the risks. */
import { SAMPLE_NOTE } from "./sample";
import { FORMATS, type CellSpec, type ColourRule, type Refs, type SheetSpec, type TableSpec } from "./spec";
import { RISK_STATUS, SENTIMENT } from "./success-plan-common";
import { RISKS, STAKEHOLDERS } from "./success-plan-people";
import { parseA1 } from "../functions/excel/a1";
import type { Bilingual } from "../functions/excel/language";

const word = (r: Refs, text: Bilingual) => `"${text[r.language]}"`;

interface Result {
  readonly label: Bilingual;
  readonly name: string;
  readonly formula: (r: Refs) => string;
  readonly note: Bilingual;
  readonly colours?: (cell: string) => ColourRule[];
}

const RESULTS: readonly Result[] = [
  {
    label: { en: "Detractors among stakeholders", fr: "Détracteurs parmi les parties prenantes" },
    name: "Detractors",
    formula: (r) => `COUNTIF(${r.column("Stakeholders", "sentiment")},${word(r, SENTIMENT.detractor)})`,
    note: { en: "people to win back", fr: "personnes à reconquérir" },
  },
  {
    label: { en: "Open risks", fr: "Risques ouverts" },
    name: "OpenRisks",
    formula: (r) => `COUNTIF(${r.column("Risks", "status")},${word(r, RISK_STATUS.open)})`,
    note: { en: `risks with status ${RISK_STATUS.open.en}`, fr: `risques au statut ${RISK_STATUS.open.fr}` },
  },
  {
    label: { en: "High risks still open", fr: "Risques élevés encore ouverts" },
    name: "HighRisks",
    formula: (r) =>
      `COUNTIFS(${r.column("Risks", "score")},">=15",${r.column("Risks", "status")},${word(r, RISK_STATUS.open)})`,
    note: {
      en: "open risks scoring 15 or more (likelihood × impact); any is red",
      fr: "risques ouverts de score 15 ou plus (probabilité × impact) ; un seul suffit pour le rouge",
    },
    colours: (cell) => [
      { when: `${cell}=0`, colour: "green" },
      { when: `${cell}>0`, colour: "red" },
    ],
  },
];

const WARNING: Bilingual = {
  en: "INTERNAL, not for the client: delete or hide this sheet before sending the plan.",
  fr: "INTERNE, pas pour le client : supprimez ou masquez cette feuille avant d'envoyer le plan.",
};

/** An internal sheet: a title, the warning and the rule, its results, then its table (nothing beside it). */
function internalSheet(
  key: string,
  name: Bilingual,
  title: Bilingual,
  note: Bilingual,
  results: readonly Result[],
  table: TableSpec,
  widths: Record<string, number>,
): SheetSpec {
  const cells: CellSpec[] = [
    { at: "A1", role: "title", value: title },
    { at: "A2", role: "note", value: { en: `${WARNING.en} ${note.en}`, fr: `${WARNING.fr} ${note.fr}` } },
    { at: "A3", role: "note", value: SAMPLE_NOTE },
  ];
  results.forEach((result, i) => {
    const r = 4 + i;
    cells.push({ at: `A${r}`, role: "label", value: result.label });
    cells.push({
      at: `B${r}`,
      role: "result",
      name: result.name,
      formula: result.formula,
      format: FORMATS.integer,
      ...(result.colours ? { colours: result.colours(`$B$${r}`) } : {}),
    });
    cells.push({ at: `C${r}`, role: "note", value: result.note });
  });
  if (4 + results.length >= parseA1(table.at).row) throw new Error(`${key}: the results run into the table`);
  return { key, name, tables: [table], cells, widths, freezeRows: parseA1(table.at).row, landscape: true };
}

export const stakeholdersSheet = internalSheet(
  "stakeholders",
  { en: "Stakeholders (internal)", fr: "Parties prenantes (interne)" },
  { en: "Stakeholders", fr: "Parties prenantes" },
  {
    en: "How much each person weighs and how they feel. Days since contact at the as-of date: over 30 amber, over 60 red.",
    fr: "Le poids de chacun et son sentiment. Jours depuis le contact à la date du jour : au-delà de 30 orange, de 60 rouge.",
  },
  RESULTS.filter((r) => r.name === "Detractors"),
  STAKEHOLDERS,
  { A: 30, B: 37, C: 13, D: 14, E: 17, F: 25, G: 54 },
);

export const risksSheet = internalSheet(
  "risks",
  { en: "Risks (internal)", fr: "Risques (interne)" },
  { en: "Risks", fr: "Risques" },
  {
    en: "Likelihood and impact from 1 to 5; score = likelihood × impact: 15 or more red, 8 to 14 amber, 7 or less green.",
    fr: "Probabilité et impact de 1 à 5 ; score = probabilité × impact : 15 ou plus rouge, de 8 à 14 orange, 7 ou moins vert.",
  },
  RESULTS.filter((r) => r.name !== "Detractors"),
  RISKS,
  { A: 48, B: 17, C: 13, D: 9, E: 56, F: 16, G: 12 },
);
