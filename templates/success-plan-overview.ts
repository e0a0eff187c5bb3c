/** The success plan's overview: the account's inputs, then where the plan stands, each result defined. */
import { day } from "./sample";
import { FORMATS, type CellSpec, type ColourRule, type Refs } from "./spec";
import { NONE, numberBands, OBJECTIVE_STATUS, RISK_STATUS, SENTIMENT } from "./success-plan-common";
import { FIRST_VALUE } from "./success-plan-journey";
import type { Bilingual } from "../functions/excel/language";

interface Input {
  readonly label: Bilingual;
  readonly name: string;
  readonly value: CellSpec["value"];
  readonly date?: boolean;
  readonly note?: Bilingual;
}

const INPUTS: readonly Input[] = [
  { label: { en: "Client", fr: "Client" }, name: "ClientName", value: "Vellane Transport" },
  { label: { en: "CSM", fr: "CSM" }, name: "CsmName", value: "Camille Roux" },
  {
    label: { en: "Main business goal", fr: "Objectif métier principal" },
    name: "BusinessGoal",
    value: {
      en: "Deliver faster with stable teams, at a lower cost per order",
      fr: "Livrer plus vite avec des équipes stables, à moindre coût par commande",
    },
  },
  {
    label: { en: "Start date (contract signature)", fr: "Date de début (signature du contrat)" },
    name: "StartDate",
    value: day(2026, 1, 12),
    date: true,
  },
  {
    label: { en: "Renewal date", fr: "Date de renouvellement" },
    name: "RenewalDate",
    value: day(2027, 1, 12),
    date: true,
  },
  {
    label: { en: "As of", fr: "À la date du" },
    name: "AsOfDate",
    value: day(2026, 10, 15),
    date: true,
    note: {
      en: "the date every result is computed at: update it at each review (or type =TODAY())",
      fr: "la date à laquelle tout est calculé : mettez-la à jour à chaque revue (ou tapez =AUJOURDHUI())",
    },
  },
];

interface Result {
  readonly label: Bilingual;
  readonly name: string;
  readonly formula: (r: Refs) => string;
  readonly format: string;
  readonly note: Bilingual;
  readonly colours?: (cell: string) => ColourRule[];
}

const word = (r: Refs, text: Bilingual) => `"${text[r.language]}"`;

const RESULTS: readonly Result[] = [
  {
    label: { en: "Objectives", fr: "Objectifs" },
    name: "ObjectivesCount",
    formula: (r) => `COUNTA(${r.column("Objectives", "objective")})`,
    format: FORMATS.integer,
    note: { en: "rows of the Objectives sheet", fr: "lignes de la feuille Objectifs" },
  },
  {
    label: { en: "Average % of the way", fr: "% du chemin moyen" },
    name: "AverageProgress",
    formula: (r) =>
      `IF(COUNT(${r.column("Objectives", "progress")})=0,"${NONE}",AVERAGE(${r.column("Objectives", "progress")}))`,
    format: FORMATS.percent,
    note: {
      en: "mean of (current − baseline) ÷ (target − baseline) over the objectives measured; 70 % or more green, below 30 % red",
      fr: "moyenne de (actuel − départ) ÷ (cible − départ) sur les objectifs mesurés ; 70 % ou plus vert, sous 30 % rouge",
    },
    colours: (cell) => numberBands(cell, 0.7, 0.3),
  },
  {
    label: { en: "Objectives on track or achieved", fr: "Objectifs en bonne voie ou atteints" },
    name: "ObjectivesOnTrack",
    formula: (r) =>
      `COUNTIF(${r.column("Objectives", "status")},${word(r, OBJECTIVE_STATUS.onTrack)})+COUNTIF(${r.column("Objectives", "status")},${word(r, OBJECTIVE_STATUS.achieved)})`,
    format: FORMATS.integer,
    note: {
      en: `status ${OBJECTIVE_STATUS.onTrack.en} or ${OBJECTIVE_STATUS.achieved.en}`,
      fr: `statut ${OBJECTIVE_STATUS.onTrack.fr} ou ${OBJECTIVE_STATUS.achieved.fr}`,
    },
  },
  {
    label: { en: "Days from signature to first value", fr: "Jours de la signature à la première valeur" },
    name: "DaysToFirstValue",
    formula: (r) =>
      `IFERROR(INDEX(${r.column("Milestones", "sinceSignature")},MATCH(${word(r, FIRST_VALUE)},${r.column("Milestones", "milestone")},0)),"${NONE}")`,
    format: FORMATS.integer,
    note: {
      en: `the milestone named ${FIRST_VALUE.en} on the Journey sheet, counted from the first row (the signature)`,
      fr: `l'étape nommée ${FIRST_VALUE.fr} dans la feuille Parcours, comptée depuis la première ligne (la signature)`,
    },
  },
  {
    label: { en: "Milestones reached", fr: "Étapes franchies" },
    name: "MilestonesReached",
    formula: (r) => `COUNT(${r.column("Milestones", "actual")})`,
    format: FORMATS.integer,
    note: { en: "milestones with an actual date", fr: "étapes qui ont une date réelle" },
  },
  {
    label: { en: "Days to renewal", fr: "Jours avant le renouvellement" },
    name: "DaysToRenewal",
    formula: () => `IF(AND(ISNUMBER(RenewalDate),ISNUMBER(AsOfDate)),RenewalDate-AsOfDate,"${NONE}")`,
    format: FORMATS.integer,
    note: {
      en: "renewal date − as of; under 90 days red, under 180 amber",
      fr: "date de renouvellement − date du jour ; moins de 90 jours rouge, moins de 180 orange",
    },
    colours: (cell) => numberBands(cell, 180, 90),
  },
  {
    label: { en: "Open risks", fr: "Risques ouverts" },
    name: "OpenRisks",
    formula: (r) => `COUNTIF(${r.column("Risks", "status")},${word(r, RISK_STATUS.open)})`,
    format: FORMATS.integer,
    note: { en: `risks with status ${RISK_STATUS.open.en}`, fr: `risques au statut ${RISK_STATUS.open.fr}` },
  },
  {
    label: { en: "High risks still open", fr: "Risques élevés encore ouverts" },
    name: "HighRisks",
    formula: (r) =>
      `COUNTIFS(${r.column("Risks", "score")},">=15",${r.column("Risks", "status")},${word(r, RISK_STATUS.open)})`,
    format: FORMATS.integer,
    note: {
      en: "open risks scoring 15 or more (likelihood × impact); any is red",
      fr: "risques ouverts de score 15 ou plus (probabilité × impact) ; un seul suffit pour le rouge",
    },
    colours: (cell) => [
      { when: `${cell}=0`, colour: "green" },
      { when: `${cell}>0`, colour: "red" },
    ],
  },
  {
    label: { en: "Detractors among stakeholders", fr: "Détracteurs parmi les parties prenantes" },
    name: "Detractors",
    formula: (r) => `COUNTIF(${r.column("Stakeholders", "sentiment")},${word(r, SENTIMENT.detractor)})`,
    format: FORMATS.integer,
    note: { en: "people to win back", fr: "personnes à reconquérir" },
  },
  {
    label: { en: "Last review", fr: "Dernière revue" },
    name: "LastReview",
    formula: (r) =>
      `IF(COUNT(${r.column("Reviews", "date")})=0,"${NONE}",MAX(${r.column("Reviews", "date")}))`,
    format: FORMATS.date,
    note: { en: "latest date of the review log", fr: "date la plus récente du journal des revues" },
  },
  {
    label: { en: "Days since the last review", fr: "Jours depuis la dernière revue" },
    name: "DaysSinceReview",
    formula: () => `IF(AND(ISNUMBER(LastReview),ISNUMBER(AsOfDate)),AsOfDate-LastReview,"${NONE}")`,
    format: FORMATS.integer,
    note: { en: "over 45 days amber, over 90 red", fr: "au-delà de 45 jours orange, de 90 rouge" },
    colours: (cell) => numberBands(cell, 45, 90),
  },
];

