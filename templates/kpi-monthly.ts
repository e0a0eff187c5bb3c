/**
 * The KPI workbook's month-by-month view, from a billing export: the Subscriptions table (one row per
 * subscription: customer, amount, interval in months, start, end; a blank end is active) and the Monthly sheet,
 * which computes with native formulas only (SUMPRODUCT, COUNTIF, INDEX, MATCH, EDATE):
 *
 * - the MRR matrix, customers (in the order they first appear in the table) down and 25 months across, the
 *   first being the opening month the bridge starts from. A subscription counts in a month when it is active
 *   on the month's last day (start before the next month's first day, end blank or on or after it; the rule of
 *   `CSM.MRR_MATRIX`), for its amount ÷ its interval (an annual plan counts
 *   1/12 a month); a customer's subscriptions add up;
 * - the MRR bridge of each of the 24 following months: start, new (a customer's first month above 0),
 *   expansion, reactivation (back above 0 after a month at 0), contraction, churned, end, and a check that it
 *   closes; a native stacked column chart of the movements;
 * - three cohort triangles by first paying month (customers retained, MRR retained gross of expansion, net MRR
 *   retention), months since the first paying month across, each with a colour scale;
 * - trailing twelve-month NRR and GRR (the customers paying twelve months before the last month: their MRR in
 *   the last month over their MRR then, the gross one capping each customer at its MRR then).
 *
 * Contract: table `Subscriptions`; input name `MonthlyFirstMonth`; result names `TrailingNRR`, `TrailingGRR`,
 * `MonthlyBridgeCheck`, `MonthlyCustomers` (red above the matrix's room for 60 customers).
 */
import { columnLetters } from "../functions/excel/a1";
import type { Bilingual, Language } from "../functions/excel/language";
import { OPENING_MONTH, MONTHS_AFTER_OPENING, subscriptionRows } from "./kpi-monthly-sample";
import { checkColours } from "./kpi-bridge";
import { DASH } from "./kpi-results";
import { SAMPLE_NOTE } from "./sample";
import { FORMATS, type CellSpec, type ChartSpec, type Refs, type SheetSpec, type TableSpec } from "./spec";

/** The headers of the Subscriptions table's columns that its own formulas read. */
const HEADERS: Readonly<Record<string, Bilingual>> = {
  customer: { en: "Customer", fr: "Client" },
  first: { en: "First row of the customer", fr: "Première ligne du client" },
};
/** A whole column of the Subscriptions table, in the table's own formulas. */
const whole = (key: string, language: Language) =>
  `Subscriptions[[${(HEADERS[key] as Bilingual)[language]}]]`;

