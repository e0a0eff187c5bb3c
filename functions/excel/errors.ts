/**
 * Excel error values as plain data: what every metric returns instead of throwing.
 *
 * The custom-function wrapper turns an {@link ExcelError} into a `CustomFunctions.Error`; the task pane shows
 * its message. Nothing here knows about Office.
 */
import type { Bilingual } from "./language";

/** The error values a cell can hold, spelled as Excel shows them. */
export const EXCEL_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/**
 * An Excel error value, with a message for the codes where Excel shows one (`#VALUE!` and `#N/A`).
 * `passedThrough` marks an error that arrived in an input cell: it outranks every error a metric finds.
 */
export class ExcelError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message?: Bilingual,
    readonly passedThrough = false,
  ) {}

  toString(): string {
    return this.message ? `${this.code} ${this.message.en}` : this.code;
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);

/**
 * Tells whether a value is an Excel error: one of ours, or one Excel passed in (a `CustomFunctions.Error`,
 * recognised by its `code`, so that this module needs no Office types).
 *
 * @param value - anything a cell or a metric produced
 * @returns true when the value is an error value
 *
 * @example
 * isExcelError(new ExcelError("#N/A"))
 * //=> true
 * @example
 * isExcelError({ code: "#DIV/0!" })
 * //=> true
 * @example
 * isExcelError("#N/A")
 * //=> false
 */
export function isExcelError(value: unknown): value is ExcelError | { code: ExcelErrorCode } {
  return (
    typeof value === "object" &&
    value !== null &&
    // Stryker disable next-line ConditionalExpression: only strings are known codes; this check only narrows the type
    typeof (value as { code?: unknown }).code === "string" &&
    KNOWN_CODES.has((value as { code: string }).code)
  );
}

/**
 * Turns an error value that came from Excel into an {@link ExcelError}, keeping its code and, for the codes
 * that carry one, its message (in the one language it was written in).
 *
 * @param value - an error value from a cell
 * @returns the same error as an {@link ExcelError}
 *
 * @example
 * asExcelError({ code: "#REF!" }).code
 * //=> "#REF!"
 */
export function asExcelError(value: ExcelError | { code: ExcelErrorCode; message?: unknown }): ExcelError {
  if (value instanceof ExcelError)
    return value.passedThrough ? value : new ExcelError(value.code, value.message, true);
  const message = typeof value.message === "string" && value.message !== "" ? value.message : undefined;
  return new ExcelError(value.code, message === undefined ? undefined : { en: message, fr: message }, true);
}

/** The order in which errors win when several apply (METRICS.md): lower wins. */
const PRECEDENCE: Readonly<Record<string, number>> = {
  "#VALUE!": 2,
  "#NUM!": 3,
  "#DIV/0!": 4,
  "#N/A": 5,
};

/**
 * Picks the error that wins under the catalogue's precedence: an error passed in from a cell, then `#VALUE!`,
 * `#NUM!`, `#DIV/0!`, `#N/A`. On a tie the first one found is kept.
 *
 * @param found - the error found so far, if any
 * @param next - the error just found, if any
 * @returns the one to report
 *
 * @example
 * strongerError(new ExcelError("#NUM!"), new ExcelError("#VALUE!", { en: "text", fr: "texte" })).code
 * //=> "#VALUE!"
 */
export function strongerError(
  found: ExcelError | undefined,
  next: ExcelError | undefined,
): ExcelError | undefined {
  if (found === undefined) return next;
  if (next === undefined) return found;
  return rank(next) < rank(found) ? next : found;
}

/** Errors that came from a cell rank first (1); ours follow METRICS.md. */
function rank(error: ExcelError): number {
  return error.passedThrough ? 1 : (PRECEDENCE[error.code] ?? 1);
}
