/**
 * MRR movements between two dates, one customer per row (start MRR, end MRR), and the revenue metrics that
 * follow from them. One pass over both columns feeds every metric here.
 */
import { scanPairs } from "../excel/cells";
import { AMOUNT, END_MRR, START_MRR } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import { finiteResult } from "../excel/results";

/** Sums over the customers of a period, as ChartMogul splits MRR movements. */
export interface MovementSummary {
  /** Σ start MRR over customers with start > 0. */
  readonly startTotal: number;
  readonly newMrr: number;
  readonly expansion: number;
  readonly contraction: number;
  readonly churned: number;
  /** Customers with start > 0. */
  readonly customersAtStart: number;
  /** Customers with start > 0 and end = 0. */
  readonly customersChurned: number;
  /** Rows that held at least one value. */
  readonly rows: number;
}

/**
 * Reads start and end MRR (one customer per row; a blank reads as 0 when the other side has a value) into
 * the four movements: new (end where start = 0), expansion (end − start where end > start > 0), contraction
 * (start − end where 0 < end < start) and churned (start where start > 0 and end = 0).
 *
 * @param startMrr - each customer's MRR at the start of the period
 * @param endMrr - the same customers' MRR at the end, same shape
 * @returns the sums, or an Excel error value (shapes differ, text, negative amounts, error cells)
 *
 * @example
 * summarizeMovements([[100], [50], [0]], [[120], [0], [30]]).expansion
 * //=> 20
 */
export function summarizeMovements(startMrr: unknown, endMrr: unknown): MovementSummary | ExcelError {
  const summary = new Movements();
  const problem = scanPairs(startMrr, endMrr, [START_MRR, END_MRR], AMOUNT, summary, addCustomer);
  return problem ?? summary;
}

/** The running sums, as plain numeric fields so that the hot loop updates them in place. */
class Movements implements MovementSummary {
  startTotal = 0;
  newMrr = 0;
  expansion = 0;
  contraction = 0;
  churned = 0;
  customersAtStart = 0;
  customersChurned = 0;
  rows = 0;
}

function addCustomer(sums: Movements, start: number, end: number): void {
  sums.rows++;
  if (start === 0) {
    sums.newMrr += end;
    return;
  }
  sums.startTotal += start;
  sums.customersAtStart++;
  if (end === 0) {
    sums.churned += start;
    sums.customersChurned++;
  } else if (end > start) sums.expansion += end - start;
  else sums.contraction += start - end;
}

/**
 * The MRR movements of a period as one row: new, expansion, contraction, churned (ChartMogul's split).
 * Σ end − Σ start = new + expansion − contraction − churned. All blank gives `#N/A`.
 *
 * @param startMrr - each customer's MRR at the start of the period
 * @param endMrr - the same customers' MRR at the end, same shape
 * @returns a 1 × 4 row, or an Excel error value
 *
 * @example
 * mrrMovements([[100], [50], [0], [40]], [[120], [0], [30], [25]])
 * //=> [[30, 20, 15, 50]]
 */
export function mrrMovements(startMrr: unknown, endMrr: unknown): number[][] | ExcelError {
  const summary = summarizeMovements(startMrr, endMrr);
  if (summary instanceof ExcelError) return summary;
  if (summary.rows === 0) return nothingToCompare();
  const row = [summary.newMrr, summary.expansion, summary.contraction, summary.churned];
  return row.every(Number.isFinite) ? [row] : new ExcelError("#NUM!");
}

/**
 * Net Revenue Retention: what the customers present at the start pay at the end, over what they paid at the
 * start — start + expansion − contraction − churn, new business excluded (ChartMogul). No starting MRR gives
 * `#DIV/0!`.
 *
 * @param startMrr - each customer's MRR at the start of the period
 * @param endMrr - the same customers' MRR at the end, same shape
 * @returns NRR as a fraction (1.1 for 110 %), or an Excel error value
 *
 * @example
 * netRevenueRetention([[40], [30], [20], [10], [0]], [[40], [20], [30], [0], [500]])
 * //=> 0.9
 */
export function netRevenueRetention(startMrr: unknown, endMrr: unknown): number | ExcelError {
  const summary = summarizeMovements(startMrr, endMrr);
  if (summary instanceof ExcelError) return summary;
  if (summary.startTotal === 0) return new ExcelError("#DIV/0!");
  return finiteResult(
    (summary.startTotal + summary.expansion - summary.contraction - summary.churned) / summary.startTotal,
  );
}

/**
 * Gross Revenue Retention: Σ min(start, end) over customers present at the start ÷ Σ start — what was kept,
 * expansion not counted, so it never exceeds 1 (ChartMogul). No starting MRR gives `#DIV/0!`.
 *
 * @param startMrr - each customer's MRR at the start of the period
 * @param endMrr - the same customers' MRR at the end, same shape
 * @returns GRR as a fraction, or an Excel error value
 *
 * @example
 * grossRevenueRetention([[40], [30], [20], [10]], [[40], [20], [30], [0]])
 * //=> 0.8
 */
export function grossRevenueRetention(startMrr: unknown, endMrr: unknown): number | ExcelError {
  const summary = summarizeMovements(startMrr, endMrr);
  if (summary instanceof ExcelError) return summary;
  if (summary.startTotal === 0) return new ExcelError("#DIV/0!");
  return finiteResult((summary.startTotal - summary.contraction - summary.churned) / summary.startTotal);
}

function nothingToCompare(): ExcelError {
  return new ExcelError("#N/A", {
    en: "start_mrr and end_mrr are blank on every row.",
    fr: "mrr_début et mrr_fin sont vides sur toutes les lignes.",
  });
}
