/**
 * The account health workbook's input table (Elevo's account-health indicators): one row per account with its raw signals —
 * usage, satisfaction, contract and the CSM's pulse — and deterministic sample accounts covering the three
 * bands and every alert.
 */
import { between, day, SAMPLE_NOTE, seeded } from "./sample";
import { FORMATS, type TableSpec } from "./spec";
import type { Bilingual } from "../functions/excel/language";

/** What a formula shows where there is nothing to compute (a blank signal, a missing account). */
export const NONE = "–";

/** Excel's General format: 2 and 1.5 as they are (the `0.#` code showed "2." and "2,"). */
export const GENERAL = "General";

/** The header row of the Accounts table. */
export const ACCOUNTS_AT = "A4";

const PULSE = {
  poor: { en: "Poor", fr: "Mauvais" },
  concerning: { en: "Concerning", fr: "Préoccupant" },
  healthy: { en: "Healthy", fr: "Sain" },
} as const;
export const PULSE_WORDS = PULSE;

const MODULES = {
  feedback: { en: "360 feedback", fr: "Feedback 360" },
  skills: { en: "Skills", fr: "Compétences" },
  surveys: { en: "Engagement surveys", fr: "Enquêtes d'engagement" },
  oneToOnes: { en: "One-to-ones", fr: "Entretiens individuels" },
} as const;

const share = { kind: "decimal", min: 0, max: 1 } as const;
const count = { kind: "whole", min: 0, max: 1_000_000 } as const;
const money = { kind: "decimal", min: 0, max: 1e12 } as const;

/** One sample account: its signals, with `null` for a signal not known. */
type Signals = [
  account: string,
  csm: string,
  active: number,
  adminDays: number,
  loginMonths: number,
  modulesUsed: number,
  modulesOwned: number,
  nps: number | null,
  csat: number | null,
  bought: number,
  usedLast: number,
  usedNow: number,
  /** ARR change this month, as a fraction. */
  arrChange: number,
  pulse: Bilingual | null,
  interest: Bilingual | null,
];

const { poor, concerning, healthy } = PULSE;
const SAMPLE: readonly Signals[] = [
  ["Alpina Foods", "Camille", 0.78, 5, 0, 5, 5, 60, 0.9, 400, 380, 390, 0, healthy, null],
  ["Brisk Logistics", "Camille", 0.66, 12, 0, 4, 5, 40, 0.85, 250, 240, 245, 0.05, healthy, MODULES.feedback],
  ["Cedar Health", "Hugo", 0.42, 70, 0, 3, 5, 10, 0.7, 300, 280, 270, 0, concerning, null],
  ["Dunmore Retail", "Hugo", 0.2, 120, 2, 1, 4, -40, 0.55, 500, 300, 240, -0.15, poor, null],
  ["Elm and Oak Legal", "Sarah", 0.55, 20, 0, 3, 4, 20, null, 80, 78, 76, 0, healthy, null],
  ["Fjord Energy", "Sarah", 0.7, 8, 0, 6, 6, 50, 0.88, 1200, 1150, 1180, 0.04, healthy, MODULES.skills],
  ["Granite Bank", "Camille", 0.35, 45, 1, 2, 4, -10, 0.6, 900, 820, 700, -0.12, concerning, null],
  ["Harbor Hotels", "Hugo", 0.6, 30, 0, 4, 5, null, 0.8, 350, 340, 335, 0, null, null],
  ["Iris Pharma", "Sarah", 0.5, 62, 0, 3, 3, 30, 0.75, 600, 560, 555, 0, healthy, null],
  ["Juniper Schools", "Camille", 0.15, 95, 3, 1, 3, -60, 0.5, 150, 120, 90, -0.2, poor, null],
  ["Kestrel Aero", "Hugo", 0.72, 3, 0, 5, 6, 70, 0.92, 700, 690, 720, 0.04, healthy, MODULES.surveys],
  ["Lumen Media", "Sarah", 0.45, 25, 0, 2, 4, 0, 0.7, 200, 190, 185, 0, concerning, null],
  ["Maple Insurance", "Camille", 0.58, 15, 0, 4, 5, 25, 0.78, 450, 430, 380, -0.06, healthy, null],
  ["Nimbus Telecom", "Hugo", 0.3, 40, 1.5, 2, 5, -20, 0.62, 800, 610, 600, -0.06, concerning, null],
  ["Orchid Cosmetics", "Sarah", 0.68, 10, 0, 3, 3, 45, 0.86, 120, 118, 125, 0.04, healthy, MODULES.oneToOnes],
  ["Pioneer Construction", "Camille", 0.25, 80, 0, 1, 2, -30, null, 300, 290, 285, 0, poor, MODULES.skills],
  ["Quartz Labs", "Hugo", 0.62, 18, 0, 4, 4, 35, 0.83, 90, 88, 90, 0, healthy, null],
  ["Riverside Clinics", "Sarah", 0.5, 35, 0, 3, 4, 15, 0.72, 380, 370, 365, 0, concerning, null],
];

