/**
 * Excel semantics in one place: how a range arrives, what a blank is, and which error a bad cell gives.
 * Every metric reads its inputs through these functions and re-implements none of it.
 */
import { asExcelError, ExcelError, isExcelError, strongerError, type LocalizedText } from "./errors";
import { notANumber, shapeMismatch, type ArgumentName } from "./messages";

export type { ArgumentName } from "./messages";

/** What a numeric range may hold; a number outside it gives `#NUM!`. */
export interface NumberDomain {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** What the user should type instead, used in the `#VALUE!` message, e.g. "whole numbers from 0 to 10". */
  readonly expected: LocalizedText;
}

/**
 * Tells whether a cell counts as blank: `null`, `undefined` or `""`. Blanks are "no answer", never 0.
 *
 * @param value - one cell as Excel passed it
 * @returns true for a blank cell
 *
 * @example
 * isBlank("")
 * //=> true
 * @example
 * isBlank(0)
 * //=> false
 */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/**
 * Reads a range the way Excel passes it: a 2-D array of rows. A single value (a scalar argument, or a caller
 * outside Excel) is read as a 1 × 1 range, and a flat array as one column.
 *
 * @param range - a 2-D array, a 1-D array or a single value
 * @returns the rows of the range
 *
 * @example
 * asRows(7)
 * //=> [[7]]
 * @example
 * asRows([[1, 2], [3, 4]])
 * //=> [[1, 2], [3, 4]]
 */
export function asRows(range: unknown): readonly unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  if (range.every((row) => Array.isArray(row))) return range as unknown[][];
  return range.map((cell: unknown) => (Array.isArray(cell) ? (cell as unknown[]) : [cell]));
}

/**
 * Visits every number of a range in reading order (row by row), applying the catalogue's semantics:
 * blanks are skipped; an error cell is returned as it is; text, booleans and other values give `#VALUE!`
 * naming the argument, the cell and what was expected; a number outside `domain` gives `#NUM!`.
 * Once a problem is found no more numbers are visited, but the scan goes on so that a stronger error
 * (an error cell beats `#VALUE!`, which beats `#NUM!`) still wins. `-0` is read as 0.
 *
 * One pass, no allocation per cell: this is the hot path of every metric.
 *
 * @param range - the range as Excel passed it
 * @param argument - the argument's name, for messages
 * @param domain - the numbers the argument accepts
 * @param visit - called with each valid number while no problem has been found
 * @returns the error to report, or `undefined` when every cell was blank or valid
 *
 * @example
 * scanNumbers([[1], [""], [2]], { en: "values", fr: "valeurs" }, { expected: { en: "numbers", fr: "des nombres" } }, () => {})
 * //=> undefined
 * @example
 * scanNumbers([[1], ["x"]], { en: "values", fr: "valeurs" }, { expected: { en: "numbers", fr: "des nombres" } }, () => {}).code
 * //=> "#VALUE!"
 */
export function scanNumbers(
  range: unknown,
  argument: ArgumentName,
  domain: NumberDomain,
  visit: (value: number) => void,
): ExcelError | undefined {
  const rows = asRows(range);
  const min = domain.min ?? -Infinity;
  const max = domain.max ?? Infinity;
  const integer = domain.integer === true;
  let problem: ExcelError | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") {
        if (problem !== undefined) continue;
        if (!(cell >= min && cell <= max) || !Number.isFinite(cell) || (integer && !Number.isInteger(cell))) {
          problem = new ExcelError("#NUM!");
          continue;
        }
        visit(cell === 0 ? 0 : cell);
      } else if (cell === null || cell === undefined || cell === "") {
        continue;
      } else if (isExcelError(cell)) {
        return asExcelError(cell);
      } else if (problem === undefined || problem.code !== "#VALUE!") {
        problem = strongerError(problem, notANumber(argument, r, c, cell, domain.expected));
      }
    }
  }
  return problem;
}

