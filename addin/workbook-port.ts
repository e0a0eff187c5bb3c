/**
 * The one seam between CSM Kit and the workbook it runs in. The task pane talks to the host only through
 * this interface; Excel (office-js) and the in-browser workbook each implement it.
 *
 * Ownership is the rule that keeps the user's work safe: the add-in writes only to sheets and tables it
 * created itself (recorded in the document), updates them in place on rerun, and refuses to touch anything
 * else, saying why. One exception, and only because the person explicitly asks for it:
 * {@link WorkbookPort.appendColumn} adds one formula column at the right edge of a user's table, over cells
 * that were empty, and records that column as the add-in's, so that a rerun updates its formula and nothing
 * else of that table is ever changed.
 */
import type { Bilingual } from "../functions/excel/language";

/** What a cell holds once read back: blanks read as `null`. */
export type CellValue = string | number | boolean | null;

/**
 * One column of a table the add-in writes ({@link TableWrite}): a header and, per column, a number format and
 * a formula. A template's columns are another thing, `ColumnSpec` in templates/spec.ts.
 */
export interface ColumnWrite {
  readonly header: string;
  /** An Excel number format for the whole column, e.g. `"0.0%"`. */
  readonly numberFormat?: string;
  /**
   * A native formula for every data row, with structured references to the same row (`"=[@Time]/[@Value]"`).
   * When present, the column's values in `rows` are ignored.
   */
  readonly formula?: string;
  /**
   * A column kept for formulas and for reading the table back (an id) that a reader need not see: the .xlsx
   * export hides it.
   */
  readonly hidden?: boolean;
}

/** A table as the add-in asks for it to be written. */
export interface TableWrite {
  /**
   * The Excel table name: letters, digits, `_` and `.`, starting with a letter, `_` or `\`; at most 255
   * characters; not a cell reference (`A1`, `R1C1`). Unique in the workbook, ignoring case, among tables
   * and defined names.
   */
  readonly name: string;
  /**
   * The sheet that holds it; the add-in creates it if it does not exist, and owns it from then on. On a
   * sheet it already owns, a new table goes on the first row, one blank column right of what is there.
   */
  readonly sheet: string;
  readonly columns: readonly ColumnWrite[];
  /**
   * One array per data row, exactly one value per column (else `invalid-shape`); `null` and `""` write a
   * blank. Text is always written as text, even when it starts with `=` or looks like a number or date.
   */
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Native charts drawn from this table's columns, on the same sheet, owned with the table: a rerun
   * replaces them (same name, never a second copy). Their series refer to the table's cells, so they follow
   * the numbers the user edits in Excel.
   */
  readonly charts?: readonly ChartSpec[];
}

/**
 * A native chart over the columns of the table it is written with.
 * - `scatter`: an XY scatter, one series per entry of `series`, X values from `x`, Y values from the series
 *   column (rows whose cell is blank or `#N/A` are not plotted, so one column per colour group colours the
 *   points).
 * - `timeline`: a Gantt chart, a stacked horizontal bar per row labelled by `x`; the first series (the
 *   start) is drawn without fill, the second (the duration) shows the bar.
 */
export interface ChartSpec {
  /** Unique on its sheet; letters, digits, spaces and `_`. */
  readonly name: string;
  readonly kind: "scatter" | "timeline";
  readonly title: string;
  /** Header of the column holding X values (scatter) or each bar's label (timeline). */
  readonly x: string;
  readonly series: readonly ChartSeries[];
  /** Axis titles, when the chart needs them. */
  readonly axes?: { readonly x?: string; readonly y?: string };
}

/** One series of a {@link ChartSpec}: its legend name, its column, and its colour as `#RRGGBB`. */
export interface ChartSeries {
  readonly name: string;
  /** Header of the column holding the series' values. */
  readonly column: string;
  readonly colour?: string;
}

/** A table as found in the workbook. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
  /** True when CSM Kit created it (and may update it). */
  readonly owned: boolean;
  /**
   * Set by `writeTable` when the write asked for charts that this Excel cannot draw (they need ExcelApi 1.7:
   * Excel 2019, Microsoft 365 or Excel on the web): the table was written, its charts were not, and any
   * chart an earlier run drew is left as it was. Absent otherwise.
   */
  readonly chartsSkipped?: boolean;
  /**
   * Set by Excel's `writeTable` when texts of the write (headers or values) had to be changed so that the
   * workbook can hold them (xlsx/safe-text.ts: characters it refuses become U+FFFD, over-long texts are cut):
   * how many. Absent when none was.
   */
  readonly textsChanged?: number;
}

/**
 * How {@link WorkbookPort.readTable} reads a cell that holds a formula:
 * - `formulas`: as its formula text (`"=[@Time]/[@Value]"`), to read back what the add-in wrote;
 * - `values`: as the value Excel computed (what `Range.values` gives; an error as its text, `"#N/A"`), never
 *   the formula text, to read a user's table whose columns may be formulas. The in-browser workbook computes
 *   no formulas: there, a formula column reads as `null` in this mode.
 *
 * Cells without a formula read as their value in both modes, blanks as `null`.
 */
export type ReadMode = "formulas" | "values";

