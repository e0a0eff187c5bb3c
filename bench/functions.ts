// The catalogue's functions, each on the shapes people pass, beside a plain loop doing the same arithmetic in
// the same run. What is timed is what Excel calls: the `@customfunction` wrapper of functions/custom-functions.ts
// (the pure module, the error boundary and, for spilled results, the conversion of the spill), on data shaped
// as Excel passes it:
// - one column (one value per row) and a 2-D block (rows × columns);
// - blanks as `null` and as `""` (how the hosts pass an empty cell of a range), and 0 where Windows desktop
//   passes one for an empty cell (an optional range such as CSM.HEALTH's weights; a score or amount of 0 is
//   read as the number it is);
// - for CSM.HEALTH, weights as a row, as a column and omitted.
// Each plain loop is what a developer would write by hand for that one shape, with no validation, and is
// checked to give the same result as the function before it is timed. Target: each function within 1.5× its
// plain loop (median of interleaved runs). The scalar functions (one value per argument) are listed but not
// timed: there is no range to loop over.
import * as formulajs from "@formulajs/formulajs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import * as csm from "../functions/custom-functions";
import { race, random } from "./measure";

const TARGET = 1.5;
const CELLS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ACCOUNTS = Math.min(CELLS, Number(process.env.BENCH_ACCOUNTS ?? 100_000));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FORMULAJS_RUNS = Number(process.env.BENCH_FORMULAJS_RUNS ?? 5);
const FORMULAJS_ROWS = Math.min(CELLS, Number(process.env.BENCH_FORMULAJS_ROWS ?? 20_000));
const WIDTH = 10;

export type Grid = unknown[][];
type Blank = null | "";

/**
 * A rows × columns range of generated values, `rate` of them blank (written as `blank`). Deterministic: the
 * same seed gives the same range.
 */
export function grid(
  rows: number,
  columns: number,
  seed: number,
  make: (next: () => number) => unknown,
  blank: unknown = null,
  rate = 0.05,
): Grid {
  const next = random(seed);
  const out: Grid = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) row[c] = next() < rate ? blank : make(next);
    out[r] = row;
  }
  return out;
}

const nps = (next: () => number) => Math.floor(next() * 11);
const csat = (next: () => number) => 1 + Math.floor(next() * 5);
const amount = (next: () => number) => (next() < 0.1 ? 0 : Math.round(next() * 1000));
const score = (next: () => number) => Math.round(next() * 1000) / 10;
const small = (next: () => number) => 1 + Math.floor(next() * 5);

/** The shape of a single-range case: one column of CELLS rows, or a block of CELLS / WIDTH rows × WIDTH. */
const column = (seed: number, make: (next: () => number) => unknown, blank: Blank) =>
  grid(CELLS, 1, seed, make, blank);
const block = (seed: number, make: (next: () => number) => unknown, blank: Blank) =>
  grid(CELLS / WIDTH, WIDTH, seed, make, blank);

// ----- plain loops: one pass, no validation, the arithmetic of each metric --------------------------------

function plainNps(range: Grid): number {
  let promoters = 0;
  let detractors = 0;
  let responses = 0;
  for (const row of range)
    for (const v of row)
      if (typeof v === "number") {
        responses++;
        if (v >= 9) promoters++;
        else if (v <= 6) detractors++;
      }
  return ((promoters - detractors) * 100) / responses;
}

function plainCsat(range: Grid): number {
  let satisfied = 0;
  let responses = 0;
  for (const row of range)
    for (const v of row)
      if (typeof v === "number") {
        responses++;
        if (v >= 4) satisfied++;
      }
  return satisfied / responses;
}

function plainSum(range: Grid): number {
  let total = 0;
  for (const row of range) for (const v of row) if (typeof v === "number") total += v;
  return total;
}

function plainArpa(range: Grid): number {
  let total = 0;
  let paying = 0;
  for (const row of range)
    for (const v of row)
      if (typeof v === "number" && v > 0) {
        total += v;
        paying++;
      }
  return total / paying;
}