/**
 * Visits two ranges of the same shape position by position (one customer per row: start and end MRR),
 * with the catalogue's semantics for paired amounts: a position where both cells are blank is skipped;
 * where only one is blank it reads as 0 (a customer who had not started, or has left). An error cell is
 * returned as it is (the first range's before the second's); text gives `#VALUE!`; a number outside
 * `domain` gives `#NUM!`; ranges of different shapes give `#VALUE!`.
 *
 * @param first - the first range (e.g. MRR at the start of the period)
 * @param second - the second range, of the same shape
 * @param names - the two arguments' names, for messages
 * @param domain - the numbers both accept
 * @param visit - called with each pair while no problem has been found
 * @returns the error to report, or `undefined`
 *
 * @example
 * scanPairs([[100], [""]], [[""], [50]], [{ en: "start", fr: "début" }, { en: "end", fr: "fin" }], { min: 0, expected: { en: "amounts", fr: "des montants" } }, () => {})
 * //=> undefined
 * @example
 * scanPairs([[1], [2]], [[1]], [{ en: "start", fr: "début" }, { en: "end", fr: "fin" }], { expected: { en: "amounts", fr: "des montants" } }, () => {}).code
 * //=> "#VALUE!"
 */
export function scanPairs(
  first: unknown,
  second: unknown,
  names: readonly [ArgumentName, ArgumentName],
  domain: NumberDomain,
  visit: (a: number, b: number) => void,
): ExcelError | undefined {
  const rowsA = asRows(first);
  const rowsB = asRows(second);
  if (!sameShape(rowsA, rowsB)) {
    return firstErrorCell(rowsA) ?? firstErrorCell(rowsB) ?? shapeMismatch(names, rowsA, rowsB);
  }
  const min = domain.min ?? -Infinity;
  const max = domain.max ?? Infinity;
  const integer = domain.integer === true;
  const outOfDomain = (n: number) =>
    !(n >= min && n <= max) || !Number.isFinite(n) || (integer && !Number.isInteger(n));
  let problem: ExcelError | undefined;
  for (let r = 0; r < rowsA.length; r++) {
    const rowA = rowsA[r] as unknown[];
    const rowB = rowsB[r] as unknown[];
    for (let c = 0; c < rowA.length; c++) {
      const a = rowA[c];
      const b = rowB[c];
      if (typeof a === "number" && typeof b === "number") {
        if (problem !== undefined) continue;
        if (outOfDomain(a) || outOfDomain(b)) problem = new ExcelError("#NUM!");
        else visit(a === 0 ? 0 : a, b === 0 ? 0 : b);
        continue;
      }
      const blankA = a === null || a === undefined || a === "";
      const blankB = b === null || b === undefined || b === "";
      if (blankA && blankB) continue;
      if (isExcelError(a)) return asExcelError(a);
      if (isExcelError(b)) return asExcelError(b);
      if (!blankA && typeof a !== "number") {
        if (problem?.code !== "#VALUE!")
          problem = strongerError(problem, notANumber(names[0], r, c, a, domain.expected));
        continue;
      }
      if (!blankB && typeof b !== "number") {
        if (problem?.code !== "#VALUE!")
          problem = strongerError(problem, notANumber(names[1], r, c, b, domain.expected));
        continue;
      }
      if (problem !== undefined) continue;
      const x = blankA ? 0 : (a as number);
      const y = blankB ? 0 : (b as number);
      if (outOfDomain(x) || outOfDomain(y)) problem = new ExcelError("#NUM!");
      else visit(x === 0 ? 0 : x, y === 0 ? 0 : y);
    }
  }
  return problem;
}

function sameShape(a: readonly unknown[][], b: readonly unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++)
    if ((a[r] as unknown[]).length !== (b[r] as unknown[]).length) return false;
  return true;
}

/**
 * The first error cell of a range in reading order, if any: rule 1 of the catalogue's precedence.
 *
 * @param rows - the range's rows
 * @returns that error, or `undefined`
 *
 * @example
 * firstErrorCell([[1, { code: "#N/A" }], [{ code: "#REF!" }]]).code
 * //=> "#N/A"
 */
export function firstErrorCell(rows: readonly unknown[][]): ExcelError | undefined {
  for (const row of rows) for (const cell of row) if (isExcelError(cell)) return asExcelError(cell);
  return undefined;
}
