/**
 * The plan's currency: chosen once for the plan (stored in its metadata), shown beside the amounts in the
 * pane and written as the number format of every amount the workbook holds. A plan that has not chosen one
 * reads in the currency of its language: euros in French, dollars in English.
 */
import type { Language } from "../../functions/excel/language";

/** The currencies a plan can be in, by ISO 4217 code, with the symbol shown beside amounts. */
export const CURRENCIES = {
  EUR: "€",
  USD: "$",
  GBP: "£",
  CHF: "CHF",
  CAD: "CA$",
} as const;

/** A currency a plan can be in. */
export type Currency = keyof typeof CURRENCIES;

/** The codes, in the order the pane lists them. */
export const CURRENCY_CODES = Object.keys(CURRENCIES) as [Currency, ...Currency[]];

/**
 * The plan's currency: the one it chose, else the currency of its language.
 *
 * @param chosen - the plan's `metadata.currency`, if any
 * @param language - the plan's language
 * @returns the currency to show and write amounts in
 * @example
 * planCurrency(undefined, "fr")
 * //=> "EUR"
 * @example
 * planCurrency("GBP", "fr")
 * //=> "GBP"
 */
export function planCurrency(chosen: Currency | undefined, language: Language): Currency {
  return chosen ?? (language === "fr" ? "EUR" : "USD");
}

/**
 * The Excel number format of an amount in a currency, as a reader of the language writes it: the symbol
 * before the amount in English, after it (with a space) in French; grouped thousands; cents only when asked.
 * The symbol is a quoted literal, so that the format reads the same in every locale and in LibreOffice.
 *
 * @param currency - the plan's currency
 * @param language - the language of the workbook's headers
 * @param decimals - digits after the decimal separator (0 for whole amounts)
 * @returns the number format
 * @example
 * moneyFormat("USD", "en")
 * //=> '"$"#,##0'
 * @example
 * moneyFormat("EUR", "fr", 2)
 * //=> '#,##0.00 "€"'
 * @example
 * moneyFormat("CHF", "en")
 * //=> '"CHF "#,##0'
 */
export function moneyFormat(currency: Currency, language: Language, decimals = 0): string {
  const symbol = CURRENCIES[currency];
  const number = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  if (language === "fr") return `${number} "${symbol}"`;
  return /^[A-Z]+$/.test(symbol) ? `"${symbol} "${number}` : `"${symbol}"${number}`;
}

/**
 * The digits an amount format needs for a set of amounts: 2 when one of them has cents, else 0 (so that
 * 400.5 does not show as 401).
 *
 * @param amounts - the amounts of a column (anything that is not a number is ignored)
 * @returns 0 or 2
 * @example
 * decimalsFor([1200, 400.5, "n/a"])
 * //=> 2
 */
export function decimalsFor(amounts: Iterable<unknown>): number {
  for (const amount of amounts)
    if (typeof amount === "number" && Number.isFinite(amount) && !Number.isInteger(amount)) return 2;
  return 0;
}
