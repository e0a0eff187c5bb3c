/**
 * The KPI dashboard's results, section by section: each a native formula over whole table columns and the
 * dashboard's named inputs, its format, its benchmark and its definition as the sheet states it beside the
 * figure. A result that cannot be computed from the data (no customer at the start, nobody lost, no answer)
 * shows "–", never an error value; so does every result computed from it.
 */
import type { BandKind } from "./kpi-bands";
import { FORMATS, type Refs } from "./spec";
import type { Bilingual } from "../functions/excel/language";

/** What a result cell shows when the data cannot give it. */
export const DASH = `"–"`;

/** The annual equivalent of a rate of the period, beside it. */
export interface Annual {
  readonly name: string;
  /** The formula, given the period's rate by name. */
  readonly formula: string;
  readonly band: BandKind;
}

export interface Result {
  readonly name: string;
  readonly label: Bilingual;
  /** An amount: its label names the currency. */
  readonly money?: boolean;
  readonly formula: (r: Refs) => string;
  readonly format: string;
  readonly band?: BandKind;
  readonly annual?: Annual;
  readonly definition: Bilingual;
}

export interface Section {
  readonly title: Bilingual;
  readonly results: readonly Result[];
}

const col = (r: Refs, key: string) => r.column("Customers", key);
const sum = (r: Refs, key: string) => `SUM(${col(r, key)})`;
/** Σ start MRR of the customers present at the start. */
const startTotal = (r: Refs) => `SUMIF(${col(r, "start")},">0")`;
/** The formula, or "–" when the denominator is 0. */
const per = (denominator: string, formula: string) => `IF(${denominator}=0,${DASH},${formula})`;
/** The formula, or "–" when any of the conditions holds. */
const unless = (conditions: readonly string[], formula: string) =>
  `IF(OR(${conditions.join(",")}),${DASH},${formula})`;
const notNumber = (name: string) => `NOT(ISNUMBER(${name}))`;

/** The annual equivalent of a retention (compounded) or of a churn rate (1 − compounded retention). */
function annual(name: string, kind: "retention" | "churn", band: BandKind): Annual {
  const power = (base: string) => `${base}^(12/PeriodMonths)`;
  return {
    name: `${name}Annual`,
    formula: unless(
      [notNumber(name), notNumber("PeriodMonths")],
      kind === "retention" ? power(name) : `1-${power(`(1-${name})`)}`,
    ),
    band,
  };
}

