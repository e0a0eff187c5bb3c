// The billing-export functions at a finance team's size, each beside a plain loop doing the same arithmetic on
// the same data in the same run (no Excel semantics: no blank, text, error or range checks, no messages):
// - CSM.MRR_BRIDGE and CSM.COHORTS on a matrix of 20,000 customers × 36 months, as Excel passes a spilled
//   CSM.MRR_MATRIX (a header row of months, a column of customers, some blank cells);
// - CSM.MRR_MATRIX on 100,000 subscription rows (20,000 customers, monthly and annual plans, 40 % ended).
// Reported as medians and ratios; the target is each within 2× its plain loop. Runs with BENCH_ONLY=billing.
import { bridgeMonths } from "../functions/billing/bridge";
import { cohorts } from "../functions/billing/cohorts";
import { mrrMatrix } from "../functions/billing/matrix";
import { firstDayOfMonth, monthOfSerial } from "../functions/excel/dates";
import { ExcelError } from "../functions/excel/errors";
import { race, random } from "./measure";

export const BILLING_CASE = "billing: MRR_MATRIX, MRR_BRIDGE, COHORTS";

const CUSTOMERS = Number(process.env.BENCH_BILLING_CUSTOMERS ?? 20_000);
const MONTHS = 36;
const SUBSCRIPTIONS = Number(process.env.BENCH_BILLING_SUBSCRIPTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_BILLING_RUNS ?? 9);
const TARGET = 2;
const JAN_2024 = 45292;

/** Customers × months of MRR: each starts some month, may expand, contract, churn and come back. */
function matrix(seed: number): unknown[][] {
  const next = random(seed);
  const header: unknown[] = ["MRR"];
  for (let m = 0; m < MONTHS; m++) header.push(firstDayOfMonth(monthOfSerial(JAN_2024) + m));
  const rows: unknown[][] = [header];
  for (let i = 0; i < CUSTOMERS; i++) {
    const row: unknown[] = [`C${i}`];
    const start = Math.floor(next() * MONTHS);
    let mrr = 10 * (1 + Math.floor(next() * 100));
    for (let m = 0; m < MONTHS; m++) {
      if (m < start) row.push(next() < 0.5 ? null : 0);
      else {
        const move = next();
        if (move < 0.03) mrr = 0;
        else if (move < 0.05 && mrr === 0) mrr = 10 * (1 + Math.floor(next() * 100));
        else if (move < 0.1 && mrr > 0) mrr += 10;
        else if (move < 0.13 && mrr > 10) mrr -= 10;
        row.push(mrr);
      }
    }
    rows.push(row);
  }
  return rows;
}

/** The bridge's arithmetic with no checks: the floor of one pass over the matrix. */
function plainBridge(rows: unknown[][]): Float64Array[] {
  const n = MONTHS - 1;
  const out = Array.from({ length: 7 }, () => new Float64Array(n));
  const [start, added, expansion, reactivation, contraction, churned, end] = out as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    let p = Number(row[1] ?? 0);
    let paid = p > 0;
    for (let m = 0; m < n; m++) {
      const c = Number(row[m + 2] ?? 0);
      start[m] = (start[m] as number) + p;
      end[m] = (end[m] as number) + c;
      if (p === 0) {
        if (c > 0) {
          if (paid) reactivation[m] = (reactivation[m] as number) + c;
          else added[m] = (added[m] as number) + c;
          paid = true;
        }
      } else if (c === 0) churned[m] = (churned[m] as number) + p;
      else if (c > p) expansion[m] = (expansion[m] as number) + (c - p);
      else if (c < p) contraction[m] = (contraction[m] as number) + (p - c);
      p = c;
    }
  }
  return out;
}

/** Net cohort retention with no checks: first paying month, Σ MRR per month since, ÷ Σ month-0 MRR. */
function plainCohorts(rows: unknown[][]): number[][] {
  const sums = new Float64Array(MONTHS * MONTHS);
  const sizes = new Float64Array(MONTHS);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    let first = -1;
    for (let m = 0; m < MONTHS; m++)
      if (Number(row[m + 1] ?? 0) > 0) {
        first = m;
        break;
      }
    if (first < 0) continue;
    sizes[first] = (sizes[first] as number) + Number(row[first + 1]);
    for (let k = 0; first + k < MONTHS; k++)
      sums[first * MONTHS + k] = (sums[first * MONTHS + k] as number) + Number(row[first + k + 1] ?? 0);
  }
  const table: number[][] = [];
  for (let f = 0; f < MONTHS; f++) {
    const size = sizes[f] as number;
    if (size > 0)
      table.push(Array.from(sums.subarray(f * MONTHS, f * MONTHS + MONTHS - f), (sum) => sum / size));
  }
  return table;
}

interface Subscriptions {
  readonly customers: unknown[][];
  readonly amounts: unknown[][];
  readonly starts: unknown[][];
  readonly ends: unknown[][];
  readonly periods: unknown[][];
}

/** A billing export: 100,000 rows over 20,000 customers, one in four annual, 40 % ended. */
function subscriptions(seed: number): Subscriptions {
  const next = random(seed);
  const list: Subscriptions = { customers: [], amounts: [], starts: [], ends: [], periods: [] };
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const annual = next() < 0.25;
    const start = JAN_2024 + Math.floor(next() * 1000);
    list.customers.push([`Customer ${Math.floor(next() * CUSTOMERS)}`]);
    list.periods.push([annual ? 12 : 1]);
    list.amounts.push([(annual ? 12 : 1) * 10 * (1 + Math.floor(next() * 50))]);
    list.starts.push([start]);
    list.ends.push([next() < 0.4 ? start + Math.floor(next() * 600) : ""]);
  }
  return list;
}