function plainPerPeriod(amounts: Grid, months: Grid): number {
  let total = 0;
  for (let r = 0; r < amounts.length; r++) {
    const a = amounts[r] as unknown[];
    const m = months[r] as unknown[];
    for (let c = 0; c < a.length; c++) {
      const v = a[c];
      if (typeof v === "number") total += v / (typeof m[c] === "number" ? (m[c] as number) : 1);
    }
  }
  return total;
}

interface Movements {
  start: number;
  newMrr: number;
  expansion: number;
  contraction: number;
  churned: number;
  customers: number;
  lost: number;
}

function plainMovements(starts: Grid, ends: Grid): Movements {
  const m: Movements = {
    start: 0,
    newMrr: 0,
    expansion: 0,
    contraction: 0,
    churned: 0,
    customers: 0,
    lost: 0,
  };
  for (let r = 0; r < starts.length; r++) {
    const a = starts[r] as unknown[];
    const b = ends[r] as unknown[];
    for (let c = 0; c < a.length; c++) {
      const s = typeof a[c] === "number" ? (a[c] as number) : 0;
      const e = typeof b[c] === "number" ? (b[c] as number) : 0;
      if (s === 0) m.newMrr += e;
      else {
        m.start += s;
        m.customers++;
        if (e === 0) {
          m.churned += s;
          m.lost++;
        } else if (e > s) m.expansion += e - s;
        else m.contraction += s - e;
      }
    }
  }
  return m;
}

/** Σ w·s ÷ Σ w over the numeric cells of each row, one result row per account; `weights` null: all 1. */
function plainHealth(rows: Grid, weights: readonly number[] | null): number[][] {
  const out: number[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    let points = 0;
    let total = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number") {
        const w = weights === null ? 1 : (weights[c] as number);
        points += w * v;
        total += w;
      }
    }
    out[r] = [points / total];
  }
  return out;
}

function plainMap(range: Grid, fn: (v: unknown) => unknown): unknown[][] {
  const out: unknown[][] = new Array(range.length);
  for (let r = 0; r < range.length; r++) {
    const row = range[r] as unknown[];
    const res: unknown[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) res[c] = fn(row[c]);
    out[r] = res;
  }
  return out;
}

function plainMapPairs(a: Grid, b: Grid, fn: (x: unknown, y: unknown) => unknown): unknown[][] {
  const out: unknown[][] = new Array(a.length);
  for (let r = 0; r < a.length; r++) {
    const x = a[r] as unknown[];
    const y = b[r] as unknown[];
    const res: unknown[] = new Array(x.length);
    for (let c = 0; c < x.length; c++) res[c] = fn(x[c], y[c]);
    out[r] = res;
  }
  return out;
}

function plainJourney(from: Grid, to: Grid): number[][] {
  const width = (from[0] as unknown[]).length;
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    const days: number[] = [];
    for (let r = 0; r < from.length; r++) {
      const f = (from[r] as unknown[])[c];
      const t = (to[r] as unknown[])[c];
      if (typeof f === "number" && typeof t === "number") days.push(t - f);
    }
    days.sort((x, y) => x - y);
    const middle = days.length >> 1;
    out.push(
      days.length % 2
        ? (days[middle] as number)
        : ((days[middle - 1] as number) + (days[middle] as number)) / 2,
    );
  }
  return [out];
}

const englishNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

