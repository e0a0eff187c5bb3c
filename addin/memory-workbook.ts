/**
 * The in-browser workbook: sheets holding tables and loose cells, defined names and document settings, with
 * the same ownership rules as Excel. The standalone planner runs on it, and tests use it to drive the task
 * pane without Excel.
 *
 * It does not evaluate formulas: a formula column keeps its formula text, and reading the table back gives
 * that text in every row (in `formulas` mode) or `null` (in `values` mode, where Excel would give the
 * computed value). Charts are kept as asked for, with their table; {@link MemoryWorkbook.contents} hands
 * everything over as plain data (for the .xlsx export), a formula column added to a user's table included.
 */
import {
  OWNERSHIP_SETTING,
  WorkbookError,
  type CellValue,
  type ChartSpec,
  type ColumnWrite,
  type FormulaColumn,
  type RangeContents,
  type ReadMode,
  type TableContents,
  type TableInfo,
  type TableWrite,
  type WorkbookPort,
} from "./workbook-port";
import {
  decideAppend,
  decideName,
  decideWrite,
  foldName,
  formulaColumnProblem,
  growthProblem,
  isOwned,
  readOwnership,
  sameName,
  tableNotFound,
  tableWriteProblem,
  UNREADABLE_OWNERSHIP_SETTING,
  withOwned,
  withOwnedColumn,
  writeOwnership,
  wrongSheetProblem,
  type OwnershipRegistry,
} from "./ownership";
import { MAX_COLUMNS } from "../functions/excel/a1";
import { boundingBox, intersection, placeBeside, tableBox, type CellBox } from "./table-layout";
import { problem } from "./workbook-messages";
import { chartsProblem, columnIndex } from "./chart-specs";
import type { SheetContents, WorkbookContents } from "./workbook-contents";

/** How to start a memory workbook. */
export interface MemoryWorkbookOptions {
  /** Document settings as stored, e.g. a damaged ownership record for a test. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** A table of the user's, for seeding a workbook the add-in must not change. */
export interface UserTableSeed {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Top-left cell of the header row, zero-based; A1 when omitted. */
  readonly row?: number;
  readonly column?: number;
}

interface MemorySheet {
  readonly name: string;
  /** Loose cells the user typed outside any table, keyed `row,column`. */
  readonly cells: Map<string, CellValue>;
}

interface MemoryTable {
  readonly name: string;
  readonly sheet: MemorySheet;
  box: CellBox;
  columns: readonly ColumnWrite[];
  rows: CellValue[][];
  charts: readonly ChartSpec[];
}

/**
 * A {@link WorkbookPort} held in memory. Names compare as Excel compares them (ignoring case), tables are
 * laid out on a grid so that growing or adding a table is refused over cells that are not the add-in's, and
 * ownership is recorded as JSON in the {@link OWNERSHIP_SETTING} setting, as in Excel.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly host = "memory";
  private readonly sheets: MemorySheet[] = [];
  private readonly tables: MemoryTable[] = [];
  private readonly names = new Map<string, { name: string; formula: string }>();
  private readonly settings = new Map<string, string>();

  /**
   * @param options - settings to start with
   */
  constructor(options: MemoryWorkbookOptions = {}) {
    for (const [key, value] of Object.entries(options.settings ?? {})) this.settings.set(key, value);
  }

  /**
   * Adds an empty sheet of the user's (not the add-in's).
   *
   * @param name - the sheet name
   */
  addUserSheet(name: string): void {
    this.sheetOrCreate(name);
  }

  /**
   * Types a value into a loose cell of a user's sheet (created when missing).
   *
   * @param sheet - the sheet name
   * @param row - zero-based row
   * @param column - zero-based column
   * @param value - what the cell holds
   */
  addUserCell(sheet: string, row: number, column: number, value: CellValue): void {
    const target = this.sheetOrCreate(sheet);
    if (this.tableAt(target, row, column) !== undefined)
      throw new Error(`cell ${row},${column} is in a table`);
    target.cells.set(`${row},${column}`, value);
  }

