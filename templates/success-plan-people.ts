/** The success plan's people, risks and review log, with a fictional client's sample rows. */
import { day } from "./sample";
import { FORMATS, type TableSpec } from "./spec";
import {
  AT,
  date,
  firstCell,
  INFLUENCE,
  isNumber,
  NONE,
  numberBands,
  RISK_STATUS,
  SENTIMENT,
  wordColours,
  type Row,
} from "./success-plan-common";
import type { Bilingual } from "../functions/excel/language";

const STAKEHOLDER_COLUMNS: TableSpec["columns"] = [
  { key: "name", header: { en: "Name", fr: "Nom" } },
  { key: "role", header: { en: "Role", fr: "Rôle" } },
  { key: "influence", header: { en: "Influence", fr: "Influence" }, validation: INFLUENCE.validation },
  { key: "sentiment", header: { en: "Sentiment", fr: "Sentiment" }, validation: SENTIMENT.validation },
  { key: "lastContact", header: { en: "Last contact", fr: "Dernier contact" }, ...date },
  {
    key: "daysSince",
    header: { en: "Days since contact", fr: "Jours depuis le contact" },
    format: FORMATS.integer,
    formula: (row) =>
      `IF(${isNumber(row("lastContact"), "AsOfDate")},AsOfDate-${row("lastContact")},"${NONE}")`,
  },
  { key: "next", header: { en: "Next step", fr: "Prochaine étape" } },
];

const person = (
  name: string,
  role: Bilingual,
  influence: Bilingual,
  sentiment: Bilingual,
  lastContact: Date,
  next: Bilingual,
): Row => ({
  name,
  role,
  influence,
  sentiment,
  lastContact,
  next,
});

const { high, medium, low } = INFLUENCE;
const { promoter, neutral, detractor } = SENTIMENT;
/** Where the internal sheets' tables start: under the sheet's results, nothing beside them. */
export const STAKEHOLDERS_AT = "A6";
export const RISKS_AT = "A7";

export const STAKEHOLDERS: TableSpec = {
  name: "Stakeholders",
  at: STAKEHOLDERS_AT,
  columns: STAKEHOLDER_COLUMNS,
  rows: [
    person(
      "Claire Moreau",
      { en: "COO, executive sponsor", fr: "Directrice des opérations, sponsor" },
      high,
      promoter,
      day(2026, 10, 1),
      {
        en: "Share the Q3 results before the renewal",
        fr: "Partager les résultats du T3 avant le renouvellement",
      },
    ),
    person("Marc Dubois", { en: "CFO", fr: "Directeur financier (DAF)" }, high, neutral, day(2026, 7, 15), {
      en: "Invite to the business review",
      fr: "Inviter à la revue d'affaires",
    }),
    person("Julien Petit", { en: "HR director", fr: "DRH" }, medium, neutral, day(2026, 9, 10), {
      en: "Show the turnover trend",
      fr: "Montrer l'évolution du turn-over",
    }),
    person(
      "Nadia Benali",
      { en: "Operations manager, Lyon", fr: "Responsable des opérations, Lyon" },
      medium,
      promoter,
      day(2026, 10, 8),
      {
        en: "Ask for a testimonial",
        fr: "Demander un témoignage",
      },
    ),
    person(
      "Thomas Girard",
      { en: "IT lead", fr: "Responsable informatique" },
      medium,
      detractor,
      day(2026, 9, 24),
      {
        en: "Fix the WMS connector delays",
        fr: "Résoudre les retards du connecteur WMS",
      },
    ),
    person(
      "Sophie Laurent",
      { en: "Team lead, key user", fr: "Cheffe d'équipe, utilisatrice clé" },
      low,
      promoter,
      day(2026, 10, 12),
      {
        en: "Train the night shift",
        fr: "Former l'équipe de nuit",
      },
    ),
  ],
  colours: {
    sentiment: wordColours(firstCell(STAKEHOLDER_COLUMNS, "sentiment", STAKEHOLDERS_AT), [
      [promoter, "green"],
      [neutral, "amber"],
      [detractor, "red"],
    ]),
    daysSince: numberBands(firstCell(STAKEHOLDER_COLUMNS, "daysSince", STAKEHOLDERS_AT), 30, 60),
  },
};

