/**
 * The account health workbook's computations as native formulas: each signal rescaled onto 0–100 as
 * CSM.SCALE does (linear, clamped, min above max inverts), the CSM pulse as 0 / 50 / 100, the weighted
 * score over the components present (CSM.HEALTH), its band (CSM.HEALTH_BAND) and the alerts (CSM.ALERTS).
 */
import { ACCOUNTS, columnRef, NONE, PULSE_WORDS } from "./health-accounts";
import { FORMATS, type ColumnSpec } from "./spec";
import type { Bilingual, Language } from "../functions/excel/language";

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
    format: "0.#",
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

/** The header row of the Health table, on the Health sheet. */
export const HEALTH_AT = "A7";

/** `INDEX(HealthSignals[[Header]],$A8)`: the signal of the account this row of the Health table shows. */
function signal(key: string, row: (key: string) => string, language: Language): string {
  return `INDEX(${columnRef(ACCOUNTS, key, language)},${row("no")})`;
}

/** CSM.SCALE as a native formula: MAX(0,MIN(100,(v−min)/(max−min)×100)), "–" for a blank or min = max. */
function componentFormula(c: Component, row: (key: string) => string, language: Language): string {
  const x = c.inputs.map((key) => signal(key, row, language));
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

/** Σ wᵢ sᵢ ÷ Σ wᵢ over the components present (a number), "–" when none is. */
function scoreFormula(row: (key: string) => string): string {
  const terms = (f: (cell: string, weight: string) => string) =>
    COMPONENTS.map((c) => `IF(ISNUMBER(${row(c.key)}),${f(row(c.key), `Weight${c.name}`)},0)`).join("+");
  const weights = terms((_, w) => w);
  return `IF((${weights})>0,(${terms((cell, w) => `${cell}*${w}`)})/(${weights}),"${NONE}")`;
}

export const BANDS = {
  red: { en: "Red", fr: "Rouge" },
  yellow: { en: "Yellow", fr: "Jaune" },
  green: { en: "Green", fr: "Vert" },
} as const;

export const NO_ALERT = { en: "No alert", fr: "Aucune alerte" } as const;

/** The alerts of Elevo's account-health indicators as one text: each raised alert after a separator, the first separator cut. */
function alertsFormula(row: (key: string) => string, language: Language): string {
  const fr = language === "fr";
  const sep = fr ? " ; " : "; ";
  const s = (key: string) => signal(key, row, language);
  const [days, months, last, now, wanted] = [
    s("adminDays"),
    s("loginMonths"),
    s("usedLast"),
    s("usedNow"),
    s("interest"),
  ];
  const admin = `IF(ISNUMBER(${days}),IF(${days}>=AdminMonths*30,"${sep}${fr ? "Admin inactif " : "Admin idle "}"&${days}&"${fr ? " jours" : " days"}",""),"")`;
  const unit = fr ? `" mois"` : `IF(${months}=1," month"," months")`;
  const login = `IF(ISNUMBER(${months}),IF(${months}>=LoginMonths,"${sep}${fr ? "Sans connexion " : "No login "}"&${months}&${unit},""),"")`;
  const drop = `(${last}-${now})/${last}`;
  const licences = `IF(AND(ISNUMBER(${last}),ISNUMBER(${now})),IF(${last}>0,IF(${drop}>LicenceDrop,"${sep}Licences −"&ROUND(${drop}*100,0)&" % ("&${last}&" → "&${now}&")",""),""),"")`;
  const interest = `IFERROR(IF(LEN(${wanted})>0,"${sep}${fr ? "Intérêt pour " : "Interest in "}"&${wanted}&"${fr ? " (non détenu)" : " (not owned)"}",""),"")`;
  const all = `${admin}&${login}&${licences}&${interest}`;
  return `IF(LEN(${all})=0,"${NO_ALERT[language]}",MID(${all},${sep.length + 1},1000))`;
}

const first = Number(/\d+$/.exec(HEALTH_AT)?.[0]);
/** `Health[[Header]]`: a whole column of the Health table, in one language. */
export const healthRef = (key: string, language: Language): string =>
  `Health[[${HEALTH_COLUMNS.find((c) => c.key === key)?.header[language]}]]`;

export const HEALTH_COLUMNS: readonly ColumnSpec[] = [
  {
    key: "no",
    header: { en: "No.", fr: "N°" },
    format: FORMATS.integer,
    formula: () => `ROW()-ROW($A$${first})`,
  },
  {
    key: "account",
    header: { en: "Account", fr: "Compte" },
    formula: (row, language) =>
      `IFERROR(INDEX(${columnRef(ACCOUNTS, "account", language)},${row("no")})&"","${NONE}")`,
  },
  {
    key: "csm",
    header: { en: "CSM", fr: "CSM" },
    formula: (row, language) =>
      `IFERROR(INDEX(${columnRef(ACCOUNTS, "csm", language)},${row("no")})&"","${NONE}")`,
  },
  ...COMPONENTS.map((c): ColumnSpec => ({
    key: c.key,
    header: c.header,
    format: FORMATS.score,
    formula: (row, language) => componentFormula(c, row, language),
  })),
  {
    key: "score",
    header: { en: "Score", fr: "Score" },
    format: FORMATS.score,
    formula: (row) => scoreFormula(row),
  },
  {
    key: "band",
    header: { en: "Band", fr: "Bande" },
    formula: (row, language) => {
      const s = row("score");
      return `IF(ISNUMBER(${s}),IF(${s}<=RedMax,"${BANDS.red[language]}",IF(${s}<=YellowMax,"${BANDS.yellow[language]}","${BANDS.green[language]}")),"${NONE}")`;
    },
  },
  {
    key: "rank",
    header: { en: "Rank", fr: "Rang" },
    format: FORMATS.integer,
    formula: (row, language) =>
      `IF(ISNUMBER(${row("score")}),RANK(${row("score")},${healthRef("score", language)}),"${NONE}")`,
  },
  {
    key: "alerts",
    header: { en: "Alerts", fr: "Alertes" },
    formula: (row, language) => alertsFormula(row, language),
  },
];
