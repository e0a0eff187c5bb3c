/**
 * The account health workbook's computations as native formulas: each signal rescaled onto 0–100 as
 * CSM.SCALE does (linear, clamped, min above max inverts), the CSM pulse as 0 / 50 / 100, the weighted
 * score over the components present (CSM.HEALTH), its band (CSM.HEALTH_BAND) and the alerts (CSM.ALERTS).
 */
import { GENERAL, NONE, PULSE_WORDS } from "./health-accounts";
import { FORMATS, type ColumnSpec } from "./spec";
import type { Bilingual, Language } from "../functions/excel/language";

type Row = (key: string) => string;

/** One health component: how it is read from an account's signals and scaled. */
export interface Component {
  readonly key: string;
  /** The suffix of its defined names: `Min…`, `Max…`, `Weight…`. */
  readonly name: string;
  readonly header: Bilingual;
  readonly signal: Bilingual;
  /** The Accounts columns it reads; every one must be a number. */
  readonly inputs: readonly string[];
  /** The raw value, from the inputs' expressions; absent, the one input itself. */
  readonly raw?: (x: readonly string[]) => string;
  /** The CSM pulse: a word, not a number. */
  readonly pulse?: boolean;
  /** A condition under which the raw value can be computed (a denominator above 0). */
  readonly guard?: (x: readonly string[]) => string;
  /** The default min (scores 0) and max (scores 100); absent for the pulse. */
  readonly min?: number;
  readonly max?: number;
  readonly format?: string;
  readonly weight: number;
}

export const COMPONENTS: readonly Component[] = [
  {
    key: "cActive",
    name: "ActiveUsers",
    header: { en: "Active users", fr: "Utilisateurs" },
    signal: { en: "share of users active this month", fr: "part des utilisateurs actifs ce mois" },
    inputs: ["active"],
    min: 0,
    max: 0.8,
    format: "0%",
    weight: 20,
  },
  {
    key: "cAdmin",
    name: "AdminActivity",
    header: { en: "Admin", fr: "Admin" },
    signal: {
      en: "days since the admin's last action (inverted: fewer is better)",
      fr: "jours depuis la dernière action de l'admin (inversé : moins, c'est mieux)",
    },
    inputs: ["adminDays"],
    min: 90,
    max: 0,
    format: FORMATS.integer,
    weight: 10,
  },
  {
    key: "cLogins",
    name: "Logins",
    header: { en: "Logins", fr: "Connexions" },
    signal: {
      en: "months without any login (inverted)",
      fr: "mois sans aucune connexion (inversé)",
    },
    inputs: ["loginMonths"],
    min: 3,
    max: 0,
    format: GENERAL,
    weight: 10,
  },
  {
    key: "cModules",
    name: "Modules",
    header: { en: "Modules", fr: "Modules" },
    signal: { en: "modules used ÷ modules owned", fr: "modules utilisés ÷ modules détenus" },
    inputs: ["modulesUsed", "modulesOwned"],
    raw: ([used, owned]) => `${used}/${owned}`,
    guard: ([, owned]) => `${owned}>0`,
    min: 0,
    max: 1,
    format: "0%",
    weight: 10,
  },
  {
    key: "cNps",
    name: "NPS",
    header: { en: "NPS", fr: "NPS" },
    signal: { en: "NPS of the admins, −100 to 100", fr: "NPS des admins, −100 à 100" },
    inputs: ["nps"],
    min: -100,
    max: 100,
    format: FORMATS.integer,
    weight: 10,
  },
  {
    key: "cCsat",
    name: "CSAT",
    header: { en: "CSAT", fr: "CSAT" },
    signal: { en: "share of satisfied end users", fr: "part d'utilisateurs finaux satisfaits" },
    inputs: ["csat"],
    min: 0.5,
    max: 1,
    format: "0%",
    weight: 5,
  },
  {
    key: "cLicences",
    name: "Licences",
    header: { en: "Licences", fr: "Licences" },
    signal: {
      en: "licences used this month ÷ licences bought",
      fr: "licences utilisées ce mois ÷ licences achetées",
    },
    inputs: ["usedNow", "bought"],
    raw: ([used, bought]) => `${used}/${bought}`,
    guard: ([, bought]) => `${bought}>0`,
    min: 0.5,
    max: 1,
    format: "0%",
    weight: 10,
  },
  {
    key: "cArr",
    name: "ARRTrend",
    header: { en: "ARR trend", fr: "Tendance ARR" },
    signal: {
      en: "ARR change month over month (this ÷ last − 1)",
      fr: "variation de l'ARR d'un mois à l'autre (M ÷ M-1 − 1)",
    },
    inputs: ["arrNow", "arrLast"],
    raw: ([now, last]) => `${now}/${last}-1`,
    guard: ([, last]) => `${last}>0`,
    min: -0.1,
    max: 0.1,
    format: "0%",
    weight: 10,
  },
  {
    key: "cPulse",
    name: "Pulse",
    header: { en: "Pulse", fr: "Pulse" },
    signal: {
      en: `the CSM's weekly judgement: ${PULSE_WORDS.poor.en} 0, ${PULSE_WORDS.concerning.en} 50, ${PULSE_WORDS.healthy.en} 100`,
      fr: `le jugement hebdomadaire du CSM : ${PULSE_WORDS.poor.fr} 0, ${PULSE_WORDS.concerning.fr} 50, ${PULSE_WORDS.healthy.fr} 100`,
    },
    inputs: ["pulse"],
    pulse: true,
    weight: 15,
  },
];