  /**
   * Adds a table of the user's (not the add-in's), creating its sheet when missing.
   *
   * @param seed - the table
   */
  addUserTable(seed: UserTableSeed): void {
    if (this.findTable(seed.name) !== undefined || this.findName(seed.name) !== undefined) {
      throw new Error(`the name ${seed.name} is taken`);
    }
    const sheet = this.sheetOrCreate(seed.sheet);
    const box = tableBox(seed.row ?? 0, seed.column ?? 0, seed.rows.length, seed.headers.length);
    if (this.occupiedIn(sheet, box, undefined) !== undefined)
      throw new Error(`${seed.name} would cover cells`);
    this.tables.push({
      name: seed.name,
      sheet,
      box,
      columns: seed.headers.map((header) => ({ header })),
      rows: seed.rows.map((row) => row.map(normalise)),
      charts: [],
    });
  }

  /**
   * Adds a defined name of the user's.
   *
   * @param name - the name
   * @param formula - what it refers to, e.g. `"=Inputs!$B$2"`
   */
  addUserName(name: string, formula: string): void {
    this.names.set(foldName(name), { name, formula });
  }

  /**
   * What a loose cell of a sheet holds (for tests proving the user's cells are untouched).
   *
   * @param sheet - the sheet name
   * @param row - zero-based row
   * @param column - zero-based column
   * @returns the value, or `undefined` for an empty cell or a missing sheet
   */
  userCell(sheet: string, row: number, column: number): CellValue | undefined {
    return this.findSheet(sheet)?.cells.get(`${row},${column}`);
  }

  /** The sheet names, in the order they were added. */
  sheetNames(): readonly string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /**
   * Everything the workbook holds, as plain data that shares nothing with it: sheets in order, each with its
   * tables (where they sit, their columns, rows and charts) and loose cells (row by row), then the defined
   * names. Settings are not included.
   *
   * @returns the workbook's contents
   */
  contents(): WorkbookContents {
    const { registry } = this.ownership();
    const sheets = this.sheets.map((sheet): SheetContents => ({
      name: sheet.name,
      tables: this.tables
        .filter((table) => table.sheet === sheet)
        .map((table) => ({
          name: table.name,
          row: table.box.row,
          column: table.box.column,
          columns: table.columns.map((column) => ({ ...column })),
          rows: table.rows.map((row) => [...row]),
          charts: table.charts.map(copyChart),
          owned: isOwned(registry, "tables", table.name),
        })),
      cells: [...sheet.cells]
        .map(([key, value]) => ({ ...cellOf(key), value }))
        .sort((a, b) => a.row - b.row || a.column - b.column),
    }));
    return { sheets, names: [...this.names.values()].map((name) => ({ ...name })) };
  }

  async listTables(): Promise<readonly TableInfo[]> {
    const { registry } = this.ownership();
    return this.tables.map((table) => this.info(table, registry));
  }

  /**
   * A table's rows. This workbook computes no formulas: in `values` mode a formula column reads as `null`
   * in every row (Excel would give its computed values).
   */
  async readTable(name: string, mode: ReadMode = "formulas"): Promise<TableContents | undefined> {
    const table = this.findTable(name);
    if (table === undefined) return undefined;
    const rows = table.rows.map((row) =>
      row.map((value, column) => {
        const formula = table.columns[column]?.formula;
        if (formula === undefined) return value;
        return mode === "formulas" ? formula : null;
      }),
    );
    return { ...this.info(table, this.ownership().registry), rows };
  }

  /**
   * Always `undefined`: this workbook has no selection. The standalone planner imports a file (.xlsx, .csv)
   * where Excel would read the selected cells.
   */
  async readSelection(): Promise<RangeContents | undefined> {
    return undefined;
  }

