/**
 * How values cross into and out of Excel's cells: what to write so that text stays text, how to read a
 * cell's formula or value back, and how to read the addresses Excel reports. No office-js calls here.
 */
import { parseA1 } from "../functions/excel/a1";
import { safeText } from "../xlsx/safe-text";
import type { CellValue, RangeContents, TableWrite } from "./workbook-port";
import { foldName } from "./ownership";
import type { CellBox } from "./table-layout";

/**
 * What to write in a cell so that Excel stores exactly this value. Excel parses what it is given as if it
 * were typed: text starting with `=`, `+`, `-` or `@` would become a formula, and text such as "00123",
 * "1/2", "TRUE" or "#N/A" a number, date, logical or error. A leading apostrophe keeps such text as text
 * (Excel does not count it as part of the value). Text goes through {@link safeText} first, as every text
 * written to a workbook does: characters a workbook cannot hold become U+FFFD.
 *
 * @param value - the value to store; `null` for a blank
 * @returns what to assign to `Range.values` or `Range.formulas`
 * @example
 * cellInput("=not a formula")
 * //=> "'=not a formula"
 * @example
 * cellInput("Acme")
 * //=> "Acme"
 * @example
 * cellInput(null)
 * //=> ""
 */
export function cellInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string" || value === "") return value;
  const text = safeText(value);
  const couldBeParsed = /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
  return couldBeParsed ? `'${text}` : text;
}

/**
 * How many texts of a table write {@link cellInput} changes on their way into Excel (headers, and the values
 * of columns without a formula): those holding characters a workbook cannot hold, or more than a cell holds.
 *
 * @param request - the table to write
 * @returns the count
 * @example
 * changedTexts({ name: "T", sheet: "S", columns: [{ header: "Account\uFFFF" }], rows: [["Acme"], ["Bad\u0007"], [3]] })
 * //=> 2
 */
export function changedTexts(request: TableWrite): number {
  const changed = (value: CellValue) => typeof value === "string" && safeText(value) !== value;
  let count = request.columns.filter((column) => changed(column.header)).length;
  for (const row of request.rows)
    row.forEach((value, index) => {
      if (request.columns[index]?.formula === undefined && changed(value)) count++;
    });
  return count;
}

/**
 * Cells as read: a formula's text where the cell holds one, its value otherwise, blanks as `null`. A text
 * constant starting with `=` reads the same through `values` and `formulas`, which tells it from a formula.
 * Without `formulas`, every cell reads as its value (a formula as what Excel computed). A single blank row
 * is Excel's placeholder in a table written with no rows, and reads as no rows.
 *
 * @param values - `Range.values` of the data body
 * @param formulas - `Range.formulas` of the same range, to read formulas as their text
 * @returns the rows
 * @example
 * readRows([["Acme", 0.5, ""]], [["Acme", "=[@A]/2", ""]])
 * //=> [["Acme", "=[@A]/2", null]]
 * @example
 * readRows([["Acme", 0.5, ""]])
 * //=> [["Acme", 0.5, null]]
 * @example
 * readRows([["", ""]], [["", ""]])
 * //=> []
 */
export function readRows(values: unknown[][], formulas?: unknown[][]): CellValue[][] {
  const rows = values.map((row, r) =>
    row.map((value, c) => {
      const formula = formulas?.[r]?.[c];
      if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
      return asCellValue(value);
    }),
  );
  const [only, ...others] = rows;
  return others.length === 0 && only !== undefined && only.every((value) => value === null) ? [] : rows;
}

function asCellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * The header texts of a table from its header row's values.
 *
 * @param values - `Range.values` of the header row
 * @returns one text per column
 * @example
 * headerTexts([["Account", 2025]])
 * //=> ["Account", "2025"]
 */
export function headerTexts(values: unknown[][]): string[] {
  return (values[0] ?? []).map((value) => String(value));
}

/**
 * A block of cells read as a table would be: the first row's values as header texts (a blank one as
 * `"Column N"`, N its position from 1), the other rows as values (blanks as `null`, an error as its text),
 * without the all-blank rows at the end.
 *
 * @param address - the block's address with its sheet, as Excel gives it
 * @param values - `Range.values` of the block
 * @returns the block's contents
 * @example
 * rangeContents("Accounts!A1:C4", [["Account", "", 2025], ["Acme", 1200, "#N/A"], ["", "", ""], ["", "", ""]])
 * //=> { address: "Accounts!A1:C4", headers: ["Account", "Column 2", "2025"], rows: [["Acme", 1200, "#N/A"]] }
 */
export function rangeContents(address: string, values: unknown[][]): RangeContents {
  const [first = [], ...others] = values;
  const headers = first.map((value, index) => {
    const cell = asCellValue(value);
    if (cell === null) return `Column ${index + 1}`;
    return typeof cell === "boolean" ? String(cell).toUpperCase() : String(cell);
  });
  const rows = others.map((row) => row.map(asCellValue));
  let kept = rows.length;
  while (kept > 0 && (rows[kept - 1] ?? []).every((value) => value === null)) kept -= 1;
  return { address, headers, rows: rows.slice(0, kept) };
}

/**
 * Tells whether rewriting the header row would, cell by cell, momentarily give two columns the same name
 * (a header moving to another position), which Excel resolves by renaming one.
 *
 * @param old - the headers now
 * @param request - the table to write
 * @returns true when a header changes position
 * @example
 * headersSwap(["A", "B"], { name: "T", sheet: "S", columns: [{ header: "B" }, { header: "A" }], rows: [] })
 * //=> true
 */
export function headersSwap(old: readonly string[], request: TableWrite): boolean {
  const oldPositions = new Map(old.map((header, index) => [foldName(header), index]));
  return request.columns.some((column, index) => {
    const was = oldPositions.get(foldName(column.header));
    return was !== undefined && was !== index;
  });
}

/**
 * Reads an address as Excel reports it (`Plan!B2:D11`, `'My plan'!A1`) into its sheet and zero-based box.
 *
 * @param address - a range address with its sheet
 * @returns the sheet name and the rectangle
 * @example
 * parseAddress("'Q1 plan'!$B$2:D11")
 * //=> { sheet: "Q1 plan", box: { row: 1, column: 1, rowCount: 10, columnCount: 3 } }
 */
export function parseAddress(address: string): { sheet: string; box: CellBox } {
  const bang = address.lastIndexOf("!");
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replaceAll("''", "'") : rawSheet;
  const [from = "", to = from] = address
    .slice(bang + 1)
    .replaceAll("$", "")
    .split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  return {
    sheet,
    box: {
      row: start.row,
      column: start.column,
      rowCount: end.row - start.row + 1,
      columnCount: end.column - start.column + 1,
    },
  };
}

/** A cell of Excel's address, zero-based as the adapters lay tables out. */
function parseCell(reference: string): { row: number; column: number } {
  const { row, column } = parseA1(reference);
  return { row: row - 1, column: column - 1 };
}
