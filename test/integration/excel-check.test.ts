// "Check this Excel" (addin/excel-check*.ts) against an office-addin-mock workbook that models two Excels: a
// web-like one (an empty cell arrives blank, an error reaches the function) and a desktop-like one (an empty
// cell arrives as 0, an error stops the call). The reading of the probes is tested on hand-written cells; the
// worked examples are also called through the catalogue's calling-convention model (test/support/excel-calls.ts,
// from the built dist/), which proves their published results are the functions' own.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { beforeAll, describe, expect, it } from "vitest";
import { runExcelCheck } from "../../addin/excel-check";
import {
  formulaOf,
  judgeExample,
  WORKED_EXAMPLES,
  type ExpectedCell,
  type WorkedExample,
} from "../../addin/excel-check-examples";
import {
  interpretProbes,
  PROBE_FORMULAS,
  readBlankThreshold,
  readDate,
  readEmptyInRange,
  readEmptyInValue,
  readErrors,
  readTextNumber,
  type CellReading,
} from "../../addin/excel-check-probes";
import { scratchSheetName } from "../../addin/excel-check-layout";
import { reportText, type ExcelCheckResult, type OfficeFacts } from "../../addin/excel-check-report";
import type { ExcelRun } from "../../addin/office-workbook";
import { en } from "../../taskpane/i18n/strings";
import { examplesOf } from "../support/doc-examples";
import {
  array,
  arrayColumn,
  excelFromDist,
  NA,
  ref,
  value,
  type Argument,
  type Cell as ModelCell,
  type ExcelCalls,
  type Shown as ModelShown,
} from "../support/excel-calls";
import { FakeExcelError } from "./fake-excel";

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

// ---------------------------------------------------------------------------------------------------------------
// The fake Excel

/** What a cell shows: a number, a text, an error, or nothing. */
type Shown = number | string | { readonly error: string } | null;

interface FakeCell {
  input?: string | number;
  format?: string;
}

interface FakeSheet {
  readonly id: string;
  readonly name: string;
  readonly cells: Map<string, FakeCell>;
  tables: number;
  charts: number;
}

/** How an Excel passes cells to the CSM functions, and what the catalogue then gives. */
interface ExcelModel {
  /** What an empty referenced cell becomes. */
  readonly empty: null | 0;
  /** Whether an error in an input reaches the function, or Excel shows it without calling the function. */
  readonly errors: "reach" | "short-circuit";
  /** What a 0 threshold gives in CSM.HEALTH_BAND: the default (the catalogue's rule), or 0. */
  readonly zeroThreshold: "default" | "zero";
  /** Results that differ from the published worked examples, by function id. */
  readonly overrides?: Readonly<Record<string, Shown[][]>>;
}

const WEB: ExcelModel = { empty: null, errors: "reach", zeroThreshold: "default" };
const DESKTOP: ExcelModel = { empty: 0, errors: "short-circuit", zeroThreshold: "default" };

interface FakeOptions {
  /** The user's sheets, with some cells of theirs. */
  readonly sheets?: readonly string[];
  /** How many reads show #BUSY! in every CSM formula cell before the results arrive. */
  readonly busyReads?: number;
  readonly failTables?: FakeExcelError;
  readonly failCharts?: FakeExcelError;
  /** Fails the assignment of `Range.formulas` (the probes' and examples' block). */
  readonly failWrite?: FakeExcelError;
  readonly failDelete?: FakeExcelError;
  readonly failAdd?: FakeExcelError;
  /** Whether the workbook object has `insertWorksheetsFromBase64`. */
  readonly insertMethod?: boolean;
}

type Step = () => FakeExcelError | undefined;
interface PendingLoad {
  readonly mock: OfficeMockObject;
  readonly properties: string;
  readonly read: () => Record<string, unknown>;
  readonly load: (properties: string) => unknown;
}

const key = (row: number, column: number) => `${row},${column}`;

