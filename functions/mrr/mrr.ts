import {
  asRows,
  firstErrorCell,
  isBlank,
  scanNumbers,
  shapeOf,
  sumClean,
  type NumberDomain,
} from "../excel/cells";
import { AMOUNT } from "../excel/domains";
import { asExcelError, ExcelError, isExcelError, strongerError } from "../excel/errors";
import { readNumber } from "../excel/arguments";
import { notANumber, shapeMismatch, type ArgumentName } from "../excel/messages";
import { finiteResult } from "../excel/results";

const AMOUNTS: ArgumentName = { en: "amounts", fr: "montants" };
const PERIOD_MONTHS: ArgumentName = { en: "period_months", fr: "mois_période" };
const MRR: ArgumentName = { en: "mrr", fr: "mrr" };
const MONTHS: NumberDomain = {
  min: 0,
  expected: { en: "a number of months greater than 0", fr: "un nombre de mois supérieur à 0" },
};

/**
 * Monthly Recurring Revenue: Σ amount ÷ the number of months each amount covers, so that an annual contract
 * counts 1/12 per month (ChartMogul, Stripe: MRR normalises every plan to a monthly amount).
 *
 * `period_months` is one number for every amount (default 1: the amounts are monthly) or a range of the
 * same shape, one period per amount; a blank period reads as 1. Blank amounts are skipped; when every amount
 * is blank there is nothing to add up and the result is `#N/A`. A negative amount or period gives `#NUM!`;
 * a period of 0 gives `#DIV/0!`, never the default, and outranks `#N/A`. Windows desktop passes an empty
 * period cell as 0 (an optional range): fill every period, or omit the argument for monthly amounts.
 * One pass, O(n).
 *
 * @param amounts - contract amounts, one per cell
 * @param periodMonths - months each amount covers: one number, or a range shaped like `amounts` (a 1 × 1
 *   range is one number for all); `null` for 1
 * @returns the MRR, or an Excel error value
 *
 * @example
 * monthlyRecurringRevenue([[1200], [50], [""]], [[12], [1], [""]])
 * //=> 150
 * @example
 * monthlyRecurringRevenue([[25]], null)
 * //=> 25
 * @example
 * monthlyRecurringRevenue([[1200], [50], [300]], [[12], [1], [3]])
 * //=> 250
 */
export function monthlyRecurringRevenue(amounts: unknown, periodMonths: unknown): number | ExcelError {
  // More than one cell (counted without flattening a range of a million rows): one period per amount.
  const perCell =
    Array.isArray(periodMonths) &&
    (periodMonths.length > 1 || (Array.isArray(periodMonths[0]) && periodMonths[0].length > 1));
  if (!perCell) {
    const months = readNumber(periodMonths, PERIOD_MONTHS, MONTHS, 1);
    const clean = sumClean(amounts, false);
    let total = clean?.total ?? 0;
    let count = clean?.count ?? 0;
    const problem = clean
      ? undefined
      : scanNumbers(amounts, AMOUNTS, AMOUNT, (amount) => {
          total += amount;
          count++;
        });
    const error = strongerError(problem, months instanceof ExcelError ? months : undefined);
    if (error !== undefined) return error;
    if (months === 0) return new ExcelError("#DIV/0!");
    if (count === 0) return allBlank(AMOUNTS);
    return finiteResult(total / (months as number));
  }
  return perAmountPeriods(asRows(amounts), asRows(periodMonths));
}

/**
 * Annual Recurring Revenue: 12 × MRR, ChartMogul's "annualized run rate". Same arguments and errors as
 * {@link monthlyRecurringRevenue}.
 *
 * @param amounts - contract amounts, one per cell
 * @param periodMonths - months each amount covers; `null` for 1
 * @returns the ARR, or an Excel error value
 *
 * @example
 * annualRecurringRevenue([[25]], null)
 * //=> 300
 */
export function annualRecurringRevenue(amounts: unknown, periodMonths: unknown): number | ExcelError {
  const mrr = monthlyRecurringRevenue(amounts, periodMonths);
  return mrr instanceof ExcelError ? mrr : finiteResult(12 * mrr);
}

/**
 * Average Revenue Per Account: the mean MRR over the customers who pay (MRR > 0), as ChartMogul defines
 * it; customers at 0 and blanks are left out. No paying customer gives `#DIV/0!`; a negative MRR `#NUM!`.
 *
 * @param mrr - each customer's MRR, one per cell
 * @returns the ARPA, or an Excel error value
 *
 * @example
 * averageRevenuePerAccount([[1], [1], [3], [5], [5], [0]])
 * //=> 3
 */
