/**
 * The portfolio import of the segmentation wizard: a .csv or .xlsx file the person picks becomes sheets of
 * headers and rows, each field of the segmentation is matched to a column from its header (English or
 * French), and the rows become the accounts `segmentAccounts` takes. Pure: no DOM, no React. The pane
 * imports this module on demand, so that papaparse stays out of its first bundle, and exceljs is imported on
 * demand here in turn. The header names and the guess are in headers.ts (`guessMapping` is re-exported here
 * for the pane), the conversion of cells in cells.ts, the messages in problems.ts.
 *
 * Reading a .csv, decided here and in cells.ts:
 * - the delimiter is the one of `,` `;` tab found most often (outside quotes) in the first non-empty line,
 *   the header row; `,` when none is;
 * - each cell's text is read as a number or a date only where that is safe (the rules are in cells.ts);
 * - rows are numbered in messages as the spreadsheet shows them: a .csv's records from 1 as Excel opens it
 *   (the header row is 1 when the file starts with it), an .xlsx sheet's rows as they are; each sheet says
 *   in `firstRow` the row of its first row under the headers. Blank lines inside the table are kept (the
 *   segmentation counts them); blank lines after it are not.
 */
import Papa from "papaparse";
import type ExcelJS from "exceljs";
import { withoutTableFormulas } from "../../../xlsx/calculated-columns";
import type { AccountRow } from "../../../functions/segmentation/segment";
import type { TableCell } from "../../engine/types";
import { csvCell, detectDelimiter, xlsxValue } from "./cells";
import { uniqueHeaders } from "./headers";
import { PORTFOLIO_COLUMNS, type PortfolioColumn } from "../columns";
import {
  EMPTY_FILE,
  NO_DATA,
  fewerCells,
  formulasWithoutResult,
  moreCells,
  quoteProblem,
  tooLarge,
  tooLongText,
  tooManyRows,
  tooWide,
  unreadable,
} from "./problems";
import type { Bilingual } from "../../../functions/excel/language";
import { PORTFOLIO_LIMITS } from "./limits";
import { inspectXlsx } from "./xlsx-guard";
import { csvText } from "./text";

export { guessMapping } from "./headers";

/** One table read from a file: every row has exactly `headers.length` cells; blanks are `null`. */
export interface PortfolioSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** The spreadsheet row of the first row under the headers; 2 when not said (headers in row 1). */
  readonly firstRow?: number;
}

export { PORTFOLIO_LIMITS } from "./limits";

/**
 * How far a read has come, for a progress bar: the share of the file read (0 to 1) and the rows (records,
 * blank ones included) read so far.
 */
export interface ReadProgress {
  readonly fraction: number;
  readonly rows: number;
}

/** Told how far a read has come, now and then (every few thousand rows, and at each step of an .xlsx). */
export type OnProgress = (progress: ReadProgress) => void;

/** What reading a file gives: its sheets with data (one for a .csv), and the problems met. */
export interface TableFile {
  readonly sheets: readonly PortfolioSheet[];
  readonly problems: readonly Bilingual[];
}

/**
 * Reads a table file the person picked, as the import of a portfolio (or of any table) takes it: an .xlsx
 * (by its name) through {@link readXlsxPortfolio}, anything else as a .csv through {@link readCsvPortfolio},
 * its sheet named after the file. Every limit of {@link PORTFOLIO_LIMITS} is checked before and while it is
 * parsed. Never throws. Slow on a large file (seconds for 20 MB): the pane runs it in a Web Worker.
 *
 * @param bytes - the file's bytes
 * @param name - the file's name
 * @param onProgress - told how far the read has come
 * @returns the sheets and the problems
 * @example
 * (await readTableFile(new TextEncoder().encode("Account;ARR\nAcme;10"), "accounts.csv")).sheets
 * //=> [{ name: "accounts.csv", headers: ["Account", "ARR"], rows: [["Acme", 10]] }]
 */
export async function readTableFile(
  bytes: Uint8Array,
  name: string,
  onProgress?: OnProgress,
): Promise<TableFile> {
  if (/\.xlsx$/i.test(name)) return readXlsxPortfolio(bytes, onProgress);
  const { sheet, problems } = readCsvPortfolio(bytes, name, onProgress);
  return { sheets: [sheet], problems };
}

