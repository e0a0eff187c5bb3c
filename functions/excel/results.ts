/** Combining what several arguments gave: the first error under the catalogue's precedence wins. */
import { ExcelError, strongerError } from "./errors";

/**
 * Picks the error to report among several argument readings, or `undefined` when none is an error.
 *
 * @param readings - each argument as read (a value or an error)
 * @returns the strongest error under the catalogue's precedence
 *
 * @example
 * strongestError([1, new ExcelError("#NUM!"), new ExcelError("#N/A")]).code
 * //=> "#NUM!"
 * @example
 * strongestError([1, "logo"])
 * //=> undefined
 */
export function strongestError(readings: readonly unknown[]): ExcelError | undefined {
  let found: ExcelError | undefined;
  for (const reading of readings) if (reading instanceof ExcelError) found = strongerError(found, reading);
  return found;
}

/**
 * A computed result as Excel would show it: an overflow (a huge amount over a tiny period) is `#NUM!`,
 * as in Excel, never `Infinity`. Every metric returns its number through here.
 *
 * @param value - the computed number
 * @returns the number, or `#NUM!`
 *
 * @example
 * finiteResult(1e308 * 10).code
 * //=> "#NUM!"
 * @example
 * finiteResult(0.9)
 * //=> 0.9
 */
export function finiteResult(value: number): number | ExcelError {
  return Number.isFinite(value) ? value : new ExcelError("#NUM!");
}
