// A small Excel for the office adapter's tests: a grid of cells, tables, defined names and settings, seen
// through office-addin-mock proxies. Only the members the adapter uses exist, so a call the real API does not
// have fails here too. Properties read before load + sync give the mock's "Error, property was not loaded" /
// "Error, context.sync() was not called" strings. Property writes and method calls are queued and replayed in
// order at sync, like Excel's batch: the first failing step (a duplicate sheet, an overlapping table) stops
// the batch and rejects the sync. Loads read the workbook as it was when their proxy was created. Each sheet
// keeps its charts as the adapter configured them (see FakeChart), not how Excel would draw them. Formulas
// are not calculated: a formula cell shows 0, or the value a test gave it with `calculate`. The selection is
// what `select` set; like Excel, `getSelectedRange` fails (InvalidSelection) when it has several areas.
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook, type ExcelRun, type OfficeWorkbookOptions } from "../../addin/office-workbook";
import { MAX_COLUMNS as GRID_COLUMNS, MAX_ROWS as GRID_ROWS } from "../../functions/excel/a1";
import { intersection } from "../../addin/table-layout";

type Scalar = string | number | boolean;
interface Box {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}
interface Cell {
  /** What the cell shows; for a formula cell, what `calculate` set (0 until then). */
  value?: Scalar;
  formula?: string;
  format?: string;
}
interface Sheet {
  name: string;
  cells: Map<string, Cell>;
  charts: FakeChart[];
}
/** A chart as the adapter set it up; addresses are absolute, as Excel shows them in a series formula. */
export interface FakeChart {
  name: string;
  type: string;
  title?: string;
  /** The cells it covers, from `setPosition`, e.g. `Plan!F1:M15`. */
  position?: string;
  series: FakeSeries[];
  axes: { x?: string; y?: string };
  /** True when the category axis lists its categories in reverse order. */
  reversed: boolean;
}
export interface FakeSeries {
  name: string;
  values?: string;
  x?: string;
  /** `"none"` once cleared, a colour once set; absent while automatic. */
  fill?: string;
  marker?: string;
  markerBorder?: string;
}
interface Table {
  name: string;
  sheet: Sheet;
  /** Header row, data rows and, when `totals`, the totals row (the last row of the box). */
  box: Box;
  totals?: boolean;
}
interface Tracked {
  mock: OfficeMockObject;
  synced: boolean;
}
/** One queued command; it returns the error that stops the batch, if it fails. */
type Step = () => FakeExcelError | undefined;

const NOT_SYNCED = "Error, context.sync() was not called";
const NOT_LOADED = "Error, property was not loaded";
/** Ranges larger than this (a whole row of a long table) do not carry their values and formulas. */
const LARGEST_LOADABLE = 1_000_000;

