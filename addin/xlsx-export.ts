/**
 * The standalone planner's "Download .xlsx": the in-browser workbook's contents written as an Excel file with
 * exceljs. Tables become real Excel tables, formula columns stay formulas (recalculated when the file
 * opens, and stored as each table's calculated column formula, so that a row added in Excel computes too),
 * loose cells and defined names come along. Every column is as wide as the text its values show through its
 * number format. Charts cannot be written by exceljs: they are left out and listed, so that the pane can say
 * which, and the columns that only fed them are hidden (a scatter's series show `#N/A` off their group).
 *
 * exceljs is large: it is imported on demand, so that the bundler puts it in a chunk of its own that the
 * pane loads only when the user exports.
 */
import type ExcelJS from "exceljs";
import { withCalculatedColumns } from "../xlsx/calculated-columns";
import { textGate } from "../xlsx/safe-text";
import { shownText, textWidth } from "../xlsx/shown-text";
import { addTable, newWorkbook } from "../xlsx/writer";
import { safeContents, safeResults } from "./safe-contents";
import { escapeColumnName } from "./structured-references";
import { foldName } from "./ownership";
import type { TableContentsAt, WorkbookContents } from "./workbook-contents";
import type { CellValue } from "./workbook-port";

/** How to write the file. */
export interface XlsxExportOptions {
  /** The document title (File › Info), e.g. the plan's name. */
  readonly title?: string;
  /**
   * Computed results to store with the formula cells, for readers that show stored values without computing
   * (previews, some mobile viewers): table name → rows shaped like the table's `rows`, read only at its
   * formula columns. Optional and may be partial; Excel and LibreOffice recompute every formula when the
   * file opens either way.
   */
  readonly results?: Readonly<Record<string, readonly (readonly CellValue[])[]>>;
  /** The file's creation date; now when omitted. */
  readonly created?: Date;
}

/** A chart of the workbook that the file does not contain. */
export interface ChartLeftOut {
  readonly sheet: string;
  readonly table: string;
  /** The chart's name on its sheet. */
  readonly name: string;
  readonly title: string;
}

/** The exported file and what it could not hold. */
export interface XlsxExport {
  /** The .xlsx file. */
  readonly bytes: Uint8Array;
  /**
   * Every chart of the workbook, in sheet and table order: the file has none (exceljs cannot write charts).
   * Empty when the workbook has no charts; otherwise the pane should tell the user.
   */
  readonly chartsLeftOut: readonly ChartLeftOut[];
  /**
   * How many texts (cells, headers, names, the title) held characters a workbook cannot hold, or more than
   * Excel's 32,767 characters, and were written changed (see xlsx/safe-text.ts). The pane says so when not 0.
   */
  readonly textsChanged: number;
}

/** A table as formulas refer to it: its name as spelled and its headers. */
export interface TableRef {
  readonly name: string;
  readonly headers: readonly string[];
}

/** Column widths, in widths of a `0`, that a column is fitted between; longer text wraps. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Room around the text: the cell's margins, and the filter button beside a header. */
const PADDING = 2;
const FILTER_BUTTON = 2.5;

/** The widths a sheet's columns need, by 1-based column number. */
type Widths = Map<number, number>;

const widen = (widths: Widths, column: number, width: number) =>
  widths.set(column, Math.max(widths.get(column) ?? 0, width));

/**
 * Writes the workbook's contents as an .xlsx file: each sheet in order, each table where it sits as an Excel
 * table (name, headers, banded style, each column's number format), formula columns as formulas in every
 * data row and as the table's calculated column formulas, hidden columns and chart-only columns hidden,
 * loose cells as values (text stays text, even when it starts with `=`), and the defined names. Every text
 * goes through `safeText` first, so that the file is always well-formed; the texts it changed are counted.
 * Each column is fitted to the text its values (or stored results) show through its number format. The file
 * asks to be fully recalculated when it opens.
 *
 * @param given - what the in-browser workbook holds (`MemoryWorkbook.contents()`)
 * @param options - title, stored results, creation date
 * @returns the file's bytes and the charts it does not contain
 * @throws Error when a formula refers to a table or column the workbook does not have (Excel would reject
 *   the file's formula)
 * @example
 * const { bytes, chartsLeftOut } = await workbookToXlsx(workbook.contents(), { title: "Q3 plan" });
 */
