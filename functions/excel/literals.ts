/** How values are written inside a native Excel formula that CSM Kit builds as text. */

/**
 * A text as an Excel string literal: in double quotes, each quote inside doubled.
 *
 * @param text - the text
 * @returns the literal, ready to go into a formula
 *
 * @example
 * textLiteral("Human")
 * //=> '"Human"'
 * @example
 * textLiteral('Say "hi"')
 * //=> '"Say ""hi"""'
 */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
