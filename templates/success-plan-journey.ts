/**
 * The success plan's objectives ("Piloter votre activité CSM"'s transformation indicators: how far along each is) and the
 * customer journey's milestones (the days between the key moments), with a fictional client's sample rows.
 */
import { day } from "./sample";
import { FORMATS, type TableSpec } from "./spec";
import {
  AT,
  date,
  firstCell,
  isNumber,
  MILESTONE_STATUS,
  MILESTONES_AT,
  NONE,
  numberBands,
  PACE,
  wordColours,
  YES_NO,
  type Row,
} from "./success-plan-common";
import type { Bilingual, Language } from "../functions/excel/language";

/**
 * The pace check: Achieved at 100 % of the way; On track when the share of the way is at least the share of
 * the time gone minus PaceTolerance; Behind below; "–" when either share is unknown.
 */
export function paceFormula(way: string, time: string, language: Language): string {
  const say = (word: Bilingual) => `"${word[language]}"`;
  return `IF(${isNumber(way)},IF(${way}>=1,${say(PACE.achieved)},IF(${isNumber(time)},IF(${way}>=${time}-PaceTolerance,${say(PACE.onTrack)},${say(PACE.behind)}),"${NONE}")),"${NONE}")`;
}

const OBJECTIVE_COLUMNS: TableSpec["columns"] = [
  { key: "objective", header: { en: "Objective", fr: "Objectif" } },
  { key: "indicator", header: { en: "Indicator", fr: "Indicateur" } },
  { key: "unit", header: { en: "Unit", fr: "Unité" } },
  { key: "baseline", header: { en: "Baseline", fr: "Départ" } },
  { key: "target", header: { en: "Target", fr: "Cible" } },
  { key: "current", header: { en: "Current", fr: "Actuel" } },
  {
    key: "progress",
    header: { en: "% of the way", fr: "% du chemin" },
    format: "0%",
    formula: (row) => {
      const [b, t, c] = [row("baseline"), row("target"), row("current")];
      return `IF(${isNumber(b, t, c)},IF(${t}=${b},"${NONE}",(${c}-${b})/(${t}-${b})),"${NONE}")`;
    },
  },
  {
    key: "elapsed",
    header: { en: "Time elapsed", fr: "Temps écoulé" },
    format: "0%",
    formula: (row) => {
      const due = row("due");
      return `IF(${isNumber(due, "StartDate", "AsOfDate")},IF(${due}>StartDate,MAX(0,MIN(1,(AsOfDate-StartDate)/(${due}-StartDate))),"${NONE}"),"${NONE}")`;
    },
  },
  { key: "due", header: { en: "Due date", fr: "Échéance" }, ...date },
  { key: "owner", header: { en: "Owner", fr: "Responsable" } },
  {
    key: "pace",
    header: { en: "Pace", fr: "Rythme" },
    formula: (row, language) => paceFormula(row("progress"), row("elapsed"), language),
  },
];

const objective = (
  o: Bilingual,
  indicator: Bilingual,
  unit: Bilingual | string,
  baseline: number,
  target: number,
  current: number | null,
  due: Date,
  owner: string,
): Row => ({ objective: o, indicator, unit, baseline, target, current, due, owner });

export const OBJECTIVES: TableSpec = {
  name: "Objectives",
  at: AT,
  columns: OBJECTIVE_COLUMNS,
  rows: [
    objective(
      { en: "Reduce staff turnover in warehouses", fr: "Réduire le turn-over en entrepôt" },
      { en: "Annual staff turnover", fr: "Turn-over annuel" },
      "%",
      24,
      18,
      21,
      day(2027, 1, 12),
      "Julien Petit",
    ),
    objective(
      { en: "Cut order processing time", fr: "Réduire le temps de traitement des commandes" },
      { en: "Minutes per order", fr: "Minutes par commande" },
      "min",
      42,
      25,
      29,
      day(2026, 12, 31),
      "Nadia Benali",
    ),
    objective(
      { en: "Raise the margin on express delivery", fr: "Augmenter la marge de la livraison express" },
      { en: "Gross margin, express offer", fr: "Marge brute de l'offre express" },
      "%",
      12,
      16,
      13,
      day(2027, 3, 31),
      "Marc Dubois",
    ),
    objective(
      { en: "Improve on-time delivery", fr: "Améliorer la ponctualité des livraisons" },
      { en: "Deliveries on time", fr: "Livraisons à l'heure" },
      "%",
      86,
      95,
      93,
      day(2026, 12, 31),
      "Nadia Benali",
    ),
    objective(
      { en: "Save energy in warehouses", fr: "Économiser l'énergie des entrepôts" },
      { en: "kWh per warehouse per month", fr: "kWh par entrepôt et par mois" },
      "kWh",
      18000,
      15000,
      17600,
      day(2027, 6, 30),
      "Claire Moreau",
    ),
    objective(
      { en: "Fill open positions faster", fr: "Pourvoir les postes plus vite" },
      { en: "Days to fill a position", fr: "Jours pour pourvoir un poste" },
      { en: "days", fr: "jours" },
      45,
      30,
      30,
      day(2026, 9, 30),
      "Julien Petit",
    ),
    objective(
      { en: "Go paperless on proof of delivery", fr: "Dématérialiser les preuves de livraison" },
      { en: "Deliveries signed on a phone", fr: "Livraisons signées sur téléphone" },
      "%",
      0,
      90,
      null,
      day(2027, 6, 30),
      "Thomas Girard",
    ),
  ],
  colours: {
    progress: numberBands(firstCell(OBJECTIVE_COLUMNS, "progress"), 0.7, 0.3),
    pace: wordColours(firstCell(OBJECTIVE_COLUMNS, "pace"), [
      [PACE.achieved, "green"],
      [PACE.onTrack, "green"],
      [PACE.behind, "red"],
    ]),
  },
};

