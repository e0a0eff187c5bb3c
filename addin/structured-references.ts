/**
 * Structured references to the columns of an Excel table, written as Excel wants them: the formulas the
 * add-in gives a table's columns (`[@Time]`), and their full form in a stored .xlsx file.
 */

/**
 * A column header as written inside a structured reference: `[`, `]`, `#` and `'` take a leading `'`.
 *
 * @param header - the header text
 * @returns the escaped text
 * @example
 * escapeColumnName("Price [USD] #1")
 * //=> "Price '[USD'] '#1"
 */
export function escapeColumnName(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}

/**
 * A reference to a column in the same row. Excel wants the inner brackets around a header holding a period,
 * a space or any other character than letters, digits and `_`, or starting with a digit.
 *
 * @param header - the column's header
 * @returns the reference, e.g. `[@Time]` or `[@[One-off cost]]`
 * @example
 * rowRef("One-off cost")
 * //=> "[@[One-off cost]]"
 */
export function rowRef(header: string): string {
  const escaped = escapeColumnName(header);
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(header) ? `[@${escaped}]` : `[@[${escaped}]]`;
}

/**
 * A reference to a whole column of the table the formula is in, e.g. for `MIN([Start])`.
 *
 * @param header - the column's header
 * @returns the reference
 * @example
 * columnRef("Start #")
 * //=> "[Start '#]"
 */
export function columnRef(header: string): string {
  return `[${escapeColumnName(header)}]`;
}
