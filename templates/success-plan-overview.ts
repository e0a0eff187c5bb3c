/** The success plan's Plan sheet, the one shown to the client: the account, owners on both sides, where the plan stands. */
import { day } from "./sample";
import { FORMATS, type CellSpec, type ColourRule, type Refs } from "./spec";
import {
  MILESTONE_STATUS,
  MILESTONES_AT,
  NONE,
  numberBands,
  PACE,
  wordColours,
  YES_NO,
} from "./success-plan-common";
import { paceFormula } from "./success-plan-journey";
import { parseA1 } from "../functions/excel/a1";
import type { Bilingual } from "../functions/excel/language";

interface Input {
  readonly label: Bilingual;
  readonly name: string;
  readonly value: CellSpec["value"];
  readonly date?: boolean;
  readonly format?: string;
  readonly validation?: CellSpec["validation"];
  readonly note?: Bilingual;
}

const INPUTS: readonly Input[] = [
  { label: { en: "Client", fr: "Client" }, name: "ClientName", value: "Vellane Transport" },
  {
    label: { en: "Main business goal", fr: "Objectif métier principal" },
    name: "BusinessGoal",
    value: {
      en: "Deliver faster with stable teams, at a lower cost per order",
      fr: "Livrer plus vite avec des équipes stables, à moindre coût par commande",
    },
  },
  {
    label: { en: "Client owner", fr: "Responsable côté client" },
    name: "ClientOwner",
    value: "Nadia Benali",
  },
  {
    label: { en: "Client executive sponsor", fr: "Sponsor côté client" },
    name: "ClientSponsor",
    value: "Claire Moreau",
  },
  { label: { en: "Our owner (CSM)", fr: "Notre responsable (CSM)" }, name: "CsmName", value: "Camille Roux" },
  {
    label: { en: "Our executive sponsor", fr: "Notre sponsor" },
    name: "VendorSponsor",
    value: "Antoine Lefèvre",
  },
  {
    label: { en: "Start date (contract signature)", fr: "Date de début (signature)" },
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
      en: "every result is computed at this date: update it at each review",
      fr: "tout est calculé à cette date : mettez-la à jour à chaque revue",
    },
  },
  {
    label: { en: "Next review", fr: "Prochaine revue" },
    name: "NextReview",
    value: day(2026, 11, 5),
    date: true,
  },
  {
    label: { en: "Pace tolerance", fr: "Tolérance de rythme" },
    name: "PaceTolerance",
    value: 0.1,
    format: "0%",
    validation: { kind: "decimal", min: 0, max: 1 },
    note: {
      en: "on track while the share of the way is at least the share of the time minus this",
      fr: "en bonne voie tant que la part du chemin atteint la part du temps moins cette marge",
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
    label: { en: "Share of the way", fr: "Part du chemin" },
    name: "AverageProgress",
    formula: (r) =>
      `IF(COUNT(${r.column("Objectives", "progress")})=0,"${NONE}",AVERAGE(${r.column("Objectives", "progress")}))`,
    format: FORMATS.percent,
    note: {
      en: "mean % of the way, (current − baseline) ÷ (target − baseline), over the objectives measured",
      fr: "moyenne du % du chemin, (actuel − départ) ÷ (cible − départ), sur les objectifs mesurés",
    },
  },
  {
    label: { en: "Share of the time", fr: "Part du temps" },
    name: "TimeElapsed",
    formula: () =>
      `IF(AND(ISNUMBER(StartDate),ISNUMBER(RenewalDate),ISNUMBER(AsOfDate)),IF(RenewalDate>StartDate,MAX(0,MIN(1,(AsOfDate-StartDate)/(RenewalDate-StartDate))),"${NONE}"),"${NONE}")`,
    format: FORMATS.percent,
    note: {
      en: "(as of − start) ÷ (renewal − start): how much of the contract has gone",
      fr: "(date du jour − début) ÷ (renouvellement − début) : la part du contrat écoulée",
    },
  },
  {
    label: { en: "Pace", fr: "Rythme" },
    name: "PlanPace",
    formula: (r) => paceFormula("AverageProgress", "TimeElapsed", r.language),
    format: "General",
    note: {
      en: `${PACE.onTrack.en} when the share of the way ≥ the share of the time − the pace tolerance; else ${PACE.behind.en}`,
      fr: `${PACE.onTrack.fr} si la part du chemin ≥ la part du temps − la tolérance ; sinon ${PACE.behind.fr}`,
    },
    colours: (cell) =>
      wordColours(cell, [
        [PACE.achieved, "green"],
        [PACE.onTrack, "green"],
        [PACE.behind, "red"],
      ]),
  },
  {
    label: { en: "Objectives on track or achieved", fr: "Objectifs en bonne voie ou atteints" },
    name: "ObjectivesOnTrack",
    formula: (r) =>
      `COUNTIF(${r.column("Objectives", "pace")},${word(r, PACE.onTrack)})+COUNTIF(${r.column("Objectives", "pace")},${word(r, PACE.achieved)})`,
    format: FORMATS.integer,
    note: {
      en: "each objective's pace, over its own time from start to due date",
      fr: "le rythme de chaque objectif, sur son propre temps du début à l'échéance",
    },
  },
  {
    label: { en: "Objectives behind", fr: "Objectifs en retard" },
    name: "ObjectivesBehind",
    formula: (r) => `COUNTIF(${r.column("Objectives", "pace")},${word(r, PACE.behind)})`,
    format: FORMATS.integer,
    note: { en: "objectives to talk about first", fr: "les objectifs à aborder en premier" },
    colours: (cell) => [{ when: `${cell}>0`, colour: "red" }],
  },
  {
    label: { en: "Milestones done", fr: "Étapes franchies" },
    name: "MilestonesReached",
    formula: (r) => `COUNT(${r.column("Milestones", "actual")})`,
    format: FORMATS.integer,
    note: { en: "milestones below with a date done", fr: "étapes ci-dessous avec une date de réalisation" },
  },
  {
    label: { en: "Milestones overdue", fr: "Étapes en retard" },
    name: "MilestonesOverdue",
    formula: (r) => `COUNTIF(${r.column("Milestones", "status")},${word(r, MILESTONE_STATUS.overdue)})`,
    format: FORMATS.integer,
    note: { en: "not done and past their due date", fr: "non faites et après leur échéance" },
    colours: (cell) => [{ when: `${cell}>0`, colour: "red" }],
  },
  {
    label: { en: "Days from start to first value", fr: "Jours du début à la première valeur" },
    name: "DaysToFirstValue",
    formula: (r) =>
      `IFERROR(INDEX(${r.column("Milestones", "sinceStart")},MATCH(${word(r, YES_NO.yes)},${r.column("Milestones", "firstValue")},0)),"${NONE}")`,
    format: FORMATS.integer,
    note: {
      en: `the milestone marked ${YES_NO.yes.en} in First value, whatever its name`,
      fr: `l'étape marquée ${YES_NO.yes.fr} dans 1re valeur, quel que soit son nom`,
    },
  },
  {
    label: { en: "Days to renewal", fr: "Jours avant le renouvellement" },
    name: "DaysToRenewal",
    formula: () => `IF(AND(ISNUMBER(RenewalDate),ISNUMBER(AsOfDate)),RenewalDate-AsOfDate,"${NONE}")`,
    format: FORMATS.integer,
    note: { en: "renewal date − as of", fr: "date de renouvellement − date du jour" },
  },
  {
    label: { en: "Last review", fr: "Dernière revue" },
    name: "LastReview",
    formula: (r) =>
      `IF(COUNT(${r.column("Reviews", "date")})=0,"${NONE}",MAX(${r.column("Reviews", "date")}))`,
    format: FORMATS.date,
    note: { en: "latest date of the Reviews sheet", fr: "date la plus récente de la feuille Revues" },
  },
  {
    label: { en: "Days since the last review", fr: "Jours depuis la dernière revue" },
    name: "DaysSinceReview",
    formula: () => `IF(AND(ISNUMBER(LastReview),ISNUMBER(AsOfDate)),AsOfDate-LastReview,"${NONE}")`,
    format: FORMATS.integer,
    note: { en: "over 45 days amber, over 90 red", fr: "au-delà de 45 jours orange, de 90 rouge" },
    colours: (cell) => numberBands(cell, 45, 90),
  },
  {
    label: { en: "Days to the next review", fr: "Jours avant la prochaine revue" },
    name: "DaysToNextReview",
    formula: () => `IF(AND(ISNUMBER(NextReview),ISNUMBER(AsOfDate)),NextReview-AsOfDate,"${NONE}")`,
    format: FORMATS.integer,
    note: { en: "below 0: the review is overdue", fr: "sous 0 : la revue est en retard" },
    colours: (cell) => [{ when: `AND(ISNUMBER(${cell}),${cell}<0)`, colour: "red" }],
  },
];