export async function workbookToXlsx(
  given: WorkbookContents,
  options: XlsxExportOptions = {},
): Promise<XlsxExport> {
  const ExcelJS = await loadExcelJS();
  const gate = textGate();
  const contents = safeContents(given, gate);
  // Results are stored only at formula columns, and a row's other values are the contents' own: their own
  // gate, so that a text is counted once, where it is written.
  const results = safeResults(options.results, textGate());
  const title = options.title === undefined ? undefined : gate.pass(options.title);
  const workbook = newWorkbook(ExcelJS, { title, created: options.created ?? new Date() });

  const tables = new Map<string, TableRef>(
    contents.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => [
        foldName(table.name),
        { name: table.name, headers: table.columns.map((column) => column.header) },
      ]),
    ),
  );
  const chartsLeftOut: ChartLeftOut[] = [];
  const calculated = new Map<string, ReadonlyMap<string, string>>();
  for (const sheet of contents.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const widths: Widths = new Map();
    const hidden = new Set<number>();
    for (const table of sheet.tables) {
      const formulas = writeTable(worksheet, table, tables, results?.[table.name], widths);
      if (formulas.size > 0) calculated.set(table.name, formulas);
      const chartOnly = new Set(table.charts.flatMap((chart) => chart.series.map((s) => s.column)));
      table.columns.forEach((column, c) => {
        if (column.hidden === true || chartOnly.has(column.header)) hidden.add(table.column + c + 1);
      });
      for (const chart of table.charts)
        chartsLeftOut.push({ sheet: sheet.name, table: table.name, name: chart.name, title: chart.title });
    }
    for (const cell of sheet.cells)
      if (cell.value !== null) {
        worksheet.getCell(cell.row + 1, cell.column + 1).value = cell.value;
        widen(widths, cell.column + 1, textWidth(shownText(cell.value)) + PADDING);
      }
    fitColumns(worksheet, widths, hidden);
  }
  writeNames(workbook, contents.names);
  // exceljs's zip stored without compression, then compressed once, by fflate, with the table parts amended:
  // compressing twice (and exceljs's compressor) was half the time of a large export.
  const stored = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return {
    bytes: withCalculatedColumns(stored, calculated, workbook.created),
    chartsLeftOut,
    textsChanged: gate.changed(),
  };
}

/** exceljs, loaded on first use; webpack makes it a chunk of its own (the browser build, `dist/exceljs.min.js`). */
async function loadExcelJS(): Promise<typeof ExcelJS> {
  const module = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // A CommonJS module: its exports are the namespace's `default`, in Node as in webpack.
  return (module as { default?: typeof ExcelJS }).default ?? module;
}

/**
 * Writes one table and records the widths its columns need: each value, or a formula's stored result, as its
 * number format shows it, and the header.
 *
 * @returns the table's formulas by header, as stored: its calculated column formulas
 */
function writeTable(
  worksheet: ExcelJS.Worksheet,
  table: TableContentsAt,
  tables: ReadonlyMap<string, TableRef>,
  results: readonly (readonly CellValue[])[] | undefined,
  widths: Widths,
): Map<string, string> {
  const formulas = table.columns.map((column) =>
    column.formula === undefined ? undefined : storedFormula(column.formula, table.name, tables),
  );
  // A formula column whose formula reads the same in every row (structured references only) is one shared
  // formula (`<f t="shared">`, ECMA-376 §18.3.1.40): written once in its first data row, the rows below
  // referring to it. Spelled out in every row, the segments table's formulas made 4 KB a row (430 MB of
  // sheet XML at 100,000 accounts, past what a JavaScript string holds).
  const masters = table.columns.map((_, c) => {
    const formula = formulas[c];
    return formula !== undefined && shareable(formula)
      ? worksheet.getCell(table.row + 2, table.column + c + 1).address
      : undefined;
  });
  const rows = table.rows.map((row, r) =>
    table.columns.map((_, c): ExcelJS.CellValue => {
      const formula = formulas[c];
      if (formula === undefined) return row[c] ?? null;
      const result = results?.[r]?.[c];
      const stored = result === undefined || result === null ? {} : { result };
      const master = masters[c];
      return r === 0 || master === undefined ? { formula, ...stored } : { sharedFormula: master, ...stored };
    }),
  );
  addTable(worksheet, {
    name: table.name,
    at: worksheet.getCell(table.row + 1, table.column + 1).address,
    columns: table.columns,
    rows,
  });
  table.columns.forEach((column, c) => {
    // The header on one line: a wrapped header would need a taller row, which readers do not compute.
    let width = textWidth(column.header, true) + PADDING + FILTER_BUTTON;
    table.rows.forEach((row, r) => {
      const value = formulas[c] === undefined ? row[c] : results?.[r]?.[c];
      width = Math.max(width, textWidth(shownText(value, column.numberFormat)) + PADDING);
    });
    widen(widths, table.column + c + 1, width);
  });
  return new Map(
    table.columns.flatMap((column, c) => {
      const formula = formulas[c];
      return formula === undefined ? [] : [[column.header, formula] as const];
    }),
  );
}