const MILESTONE_COLUMNS: TableSpec["columns"] = [
  { key: "milestone", header: { en: "Milestone", fr: "Étape" } },
  { key: "owner", header: { en: "Owner", fr: "Responsable" } },
  { key: "due", header: { en: "Due date", fr: "Échéance" }, ...date },
  { key: "actual", header: { en: "Done on", fr: "Réalisée le" }, ...date },
  {
    key: "status",
    header: { en: "Status", fr: "Statut" },
    formula: (row, language) => {
      const [due, actual] = [row("due"), row("actual")];
      const say = (word: Bilingual) => `"${word[language]}"`;
      const { done, overdue, planned } = MILESTONE_STATUS;
      return `IF(${isNumber(actual)},${say(done)},IF(${isNumber(due, "AsOfDate")},IF(AsOfDate>${due},${say(overdue)},${say(planned)}),"${NONE}"))`;
    },
  },
  {
    key: "slip",
    header: { en: "Slip", fr: "Retard" },
    format: FORMATS.integer,
    formula: (row) => {
      const [due, actual] = [row("due"), row("actual")];
      return `IF(${isNumber(due, actual)},${actual}-${due},"${NONE}")`;
    },
  },
  {
    key: "sinceStart",
    header: { en: "From start", fr: "Depuis début" },
    format: FORMATS.integer,
    formula: (row) => {
      const actual = row("actual");
      return `IF(${isNumber(actual, "StartDate")},${actual}-StartDate,"${NONE}")`;
    },
  },
  {
    key: "firstValue",
    header: { en: "First value", fr: "1re valeur" },
    validation: YES_NO.validation,
  },
  { key: "comment", header: { en: "Comment", fr: "Commentaire" }, wrap: true },
];

const milestone = (
  m: Bilingual,
  owner: string,
  due: Date,
  actual: Date | null,
  comment: Bilingual,
  firstValue = false,
): Row => ({
  milestone: m,
  owner,
  due,
  actual,
  firstValue: firstValue ? YES_NO.yes : YES_NO.no,
  comment,
});

export const MILESTONES: TableSpec = {
  name: "Milestones",
  at: MILESTONES_AT,
  columns: MILESTONE_COLUMNS,
  rows: [
    milestone(
      { en: "Contract signature", fr: "Signature du contrat" },
      "Claire Moreau",
      day(2026, 1, 12),
      day(2026, 1, 12),
      { en: "Three-year contract, 1,200 users", fr: "Contrat de trois ans, 1 200 utilisateurs" },
    ),
    milestone({ en: "Kick-off", fr: "Lancement" }, "Camille Roux", day(2026, 1, 16), day(2026, 1, 20), {
      en: "Kick-off call with the COO",
      fr: "Appel de lancement avec la directrice des opérations",
    }),
    milestone({ en: "Training", fr: "Formation" }, "Camille Roux", day(2026, 2, 2), day(2026, 2, 10), {
      en: "Admins and team leads trained",
      fr: "Admins et chefs d'équipe formés",
    }),
    milestone(
      { en: "Pilot in Lyon", fr: "Pilote à Lyon" },
      "Nadia Benali",
      day(2026, 2, 16),
      day(2026, 2, 19),
      { en: "First use in the Lyon warehouse", fr: "Première utilisation à l'entrepôt de Lyon" },
    ),
    milestone(
      { en: "Processing time down 15 % in Lyon", fr: "Traitement des commandes −15 % à Lyon" },
      "Nadia Benali",
      day(2026, 4, 15),
      day(2026, 5, 4),
      { en: "The first measured value for the client", fr: "La première valeur mesurée pour le client" },
      true,
    ),
    milestone(
      { en: "Roll-out to every site", fr: "Déploiement sur tous les sites" },
      "Camille Roux",
      day(2026, 9, 1),
      day(2026, 9, 22),
      { en: "Seven warehouses live", fr: "Sept entrepôts en service" },
    ),
    milestone(
      { en: "WMS real-time connector", fr: "Connecteur WMS temps réel" },
      "Thomas Girard",
      day(2026, 10, 1),
      null,
      { en: "Needed for live dashboards", fr: "Nécessaire aux tableaux de bord en direct" },
    ),
    milestone(
      { en: "First business review", fr: "Première revue d'affaires" },
      "Camille Roux",
      day(2026, 11, 5),
      null,
      {
        en: "With the COO and the CFO, before the renewal",
        fr: "Avec la directrice des opérations et le DAF, avant le renouvellement",
      },
    ),
  ],
  colours: {
    slip: numberBands(firstCell(MILESTONE_COLUMNS, "slip", MILESTONES_AT), 0, 14),
    status: wordColours(firstCell(MILESTONE_COLUMNS, "status", MILESTONES_AT), [
      [MILESTONE_STATUS.done, "green"],
      [MILESTONE_STATUS.overdue, "red"],
    ]),
  },
};