/** The error Excel's batch rejects with: a code and a message. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeExcel {
  /** Every `context.sync()` of every batch, counted. */
  syncs = 0;
  /** Every `load(…)` the adapter asked for, as its text (`"values, formulas"`), in order. */
  readonly loads: string[] = [];
  readonly sheets: Sheet[] = [];
  readonly tables: Table[] = [];
  readonly names = new Map<string, { name: string; formula: string }>();
  readonly settings = new Map<string, string>();
  private selection: { sheet: string; areas: Box[] } | undefined;
  private live: Tracked[] = [];
  private queue: Step[] = [];
  private syncing = false;
  private failure: Error | undefined;

  /** The batch runner to give the adapter in place of `Excel.run`. */
  readonly run: ExcelRun = async (batch) => {
    this.live = [];
    this.queue = [];
    const context = new OfficeMockObject({ sync: () => this.sync() });
    context.workbook = this.workbook();
    return batch(context as unknown as Excel.RequestContext);
  };

  /** Makes the next `context.sync()` throw, as Excel does when a sheet is protected or a cell is in edit. */
  failNextSync(error: Error): void {
    this.failure = error;
  }

  addSheet(name: string): Sheet {
    const sheet: Sheet = { name, cells: new Map(), charts: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Selects cells as the person would: `"A2:F120"`, whole columns `"A:F"`, whole rows `"1:3"`, or several
   * areas separated by commas (`"A1:B3,D1:D3"`, a Ctrl+click selection).
   */
  select(sheetName: string, address: string): void {
    if (this.sheet(sheetName) === undefined) this.addSheet(sheetName);
    this.selection = { sheet: sheetName, areas: address.split(",").map(parseRange) };
  }

  /** Types values into a sheet from an A1 cell, one array per row. */
  type(sheetName: string, topLeft: string, rows: readonly (readonly Scalar[])[]): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { row, column } = parseA1(topLeft);
    rows.forEach((values, r) => values.forEach((value, c) => this.enter(sheet, row + r, column + c, value)));
  }

  /**
   * Adds a table of the user's over `address` (A1 range, header included, and the totals row last when
   * `totals`) after typing its cells.
   */
  addUserTable(
    sheetName: string,
    name: string,
    address: string,
    rows: readonly (readonly Scalar[])[],
    options: { totals?: boolean } = {},
  ): void {
    const box = parseRange(address);
    this.type(sheetName, address.split(":")[0] ?? "A1", rows);
    const sheet = this.sheet(sheetName);
    if (sheet !== undefined) this.tables.push({ name, sheet, box, totals: options.totals === true });
  }

  /** Gives formula cells the values Excel would have calculated, from an A1 cell, one array per row. */
  calculate(sheetName: string, topLeft: string, rows: readonly (readonly Scalar[])[]): void {
    const sheet = this.sheet(sheetName);
    const { row, column } = parseA1(topLeft);
    rows.forEach((values, r) =>
      values.forEach((value, c) => {
        const cell = sheet?.cells.get(`${row + r},${column + c}`);
        if (cell?.formula === undefined) throw new Error(`no formula at ${r},${c} from ${topLeft}`);
        cell.value = value;
      }),
    );
  }

  table(name: string): { name: string; sheet: string; address: string } | undefined {
    const table = this.findTable(name);
    return (
      table && { name: table.name, sheet: table.sheet.name, address: toAddress(table.sheet.name, table.box) }
    );
  }

  /** The charts of a sheet, in the order they were added. */
  charts(sheetName: string): readonly FakeChart[] {
    return this.sheet(sheetName)?.charts ?? [];
  }

  /** The values shown in a range (blank as `null`; a formula shows 0, or what `calculate` gave it). */
  valuesAt(sheetName: string, address: string): (Scalar | null)[][] {
    return this.grid(sheetName, address, (cell) => shown(cell) ?? null);
  }

  /** Every cell of a sheet that holds something, keyed by A1 address, to compare a sheet before and after. */
  cellsOf(sheetName: string): Record<string, Cell> {
    const cells: Record<string, Cell> = {};
    for (const [key, cell] of this.sheet(sheetName)?.cells ?? []) {
      const [row = 0, column = 0] = key.split(",").map(Number);
      cells[`${columnName(column)}${row + 1}`] = { ...cell };
    }
    return cells;
  }

  formulasAt(sheetName: string, address: string): (Scalar | null)[][] {
    return this.grid(sheetName, address, (cell) => cell?.formula ?? cell?.value ?? null);
  }

  formatsAt(sheetName: string, address: string): (string | null)[][] {
    return this.grid(sheetName, address, (cell) => cell?.format ?? null);
  }

  private grid<T>(sheetName: string, address: string, read: (cell: Cell | undefined) => T): T[][] {
    const sheet = this.sheet(sheetName);
    const box = parseRange(address);
    return rowsOf(box, (row, column) => read(sheet?.cells.get(`${row},${column}`)));
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    const failure = this.failure;
    this.failure = undefined;
    if (failure !== undefined) throw failure;
    const steps = this.queue;
    this.queue = [];
    for (const step of steps) {
      const error = step();
      if (error !== undefined) throw error;
    }
    this.syncing = true;
    for (const tracked of this.live) await tracked.mock.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const tracked of this.live) tracked.synced = true;
    this.syncing = false;
  }

  /**
   * An office-addin-mock proxy whose `isNullObject` reads only after a sync, and whose writable properties
   * queue a step when the adapter assigns them (the mock's own load and sync assignments do not).
   */
  private proxy(
    data: Record<string, unknown>,
    isNull: boolean,
    writes: Record<string, (value: unknown) => Step> = {},
  ) {
    const mock = new OfficeMockObject(data);
    const load = mock.load.bind(mock);
    mock.load = ((properties: Parameters<OfficeMockObject["load"]>[0]) => {
      this.loads.push(typeof properties === "string" ? properties : JSON.stringify(properties));
      return load(properties);
    }) as OfficeMockObject["load"];
    const tracked: Tracked = { mock, synced: false };
    Object.defineProperty(mock, "isNullObject", { get: () => (tracked.synced ? isNull : NOT_SYNCED) });
    for (const [property, write] of Object.entries(writes)) {
      let slot: unknown = mock[property];
      Object.defineProperty(mock, property, {
        get: () => slot,
        set: (value: unknown) => {
          slot = value;
          if (!this.syncing && value !== NOT_LOADED && value !== NOT_SYNCED) this.queue.push(write(value));
        },
      });
    }
    this.live.push(tracked);
    return mock;
  }

  private later(step: Step): void {
    this.queue.push(step);
  }

  /** A collection whose `load("items/…")` loads each item as it is now; `items` reads after the sync. */
  private collection(items: () => OfficeMockObject[], members: Record<string, unknown>): OfficeMockObject {
    const collection = this.proxy(
      {
        ...members,
        load: (properties: string) => {
          const loaded = items();
          loaded.forEach((item) => item.load(properties.replaceAll("items/", "")));
          const tracked = this.live.find((entry) => entry.mock === collection);
          if (tracked !== undefined) tracked.synced = false;
          Object.defineProperty(collection, "items", {
            get: () => (tracked?.synced === true ? loaded : NOT_SYNCED),
            configurable: true,
          });
        },
      },
      false,
    );
    Object.defineProperty(collection, "items", { get: () => NOT_LOADED, configurable: true });
    return collection;
  }

  private workbook(): Record<string, unknown> {
    const tables = this.collection(() => this.tables.map((table) => this.tableProxy(table)), {
      getItemOrNullObject: (name: string) => this.tableProxy(this.findTable(name)),
    });
    return {
      tables,
      getSelectedRange: () => {
        const selection = this.selection ?? { sheet: this.sheets[0]?.name ?? "Sheet1", areas: [] };
        const [first = { row: 0, column: 0, rowCount: 1, columnCount: 1 }, ...others] = selection.areas;
        if (others.length > 0) {
          this.later(() => error("InvalidSelection", "The current selection is invalid for this operation."));
        }
        return this.rangeProxy(this.sheet(selection.sheet) ?? this.addSheet(selection.sheet), first);
      },
      worksheets: {
        getItemOrNullObject: (name: string) => this.sheetProxy(this.sheet(name)),
        getItem: (name: string) => {
          const sheet = this.sheet(name);
          if (sheet === undefined)
            this.later(() => error("ItemNotFound", `The sheet ${name} does not exist.`));
          return this.sheetProxy(sheet);
        },
        add: (name: string) => {
          const sheet: Sheet = { name, cells: new Map(), charts: [] };
          this.later(() => {
            if (this.sheet(name) !== undefined)
              return error("ItemAlreadyExists", `A sheet named ${name} already exists.`);
            this.sheets.push(sheet);
            return undefined;
          });
          return this.sheetProxy(sheet);
        },
      },
      names: {
        getItemOrNullObject: (name: string) => this.nameProxy(this.names.get(name.toLowerCase())),
        add: (name: string, formula: string) => {
          const item = { name, formula };
          this.later(() => {
            if (this.names.has(name.toLowerCase()) || this.findTable(name) !== undefined) {
              return error("InvalidArgument", `The name ${name} is taken.`);
            }
            this.names.set(name.toLowerCase(), item);
            return undefined;
          });
          return this.nameProxy(item);
        },
      },
      settings: {
        getItemOrNullObject: (key: string) => {
          const value = this.settings.get(key);
          return this.proxy({ key, value }, value === undefined);
        },
        add: (key: string, value: unknown) => {
          if (typeof value !== "string") throw new Error("the adapter stores settings as text");
          this.later(() => {
            this.settings.set(key, value);
            return undefined;
          });
          return this.proxy({ key, value }, false);
        },
      },
    };
  }

  private sheetProxy(sheet: Sheet | undefined): OfficeMockObject {
    const mock = this.proxy(this.sheetData(sheet), sheet === undefined);
    if (sheet !== undefined) mock.charts = this.chartsProxy(sheet);
    return mock;
  }

  private chartsProxy(sheet: Sheet): OfficeMockObject {
    return this.collection(() => sheet.charts.map((chart) => this.chartProxy(sheet, chart)), {
      add: (type: string, source: unknown, seriesBy: string) => {
        if (seriesBy !== "Columns") throw new Error("the adapter gives its series by columns");
        const from = this.ranges.get(source as object);
        const chart: FakeChart = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          series: [],
          axes: {},
          reversed: false,
        };
        this.later(() => {
          if (from === undefined) return error("InvalidArgument", "The source data is not a range.");
          // Excel makes one series per column of the source data.
          for (let c = 0; c < from.box.columnCount; c += 1) {
            const column = { ...from.box, column: from.box.column + c, columnCount: 1 };
            chart.series.push({ name: `Series${c + 1}`, values: toAddress(from.sheet.name, column, true) });
          }
          sheet.charts.push(chart);
          return undefined;
        });
        return this.chartProxy(sheet, chart);
      },
    });
  }

  private chartProxy(sheet: Sheet, chart: FakeChart): OfficeMockObject {
    const set =
      (change: () => void): Step =>
      () => {
        change();
        return undefined;
      };
    const mock = this.proxy(
      {
        name: chart.name,
        delete: () =>
          this.later(() => {
            if (!sheet.charts.includes(chart)) return error("ItemNotFound", "The chart does not exist.");
            sheet.charts.splice(sheet.charts.indexOf(chart), 1);
            return undefined;
          }),
        setPosition: (start: unknown, end: unknown) => {
          const from = this.ranges.get(start as object);
          const to = this.ranges.get(end as object);
          this.later(() => {
            if (from === undefined || to === undefined) return error("InvalidArgument", "Not a cell.");
            chart.position = toAddress(sheet.name, bounds([from.box, to.box]) ?? from.box);
            return undefined;
          });
        },
      },
      false,
      { name: (value) => set(() => (chart.name = String(value))) },
    );
    const titled = (
      record: (text: string) => void,
      writes: Record<string, (value: unknown) => Step> = {},
    ) => {
      const owner = this.proxy({}, false, writes);
      owner.title = this.proxy({}, false, { text: (value) => set(() => record(String(value))) });
      return owner;
    };
    mock.title = this.proxy({}, false, { text: (value) => set(() => (chart.title = String(value))) });
    mock.axes = {
      categoryAxis: titled((text) => (chart.axes.x = text), {
        reversePlotOrder: (value) => set(() => (chart.reversed = value === true)),
      }),
      valueAxis: titled((text) => (chart.axes.y = text)),
    };
    mock.series = {
      getItemAt: (index: number) => this.seriesProxy(() => chart.series[index]),
      add: () => {
        const series: FakeSeries = { name: "" };
        this.later(() => {
          series.name = `Series${chart.series.push(series)}`;
          return undefined;
        });
        return this.seriesProxy(() => series);
      },
    };
    return mock;
  }

  /** A series found at replay (a series Excel did not make fails then); its ranges must be one row or column. */
  private seriesProxy(find: () => FakeSeries | undefined): OfficeMockObject {
    const change =
      (apply: (series: FakeSeries) => void): Step =>
      () => {
        const series = find();
        if (series === undefined) return error("ItemNotFound", "The chart has no such series.");
        apply(series);
        return undefined;
      };
    const line = (range: unknown, apply: (series: FakeSeries, address: string) => void) => {
      const target = this.ranges.get(range as object);
      this.later(() => {
        if (target === undefined || (target.box.rowCount > 1 && target.box.columnCount > 1)) {
          return error("InvalidArgument", "A series takes one row or one column of cells.");
        }
        return change((series) => apply(series, toAddress(target.sheet.name, target.box, true)))();
      });
    };
    return this.proxy(
      {
        setValues: (range: unknown) => line(range, (series, address) => (series.values = address)),
        setXAxisValues: (range: unknown) => line(range, (series, address) => (series.x = address)),
        format: {
          fill: {
            setSolidColor: (colour: string) => this.later(change((series) => (series.fill = colour))),
            clear: () => this.later(change((series) => (series.fill = "none"))),
          },
        },
      },
      false,
      {
        name: (value) => change((series) => (series.name = String(value))),
        markerBackgroundColor: (value) => change((series) => (series.marker = String(value))),
        markerForegroundColor: (value) => change((series) => (series.markerBorder = String(value))),
      },
    );
  }

  private sheetData(sheet: Sheet | undefined): Record<string, unknown> {
    return {
      name: sheet?.name,
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
        this.rangeProxy(sheet, { row, column, rowCount, columnCount }),
      getUsedRangeOrNullObject: (valuesOnly: boolean) => this.usedProxy(sheet, undefined, valuesOnly),
      tables: {
        add: (range: unknown, hasHeaders: boolean) => {
          const target = this.ranges.get(range as object);
          if (!hasHeaders) throw new Error("the adapter always writes headers");
          if (sheet === undefined || target === undefined) {
            this.later(() => error("InvalidArgument", "The range is not on a sheet."));
            return this.tableProxy(undefined);
          }
          // Excel gives a header-only table one blank data row.
          const box = target.box.rowCount === 1 ? { ...target.box, rowCount: 2 } : target.box;
          const table: Table = { name: "", sheet, box };
          this.later(() => {
            if (this.tables.some((other) => other.sheet === sheet && overlaps(other.box, box))) {
              return error("InvalidArgument", "A table can't overlap another table.");
            }
            let index = this.tables.length + 1;
            while (this.findTable(`Table${index}`) !== undefined) index += 1;
            table.name = `Table${index}`;
            this.tables.push(table);
            return undefined;
          });
          return this.tableProxy(table);
        },
      },
    };
  }

  private readonly ranges = new WeakMap<object, { sheet: Sheet; box: Box }>();

  private rangeProxy(sheet: Sheet | undefined, box: Box): OfficeMockObject {
    if (sheet === undefined) return this.proxy({}, true);
    const cell = (row: number, column: number): Cell | undefined => sheet.cells.get(`${row},${column}`);
    const loadable = box.rowCount * box.columnCount <= LARGEST_LOADABLE;
    const data = {
      address: toAddress(sheet.name, box),
      rowCount: box.rowCount,
      columnCount: box.columnCount,
      values: loadable ? rowsOf(box, (r, c) => shown(cell(r, c)) ?? "") : "too large for the fake",
      formulas: loadable
        ? rowsOf(box, (r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? "")
        : "too large for the fake",
      getCell: (row: number, column: number) =>
        this.rangeProxy(sheet, {
          row: box.row + row,
          column: box.column + column,
          rowCount: 1,
          columnCount: 1,
        }),
      getResizedRange: (rows: number, columns: number) =>
        this.rangeProxy(sheet, {
          ...box,
          rowCount: box.rowCount + rows,
          columnCount: box.columnCount + columns,
        }),
      getRow: (row: number) => this.rangeProxy(sheet, { ...box, row: box.row + row, rowCount: 1 }),
      getColumnsAfter: (count = 1) => {
        const after = { ...box, column: box.column + box.columnCount, columnCount: count };
        if (after.column + count > GRID_COLUMNS) {
          this.later(() => error("InvalidArgument", "The range is outside the sheet."));
        }
        return this.rangeProxy(sheet, after);
      },
      getEntireRow: () => this.rangeProxy(sheet, { ...box, column: 0, columnCount: GRID_COLUMNS }),
      getUsedRangeOrNullObject: (valuesOnly: boolean) => this.usedProxy(sheet, box, valuesOnly),
      clear: (applyTo: string) => {
        if (applyTo !== "All") throw new Error("unsupported clear");
        this.later(() => {
          rowsOf(box, (r, c) => sheet.cells.delete(`${r},${c}`));
          return undefined;
        });
      },
    };
    // Excel takes a block cell by cell, row by row; a wrong-sized block is refused whole.
    const write = (kind: "input" | "format") => (value: unknown) => (): FakeExcelError | undefined => {
      const fits = Array.isArray(value) && value.length === box.rowCount;
      if (!fits || !value.every((row) => Array.isArray(row) && row.length === box.columnCount)) {
        return error(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the range.",
        );
      }
      for (const [r, row] of (value as unknown[][]).entries()) {
        for (const [c, input] of row.entries()) {
          const key = `${box.row + r},${box.column + c}`;
          if (kind === "format") sheet.cells.set(key, { ...sheet.cells.get(key), format: String(input) });
          else if (input !== null) {
            const refused = this.enter(sheet, box.row + r, box.column + c, input as Scalar);
            if (refused !== undefined) return refused;
          }
        }
      }
      return undefined;
    };
    const mock = this.proxy(data, false, {
      values: write("input"),
      formulas: write("input"),
      numberFormat: write("format"),
    });
    this.ranges.set(mock, { sheet, box });
    return mock;
  }

  private usedProxy(
    sheet: Sheet | undefined,
    within: Box | undefined,
    valuesOnly: boolean,
  ): OfficeMockObject {
    if (sheet === undefined) return this.proxy({ address: undefined, values: undefined }, true);
    const boxes: Box[] = [];
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly && cell.value === undefined && cell.formula === undefined) continue;
      const [row = 0, column = 0] = key.split(",").map(Number);
      boxes.push({ row, column, rowCount: 1, columnCount: 1 });
    }
    if (!valuesOnly) boxes.push(...this.tables.filter((table) => table.sheet === sheet).map((t) => t.box));
    const inside = boxes.map((box) => (within === undefined ? box : intersection(box, within)));
    const used = bounds(inside.filter((box): box is Box => box !== undefined));
    return used === undefined
      ? this.proxy({ address: undefined, values: undefined }, true)
      : this.rangeProxy(sheet, used);
  }

  private tableProxy(table: Table | undefined): OfficeMockObject {
    if (table === undefined) return this.proxy({ name: undefined }, true);
    const range = (box: Box) => this.rangeProxy(table.sheet, box);
    const mock = this.proxy(
      {
        name: table.name,
        getRange: () => range(table.box),
        getHeaderRowRange: () => range({ ...table.box, rowCount: 1 }),
        getDataBodyRange: () =>
          range({
            ...table.box,
            row: table.box.row + 1,
            rowCount: table.box.rowCount - (table.totals === true ? 2 : 1),
          }),
        columns: {
          add: (index: unknown, values: unknown, name: unknown) => {
            if (index !== undefined && index !== null && index !== -1) throw new Error("the adapter appends");
            if (values !== undefined) throw new Error("the adapter writes the new column's cells itself");
            this.later(() => this.insertColumn(table, typeof name === "string" ? name : undefined));
            return this.proxy({}, false);
          },
        },
        resize: (target: unknown) => {
          const next = this.ranges.get(target as object);
          this.later(() => {
            if (next === undefined || next.sheet !== table.sheet || next.box.row !== table.box.row) {
              return error("InvalidArgument", "The headers must stay on the same row.");
            }
            const others = this.tables.filter((other) => other !== table && other.sheet === table.sheet);
            if (others.some((other) => overlaps(other.box, next.box))) {
              return error("InvalidArgument", "A table can't overlap another table.");
            }
            const before = table.box;
            table.box = next.box;
            // Excel names the header cells a table grows over that are empty: Column1, Column2…
            for (
              let c = before.column + before.columnCount;
              c < next.box.column + next.box.columnCount;
              c += 1
            ) {
              const key = `${next.box.row},${c}`;
              if (table.sheet.cells.get(key)?.value === undefined) {
                table.sheet.cells.set(key, {
                  ...table.sheet.cells.get(key),
                  value: this.defaultHeader(table),
                });
              }
            }
            return undefined;
          });
        },
      },
      false,
      {
        name: (value) => () => {
          const name = String(value);
          const other = this.findTable(name);
          if ((other !== undefined && other !== table) || this.names.has(name.toLowerCase())) {
            return error("InvalidArgument", `The name ${name} is taken.`);
          }
          table.name = name;
          return undefined;
        },
      },
    );
    mock.worksheet = this.sheetProxy(table.sheet);
    return mock;
  }

  /**
   * A column added at the end of a table the way this fake assumes Excel's `TableColumnCollection.add` does
   * (the conservative reading): cells are inserted, so what is right of the table in its rows moves one
   * column right.
   */
  private insertColumn(table: Table, name: string | undefined): FakeExcelError | undefined {
    const { sheet, box } = table;
    const edge = box.column + box.columnCount;
    const inRows = (row: number) => row >= box.row && row < box.row + box.rowCount;
    const blocked = this.tables.some(
      (other) =>
        other !== table &&
        other.sheet === sheet &&
        other.box.column + other.box.columnCount > edge &&
        other.box.row < box.row + box.rowCount &&
        other.box.row + other.box.rowCount > box.row,
    );
    if (blocked) return error("InvalidOperation", "This operation would move cells of another table.");
    const moving = [...sheet.cells]
      .map(([key, cell]) => ({ at: key.split(",").map(Number) as [number, number], cell }))
      .filter(({ at: [row, column] }) => inRows(row) && column >= edge)
      .sort((a, b) => b.at[1] - a.at[1]);
    for (const { at, cell } of moving) {
      sheet.cells.delete(`${at[0]},${at[1]}`);
      sheet.cells.set(`${at[0]},${at[1] + 1}`, cell);
    }
    table.box = { ...box, columnCount: box.columnCount + 1 };
    sheet.cells.set(`${box.row},${edge}`, { value: name ?? this.defaultHeader(table) });
    return undefined;
  }

  /** The first of Column1, Column2… that is not a header of the table. */
  private defaultHeader(table: Table): string {
    const taken = new Set<string>();
    for (let c = table.box.column; c < table.box.column + table.box.columnCount; c += 1) {
      const value = table.sheet.cells.get(`${table.box.row},${c}`)?.value;
      if (value !== undefined) taken.add(String(value).toLowerCase());
    }
    let n = 1;
    while (taken.has(`column${n}`)) n += 1;
    return `Column${n}`;
  }

  private nameProxy(item: { name: string; formula: string } | undefined): OfficeMockObject {
    return this.proxy({ name: item?.name, formula: item?.formula }, item === undefined, {
      formula: (value) => () => {
        if (item !== undefined) item.formula = String(value);
        return undefined;
      },
    });
  }

  /** Stores what was typed as Excel parses typing: formulas, numbers, logicals, and text after an apostrophe. */
  private enter(sheet: Sheet, row: number, column: number, input: Scalar): FakeExcelError | undefined {
    const key = `${row},${column}`;
    const format = sheet.cells.get(key)?.format;
    const parsed = parseInput(input);
    if (parsed === undefined) {
      if (format === undefined) sheet.cells.delete(key);
      else sheet.cells.set(key, { format });
      return undefined;
    }
    if (parsed.formula?.includes("[@") === true && !this.inTableBody(sheet, row, column)) {
      return error("InvalidArgument", `${parsed.formula} refers to a table row outside a table.`);
    }
    sheet.cells.set(key, { ...this.uniqueHeader(sheet, row, column, parsed), format });
    return undefined;
  }

  private inTableBody(sheet: Sheet, row: number, column: number): boolean {
    return this.tables.some(
      ({ sheet: owner, box }) =>
        owner === sheet &&
        row > box.row &&
        row < box.row + box.rowCount &&
        column >= box.column &&
        column < box.column + box.columnCount,
    );
  }

  /** Excel keeps a table's headers unique: a header typed over another's name gets a number ("B2"). */
  private uniqueHeader(sheet: Sheet, row: number, column: number, parsed: Cell): Cell {
    const table = this.tables.find(
      (candidate) =>
        candidate.sheet === sheet &&
        candidate.box.row === row &&
        column >= candidate.box.column &&
        column < candidate.box.column + candidate.box.columnCount,
    );
    if (table === undefined || parsed.value === undefined) return parsed;
    const others = new Set<string>();
    for (let c = table.box.column; c < table.box.column + table.box.columnCount; c += 1) {
      const other = sheet.cells.get(`${row},${c}`)?.value;
      if (c !== column && other !== undefined) others.add(String(other).toLowerCase());
    }
    const text = String(parsed.value);
    let unique = text;
    for (let n = 2; others.has(unique.toLowerCase()); n += 1) unique = `${text}${n}`;
    return { value: unique };
  }

  private sheet(name: string): Sheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private findTable(name: string): Table | undefined {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  }
}

