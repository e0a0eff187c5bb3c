/**
 * Excel semantics in one place: how a range arrives, what a blank is, and which error a bad cell gives.
 * Every metric reads its inputs through these functions and re-implements none of it.
 */
import { asExcelError, ExcelError, isExcelError, strongerError, type LocalizedText } from "./errors";

/** The name of a function argument, as the user sees it in each language. */
export type ArgumentName = LocalizedText;

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

function notANumber(
  argument: ArgumentName,
  row: number,
  column: number,
  cell: unknown,
  expected: LocalizedText,
): ExcelError {
  const shown = describeCell(cell);
  return new ExcelError("#VALUE!", {
    en: `${argument.en}: row ${row + 1}, column ${column + 1} holds ${shown.en}; expected ${expected.en}.`,
    fr: `${argument.fr} : la ligne ${row + 1}, colonne ${column + 1} contient ${shown.fr} ; attendu : ${expected.fr}.`,
  });
}

function describeCell(cell: unknown): LocalizedText {
  if (typeof cell === "string") {
    const text = cell.length > 20 ? `${cell.slice(0, 20)}…` : cell;
    return { en: `the text "${text}"`, fr: `le texte « ${text} »` };
  }
  if (typeof cell === "boolean") {
    const word = cell ? "TRUE" : "FALSE";
    return { en: `the logical value ${word}`, fr: `la valeur logique ${cell ? "VRAI" : "FAUX"}` };
  }
  return { en: "a value that is not a number", fr: "une valeur qui n'est pas un nombre" };
}
