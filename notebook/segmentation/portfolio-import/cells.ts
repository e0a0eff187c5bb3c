/**
 * The cells of a portfolio file as the import keeps them: the text of a .csv cell read as a number or an ISO
 * date where that is safe, and the value of an .xlsx cell. Pure; exceljs is used for its types only.
 *
 * Reading a .csv cell, decided here:
 * - a number is read by `readAmount` (functions/checks/amounts.ts, where the rule is written), in both
 *   conventions, English (`1,234.50`) and French (`1 234,50`, `1.234,50`); when both read it and disagree
 *   (`1,234`, `1.234`), a currency symbol decides, then the delimiter: `,` files are English (1234, 1.234),
 *   `;` files French (1.234, 1234), tab files could be either and keep the text;
 * - dates stay text: ISO `YYYY-MM-DD` is what the segmentation reads. In `;` files only, `DD/MM/YYYY` (or
 *   `DD.MM.YYYY`) becomes ISO text: `;` is the delimiter of French and European exports, where the day
 *   comes first. Elsewhere `01/02/2019` could be either day first or month first, so it stays text and the
 *   segmentation reports it as not a date.
 */
import type ExcelJS from "exceljs";
import type { TableCell } from "../../engine/types";
import { readAmount, type AmountConvention } from "../../../functions/checks/amounts";

const DELIMITERS = [",", ";", "\t"] as const;

/** A delimiter a .csv may use. */
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter found most often outside quotes in the first non-empty line; in a file of blank lines only,
 * the one found most often in them; `,` when none is.
 *
 * @param text - the file's text
 * @returns the delimiter of the file
 * @example
 * detectDelimiter('Compte;"ARR, actuel, en €";Pays\nAcme;12,5;FR')
 * //=> ";"
 * @example
 * detectDelimiter("Account\nAcme")
 * //=> ","
 */
export function detectDelimiter(text: string): Delimiter {
  const line = { ",": 0, ";": 0, "\t": 0 };
  const blanks = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let content = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (quoted) content = true;
    else if (char === "," || char === ";" || char === "\t") line[char]++;
    else if (char === "\n" || char === "\r") {
      if (content) break;
      // A line of blanks and delimiters only is not the header row.
      for (const key of DELIMITERS) [blanks[key], line[key]] = [blanks[key] + line[key], 0];
    } else if (char.trim() !== "") content = true;
  }
  const counts = content
    ? line
    : { ",": blanks[","] + line[","], ";": blanks[";"] + line[";"], "\t": blanks["\t"] + line["\t"] };
  const best = DELIMITERS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ",";
}

const DAY_FIRST = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
/**
 * A cell of a .csv: blank → null, a clean amount → its number, a day-first date of a `;` file → ISO text;
 * any other text stays, trimmed. Amounts are read by `readAmount` (functions/checks/amounts.ts), the
 * delimiter standing for the convention: `,` English, `;` French, tab either.
 *
 * @param raw - the cell's text, as the file has it
 * @param delimiter - the file's delimiter
 * @returns the cell as the import keeps it
 * @example
 * [csvCell("1.234", ","), csvCell("1.234", ";"), csvCell("€12,000", ";"), csvCell("12,000 €", ",")]
 * //=> [1.234, 1234, 12000, 12]
 * @example
 * [csvCell(" 31/01/2019 ", ";"), csvCell("31/01/2019", ","), csvCell("007", ","), csvCell("  ", ",")]
 * //=> ["2019-01-31", "31/01/2019", "007", null]
 */
export function csvCell(raw: string, delimiter: Delimiter): TableCell {
  const text = raw.trim();
  if (text === "") return null;
  if (delimiter === ";") {
    const date = DAY_FIRST.exec(text);
    if (date) return isoDate(Number(date[4]), Number(date[3]), Number(date[1])) ?? text;
  }
  return readAmount(text, CONVENTIONS[delimiter]) ?? text;
}

/** The reading a delimiter stands for when both read an amount and disagree. */
const CONVENTIONS: Readonly<Record<Delimiter, AmountConvention>> = { ",": "en", ";": "fr", "\t": "either" };

/** `YYYY-MM-DD` when the day exists. */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

// ---- .xlsx cells ----

/**
 * An .xlsx cell's value as the import keeps it: numbers and booleans stay, a date becomes `"YYYY-MM-DD"`
 * text (its UTC day), a formula gives its saved result, rich text and links give their text, an error value
 * its text; blank text is null.
 *
 * @param value - the cell's value, as exceljs reads it
 * @param missing - called for a formula without a saved result (which gives null)
 * @returns the cell as the import keeps it
 * @example
 * [xlsxValue({ formula: "B2*2", result: 24 }, () => {}), xlsxValue(new Date(Date.UTC(2019, 0, 31)), () => {})]
 * //=> [24, "2019-01-31"]
 * @example
 * [xlsxValue({ richText: [{ text: "Ac" }, { text: "me " }] }, () => {}), xlsxValue({ error: "#N/A" }, () => {})]
 * //=> ["Acme", "#N/A"]
 */
export function xlsxValue(value: ExcelJS.CellValue, missing: () => void): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ("error" in value) return value.error;
  if ("sharedFormula" in value || "formula" in value) {
    if (value.result === undefined || value.result === null) {
      missing();
      return null;
    }
    return xlsxValue(value.result, missing);
  }
  const text = plainText("richText" in value ? value : value.text).trim();
  return text === "" ? null : text;
}

/** The text of a string or of rich text (a link's text may be either). */
function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "richText" in value && Array.isArray(value.richText))
    return value.richText.map((run: unknown) => plainText((run as { text?: unknown }).text)).join("");
  return "";
}