function plainAlerts(admin: Grid, login: Grid, before: Grid, now: Grid): string[][] {
  const out: string[][] = new Array(admin.length);
  for (let r = 0; r < admin.length; r++) {
    const a = (admin[r] as unknown[])[0];
    const l = (login[r] as unknown[])[0];
    const b = (before[r] as unknown[])[0];
    const n = (now[r] as unknown[])[0];
    const alerts: string[] = [];
    if (typeof a === "number" && a >= 2) alerts.push(`admin inactive for ${a} month${a === 1 ? "" : "s"}`);
    if (typeof l === "number" && l >= 1) alerts.push(`no login for ${l} month${l === 1 ? "" : "s"}`);
    if (typeof b === "number" && typeof n === "number" && b > 0 && (b - n) / b > 0.1)
      alerts.push(`licences down ${englishNumber.format(((b - n) / b) * 100)} % (${b} → ${n})`);
    const text = alerts.join("; ");
    out[r] = [text.charAt(0).toUpperCase() + text.slice(1)];
  }
  return out;
}

function plainCsms(workload: Grid, capacity: Grid): number {
  let total = 0;
  for (let r = 0; r < workload.length; r++) {
    const w = workload[r] as unknown[];
    const k = capacity[r] as unknown[];
    for (let c = 0; c < w.length; c++)
      if (typeof w[c] === "number") total += (w[c] as number) / (k[c] as number);
  }
  return total;
}

// ----- agreement -------------------------------------------------------------------------------------------

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

// ----- the cases ---------------------------------------------------------------------------------------------

interface Case<D> {
  readonly fn: string;
  readonly shape: string;
  readonly data: () => D;
  readonly ours: (d: D) => unknown;
  readonly plain: (d: D) => unknown;
  /** The same metric with @formulajs/formulajs, timed on the first FORMULAJS_ROWS rows. */
  readonly formulajs?: (d: D) => unknown;
}

/** Keeps each case's data type while the table holds cases of every kind. */
function bench<D>(c: Case<D>): Case<unknown> {
  return c as unknown as Case<unknown>;
}

const n = (value: number) => value.toLocaleString("en");
const colShape = (blank: string) => `${n(CELLS)} × 1, blanks ${blank}`;
const blockShape = (blank: string) => `${n(CELLS / WIDTH)} × ${WIDTH}, blanks ${blank}`;
const BLANKS: readonly [Blank, string][] = [
  [null, "null"],
  ["", '""'],
];

const f = formulajs as unknown as Record<string, (...args: unknown[]) => number>;
const call = (name: string, ...args: unknown[]): number => {
  const fn = f[name];
  if (!fn) throw new Error(`formulajs has no ${name}`);
  return fn(...args);
};

/** A single-range aggregate on a column (each blank) and a block. */
function aggregate(
  fn: string,
  seed: number,
  make: (next: () => number) => unknown,
  ours: (range: Grid) => unknown,
  plain: (range: Grid) => unknown,
  formulajsTwin?: (range: Grid) => unknown,
): Case<unknown>[] {
  return [
    ...BLANKS.map(([blank, name], i) =>
      bench<Grid>({
        fn,
        shape: colShape(name),
        data: () => column(seed, make, blank),
        ours,
        plain,
        ...(i === 0 && formulajsTwin ? { formulajs: formulajsTwin } : {}),
      }),
    ),
    bench<Grid>({ fn, shape: blockShape('""'), data: () => block(seed, make, ""), ours, plain }),
  ];
}

type Pair = readonly [Grid, Grid];

/** A paired metric (start and end MRR) on two columns (each blank) and two blocks. */
function paired(
  fn: string,
  ours: (start: Grid, end: Grid) => unknown,
  plain: (m: Movements) => unknown,
  formulajsTwin?: (start: Grid, end: Grid) => unknown,
): Case<unknown>[] {
  const pairCase = (shape: string, data: () => Pair, twin?: boolean) =>
    bench<Pair>({
      fn,
      shape,
      data,
      ours: ([s, e]) => ours(s, e),
      plain: ([s, e]) => plain(plainMovements(s, e)),
      ...(twin && formulajsTwin ? { formulajs: ([s, e]: Pair) => formulajsTwin(s, e) } : {}),
    });
  return [
    ...BLANKS.map(([blank, name], i) =>
      pairCase(colShape(name), () => [column(3, amount, blank), column(4, amount, blank)] as const, i === 0),
    ),
    pairCase(blockShape('""'), () => [block(3, amount, ""), block(4, amount, "")] as const),
  ];
}