function parseA1(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell: ${address}`);
  const column = [...(match[1] ?? "")].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

function parseBox(address: string) {
  const [from = "", to = from] = address.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { row: a.row, column: a.column, rowCount: b.row - a.row + 1, columnCount: b.column - a.column + 1 };
}

/**
 * A workbook seen through office-addin-mock: writes and method calls are queued and applied at `context.sync()`,
 * in order, the first failing one rejecting the sync as Excel's batch does; loaded properties are read from the
 * workbook at that sync. CSM formulas are calculated by the Excel model; `=NA()` shows #N/A.
 */
class FieldExcel {
  syncs = 0;
  reads = 0;
  readonly sheets: FakeSheet[] = [];
  /** The scratch sheets as they were when deleted, to look at what the check wrote. */
  readonly deleted: FakeSheet[] = [];
  /** Every change and every read of cells, as "sheet: what". */
  readonly log: string[] = [];
  private queue: Step[] = [];
  private pending: PendingLoad[] = [];
  private busyLeft: number;
  private syncing = false;
  private nextId = 1;

  constructor(
    private readonly model: ExcelModel,
    private readonly options: FakeOptions = {},
  ) {
    this.busyLeft = options.busyReads ?? 0;
    for (const name of options.sheets ?? ["Sheet1", "Accounts"]) {
      const sheet = this.newSheet(name);
      sheet.cells.set(key(0, 0), { input: "Account" });
      sheet.cells.set(key(1, 0), { input: 42 });
      this.sheets.push(sheet);
    }
  }

  readonly run: ExcelRun = async (batch) => {
    this.queue = [];
    this.pending = [];
    const context = new OfficeMockObject({ sync: () => this.sync() });
    context.workbook = this.workbook();
    return batch(context as unknown as Excel.RequestContext);
  };

  /** What a cell of a sheet holds (its input), for the user's sheets before and after. */
  contents(sheet: FakeSheet): Record<string, FakeCell> {
    return Object.fromEntries([...sheet.cells].map(([at, cell]) => [at, { ...cell }]));
  }

  /** What the check typed into a cell of its (deleted) scratch sheet. */
  typed(address: string): FakeCell | undefined {
    const { row, column } = parseA1(address);
    return this.deleted[0]?.cells.get(key(row, column));
  }

  private newSheet(name: string): FakeSheet {
    const id = `{00000000-0001-0000-${String(this.nextId++).padStart(4, "0")}-000000000000}`;
    return { id, name, cells: new Map(), tables: 0, charts: 0 };
  }

  private find(idOrName: string): FakeSheet | undefined {
    return this.sheets.find(
      (sheet) => sheet.id === idOrName || sheet.name.toLowerCase() === idOrName.toLowerCase(),
    );
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    const steps = this.queue;
    const loads = this.pending;
    this.queue = [];
    this.pending = [];
    for (const step of steps) {
      const failure = step();
      if (failure !== undefined) throw failure;
    }
    this.syncing = true;
    for (const pending of loads) {
      const fresh = pending.read();
      // office-addin-mock's setValue (typed private) puts the property back to "not loaded" with a new value.
      const mock = pending.mock as unknown as { setValue(name: string, value: unknown): void };
      for (const name of pending.properties.split(",").map((p) => p.trim().replace(/\/.*$/, "")))
        mock.setValue(name, fresh[name]);
      pending.load(pending.properties.replace(/\/\w+/g, ""));
    }
    for (const pending of loads) await pending.mock.sync();
    // The mock's sync assigns the loaded values in microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.syncing = false;
  }

  /**
   * An office-addin-mock object whose properties (`keys`) read "Error, property was not loaded" until they are
   * loaded, and are then read from the workbook at the next sync.
   */
  private loadable(
    keys: readonly string[],
    read: () => Record<string, unknown>,
    members: Record<string, unknown> = {},
  ): OfficeMockObject {
    const mock = new OfficeMockObject({
      ...Object.fromEntries(keys.map((name) => [name, undefined])),
      ...members,
    });
    const load = mock.load.bind(mock) as (properties: string) => unknown;
    mock.load = ((properties: string) => {
      this.pending.push({ mock, properties, read, load });
      return mock;
    }) as OfficeMockObject["load"];
    return mock;
  }

  private workbook(): Record<string, unknown> {
    const worksheets = this.loadable(
      ["items"],
      () => ({ items: this.sheets.map((sheet) => ({ name: sheet.name })) }),
      {
        add: (name: string) => {
          const sheet = this.newSheet(name);
          this.queue.push(() => {
            if (this.options.failAdd) return this.options.failAdd;
            if (this.find(name))
              return new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} exists.`);
            this.sheets.push(sheet);
            this.log.push(`${name}: added`);
            return undefined;
          });
          return this.sheetProxy(() => sheet);
        },
        getItem: (idOrName: string) => this.sheetProxy(() => this.find(idOrName)),
      },
    );
    return {
      worksheets,
      ...(this.options.insertMethod === false ? {} : { insertWorksheetsFromBase64: () => undefined }),
    };
  }

  private sheetProxy(resolve: () => FakeSheet | undefined): OfficeMockObject {
    const missing = () => new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    const on = (what: string, change: (sheet: FakeSheet) => FakeExcelError | undefined) =>
      this.queue.push(() => {
        const sheet = resolve();
        if (sheet === undefined) return missing();
        const failure = change(sheet);
        if (failure === undefined) this.log.push(`${sheet.name}: ${what}`);
        return failure;
      });
    const range = (box: ReturnType<typeof parseBox>) => this.rangeProxy(resolve, box);
    return this.loadable(["id", "name"], () => ({ id: resolve()?.id, name: resolve()?.name }), {
      getRange: (address: string) => range(parseBox(address)),
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
        range({ row, column, rowCount, columnCount }),
      delete: () =>
        on("deleted", (sheet) => {
          if (this.options.failDelete) return this.options.failDelete;
          this.sheets.splice(this.sheets.indexOf(sheet), 1);
          this.deleted.push(sheet);
          return undefined;
        }),
      tables: {
        add: (_source: unknown, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error("the check's table has headers");
          on("table added", (sheet) => {
            if (this.options.failTables) return this.options.failTables;
            sheet.tables += 1;
            return undefined;
          });
        },
      },
      charts: {
        add: (type: string, _source: unknown, seriesBy: string) => {
          if (type !== "ColumnClustered" || seriesBy !== "Auto") throw new Error("unexpected chart");
          on("chart added", (sheet) => {
            if (this.options.failCharts) return this.options.failCharts;
            sheet.charts += 1;
            return undefined;
          });
        },
      },
    });
  }

  private rangeProxy(
    resolve: () => FakeSheet | undefined,
    box: ReturnType<typeof parseBox>,
  ): OfficeMockObject {
    const grid = <T>(cell: (row: number, column: number) => T): T[][] =>
      Array.from({ length: box.rowCount }, (_, r) =>
        Array.from({ length: box.columnCount }, (_, c) => cell(box.row + r, box.column + c)),
      );
    const read = () => {
      const sheet = resolve();
      if (sheet === undefined) return { values: [], valueTypes: [] };
      const shown = this.calculated(sheet);
      const at = (row: number, column: number) => shown.get(key(row, column)) ?? null;
      return {
        values: grid((row, column) => valueOf(at(row, column))),
        valueTypes: grid((row, column) => typeOf(at(row, column))),
      };
    };
    const mock = this.loadable(["values", "valueTypes"], read);
    const load = mock.load.bind(mock) as (properties: string) => unknown;
    mock.load = ((properties: string) => {
      this.queue.push(() => {
        const sheet = resolve();
        this.log.push(`${sheet?.name ?? "?"}: read`);
        this.reads += 1;
        return undefined;
      });
      return load(properties);
    }) as OfficeMockObject["load"];
    const write = (property: string, what: "input" | "format") => (rows: unknown) => {
      this.queue.push(() => {
        const sheet = resolve();
        if (sheet === undefined) return new FakeExcelError("ItemNotFound", "No such sheet.");
        if (property === "formulas" && this.options.failWrite) return this.options.failWrite;
        if (!Array.isArray(rows) || rows.length !== box.rowCount)
          return new FakeExcelError("InvalidArgument", "The input array doesn't match the range.");
        (rows as unknown[][]).forEach((line, r) =>
          line.forEach((input, c) => {
            const at = key(box.row + r, box.column + c);
            const cell = sheet.cells.get(at) ?? {};
            if (what === "format") cell.format = String(input);
            else if (input === "") delete cell.input;
            else cell.input = input as string | number;
            sheet.cells.set(at, cell);
          }),
        );
        this.log.push(`${sheet.name}: ${what} written`);
        return undefined;
      });
    };
    // Assignments queue a write, except the mock's own while it loads `values` (not loaded, not synced, or
    // the loaded value during a sync).
    for (const [property, what] of [
      ["formulas", "input"],
      ["values", "input"],
      ["numberFormat", "format"],
    ] as const) {
      let slot: unknown = mock[property] ?? NOT_LOADED;
      Object.defineProperty(mock, property, {
        get: () => slot,
        set: (value: unknown) => {
          slot = value;
          if (!this.syncing && value !== NOT_LOADED && value !== NOT_SYNCED) write(property, what)(value);
        },
        configurable: true,
      });
    }
    return mock;
  }

  /** What every cell of a sheet shows: inputs, and formulas calculated and spilled. */
  private calculated(sheet: FakeSheet): Map<string, Shown> {
    const shown = new Map<string, Shown>();
    const busy = this.busyLeft > 0;
    if (busy) this.busyLeft -= 1;
    for (const [at, cell] of sheet.cells) {
      if (cell.input === undefined) continue;
      if (typeof cell.input === "number") shown.set(at, cell.input);
      else if (!cell.input.startsWith("=")) {
        const number = Number(cell.input);
        shown.set(
          at,
          cell.format === "@" || cell.input.trim() === "" || Number.isNaN(number) ? cell.input : number,
        );
      }
    }
    for (const [at, cell] of sheet.cells) {
      if (typeof cell.input !== "string" || !cell.input.startsWith("=")) continue;
      const [row = 0, column = 0] = at.split(",").map(Number);
      const result =
        busy && cell.input.startsWith("=CSM.")
          ? [[{ error: "#BUSY!" }]]
          : calculate(cell.input, this.model, (address) => this.referenced(sheet, address));
      const blocked = result.some((line, r) =>
        line.some(
          (_, c) => (r > 0 || c > 0) && sheet.cells.get(key(row + r, column + c))?.input !== undefined,
        ),
      );
      if (blocked) shown.set(at, { error: "#SPILL!" });
      else
        result.forEach((line, r) => line.forEach((value, c) => shown.set(key(row + r, column + c), value)));
    }
    return shown;
  }

  /** The cells a formula refers to, as the model passes them: an empty cell as the model says. */
  private referenced(sheet: FakeSheet, address: string): Shown[][] {
    const box = parseBox(address);
    return Array.from({ length: box.rowCount }, (_, r) =>
      Array.from({ length: box.columnCount }, (_, c) => {
        const cell = sheet.cells.get(key(box.row + r, box.column + c));
        if (cell?.input === undefined) return this.model.empty;
        if (cell.input === "=NA()") return { error: "#N/A" };
        if (typeof cell.input === "number") return cell.input;
        return cell.format === "@" ? cell.input : Number(cell.input);
      }),
    );
  }
}

