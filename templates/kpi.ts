/**
 * The KPI workbook (Avinash Kaushik's "Indicateurs de réussite client"): financial, satisfaction and support indicators computed by native formulas
 * from a Customers table and a Responses table, with benchmark colour bands.
 *
 * Contract, the same in both languages: tables `Customers` (customer, segment, start MRR, end MRR, …) and
 * `Responses` (respondent, NPS score, CSAT score); input names `SalesMarketingSpend`, `NewCustomers`,
 * `GrossMargin`; result names `MRR`, `ARR`, `ARPA`, `NRR`, `GRR`, `LogoChurn`, `GrossChurn`, `NetChurn`,
 * `QuickRatio`, `CLV`, `CAC`, `CACPayback`, `NPS`, `CSAT`, each with the definition of METRICS.md.
 */
import { between, day, pick, SAMPLE_NOTE, seeded } from "./sample";
import {
  FORMATS,
  type CellSpec,
  type ColourRule,
  type Refs,
  type TableSpec,
  type TemplateSpec,
} from "./spec";
import type { Bilingual } from "../functions/excel/language";

const SEGMENTS = [
  { en: "Enterprise", fr: "Grands comptes" },
  { en: "Mid-market", fr: "ETI" },
  { en: "SMB", fr: "PME" },
];

/** 24 customers over one month: steady ones, expansions, contractions, churned and new. */
function customers(): TableSpec["rows"] {
  const next = seeded(2026);
  return Array.from({ length: 24 }, (_, i) => {
    const segment = pick(next, SEGMENTS);
    const start = i >= 21 ? 0 : between(next, 4, 60) * 50; // the last three are new this month
    const kind =
      i >= 21 ? "new" : i === 5 ? "churn" : i % 4 === 1 ? "expand" : i % 9 === 2 ? "contract" : "steady";
    const end =
      kind === "new"
        ? between(next, 4, 30) * 50
        : kind === "churn"
          ? 0
          : kind === "expand"
            ? start + between(next, 1, 10) * 50
            : kind === "contract"
              ? Math.max(50, start - between(next, 1, 8) * 50)
              : start;
    return { customer: `Client ${String(i + 1).padStart(2, "0")}`, segment, start, end };
  });
}

/** 48 answers: admins answer NPS, end users CSAT, some both; a blank where not asked. */
function responses(): TableSpec["rows"] {
  const next = seeded(1002);
  return Array.from({ length: 48 }, (_, i) => {
    // About half promoters, a third passives, the rest detractors; CSAT mostly 4 and 5.
    const n = next();
    const nps =
      i % 3 === 2
        ? null
        : n < 0.5
          ? between(next, 9, 10)
          : n < 0.8
            ? between(next, 7, 8)
            : between(next, 2, 6);
    const c = next();
    const csat = i % 4 === 1 ? null : c < 0.78 ? between(next, 4, 5) : between(next, 1, 3);
    return { respondent: `R${String(i + 1).padStart(3, "0")}`, nps, csat };
  });
}

/** 30 support tickets of the period. */
function tickets(): TableSpec["rows"] {
  const next = seeded(77);
  return Array.from({ length: 30 }, (_, i) => ({
    ticket: `T-${1000 + i}`,
    customer: `Client ${String(between(next, 1, 20)).padStart(2, "0")}`,
    opened: day(2026, 10, between(next, 1, 30)),
    hours: Math.round(next() * next() * 48 * 10) / 10 + 0.5,
  }));
}

const N = (cell: string) => `N(${cell})`;

export const CUSTOMERS: TableSpec = {
  name: "Customers",
  at: "A4",
  columns: [
    { key: "customer", header: { en: "Customer", fr: "Client" }, width: 16 },
    {
      key: "segment",
      header: { en: "Segment", fr: "Segment" },
      width: 16,
      validation: { kind: "list", values: { en: "Enterprise,Mid-market,SMB", fr: "Grands comptes,ETI,PME" } },
    },
    {
      key: "start",
      header: { en: "Start MRR", fr: "MRR début" },
      format: FORMATS.money,
      validation: { kind: "decimal", min: 0, max: 1e12 },
    },
    {
      key: "end",
      header: { en: "End MRR", fr: "MRR fin" },
      format: FORMATS.money,
      validation: { kind: "decimal", min: 0, max: 1e12 },
    },
    {
      key: "new",
      header: { en: "New", fr: "Nouveau" },
      format: FORMATS.money,
      formula: (row) => `IF(AND(${N(row("start"))}=0,${N(row("end"))}>0),${N(row("end"))},0)`,
    },
    {
      key: "expansion",
      header: { en: "Expansion", fr: "Expansion" },
      format: FORMATS.money,
      formula: (row) =>
        `IF(AND(${N(row("start"))}>0,${N(row("end"))}>${N(row("start"))}),${N(row("end"))}-${N(row("start"))},0)`,
    },
    {
      key: "contraction",
      header: { en: "Contraction", fr: "Contraction" },
      format: FORMATS.money,
      formula: (row) =>
        `IF(AND(${N(row("start"))}>0,${N(row("end"))}>0,${N(row("end"))}<${N(row("start"))}),${N(row("start"))}-${N(row("end"))},0)`,
    },
    {
      key: "churned",
      header: { en: "Churned", fr: "Perdu" },
      format: FORMATS.money,
      formula: (row) => `IF(AND(${N(row("start"))}>0,${N(row("end"))}=0),${N(row("start"))},0)`,
    },
  ],
  rows: customers(),
};