const HEALTH_WEIGHTS = [1, 2, 3, 4, 1, 2, 3, 4];
const COMPONENTS = HEALTH_WEIGHTS.length;

function healthCases(): Case<unknown>[] {
  const weightShapes: [string, unknown[][] | undefined, readonly number[] | null][] = [
    ["weights row", [HEALTH_WEIGHTS], HEALTH_WEIGHTS],
    ["weights column", HEALTH_WEIGHTS.map((w) => [w]), HEALTH_WEIGHTS],
    ["weights omitted", undefined, null],
    // An empty weight cell arrives as 0 on Windows desktop: that component is left out.
    ["weights row with a 0", [[1, 2, 3, 0, 1, 2, 3, 4]], [1, 2, 3, 0, 1, 2, 3, 4]],
  ];
  const blanks: [string, number, unknown][] = [
    ["no blanks", 0, null],
    ["blanks null", 0.05, null],
    ['blanks ""', 0.05, ""],
    // A blank score that arrives as 0 is a score of 0: the row keeps its weight.
    ["blanks 0", 0.05, 0],
  ];
  const cases: Case<unknown>[] = [];
  for (const [weightName, weights, plainWeights] of weightShapes)
    for (const [blankName, rate, blank] of blanks) {
      if (weightName !== "weights row" && blankName !== "no blanks" && blankName !== 'blanks ""') continue;
      cases.push(
        bench<Grid>({
          fn: "CSM.HEALTH",
          shape: `${n(ACCOUNTS)} × ${COMPONENTS}, ${weightName}, ${blankName}`,
          data: () => grid(ACCOUNTS, COMPONENTS, 5, score, blank, rate),
          ours: (rows) => csm.health(rows, weights),
          plain: (rows) => plainHealth(rows, plainWeights),
        }),
      );
    }
  return cases;
}

const SPILL_ROWS = ACCOUNTS;

/** An element-wise function on a column (each blank) and a block of the same number of cells. */
function elementwise(
  fn: string,
  seed: number,
  make: (next: () => number) => unknown,
  ours: (range: Grid) => unknown,
  plain: (v: unknown) => unknown,
): Case<unknown>[] {
  const shapes: [string, () => Grid][] = [
    ...BLANKS.map(([blank, name]): [string, () => Grid] => [
      `${n(SPILL_ROWS)} × 1, blanks ${name}`,
      () => grid(SPILL_ROWS, 1, seed, make, blank),
    ]),
    [`${n(SPILL_ROWS / WIDTH)} × ${WIDTH}, blanks ""`, () => grid(SPILL_ROWS / WIDTH, WIDTH, seed, make, "")],
  ];
  return shapes.map(([shape, data]) =>
    bench<Grid>({ fn, shape, data, ours, plain: (range) => plainMap(range, plain) }),
  );
}

function elementwisePairs(
  fn: string,
  ours: (a: Grid, b: Grid) => unknown,
  plain: (x: unknown, y: unknown) => unknown,
): Case<unknown>[] {
  const shapes: [string, () => Pair][] = [
    [`${n(SPILL_ROWS)} × 1, blank pairs null`, () => pairWithSameBlanks(SPILL_ROWS, 1, null)],
    [
      `${n(SPILL_ROWS / WIDTH)} × ${WIDTH}, blank pairs ""`,
      () => pairWithSameBlanks(SPILL_ROWS / WIDTH, WIDTH, ""),
    ],
  ];
  return shapes.map(([shape, data]) =>
    bench<Pair>({
      fn,
      shape,
      data,
      ours: ([a, b]) => ours(a, b),
      plain: ([a, b]) => plainMapPairs(a, b, plain),
    }),
  );
}

