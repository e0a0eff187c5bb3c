/**
 * Calculations as a French or an English reader types them. Each expression keeps the language it was typed
 * in (the calculation cell's `language` input), so that it gives the same result whichever language the
 * pane shows later. Decided here:
 * - French, as French Excel: the decimal separator is the comma (`hoursFreed * 0,5`), so arguments are
 *   separated by `;` (`round(x; 1)`); a comma that is not between two digits (`round(x, 1)`) still separates
 *   arguments, and a point between digits is still a decimal point (`1.5`);
 * - English: the decimal separator is the point, arguments are separated by `,` (or `;`);
 * - in both, a number may be written as an amount (`75 000`, `12 000,50 €` in French, `€1,000` is not: a
 *   comma in an English formula separates arguments), read by `readAmount` (functions/checks/amounts.ts),
 *   the same reader as the pane's number fields and the portfolio import;
 * - the figures the cells publish can be named in French (`heuresLibérées`, with or without accents, in
 *   any case) as well as by their English names (`hoursFreed`), in either language.
 */
import { readAmount } from "../../functions/checks/amounts";
import type { Language } from "../../functions/excel/language";
import { own } from "../../functions/excel/keyed";

/** The French name of each figure the plan's cells publish. */
export const FRENCH_NAMES: Readonly<Record<string, string>> = {
  actionCount: "nbActions",
  scoredCount: "nbActionsNotées",
  automateCount: "nbAutomatiser",
  humanCount: "nbHumain",
  arbitrateCount: "nbArbitrer",
  roadmapOneOff: "coûtPonctuel",
  roadmapMonthly: "coûtMensuel",
  roadmapCost: "coûtFeuilleDeRoute",
  roadmapWeeks: "semainesFeuilleDeRoute",
  hoursFreed: "heuresLibérées",
  fteFreed: "etpLibérés",
  accountsPerCsmBefore: "comptesParCsmAvant",
  accountsPerCsmAfter: "comptesParCsmAprès",
  paybackMonths: "moisAmortissement",
  portfolioRows: "lignesPortefeuille",
  classifiedCount: "nbClassés",
  unclassifiedCount: "nbNonClassés",
  blankRows: "lignesVides",
  csmsNeeded: "csmNécessaires",
  csmGap: "écartCsm",
  referenceCsms: "csmRéférence",
  tierAccounts: "comptesParPalier",
  tierArr: "arrParPalier",
};

/** A name folded for matching: no accents, lower case. */
const folded = (name: string): string => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const ENGLISH_BY_FRENCH = new Map(
  Object.entries(FRENCH_NAMES).map(([english, french]) => [folded(french), english]),
);

/**
 * The name a figure is published under, for a name as typed: a French name gives the English one, any other
 * name is itself.
 *
 * @param name - a name as typed in a calculation
 * @returns the published name
 * @example
 * [publishedName("heuresLibérées"), publishedName("HEURESLIBEREES"), publishedName("hoursFreed"), publishedName("ratio")]
 * //=> ["hoursFreed", "hoursFreed", "hoursFreed", "ratio"]
 */
export function publishedName(name: string): string {
  return ENGLISH_BY_FRENCH.get(folded(name)) ?? name;
}

/**
 * How a published name reads in a language: its French name in French when it has one, else itself.
 *
 * @param name - the published name
 * @param language - the reader's language
 * @returns the name to show
 * @example
 * [nameIn("hoursFreed", "fr"), nameIn("hoursFreed", "en"), nameIn("ratio", "fr")]
 * //=> ["heuresLibérées", "hoursFreed", "ratio"]
 */
export function nameIn(name: string, language: Language): string {
  return language === "fr" ? (own(FRENCH_NAMES, name) ?? name) : name;
}

const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const SPACES = "[ \\u00a0\\u202f\\u2009]";
const NUMBER: Readonly<Record<Language, RegExp>> = {
  en: new RegExp(
    `(?:[€$]\\s*)?(?:\\d{1,3}(?:${SPACES}\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?:\\s*[€$])?`,
    "y",
  ),
  fr: new RegExp(
    `(?:[€$]\\s*)?(?:\\d{1,3}(?:${SPACES}\\d{3})+|\\d+)(?:[.,]\\d+)?(?:[eE][+-]?\\d+)?(?:\\s*[€$])?`,
    "y",
  ),
};

/**
 * An expression in the syntax the calculation engine reads: numbers written as plain decimals, `;` between
 * arguments turned into `,`, French names into the published ones. Text it does not recognise is left as it
 * is, for the engine to refuse with its own message.
 *
 * @param text - the expression as typed
 * @param language - the language it was typed in
 * @returns the expression for the engine
 * @example
 * standardExpression("heuresLibérées * 0,5", "fr")
 * //=> "hoursFreed * 0.5"
 * @example
 * standardExpression("round(coûtFeuilleDeRoute / 12 000,50 €; 1)", "fr")
 * //=> "round(roadmapCost / 12000.5, 1)"
 * @example
 * [standardExpression("max(1,5)", "en"), standardExpression("max(1,5)", "fr"), standardExpression("q1 * 2.5", "fr")]
 * //=> ["max(1,5)", "max(1.5)", "q1 * 2.5"]
 */
export function standardExpression(text: string, language: Language): string {
  let out = "";
  let at = 0;
  while (at < text.length) {
    NAME.lastIndex = at;
    const name = NAME.exec(text);
    if (name) {
      out += publishedName(name[0]);
      at += name[0].length;
      continue;
    }
    const pattern = NUMBER[language];
    pattern.lastIndex = at;
    const number = /\d|[€$]/.test(text[at] ?? "") ? pattern.exec(text) : null;
    if (number) {
      const written = number[0];
      // A point is always a decimal point here, so the French reading of `1.234` (1234) never applies.
      const value = readAmount(written, written.includes(".") ? "en" : language);
      if (value !== null) {
        out += String(value);
        at += written.length;
        continue;
      }
    }
    const char = text[at] ?? "";
    out += char === ";" ? "," : char;
    at += 1;
  }
  return out;
}