/** Each sample account's contract and the score it had at the last review: renewal date, last score. */
const CONTRACTS: Readonly<Record<string, readonly [Date, number | null]>> = {
  "Alpina Foods": [day(2027, 3, 31), 82],
  "Brisk Logistics": [day(2026, 11, 30), 75],
  "Cedar Health": [day(2026, 12, 31), 58],
  "Dunmore Retail": [day(2026, 10, 31), 35],
  "Elm and Oak Legal": [day(2027, 6, 30), 70],
  "Fjord Energy": [day(2027, 1, 31), 88],
  "Granite Bank": [day(2026, 11, 15), 52],
  "Harbor Hotels": [day(2027, 2, 28), 71],
  "Iris Pharma": [day(2027, 5, 31), 66],
  "Juniper Schools": [day(2027, 4, 30), 30],
  "Kestrel Aero": [day(2027, 8, 31), 90],
  "Lumen Media": [day(2026, 12, 15), 55],
  "Maple Insurance": [day(2027, 1, 15), 72],
  "Nimbus Telecom": [day(2026, 12, 31), 45],
  "Orchid Cosmetics": [day(2027, 9, 30), 84],
  "Pioneer Construction": [day(2027, 3, 15), 40],
  "Quartz Labs": [day(2027, 7, 31), 80],
  "Riverside Clinics": [day(2027, 2, 15), 60],
};

/**
 * A new account the CSM knows little about yet: its ARR and the CSM's pulse only (25 % of the weights), so
 * its score is not shown and its band is "Insufficient data" rather than a colour earned on one signal.
 */
const THIN_ACCOUNT = {
  account: "Saffron Studios",
  csm: "Sarah",
  arrNow: 48_000,
  arrLast: 48_000,
  renewal: day(2027, 9, 30),
  pulse: healthy,
};

/** The sample accounts: signals as above, ARR from a seeded price per licence, then one thin account. */
function sampleAccounts(): TableSpec["rows"] {
  const next = seeded(4004);
  const rows = SAMPLE.map((signals) => {
    const [account, csm, active, adminDays, loginMonths, modulesUsed, modulesOwned, nps, csat] = signals;
    const [, , , , , , , , , bought, usedLast, usedNow, arrChange, pulse, interest] = signals;
    const arrLast = bought * between(next, 20, 30) * 10;
    const [renewal, lastScore] = CONTRACTS[account] ?? [null, null];
    return {
      account,
      csm,
      arrNow: Math.round(arrLast * (1 + arrChange)),
      renewal,
      lastScore,
      active,
      adminDays,
      loginMonths,
      modulesUsed,
      modulesOwned,
      nps,
      csat,
      bought,
      usedLast,
      usedNow,
      arrLast,
      pulse,
      interest,
    };
  });
  return [...rows, THIN_ACCOUNT];
}