const score = { kind: "whole", min: 1, max: 5 } as const;
const RISK_COLUMNS: TableSpec["columns"] = [
  { key: "risk", header: { en: "Risk", fr: "Risque" } },
  { key: "likelihood", header: { en: "Likelihood 1-5", fr: "Probabilité 1-5" }, validation: score },
  { key: "impact", header: { en: "Impact 1-5", fr: "Impact 1-5" }, validation: score },
  {
    key: "score",
    header: { en: "Score", fr: "Score" },
    format: FORMATS.integer,
    formula: (row) =>
      `IF(${isNumber(row("likelihood"), row("impact"))},${row("likelihood")}*${row("impact")},"${NONE}")`,
  },
  { key: "mitigation", header: { en: "Mitigation", fr: "Parade" } },
  { key: "owner", header: { en: "Owner", fr: "Responsable" } },
  { key: "status", header: { en: "Status", fr: "Statut" }, validation: RISK_STATUS.validation },
];

const risk = (
  r: Bilingual,
  likelihood: number,
  impact: number,
  mitigation: Bilingual,
  owner: string,
  status: Bilingual,
): Row => ({
  risk: r,
  likelihood,
  impact,
  mitigation,
  owner,
  status,
});

export const RISKS: TableSpec = {
  name: "Risks",
  at: RISKS_AT,
  columns: RISK_COLUMNS,
  rows: [
    risk(
      {
        en: "Sponsor may change after the reorganisation",
        fr: "Changement de sponsor après la réorganisation",
      },
      3,
      5,
      {
        en: "Meet the new management early; document the value",
        fr: "Rencontrer tôt la direction ; documenter la valeur",
      },
      "Camille Roux",
      RISK_STATUS.open,
    ),
    risk(
      { en: "WMS integration late: no real-time data", fr: "Intégration WMS en retard : pas de temps réel" },
      4,
      3,
      {
        en: "Weekly call with IT and our integration team",
        fr: "Point hebdomadaire avec l'informatique et l'intégration",
      },
      "Thomas Girard",
      RISK_STATUS.open,
    ),
    risk(
      { en: "Night-shift teams barely use the tool", fr: "Les équipes de nuit utilisent peu l'outil" },
      3,
      3,
      { en: "Short training sessions at shift change", fr: "Formations courtes à la relève" },
      "Sophie Laurent",
      RISK_STATUS.mitigated,
    ),
    risk(
      { en: "Budget freeze before the renewal", fr: "Gel budgétaire avant le renouvellement" },
      2,
      5,
      { en: "Business review with the CFO in November", fr: "Revue d'affaires avec le DAF en novembre" },
      "Camille Roux",
      RISK_STATUS.open,
    ),
    risk(
      { en: "The key user leaves the company", fr: "Départ de l'utilisatrice clé" },
      2,
      2,
      { en: "A second key user trained in Lyon", fr: "Un second utilisateur clé formé à Lyon" },
      "Nadia Benali",
      RISK_STATUS.closed,
    ),
  ],
  colours: { score: numberBands(firstCell(RISK_COLUMNS, "score", RISKS_AT), 7, 14) },
};

export const REVIEWS: TableSpec = {
  name: "Reviews",
  at: AT,
  columns: [
    { key: "date", header: { en: "Date", fr: "Date" }, ...date },
    { key: "attendees", header: { en: "Attendees", fr: "Participants" } },
    { key: "decisions", header: { en: "Decisions", fr: "Décisions" } },
    { key: "nextSteps", header: { en: "Next steps", fr: "Prochaines étapes" } },
  ],
  rows: [
    {
      date: day(2026, 1, 20),
      attendees: "C. Moreau, N. Benali, C. Roux",
      decisions: {
        en: "Objectives and baselines agreed; Lyon is the pilot",
        fr: "Objectifs et points de départ validés ; pilote à Lyon",
      },
      nextSteps: { en: "Train the admins by 2 February", fr: "Former les admins d'ici le 2 février" },
    },
    {
      date: day(2026, 4, 22),
      attendees: "N. Benali, J. Petit, C. Roux",
      decisions: { en: "Pilot extended to two more warehouses", fr: "Pilote étendu à deux autres entrepôts" },
      nextSteps: {
        en: "Plan the roll-out; measure processing time monthly",
        fr: "Planifier le déploiement ; mesure mensuelle",
      },
    },
    {
      date: day(2026, 7, 8),
      attendees: "C. Moreau, M. Dubois, C. Roux",
      decisions: {
        en: "Express margin at risk: pricing review",
        fr: "Marge express à risque : revue des prix",
      },
      nextSteps: {
        en: "CFO shares the margin data every month",
        fr: "Le DAF partage les marges chaque mois",
      },
    },
    {
      date: day(2026, 10, 1),
      attendees: "C. Moreau, T. Girard, C. Roux",
      decisions: {
        en: "The WMS integration is the top priority",
        fr: "L'intégration WMS devient la priorité",
      },
      nextSteps: {
        en: "Weekly IT call; prepare the business review",
        fr: "Point hebdo informatique ; préparer la revue d'affaires",
      },
    },
  ],
};