/** A table's contents as read back, in the {@link ReadMode} asked for. */
export interface TableContents extends TableInfo {
  /**
   * One array per data row. In `formulas` mode a cell holding a formula reads as its formula text
   * (`"=[@Time]/[@Value]"`); in `values` mode as its computed value. Any other cell reads as its value,
   * blanks as `null`.
   */
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * A block of cells the person selected, read as a table would be: the first row as headers, the others as
 * data rows. It is the part of the selection that holds values (Excel's used range within it), so a
 * selection of whole columns or of the whole sheet reads as the block of data it covers, not a million
 * blank rows.
 */
export interface RangeContents {
  /** The range's address with its sheet, as Excel gives it, e.g. `"Accounts!A1:F120"`. */
  readonly address: string;
  /** The first row's texts (blank → `"Column N"`, N its position from 1; numbers as text). */
  readonly headers: readonly string[];
  /**
   * The other rows as Excel computed them (values, never formula texts; an error as its text, `"#N/A"`);
   * blanks as `null`; trailing all-blank rows dropped.
   */
  readonly rows: readonly (readonly CellValue[])[];
}

/** The live formula column {@link WorkbookPort.appendColumn} adds to a table. */
export interface FormulaColumn {
  /** The column's header: not blank, at most 255 characters; unique in its table, ignoring case. */
  readonly header: string;
  /**
   * The formula of every data row, starting with `=`, usually with structured references to the same row:
   * `"=INDEX(CSMKit_Segments[Tier],MATCH([@Account],CSMKit_Segments[Account],0))"`.
   */
  readonly formula: string;
  /** An Excel number format for the column's data rows, e.g. `"0.0%"`; left as it is when omitted. */
  readonly numberFormat?: string;
}

/** Why the port refused or failed: a message a person can act on, in both languages. */
export class WorkbookError extends Error {
  constructor(
    /**
     * `not-owned`: it is the user's; `invalid-name` / `invalid-shape`: Excel would refuse the name or the
     * rows; `not-found`: nothing of that name; `unreadable`: the ownership record cannot be read (the add-in
     * then owns nothing); `host`: Excel itself failed.
     */
    readonly reason: "not-owned" | "invalid-name" | "invalid-shape" | "not-found" | "unreadable" | "host",
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = "WorkbookError";
  }
}

export interface WorkbookPort {
  /** Which host this is, for the status line: Excel, or the in-browser workbook of the standalone planner. */
  readonly host: "excel" | "memory";

  /** Every table of the workbook, the user's and the add-in's. */
  listTables(): Promise<readonly TableInfo[]>;

  /**
   * One table's contents, or `undefined` when there is no table of that name.
   *
   * @param name - the table's name, compared ignoring case
   * @param mode - how formula cells read (see {@link ReadMode}); `"formulas"` when omitted
   */
  readTable(name: string, mode?: ReadMode): Promise<TableContents | undefined>;

  /**
   * What the person selected in the workbook, to read a portfolio from a plain range that is not formatted
   * as a table: the block of the selection that holds values, its first row as headers (see
   * {@link RangeContents}). A selection without any value reads as no headers and no rows, with the
   * selection's address; a selection of one row reads as headers and no rows: the caller asks the person to
   * select the headers and the rows.
   *
   * Rejects with a {@link WorkbookError} `invalid-shape` when the selection is not one block of cells
   * (several areas selected with Ctrl+click), saying to select one block.
   *
   * @returns the selection's contents, or `undefined` where there is no selection to read (the in-browser
   *   workbook of the standalone planner, which imports files instead)
   */
  readSelection(): Promise<RangeContents | undefined>;

  /**
   * Creates the table, or updates it in place when the add-in already owns a table of that name (same
   * sheet, same name, rows and columns replaced). Rejects with a {@link WorkbookError} `not-owned` when the
   * sheet or the table name belongs to the user, or when a growing table would cover cells that are not its
   * own, and never changes a cell outside its own tables.
   */
  writeTable(table: TableWrite): Promise<TableInfo>;

  /**
   * Adds one formula column at the right edge of a table, the user's included; when the add-in added a
   * column of that header to that table before, updates that column's formula (and number format) instead.
   *
   * This is the only write to a user's table the port allows, and only because the person explicitly asked
   * for it (the segmentation wizard's "add a Tier column to my table"): the column goes over cells that were
   * empty, it is recorded as the add-in's in the document, and no other cell of the workbook changes.
   *
   * Rejects with a {@link WorkbookError}: `invalid-name` for a blank header or one over 255 characters;
   * `invalid-shape` for a formula that does not start with `=` (or is over 8,192 characters), or a table
   * that already reaches the sheet's last column (Excel itself reports that one, as `host`); `not-found`
   * when there is no such table; `not-owned` when the table already has a column of that header that the
   * add-in did not add, or when a cell of the new column (header, data rows, totals row) is not empty.
   *
   * @param table - the table's name, compared ignoring case
   * @param column - the column to add or update
   * @returns the table as it is after the change (`owned` stays false on a user's table)
   */
  appendColumn(table: string, column: FormulaColumn): Promise<TableInfo>;

  /** The formula or reference of a workbook-scoped defined name, e.g. `"=Plan!$B$2"`, or `undefined`. */
  getName(name: string): Promise<string | undefined>;

  /** Creates or updates a defined name that the add-in owns; a user's name of the same spelling is refused. */
  setName(name: string, formula: string): Promise<void>;

  /** A value saved with the document (plan state), or `undefined`. */
  getSetting(key: string): Promise<string | undefined>;

  /** Saves a value with the document. The key {@link OWNERSHIP_SETTING} is the add-in's own and is refused. */
  setSetting(key: string, value: string): Promise<void>;

  /**
   * Why the add-in's record of what it owns cannot be read (a {@link WorkbookError} `unreadable`, for the
   * status line), or `undefined` when it reads fine or nothing is recorded yet. While it is unreadable the
   * add-in owns nothing: it refuses to change any existing sheet, table or name.
   */
  ownershipProblem(): Promise<WorkbookError | undefined>;
}

/** The document setting under which the add-in records what it owns. */
export const OWNERSHIP_SETTING = "csmkit.owned";