/** A fake Excel and the office adapter on it, with the capabilities given (all of them when omitted). */
export function fakeOffice(options: Omit<OfficeWorkbookOptions, "run"> = {}): {
  excel: FakeExcel;
  workbook: OfficeWorkbook;
} {
  const excel = new FakeExcel();
  return { excel, workbook: new OfficeWorkbook({ run: excel.run, ...options }) };
}

/** How many `context.sync()` round trips a piece of work makes. */
export async function roundTrips(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}

/** What a cell shows: its value, a formula's calculated value (0 until `calculate`), `undefined` when blank. */
function shown(cell: Cell | undefined): Scalar | undefined {
  if (cell?.formula !== undefined) return cell.value ?? 0;
  return cell?.value;
}

function error(code: string, message: string): FakeExcelError {
  return new FakeExcelError(code, message);
}

function parseInput(input: Scalar): Cell | undefined {
  if (typeof input !== "string") return { value: input };
  if (input === "") return undefined;
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(input)) return { value: Number(input) };
  if (/^[=+\-@]/.test(input)) return { formula: input.startsWith("=") ? input : `=${input}` };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  if (/^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(input)) return { value: 45_000 };
  return { value: input };
}

function rowsOf<T>(box: Box, read: (row: number, column: number) => T): T[][] {
  return Array.from({ length: box.rowCount }, (_, r) =>
    Array.from({ length: box.columnCount }, (_, c) => read(box.row + r, box.column + c)),
  );
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * `Plan!B2:B11`, or `Plan!$B$2:$B$11` when absolute; whole rows as `Plan!2:4` (the whole sheet as
 * `Plan!1:1048576`) and whole columns as `Plan!A:F`, as Excel gives them.
 */
function toAddress(sheet: string, box: Box, absolute = false): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  const $ = absolute ? "$" : "";
  if (box.column === 0 && box.columnCount === GRID_COLUMNS) {
    return `${quoted}!${$}${box.row + 1}:${$}${box.row + box.rowCount}`;
  }
  if (box.row === 0 && box.rowCount === GRID_ROWS) {
    return `${quoted}!${$}${columnName(box.column)}:${$}${columnName(box.column + box.columnCount - 1)}`;
  }
  const start = `${$}${columnName(box.column)}${$}${box.row + 1}`;
  const end = `${$}${columnName(box.column + box.columnCount - 1)}${$}${box.row + box.rowCount}`;
  return `${quoted}!${start === end ? start : `${start}:${end}`}`;
}

function parseA1(reference: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(reference);
  if (match === null) throw new Error(`bad cell ${reference}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1] ?? "") };
}

function columnIndex(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

/** An A1 range, or whole columns (`A:F`) or whole rows (`1:3`). */
function parseRange(address: string): Box {
  const [from = "", to = from] = address.split(":");
  if (/^[A-Z]+$/.test(from) && /^[A-Z]+$/.test(to)) {
    const column = columnIndex(from);
    return { row: 0, column, rowCount: GRID_ROWS, columnCount: columnIndex(to) - column + 1 };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const row = Number(from) - 1;
    return { row, column: 0, rowCount: Number(to) - row, columnCount: GRID_COLUMNS };
  }
  const start = parseA1(from);
  const end = parseA1(to);
  return {
    row: start.row,
    column: start.column,
    rowCount: end.row - start.row + 1,
    columnCount: end.column - start.column + 1,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return intersection(a, b) !== undefined;
}

function bounds(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let [row, column, rowEnd, columnEnd] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    row = Math.min(row, box.row);
    column = Math.min(column, box.column);
    rowEnd = Math.max(rowEnd, box.row + box.rowCount);
    columnEnd = Math.max(columnEnd, box.column + box.columnCount);
  }
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}
