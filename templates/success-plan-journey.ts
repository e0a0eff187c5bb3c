/**
 * The success plan's objectives ("Piloter votre activité CSM"'s transformation indicators: how far along each is) and the
 * customer journey's milestones (the days between the key moments), with a fictional client's sample rows.
 */
import { day } from "./sample";
import { FORMATS, type TableSpec } from "./spec";
import {
  AT,
  columnRef,
  date,
  firstCell,
  isNumber,
  NONE,
  numberBands,
  OBJECTIVE_STATUS,
  wordColours,
  type Row,
} from "./success-plan-common";
import type { Bilingual } from "../functions/excel/language";

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
  { key: "status", header: { en: "Status", fr: "Statut" }, validation: OBJECTIVE_STATUS.validation },
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
  status: Bilingual,
): Row => ({ objective: o, indicator, unit, baseline, target, current, due, owner, status });

const S = OBJECTIVE_STATUS;
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
      S.onTrack,
    ),
    objective(
      { en: "Cut order processing time", fr: "Réduire le temps de traitement des commandes" },
      { en: "Minutes per order", fr: "Minutes par commande" },
      "min",
      42,
      25,
      31,
      day(2026, 12, 31),
      "Nadia Benali",
      S.onTrack,
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
      S.atRisk,
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
      S.onTrack,
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
      S.offTrack,
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
      S.achieved,
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
      S.notStarted,
    ),
  ],
  colours: {
    progress: numberBands(firstCell(OBJECTIVE_COLUMNS, "progress"), 0.7, 0.3),
    status: wordColours(firstCell(OBJECTIVE_COLUMNS, "status"), [
      [S.achieved, "green"],
      [S.onTrack, "green"],
      [S.atRisk, "amber"],
      [S.offTrack, "red"],
    ]),
  },
};

/** The milestone a summary looks up for "days from signature to first value". */
export const FIRST_VALUE: Bilingual = { en: "First value", fr: "Première valeur" };

const MILESTONE_COLUMNS: TableSpec["columns"] = [
  { key: "milestone", header: { en: "Milestone", fr: "Étape" } },
  { key: "planned", header: { en: "Planned date", fr: "Date prévue" }, ...date },
  { key: "actual", header: { en: "Actual date", fr: "Date réelle" }, ...date },
  {
    key: "slip",
    header: { en: "Slip days", fr: "Jours de retard" },
    format: FORMATS.integer,
    formula: (row) => {
      const [p, a] = [row("planned"), row("actual")];
      return `IF(${isNumber(p, a)},${a}-${p},"${NONE}")`;
    },
  },
  {
    key: "sincePrevious",
    header: { en: "Days since previous", fr: "Jours depuis la précédente" },
    format: FORMATS.integer,
    // The cell above: the previous milestone's actual date (the header, so "–", on the first row).
    formula: (row) => {
      const a = row("actual");
      const previous = `OFFSET(${a},-1,0)`;
      return `IF(${isNumber(a, previous)},${a}-${previous},"${NONE}")`;
    },
  },
  {
    key: "sinceSignature",
    header: { en: "Days since signature", fr: "Jours depuis la signature" },
    format: FORMATS.integer,
    formula: (row, language) => {
      const a = row("actual");
      const signature = `INDEX(${columnRef({ name: "Milestones", columns: MILESTONE_COLUMNS }, "actual", language)},1)`;
      return `IF(${isNumber(a, signature)},${a}-${signature},"${NONE}")`;
    },
  },
  { key: "comment", header: { en: "Comment", fr: "Commentaire" } },
];

const milestone = (m: Bilingual, planned: Date, actual: Date | null, comment: Bilingual): Row => ({
  milestone: m,
  planned,
  actual,
  comment,
});

export const MILESTONES: TableSpec = {
  name: "Milestones",
  at: AT,
  columns: MILESTONE_COLUMNS,
  rows: [
    milestone({ en: "Contract signature", fr: "Signature du contrat" }, day(2026, 1, 12), day(2026, 1, 12), {
      en: "Three-year contract, 1,200 users",
      fr: "Contrat de trois ans, 1 200 utilisateurs",
    }),
    milestone({ en: "First CSM contact", fr: "Premier contact CSM" }, day(2026, 1, 16), day(2026, 1, 20), {
      en: "Kick-off call with the COO",
      fr: "Appel de lancement avec la directrice des opérations",
    }),
    milestone({ en: "Training", fr: "Formation" }, day(2026, 2, 2), day(2026, 2, 10), {
      en: "Admins and team leads trained",
      fr: "Admins et chefs d'équipe formés",
    }),
    milestone({ en: "First use", fr: "Première utilisation" }, day(2026, 2, 16), day(2026, 2, 19), {
      en: "Pilot in the Lyon warehouse",
      fr: "Pilote à l'entrepôt de Lyon",
    }),
    milestone(FIRST_VALUE, day(2026, 4, 15), day(2026, 5, 4), {
      en: "Order processing time down 15 % in Lyon",
      fr: "Temps de traitement des commandes −15 % à Lyon",
    }),
    milestone(
      { en: "Roll-out to every site", fr: "Déploiement sur tous les sites" },
      day(2026, 9, 1),
      day(2026, 9, 22),
      {
        en: "Seven warehouses live",
        fr: "Sept entrepôts en service",
      },
    ),
    milestone({ en: "First business review", fr: "Première revue d'affaires" }, day(2026, 11, 5), null, {
      en: "With the COO and the CFO, before the renewal",
      fr: "Avec la directrice des opérations et le DAF, avant le renouvellement",
    }),
  ],
  colours: { slip: numberBands(firstCell(MILESTONE_COLUMNS, "slip"), 0, 14) },
};
