/**
 * The Excel boundary of the custom functions: turns what the pure metrics return into what the custom
 * functions runtime expects. Errors become `CustomFunctions.Error` (with the message in Excel's language),
 * and an unexpected exception becomes an explained `#VALUE!` instead of a bare one.
 */
import { ExcelError, type ExcelErrorCode } from "./errors";
import { holdsNoError, type Spill } from "./elementwise";
import { languageOf, type Language } from "./language";

/** Error codes Excel accepts as a custom function's result; others are reported as `#VALUE!` with a message. */
const OUTPUT_CODES: Readonly<Partial<Record<ExcelErrorCode, keyof typeof CustomFunctions.ErrorCode>>> = {
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NULL!": "nullReference",
};

/**
 * Excel's display language in the shared runtime; English when it cannot be read. For error messages only:
 * a result never depends on it, or a workbook would change its values when opened in another language.
 */
export function excelLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}

/**
 * Converts an {@link ExcelError} into the runtime's error object. Only `#VALUE!` and `#N/A` carry a message
 * (Excel shows no other). An error Excel does not accept as a result (`#REF!`, `#NAME?`…) arrives as a
 * `#VALUE!` that names it.
 */
export function toRuntimeError(
  error: ExcelError,
  language: Language = excelLanguage(),
): CustomFunctions.Error {
  const member = OUTPUT_CODES[error.code];
  if (member === undefined) {
    const text = {
      en: `An input holds ${error.code}; correct that cell first.`,
      fr: `Une entrée contient ${error.code} ; corrigez d'abord cette cellule.`,
    };
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text[language]);
  }
  const code = CustomFunctions.ErrorCode[member];
  const withMessage = error.message !== undefined && (error.code === "#VALUE!" || error.code === "#N/A");
  return withMessage
    ? new CustomFunctions.Error(code, error.message[language])
    : new CustomFunctions.Error(code);
}

/**
 * Runs a metric for a cell (or a spilled range): returns its value, throws the runtime's error for an {@link ExcelError} (the
 * documented way to show an error in a cell), and turns any unexpected exception into an explained `#VALUE!`.
 */
export function excelResult<T>(compute: () => T | ExcelError): T {
  let result: T | ExcelError;
  try {
    result = compute();
  } catch (cause) {
    result = unexpected(cause);
  }
  if (result instanceof ExcelError) throw toRuntimeError(result);
  return result;
}

/**
 * Runs an element-wise metric for a spilled range: an error of the whole (shapes that do not match) fills the
 * cell as {@link excelResult} does; an error in one element becomes the runtime's error in that element only,
 * so that the other rows still show their results. The spill is returned as it is when no element failed
 * (the usual case: no copy of a 100,000-row result); a row with an error is replaced by a converted copy.
 */
export function excelSpill(compute: () => Spill | ExcelError): (number | string | CustomFunctions.Error)[][] {
  const spill: (number | string | ExcelError | CustomFunctions.Error)[][] = excelResult(compute);
  // A spill its loop marked as holding no error is not read again (each cell read back costs as much as it took
  // to compute).
  if (holdsNoError(spill)) return spill as (number | string)[][];
  let language: Language | undefined;
  for (let r = 0; r < spill.length; r++) {
    const row = spill[r] as (number | string | ExcelError | CustomFunctions.Error)[];
    for (let c = 0; c < row.length; c++)
      if (typeof row[c] === "object" && row[c] instanceof ExcelError) {
        language ??= excelLanguage();
        const words = language;
        spill[r] = row.map((cell) => (cell instanceof ExcelError ? toRuntimeError(cell, words) : cell));
        break;
      }
  }
  return spill as (number | string | CustomFunctions.Error)[][];
}

function unexpected(cause: unknown): ExcelError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ExcelError("#VALUE!", {
    en: `CSM Kit could not compute this (${detail}). Please report it with the inputs.`,
    fr: `CSM Kit n'a pas pu calculer ce résultat (${detail}). Merci de le signaler avec les données.`,
  });
}
