/**
 * Amounts as people type them, in English or French: the one reader of typed amounts, used by the portfolio
 * import (a .csv cell), the pane's number fields and the numbers of calculation cells.
 *
 * Decided here:
 * - both conventions are read: English (`1,234.50`) and French (`1 234,50`, `1.234,50`), groups of three
 *   separated by a space, a no-break space, a narrow no-break space or a thin space in either; when only one
 *   convention reads the text, that one wins;
 * - when both read it and disagree (`1,234`, `1.234`), a currency symbol decides first (`€12,000`, symbol
 *   first, is the English habit: 12000; `12,000 €` the French: 12), then the convention asked for (`"en"`,
 *   `"fr"`); `"either"` keeps such a text unread;
 * - `€` and `$` are accepted before or after the amount; a sign before it (`-`, `+`, or the typographic
 *   minus `−`);
 * - a percentage, `12k`, a leading zero (`007`, an id) and more than 15 digits are not amounts, so that
 *   nothing is read as a number it is not.
 */

/** Which reading wins when both read a text and disagree: English, French, or neither. */
export type AmountConvention = "en" | "fr" | "either";

const AMOUNT = /^([+-])?(?:([€$])\s*)?([+-])?(\d[\d.,\seE+-]*?)(?:\s*([€$]))?$/;
const ENGLISH =
  /^(0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+)(?:\.(\d+))?([eE][+-]?\d+)?$/;
const FRENCH =
  /^(0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+)(?:,(\d+))?([eE][+-]?\d+)?$/;

/**
 * The number an amount's text stands for, in English or French; `null` when the text is not an amount (or
 * both conventions read it, disagree, and neither the symbol nor the convention decides).
 *
 * @param raw - the text as typed; spaces around it are ignored
 * @param convention - which reading wins when both read the text and disagree
 * @returns the number, or `null`
 * @example
 * [readAmount("75 000 €", "fr"), readAmount("0,5", "fr"), readAmount("12 000,50 €", "en"), readAmount("$1,234.50", "fr")]
 * //=> [75000, 0.5, 12000.5, 1234.5]
 * @example
 * [readAmount("1.234", "en"), readAmount("1.234", "fr"), readAmount("1.234", "either"), readAmount("€12,000", "fr")]
 * //=> [1.234, 1234, null, 12000]
 * @example
 * [readAmount("−2,5", "fr"), readAmount("12k", "en"), readAmount("007", "en"), readAmount("50 %", "fr"), readAmount("", "en")]
 * //=> [-2.5, null, null, null, null]
 */
export function readAmount(raw: string, convention: AmountConvention): number | null {
  const text = raw.trim().replace(/^\u2212/, "-");
  const amount = AMOUNT.exec(text);
  if (!amount || (amount[1] && amount[3]) || (amount[2] && amount[5])) return null;
  const body = amount[4] ?? "";
  const english = readNumber(ENGLISH.exec(body));
  const french = readNumber(FRENCH.exec(body));
  // Both readings and they disagree: a symbol before the amount is the English habit, after it the French.
  const decider = amount[2] ? "en" : amount[5] ? "fr" : convention;
  const value =
    english === null || french === null || english === french
      ? (english ?? french)
      : decider === "en"
        ? english
        : decider === "fr"
          ? french
          : null;
  if (value === null) return null;
  const negative = (amount[1] ?? amount[3]) === "-";
  return negative && value !== 0 ? -value : value;
}

/** The number of a match of ENGLISH or FRENCH; null when it has more digits than a double keeps. */
function readNumber(match: RegExpExecArray | null): number | null {
  if (!match) return null;
  const whole = (match[1] ?? "").replace(/\D/g, "");
  const fraction = match[2] ?? "";
  if ((whole + fraction).replace(/^0+/, "").length > 15) return null;
  return Number(`${whole}${fraction ? `.${fraction}` : ""}${match[3] ?? ""}`);
}