/** CSM.SCALE as a native formula: MAX(0,MIN(100,(v−min)/(max−min)×100)), "–" for a blank or min = max. */
function componentFormula(c: Component, row: Row): string {
  const x = c.inputs.map((key) => row(key));
  const present = x.length === 1 ? `ISNUMBER(${x[0]})` : `AND(${x.map((v) => `ISNUMBER(${v})`).join(",")})`;
  if (c.pulse) {
    // The pulse: the words of either language, so a workbook filled in one language scores in the other.
    const p = x[0] as string;
    const { poor, concerning, healthy } = PULSE_WORDS;
    const is = (word: Bilingual) => `OR(${p}="${word.en}",${p}="${word.fr}")`;
    return `IFERROR(IF(${is(poor)},0,IF(${is(concerning)},50,IF(${is(healthy)},100,"${NONE}"))),"${NONE}")`;
  }
  const min = `Min${c.name}`;
  const max = `Max${c.name}`;
  const raw = c.raw ? c.raw(x) : (x[0] as string);
  const scaled = `IF(${max}=${min},"${NONE}",MAX(0,MIN(100,(${raw}-${min})/(${max}-${min})*100)))`;
  const guarded = c.guard ? `IF(${c.guard(x)},${scaled},"${NONE}")` : scaled;
  return `IF(${present},${guarded},"${NONE}")`;
}

/** Σ f(component, weight) over the components present on the row. */
function overPresent(row: Row, f: (cell: string, weight: string) => string): string {
  return COMPONENTS.map((c) => `IF(ISNUMBER(${row(c.key)}),${f(row(c.key), `Weight${c.name}`)},0)`).join("+");
}

/** The share of the weights measured: Σ wᵢ over the components present ÷ Σ wᵢ; "–" for a row with no account. */
function coverageFormula(row: Row): string {
  return `IF(LEN(${row("account")})=0,"${NONE}",IF(WeightTotal>0,(${overPresent(row, (_, w) => w)})/WeightTotal,"${NONE}"))`;
}

/**
 * CSM.HEALTH over the components present (Σ wᵢ sᵢ ÷ Σ wᵢ), shown only when the coverage reaches MinCoverage:
 * an account measured on the pulse alone does not get the pulse's 100 as its score.
 */
function scoreFormula(row: Row): string {
  const coverage = row("coverage");
  const weights = overPresent(row, (_, w) => w);
  return `IF(AND(ISNUMBER(${coverage}),${coverage}>0),IF(AND(${coverage}>=MinCoverage,(${weights})>0),(${overPresent(row, (cell, w) => `${cell}*${w}`)})/(${weights}),"${NONE}"),"${NONE}")`;
}

export const BANDS = {
  red: { en: "Red", fr: "Rouge" },
  yellow: { en: "Yellow", fr: "Jaune" },
  green: { en: "Green", fr: "Vert" },
  insufficient: { en: "Insufficient data", fr: "Données insuffisantes" },
} as const;

/** The score's band; "Insufficient data" when the coverage is below MinCoverage; "–" for a row with no account. */
function bandFormula(row: Row, language: Language): string {
  const [s, coverage] = [row("score"), row("coverage")];
  const band = `IF(${s}<=RedMax,"${BANDS.red[language]}",IF(${s}<=YellowMax,"${BANDS.yellow[language]}","${BANDS.green[language]}"))`;
  return `IF(ISNUMBER(${coverage}),IF(ISNUMBER(${s}),${band},"${BANDS.insufficient[language]}"),"${NONE}")`;
}

const SCORE_HEADER = { en: "Score", fr: "Score" } as const;

/** The computed columns that sum an account up, between its identity and its raw signals. */
export const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  {
    key: "score",
    header: SCORE_HEADER,
    format: FORMATS.score,
    formula: (row) => scoreFormula(row),
  },
  {
    key: "band",
    header: { en: "Band", fr: "Bande" },
    width: 17,
    formula: bandFormula,
  },
  {
    key: "coverage",
    header: { en: "Coverage", fr: "Couverture" },
    format: "0%",
    formula: (row) => coverageFormula(row),
  },
  {
    key: "change",
    header: { en: "Change since last", fr: "Écart au dernier" },
    format: FORMATS.score,
    formula: (row) => {
      const [s, last] = [row("score"), row("lastScore")];
      return `IF(AND(ISNUMBER(${s}),ISNUMBER(${last})),${s}-${last},"${NONE}")`;
    },
  },
  {
    key: "rank",
    header: { en: "Rank", fr: "Rang" },
    format: FORMATS.integer,
    formula: (row, language) =>
      `IF(ISNUMBER(${row("score")}),RANK(${row("score")},HealthSignals[[${SCORE_HEADER[language]}]]),"${NONE}")`,
  },
  {
    key: "arrAtRisk",
    header: { en: "ARR at risk", fr: "ARR à risque" },
    format: FORMATS.money,
    formula: (row, language) => {
      const [band, arr] = [row("band"), row("arrNow")];
      return `IF(AND(ISNUMBER(${arr}),OR(${band}="${BANDS.red[language]}",${band}="${BANDS.yellow[language]}")),${arr},0)`;
    },
  },
  {
    key: "renewalDays",
    header: { en: "Days to renewal", fr: "Jours avant renouvellement" },
    format: FORMATS.integer,
    formula: (row) =>
      `IF(AND(ISNUMBER(${row("renewal")}),ISNUMBER(HealthAsOf)),${row("renewal")}-HealthAsOf,"${NONE}")`,
  },
];

/** One column per component, on 0–100, after the raw signals. */
export const COMPONENT_COLUMNS: readonly ColumnSpec[] = COMPONENTS.map((c): ColumnSpec => ({
  key: c.key,
  header: c.header,
  format: FORMATS.score,
  formula: (row) => componentFormula(c, row),
}));