/** The Plan sheet's cells above the Milestones table: the account, the owners on both sides, where we stand. */
export function planCells(): CellSpec[] {
  const cells: CellSpec[] = [
    { at: "A1", role: "title", value: { en: "Success plan", fr: "Plan de succès" } },
    {
      at: "A2",
      role: "note",
      value: {
        en: "Built with the client and shared with them: objectives (next sheet), milestones below, reviews. Yellow cells are inputs; blue cells are computed.",
        fr: "Construit avec le client et partagé avec lui : objectifs (feuille suivante), étapes ci-dessous, revues. Cellules jaunes : à remplir ; bleues : calculées.",
      },
    },
    {
      at: "A3",
      role: "note",
      value: {
        en: "SAMPLE DATA: a fictional client. Replace the yellow cells and the tables' rows with yours.",
        fr: "DONNÉES D'EXEMPLE : un client fictif. Remplacez les cellules jaunes et les lignes des tableaux par les vôtres.",
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
      ...(input.format ? { format: input.format } : {}),
      ...(input.validation ? { validation: input.validation } : {}),
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
  const milestones = parseA1(MILESTONES_AT).row - 1;
  if (start + RESULTS.length >= milestones)
    throw new Error("the Plan summary runs into the Milestones table");
  cells.push({ at: `A${milestones}`, role: "subtitle", value: { en: "Milestones", fr: "Étapes" } });
  cells.push({
    at: `C${milestones}`,
    role: "note",
    value: {
      en: "Status from the dates at the as-of date; mark the milestone that brings the client its first value with Yes.",
      fr: "Statut d'après les dates à la date du jour ; marquez Oui l'étape qui apporte au client sa première valeur.",
    },
  });
  return cells;
}