export const SUBSCRIPTIONS: TableSpec = {
  name: "Subscriptions",
  at: "A4",
  columns: [
    { key: "customer", header: HEADERS.customer as Bilingual, width: 16 },
    {
      key: "amount",
      header: { en: "Amount", fr: "Montant" },
      format: FORMATS.money,
      validation: { kind: "decimal", min: 0, max: 1e12 },
    },
    {
      key: "interval",
      header: { en: "Interval in months", fr: "Périodicité en mois" },
      format: FORMATS.integer,
      validation: { kind: "whole", min: 1, max: 120 },
    },
    {
      key: "start",
      header: { en: "Start", fr: "Début" },
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    { key: "end", header: { en: "End", fr: "Fin" }, format: FORMATS.date, validation: { kind: "date" } },
    {
      key: "mrr",
      header: { en: "MRR", fr: "MRR" },
      format: FORMATS.money2,
      // The amount per month; "–" (and left out) without an amount, an interval above 0 and a start, or when
      // the end comes before the start.
      formula: (row) =>
        `IF(AND(ISNUMBER(${row("amount")}),ISNUMBER(${row("interval")}),ISNUMBER(${row("start")})),IF(AND(${row("interval")}>0,OR(NOT(ISNUMBER(${row("end")})),${row("end")}>=${row("start")})),${row("amount")}/${row("interval")},${DASH}),${DASH})`,
    },
    {
      key: "first",
      header: HEADERS.first as Bilingual,
      format: FORMATS.integer,
      // 1 on the customer's first row (MATCH finds the first row with the name), else 0.
      formula: (row, language) =>
        `IF(${row("customer")}="",0,IF(MATCH(${row("customer")},${whole("customer", language)},0)=ROW()-ROW(INDEX(${whole("customer", language)},1))+1,1,0))`,
    },
    {
      key: "number",
      header: { en: "Customer no.", fr: "N° client" },
      format: FORMATS.integer,
      // The customer's row on the Monthly sheet: first rows counted down to this one.
      formula: (row, language) =>
        `IF(${row("first")}=1,SUMPRODUCT(${whole("first", language)}*(ROW(${whole("first", language)})<=ROW())),"")`,
    },
  ],
  rows: subscriptionRows(),
};

/** How many customers the matrix holds, and its months: the opening month, then 24. */
export const CAPACITY = 60;
const MONTHS = MONTHS_AFTER_OPENING + 1;
/** The letter of month `j` of the matrix (0: the opening month, in B). */
const month = (j: number): string => columnLetters(2 + j);
const FIRST = columnLetters(2 + MONTHS); // the first paying month, right of the matrix

/** Where the blocks lie. */
export const LAYOUT = {
  firstMonth: "B4",
  nrr: "B5",
  grr: "B6",
  check: "B7",
  customers: "B8",
  bridgeHeader: 10,
  bridge: { start: 11, new: 12, expansion: 13, reactivation: 14, contraction: 15, churned: 16, end: 17 },
  bridgeCheck: 18,
  drawn: { contraction: 19, churned: 20 },
  chart: { from: "A22", to: "P41" },
  cohorts: { logo: 44, gross: 71, net: 98 },
  matrixHeader: 125,
  matrixFirst: 126,
  matrixLast: 126 + CAPACITY - 1,
  months: MONTHS,
  monthColumn: month,
  firstPaying: FIRST,
} as const;

const { matrixHeader: HEAD, matrixFirst: TOP, matrixLast: BOTTOM } = LAYOUT;
/** A month's column of the matrix, as an absolute range. */
const col = (j: number) => `${month(j)}$${TOP}:${month(j)}$${BOTTOM}`;
const firstPaying = `$${FIRST}$${TOP}:$${FIRST}$${BOTTOM}`;
/** The smaller of two arrays, element by element (no MIN over arrays in SUMPRODUCT). */
const least = (a: string, b: string) => `((${a}+${b}-ABS(${a}-${b}))/2)`;

/** A whole column of the Subscriptions table, from the Monthly sheet. */
const subs = (r: Refs, key: string) => r.column("Subscriptions", key);

function matrixCells(): CellSpec[] {
  const cells: CellSpec[] = [
    {
      at: `A${HEAD - 1}`,
      role: "subtitle",
      value: { en: "MRR matrix: customers × months", fr: "Matrice du MRR : clients × mois" },
    },
    {
      at: `C${HEAD - 1}`,
      role: "note",
      value: {
        en: `Customers in the order of the Subscriptions table (room for ${CAPACITY}). A subscription counts in a month when it is active on its last day (from the month of its start to the month before the month of its end), for its amount ÷ its interval.`,
        fr: `Clients dans l'ordre du tableau Abonnements (place pour ${CAPACITY}). Un abonnement compte dans un mois s'il est actif le dernier jour du mois (du mois de son début au mois précédant celui de sa fin), pour son montant ÷ sa périodicité.`,
      },
    },
    { at: `A${HEAD}`, role: "header", value: { en: "Customer", fr: "Client" } },
    { at: `${FIRST}${HEAD}`, role: "header", value: { en: "First paying month", fr: "Premier mois payé" } },
  ];
  for (let j = 0; j < MONTHS; j++)
    cells.push({
      at: `${month(j)}${HEAD}`,
      role: "header",
      format: FORMATS.date,
      formula: () =>
        j === 0
          ? `DATE(YEAR(MonthlyFirstMonth),MONTH(MonthlyFirstMonth),1)`
          : `EDATE(${month(j - 1)}${HEAD},1)`,
    });
  for (let r = TOP; r <= BOTTOM; r++) {
    cells.push({
      at: `A${r}`,
      role: "label",
      formula: (x) =>
        `IFERROR(INDEX(${subs(x, "customer")},MATCH(ROWS(A$${TOP}:A${r}),${subs(x, "number")},0)),"")`,
    });
    for (let j = 0; j < MONTHS; j++) {
      // The first day of the next month: active on the month's last day = started before it, ended on or after it.
      const next = `EDATE(${month(j)}$${HEAD},1)`;
      cells.push({
        at: `${month(j)}${r}`,
        role: "result",
        format: FORMATS.money,
        formula: (x) =>
          `IF($A${r}="",0,SUMPRODUCT((${subs(x, "customer")}=$A${r})*(${subs(x, "start")}<${next})*(((${subs(x, "end")}="")+(${subs(x, "end")}>=${next}))>0),${subs(x, "mrr")}))`,
      });
    }
    // The first month above 0: 26 less the largest (26 − month number) over the months above 0.
    const row = `B${r}:${month(MONTHS - 1)}${r}`;
    cells.push({
      at: `${FIRST}${r}`,
      role: "result",
      format: FORMATS.date,
      formula: () =>
        `IF($A${r}="","",IF(COUNTIF(${row},">0")=0,${DASH},INDEX($B$${HEAD}:$${month(MONTHS - 1)}$${HEAD},${MONTHS + 1}-SUMPRODUCT(MAX((${row}>0)*(${MONTHS + 1}-(COLUMN(${row})-COLUMN($B${r})+1)))))))`,
    });
  }
  return cells;
}

interface Movement {
  readonly row: number;
  readonly label: Bilingual;
  /** The month's figure, given the previous (p) and this (c) month's matrix columns and this month's date (m). */
  readonly formula: (p: string, c: string, m: string) => string;
}

const B = LAYOUT.bridge;
const MOVEMENTS: readonly Movement[] = [
  { row: B.start, label: { en: "Start MRR", fr: "MRR de début" }, formula: (p) => `SUM(${p})` },
  {
    row: B.new,
    label: { en: "+ New", fr: "+ Nouveau" },
    formula: (_p, c, m) => `SUMPRODUCT((${firstPaying}=${m})*${c})`,
  },
  {
    row: B.expansion,
    label: { en: "+ Expansion", fr: "+ Expansion" },
    formula: (p, c) => `SUMPRODUCT((${p}>0)*(${c}>${p})*(${c}-${p}))`,
  },
  {
    row: B.reactivation,
    label: { en: "+ Reactivation", fr: "+ Réactivation" },
    formula: (p, c, m) => `SUMPRODUCT((${p}=0)*(${c}>0)*(${firstPaying}<>${m})*${c})`,
  },
  {
    row: B.contraction,
    label: { en: "− Contraction", fr: "− Contraction" },
    formula: (p, c) => `SUMPRODUCT((${p}>0)*(${c}>0)*(${c}<${p})*(${p}-${c}))`,
  },
  {
    row: B.churned,
    label: { en: "− Churned", fr: "− Perdu" },
    formula: (p, c) => `SUMPRODUCT((${p}>0)*(${c}=0)*${p})`,
  },
  { row: B.end, label: { en: "End MRR", fr: "MRR de fin" }, formula: (_p, c) => `SUM(${c})` },
];

function bridgeCells(): CellSpec[] {
  const head = LAYOUT.bridgeHeader;
  const cells: CellSpec[] = [
    {
      at: `A${head - 1}`,
      role: "subtitle",
      value: { en: "MRR bridge by month", fr: "Pont du MRR par mois" },
    },
    {
      at: `C${head - 1}`,
      role: "note",
      value: {
        en: "From the matrix below. New: a customer's first month above 0; reactivation: back above 0 after a month at 0; expansion and contraction: more or less than the month before, both months above 0; churned: from above 0 to 0.",
        fr: "D'après la matrice ci-dessous. Nouveau : premier mois au-dessus de 0 d'un client ; réactivation : retour au-dessus de 0 après un mois à 0 ; expansion et contraction : plus ou moins que le mois d'avant, les deux mois au-dessus de 0 ; perdu : de plus de 0 à 0.",
      },
    },
    { at: `A${head}`, role: "header", value: { en: "Month", fr: "Mois" } },
    ...Array.from({ length: MONTHS }, (_, j): CellSpec => ({
      at: `${month(j)}${head}`,
      role: "header",
      format: FORMATS.date,
      formula: () => `${month(j)}$${HEAD}`,
    })),
    ...MOVEMENTS.map((m): CellSpec => ({ at: `A${m.row}`, role: "label", value: m.label })),
    {
      at: `B${B.end}`,
      role: "result",
      format: FORMATS.money,
      formula: () => `SUM(${col(0)})`,
    },
    {
      at: `A${LAYOUT.bridgeCheck}`,
      role: "label",
      value: { en: "Check: OK, or the gap", fr: "Contrôle : OK, ou l'écart" },
    },
    {
      at: `A${LAYOUT.drawn.contraction}`,
      role: "label",
      value: { en: "Contraction (drawn below 0)", fr: "Contraction (sous 0 dans le graphique)" },
    },
    {
      at: `A${LAYOUT.drawn.churned}`,
      role: "label",
      value: { en: "Churned (drawn below 0)", fr: "Perdu (sous 0 dans le graphique)" },
    },
  ];
  for (let j = 1; j < MONTHS; j++) {
    const at = (row: number) => `${month(j)}${row}`;
    for (const m of MOVEMENTS)
      cells.push({
        at: at(m.row),
        role: "result",
        format: FORMATS.money,
        formula: () => m.formula(col(j - 1), col(j), `${month(j)}$${HEAD}`),
      });
    const sum = `${at(B.start)}+${at(B.new)}+${at(B.expansion)}+${at(B.reactivation)}-${at(B.contraction)}-${at(B.churned)}-${at(B.end)}`;
    cells.push(
      {
        at: at(LAYOUT.bridgeCheck),
        role: "result",
        format: FORMATS.money2,
        formula: () => `IF(ABS(${sum})<0.005,"OK",${sum})`,
        colours: checkColours(at(LAYOUT.bridgeCheck)),
      },
      {
        at: at(LAYOUT.drawn.contraction),
        role: "result",
        format: FORMATS.money,
        formula: () => `-${at(B.contraction)}`,
      },
      {
        at: at(LAYOUT.drawn.churned),
        role: "result",
        format: FORMATS.money,
        formula: () => `-${at(B.churned)}`,
      },
    );
  }
  return cells;
}

const BASES = {
  logo: {
    title: {
      en: "Cohorts by first paying month: customers retained (logo)",
      fr: "Cohortes par premier mois payé : clients conservés (logos)",
    },
    size: { en: "Customers", fr: "Clients" },
  },
  gross: {
    title: {
      en: "Cohorts: MRR retained, gross of expansion (each customer capped at its first month's MRR)",
      fr: "Cohortes : MRR conservé, hors expansion (chaque client plafonné à son MRR du premier mois)",
    },
    size: { en: "MRR at month 0", fr: "MRR au mois 0" },
  },
  net: {
    title: {
      en: "Cohorts: net MRR retention (expansion included)",
      fr: "Cohortes : rétention nette du MRR (expansion comprise)",
    },
    size: { en: "MRR at month 0", fr: "MRR au mois 0" },
  },
} as const;

/** One cohort triangle: a row per first paying month (the 24 months after the opening month). */
function cohortCells(basis: keyof typeof BASES, top: number): CellSpec[] {
  const { title, size } = BASES[basis];
  const head = top + 1;
  const cells: CellSpec[] = [
    { at: `A${top}`, role: "subtitle", value: title },
    { at: `A${head}`, role: "header", value: { en: "First paying month", fr: "Premier mois payé" } },
    { at: `B${head}`, role: "header", value: size },
  ];
  if (basis === "logo")
    cells.push({
      at: `O${top}`,
      role: "note",
      value: {
        en: "Across: months since the first paying month. Customers already paying in the opening month belong to no cohort.",
        fr: "En colonnes : mois depuis le premier mois payé. Les clients qui payaient dès le mois d'ouverture n'entrent dans aucune cohorte.",
      },
    });
  for (let k = 0; k < MONTHS - 1; k++) cells.push({ at: `${month(k + 1)}${head}`, role: "header", value: k });
  for (let i = 0; i < MONTHS - 1; i++) {
    const r = head + 1 + i;
    const first = i + 1; // the cohort's first paying month, as a month of the matrix
    const inCohort = `(${firstPaying}=$A${r})`;
    cells.push(
      { at: `A${r}`, role: "label", format: FORMATS.date, formula: () => `${month(first)}$${HEAD}` },
      {
        at: `B${r}`,
        role: "result",
        format: basis === "logo" ? FORMATS.integer : FORMATS.money,
        formula: () =>
          basis === "logo" ? `COUNTIF(${firstPaying},$A${r})` : `SUMPRODUCT(${inCohort}*${col(first)})`,
      },
    );
    for (let k = 0; first + k < MONTHS; k++) {
      const now = col(first + k);
      const kept =
        basis === "logo"
          ? `SUMPRODUCT(${inCohort}*(${now}>0))`
          : basis === "gross"
            ? `SUMPRODUCT(${inCohort}*${least(now, col(first))})`
            : `SUMPRODUCT(${inCohort}*${now})`;
      cells.push({
        at: `${month(k + 1)}${r}`,
        role: "result",
        format: FORMATS.percent,
        formula: () => `IF($B${r}=0,${DASH},${kept}/$B${r})`,
      });
    }
  }
  return cells;
}

/** The inputs and the trailing twelve-month figures, rows 3 to 7. */
function summaryCells(): CellSpec[] {
  const last = MONTHS - 1;
  const before = last - 12;
  const then = col(before);
  const now = col(last);
  const startMRR = `SUM(${then})`;
  return [
    {
      at: "A3",
      role: "subtitle",
      value: { en: "Inputs and trailing figures", fr: "Données et chiffres glissants" },
    },
    {
      at: "A4",
      role: "label",
      value: { en: "Opening month of the matrix", fr: "Mois d'ouverture de la matrice" },
    },
    {
      at: LAYOUT.firstMonth,
      role: "input",
      value: OPENING_MONTH,
      name: "MonthlyFirstMonth",
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    {
      at: "C4",
      role: "note",
      value: {
        en: `any day of a month stands for the month; the bridge and the cohorts cover the ${MONTHS - 1} months after it`,
        fr: `tout jour d'un mois désigne le mois ; le pont et les cohortes couvrent les ${MONTHS - 1} mois suivants`,
      },
    },
    { at: "A5", role: "label", value: { en: "NRR, trailing 12 months", fr: "NRR sur 12 mois glissants" } },
    {
      at: LAYOUT.nrr,
      role: "result",
      name: "TrailingNRR",
      format: FORMATS.percent,
      formula: () => `IF(${startMRR}=0,${DASH},SUMPRODUCT((${then}>0)*${now})/${startMRR})`,
    },
    {
      at: "C5",
      role: "note",
      value: {
        en: "customers paying 12 months before the last month: their MRR in the last month ÷ their MRR then (ChartMogul); – without MRR then",
        fr: "clients payants 12 mois avant le dernier mois : leur MRR du dernier mois ÷ leur MRR d'alors (ChartMogul) ; – sans MRR alors",
      },
    },
    { at: "A6", role: "label", value: { en: "GRR, trailing 12 months", fr: "GRR sur 12 mois glissants" } },
    {
      at: LAYOUT.grr,
      role: "result",
      name: "TrailingGRR",
      format: FORMATS.percent,
      formula: () => `IF(${startMRR}=0,${DASH},SUMPRODUCT((${then}>0)*${least(now, then)})/${startMRR})`,
    },
    {
      at: "C6",
      role: "note",
      value: {
        en: "the same, each customer counted at most at its MRR then: expansion left out (ChartMogul)",
        fr: "de même, chaque client compté au plus à son MRR d'alors : expansion exclue (ChartMogul)",
      },
    },
    {
      at: "A7",
      role: "label",
      value: { en: "The bridge closes every month", fr: "Le pont boucle chaque mois" },
    },
    {
      at: LAYOUT.check,
      role: "result",
      name: "MonthlyBridgeCheck",
      formula: () =>
        `IF(COUNTIF(${month(1)}${LAYOUT.bridgeCheck}:${month(last)}${LAYOUT.bridgeCheck},"OK")=${last},"OK",${last}-COUNTIF(${month(1)}${LAYOUT.bridgeCheck}:${month(last)}${LAYOUT.bridgeCheck},"OK"))`,
      colours: checkColours(LAYOUT.check),
    },
    {
      at: "C7",
      role: "note",
      value: {
        en: "OK, or the number of months whose bridge does not close",
        fr: "OK, ou le nombre de mois dont le pont ne boucle pas",
      },
    },
    { at: "A8", role: "label", value: { en: "Customers in the table", fr: "Clients du tableau" } },
    {
      at: LAYOUT.customers,
      role: "result",
      name: "MonthlyCustomers",
      format: FORMATS.integer,
      formula: (r) => `MAX(${subs(r, "number")})`,
      colours: [{ when: `${LAYOUT.customers}>${CAPACITY}`, colour: "red" }],
    },
    {
      at: "C8",
      role: "note",
      value: {
        en: `the matrix holds ${CAPACITY}: red when there are more, which it leaves out`,
        fr: `la matrice en contient ${CAPACITY} : en rouge s'il y en a plus, qu'elle laisse de côté`,
      },
    },
  ];
}

const CHART: ChartSpec = {
  title: { en: "MRR movements by month", fr: "Mouvements du MRR par mois" },
  from: LAYOUT.chart.from,
  to: LAYOUT.chart.to,
  categories: `${month(1)}${LAYOUT.bridgeHeader}:${month(MONTHS - 1)}${LAYOUT.bridgeHeader}`,
  categoryFormat: "mmm yy",
  stacked: true,
  series: [
    { row: B.new, colour: "2E7D32" },
    { row: B.expansion, colour: "66BB6A" },
    { row: B.reactivation, colour: "29B6F6" },
    { row: LAYOUT.drawn.contraction, colour: "FFA726" },
    { row: LAYOUT.drawn.churned, colour: "E53935" },
  ].map(({ row, colour }) => ({
    name: `A${row}`,
    values: `${month(1)}${row}:${month(MONTHS - 1)}${row}`,
    colour,
  })),
};

/** The sheet of the subscription table. */
export const subscriptionsSheet: SheetSpec = {
  key: "subscriptions",
  name: { en: "Subscriptions", fr: "Abonnements" },
  tables: [SUBSCRIPTIONS],
  cells: [
    {
      at: "A1",
      role: "title",
      value: { en: "Subscriptions: the billing export", fr: "Abonnements : l'export de facturation" },
    },
    { at: "A2", role: "note", value: SAMPLE_NOTE },
    {
      at: "A3",
      role: "note",
      value: {
        en: "One row per subscription; a blank end is active; an annual plan has the interval 12. MRR: – and left out without an amount, an interval or a start, or when the end comes before the start. The blue columns are computed.",
        fr: "Une ligne par abonnement ; une fin vide signifie actif ; un abonnement annuel a la périodicité 12. MRR : – et ignoré sans montant, périodicité ou début, ou si la fin précède le début. Les colonnes bleues sont calculées.",
      },
    },
  ],
  widths: { A: 16, B: 12, C: 13, D: 12, E: 12, F: 12, G: 14, H: 11 },
  freezeRows: 4,
};

/** The Monthly sheet: matrix, bridge and its chart, cohorts, trailing NRR and GRR. */
export function monthlySheet(): SheetSpec {
  const widths: Record<string, number> = { A: 30 };
  for (let j = 0; j < MONTHS; j++) widths[month(j)] = 11;
  widths[FIRST] = 14;
  const c = LAYOUT.cohorts;
  const range = (top: number) => `${month(1)}${top + 2}:${month(MONTHS - 1)}${top + MONTHS}`;
  return {
    key: "monthly",
    name: { en: "Monthly", fr: "Mensuel" },
    cells: [
      { at: "A1", role: "title", value: { en: "MRR month by month", fr: "Le MRR mois par mois" } },
      {
        at: "A2",
        role: "note",
        value: {
          en: "Computed from the Subscriptions sheet; the yellow cell is yours to set. Blue cells are computed; – where the data cannot give a figure.",
          fr: "Calculé d'après la feuille Abonnements ; la cellule jaune est à renseigner. Les cellules bleues sont calculées ; – là où les données ne donnent pas de chiffre.",
        },
      },
      ...summaryCells(),
      ...bridgeCells(),
      ...cohortCells("logo", c.logo),
      ...cohortCells("gross", c.gross),
      ...cohortCells("net", c.net),
      ...matrixCells(),
    ],
    widths,
    landscape: true,
    scales: [{ range: range(c.logo) }, { range: range(c.gross) }, { range: range(c.net) }],
    charts: [CHART],
  };
}