export function overviewCells(): CellSpec[] {
  const cells: CellSpec[] = [
    { at: "A1", role: "title", value: { en: "Success plan", fr: "Plan de succès" } },
    {
      at: "A2",
      role: "note",
      value: {
        en: "Built with the client: their transformation objectives, the journey milestones, the people, the risks and the reviews. Yellow cells are yours to fill; blue cells are computed.",
        fr: "Construit avec le client : ses objectifs de transformation, les étapes du parcours, les personnes, les risques et les revues. Les cellules jaunes sont à remplir ; les bleues sont calculées.",
      },
    },
    {
      at: "A3",
      role: "note",
      value: {
        en: "SAMPLE DATA: a fictional client, Vellane Transport. Replace the yellow cells here and the rows of each sheet's table with yours.",
        fr: "DONNÉES D'EXEMPLE : un client fictif, Vellane Transport. Remplacez les cellules jaunes ici et les lignes du tableau de chaque feuille par les vôtres.",
      },
    },
    { at: "A5", role: "subtitle", value: { en: "The account", fr: "Le compte" } },
  ];
  INPUTS.forEach((input, i) => {
    const r = 6 + i;
    cells.push({ at: `A${r}`, role: "label", value: input.label });
    cells.push({
      at: `B${r}`,
      role: "input",
      value: input.value,
      name: input.name,
      ...(input.date ? { format: FORMATS.date, validation: { kind: "date" } } : {}),
    });
    if (input.note) cells.push({ at: `C${r}`, role: "note", value: input.note });
  });
  const start = 6 + INPUTS.length + 1;
  cells.push({ at: `A${start}`, role: "subtitle", value: { en: "Where we stand", fr: "Où en est-on" } });
  cells.push({
    at: `C${start}`,
    role: "subtitle",
    value: { en: "How it is computed", fr: "Mode de calcul" },
  });
  RESULTS.forEach((result, i) => {
    const r = start + 1 + i;
    cells.push({ at: `A${r}`, role: "label", value: result.label });
    cells.push({
      at: `B${r}`,
      role: "result",
      formula: result.formula,
      format: result.format,
      name: result.name,
      ...(result.colours ? { colours: result.colours(`$B$${r}`) } : {}),
    });
    cells.push({ at: `C${r}`, role: "note", value: result.note });
  });
  return cells;
}
