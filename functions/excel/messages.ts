/** The messages of `#VALUE!` errors, in both languages: say which argument, which cell, and what to type. */
import { ExcelError } from "./errors";
import type { Bilingual } from "./language";

/** The name of a function argument, as the user sees it in each language. */
export type ArgumentName = Bilingual;

/**
 * `#VALUE!` for a cell that holds something other than a number: names the argument, the cell (row and
 * column within the range, 1-based; omitted for a single-value argument) and what to type instead.
 *
 * @param argument - the argument's name
 * @param row - 0-based row within the range
 * @param column - 0-based column within the range
 * @param cell - what the cell holds
 * @param expected - what the argument accepts
 * @param single - true for a single-value argument
 * @returns the error value
 *
 * @example
 * notANumber({ en: "scores", fr: "notes" }, 2, 0, "abc", { en: "numbers", fr: "des nombres" }).message.en
 * //=> 'scores: row 3, column 1 holds the text "abc"; expected numbers.'
 */
export function notANumber(
  argument: ArgumentName,
  row: number,
  column: number,
  cell: unknown,
  expected: Bilingual,
  single = false,
): ExcelError {
  const shown = describeCell(cell);
  if (single)
    return new ExcelError("#VALUE!", {
      en: `${argument.en} holds ${shown.en}; expected ${expected.en}.`,
      fr: `${argument.fr} contient ${shown.fr} ; attendu : ${expected.fr}.`,
    });
  return new ExcelError("#VALUE!", {
    en: `${argument.en}: row ${row + 1}, column ${column + 1} holds ${shown.en}; expected ${expected.en}.`,
    fr: `${argument.fr} : la ligne ${row + 1}, colonne ${column + 1} contient ${shown.fr} ; attendu : ${expected.fr}.`,
  });
}

/**
 * How a cell's content is quoted in a message: text shortened to 20 characters, logical values as Excel
 * names them in each language, numbers as they are (with a decimal comma in French).
 *
 * @param cell - what the cell holds
 * @returns the description in both languages
 *
 * @example
 * describeCell(true).fr
 * //=> "la valeur logique VRAI"
 * @example
 * describeCell(2.5)
 * //=> { en: "2.5", fr: "2,5" }
 */
export function describeCell(cell: unknown): Bilingual {
  if (typeof cell === "number") return { en: String(cell), fr: String(cell).replace(".", ",") };
  if (typeof cell === "string") {
    const text = cell.length > 20 ? `${cell.slice(0, 20)}…` : cell;
    return { en: `the text "${text}"`, fr: `le texte « ${text} »` };
  }
  if (typeof cell === "boolean") {
    const word = cell ? "TRUE" : "FALSE";
    return { en: `the logical value ${word}`, fr: `la valeur logique ${cell ? "VRAI" : "FAUX"}` };
  }
  return { en: "a value that is not a number", fr: "une valeur qui n'est pas un nombre" };
}

/**
 * `#VALUE!` for paired ranges of different shapes, giving both shapes.
 *
 * @param names - the two arguments' names
 * @param a - the first range's shape, rows × columns
 * @param b - the second range's shape
 * @returns the error value
 *
 * @example
 * shapeMismatch([{ en: "start", fr: "début" }, { en: "end", fr: "fin" }], [2, 1], [1, 1]).message.en
 * //=> "start (2 × 1) and end (1 × 1) must have the same shape."
 */
export function shapeMismatch(
  names: readonly [ArgumentName, ArgumentName],
  a: readonly [number, number],
  b: readonly [number, number],
): ExcelError {
  const shape = ([rows, columns]: readonly [number, number]) => `${rows} × ${columns}`;
  return new ExcelError("#VALUE!", {
    en: `${names[0].en} (${shape(a)}) and ${names[1].en} (${shape(b)}) must have the same shape.`,
    fr: `${names[0].fr} (${shape(a)}) et ${names[1].fr} (${shape(b)}) doivent avoir la même forme.`,
  });
}