const FINANCIAL: Section = {
  title: { en: "Financial", fr: "Financier" },
  results: [
    {
      name: "MRR",
      label: { en: "MRR at the end of the period", fr: "MRR en fin de période" },
      money: true,
      formula: (r) => sum(r, "end"),
      format: FORMATS.money,
      definition: { en: "Σ end MRR", fr: "Σ MRR de fin" },
    },
    {
      name: "ARR",
      label: { en: "ARR", fr: "ARR" },
      money: true,
      formula: () => "12*MRR",
      format: FORMATS.money,
      definition: { en: "12 × MRR", fr: "12 × MRR" },
    },
    {
      name: "ARPA",
      label: { en: "ARPA per month", fr: "ARPA par mois" },
      money: true,
      formula: (r) =>
        per(`COUNTIF(${col(r, "end")},">0")`, `SUMIF(${col(r, "end")},">0")/COUNTIF(${col(r, "end")},">0")`),
      format: FORMATS.money2,
      definition: { en: "mean end MRR of paying customers", fr: "MRR de fin moyen des clients payants" },
    },
    {
      name: "NRR",
      label: { en: "Net revenue retention", fr: "Rétention nette du revenu (NRR)" },
      formula: (r) => per(startTotal(r), `SUMIF(${col(r, "start")},">0",${col(r, "end")})/${startTotal(r)}`),
      format: FORMATS.percent,
      annual: annual("NRR", "retention", "nrr"),
      definition: {
        en: "Σ end MRR of customers present at the start ÷ Σ start MRR; annual = NRR^(12 ÷ months)",
        fr: "Σ MRR de fin des clients présents au début ÷ Σ MRR de début ; annuel = NRR^(12 ÷ mois)",
      },
    },
    {
      name: "GRR",
      label: { en: "Gross revenue retention", fr: "Rétention brute du revenu (GRR)" },
      formula: (r) =>
        per(
          startTotal(r),
          `(${startTotal(r)}-${sum(r, "contraction")}-${sum(r, "churned")})/${startTotal(r)}`,
        ),
      format: FORMATS.percent,
      annual: annual("GRR", "retention", "grr"),
      definition: {
        en: "Σ min(start, end) ÷ Σ start MRR; annual = GRR^(12 ÷ months)",
        fr: "Σ min(début, fin) ÷ Σ MRR de début ; annuel = GRR^(12 ÷ mois)",
      },
    },
    {
      name: "LogoChurn",
      label: { en: "Logo churn", fr: "Churn clients" },
      formula: (r) =>
        per(
          `COUNTIF(${col(r, "start")},">0")`,
          `COUNTIF(${col(r, "churned")},">0")/COUNTIF(${col(r, "start")},">0")`,
        ),
      format: FORMATS.percent,
      annual: annual("LogoChurn", "churn", "churn"),
      definition: {
        en: "customers lost ÷ customers at the start; annual = 1 − (1 − churn)^(12 ÷ months)",
        fr: "clients perdus ÷ clients au début ; annuel = 1 − (1 − churn)^(12 ÷ mois)",
      },
    },
    {
      name: "GrossChurn",
      label: { en: "Gross MRR churn", fr: "Churn brut du MRR" },
      formula: (r) => per(startTotal(r), `(${sum(r, "contraction")}+${sum(r, "churned")})/${startTotal(r)}`),
      format: FORMATS.percent,
      annual: annual("GrossChurn", "churn", "churn"),
      definition: {
        en: "(contraction + churned) ÷ Σ start MRR = 1 − GRR; annual = 1 − annual GRR",
        fr: "(contraction + perdu) ÷ Σ MRR de début = 1 − GRR ; annuel = 1 − GRR annuel",
      },
    },
    {
      name: "NetChurn",
      label: { en: "Net MRR churn", fr: "Churn net du MRR" },
      formula: (r) =>
        per(
          startTotal(r),
          `(${sum(r, "contraction")}+${sum(r, "churned")}-${sum(r, "expansion")})/${startTotal(r)}`,
        ),
      format: FORMATS.percent,
      annual: annual("NetChurn", "churn", "netChurn"),
      definition: {
        en: "(contraction + churned − expansion) ÷ Σ start MRR = 1 − NRR; annual = 1 − annual NRR",
        fr: "(contraction + perdu − expansion) ÷ Σ MRR de début = 1 − NRR ; annuel = 1 − NRR annuel",
      },
    },
    {
      name: "QuickRatio",
      label: { en: "Quick ratio", fr: "Quick ratio" },
      formula: (r) =>
        per(
          `(${sum(r, "contraction")}+${sum(r, "churned")})`,
          `(${sum(r, "new")}+${sum(r, "reactivation")}+${sum(r, "expansion")})/(${sum(r, "contraction")}+${sum(r, "churned")})`,
        ),
      format: FORMATS.ratio,
      band: "quick",
      definition: {
        en: "(new + reactivation + expansion) ÷ (contraction + churned); – when nothing was lost",
        fr: "(nouveau + réactivation + expansion) ÷ (contraction + perdu) ; – si rien n'a été perdu",
      },
    },
    {
      name: "NewCustomers",
      label: { en: "New customers", fr: "Nouveaux clients" },
      formula: (r) => `COUNTIF(${col(r, "new")},">0")`,
      format: FORMATS.integer,
      definition: {
        en: "Customers rows with start MRR 0, end MRR above 0, not previously a customer",
        fr: "lignes de Clients au MRR de début 0, de fin au-dessus de 0, pas déjà client avant",
      },
    },
    {
      name: "ReactivatedCustomers",
      label: { en: "Reactivated customers", fr: "Clients réactivés" },
      formula: (r) => `COUNTIF(${col(r, "reactivation")},">0")`,
      format: FORMATS.integer,
      definition: {
        en: "the same, previously a customer: back, not new (no CAC)",
        fr: "les mêmes, déjà clients avant : de retour, pas nouveaux (hors CAC)",
      },
    },
    {
      name: "CLV",
      label: { en: "Customer lifetime value", fr: "Valeur vie client (CLV)" },
      money: true,
      formula: () =>
        unless(
          [notNumber("ARPA"), notNumber("PeriodMonths"), "N(LogoChurn)<=0", "N(LogoChurn)>=1"],
          "ARPA*GrossMargin/(1-(1-LogoChurn)^(1/PeriodMonths))",
        ),
      format: FORMATS.money,
      definition: {
        en: "ARPA × gross margin ÷ monthly logo churn (1 − (1 − churn)^(1 ÷ months)); – when no customer was lost",
        fr: "ARPA × marge brute ÷ churn clients mensuel (1 − (1 − churn)^(1 ÷ mois)) ; – si aucun client perdu",
      },
    },
    {
      name: "CAC",
      label: { en: "Customer acquisition cost", fr: "Coût d'acquisition client (CAC)" },
      money: true,
      formula: () => per("N(NewCustomers)", "SalesMarketingSpend/NewCustomers"),
      format: FORMATS.money,
      definition: {
        en: "sales & marketing spend of the period ÷ new customers (above); – without any",
        fr: "dépenses ventes et marketing de la période ÷ nouveaux clients (ci-dessus) ; – sans aucun",
      },
    },
    {
      name: "CACPayback",
      label: { en: "CAC payback (months)", fr: "Retour sur CAC (mois)" },
      formula: () => unless([notNumber("CAC"), "N(ARPA)*N(GrossMargin)=0"], "CAC/(ARPA*GrossMargin)"),
      format: FORMATS.decimal,
      band: "payback",
      definition: { en: "CAC ÷ (ARPA × gross margin)", fr: "CAC ÷ (ARPA × marge brute)" },
    },
    {
      name: "LTVtoCAC",
      label: { en: "LTV / CAC", fr: "LTV / CAC" },
      formula: () => unless([notNumber("CLV"), "N(CAC)=0"], "CLV/CAC"),
      format: FORMATS.ratio,
      band: "ltvcac",
      definition: { en: "CLV ÷ CAC; – when CLV or CAC is –", fr: "CLV ÷ CAC ; – si CLV ou CAC vaut –" },
    },
  ],
};