function valueOf(shown: Shown): unknown {
  if (shown === null) return "";
  return typeof shown === "object" ? shown.error : shown;
}

function typeOf(shown: Shown): string {
  if (shown === null) return "Empty";
  if (typeof shown === "object") return "Error";
  return typeof shown === "number" ? "Double" : "String";
}

/** Splits a formula's arguments at the commas outside braces and quotes. */
function argumentsOf(formula: string): { id: string; args: string[] } {
  const match = /^=CSM\.(\w+)\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`the fake calculates CSM formulas and =NA() only: ${formula}`);
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const character of match[2] ?? "") {
    if (character === '"') quoted = !quoted;
    if (!quoted && character === "{") depth += 1;
    if (!quoted && character === "}") depth -= 1;
    if (!quoted && depth === 0 && character === ",") {
      args.push(current);
      current = "";
    } else current += character;
  }
  args.push(current);
  return { id: match[1] ?? "", args };
}

/**
 * The model's Excel calculating a formula: a worked example gives its published result (or the model's
 * override); CSM.SCALE and CSM.HEALTH_BAND over cells follow the catalogue's rules for what the model passes.
 */
function calculate(formula: string, model: ExcelModel, read: (address: string) => Shown[][]): Shown[][] {
  if (formula === "=NA()") return [[{ error: "#N/A" }]];
  const example = WORKED_EXAMPLES.find((candidate) => formulaOf(candidate) === formula);
  if (example) return model.overrides?.[example.id] ?? published(example);
  const { id, args } = argumentsOf(formula);
  const grids = args.map((arg) => (/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(arg) ? read(arg) : [[Number(arg)]]));
  const error = grids
    .flat(2)
    .find((cell): cell is { error: string } => typeof cell === "object" && cell !== null);
  if (error && model.errors === "short-circuit") return [[error]];
  const one = (grid: Shown[][] | undefined) => grid?.[0]?.[0] ?? null;
  if (id === "SCALE") {
    const [values = [], min, max] = grids;
    const low = one(min);
    const high = one(max);
    if (low === null || high === null) return [[{ error: "#N/A" }]];
    return values.map((line) =>
      line.map((cell) => {
        if (cell === null || cell === "") return "";
        if (typeof cell === "object") return cell;
        if (typeof cell === "string") return { error: "#VALUE!" };
        return Math.min(100, Math.max(0, ((cell - Number(low)) / (Number(high) - Number(low))) * 100));
      }),
    );
  }
  if (id === "HEALTH_BAND") {
    const [scores = [], red] = grids;
    const threshold = one(red);
    const redMax =
      threshold === null || (threshold === 0 && model.zeroThreshold === "default") ? 50 : Number(threshold);
    return scores.map((line) =>
      line.map((cell) => (Number(cell) <= redMax ? "Red" : Number(cell) <= 75 ? "Yellow" : "Green")),
    );
  }
  throw new Error(`the fake does not calculate ${formula}`);
}

