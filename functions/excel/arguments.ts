/**
 * Single-value arguments: a number typed in or one cell, and text options. Optional arguments arrive as
 * `null` when omitted, and an empty cell may arrive as 0 on Windows desktop (see {@link BlankOptions}).
 */
import { allCells, asRows, firstErrorCell, readsAsBlank } from "./cells";
import { inDomain } from "./elementwise";
import { asExcelError, ExcelError, isExcelError } from "./errors";
import type { Language } from "./language";
import { describeCell, notANumber, type ArgumentName } from "./messages";
import type { BlankOptions, NumberDomain } from "./cells";

/** For optional arguments where 0 is impossible or meaningless: a 0 from an empty cell takes the default. */
export const ZERO_IS_BLANK: BlankOptions = { zeroIsBlank: true };

/**
 * Reads a single-value argument (a number typed in, or one cell). Optional arguments arrive as `null` when
 * omitted: a blank takes `fallback`, or gives `#N/A` naming the argument when there is none. With
 * `zeroIsBlank`, 0 reads as blank too (an empty cell on Windows desktop). A range of more than one cell
 * gives `#VALUE!`.
 *
 * @param value - the argument as Excel passed it
 * @param argument - its name, for messages
 * @param domain - the numbers it accepts
 * @param fallback - the default when blank or omitted; `undefined` when the argument is required
 * @param options - whether 0 reads as blank
 * @returns the number, or an Excel error value
 *
 * @example
 * readNumber(null, { en: "months", fr: "mois" }, { min: 0, expected: { en: "a number of months", fr: "un nombre de mois" } }, 12)
 * //=> 12
 * @example
 * readNumber([[0.05]], { en: "rate", fr: "taux" }, { min: 0, max: 1, expected: { en: "a rate", fr: "un taux" } }, undefined)
 * //=> 0.05
 * @example
 * readNumber([[0]], { en: "months", fr: "mois" }, { min: 0, expected: { en: "a number of months", fr: "un nombre de mois" } }, 12, ZERO_IS_BLANK)
 * //=> 12
 */
export function readNumber(
  value: unknown,
  argument: ArgumentName,
  domain: NumberDomain,
  fallback: number | undefined,
  options: BlankOptions = {},
): number | ExcelError {
  const cell = singleCell(value, argument);
  if (cell instanceof SingleCellError) return cell.error;
  if (readsAsBlank(cell, options)) {
    if (fallback !== undefined) return fallback;
    return new ExcelError("#N/A", {
      en: `${argument.en} is blank; enter ${domain.expected.en}.`,
      fr: `${argument.fr} est vide ; saisissez ${domain.expected.fr}.`,
    });
  }
  if (isExcelError(cell)) return asExcelError(cell);
  if (typeof cell !== "number") return notANumber(argument, 0, 0, cell, domain.expected, true);
  if (!inDomain(cell, domain)) return new ExcelError("#NUM!");
  return cell === 0 ? 0 : cell;
}

/**
 * Reads a text option such as a churn basis. Matching ignores case, spaces and accents; a blank or omitted
 * option takes `fallback`, and so does 0 with `zeroIsBlank` (an empty cell on Windows desktop). Anything
 * else gives `#VALUE!` listing the accepted words.
 *
 * @param value - the argument as Excel passed it
 * @param argument - its name, for messages
 * @param choices - accepted words (lower case, without accents) and what each means
 * @param fallback - the meaning of a blank or omitted option
 * @param options - whether 0 reads as blank
 * @returns the chosen meaning, or an Excel error value
 *
 * @example
 * readChoice(" Gross ", { en: "basis", fr: "base" }, { logo: "logo", gross: "gross", brut: "gross" }, "logo")
 * //=> "gross"
 * @example
 * readChoice(5, { en: "basis", fr: "base" }, { logo: "logo", net: "net" }, "logo").message.en
 * //=> 'basis: 5 is not an option; use one of "logo", "net".'
 */
export function readChoice<T extends string>(
  value: unknown,
  argument: ArgumentName,
  choices: Readonly<Record<string, T>>,
  fallback: T,
  options: BlankOptions = {},
): T | ExcelError {
  const cell = singleCell(value, argument);
  if (cell instanceof SingleCellError) return cell.error;
  if (readsAsBlank(cell, options)) return fallback;
  if (isExcelError(cell)) return asExcelError(cell);
  const key = typeof cell === "string" ? normalizeWord(cell) : undefined;
  const choice = key === undefined || !Object.hasOwn(choices, key) ? undefined : choices[key];
  if (choice !== undefined) return choice;
  const accepted = Object.keys(choices)
    .map((word) => `"${word}"`)
    .join(", ");
  return new ExcelError("#VALUE!", {
    en: `${argument.en}: ${describeCell(cell).en} is not an option; use one of ${accepted}.`,
    fr: `${argument.fr} : ${describeCell(cell).fr} n'est pas une option ; utilisez ${accepted}.`,
  });
}

const LANGUAGE: ArgumentName = { en: "language", fr: "langue" };
const LANGUAGES: Readonly<Record<string, Language>> = {
  en: "en",
  english: "en",
  anglais: "en",
  fr: "fr",
  french: "fr",
  francais: "fr",
};

/**
 * Reads the `language` argument of the functions whose results are words for people (`CSM.ALERTS`,
 * `CSM.HEALTH_EXPLAIN`): `"en"` or `"fr"`, or the language's name in English or French, case and accents
 * ignored. Omitted, blank or 0 (an empty cell on Windows desktop) is English, never Excel's display
 * language: a result must not change when the workbook is opened in another language. Anything else gives
 * `#VALUE!` listing the options.
 *
 * @param value - the argument as Excel passed it
 * @returns `"en"` or `"fr"`, or an Excel error value
 *
 * @example
 * readLanguage(" Français ")
 * //=> "fr"
 * @example
 * readLanguage(null)
 * //=> "en"
 */
export function readLanguage(value: unknown): Language | ExcelError {
  return readChoice(value, LANGUAGE, LANGUAGES, "en", ZERO_IS_BLANK);
}

/**
 * Lower case, without accents or spaces: how option words and labels are compared.
 *
 * @param text - what the user typed
 * @returns the comparable form
 *
 * @example
 * normalizeWord(" Préoccupant ")
 * //=> "preoccupant"
 */
export function normalizeWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

class SingleCellError {
  constructor(readonly error: ExcelError) {}
}

function singleCell(value: unknown, argument: ArgumentName): unknown {
  if (!Array.isArray(value)) return value;
  const cells = allCells(value);
  if (cells.length === 1) return cells[0];
  const error = firstErrorCell(asRows(value));
  if (error) return new SingleCellError(error);
  return new SingleCellError(
    new ExcelError("#VALUE!", {
      en: `${argument.en} takes one value, not a range of ${cells.length} cells.`,
      fr: `${argument.fr} attend une seule valeur, pas une plage de ${cells.length} cellules.`,
    }),
  );
}