const nps = (r: Refs) => r.column("Responses", "nps");
const csat = (r: Refs) => r.column("Responses", "csat");

const SATISFACTION: Section = {
  title: { en: "Satisfaction", fr: "Satisfaction" },
  results: [
    {
      name: "NPS",
      label: { en: "Net Promoter Score", fr: "Net Promoter Score (NPS)" },
      formula: (r) =>
        per(`COUNT(${nps(r)})`, `(COUNTIF(${nps(r)},">=9")-COUNTIF(${nps(r)},"<=6"))/COUNT(${nps(r)})*100`),
      format: FORMATS.decimal,
      band: "nps",
      definition: {
        en: "% promoters (9–10) − % detractors (0–6); – without answers",
        fr: "% promoteurs (9–10) − % détracteurs (0–6) ; – sans réponse",
      },
    },
    {
      name: "NPSAnswers",
      label: { en: "NPS answers", fr: "Réponses NPS" },
      formula: (r) => `COUNT(${nps(r)})`,
      format: FORMATS.integer,
      definition: {
        en: "scores 0–10 in the Responses sheet: read a score from few answers with care",
        fr: "notes 0–10 de la feuille Réponses : un score sur peu de réponses se lit avec prudence",
      },
    },
    {
      name: "CSAT",
      label: { en: "CSAT (top two boxes)", fr: "CSAT (deux meilleures notes)" },
      formula: (r) => per(`COUNT(${csat(r)})`, `COUNTIF(${csat(r)},">=4")/COUNT(${csat(r)})`),
      format: FORMATS.percent,
      band: "csat",
      definition: {
        en: "share of answers 4 or 5 out of 5; – without answers",
        fr: "part des réponses 4 ou 5 sur 5 ; – sans réponse",
      },
    },
    {
      name: "CSATAnswers",
      label: { en: "CSAT answers", fr: "Réponses CSAT" },
      formula: (r) => `COUNT(${csat(r)})`,
      format: FORMATS.integer,
      definition: { en: "scores 1–5 in the Responses sheet", fr: "notes 1–5 de la feuille Réponses" },
    },
  ],
};

const SUPPORT: Section = {
  title: { en: "Support", fr: "Support" },
  results: [
    {
      name: "TicketsPerCustomer",
      label: { en: "Tickets per customer", fr: "Tickets par client" },
      formula: (r) =>
        per(
          `COUNTIF(${col(r, "end")},">0")`,
          `COUNTA(${r.column("Tickets", "ticket")})/COUNTIF(${col(r, "end")},">0")`,
        ),
      format: FORMATS.ratio,
      definition: {
        en: "tickets listed ÷ paying customers at the end",
        fr: "tickets listés ÷ clients payants à la fin",
      },
    },
    {
      name: "MedianFirstResponse",
      label: { en: "Median first response (hours)", fr: "Délai médian de 1re réponse (heures)" },
      formula: (r) =>
        per(`COUNT(${r.column("Tickets", "hours")})`, `MEDIAN(${r.column("Tickets", "hours")})`),
      format: FORMATS.decimal,
      definition: {
        en: "median hours before the first answer",
        fr: "heures médianes avant la première réponse",
      },
    },
  ],
};

/** The financial section, then satisfaction and support (the MRR bridge goes between them). */
export const SECTIONS = { financial: FINANCIAL, others: [SATISFACTION, SUPPORT] } as const;