/**
 * Reads a .csv (or tab-separated) file's text into one sheet. Never throws: what could not be read as
 * expected is listed in `problems`, and a file over {@link PORTFOLIO_LIMITS} gives an empty sheet.
 *
 * @param text - the file's text, as decoded (a UTF-8 byte order mark is dropped)
 * @param name - the sheet's name, for the person: the file's name
 * @returns the sheet and the problems met
 * @example
 * parseCsv("Compte;ARR actuel;Client depuis\nAcme;12 000,50 €;31/01/2019").sheet.rows
 * //=> [["Acme", 12000.5, "2019-01-31"]]
 * @example
 * parseCsv('Account,ARR,Since\n"Acme, Inc.","$1,234.50",01/02/2019\nBeta,12k,').sheet.rows
 * //=> [["Acme, Inc.", 1234.5, "01/02/2019"], ["Beta", "12k", null]]
 * @example
 * parseCsv("Account,ARR\nAcme,10,extra").problems[0].en
 * //=> 'Row 2 has more cells than the 2 headers: the extra cells are kept in the new column "Column 3".'
 */
export function parseCsv(
  text: string,
  name = "CSV",
  onProgress?: OnProgress,
): { sheet: PortfolioSheet; problems: Bilingual[] } {
  const nothing: PortfolioSheet = { name, headers: [], rows: [] };
  const size = utf8Size(text);
  if (size > PORTFOLIO_LIMITS.bytes) return { sheet: nothing, problems: [tooLarge(size)] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const parsed = parseRecords(body, delimiter, onProgress);
  if ("refused" in parsed) return { sheet: nothing, problems: [parsed.refused] };
  const { records } = parsed;
  const first = records.findIndex((record) => !blankRecord(record));
  if (first === -1) return { sheet: nothing, problems: [EMPTY_FILE] };
  let last = records.length - 1;
  while (last > first && blankRecord(records[last] ?? [])) last--;

  const named = records[first] ?? [];
  const fewer: number[] = [];
  const more: number[] = [];
  let width = named.length;
  for (let i = first + 1; i <= last; i++) {
    const record = records[i] ?? [];
    if (blankRecord(record)) continue;
    // Record i is row i + 1 when Excel opens the file.
    if (record.length < named.length) fewer.push(i + 1);
    else if (record.length > named.length) more.push(i + 1);
    width = Math.max(width, record.length);
  }
  const headers = uniqueHeaders(Array.from({ length: width }, (_, c) => named[c] ?? ""));
  const rows = records
    .slice(first + 1, last + 1)
    .map((record) => headers.map((_, c) => csvCell(record[c] ?? "", delimiter)));

  const problems: Bilingual[] = [];
  for (const error of parsed.errors.slice(0, 10)) problems.push(quoteProblem(error, first));
  if (fewer.length > 0) problems.push(fewerCells(fewer, named.length));
  if (more.length > 0) problems.push(moreCells(more, named.length, headers.slice(named.length)));
  return { sheet: { name, headers, rows, ...startingAt(first + 2) }, problems };
}

/**
 * Reads a .csv (or tab-separated) file's bytes into one sheet: its text decoded by `csvText` (text.ts: UTF-16
 * with its byte order mark, UTF-8, or Windows-1252), then read by {@link parseCsv}. A file over
 * {@link PORTFOLIO_LIMITS}, or not text, gives an empty sheet and says why. Never throws.
 *
 * @param bytes - the file's bytes
 * @param name - the sheet's name, for the person: the file's name
 * @param onProgress - told how far the read has come, every few thousand records
 * @returns the sheet and the problems met
 * @example
 * readCsvPortfolio(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x0a, 0, 0x31, 0]), "unicode.txt").sheet.rows
 * //=> [[1]]
 */
export function readCsvPortfolio(
  bytes: Uint8Array,
  name = "CSV",
  onProgress?: OnProgress,
): { sheet: PortfolioSheet; problems: Bilingual[] } {
  const nothing: PortfolioSheet = { name, headers: [], rows: [] };
  if (bytes.byteLength > PORTFOLIO_LIMITS.bytes)
    return { sheet: nothing, problems: [tooLarge(bytes.byteLength)] };
  const read = csvText(bytes);
  if ("refused" in read) return { sheet: nothing, problems: [read.refused] };
  return parseCsv(read.text, name, onProgress);
}

/**
 * Reads every sheet of an .xlsx file that holds data into a sheet each: the headers are the sheet's first
 * non-empty row, the rows all those under it down to the last one with data, the columns those from the
 * first to the last with data (a blank header is `Column N`). Numbers and booleans stay;
 * dates become `"YYYY-MM-DD"` text (their UTC day); a formula gives its saved result; rich text and links
 * give their text; an error value gives its text (`"#N/A"`). Never throws: a file that cannot be read gives
 * a problem and no sheets.
 *
 * @param bytes - the file's bytes
 * @param onProgress - told how far the read has come: the checks, exceljs's parse, then each sheet's rows
 * @returns the sheets with data, in the workbook's order, and the problems met
 * @example
 * (await readXlsxPortfolio(new TextEncoder().encode("Account,ARR\nAcme,10"))).problems[0].en
 * //=> 'This file could not be read as an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)", or export the sheet as .csv, and import it again.'
 */
export function readXlsxPortfolio(
  bytes: Uint8Array,
  onProgress?: OnProgress,
): Promise<{ sheets: PortfolioSheet[]; problems: Bilingual[] }> {
  return readXlsx(bytes, onProgress);
}

async function readXlsx(
  bytes: Uint8Array,
  onProgress: OnProgress = () => {},
): Promise<{ sheets: PortfolioSheet[]; problems: Bilingual[] }> {
  if (bytes.byteLength > PORTFOLIO_LIMITS.bytes)
    return { sheets: [], problems: [tooLarge(bytes.byteLength)] };
  // exceljs holds the pane until it has parsed everything: what it would choke on is refused before.
  const refused = inspectXlsx(bytes);
  if (refused !== undefined) return { sheets: [], problems: [refused] };
  onProgress({ fraction: 0.1, rows: 0 });
  let workbook: ExcelJS.Workbook;
  try {
    const { Workbook } = await loadExcelJS();
    workbook = new Workbook();
    await workbook.xlsx.load(withoutTableFormulas(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { sheets: [], problems: [unreadable(bytes)] };
  }
  const sheets: PortfolioSheet[] = [];
  const problems: Bilingual[] = [];
  let rows = 0;
  onProgress({ fraction: 0.8, rows });
  for (const [index, worksheet] of workbook.worksheets.entries()) {
    const read = readWorksheet(worksheet);
    rows += read.sheet?.rows.length ?? 0;
    onProgress({ fraction: 0.8 + (0.2 * (index + 1)) / workbook.worksheets.length, rows });
    if (read.sheet) sheets.push(read.sheet);
    problems.push(...read.problems);
  }
  if (sheets.length === 0 && problems.length === 0) problems.push(NO_DATA);
  return { sheets, problems };
}

/**
 * The accounts of a sheet: one per row, blank rows included (the segmentation counts them), with the mapped
 * fields only. A column outside the sheet maps nothing.
 *
 * @param sheet - the sheet read from the file
 * @param mapping - the column of each field
 * @returns one account per row, in order
 * @example
 * mapRows({ name: "CSV", headers: ["Client", "Pays", "ARR"], rows: [["Acme", "FR", 1200], [null, null, null]] }, { account: 0, currentArr: 2 })
 * //=> [{ account: "Acme", currentArr: 1200 }, { account: null, currentArr: null }]
 */
export function mapRows(
  sheet: PortfolioSheet,
  mapping: Partial<Record<PortfolioColumn, number>>,
): AccountRow[] {
  const columns = PORTFOLIO_COLUMNS.flatMap((field) => {
    const column = mapping[field];
    return column !== undefined && Number.isInteger(column) && column >= 0 && column < sheet.headers.length
      ? [[field, column] as const]
      : [];
  });
  return sheet.rows.map((row) => {
    const account: { -readonly [K in PortfolioColumn]?: TableCell } = {};
    for (const [field, column] of columns) account[field] = row[column] ?? null;
    return account;
  });
}

/** The `firstRow` of a sheet, said only when it is not the usual 2 (headers in row 1). */
const startingAt = (firstRow: number): { firstRow?: number } => (firstRow === 2 ? {} : { firstRow });

// ---- .csv ----

/** How many records between two reports of progress. */
const PROGRESS_EVERY = 4096;

/** Blank lines are not stored one by one until a record with text follows them. */
const BLANK: readonly string[] = [];

/**
 * The file's records, parsed one at a time and stopped at the first one beyond {@link PORTFOLIO_LIMITS}: too
 * many rows (counted from the first line with text; blank lines at the end do not count), fields, or
 * characters in a cell. Quote problems keep the record they are in (from 0).
 */
function parseRecords(
  body: string,
  delimiter: string,
  onProgress: OnProgress = () => {},
): { records: string[][]; errors: { code: string; row: number }[] } | { refused: Bilingual } {
  const records: string[][] = [];
  const errors: { code: string; row: number }[] = [];
  let blanks = 0;
  let firstText = -1;
  let refused: Bilingual | undefined;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const record = result.data;
      const index = records.length + blanks;
      if (index % PROGRESS_EVERY === 0)
        onProgress({ fraction: result.meta.cursor / body.length, rows: index });
      for (const error of result.errors) errors.push({ code: error.code, row: index });
      if (record.length > PORTFOLIO_LIMITS.columns) refused = tooWide(undefined, "columns", record.length);
      else if (record.some((cell) => cell.length > PORTFOLIO_LIMITS.cellText))
        refused = tooLongText({ row: index + 1 });
      else if (blankRecord(record)) blanks++;
      else {
        for (; blanks > 0; blanks--) records.push(BLANK as string[]);
        if (firstText === -1) firstText = records.length;
        records.push(record);
        if (records.length - 1 - firstText > PORTFOLIO_LIMITS.rows)
          refused = tooManyRows(PORTFOLIO_LIMITS.rows, undefined, true);
      }
      // A run of blank lines longer than the rows the import takes is refused as they are read.
      if (blanks > PORTFOLIO_LIMITS.rows) refused = tooManyRows(PORTFOLIO_LIMITS.rows, undefined, true);
      if (refused !== undefined) parser.abort();
    },
  });
  return refused === undefined ? { records, errors } : { refused };
}