export const RESPONSES: TableSpec = {
  name: "Responses",
  at: "A4",
  columns: [
    { key: "respondent", header: { en: "Respondent", fr: "Répondant" }, width: 14 },
    {
      key: "nps",
      header: { en: "NPS score", fr: "Note NPS" },
      validation: { kind: "whole", min: 0, max: 10 },
    },
    {
      key: "csat",
      header: { en: "CSAT score", fr: "Note CSAT" },
      validation: { kind: "whole", min: 1, max: 5 },
    },
  ],
  rows: responses(),
};

export const TICKETS: TableSpec = {
  name: "Tickets",
  at: "A4",
  columns: [
    { key: "ticket", header: { en: "Ticket", fr: "Ticket" } },
    { key: "customer", header: { en: "Customer", fr: "Client" } },
    {
      key: "opened",
      header: { en: "Opened", fr: "Ouvert le" },
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    {
      key: "hours",
      header: { en: "First response hours", fr: "Heures avant 1re réponse" },
      format: FORMATS.decimal,
      validation: { kind: "decimal", min: 0, max: 10000 },
    },
  ],
  rows: tickets(),
};

/** Benchmark bands for a result cell, and the words shown beside it. */
interface Band {
  readonly rules: readonly ColourRule[];
  readonly text: Bilingual;
}
const at = (cell: string) => `$${cell.replace(/(\d+)/, "$$$1")}`;
function band(
  cell: string,
  kind: "churn" | "nrr" | "grr" | "quick" | "ltvcac" | "payback" | "nps" | "csat",
): Band {
  const c = at(cell);
  const bands: Record<typeof kind, Band> = {
    churn: {
      rules: [
        { when: `${c}<=0.02`, colour: "green" },
        { when: `${c}<=0.05`, colour: "amber" },
        { when: `${c}>0.05`, colour: "red" },
      ],
      text: {
        en: "monthly: 0–2 % green, 2–5 % amber, above red",
        fr: "mensuel : 0–2 % vert, 2–5 % orange, au-delà rouge",
      },
    },
    nrr: {
      rules: [
        { when: `${c}>1.1`, colour: "green" },
        { when: `${c}>=1`, colour: "amber" },
        { when: `${c}<1`, colour: "red" },
      ],
      text: {
        en: "above 110 % green, 100–110 % amber, below 100 % red",
        fr: "au-delà de 110 % vert, 100–110 % orange, sous 100 % rouge",
      },
    },
    grr: {
      rules: [
        { when: `${c}>=0.9`, colour: "green" },
        { when: `${c}>=0.8`, colour: "amber" },
        { when: `${c}<0.8`, colour: "red" },
      ],
      text: {
        en: "90 % or more green, 80–90 % amber, below red",
        fr: "90 % ou plus vert, 80–90 % orange, en dessous rouge",
      },
    },
    quick: {
      rules: [
        { when: `${c}>=4`, colour: "green" },
        { when: `${c}>=1`, colour: "amber" },
        { when: `${c}<1`, colour: "red" },
      ],
      text: { en: "4 or more green, 1–4 amber, below 1 red", fr: "4 ou plus vert, 1–4 orange, sous 1 rouge" },
    },
    ltvcac: {
      rules: [
        { when: `${c}>3`, colour: "green" },
        { when: `${c}>=1`, colour: "amber" },
        { when: `${c}<1`, colour: "red" },
      ],
      text: {
        en: "above 3 green, 1–3 amber, below 1 red",
        fr: "au-delà de 3 vert, 1–3 orange, sous 1 rouge",
      },
    },
    payback: {
      rules: [
        { when: `${c}<=12`, colour: "green" },
        { when: `${c}<=18`, colour: "amber" },
        { when: `${c}>18`, colour: "red" },
      ],
      text: {
        en: "12 months or less green, 12–18 amber, above red",
        fr: "12 mois ou moins vert, 12–18 orange, au-delà rouge",
      },
    },
    nps: {
      rules: [
        { when: `${c}>=30`, colour: "green" },
        { when: `${c}>=0`, colour: "amber" },
        { when: `${c}<0`, colour: "red" },
      ],
      text: {
        en: "30 or more green, 0–30 amber, negative red",
        fr: "30 ou plus vert, 0–30 orange, négatif rouge",
      },
    },
    csat: {
      rules: [
        { when: `${c}>=0.8`, colour: "green" },
        { when: `${c}>=0.7`, colour: "amber" },
        { when: `${c}<0.7`, colour: "red" },
      ],
      text: {
        en: "80 % or more green, 70–80 % amber, below red",
        fr: "80 % ou plus vert, 70–80 % orange, en dessous rouge",
      },
    },
  };
  return bands[kind];
}

interface Result {
  readonly name?: string;
  readonly label: Bilingual;
  readonly formula: (r: Refs) => string;
  readonly format: string;
  readonly band?: Parameters<typeof band>[1];
  readonly definition: Bilingual;
}

const col = (r: Refs, key: string) => r.column("Customers", key);
const sum = (r: Refs, key: string) => `SUM(${col(r, key)})`;

const SECTIONS: readonly { readonly title: Bilingual; readonly results: readonly Result[] }[] = [
  {
    title: { en: "Financial", fr: "Financier" },
    results: [
      {
        name: "MRR",
        label: { en: "MRR (end of period)", fr: "MRR (fin de période)" },
        formula: (r) => sum(r, "end"),
        format: FORMATS.money,
        definition: { en: "Σ end MRR", fr: "Σ MRR de fin" },
      },
      {
        name: "ARR",
        label: { en: "ARR", fr: "ARR" },
        formula: () => "12*MRR",
        format: FORMATS.money,
        definition: { en: "12 × MRR", fr: "12 × MRR" },
      },
      {
        name: "ARPA",
        label: { en: "ARPA", fr: "ARPA" },
        formula: (r) => `SUMIF(${col(r, "end")},">0")/COUNTIF(${col(r, "end")},">0")`,
        format: FORMATS.money2,
        definition: { en: "mean end MRR of paying customers", fr: "MRR de fin moyen des clients payants" },
      },
      {
        name: "NRR",
        label: { en: "Net revenue retention", fr: "Rétention nette du revenu (NRR)" },
        formula: (r) => `SUMIF(${col(r, "start")},">0",${col(r, "end")})/SUMIF(${col(r, "start")},">0")`,
        format: FORMATS.percent,
        band: "nrr",
        definition: {
          en: "Σ end MRR of customers present at the start ÷ Σ start MRR",
          fr: "Σ MRR de fin des clients présents au début ÷ Σ MRR de début",
        },
      },
      {
        name: "GRR",
        label: { en: "Gross revenue retention", fr: "Rétention brute du revenu (GRR)" },
        formula: (r) =>
          `(SUMIF(${col(r, "start")},">0")-${sum(r, "contraction")}-${sum(r, "churned")})/SUMIF(${col(r, "start")},">0")`,
        format: FORMATS.percent,
        band: "grr",
        definition: { en: "Σ min(start, end) ÷ Σ start MRR", fr: "Σ min(début, fin) ÷ Σ MRR de début" },
      },
      {
        name: "LogoChurn",
        label: { en: "Logo churn", fr: "Churn clients" },
        formula: (r) => `COUNTIF(${col(r, "churned")},">0")/COUNTIF(${col(r, "start")},">0")`,
        format: FORMATS.percent,
        band: "churn",
        definition: {
          en: "customers lost ÷ customers at the start",
          fr: "clients perdus ÷ clients au début",
        },
      },
      {
        name: "GrossChurn",
        label: { en: "Gross MRR churn", fr: "Churn brut du MRR" },
        formula: (r) => `(${sum(r, "contraction")}+${sum(r, "churned")})/SUMIF(${col(r, "start")},">0")`,
        format: FORMATS.percent,
        band: "churn",
        definition: {
          en: "(contraction + churned) ÷ Σ start MRR",
          fr: "(contraction + perdu) ÷ Σ MRR de début",
        },
      },
      {
        name: "NetChurn",
        label: { en: "Net MRR churn", fr: "Churn net du MRR" },
        formula: (r) =>
          `(${sum(r, "contraction")}+${sum(r, "churned")}-${sum(r, "expansion")})/SUMIF(${col(r, "start")},">0")`,
        format: FORMATS.percent,
        band: "churn",
        definition: {
          en: "(contraction + churned − expansion) ÷ Σ start MRR = 1 − NRR",
          fr: "(contraction + perdu − expansion) ÷ Σ MRR de début = 1 − NRR",
        },
      },
      {
        name: "QuickRatio",
        label: { en: "Quick ratio", fr: "Quick ratio" },
        formula: (r) =>
          `(${sum(r, "new")}+${sum(r, "expansion")})/(${sum(r, "contraction")}+${sum(r, "churned")})`,
        format: FORMATS.ratio,
        band: "quick",
        definition: {
          en: "(new + expansion) ÷ (contraction + churned)",
          fr: "(nouveau + expansion) ÷ (contraction + perdu)",
        },
      },
      {
        name: "CLV",
        label: { en: "Customer lifetime value", fr: "Valeur vie client (CLV)" },
        formula: () => "ARPA*GrossMargin/LogoChurn",
        format: FORMATS.money,
        definition: { en: "ARPA × gross margin ÷ logo churn", fr: "ARPA × marge brute ÷ churn clients" },
      },
      {
        name: "CAC",
        label: { en: "Customer acquisition cost", fr: "Coût d'acquisition client (CAC)" },
        formula: () => "SalesMarketingSpend/NewCustomers",
        format: FORMATS.money,
        definition: {
          en: "sales & marketing spend ÷ new customers",
          fr: "dépenses ventes et marketing ÷ nouveaux clients",
        },
      },
      {
        name: "CACPayback",
        label: { en: "CAC payback (months)", fr: "Retour sur CAC (mois)" },
        formula: () => "CAC/(ARPA*GrossMargin)",
        format: FORMATS.decimal,
        band: "payback",
        definition: { en: "CAC ÷ (ARPA × gross margin)", fr: "CAC ÷ (ARPA × marge brute)" },
      },
      {
        name: "LTVtoCAC",
        label: { en: "LTV / CAC", fr: "LTV / CAC" },
        formula: () => "CLV/CAC",
        format: FORMATS.ratio,
        band: "ltvcac",
        definition: { en: "CLV ÷ CAC", fr: "CLV ÷ CAC" },
      },
    ],
  },
  {
    title: { en: "Satisfaction", fr: "Satisfaction" },
    results: [
      {
        name: "NPS",
        label: { en: "Net Promoter Score", fr: "Net Promoter Score (NPS)" },
        formula: (r) =>
          `(COUNTIF(${r.column("Responses", "nps")},">=9")-COUNTIF(${r.column("Responses", "nps")},"<=6"))/COUNT(${r.column("Responses", "nps")})*100`,
        format: FORMATS.decimal,
        band: "nps",
        definition: {
          en: "% promoters (9–10) − % detractors (0–6)",
          fr: "% promoteurs (9–10) − % détracteurs (0–6)",
        },
      },
      {
        name: "CSAT",
        label: { en: "CSAT (top two boxes)", fr: "CSAT (deux meilleures notes)" },
        formula: (r) =>
          `COUNTIF(${r.column("Responses", "csat")},">=4")/COUNT(${r.column("Responses", "csat")})`,
        format: FORMATS.percent,
        band: "csat",
        definition: { en: "share of answers 4 or 5 out of 5", fr: "part des réponses 4 ou 5 sur 5" },
      },
    ],
  },
  {
    title: { en: "Support", fr: "Support" },
    results: [
      {
        name: "TicketsPerCustomer",
        label: { en: "Tickets per customer", fr: "Tickets par client" },
        formula: (r) => `COUNTA(${r.column("Tickets", "ticket")})/COUNTIF(${col(r, "end")},">0")`,
        format: FORMATS.ratio,
        definition: {
          en: "tickets of the period ÷ paying customers",
          fr: "tickets de la période ÷ clients payants",
        },
      },
      {
        name: "MedianFirstResponse",
        label: { en: "Median first response (hours)", fr: "Délai médian de 1re réponse (heures)" },
        formula: (r) => `MEDIAN(${r.column("Tickets", "hours")})`,
        format: FORMATS.decimal,
        definition: {
          en: "median hours before the first answer",
          fr: "heures médianes avant la première réponse",
        },
      },
    ],
  },
];

function dashboardCells(): CellSpec[] {
  const cells: CellSpec[] = [
    {
      at: "A1",
      role: "title",
      value: { en: "Customer Success KPIs", fr: "Indicateurs du Customer Success" },
    },
    {
      at: "A2",
      role: "note",
      value: {
        en: "One period (a month): yellow cells and the Customers, Responses and Tickets sheets are yours to fill; blue cells are computed. Definitions: CSM Kit's function catalogue.",
        fr: "Une période (un mois) : les cellules jaunes et les feuilles Clients, Réponses et Tickets sont à remplir ; les cellules bleues sont calculées. Définitions : le catalogue de fonctions de CSM Kit.",
      },
    },
    { at: "A4", role: "subtitle", value: { en: "Inputs of the period", fr: "Données de la période" } },
    { at: "A5", role: "label", value: { en: "Sales & marketing spend", fr: "Dépenses ventes et marketing" } },
    {
      at: "B5",
      role: "input",
      value: 60000,
      name: "SalesMarketingSpend",
      format: FORMATS.money,
      validation: { kind: "decimal", min: 0, max: 1e12 },
    },
    { at: "A6", role: "label", value: { en: "New customers", fr: "Nouveaux clients" } },
    {
      at: "B6",
      role: "input",
      value: 3,
      name: "NewCustomers",
      format: FORMATS.integer,
      validation: { kind: "whole", min: 0, max: 1e9 },
    },
    { at: "A7", role: "label", value: { en: "Gross margin", fr: "Marge brute" } },
    {
      at: "B7",
      role: "input",
      value: 0.8,
      name: "GrossMargin",
      format: FORMATS.percent,
      validation: { kind: "decimal", min: 0, max: 1 },
    },
  ];
  let row = 9;
  for (const section of SECTIONS) {
    cells.push({ at: `A${row}`, role: "subtitle", value: section.title });
    cells.push({ at: `B${row}`, role: "subtitle", value: { en: "Value", fr: "Valeur" } });
    cells.push({ at: `C${row}`, role: "subtitle", value: { en: "Benchmark", fr: "Repère" } });
    cells.push({ at: `D${row}`, role: "subtitle", value: { en: "Definition", fr: "Définition" } });
    row++;
    for (const result of section.results) {
      const b = result.band ? band(`B${row}`, result.band) : undefined;
      cells.push({ at: `A${row}`, role: "label", value: result.label });
      cells.push({
        at: `B${row}`,
        role: "result",
        formula: result.formula,
        format: result.format,
        ...(result.name ? { name: result.name } : {}),
        ...(b ? { colours: b.rules } : {}),
      });
      if (b) cells.push({ at: `C${row}`, role: "note", value: b.text });
      cells.push({ at: `D${row}`, role: "note", value: result.definition });
      row++;
    }
    row++;
  }
  return cells;
}

const sampleSheet = (
  key: string,
  name: Bilingual,
  title: Bilingual,
  table: TableSpec,
  widths: Record<string, number>,
) => ({
  key,
  name,
  tables: [table],
  cells: [
    { at: "A1", role: "title" as const, value: title },
    { at: "A2", role: "note" as const, value: SAMPLE_NOTE },
  ],
  widths,
  freezeRows: 4,
});

export const kpi: TemplateSpec = {
  name: "kpi",
  title: { en: "Customer Success KPIs", fr: "Indicateurs du Customer Success" },
  sheets: [
    {
      key: "dashboard",
      name: { en: "Dashboard", fr: "Tableau de bord" },
      cells: dashboardCells(),
      widths: { A: 36, B: 16, C: 44, D: 52 },
      landscape: true,
    },
    sampleSheet(
      "customers",
      { en: "Customers", fr: "Clients" },
      {
        en: "Customers: MRR at the start and end of the period",
        fr: "Clients : MRR au début et à la fin de la période",
      },
      CUSTOMERS,
      { A: 14, B: 16, C: 12, D: 12, E: 12, F: 12, G: 13, H: 12 },
    ),
    sampleSheet(
      "responses",
      { en: "Responses", fr: "Réponses" },
      {
        en: "Survey responses: NPS (0–10) and CSAT (1–5)",
        fr: "Réponses aux enquêtes : NPS (0–10) et CSAT (1–5)",
      },
      RESPONSES,
      { A: 14, B: 12, C: 12 },
    ),
    sampleSheet(
      "tickets",
      { en: "Tickets", fr: "Tickets" },
      { en: "Support tickets of the period", fr: "Tickets de support de la période" },
      TICKETS,
      { A: 12, B: 12, C: 12, D: 24 },
    ),
  ],
};