/** Two ranges of scores 1–5 blank at the same positions (a blank pair is an action not scored yet). */
function pairWithSameBlanks(rows: number, columns: number, blank: Blank): Pair {
  const a = grid(rows, columns, 21, small, blank);
  const b = grid(rows, columns, 22, small, blank, 0);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) if ((a[r] as unknown[])[c] === blank) (b[r] as unknown[])[c] = blank;
  return [a, b];
}

function journeyData(rows: number, columns: number, blank: Blank): Pair {
  const from = grid(rows, columns, 31, (next) => 44_000 + Math.floor(next() * 900), blank);
  const next = random(32);
  const to = from.map((row) =>
    row.map((v) => (typeof v === "number" ? (next() < 0.1 ? blank : v + Math.floor(next() * 120)) : blank)),
  );
  return [from, to];
}

const PULSES = ["Poor", "Concerning", "Healthy"];
const PULSE_POINTS: Record<string, number> = { Poor: 0, Concerning: 50, Healthy: 100 };

function alertsData(blank: Blank): Grid[] {
  const admin = grid(ACCOUNTS, 1, 41, (next) => Math.floor(next() * 5), blank);
  const login = grid(ACCOUNTS, 1, 42, (next) => Math.floor(next() * 3), blank);
  const before = grid(ACCOUNTS, 1, 43, (next) => 10 + Math.floor(next() * 90), blank, 0);
  const next = random(44);
  const now = before.map(([b]) => [Math.max(0, (b as number) - Math.floor(next() * 20))]);
  return [admin, login, before, now];
}

