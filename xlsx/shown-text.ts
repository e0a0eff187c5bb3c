/**
 * What a reader sees in a cell, near enough to size its column: a value through the number formats CSM Kit
 * writes (grouped digits, fixed decimals, percentages, dates, quoted currency symbols, `_)` padding), and how
 * wide that text is in Excel's column-width unit (the width of a `0` in the default font, Calibri 11).
 *
 * It is not Excel's formatter: it knows the formats this project writes and measures them generously, so that
 * a column fitted to it shows every value whole (no `###`, no text cut by the next cell).
 */

/** Excel's date serial 0: 1899-12-30. */
const EPOCH = Date.UTC(1899, 11, 30);

/** The first section of a format (positive numbers), without colour and condition brackets. */
function positiveSection(format: string): string {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of format) {
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += char;
  }
  sections.push(current);
  return sections[0] ?? "";
}

/** A number through a numeric format: literals kept, digits grouped and rounded as the format says. */
function formatNumber(value: number, format: string): string {
  const percent = /%/.test(format.replace(/"[^"]*"/g, ""));
  const shown = percent ? value * 100 : value;
  const placeholders = /[0#?][0#?,]*(\.[0#?]*)?/.exec(
    format.replace(/"[^"]*"/g, (q) => "x".repeat(q.length)),
  );
  if (placeholders === null) return format;
  const decimals = Math.max(0, (placeholders[1]?.length ?? 1) - 1);
  const grouped = placeholders[0].split(".")[0]?.includes(",") ?? false;
  const digits = Math.abs(shown).toFixed(decimals);
  const [whole = "0", fraction] = digits.split(".");
  const wholeShown = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const number = wholeShown + (fraction === undefined ? "" : `.${fraction}`);
  const before = format.slice(0, placeholders.index);
  const after = format.slice(placeholders.index + placeholders[0].length);
  // A one-section format puts the minus sign before everything, the currency symbol included: -$12.
  return (shown < 0 ? "-" : "") + literal(before) + number + literal(after);
}

/** The literal text of a format's part: quoted text, escaped characters, `_x` as a space. */
function literal(part: string): string {
  return part
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, " ")
    .replace(/\\(.)/g, "$1");
}

/** A date serial through a date format, as `yyyy-mm-dd` (ten characters, as wide as any short date). */
function formatDate(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The text a cell shows for a value and a number format.
 *
 * @param value - the cell's value (or the formula's result)
 * @param format - its number format; General when left out
 * @returns the text, near enough to size a column
 * @example
 * shownText(16.5351598173516, "#,##0.0")
 * //=> "16.5"
 * @example
 * shownText(1382250, '#,##0 "€"')
 * //=> "1,382,250 €"
 * @example
 * shownText(46083, "mm-dd-yy")
 * //=> "2026-03-02"
 */
export function shownText(value: unknown, format?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  const section = positiveSection(format ?? "General");
  if (section === "" || /^general$/i.test(section) || section === "@")
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  if (/[dmy]/i.test(section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""))) return formatDate(value);
  return formatNumber(value, section);
}

/** How wide characters are against a `0` of Calibri 11 (generous: wide letters count more). */
function characterWidth(char: string): number {
  if (/[0-9]/.test(char)) return 1;
  if (/[ .,;:'’!|ilIjft()[\]-]/.test(char)) return 0.6;
  if (/[mwMW@%]/.test(char)) return 1.6;
  if (/[A-Z]/.test(char) || /[\p{Lu}]/u.test(char)) return 1.25;
  return 1;
}

/**
 * The width of a text in Excel's column-width unit, bold text a little wider.
 *
 * @param text - the shown text
 * @param bold - whether it is bold (headers)
 * @returns the width, in widths of a `0`
 * @example
 * textWidth("0000")
 * //=> 4
 */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const char of text) width += characterWidth(char);
  return bold ? width * 1.1 : width;
}