/** Bytes of the text in UTF-8, counted only when the length alone does not decide. */
function utf8Size(text: string): number {
  if (text.length > PORTFOLIO_LIMITS.bytes || text.length * 3 <= PORTFOLIO_LIMITS.bytes) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 2 units and 4 bytes; other characters from U+0800 are 3 bytes.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

const blankRecord = (record: readonly string[]) => record.every((cell) => cell.trim() === "");

// ---- .xlsx ----

/** exceljs, loaded on first use; webpack makes it a chunk of its own (see addin/xlsx-export.ts). */
async function loadExcelJS(): Promise<typeof ExcelJS> {
  const module = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // A CommonJS module: its exports are the namespace's `default`, in Node as in webpack.
  return (module as { default?: typeof ExcelJS }).default ?? module;
}

function readWorksheet(worksheet: ExcelJS.Worksheet): {
  sheet: PortfolioSheet | null;
  problems: Bilingual[];
} {
  const values = new Map<number, Map<number, TableCell>>();
  const noResult: string[] = [];
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's value is its top-left cell's; the other cells are blank.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = xlsxValue(cell.value, () => noResult.push(cell.address));
      if (value === null) return;
      let cells = values.get(r);
      if (!cells) values.set(r, (cells = new Map()));
      cells.set(c, value);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const problems: Bilingual[] = [];
  if (noResult.length > 0) problems.push(formulasWithoutResult(worksheet.name, noResult));
  if (bottom === 0) return { sheet: null, problems };
  if (bottom - top > PORTFOLIO_LIMITS.rows)
    return { sheet: null, problems: [...problems, tooManyRows(bottom - top, worksheet.name)] };
  const columns = Array.from({ length: right - left + 1 }, (_, c) => left + c);
  const headerCells = values.get(top);
  const headers = uniqueHeaders(columns.map((c) => headerText(headerCells?.get(c) ?? null)));
  const rows: TableCell[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const cells = values.get(r);
    rows.push(columns.map((c) => cells?.get(c) ?? null));
  }
  return { sheet: { name: worksheet.name, headers, rows, ...startingAt(top + 1) }, problems };
}

function headerText(value: TableCell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
