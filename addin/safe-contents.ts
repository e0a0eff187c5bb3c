/**
 * The in-browser workbook's contents with every text through one {@link TextGate}: sheet names, table headers,
 * cells, formulas (their text constants), defined names and chart titles. The .xlsx export writes these, so
 * that a label or an account name holding a character XML 1.0 refuses cannot make the file unreadable.
 */
import type { TextGate } from "../xlsx/safe-text";
import type { TableContentsAt, WorkbookContents } from "./workbook-contents";
import type { CellValue } from "./workbook-port";

/**
 * The same contents, each text as the gate passes it (and counted by it when changed).
 *
 * @param contents - what the in-browser workbook holds
 * @param gate - the gate, e.g. `textGate()`
 * @returns the contents to write
 * @example
 * const gate = textGate();
 * safeContents({ sheets: [{ name: "Plan", tables: [], cells: [{ row: 0, column: 0, value: "A\uFFFF" }] }], names: [] }, gate).sheets[0].cells[0].value
 * //=> "A\uFFFD"
 */
export function safeContents(contents: WorkbookContents, gate: TextGate): WorkbookContents {
  return {
    sheets: contents.sheets.map((sheet) => ({
      name: gate.pass(sheet.name),
      tables: sheet.tables.map((table) => safeTable(table, gate)),
      cells: sheet.cells.map((cell) => ({ ...cell, value: gate.pass(cell.value) })),
    })),
    names: contents.names.map((name) => ({ name: name.name, formula: gate.pass(name.formula) })),
  };
}

/**
 * Stored results for formula cells (table name → rows), each text through the gate.
 *
 * @param results - the results the export was given, if any
 * @param gate - the same gate as the contents'
 * @returns the results to write
 * @example
 * safeResults({ Plan: [["x\u0000", 1]] }, textGate()).Plan[0]
 * //=> ["x\uFFFD", 1]
 */
export function safeResults(
  results: Readonly<Record<string, readonly (readonly CellValue[])[]>> | undefined,
  gate: TextGate,
): Readonly<Record<string, readonly (readonly CellValue[])[]>> | undefined {
  if (results === undefined) return undefined;
  // A table's name is checked by the workbook (letters, digits, `_`, `.`), so it is an ordinary key here.
  return Object.fromEntries(
    Object.entries(results).map(([table, rows]) => [
      table,
      rows.map((row) => row.map((value) => gate.pass(value))),
    ]),
  );
}

function safeTable(table: TableContentsAt, gate: TextGate): TableContentsAt {
  return {
    ...table,
    columns: table.columns.map((column) => ({
      ...column,
      header: gate.pass(column.header),
      ...(column.formula === undefined ? {} : { formula: gate.pass(column.formula) }),
    })),
    rows: table.rows.map((row) => row.map((value) => gate.pass(value))),
    charts: table.charts.map((chart) => ({ ...chart, title: gate.pass(chart.title) })),
  };
}
