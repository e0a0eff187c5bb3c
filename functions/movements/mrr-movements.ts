/**
 * MRR movements between two dates, one customer per row (start MRR, end MRR), and the revenue metrics that
 * follow from them. One pass over both columns feeds every metric here.
 */
import { allCells, scanPairs } from "../excel/cells";
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
  const clean = cleanColumns(startMrr, endMrr);
  if (clean !== undefined) return clean;
  // Anything else (text, errors, negative amounts, other shapes): the shared scan reads it with the
  // catalogue's semantics and gives the error to report.
  const problem = scanPairs(startMrr, endMrr, [START_MRR, END_MRR], AMOUNT, undefined, () => undefined);
  if (problem) return problem;
  // Valid, but not two 2-D arrays of the same shape (single values, flat arrays): read as columns.
  const column = (range: unknown) => allCells(range).map((cell) => [cell]);
  return cleanColumns(column(startMrr), column(endMrr)) ?? new ExcelError("#VALUE!");
}

/**
 * The hot path, for what Excel passes nearly always: two ranges of the same shape (single columns, rows or
 * blocks, read in reading order) holding only amounts of 0 or more and blanks. It sums into local variables (no object writes per customer) and gives
 * up, returning `undefined`, at the first cell that is anything else, so that {@link scanPairs} reads the
 * ranges instead.
 */
function cleanColumns(startMrr: unknown, endMrr: unknown): MovementSummary | undefined {
  if (!Array.isArray(startMrr) || !Array.isArray(endMrr) || startMrr.length !== endMrr.length)
    return undefined;
  let startTotal = 0;
  let newMrr = 0;
  let expansion = 0;
  let contraction = 0;
  let churned = 0;
  let customersAtStart = 0;
  let customersChurned = 0;
  let rows = 0;
  for (let i = 0; i < startMrr.length; i++) {
    const rowA: unknown = startMrr[i];
    const rowB: unknown = endMrr[i];
    if (!Array.isArray(rowA) || !Array.isArray(rowB) || rowA.length !== rowB.length || rowA.length === 0)
      return undefined;
    for (let c = 0; c < rowA.length; c++) {
      let start: unknown = rowA[c];
      let end: unknown = rowB[c];
      if (typeof start !== "number") {
        if (start !== null && start !== undefined && start !== "") return undefined;
        if (end === null || end === undefined || end === "") continue;
        start = 0;
      }
      if (typeof end !== "number") {
        if (end !== null && end !== undefined && end !== "") return undefined;
        end = 0;
      }
      const s = start as number;
      const e = end as number;
      if (!(s >= 0 && e >= 0 && s <= Number.MAX_VALUE && e <= Number.MAX_VALUE)) return undefined;
      rows++;
      if (s === 0) {
        newMrr += e;
        continue;
      }
      startTotal += s;
      customersAtStart++;
      if (e === 0) {
        churned += s;
        customersChurned++;
      } else if (e > s) expansion += e - s;
      else contraction += s - e;
    }
  }
  return { startTotal, newMrr, expansion, contraction, churned, customersAtStart, customersChurned, rows };
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
