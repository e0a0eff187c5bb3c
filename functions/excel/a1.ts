/**
 * Excel's grid and its A1 addresses: column numbers ↔ letters (A … Z, AA … XFD) and a cell's row and
 * column. The one home of this arithmetic for the templates, the add-in's adapters and its name checks.
 * Rows and columns are numbered from 1, as Excel numbers them; callers that lay cells out from 0 add 1.
 */

/** Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * The letters of a column: 1 → A, 26 → Z, 27 → AA, 16,384 → XFD.
 *
 * @param column - the column's number, from 1 to 16,384
 * @returns its letters
 * @throws RangeError when the number is not a whole number from 1 to 16,384
 *
 * @example
 * columnLetters(28)
 * //=> "AB"
 * @example
 * columnLetters(16384)
 * //=> "XFD"
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS)
    throw new RangeError(
      `Excel has no column number ${column}: columns go from 1 (A) to ${MAX_COLUMNS} (XFD).`,
    );
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The number of a column from its letters, in either case: A → 1, AA → 27, XFD → 16,384.
 *
 * @param letters - one to three letters
 * @returns the column's number, or `undefined` when the text is not letters or names a column beyond XFD
 *
 * @example
 * columnNumber("ab")
 * //=> 28
 * @example
 * columnNumber("XFE")
 * //=> undefined
 */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/i.test(letters)) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column <= MAX_COLUMNS ? column : undefined;
}

/**
 * The row and column of a cell's A1 address (`C5`, `$C$5`, `xfd1048576`), numbered from 1.
 *
 * @param address - the address of one cell, without a sheet
 * @returns its row and column
 * @throws RangeError when the text is not the address of a cell of Excel's grid
 *
 * @example
 * parseA1("$AA$10")
 * //=> { row: 10, column: 27 }
 */
export function parseA1(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/i.exec(address);
  const column = match ? columnNumber(match[1] ?? "") : undefined;
  const row = Number(match?.[2]);
  if (column === undefined || row > MAX_ROWS)
    throw new RangeError(`Not the A1 address of a cell: ${address}`);
  return { row, column };
}