export function averageRevenuePerAccount(mrr: unknown): number | ExcelError {
  const clean = sumClean(mrr, false, true);
  let total = clean?.positiveTotal ?? 0;
  let paying = clean?.positiveCount ?? 0;
  const problem = clean
    ? undefined
    : scanNumbers(mrr, MRR, AMOUNT, (value) => {
        if (value > 0) {
          total += value;
          paying++;
        }
      });
  if (problem !== undefined) return problem;
  if (paying === 0) return new ExcelError("#DIV/0!");
  return finiteResult(total / paying);
}

/** One period per amount: a blank amount is skipped, a blank period reads as 1 (a monthly amount). */
function perAmountPeriods(
  amountRows: readonly unknown[],
  periodRows: readonly unknown[],
): number | ExcelError {
  // The shapes are compared row by row in the loop (one pass over a million rows, not two). What a mismatch
  // gives, and an error cell met before the last row, wait for the whole comparison: a mismatch anywhere wins.
  const shapeProblem = (): ExcelError | undefined => {
    if (
      amountRows.length === periodRows.length &&
      amountRows.every((row, r) => lengthOf(row) === lengthOf(periodRows[r]))
    )
      return undefined;
    return (
      firstErrorCell(amountRows) ??
      firstErrorCell(periodRows) ??
      shapeMismatch([AMOUNTS, PERIOD_MONTHS], shapeOf(amountRows), shapeOf(periodRows))
    );
  };
  if (amountRows.length !== periodRows.length) return shapeProblem() as ExcelError;
  let total = 0;
  let count = 0;
  let problem: ExcelError | undefined;
  for (let r = 0; r < amountRows.length; r++) {
    const rowA: unknown = amountRows[r];
    const rowP: unknown = periodRows[r];
    // Not cellsOf: an imported function in this loop costs a property read per row under tsx.
    const amountRow = Array.isArray(rowA) ? rowA : [rowA];
    const periodRow = Array.isArray(rowP) ? rowP : [rowP];
    if (amountRow.length !== periodRow.length) return shapeProblem() as ExcelError;
    for (let c = 0; c < amountRow.length; c++) {
      const amountCell = amountRow[c];
      const periodCell = periodRow[c];
      // The usual cell: an amount of 0 or more over a period above 0 (or blank: 1).
      if (typeof amountCell === "number" && amountCell >= 0 && amountCell <= Number.MAX_VALUE) {
        const months =
          typeof periodCell === "number"
            ? periodCell
            : periodCell === null || periodCell === undefined || periodCell === ""
              ? 1
              : 0;
        if (months > 0 && months <= Number.MAX_VALUE) {
          total += amountCell / months;
          count++;
          continue;
        }
      } else if (
        (amountCell === null || amountCell === undefined || amountCell === "") &&
        (typeof periodCell === "number" ||
          periodCell === null ||
          periodCell === undefined ||
          periodCell === "")
      )
        // The usual blank: nothing to add (what isBlank below gives, without an imported call per cell).
        continue;
      if (isExcelError(amountCell)) return shapeProblem() ?? asExcelError(amountCell);
      if (isExcelError(periodCell)) return shapeProblem() ?? asExcelError(periodCell);
      if (isBlank(amountCell)) continue;
      if (typeof amountCell !== "number") {
        problem = strongerError(problem, notANumber(AMOUNTS, r, c, amountCell, AMOUNT.expected));
        continue;
      }
      if (!isBlank(periodCell) && typeof periodCell !== "number") {
        problem = strongerError(problem, notANumber(PERIOD_MONTHS, r, c, periodCell, MONTHS.expected));
        continue;
      }
      const months = isBlank(periodCell) ? 1 : (periodCell as number);
      if (!(amountCell >= 0) || !(months >= 0) || !Number.isFinite(amountCell) || !Number.isFinite(months))
        problem = strongerError(problem, new ExcelError("#NUM!"));
      else if (months === 0) problem = strongerError(problem, new ExcelError("#DIV/0!"));
      else {
        total += amountCell / months;
        count++;
      }
    }
  }
  if (problem !== undefined) return problem;
  return count === 0 ? allBlank(AMOUNTS) : finiteResult(total);
}

/** How many cells a row has (the length of `cellsOf`, without an imported call per row). */
function lengthOf(row: unknown): number {
  return Array.isArray(row) ? row.length : 1;
}

function allBlank(argument: ArgumentName): ExcelError {
  return new ExcelError("#N/A", {
    en: `${argument.en}: every cell is blank, so there is nothing to add up.`,
    fr: `${argument.fr} : toutes les cellules sont vides, il n'y a rien à additionner.`,
  });
}
