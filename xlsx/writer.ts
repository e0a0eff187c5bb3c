/**
 * What CSM Kit's two .xlsx writers share: the templates' renderer (templates/render.ts) and the standalone
 * planner's export (addin/xlsx-export.ts). A workbook says who made it and asks to be recalculated in full
 * when it opens; an Excel table is written one way — the same table style with banded rows and filter
 * buttons, one blank data row when it has none, and its header row drawn explicitly (dark blue, white bold
 * text, wrapped), since LibreOffice and some viewers do not draw Excel's table styles.
 *
 * exceljs is passed in, never imported here: the export loads it on demand, in a chunk of its own.
 */
import type ExcelJS from "exceljs";
import { parseA1 } from "../functions/excel/a1";
import { safeText } from "./safe-text";

/** The header's colours: white text on dark blue. */
export const HEADER_FILL = "FF1F4E79";
export const HEADER_FONT = "FFFFFFFF";

/** What a writer says about the file. */
export interface WorkbookInfo {
  /** The document title (File › Info). */
  readonly title?: string;
  /** The file's creation (and modification) date. */
  readonly created: Date;
}

/**
 * A new workbook made by CSM Kit, recalculated in full when it opens: Excel and LibreOffice compute every
 * formula then, so no cached result is needed.
 *
 * @param exceljs - the exceljs module
 * @param info - title and creation date
 * @returns the empty workbook
 * @example
 * newWorkbook(ExcelJS, { title: "Q3 plan", created: new Date(Date.UTC(2026, 0, 1)) }).creator
 * //=> "CSM Kit"
 */
export function newWorkbook(exceljs: typeof ExcelJS, info: WorkbookInfo): ExcelJS.Workbook {
  const workbook = new exceljs.Workbook();
  workbook.creator = "CSM Kit";
  if (info.title !== undefined) workbook.title = info.title;
  workbook.created = info.created;
  workbook.modified = workbook.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

/**
 * Gives a cell the header's look: white bold text on dark blue.
 *
 * @param cell - the cell
 * @example
 * const sheet = newWorkbook(ExcelJS, { created: new Date(0) }).addWorksheet("Plan");
 * headerLook(sheet.getCell("A1"));
 * sheet.getCell("A1").fill.fgColor.argb
 * //=> "FF1F4E79"
 */
export function headerLook(cell: ExcelJS.Cell): void {
  cell.font = { bold: true, color: { argb: HEADER_FONT } };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
}

/** One column of a table: its header and, for every data cell, a number format. */
export interface TableColumn {
  readonly header: string;
  readonly numberFormat?: string;
}

/** A table to write: its name, its top-left (header) cell, its columns and its data rows. */
export interface TableToWrite {
  readonly name: string;
  /** The A1 address of the header row's first cell, e.g. `"A4"`. */
  readonly at: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly ExcelJS.CellValue[][];
}

/**
 * Writes an Excel table the house way: style TableStyleMedium2 with banded rows and filter buttons, each
 * column's number format, one blank data row when there is none (as Excel keeps it), and the header row
 * drawn explicitly (with wrapped text) for readers that do not draw table styles. Headers and texts go through
 * {@link safeText}, so that the file stays well-formed whatever they hold.
 *
 * @param worksheet - the sheet the table goes on
 * @param table - name, place, columns and rows
 * @example
 * const sheet = newWorkbook(ExcelJS, { created: new Date(0) }).addWorksheet("Plan");
 * addTable(sheet, { name: "Plan", at: "B2", columns: [{ header: "Time", numberFormat: "0" }], rows: [] });
 * [sheet.getCell("B2").value, sheet.getCell("B2").font.bold, sheet.getCell("B3").value]
 * //=> ["Time", true, null]
 */
export function addTable(worksheet: ExcelJS.Worksheet, table: TableToWrite): void {
  worksheet.addTable({
    name: table.name,
    ref: table.at,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((column) => ({
      name: safeText(column.header),
      filterButton: true,
      ...(column.numberFormat === undefined ? {} : { style: { numFmt: column.numberFormat } }),
    })),
    rows:
      table.rows.length > 0
        ? table.rows.map((row) => row.map((value) => (typeof value === "string" ? safeText(value) : value)))
        : [table.columns.map(() => null)],
  });
  const { row, column } = parseA1(table.at);
  table.columns.forEach((_, c) => {
    const header = worksheet.getCell(row, column + c);
    headerLook(header);
    header.alignment = { wrapText: true, vertical: "middle" };
  });
}