export function functionCases(): Case<unknown>[] {
  return [
    ...aggregate(
      "CSM.NPS",
      1,
      nps,
      (r) => csm.nps(r),
      plainNps,
      // formulajs reads a blank as 0 in criteria ("<=6" matches it), unlike Excel: detractors are counted
      // as the answers that are not 7 or more.
      (r) =>
        ((call("COUNTIF", r, ">=9") - (call("COUNT", r) - call("COUNTIF", r, ">=7"))) / call("COUNT", r)) *
        100,
    ),
    ...aggregate(
      "CSM.CSAT",
      2,
      csat,
      (r) => csm.csat(r),
      plainCsat,
      (r) => call("COUNTIF", r, ">=4") / call("COUNT", r),
    ),
    ...aggregate("CSM.MRR", 6, amount, (r) => csm.mrr(r), plainSum),
    ...aggregate(
      "CSM.ARR",
      6,
      amount,
      (r) => csm.arr(r),
      (r) => 12 * plainSum(r),
    ),
    ...aggregate("CSM.ARPA", 6, amount, (r) => csm.arpa(r), plainArpa),
    bench<Pair>({
      fn: "CSM.MRR",
      shape: `${n(CELLS)} × 1 amounts and period_months, blanks null`,
      data: () => [column(6, amount, null), column(7, (next) => (next() < 0.5 ? 1 : 12), null)] as const,
      ours: ([a, m]) => csm.mrr(a, m),
      plain: ([a, m]) => plainPerPeriod(a, m),
    }),
    ...BLANKS.map(([blank, name]) =>
      bench<Pair>({
        fn: "CSM.CAC",
        shape: `${colShape(name)}, spend and new_customers`,
        data: () => [column(8, amount, blank), column(9, small, blank)] as const,
        ours: ([s, c]) => csm.cac(s, c),
        plain: ([s, c]) => plainSum(s) / plainSum(c),
      }),
    ),
    ...paired(
      "CSM.MRR_MOVEMENTS",
      (s, e) => csm.mrrMovementsRow(s, e),
      (m) => [[m.newMrr, m.expansion, m.contraction, m.churned]],
    ),
    ...paired(
      "CSM.NRR",
      (s, e) => csm.nrr(s, e),
      (m) => (m.start + m.expansion - m.contraction - m.churned) / m.start,
      (s, e) => call("SUMIF", s, ">0", e) / call("SUM", s),
    ),
    ...paired(
      "CSM.GRR",
      (s, e) => csm.grr(s, e),
      (m) => (m.start - m.contraction - m.churned) / m.start,
    ),
    ...paired(
      "CSM.CHURN logo",
      (s, e) => csm.churn(s, e),
      (m) => m.lost / m.customers,
      // A blank end reads as 0 in formulajs criteria, which is what the catalogue asks for here.
      (s, e) => call("COUNTIFS", s, ">0", e, "<=0") / call("COUNTIF", s, ">0"),
    ),
    ...paired(
      "CSM.CHURN net",
      (s, e) => csm.churn(s, e, "net"),
      (m) => (m.churned + m.contraction - m.expansion) / m.start,
    ),
    ...healthCases(),
    ...elementwise(
      "CSM.HEALTH_BAND",
      12,
      score,
      (r) => csm.healthBandOf(r),
      (v) => (typeof v !== "number" ? "" : v <= 50 ? "Red" : v <= 75 ? "Yellow" : "Green"),
    ),
    ...elementwise(
      "CSM.SCALE",
      13,
      (next) => Math.round(next() * 200) - 100,
      (r) => csm.scale(r, -100, 100),
      (v) => (typeof v !== "number" ? "" : Math.min(100, Math.max(0, ((v + 100) / 200) * 100))),
    ),
    ...elementwise(
      "CSM.PULSE",
      14,
      (next) => PULSES[Math.floor(next() * 3)],
      (r) => csm.pulseComponent(r),
      (v) => (typeof v === "string" && v !== "" ? (PULSE_POINTS[v] as number) : ""),
    ),
    ...elementwisePairs(
      "CSM.SCALE_RATIO",
      (t, v) => csm.scaleRatioOf(t, v),
      (t, v) => (typeof t === "number" ? t / (v as number) : ""),
    ),
    ...elementwisePairs(
      "CSM.SCALE_DECISION",
      (t, v) => csm.scaleDecisionOf(t, v),
      (t, v) =>
        typeof t !== "number" ? "" : t < (v as number) ? "Human" : t === v ? "Arbitrate" : "Automate",
    ),
    ...[
      [`${n(ACCOUNTS)} × 1, blanks null`, ACCOUNTS, 1, null],
      [`${n(ACCOUNTS / WIDTH)} × ${WIDTH}, blanks ""`, ACCOUNTS / WIDTH, WIDTH, ""],
    ].map(([shape, rows, columns, blank]) =>
      bench<Pair>({
        fn: "CSM.JOURNEY_DAYS",
        shape: shape as string,
        data: () => journeyData(rows as number, columns as number, blank as Blank),
        ours: ([a, b]) => csm.journey(a, b),
        plain: ([a, b]) => plainJourney(a, b),
      }),
    ),
    ...BLANKS.map(([blank, name]) =>
      bench<Grid[]>({
        fn: "CSM.ALERTS",
        shape: `${n(ACCOUNTS)} accounts × 4 columns, blanks ${name}`,
        data: () => alertsData(blank),
        ours: ([a, l, b, w]) => csm.alerts(a as Grid, l as Grid, b as Grid, w as Grid),
        plain: ([a, l, b, w]) => plainAlerts(a as Grid, l as Grid, b as Grid, w as Grid),
      }),
    ),
    bench<Pair>({
      fn: "CSM.CSMS_NEEDED",
      shape: `${n(CELLS)} × 1, blanks null`,
      data: () => {
        const workload = column(51, amount, null);
        return [workload, workload.map(() => [25])] as const;
      },
      ours: ([w, k]) => csm.csmsNeededFor(w, k),
      plain: ([w, k]) => plainCsms(w, k),
    }),
  ];
}

