/**
 * Single-value arguments: a number typed in or one cell, and text options. Optional arguments arrive as
 * `null` when omitted.
 */
import { allCells, asRows, firstErrorCell, isBlank } from "./cells";
import { inDomain } from "./elementwise";
import { asExcelError, ExcelError, isExcelError } from "./errors";
import { describeCell, notANumber, type ArgumentName } from "./messages";
import type { NumberDomain } from "./cells";

/**
 * Reads a single-value argument (a number typed in, or one cell). Optional arguments arrive as `null` when
 * omitted: a blank takes `fallback`, or gives `#N/A` naming the argument when there is none. A range of
 * more than one cell gives `#VALUE!`.
 *
 * @param value - the argument as Excel passed it
 * @param argument - its name, for messages
 * @param domain - the numbers it accepts
 * @param fallback - the default when blank or omitted; `undefined` when the argument is required
 * @returns the number, or an Excel error value
 *
 * @example
 * readNumber(null, { en: "months", fr: "mois" }, { min: 0, expected: { en: "a number of months", fr: "un nombre de mois" } }, 12)
 * //=> 12
 * @example
 * readNumber([[0.05]], { en: "rate", fr: "taux" }, { min: 0, max: 1, expected: { en: "a rate", fr: "un taux" } }, undefined)
 * //=> 0.05
 */
export function readNumber(
  value: unknown,
  argument: ArgumentName,
  domain: NumberDomain,
  fallback: number | undefined,
): number | ExcelError {
  const cell = singleCell(value, argument);
  if (cell instanceof SingleCellError) return cell.error;
  if (isBlank(cell)) {
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
 * option takes `fallback`. Anything else gives `#VALUE!` listing the accepted words.
 *
 * @param value - the argument as Excel passed it
 * @param argument - its name, for messages
 * @param choices - accepted words (lower case, without accents) and what each means
 * @param fallback - the meaning of a blank or omitted option
 * @returns the chosen meaning, or an Excel error value
 *
 * @example
 * readChoice(" Gross ", { en: "basis", fr: "base" }, { logo: "logo", gross: "gross", brut: "gross" }, "logo")
 * //=> "gross"
 */
export function readChoice<T extends string>(
  value: unknown,
  argument: ArgumentName,
  choices: Readonly<Record<string, T>>,
  fallback: T,
): T | ExcelError {
  const cell = singleCell(value, argument);
  if (cell instanceof SingleCellError) return cell.error;
  if (isBlank(cell)) return fallback;
  if (isExcelError(cell)) return asExcelError(cell);
  const key = typeof cell === "string" ? normalizeWord(cell) : undefined;
  const choice = key === undefined ? undefined : choices[key];
  if (choice !== undefined) return choice;
  const accepted = Object.keys(choices)
    .map((word) => `"${word}"`)
    .join(", ");
  return new ExcelError("#VALUE!", {
    en: `${argument.en}: ${describeCell(cell).en} is not an option; use one of ${accepted}.`,
    fr: `${argument.fr} : ${describeCell(cell).fr} n'est pas une option ; utilisez ${accepted}.`,
  });
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
