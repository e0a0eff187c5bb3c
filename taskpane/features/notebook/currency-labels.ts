/**
 * The plan's currency beside the amounts the pane asks for: the labels of the loaded cost and of the
 * roadmap's costs name the currency chosen for the plan (the workbook shows it in every amount's format).
 */
import { CURRENCIES, type Currency } from "../../../notebook/plan/currency";
import type { NotebookStrings } from "./notebook-strings";

/** The labels of amounts, which show the currency. */
const AMOUNT_LABELS = ["loadedCost", "oneOff", "monthly"] as const;

/**
 * The notebook's strings with the currency after each amount's label.
 *
 * @param t - the strings in the person's language
 * @param currency - the plan's currency
 * @returns the same strings, amounts labelled with their currency
 * @example
 * withCurrency(NOTEBOOK_STRINGS.fr, "EUR").oneOff
 * //=> "Coût ponctuel (€)"
 */
export function withCurrency(t: NotebookStrings, currency: Currency): NotebookStrings {
  const symbol = CURRENCIES[currency];
  return {
    ...t,
    ...Object.fromEntries(AMOUNT_LABELS.map((key) => [key, `${t[key]} (${symbol})`])),
  };
}