/**
 * Sets each used column's width, within bounds: text wider than the widest column wraps in its cell, so that
 * nothing is cut by the cell beside it. Hidden columns are hidden.
 */
function fitColumns(worksheet: ExcelJS.Worksheet, widths: Widths, hidden: ReadonlySet<number>): void {
  for (const [column, width] of widths) {
    const target = worksheet.getColumn(column);
    target.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(width)));
    if (hidden.has(column)) target.hidden = true;
    if (width <= MAX_WIDTH) continue;
    target.eachCell((cell) => {
      if (typeof cell.value === "string" && textWidth(cell.value) + PADDING > MAX_WIDTH)
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    });
  }
}

/**
 * Defined names, with any formula (`=Plan!$B$2`, `=0.25`, `=SUM(Plan[Time])`). exceljs's own defined names
 * hold cell ranges only, so the list it writes into workbook.xml is replaced by this one (exceljs 4 reads
 * `definedNames.model` when it writes the file).
 */
function writeNames(workbook: ExcelJS.Workbook, names: WorkbookContents["names"]): void {
  const model = names.map((name) => ({
    name: name.name,
    ranges: [name.formula.replace(/^=/, "")],
  }));
  Object.defineProperty(workbook.definedNames, "model", { get: () => model, configurable: true });
}

/**
 * Whether a stored formula may be shared down a column: it has no A1 reference (which a reader would shift
 * row by row) and no sheet-qualified one (which a shared formula may not hold, [MS-XLS] 2.5.198.118) — only
 * structured references, names, functions and constants, outside its texts and brackets.
 *
 * @param formula - the formula as stored (no `=`)
 * @returns whether every row may share it
 * @example
 * shareable("Plan[[#This Row],[Time]]/Plan[[#This Row],[Value]]")
 * //=> true
 * @example
 * shareable("B2*2")
 * //=> false
 */