type Collect = (options?: { type: "major" | "minor" }) => void;
let collector: Collect | null | undefined;
/** The engine's `gc`, when it lets us have it (it does in Node, through a flag set at run time). */
function engineGc(): Collect | null {
  if (collector === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      collector = (runInNewContext("gc") as Collect | undefined) ?? null;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** Runs a full garbage collection, when the engine lets us: without one, the figures only get noisier. */
function collectGarbage(): void {
  engineGc()?.();
}

/**
 * Collects the young generation before each timed call (untimed): a spilled result is made of one array per
 * row, and without this the collection of both sides' rows falls on whichever side runs when the young
 * generation fills (measured: the same code at 0.2× and 5× its loop from one run to the next).
 */
function settle(): void {
  engineGc()?.({ type: "minor" });
}

/** The catalogue's functions whose arguments are single values (or one short row): not range-bound. */
export const SCALAR_FUNCTIONS = [
  "CSM.RETENTION",
  "CSM.ANNUAL_CHURN",
  "CSM.CLV",
  "CSM.CAC_PAYBACK",
  "CSM.QUICK_RATIO (four values, or the four-cell row of CSM.MRR_MOVEMENTS)",
  "CSM.HEALTH_EXPLAIN (one account's row)",
];

/**
 * Runs the cases whose function or shape contains `only` (all when it is undefined), prints one table row per
 * case with its ratio, target and whether it was met, and returns the number of targets missed (a function
 * that disagrees with its plain loop counts as missed).
 */
export async function benchFunctions(only: string | undefined): Promise<number> {
  const cases = functionCases().filter((c) => !only || `${c.fn} ${c.shape}`.includes(only));
  if (cases.length === 0) return 0;
  let failures = 0;
  const header = ["function", "shape", "median ms", "plain loop ms", "ratio", "target", "", "formulajs"];
  console.log(
    `\nCatalogue functions beside a plain loop, median of ${RUNS} interleaved runs, Node ${process.version}\n`,
  );
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const c of cases) {
    // The previous case's garbage is collected before this one's data is made, not during its timing.
    collectGarbage();
    const data = c.data();
    collectGarbage();
    const ours = c.ours(data);
    const plain = c.plain(data);
    if (!same(ours, plain)) {
      console.error(
        `${c.fn}, ${c.shape}: CSM Kit gives ${JSON.stringify(ours).slice(0, 200)}, the plain loop ${JSON.stringify(plain).slice(0, 200)}`,
      );
      failures++;
      continue;
    }
    const [oursMs, plainMs] = race(
      () => c.ours(data),
      () => c.plain(data),
      RUNS,
      settle,
    );
    let versus = "—";
    const twin = c.formulajs;
    if (twin) {
      const head = (
        Array.isArray(data) && Array.isArray(data[0]) && Array.isArray(data[0][0])
          ? (data as Grid[]).map((range) => range.slice(0, FORMULAJS_ROWS))
          : (data as Grid).slice(0, FORMULAJS_ROWS)
      ) as unknown;
      if (!same(c.ours(head), twin(head))) {
        console.error(
          `${c.fn}: formulajs gives ${JSON.stringify(twin(head))}, CSM Kit ${JSON.stringify(c.ours(head))}`,
        );
        failures++;
      } else {
        const [mine, theirs] = race(
          () => c.ours(head),
          () => twin(head),
          FORMULAJS_RUNS,
        );
        versus = `${n(Math.round(theirs / mine))}× slower (${n(FORMULAJS_ROWS)} rows)`;
      }
    }
    const ratio = oursMs / plainMs;
    const missed = !(ratio <= TARGET);
    if (missed) failures++;
    console.log(
      `| ${c.fn} | ${c.shape} | ${oursMs.toFixed(1)} | ${plainMs.toFixed(1)} | ${ratio.toFixed(2)}× | ${TARGET}× | ${missed ? "missed" : "met"} | ${versus} |`,
    );
  }
  console.log(`\nNot range-bound (single values), not timed: ${SCALAR_FUNCTIONS.join(", ")}.`);
  return failures;
}