/** A worked example's published result, as cells (unchecked cells show a filler text). */
function published(example: WorkedExample): Shown[][] {
  const cell = (expected: ExpectedCell): Shown =>
    expected === null ? "label" : "text" in expected ? expected.text : expected.number;
  return example.expected.map((line) => line.map(cell));
}

const OFFICE: OfficeFacts = {
  isSetSupported: (name, version) =>
    (name === "ExcelApi" && Number(version.split(".")[1]) <= 17) ||
    (name === "CustomFunctionsRuntime" && Number(version.split(".")[1]) <= 4) ||
    (name === "SharedRuntime" && version === "1.1"),
  diagnostics: { platform: "OfficeOnline", version: "16.0.19000.10000" },
  displayLanguage: "fr-FR",
};

async function check(model: ExcelModel, options: FakeOptions = {}, office: OfficeFacts = OFFICE) {
  const excel = new FieldExcel(model, options);
  const result = await runExcelCheck({ run: excel.run, office, wait: () => Promise.resolve() });
  return { excel, result, report: reportText(result) };
}

const lines = (report: string) => report.split("\n");

// ---------------------------------------------------------------------------------------------------------------

describe("Check this Excel, against an office-addin-mock workbook", () => {
  it("reports a web-like Excel: empty cells arrive blank, errors reach the functions, every function ok", async () => {
    const { result, report } = await check(WEB);
    expect(lines(report)).toEqual([
      "CSM Kit field check — Excel 16.0.19000.10000 (OfficeOnline) fr-FR",
      "Empty cell: arrives as blank",
      "Blank optional argument: default applies (HEALTH_BAND(30, empty) = Red)",
      "Error cell: reaches the functions (allowErrorForDataTypeAny honoured)",
      "Date: serial number",
      "Number stored as text: text",
      "Functions: 29/29 ok",
      "Sets: CustomFunctionsRuntime 1.4, SharedRuntime 1.1, ExcelApi 1.17",
      "Tables ok, charts ok, sheet insertion supported",
      'Scratch sheet "CSM Kit check": deleted',
    ]);
    expect(result.failure).toBeUndefined();
    expect(result.functions.map((outcome) => outcome.id)).toHaveLength(29);
  });

  it("reports a desktop-like Excel: empty cells arrive as 0 and errors are short-circuited", async () => {
    const { result, report } = await check(DESKTOP);
    expect(lines(report).slice(1, 7)).toEqual([
      "Empty cell: arrives as 0 (Windows desktop behaviour, office-js #4702)",
      "Blank optional argument: default applies (HEALTH_BAND(30, empty) = Red)",
      "Error cell: short-circuited by Excel (the functions never see it)",
      "Date: serial number",
      "Number stored as text: text",
      "Functions: 29/29 ok",
    ]);
    expect(result.probes?.emptyInRange).toEqual({ kind: "zero", got: "0" });
    expect(result.probes?.errors.got).toBe("#N/A, (empty), (empty), (empty)");
  });

  it("says when an empty optional argument is read as 0 instead of taking its default", async () => {
    const { report } = await check({ ...DESKTOP, zeroThreshold: "zero" });
    expect(report).toContain(
      "Blank optional argument: read as 0, default lost (HEALTH_BAND(30, empty) = Yellow, expected Red)",
    );
  });

  it("writes the probe cells as intended: empty, an error, a dated serial, text, a number", async () => {
    const { excel } = await check(WEB);
    expect(excel.typed("A1")?.input).toBeUndefined();
    expect(excel.typed("A2")).toEqual({ input: "=NA()", format: "General" });
    expect(excel.typed("A3")).toEqual({ input: 46037, format: "yyyy-mm-dd" });
    expect(excel.typed("A4")).toEqual({ input: "42", format: "@" });
    expect(excel.typed("A5")).toEqual({ input: 50, format: "General" });
    expect(excel.typed("C1")?.input).toBe(PROBE_FORMULAS.emptyInRange.formula);
    // Under the 13 one-row finance examples and the billing export's 3 + 7 + 3 + 1 rows.
    expect(excel.typed("E28")?.input).toBe("=CSM.NPS({10;10;10;10;10;9;9;9;9;9;8;8;7;7;7;0;2;4;6;5})");
  });

  it("adds its scratch sheet under a free name and always deletes it, touching no other sheet", async () => {
    const excel = new FieldExcel(WEB, { sheets: ["Sheet1", "CSM Kit check", "csm kit check 2"] });
    const before = excel.sheets.map((sheet) => ({ name: sheet.name, cells: excel.contents(sheet) }));
    const result = await runExcelCheck({ run: excel.run, office: OFFICE, wait: () => Promise.resolve() });
    expect(result.scratchSheet).toEqual({ name: "CSM Kit check 3", state: "deleted" });
    expect(excel.sheets.map((sheet) => ({ name: sheet.name, cells: excel.contents(sheet) }))).toEqual(before);
    expect(excel.deleted.map((sheet) => sheet.name)).toEqual(["CSM Kit check 3"]);
    expect(new Set(excel.log.map((entry) => entry.split(":")[0]))).toEqual(new Set(["CSM Kit check 3"]));
    expect(excel.log.at(-1)).toBe("CSM Kit check 3: deleted");
  });

  it("uses 6 round trips when the functions answer at once, and one more per read while they calculate", async () => {
    const quick = await check(WEB);
    expect(quick.excel.syncs).toBe(6);
    const slow = await check(WEB, { busyReads: 2 });
    expect(slow.excel.syncs).toBe(8);
    expect(slow.report).toContain("Functions: 29/29 ok");
  });

  it("stops reading after the allowed rereads and reports the functions still calculating", async () => {
    const excel = new FieldExcel(WEB, { busyReads: 100 });
    const result = await runExcelCheck({
      run: excel.run,
      office: OFFICE,
      wait: () => Promise.resolve(),
      rereads: 2,
    });
    expect(excel.reads).toBe(3);
    expect(reportText(result)).toContain("  NPS: error (#BUSY!)");
    expect(result.scratchSheet.state).toBe("deleted");
  });

  it("reports a chart that fails with Excel's message, still tries the table, and still deletes its sheet", async () => {
    const failCharts = new FakeExcelError("InvalidArgument", "The argument is invalid or missing.");
    const { excel, result, report } = await check(WEB, { failCharts });
    expect(result.charts).toEqual({
      status: "failed",
      message: "InvalidArgument: The argument is invalid or missing.",
    });
    expect(result.tables).toEqual({ status: "ok" });
    expect(report).toContain(
      "Tables ok, charts failed (InvalidArgument: The argument is invalid or missing.), sheet insertion supported",
    );
    expect(excel.deleted).toHaveLength(1);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Accounts"]);
  });

  it("reports a write that fails, tries the rest, and still deletes its sheet", async () => {
    const failWrite = new FakeExcelError("AccessDenied", "The cells are locked.");
    const { excel, result, report } = await check(WEB, { failWrite });
    expect(result.failure).toEqual({
      step: "write and read the probes and examples",
      message: "AccessDenied: The cells are locked.",
    });
    expect(result.probes).toBeUndefined();
    expect(lines(report).slice(1, 3)).toEqual([
      "Check stopped at: write and read the probes and examples (AccessDenied: The cells are locked.)",
      "Functions: not run",
    ]);
    expect(result.tables.status).toBe("ok");
    expect(excel.deleted).toHaveLength(1);
  });

  it("adds and deletes nothing when the scratch sheet cannot be added", async () => {
    const failAdd = new FakeExcelError("AccessDenied", "The workbook is protected.");
    const { excel, result, report } = await check(WEB, { failAdd });
    expect(result.failure).toEqual({
      step: "add the scratch sheet",
      message: "AccessDenied: The workbook is protected.",
    });
    expect(result.scratchSheet).toEqual({ name: undefined, state: "not-added" });
    expect(excel.log).toEqual([]);
    expect(lines(report).at(-1)).toBe("Scratch sheet: none was added");
  });

  it("says when the scratch sheet could not be deleted, so that the person deletes it", async () => {
    const failDelete = new FakeExcelError("GeneralException", "Busy.");
    const { result, report } = await check(WEB, { failDelete });
    expect(result.scratchSheet).toEqual({
      name: "CSM Kit check",
      state: "left",
      message: "GeneralException: Busy.",
    });
    expect(lines(report).at(-1)).toBe(
      'Scratch sheet "CSM Kit check": NOT deleted (GeneralException: Busy.); delete it by hand',
    );
  });

  it("reports a wrong result with what it got and what was expected", async () => {
    const { result, report } = await check({
      ...WEB,
      overrides: { NPS: [[20]], HEALTH_BAND: [["Red"], ["Red"], ["Green"]] },
    });
    expect(result.functions.find((outcome) => outcome.id === "NPS")).toMatchObject({
      status: "wrong",
      got: "20",
      expected: "25",
    });
    expect(report).toContain("Functions: 27/29 ok\n");
    expect(report).toContain(
      '  HEALTH_BAND: wrong (got "Red", "Red", "Green", expected "Red", "Yellow", "Green")',
    );
    expect(report).toContain("  NPS: wrong (got 20, expected 25)");
  });

  it("reports #NAME? as a function that is not registered, and other errors as errors", async () => {
    const { report } = await check({
      ...WEB,
      overrides: { CSAT: [[{ error: "#NAME?" }]], CLV: [[{ error: "#NUM!" }]] },
    });
    expect(report).toContain("  CLV: error (#NUM!)");
    expect(report).toContain("  CSAT: not registered (#NAME?)");
  });

  it("reports requirement sets, the host, and sheet insertion from Office and the workbook", async () => {
    const old: OfficeFacts = {
      isSetSupported: (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= 12,
      diagnostics: undefined,
      displayLanguage: undefined,
    };
    const { result, report } = await check(WEB, { insertMethod: false }, old);
    expect(result.sets).toEqual({
      customFunctionsRuntime: undefined,
      sharedRuntime: undefined,
      excelApi: "1.12",
    });
    expect(lines(report)[0]).toBe("CSM Kit field check — Excel (version unknown) (language unknown)");
    expect(report).toContain("Sets: CustomFunctionsRuntime none, SharedRuntime none, ExcelApi 1.12");
    expect(report).toContain(
      "sheet insertion not supported (no insertWorksheetsFromBase64, no ExcelApi 1.13)",
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

const cell = (value: unknown, type = typeof value === "number" ? "Double" : "String"): CellReading => ({
  value,
  type,
});
const error = (code: string) => cell(code, "Error");
const empty = cell("", "Empty");

describe("reading the probes", () => {
  it("reads the empty cell in a range argument as blank, 0, not registered, or unexpected", () => {
    expect(readEmptyInRange(cell("")).kind).toBe("blank");
    expect(readEmptyInRange(empty).kind).toBe("blank");
    expect(readEmptyInRange(cell(0)).kind).toBe("zero");
    expect(readEmptyInRange(error("#NAME?")).kind).toBe("not-registered");
    expect(readEmptyInRange(cell(7))).toEqual({ kind: "unexpected", got: "7" });
  });

  it("reads the empty cell in a one-value argument as blank when min is missing, as 0 when it scales", () => {
    expect(readEmptyInValue(error("#N/A")).kind).toBe("blank");
    expect(readEmptyInValue(cell(50)).kind).toBe("zero");
    expect(readEmptyInValue(error("#VALUE!"))).toEqual({ kind: "unexpected", got: "#VALUE!" });
  });

  it("reads a blank threshold as the default when the band is Red, as 0 when it is Yellow", () => {
    expect(readBlankThreshold(cell("Red")).kind).toBe("default");
    expect(readBlankThreshold(cell("Yellow")).kind).toBe("zero");
    expect(readBlankThreshold(cell("Green")).kind).toBe("unexpected");
  });

  it("tells an error that reaches the function from one Excel short-circuits", () => {
    expect(readErrors([error("#N/A"), cell(100), error("#VALUE!"), cell(50)]).kind).toBe("reach");
    expect(readErrors([error("#N/A"), empty, empty, empty]).kind).toBe("short-circuited");
    expect(readErrors([error("#N/A"), error("#N/A"), error("#N/A"), error("#N/A")]).kind).toBe(
      "short-circuited",
    );
    expect(readErrors([cell(0), cell(100), error("#VALUE!"), cell(50)])).toEqual({
      kind: "unexpected",
      got: "0, 100, #VALUE!, 50",
    });
    expect(readErrors([error("#NAME?"), empty, empty, empty]).kind).toBe("not-registered");
  });

  it("reads a date as its serial only when the date cell held the date", () => {
    const date = cell(46037);
    expect(readDate(cell(46.037), date).kind).toBe("serial");
    expect(readDate(cell(12), date)).toEqual({ kind: "other-number", got: "12" });
    expect(readDate(error("#VALUE!"), date).kind).toBe("not-a-number");
    expect(readDate(cell(46.037), cell("2026-01-15"))).toEqual({
      kind: "unexpected",
      got: '46.037 (the date cell held "2026-01-15")',
    });
  });

  it("reads a number stored as text as text, or as a number Excel converted, once the cell held text", () => {
    expect(readTextNumber(error("#VALUE!"), cell("42")).kind).toBe("text");
    expect(readTextNumber(cell(0.042), cell("42")).kind).toBe("number");
    expect(readTextNumber(error("#VALUE!"), cell(42)).kind).toBe("unexpected");
  });

  it("finds each probe's result where the check writes it", () => {
    const grid: CellReading[][] = Array.from({ length: 10 }, () => [empty, empty, empty]);
    const put = (row: number, column: number, value: CellReading) =>
      ((grid[row] as CellReading[])[column] = value);
    put(2, 0, cell(46037));
    put(3, 0, cell("42"));
    put(PROBE_FORMULAS.emptyInRange.row, 2, cell(0));
    put(PROBE_FORMULAS.emptyInValue.row, 2, cell(50));
    put(PROBE_FORMULAS.blankThreshold.row, 2, cell("Red"));
    put(PROBE_FORMULAS.dateAndText.row, 2, error("#VALUE!"));
    put(PROBE_FORMULAS.dateAndText.row + 1, 2, cell(0.042));
    put(PROBE_FORMULAS.errors.row, 2, error("#N/A"));
    expect(Object.values(interpretProbes(grid)).map((finding) => finding.kind)).toEqual([
      "zero",
      "zero",
      "default",
      "short-circuited",
      "not-a-number",
      "number",
    ]);
  });

  it("picks a scratch sheet name no sheet has, whatever the case", () => {
    expect(scratchSheetName([])).toBe("CSM Kit check");
    expect(scratchSheetName(["CSM KIT CHECK"])).toBe("CSM Kit check 2");
  });

  it("words an empty cell passed blank to ranges and as 0 to one-value arguments", () => {
    const result: ExcelCheckResult = {
      host: { platform: "PC", version: "16.0.1", language: "en-US" },
      sets: { customFunctionsRuntime: "1.4", sharedRuntime: "1.1", excelApi: "1.17" },
      probes: {
        emptyInRange: { kind: "blank", got: '""' },
        emptyInValue: { kind: "zero", got: "50" },
        blankThreshold: { kind: "not-registered", got: "#NAME?" },
        errors: { kind: "unexpected", got: "1, 2, 3, 4" },
        date: { kind: "other-number", got: "12" },
        textNumber: { kind: "number", got: "0.042" },
      },
      functions: [],
      tables: { status: "not-run" },
      charts: { status: "ok" },
      sheetInsertion: { method: true, excelApi113: true },
      failure: undefined,
      scratchSheet: { name: "CSM Kit check", state: "deleted" },
    };
    expect(lines(reportText(result)).slice(1, 6)).toEqual([
      "Empty cell: blank in a range argument, 0 in a one-value argument (Windows desktop behaviour, office-js #4702)",
      "Blank optional argument: not measured (#NAME?)",
      "Error cell: unexpected result 1, 2, 3, 4",
      "Date: a number that is not its serial (12)",
      "Number stored as text: number (Excel converted it)",
    ]);
    expect(reportText(result)).toContain("Tables not tried, charts ok");
  });
});

describe("judging the worked examples", () => {
  const byId = (id: string) => WORKED_EXAMPLES.find((example) => example.id === id) as WorkedExample;

  it("has one worked example for each of the 29 functions", () => {
    expect(WORKED_EXAMPLES.map((example) => example.id)).toEqual([
      "MRR",
      "ARR",
      "ARPA",
      "MRR_MOVEMENTS",
      "NRR",
      "GRR",
      "CHURN",
      "RETENTION",
      "ANNUAL_CHURN",
      "CLV",
      "CAC",
      "CAC_PAYBACK",
      "QUICK_RATIO",
      "MRR_MATRIX",
      "MRR_BRIDGE",
      "COHORTS",
      "TRAILING_RATE",
      "NPS",
      "CSAT",
      "HEALTH",
      "HEALTH_BAND",
      "HEALTH_EXPLAIN",
      "PULSE",
      "SCALE",
      "ALERTS",
      "JOURNEY_DAYS",
      "SCALE_RATIO",
      "SCALE_DECISION",
      "CSMS_NEEDED",
    ]);
  });

  it("writes array constants with ; between rows and , between columns, and text in quotes", () => {
    expect(formulaOf(byId("HEALTH"))).toBe("=CSM.HEALTH({47,59,21},{20,15,22})");
    expect(formulaOf(byId("PULSE"))).toBe('=CSM.PULSE({"Poor";"Concerning";"Healthy"})');
    expect(formulaOf(byId("CSMS_NEEDED"))).toBe("=CSM.CSMS_NEEDED(30000000,2000000)");
    expect(formulaOf(byId("SCALE"))).toBe("=CSM.SCALE(40,-100,100)");
    expect(formulaOf(byId("TRAILING_RATE"))).toBe(
      '=CSM.TRAILING_RATE({100,100,150,150,150,150;200,200,200,120,120,120;50,50,0,0,80,80;0,300,300,300,300,0;0,0,0,60,60,90;40,40,40,40,0,0},"logo",1)',
    );
  });

  it("accepts a result rounded to the published decimals, and no further", () => {
    expect(judgeExample(byId("ANNUAL_CHURN"), [[cell(1 - 0.95 ** 12)]]).status).toBe("ok");
    expect(judgeExample(byId("ANNUAL_CHURN"), [[cell(0.4597)]])).toMatchObject({
      status: "wrong",
      got: "0.4597",
      expected: "0.4596",
    });
    expect(judgeExample(byId("ARR"), [[cell(300.0001)]]).status).toBe("wrong");
  });

  it("checks every cell of a spilled result, and only the checked cells of HEALTH_EXPLAIN", () => {
    expect(judgeExample(byId("MRR_MOVEMENTS"), [[cell(50), cell(10), cell(10)]])).toMatchObject({
      status: "wrong",
      got: "50, 10, 10, (empty)",
    });
    const explained = [
      ["Composante", "Note", "Poids effectif", "Points apportés", "Points perdus"].map((word) => cell(word)),
      [cell("Support"), cell(21), cell(22 / 57), cell((22 / 57) * 21), cell((22 / 57) * 79)],
      [cell("Usage"), cell(47), cell(20 / 57), cell((20 / 57) * 47), cell((20 / 57) * 53)],
      [cell("NPS"), cell(59), cell(15 / 57), cell((15 / 57) * 59), cell((15 / 57) * 41)],
      [cell("Score de santé"), cell(2287 / 57), cell(1), cell(2287 / 57), cell(100 - 2287 / 57)],
    ];
    expect(judgeExample(byId("HEALTH_EXPLAIN"), explained).status).toBe("ok");
  });

  it("reports an error in the formula's cell, and #NAME? as not registered", () => {
    expect(judgeExample(byId("NPS"), [[error("#SPILL!")]])).toMatchObject({
      status: "error",
      got: "#SPILL!",
    });
    expect(judgeExample(byId("NPS"), [[error("#NAME?")]]).status).toBe("not-registered");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The worked examples and the probes as the catalogue answers them, called as Excel calls it (the built dist/).

const dist = join(__dirname, "../../dist");
let excelCalls: ExcelCalls;

beforeAll(() => {
  if (!existsSync(join(dist, "functions.js")) || !existsSync(join(dist, "functions.json")))
    throw new Error("dist/functions.js or dist/functions.json is missing: run `npm run build` first");
  excelCalls = excelFromDist(dist);
});

function modelArgument(argument: WorkedExample["args"][number]): Argument {
  if (typeof argument === "number" || typeof argument === "string") return value(argument);
  if ("column" in argument) return arrayColumn(...argument.column);
  if ("table" in argument) return array(argument.table.map((line) => [...line]));
  return array([[...argument.row]]);
}

function reading(shown: ModelShown | undefined): CellReading {
  if (shown === undefined) return empty;
  if (typeof shown === "object") return error(shown.error);
  return cell(
    shown,
    typeof shown === "number" ? "Double" : typeof shown === "boolean" ? "Boolean" : "String",
  );
}

const readings = (shown: ModelShown[][]) => shown.map((line) => line.map(reading));

describe("the worked examples and the probes, as Excel calls the built catalogue", () => {
  it("finds a worked example for every function in functions.json", () => {
    expect(WORKED_EXAMPLES.map((example) => example.id).sort()).toEqual(
      excelCalls.metadata.functions.map((fn) => fn.id).sort(),
    );
  });

  it.each(["web", "desktop"] as const)(
    "gives each worked example its published result (%s, English Excel)",
    (profile) => {
      const outcomes = WORKED_EXAMPLES.map((example) =>
        judgeExample(
          example,
          readings(excelCalls.call(example.id, example.args.map(modelArgument), profile)),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status !== "ok")).toEqual([]);
    },
  );

  it("reads the web's probes as blank, blank, default, reach, serial and text", () => {
    const at = (shown: ModelShown[][]) => readings(shown);
    const blank = ref([[null]]);
    const probes = (cells: ModelCell[][]) => ref(cells);
    const web = (id: string, args: Argument[]) => at(excelCalls.call(id, args, "web"));
    const dateAndText = web("SCALE", [probes([[46037], ["42"]]), value(0), value(100000)]);
    const errors = web("SCALE", [probes([[NA], [46037], ["42"], [50]]), value(0), value(100)]);
    const grid: (CellReading | undefined)[][] = Array.from({ length: 10 }, () => []);
    const put = (row: number, column: number, value: CellReading | undefined) =>
      ((grid[row] as (CellReading | undefined)[])[column] = value);
    put(2, 0, cell(46037));
    put(3, 0, cell("42"));
    put(PROBE_FORMULAS.emptyInRange.row, 2, web("SCALE", [blank, value(0), value(100)])[0]?.[0]);
    put(PROBE_FORMULAS.emptyInValue.row, 2, web("SCALE", [value(50), blank, value(100)])[0]?.[0]);
    put(PROBE_FORMULAS.blankThreshold.row, 2, web("HEALTH_BAND", [value(30), blank])[0]?.[0]);
    dateAndText.forEach((line, r) => put(PROBE_FORMULAS.dateAndText.row + r, 2, line[0]));
    errors.forEach((line, r) => put(PROBE_FORMULAS.errors.row + r, 2, line[0]));
    expect(Object.values(interpretProbes(grid)).map((finding) => finding.kind)).toEqual([
      "blank",
      "blank",
      "default",
      "reach",
      "serial",
      "text",
    ]);
  });

  it("reads an empty cell given to a one-value argument on Windows desktop as 0 (office-js #4702)", () => {
    const shown = excelCalls.call("SCALE", [value(50), ref([[null]]), value(100)], "desktop");
    expect(readEmptyInValue(reading(shown[0]?.[0])).kind).toBe("zero");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every documented example of the check's modules runs, as doc-examples.test.ts does for functions/.

const SOURCES = [
  "addin/excel-check.ts",
  "addin/excel-check-layout.ts",
  "addin/excel-check-probes.ts",
  "addin/excel-check-examples.ts",
  "addin/excel-check-report.ts",
  "taskpane/features/excel-check/excel-check-summary.ts",
];
const modules = import.meta.glob<Record<string, unknown>>(
  [
    "../../addin/excel-check.ts",
    "../../addin/excel-check-layout.ts",
    "../../addin/excel-check-probes.ts",
    "../../addin/excel-check-examples.ts",
    "../../addin/excel-check-report.ts",
    "../../taskpane/features/excel-check/excel-check-summary.ts",
  ],
  { eager: true },
);
const scope: Record<string, unknown> = Object.assign({ en }, ...Object.values(modules));
/** Exports with no worked example: the check itself drives a workbook, and is run against the fake Excel above. */
const RUN_ABOVE = new Set(["runExcelCheck"]);

/** Runs an example: the lines up to the last one ending in `;` are statements, the rest is the result. */
function runExample(code: string, names: Record<string, unknown>): unknown {
  const codeLines = code.split("\n");
  let split = 0;
  codeLines.forEach((codeLine, i) => {
    if (codeLine.trimEnd().endsWith(";")) split = i + 1;
  });
  const body = `${codeLines.slice(0, split).join("\n")}\nreturn (${codeLines.slice(split).join("\n")});`;
  return new Function(...Object.keys(names), body)(...Object.values(names));
}

describe("documented examples of the field check", () => {
  for (const file of SOURCES) {
    const { documented, exported } = examplesOf(readFileSync(join(__dirname, "../..", file), "utf8"));
    for (const name of exported.filter((exportedName) => !RUN_ABOVE.has(exportedName))) {
      const examples = documented.get(name) ?? [];
      it(`${file}: ${name} has a worked example`, () => {
        expect(examples.length).toBeGreaterThan(0);
      });
      for (const example of examples) {
        it(`${file}: ${example.code.replace(/\s+/g, " ").slice(0, 120)} gives ${example.expected.slice(0, 80)}`, () => {
          expect(runExample(example.code, scope)).toEqual(runExample(example.expected, {}));
        });
      }
    }
  }
});