/** The Accounts sheet's texts. */
export const ACCOUNTS_TEXT = {
  title: {
    en: "Accounts: one row per account, its signals and its health",
    fr: "Comptes : une ligne par compte, ses signaux et sa santé",
  },
  note: {
    en: "Shares as percentages (65 % active users); admin = the client's platform administrator; NPS of the admins (−100 to 100), CSAT of the end users (share satisfied). A blank signal is left out of the score. Yellow columns are yours to fill; blue columns compute on every row, also the rows you add.",
    fr: "Parts en pourcentage (65 % d'utilisateurs actifs) ; admin = l'administrateur de la plateforme chez le client ; NPS des admins (−100 à 100), CSAT des utilisateurs finaux (part de satisfaits). Un signal vide est exclu du score. Les colonnes jaunes sont à remplir ; les bleues se calculent sur chaque ligne, y compris celles que vous ajoutez.",
  },
  sample: SAMPLE_NOTE,
} as const;

/** The account, its contract and its last score: the first input columns, before the computed ones. */
export const IDENTITY_COLUMNS: TableSpec["columns"] = [
  { key: "account", header: { en: "Account", fr: "Compte" }, width: 22 },
  { key: "csm", header: { en: "CSM", fr: "CSM" }, width: 10 },
  {
    key: "arrNow",
    header: { en: "ARR this month", fr: "ARR M" },
    format: FORMATS.money,
    validation: money,
    width: 14,
  },
  {
    key: "renewal",
    header: { en: "Renewal date", fr: "Renouvellement" },
    format: FORMATS.date,
    validation: { kind: "date" },
    width: 14,
  },
  {
    key: "lastScore",
    header: { en: "Last score", fr: "Dernier score" },
    format: FORMATS.score,
    validation: { kind: "decimal", min: 0, max: 100 },
    width: 12,
  },
];

/** The raw signals the components read, after the computed columns. */
export const SIGNAL_COLUMNS: TableSpec["columns"] = [
  {
    key: "active",
    header: { en: "Active users share", fr: "Part utilisateurs actifs" },
    format: "0%",
    validation: share,
  },
  {
    key: "adminDays",
    header: { en: "Days since admin action", fr: "Jours depuis action admin" },
    format: FORMATS.integer,
    validation: { kind: "whole", min: 0, max: 3650 },
  },
  {
    key: "loginMonths",
    header: { en: "Months without login", fr: "Mois sans connexion" },
    format: GENERAL,
    validation: { kind: "decimal", min: 0, max: 120 },
  },
  { key: "modulesUsed", header: { en: "Modules used", fr: "Modules utilisés" }, validation: count },
  { key: "modulesOwned", header: { en: "Modules owned", fr: "Modules détenus" }, validation: count },
  {
    key: "nps",
    header: { en: "Admin NPS", fr: "NPS admin" },
    format: FORMATS.integer,
    validation: { kind: "whole", min: -100, max: 100 },
  },
  {
    key: "csat",
    header: { en: "End-user CSAT", fr: "CSAT utilisateurs" },
    format: "0%",
    validation: share,
  },
  {
    key: "bought",
    header: { en: "Licences bought", fr: "Licences achetées" },
    format: FORMATS.money,
    validation: count,
  },
  {
    key: "usedLast",
    header: { en: "Licences used last month", fr: "Licences utilisées M-1" },
    format: FORMATS.money,
    validation: count,
  },
  {
    key: "usedNow",
    header: { en: "Licences used this month", fr: "Licences utilisées M" },
    format: FORMATS.money,
    validation: count,
  },
  {
    key: "arrLast",
    header: { en: "ARR last month", fr: "ARR M-1" },
    format: FORMATS.money,
    validation: money,
  },
  {
    key: "pulse",
    header: { en: "CSM pulse", fr: "Pulse CSM" },
    validation: {
      kind: "list",
      values: {
        en: `${PULSE.poor.en},${PULSE.concerning.en},${PULSE.healthy.en}`,
        fr: `${PULSE.poor.fr},${PULSE.concerning.fr},${PULSE.healthy.fr}`,
      },
    },
  },
  {
    key: "interest",
    header: { en: "Module wanted not owned", fr: "Module souhaité non détenu" },
  },
];

/** The sample rows of the HealthSignals table, keyed by column key. */
export const SAMPLE_ROWS: TableSpec["rows"] = sampleAccounts();