  async appendColumn(name: string, column: FormulaColumn): Promise<TableInfo> {
    const invalid = formulaColumnProblem(name, column);
    if (invalid !== undefined) throw invalid;
    const table = this.findTable(name);
    if (table === undefined) throw tableNotFound(name);
    const ownership = this.ownership();
    const { box } = table;
    const beside: CellBox = { ...box, column: box.column + box.columnCount, columnCount: 1 };
    const decision = decideAppend(column, ownership, {
      table: table.name,
      sheet: table.sheet.name,
      headers: table.columns.map((spec) => spec.header),
      free: this.occupiedIn(table.sheet, beside, undefined) === undefined,
    });
    if (decision.action === "refuse") throw decision.error;
    const format = column.numberFormat === undefined ? {} : { numberFormat: column.numberFormat };
    if (decision.action === "update") {
      table.columns = table.columns.map((spec, index) =>
        index === decision.index ? { ...spec, formula: column.formula, ...format } : spec,
      );
      table.rows = table.rows.map((row) =>
        row.map((value, index) => (index === decision.index ? null : value)),
      );
      return this.info(table, ownership.registry);
    }
    if (beside.column >= MAX_COLUMNS) throw problem("invalid-shape", "too-large", { table: table.name });
    table.box = { ...box, columnCount: box.columnCount + 1 };
    table.columns = [...table.columns, { header: column.header, formula: column.formula, ...format }];
    table.rows = table.rows.map((row) => [...row, null]);
    const registry = withOwnedColumn(ownership.registry, table.name, column.header);
    if (registry !== ownership.registry) this.record(registry, ownership.problem !== undefined);
    return this.info(table, registry);
  }

  async writeTable(request: TableWrite): Promise<TableInfo> {
    const invalid = tableWriteProblem(request) ?? chartsProblem(request);
    if (invalid !== undefined) throw invalid;
    const ownership = this.ownership();
    const existing = this.findTable(request.name);
    const decision = decideWrite(request, ownership, {
      sheet: this.findSheet(request.sheet)?.name,
      table: existing?.name,
      definedName: this.findName(request.name) !== undefined,
    });
    if (decision.action === "refuse") throw decision.error;
    const rows = request.rows.map((row) =>
      row.map((value, column) => (request.columns[column]?.formula === undefined ? normalise(value) : null)),
    );
    if (decision.action === "update") {
      if (existing === undefined) throw new Error("unreachable: an update needs the table");
      const elsewhere = wrongSheetProblem(request, existing.sheet.name);
      if (elsewhere !== undefined) throw elsewhere;
      const target = tableBox(existing.box.row, existing.box.column, rows.length, request.columns.length);
      const blocked = growthProblem(request, existing.box, this.occupiedIn(existing.sheet, target, existing));
      if (blocked !== undefined) throw blocked;
      existing.box = target;
      existing.columns = request.columns.map((column) => ({ ...column }));
      existing.rows = rows;
      this.drawCharts(existing, request);
      return this.info(existing, ownership.registry);
    }
    const sheet = this.sheetOrCreate(decision.sheet);
    const box = placeBeside(
      this.occupiedIn(sheet, undefined, undefined),
      rows.length,
      request.columns.length,
    );
    if (box === undefined) throw problem("not-owned", "no-room-beside", { sheet: sheet.name });
    const table: MemoryTable = {
      name: request.name,
      sheet,
      box,
      columns: request.columns.map((column) => ({ ...column })),
      rows,
      charts: [],
    };
    this.tables.push(table);
    this.drawCharts(table, request);
    let registry = withOwned(ownership.registry, "tables", table.name);
    if (decision.createSheet) registry = withOwned(registry, "sheets", sheet.name);
    this.record(registry, ownership.problem !== undefined);
    return this.info(table, registry);
  }

  async getName(name: string): Promise<string | undefined> {
    return this.findName(name)?.formula;
  }

  async setName(name: string, formula: string): Promise<void> {
    const ownership = this.ownership();
    const existing = this.findName(name);
    const decision = decideName(name, ownership, {
      exists: existing !== undefined,
      table: this.findTable(name) !== undefined,
    });
    if (decision instanceof WorkbookError) throw decision;
    if (existing !== undefined) {
      existing.formula = formula;
      return;
    }
    this.names.set(foldName(name), { name, formula });
    this.record(withOwned(ownership.registry, "names", name), ownership.problem !== undefined);
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    if (key === OWNERSHIP_SETTING) throw problem("invalid-name", "reserved-setting", { key });
    this.settings.set(key, value);
  }

