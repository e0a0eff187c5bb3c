/** The account health workbook's first sheet: the as-of date, accounts by band and the revenue at risk. */
import { day } from "./sample";
import { FORMATS, type CellSpec, type ColourRule, type Refs, type SheetSpec } from "./spec";
import { BANDS } from "./health-score";
import { NO_ALERT } from "./health-alerts";
import { NONE } from "./health-accounts";
import type { Bilingual } from "../functions/excel/language";

const TABLE = "HealthSignals";

interface Line {
  readonly label: Bilingual;
  readonly name: string;
  readonly formula: (r: Refs) => string;
  readonly format: string;
  readonly note: Bilingual;
  readonly colour?: ColourRule["colour"];
}

const col = (r: Refs, key: string) => r.column(TABLE, key);
const word = (r: Refs, text: Bilingual) => `"${text[r.language]}"`;

const BAND_NOTES: Readonly<Record<"green" | "yellow" | "red", Bilingual>> = {
  green: { en: "score above Yellow up to (Settings)", fr: "score au-dessus de Jaune jusqu'à (Paramètres)" },
  yellow: {
    en: "score above Red up to, up to Yellow up to",
    fr: "score au-dessus de Rouge jusqu'à, jusqu'à Jaune jusqu'à",
  },
  red: { en: "score up to Red up to (Settings)", fr: "score jusqu'à Rouge jusqu'à (Paramètres)" },
};

const BY_BAND: readonly Line[] = [
  {
    label: { en: "Accounts", fr: "Comptes" },
    name: "AccountCount",
    formula: (r) => `COUNTA(${col(r, "account")})`,
    format: FORMATS.integer,
    note: {
      en: "rows of the Accounts table with a name; = Green + Yellow + Red + Insufficient data",
      fr: "lignes du tableau Comptes qui ont un nom ; = Vert + Jaune + Rouge + Données insuffisantes",
    },
  },
  ...(["green", "yellow", "red"] as const).map((b): Line => ({
    label: BANDS[b],
    name: `${BANDS[b].en}Accounts`,
    formula: (r) => `COUNTIF(${col(r, "band")},${word(r, BANDS[b])})`,
    format: FORMATS.integer,
    note: BAND_NOTES[b],
    colour: b === "yellow" ? "amber" : b,
  })),
  {
    label: BANDS.insufficient,
    name: "InsufficientDataAccounts",
    formula: (r) => `COUNTIF(${col(r, "band")},${word(r, BANDS.insufficient)})`,
    format: FORMATS.integer,
    note: {
      en: "coverage (share of the weights measured) below the minimum coverage: no score, no colour",
      fr: "couverture (part des poids mesurée) sous la couverture minimale : ni score ni couleur",
    },
  },
  {
    label: { en: "Average score", fr: "Score moyen" },
    name: "AverageScore",
    formula: (r) => `IF(COUNT(${col(r, "score")})=0,"${NONE}",AVERAGE(${col(r, "score")}))`,
    format: FORMATS.score,
    note: { en: "over the accounts with a score", fr: "sur les comptes qui ont un score" },
  },
  {
    label: { en: "With alerts", fr: "Avec alertes" },
    name: "AccountsWithAlerts",
    formula: (r) =>
      `COUNTA(${col(r, "alerts")})-COUNTIF(${col(r, "alerts")},${word(r, NO_ALERT)})-COUNTIF(${col(r, "alerts")},"${NONE}")`,
    format: FORMATS.integer,
    note: { en: "accounts raising at least one alert", fr: "comptes avec au moins une alerte" },
  },
];