/** The matrix's arithmetic with no checks: a map of customers, months of each date, sorted names. */
function plainMatrix(list: Subscriptions): unknown[][] {
  const index = new Map<string, number>();
  const names: string[] = [];
  let first = Infinity;
  let last = -Infinity;
  const n = list.customers.length;
  const who = new Int32Array(n);
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const mrr = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const name = String((list.customers[i] as unknown[])[0]);
    const key = name.trim().toLowerCase();
    let c = index.get(key);
    if (c === undefined) {
      c = names.length;
      index.set(key, c);
      names.push(name);
    }
    const end = (list.ends[i] as unknown[])[0];
    who[i] = c;
    from[i] = monthOfSerial(Number((list.starts[i] as unknown[])[0]));
    to[i] = end === "" ? Infinity : monthOfSerial(Number(end));
    mrr[i] = Number((list.amounts[i] as unknown[])[0]) / Number((list.periods[i] as unknown[])[0]);
    first = Math.min(first, from[i] as number);
    last = Math.max(last, to[i] === Infinity ? (from[i] as number) : (to[i] as number));
  }
  const span = last - first + 1;
  const values = new Float64Array(names.length * span);
  for (let i = 0; i < n; i++) {
    const stop = Math.min(to[i] as number, last + 1) - first;
    for (let m = (from[i] as number) - first; m < stop; m++)
      values[(who[i] as number) * span + m] =
        (values[(who[i] as number) * span + m] as number) + (mrr[i] as number);
  }
  const order = names
    .map((_, i) => i)
    .sort((a, b) => {
      const ka = (names[a] as string).toLowerCase();
      const kb = (names[b] as string).toLowerCase();
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  const out: unknown[][] = [["MRR", ...Array.from({ length: span }, (_, m) => firstDayOfMonth(first + m))]];
  for (const c of order) out.push([names[c], ...values.subarray(c * span, c * span + span)]);
  return out;
}

function sameNumbers(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(Number(x) - Number(b[i])) < 1e-6);
}

/**
 * Prints the billing functions' table and returns how many targets were missed.
 *
 * @returns the missed targets (a result that differs from its plain loop counts as missed)
 */
export async function billingBench(): Promise<number> {
  const data = matrix(11);
  const list = subscriptions(12);
  const lines: { what: string; ms: number; plainMs: number; agree: boolean }[] = [];

  const bridge = bridgeMonths(data);
  const plain = plainBridge(data);
  const [bridgeMs, plainBridgeMs] = race(
    () => bridgeMonths(data),
    () => plainBridge(data),
    RUNS,
  );
  const bridgeRows =
    bridge instanceof ExcelError
      ? []
      : [
          bridge.start,
          bridge.newMrr,
          bridge.expansion,
          bridge.reactivation,
          bridge.contraction,
          bridge.churned,
          bridge.end,
        ];
  lines.push({
    what: `MRR_BRIDGE, ${CUSTOMERS.toLocaleString("en")} customers × ${MONTHS} months`,
    ms: bridgeMs,
    plainMs: plainBridgeMs,
    agree:
      bridgeRows.length === 7 &&
      bridgeRows.every((row, i) => sameNumbers([...row], [...(plain[i] as Float64Array)])),
  });

  const triangle = cohorts(data, "net", null);
  const plainTriangle = plainCohorts(data);
  const [cohortMs, plainCohortMs] = race(
    () => cohorts(data, "net", null),
    () => plainCohorts(data),
    RUNS,
  );
  lines.push({
    what: `COHORTS "net", ${CUSTOMERS.toLocaleString("en")} customers × ${MONTHS} months`,
    ms: cohortMs,
    plainMs: plainCohortMs,
    agree:
      Array.isArray(triangle) &&
      triangle.length - 1 === plainTriangle.length &&
      triangle
        .slice(1)
        .every((row, i) =>
          sameNumbers(row.slice(2, 2 + (plainTriangle[i]?.length ?? 0)), plainTriangle[i] ?? []),
        ),
  });

  const args = [list.customers, list.amounts, list.starts, list.ends, list.periods, null] as const;
  const spill = mrrMatrix(...args);
  const plainSpill = plainMatrix(list);
  const [matrixMs, plainMatrixMs] = race(
    () => mrrMatrix(...args),
    () => plainMatrix(list),
    RUNS,
  );
  lines.push({
    what: `MRR_MATRIX, ${SUBSCRIPTIONS.toLocaleString("en")} subscription rows`,
    ms: matrixMs,
    plainMs: plainMatrixMs,
    agree:
      Array.isArray(spill) &&
      spill.length === plainSpill.length &&
      spill.every(
        (row, r) =>
          row[0] === (plainSpill[r] as unknown[])[0] &&
          sameNumbers(row.slice(1), (plainSpill[r] as unknown[]).slice(1)),
      ),
  });

  console.log(`\n## ${BILLING_CASE} (median of ${RUNS} runs, ms)\n`);
  console.log("| case | CSM Kit | plain loop | ratio |");
  console.log("| --- | --: | --: | --: |");
  let missed = 0;
  for (const line of lines) {
    const ratio = line.ms / line.plainMs;
    const miss = !line.agree || ratio > TARGET;
    if (miss) missed++;
    const verdict = !line.agree ? "results differ: missed" : `target ${TARGET}×: ${miss ? "missed" : "met"}`;
    console.log(
      `| ${line.what} | ${line.ms.toFixed(1)} | ${line.plainMs.toFixed(1)} | ${ratio.toFixed(2)}× (${verdict}) |`,
    );
  }
  return missed;
}