  async ownershipProblem(): Promise<WorkbookError | undefined> {
    return this.ownership().problem;
  }

  /**
   * Gives a table the charts of its write, as Excel does: a chart of the same name on the sheet is replaced,
   * others stay, unless a column they draw from is gone.
   */
  private drawCharts(table: MemoryTable, request: TableWrite): void {
    const drawn = (request.charts ?? []).map(copyChart);
    for (const other of this.tables) {
      if (other.sheet !== table.sheet) continue;
      other.charts = other.charts.filter(
        (chart) =>
          !drawn.some((spec) => sameName(spec.name, chart.name)) &&
          [chart.x, ...chart.series.map((series) => series.column)].every(
            (header) => columnIndex(other.columns, header) >= 0,
          ),
      );
    }
    table.charts = [...table.charts, ...drawn];
  }

  private ownership(): ReturnType<typeof readOwnership> {
    return readOwnership(this.settings.get(OWNERSHIP_SETTING));
  }

  /** Saves the registry; an unreadable one is set aside first, never silently dropped. */
  private record(registry: OwnershipRegistry, replacesUnreadable: boolean): void {
    const previous = this.settings.get(OWNERSHIP_SETTING);
    if (replacesUnreadable && previous !== undefined)
      this.settings.set(UNREADABLE_OWNERSHIP_SETTING, previous);
    this.settings.set(OWNERSHIP_SETTING, writeOwnership(registry));
  }

  private info(table: MemoryTable, registry: OwnershipRegistry): TableInfo {
    return {
      name: table.name,
      sheet: table.sheet.name,
      headers: table.columns.map((column) => column.header),
      rowCount: table.rows.length,
      owned: isOwned(registry, "tables", table.name),
    };
  }

  private findSheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  private sheetOrCreate(name: string): MemorySheet {
    const found = this.findSheet(name);
    if (found !== undefined) return found;
    const sheet: MemorySheet = { name, cells: new Map() };
    this.sheets.push(sheet);
    return sheet;
  }

  private findTable(name: string): MemoryTable | undefined {
    return this.tables.find((table) => sameName(table.name, name));
  }

  private findName(name: string): { name: string; formula: string } | undefined {
    return this.names.get(foldName(name));
  }

  private tableAt(sheet: MemorySheet, row: number, column: number): MemoryTable | undefined {
    const cell = { row, column, rowCount: 1, columnCount: 1 };
    return this.tables.find((table) => table.sheet === sheet && intersection(table.box, cell) !== undefined);
  }

  /**
   * The rectangle around every occupied cell of a sheet (tables and loose cells), within `area` when given,
   * as Excel's "used range" would report it.
   */
  private occupiedIn(
    sheet: MemorySheet,
    area: CellBox | undefined,
    own: MemoryTable | undefined,
  ): CellBox | undefined {
    const boxes: CellBox[] = [];
    for (const table of this.tables) {
      if (table.sheet !== sheet) continue;
      const part = area === undefined || table === own ? table.box : intersection(table.box, area);
      if (part !== undefined) boxes.push(part);
    }
    for (const key of sheet.cells.keys()) {
      const cell = { ...cellOf(key), rowCount: 1, columnCount: 1 };
      if (area === undefined || intersection(cell, area) !== undefined) boxes.push(cell);
    }
    return boundingBox(boxes);
  }
}

/** The position of a loose cell from its key, `row,column`. */
function cellOf(key: string): { row: number; column: number } {
  const [row = 0, column = 0] = key.split(",").map(Number);
  return { row, column };
}

/** A chart that shares nothing with the one given. */
function copyChart(chart: ChartSpec): ChartSpec {
  const series = chart.series.map((item) => ({ ...item }));
  return chart.axes === undefined ? { ...chart, series } : { ...chart, series, axes: { ...chart.axes } };
}

/** Blanks are `null` whether written as `null` or `""`; Excel has no negative zero. */
function normalise(value: CellValue): CellValue {
  if (value === "") return null;
  if (value === 0) return 0;
  return value;
}
