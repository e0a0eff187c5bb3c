import { languageOf, type Language } from "../../functions/excel/language";

export const LANGUAGE_STORAGE_KEY = "csmkit.language";

/**
 * The language the pane opens in: the one the person chose before, else Office's display language in Excel,
 * else the browser's.
 *
 * @param stored - the saved choice, if any
 * @param officeLanguage - Office's display language, in Excel
 * @param browserLanguage - `navigator.language`
 */
export function initialLanguage(
  stored: string | null | undefined,
  officeLanguage: string | undefined,
  browserLanguage: string | undefined,
): Language {
  if (stored === "en" || stored === "fr") return stored;
  return languageOf(officeLanguage ?? browserLanguage);
}
