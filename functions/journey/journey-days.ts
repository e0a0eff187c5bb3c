/** Time between two milestones of the customer journey ("Piloter votre activité CSM": signature → first CSM contact → training → first use). */
import { readChoice, ZERO_IS_BLANK } from "../excel/arguments";
import { asRows, cellsOf, firstErrorCell } from "../excel/cells";
import { emptyRange, readCell, sameShape, type Spill, type SpillCell } from "../excel/elementwise";
import { ExcelError, strongerError } from "../excel/errors";
import type { ArgumentName } from "../excel/messages";

type Statistic = "median" | "mean" | "max";

const STATISTICS: Readonly<Record<string, Statistic>> = {
  median: "median",
  mediane: "median",
  mean: "mean",
  average: "mean",
  moyenne: "mean",
  max: "max",
  maximum: "max",
};

const FROM: ArgumentName = { en: "from_dates", fr: "dates_début" };
const TO: ArgumentName = { en: "to_dates", fr: "dates_fin" };
const DATE = { min: 0, expected: { en: "dates", fr: "des dates" } };

/**
 * Days between two journey milestones, over the accounts that reached both (one account per row; Excel
 * date serials). Each column of `from_dates` and `to_dates` is one pair of milestones and gives its own
 * statistic: the median (default), the mean or the max. An account that has not reached both milestones
 * (either date blank) is left out. In a column, a milestone reached before its predecessor gives `#NUM!`,
 * text `#VALUE!` naming the cell, and no account with both dates `#N/A`; the other columns still compute.
 * An unknown statistic is one `#VALUE!` for all columns, after any error value in the dates; a statistic of
 * 0 reads as blank (the median), as Windows desktop passes an empty cell.
 *
 * @param fromDates - the earlier milestone's dates, one row per account, one column per pair
 * @param toDates - the later milestone's dates, same shape
 * @param statistic - "median", "mean" or "max" (French "médiane", "moyenne"), `null` or 0 for the median
 * @returns one row with a statistic per column, or an Excel error value
 *
 * @example
 * journeyDays([[45000], [45010], [45020], [""]], [[45014], [45040], [45027], [45100]], null)
 * //=> [[14]]
 * @example
 * journeyDays([[45000, 45014], [45010, 45040]], [[45014, 45030], [45040, 45070]], "mean")
 * //=> [[22, 23]]
 */
export function journeyDays(fromDates: unknown, toDates: unknown, statistic: unknown): Spill | ExcelError {
  const kind = readChoice(
    statistic,
    { en: "statistic", fr: "statistique" },
    STATISTICS,
    "median",
    ZERO_IS_BLANK,
  );
  const rowsFrom = asRows(fromDates);
  const rowsTo = asRows(toDates);
  const mismatch = sameShape(rowsFrom, rowsTo, [FROM, TO]);
  if (mismatch) return mismatch;
  if (kind instanceof ExcelError) return firstErrorCell(rowsFrom) ?? firstErrorCell(rowsTo) ?? kind;
  const width = rowsFrom.length === 0 ? 0 : cellsOf(rowsFrom[0]).length;
  if (width === 0) return emptyRange();
  const result: SpillCell[] = [];
  for (let c = 0; c < width; c++) {
    const days: number[] = [];
    let problem: ExcelError | undefined;
    for (let r = 0; r < rowsFrom.length; r++) {
      const rowFrom: unknown = rowsFrom[r];
      const rowTo: unknown = rowsTo[r];
      // Not cellsOf: an imported function in this loop costs a property read per cell under tsx.
      const fromCell: unknown = Array.isArray(rowFrom) ? rowFrom[c] : c === 0 ? rowFrom : undefined;
      const toCell: unknown = Array.isArray(rowTo) ? rowTo[c] : c === 0 ? rowTo : undefined;
      // The usual pair: two dates in order.
      if (
        typeof fromCell === "number" &&
        typeof toCell === "number" &&
        fromCell >= 0 &&
        toCell >= fromCell &&
        toCell <= Number.MAX_VALUE
      ) {
        days.push(toCell - fromCell + 0);
        continue;
      }
      const from = readCell(fromCell, FROM, r, c, DATE);
      const to = readCell(toCell, TO, r, c, DATE);
      if (from instanceof ExcelError || to instanceof ExcelError) {
        problem = strongerError(strongerError(problem, errorOr(from)), errorOr(to));
        if (problem?.passedThrough) break;
      } else if (from !== null && to !== null) {
        if (to < from) problem = strongerError(problem, new ExcelError("#NUM!"));
        else days.push(to - from);
      }
    }
    result.push(problem ?? summarize(days, kind, c));
  }
  return [result];
}

function errorOr(value: number | null | ExcelError): ExcelError | undefined {
  return value instanceof ExcelError ? value : undefined;
}

function summarize(days: number[], statistic: Statistic, column: number): number | ExcelError {
  if (days.length === 0)
    return new ExcelError("#N/A", {
      en: `No account has reached both milestones of column ${column + 1}.`,
      fr: `Aucun compte n'a atteint les deux jalons de la colonne ${column + 1}.`,
    });
  if (statistic === "max") return days.reduce((most, d) => (d > most ? d : most), 0);
  if (statistic === "mean") return days.reduce((sum, d) => sum + d, 0) / days.length;
  days.sort((a, b) => a - b);
  const middle = days.length >> 1;
  return days.length % 2 === 1
    ? (days[middle] as number)
    : ((days[middle - 1] as number) + (days[middle] as number)) / 2;
}