export function shareable(formula: string): boolean {
  const bare = formula
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/\[(?:[^[\]']|'.|\[(?:[^[\]']|'.)*\])*\]/g, "[]");
  return (
    !bare.includes("!") && !/(?:^|[^\p{L}\p{N}_.\\])\$?[A-Za-z]{1,3}\$?\d+(?![\p{L}\p{N}_.(])/u.test(bare)
  );
}

/** Excel's table-area keywords, by their lower-case spelling. */
const AREAS = new Map(
  ["#All", "#Data", "#Headers", "#Totals", "#This Row"].map((area) => [area.toLowerCase(), area]),
);

/**
 * A formula as an .xlsx file stores it: without its `=`, and every structured reference in full form,
 * qualified by its table, since the shorthands Excel shows (`[@Time]`, `[@[Unit price]]`, `[Time]` inside a
 * table) exist only in its user interface. Columns are spelled as their headers are, escaped.
 *
 * @param formula - as written for Excel's `Range.formulas`, e.g. `"=[@Time]/[@Value]"`
 * @param table - the table the formula is in, for unqualified references
 * @param tables - every table of the workbook by its folded name ({@link foldName})
 * @returns the stored formula
 * @throws Error when a reference names a table or column that does not exist
 * @example
 * storedFormula("=[@Time]/[@[Unit price]]", "Plan", new Map([["plan", { name: "Plan", headers: ["Time", "Unit price"] }]]))
 * //=> "Plan[[#This Row],[Time]]/Plan[[#This Row],[Unit price]]"
 */
export function storedFormula(formula: string, table: string, tables: ReadonlyMap<string, TableRef>): string {
  let stored = "";
  let i = formula.startsWith("=") ? 1 : 0;
  while (i < formula.length) {
    const char = formula.charAt(i);
    if (char === '"' || char === "'") {
      // A text constant or a quoted sheet name, copied as it is.
      const end = closingQuote(formula, i);
      stored += formula.slice(i, end);
      i = end;
    } else if (char === "[") {
      const end = closingBracket(formula, i);
      const qualifier = /[\p{L}\p{N}_.\\]*$/u.exec(stored)?.[0] ?? "";
      const target = tables.get(foldName(qualifier === "" ? table : qualifier));
      if (target === undefined)
        throw new Error(`The formula ${formula} of table ${table} refers to a table that does not exist.`);
      stored = stored.slice(0, stored.length - qualifier.length) + target.name;
      stored += fullReference(formula.slice(i + 1, end - 1), target, formula);
      i = end;
    } else {
      stored += char;
      i++;
    }
  }
  return stored;
}

/** Where a quoted text starting at `start` ends (after its closing quote; a doubled quote is a quote). */
function closingQuote(formula: string, start: number): number {
  const quote = formula.charAt(start);
  let i = start + 1;
  while (i < formula.length) {
    if (formula.charAt(i) !== quote) i++;
    else if (formula.charAt(i + 1) === quote) i += 2;
    else return i + 1;
  }
  return formula.length;
}

/** Where the bracket opened at `start` closes (after it), skipping nested brackets and `'`-escaped characters. */
function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    const char = formula.charAt(i);
    if (char === "'") i++;
    else if (char === "[") depth++;
    else if (char === "]" && --depth === 0) return i + 1;
  }
  throw new Error(`The formula ${formula} has an unclosed [.`);
}

/**
 * The inside of one structured reference (`@Time`, `@[Unit price]`, `[#This Row],[A]:[B]`, `#All`, `Time`) in
 * full form, brackets included: `[[#This Row],[Time]]`.
 */
function fullReference(inner: string, table: TableRef, formula: string): string {
  const problem = (what: string) => new Error(`The formula ${formula} ${what}.`);
  let rest = inner.trim();
  const areas: string[] = [];
  if (rest.startsWith("@")) {
    areas.push("#This Row");
    rest = rest.slice(1).trim();
  }
  const items = rest.startsWith("[")
    ? bracketedItems(rest, formula)
    : rest === ""
      ? []
      : [{ text: rest, separator: "" }];
  const columns: string[] = [];
  for (const { text, separator } of items) {
    if (text.startsWith("#")) {
      const area = AREAS.get(text.toLowerCase());
      if (area === undefined || columns.length > 0)
        throw problem(`uses ${text} where Excel does not allow it`);
      areas.push(area);
      continue;
    }
    const name = text.replace(/'(.)/gsu, "$1");
    const header = table.headers.find((h) => foldName(h) === foldName(name));
    if (header === undefined)
      throw problem(`refers to a column "${name}" that table ${table.name} does not have`);
    if (columns.length > 1 || (columns.length === 1 && separator !== ":"))
      throw problem("names columns that are not one column or one range of columns");
    columns.push(`[${escapeColumnName(header)}]`);
  }
  const parts = [...areas.map((area) => `[${area}]`), ...(columns.length > 0 ? [columns.join(":")] : [])];
  return `[${parts.join(",")}]`;
}

/**
 * The bracketed items of a list such as `[#This Row],[A]` or `[A]:[B]`, without their brackets (still
 * escaped), each with the separator before it.
 */
function bracketedItems(list: string, formula: string): { text: string; separator: string }[] {
  const items: { text: string; separator: string }[] = [];
  let separator = "";
  let i = 0;
  while (i < list.length) {
    const char = list.charAt(i);
    if (char === "[") {
      const end = closingBracket(list, i);
      items.push({ text: list.slice(i + 1, end - 1), separator });
      separator = "";
      i = end;
    } else if (char === "," || char === ":") {
      separator = char;
      i++;
    } else if (/\s/.test(char)) i++;
    else throw new Error(`The formula ${formula} has an unexpected ${char} in a structured reference.`);
  }
  return items;
}