const REVENUE: readonly Line[] = [
  {
    label: { en: "ARR", fr: "ARR" },
    name: "HealthARR",
    formula: (r) => `SUM(${col(r, "arrNow")})`,
    format: FORMATS.money,
    note: { en: "ARR this month, all accounts", fr: "ARR du mois, tous les comptes" },
  },
  {
    label: { en: "ARR at risk", fr: "ARR à risque" },
    name: "ARRAtRisk",
    formula: (r) => `SUM(${col(r, "arrAtRisk")})`,
    format: FORMATS.money,
    note: { en: "ARR of the Red and Yellow accounts", fr: "ARR des comptes Rouges et Jaunes" },
  },
  {
    label: { en: "ARR at risk renewing soon", fr: "ARR à risque bientôt renouvelé" },
    name: "ARRAtRiskRenewing",
    formula: (r) =>
      `SUMIFS(${col(r, "arrAtRisk")},${col(r, "renewalDays")},">=0",${col(r, "renewalDays")},"<="&RenewalWindow)`,
    format: FORMATS.money,
    note: {
      en: "ARR at risk whose renewal falls within the renewal window (Settings) from the as-of date",
      fr: "ARR à risque dont le renouvellement tombe dans la fenêtre de renouvellement (Paramètres) à partir de la date du jour",
    },
    colour: "red",
  },
  {
    label: { en: "ARR with insufficient data", fr: "ARR aux données insuffisantes" },
    name: "ARRInsufficientData",
    formula: (r) => `SUMIFS(${col(r, "arrNow")},${col(r, "band")},${word(r, BANDS.insufficient)})`,
    format: FORMATS.money,
    note: {
      en: "ARR of the accounts we cannot judge yet: measure more signals",
      fr: "ARR des comptes qu'on ne peut pas encore juger : mesurer plus de signaux",
    },
  },
];

/** A subtitle, then one line per result: label, value (named), how it is computed. */
function block(at: number, title: Bilingual, lines: readonly Line[]): CellSpec[] {
  return [
    { at: `A${at}`, role: "subtitle", value: title },
    ...lines.flatMap((line, i): CellSpec[] => {
      const r = at + 1 + i;
      return [
        { at: `A${r}`, role: "label", value: line.label },
        {
          at: `B${r}`,
          role: "result",
          name: line.name,
          formula: line.formula,
          format: line.format,
          ...(line.colour ? { colours: [{ when: `$B$${r}>0`, colour: line.colour }] } : {}),
        },
        { at: `C${r}`, role: "note", value: line.note },
      ];
    }),
  ];
}

const REVENUE_AT = 7 + BY_BAND.length + 1;

export const healthSummary: SheetSpec = {
  key: "health",
  name: { en: "Health", fr: "Santé" },
  cells: [
    { at: "A1", role: "title", value: { en: "Account health", fr: "Santé des comptes" } },
    {
      at: "A2",
      role: "note",
      value: {
        en: "Computed from the Accounts table: each account's score, coverage, band, ARR at risk and alerts are columns of that table, so a row added anywhere in it is counted here. Scales, weights and thresholds on the Settings sheet.",
        fr: "Calculé à partir du tableau Comptes : score, couverture, bande, ARR à risque et alertes de chaque compte sont des colonnes de ce tableau ; une ligne ajoutée n'importe où y est comptée ici. Échelles, poids et seuils dans la feuille Paramètres.",
      },
    },
    { at: "A4", role: "label", value: { en: "As of", fr: "À la date du" } },
    {
      at: "B4",
      role: "input",
      name: "HealthAsOf",
      value: day(2026, 10, 15),
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    {
      at: "C4",
      role: "note",
      value: {
        en: "days to renewal are counted from this date: update it with the signals (or type =TODAY())",
        fr: "les jours avant renouvellement partent de cette date : mettez-la à jour avec les signaux (ou tapez =AUJOURDHUI())",
      },
    },
    ...block(6, { en: "Accounts by band", fr: "Comptes par bande" }, BY_BAND),
    ...block(REVENUE_AT, { en: "Revenue", fr: "Revenu" }, REVENUE),
  ],
  widths: { A: 32, B: 14, C: 90 },
};
