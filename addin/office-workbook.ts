/**
 * The Excel adapter of the {@link WorkbookPort}, on the Excel JavaScript API. Every operation is one
 * `Excel.run` with a fixed number of `context.sync` round trips whatever the row count: a table's headers,
 * cells and number formats go over in one assignment per block, never cell by cell.
 *
 * Round trips: `writeTable` 1 to refuse, 2 to create a table on a new sheet, 3 to update a table in place
 * or add one to a sheet the add-in owns (a read of where the table is and whether the room it needs is
 * free must come before the write); `appendColumn` 1 or 2 to refuse, 3 to add or update the column;
 * `readTable`, `listTables` and `setName` 2; the others (`readSelection` included) 1. A table's charts add none: the names of the
 * sheet's charts are read in the round trip before the write, and the charts go over with the table (see
 * office-charts.ts).
 *
 * An update keeps the table object (its name, its style, the user's references to it) and resizes it with
 * `Table.resize` (ExcelApi 1.13) over cells checked to be free. Deleting data rows and adding new ones would
 * work on older Excel too, but Excel shifts the cells below a table when its rows are deleted or inserted,
 * which would move the user's content; resizing moves nothing.
 *
 * `appendColumn` grows a table, often the user's, by one column the same way: `Table.resize` over the
 * column right of it, once that column (header, data and totals rows, `Range.getColumnsAfter`, ExcelApi 1.2)
 * holds nothing (`getUsedRangeOrNullObject(true)`, ExcelApi 1.4). Where `Table.resize` is missing, it falls
 * back on `TableColumnCollection.add(undefined, undefined, header)` (a name at creation needs ExcelApi 1.4,
 * the add-in's minimum); whether Excel then extends the table or inserts cells, moving what is right of the
 * table in its rows, is not documented, so that fallback is refused when anything is right of the table in
 * its rows. The formula then goes into every data row in one assignment (an n × 1 block of the same
 * formula), rather than into the first row relying on Excel to fill the calculated column: that filling is
 * an AutoCorrect option the user can turn off, and it does not apply to a column written all at once.
 * Excel still treats a column whose every row holds the same formula as a calculated column, so rows the
 * user adds later get it.
 *
 * `readSelection` reads `Workbook.getSelectedRange()` (ExcelApi 1.1) through its used range,
 * `Range.getUsedRangeOrNullObject(true)` (ExcelApi 1.4): only the cells of the selection that hold values
 * travel, so a selection of whole columns (`A:F`) or of the whole sheet costs what its data costs, in one
 * round trip. Excel refuses `getSelectedRange` when several areas are selected: that refusal
 * (`InvalidSelection`) becomes an `invalid-shape` error asking for one block of cells.
 */
import { OWNERSHIP_SETTING, WorkbookError } from "./workbook-port";
import type {
  FormulaColumn,
  RangeContents,
  ReadMode,
  TableContents,
  TableInfo,
  TableWrite,
  WorkbookPort,
} from "./workbook-port";
import {
  decideAppend,
  decideName,
  decideWrite,
  excelNameProblem,
  formulaColumnProblem,
  growthProblem,
  insertWouldMoveProblem,
  isOwned,
  readOwnership,
  tableNotFound,
  tableWriteProblem,
  UNREADABLE_OWNERSHIP_SETTING,
  withOwned,
  withOwnedColumn,
  writeOwnership,
  wrongSheetProblem,
  type OwnershipReading,
  type OwnershipRegistry,
  type WriteDecision,
} from "./ownership";
import { leftoverBoxes, placeBeside, tableBox, type CellBox } from "./table-layout";
import { chartsProblem } from "./chart-specs";
import { loadChartNames, queueCharts } from "./office-charts";
import {
  cellInput,
  changedTexts,
  headersSwap,
  headerTexts,
  parseAddress,
  rangeContents,
  readRows,
} from "./excel-cells";
import { hostFailure, problem } from "./workbook-messages";
import type { Bilingual } from "../functions/excel/language";

/** Runs a batch of Excel commands: `Excel.run` in Excel, a mock in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** How to reach Excel. */
export interface OfficeWorkbookOptions {
  /** The batch runner; `Excel.run` when omitted. */
  readonly run?: ExcelRun;
  /** Whether `Table.resize` (ExcelApi 1.13) is available; asked of Office when omitted. */
  readonly canResizeTables?: () => boolean;
  /** Whether charts can be drawn (ExcelApi 1.7); asked of Office when omitted. Without, tables go alone. */
  readonly canDrawCharts?: () => boolean;
}

/**
 * The workbook open in Excel, through office-js. Host failures reject with a {@link WorkbookError} `host`
 * that quotes Excel's message; refusals reject with the same errors as the memory workbook.
 */
export class OfficeWorkbook implements WorkbookPort {
  readonly host = "excel";
  private readonly run: ExcelRun;
  private readonly canResizeTables: () => boolean;
  private readonly canDrawCharts: () => boolean;

  /**
   * @param options - the batch runner (a mock in tests) and the resize and chart capabilities
   */
  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.canResizeTables = options.canResizeTables ?? excelApiSupports("1.13");
    this.canDrawCharts = options.canDrawCharts ?? excelApiSupports("1.7");
  }

  async listTables(): Promise<readonly TableInfo[]> {
    return this.batch({ en: "list the tables", fr: "lister les tableaux" }, async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
      setting.load("value");
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const { registry } = ownershipOf(setting);
      const found = tables.items.map((table) => {
        const worksheet = table.worksheet;
        worksheet.load("name");
        const header = table.getHeaderRowRange();
        header.load("values");
        const body = table.getDataBodyRange();
        body.load("rowCount");
        // A table written with no rows keeps one blank row: read its first row to tell.
        const firstRow = body.getRow(0).getUsedRangeOrNullObject(true);
        firstRow.load("address");
        return { name: table.name, worksheet, header, body, firstRow };
      });
      await context.sync();
      return found.map(({ name, worksheet, header, body, firstRow }) => ({
        name,
        sheet: worksheet.name,
        headers: headerTexts(header.values),
        rowCount: body.rowCount === 1 && firstRow.isNullObject ? 0 : body.rowCount,
        owned: isOwned(registry, "tables", name),
      }));
    });
  }

  async readTable(name: string, mode: ReadMode = "formulas"): Promise<TableContents | undefined> {
    return this.batch(
      { en: `read the table "${name}"`, fr: `lire le tableau « ${name} »` },
      async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
        setting.load("value");
        const table = context.workbook.tables.getItemOrNullObject(name);
        table.load("name");
        await context.sync();
        if (table.isNullObject) return undefined;
        const worksheet = table.worksheet;
        worksheet.load("name");
        const header = table.getHeaderRowRange();
        header.load("values");
        const body = table.getDataBodyRange();
        // Formula text is asked of Excel only when it is wanted: a large table's formulas double the payload.
        if (mode === "formulas") body.load("values, formulas");
        else body.load("values");
        await context.sync();
        const rows = mode === "formulas" ? readRows(body.values, body.formulas) : readRows(body.values);
        return {
          name: table.name,
          sheet: worksheet.name,
          headers: headerTexts(header.values),
          rowCount: rows.length,
          owned: isOwned(ownershipOf(setting).registry, "tables", table.name),
          rows,
        };
      },
    );
  }

  /**
   * The block of the selection that holds values (see {@link WorkbookPort.readSelection}), in one round
   * trip: its address and values, never its formulas.
   */
  async readSelection(): Promise<RangeContents | undefined> {
    const action = { en: "read the selected cells", fr: "lire les cellules sélectionnées" };
    return this.batch(action, async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("address");
      const used = selection.getUsedRangeOrNullObject(true);
      used.load("address, values");
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "InvalidSelection") throw notOneBlock();
        throw error;
      }
      if (used.isNullObject) return { address: selection.address, headers: [], rows: [] };
      return rangeContents(used.address, used.values);
    });
  }

  async writeTable(request: TableWrite): Promise<TableInfo> {
    const invalid = tableWriteProblem(request) ?? chartsProblem(request);
    if (invalid !== undefined) throw invalid;
    const action = { en: `write the table "${request.name}"`, fr: `écrire le tableau « ${request.name} »` };
    const wantsCharts = (request.charts?.length ?? 0) > 0;
    const draw = wantsCharts && this.canDrawCharts();
    const skipped = wantsCharts && !draw;
    return this.batch(action, async (context) => {
      const workbook = context.workbook;
      // Round trip 1: what the workbook holds under these names, and what the add-in owns.
      const setting = workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
      setting.load("value");
      const sheet = workbook.worksheets.getItemOrNullObject(request.sheet);
      sheet.load("name");
      const existing = workbook.tables.getItemOrNullObject(request.name);
      existing.load("name");
      const definedName = workbook.names.getItemOrNullObject(request.name);
      definedName.load("name");
      await context.sync();
      const ownership = ownershipOf(setting);
      const decision = decideWrite(request, ownership, {
        sheet: sheet.isNullObject ? undefined : sheet.name,
        table: existing.isNullObject ? undefined : existing.name,
        definedName: !definedName.isNullObject,
      });
      if (decision.action === "refuse") throw decision.error;
      if (decision.action === "update") {
        const where = await this.update(context, request, existing, decision.table, draw);
        return { ...describe(request, where, skipped), name: decision.table };
      }
      const placed = await this.create(context, request, decision, draw);
      let registry = withOwned(ownership.registry, "tables", request.name);
      if (decision.createSheet) registry = withOwned(registry, "sheets", decision.sheet);
      // Recorded once the table is queued: if Excel fails before, nothing is claimed that was not created;
      // if a chart fails after, the table is still the add-in's to update on the next run.
      saveOwnership(context, registry, ownership, setting);
      if (draw) queueCharts(placed.worksheet, placed.box, request, placed.charts);
      await context.sync();
      return describe(request, decision.sheet, skipped);
    });
  }

  async appendColumn(name: string, column: FormulaColumn): Promise<TableInfo> {
    const invalid = formulaColumnProblem(name, column);
    if (invalid !== undefined) throw invalid;
    const action = {
      en: `add the column "${column.header}" to the table "${name}"`,
      fr: `ajouter la colonne « ${column.header} » au tableau « ${name} »`,
    };
    const canResize = this.canResizeTables();
    return this.batch(action, async (context) => {
      // Round trip 1: the table, and what the add-in owns.
      const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
      setting.load("value");
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      await context.sync();
      if (table.isNullObject) throw tableNotFound(name);
      const ownership = ownershipOf(setting);
      // Round trip 2: where the table is, its headers, and what is right of it.
      const worksheet = table.worksheet;
      worksheet.load("name");
      const range = table.getRange(); // header, data and totals rows
      range.load("address");
      const header = table.getHeaderRowRange();
      header.load("values");
      const body = table.getDataBodyRange();
      body.load("address");
      const firstRow = body.getRow(0).getUsedRangeOrNullObject(true);
      firstRow.load("address");
      const beside = range.getColumnsAfter(1).getUsedRangeOrNullObject(true);
      beside.load("address");
      const rightOf = canResize ? undefined : range.getEntireRow().getUsedRangeOrNullObject(true);
      rightOf?.load("address");
      await context.sync();
      const headers = headerTexts(header.values);
      const decision = decideAppend(column, ownership, {
        table: table.name,
        sheet: worksheet.name,
        headers,
        free: beside.isNullObject,
      });
      if (decision.action === "refuse") throw decision.error;
      const { box: current } = parseAddress(range.address);
      const { box: data } = parseAddress(body.address);
      const info = {
        name: table.name,
        sheet: worksheet.name,
        headers,
        // A table with no rows keeps one blank data row, as in listTables.
        rowCount: data.rowCount === 1 && firstRow.isNullObject ? 0 : data.rowCount,
        owned: isOwned(ownership.registry, "tables", table.name),
      };
      // Round trip 3: the change.
      if (decision.action === "update") {
        writeColumn(worksheet, { ...data, column: data.column + decision.index, columnCount: 1 }, column);
        await context.sync();
        return info;
      }
      const edge = current.column + current.columnCount;
      if (canResize) {
        table.resize(rangeOf(worksheet, { ...current, columnCount: current.columnCount + 1 }));
        rangeOf(worksheet, { row: current.row, column: edge, rowCount: 1, columnCount: 1 }).values = [
          [cellInput(column.header)],
        ];
      } else {
        const used =
          rightOf === undefined || rightOf.isNullObject ? undefined : parseAddress(rightOf.address).box;
        if (used !== undefined && used.column + used.columnCount > edge) {
          throw insertWouldMoveProblem(table.name, column.header, worksheet.name);
        }
        table.columns.add(undefined, undefined, column.header);
      }
      writeColumn(worksheet, { ...data, column: edge, columnCount: 1 }, column);
      const registry = withOwnedColumn(ownership.registry, table.name, column.header);
      // Recorded with the column: if Excel fails before, nothing is claimed that was not added.
      if (registry !== ownership.registry) saveOwnership(context, registry, ownership, setting);
      await context.sync();
      return { ...info, headers: [...headers, column.header] };
    });
  }

  async getName(name: string): Promise<string | undefined> {
    return this.batch({ en: `read the name "${name}"`, fr: `lire le nom « ${name} »` }, async (context) => {
      const item = context.workbook.names.getItemOrNullObject(name);
      item.load("formula");
      await context.sync();
      return item.isNullObject ? undefined : String(item.formula);
    });
  }

  async setName(name: string, formula: string): Promise<void> {
    const invalid = excelNameProblem(name, "defined name");
    if (invalid !== undefined) throw invalid;
    await this.batch({ en: `set the name "${name}"`, fr: `définir le nom « ${name} »` }, async (context) => {
      const workbook = context.workbook;
      const setting = workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
      setting.load("value");
      const item = workbook.names.getItemOrNullObject(name);
      item.load("name");
      const table = workbook.tables.getItemOrNullObject(name);
      table.load("name");
      await context.sync();
      const ownership = ownershipOf(setting);
      const decision = decideName(name, ownership, {
        exists: !item.isNullObject,
        table: !table.isNullObject,
      });
      if (decision instanceof WorkbookError) throw decision;
      if (decision === "update") {
        item.formula = formula;
      } else {
        workbook.names.add(name, formula);
        saveOwnership(context, withOwned(ownership.registry, "names", name), ownership, setting);
      }
      await context.sync();
    });
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.batch(
      { en: "read a document setting", fr: "lire un paramètre du document" },
      async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load("value");
        await context.sync();
        if (item.isNullObject) return undefined;
        const value: unknown = item.value;
        return typeof value === "string" ? value : JSON.stringify(value);
      },
    );
  }

  async setSetting(key: string, value: string): Promise<void> {
    if (key === OWNERSHIP_SETTING) throw problem("invalid-name", "reserved-setting", { key });
    await this.batch(
      { en: "save a document setting", fr: "enregistrer un paramètre du document" },
      async (context) => {
        context.workbook.settings.add(key, value);
        await context.sync();
      },
    );
  }

  async ownershipProblem(): Promise<WorkbookError | undefined> {
    const action = { en: "read CSM Kit's ownership record", fr: "lire le registre de CSM Kit" };
    return this.batch(action, async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
      setting.load("value");
      await context.sync();
      return ownershipOf(setting).problem;
    });
  }

  /** Runs one batch; whatever Excel throws becomes a `host` error a person can act on. */
  private async batch<T>(action: Bilingual, work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      throw hostFailure(action, error);
    }
  }

  /** Round trips 2 and 3 of an update: where the table is, its room and its sheet's charts; the write. */
  private async update(
    context: Excel.RequestContext,
    request: TableWrite,
    table: Excel.Table,
    name: string,
    draw: boolean,
  ): Promise<string> {
    const columns = request.columns.length;
    const wanted = tableBox(0, 0, request.rows.length, columns);
    const range = table.getRange();
    range.load("address");
    const header = table.getHeaderRowRange();
    header.load("values");
    const room = range.getCell(0, 0).getResizedRange(wanted.rowCount - 1, columns - 1);
    const usedInRoom = room.getUsedRangeOrNullObject(false);
    usedInRoom.load("address");
    const worksheet = table.worksheet;
    const charts = draw ? loadChartNames(worksheet) : undefined;
    await context.sync();
    const current = parseAddress(range.address);
    const elsewhere = wrongSheetProblem(request, current.sheet);
    if (elsewhere !== undefined) throw elsewhere;
    const used = usedInRoom.isNullObject ? undefined : parseAddress(usedInRoom.address).box;
    const blocked = growthProblem(request, current.box, used);
    if (blocked !== undefined) throw blocked;
    const next = tableBox(current.box.row, current.box.column, request.rows.length, columns);
    const resized = next.rowCount !== current.box.rowCount || next.columnCount !== current.box.columnCount;
    if (resized && !this.canResizeTables()) throw problem("host", "no-resize", { name });

    if (resized) table.resize(rangeOf(worksheet, next));
    for (const box of leftoverBoxes(current.box, next)) rangeOf(worksheet, box).clear("All");
    const headerRange = rangeOf(worksheet, { ...next, rowCount: 1 });
    if (headersSwap(headerTexts(header.values), request)) {
      // Excel renames a header that duplicates another mid-write; unique placeholders avoid that.
      headerRange.values = [request.columns.map((_, index) => `csmkit_column_${index + 1}`)];
    }
    headerRange.values = [request.columns.map((column) => cellInput(column.header))];
    writeBody(worksheet, next, request);
    if (draw) queueCharts(worksheet, next, request, charts);
    await context.sync();
    return current.sheet;
  }

  /** Creates the sheet (or finds room, and the charts, on the add-in's sheet: one more round trip) and the table. */
  private async create(
    context: Excel.RequestContext,
    request: TableWrite,
    decision: Extract<WriteDecision, { action: "create" }>,
    draw: boolean,
  ): Promise<{ worksheet: Excel.Worksheet; box: CellBox; charts: Excel.ChartCollection | undefined }> {
    const workbook = context.workbook;
    const columns = request.columns.length;
    let worksheet: Excel.Worksheet;
    let box: CellBox | undefined;
    let charts: Excel.ChartCollection | undefined;
    if (decision.createSheet) {
      worksheet = workbook.worksheets.add(decision.sheet);
      box = tableBox(0, 0, request.rows.length, columns);
    } else {
      worksheet = workbook.worksheets.getItem(decision.sheet);
      const used = worksheet.getUsedRangeOrNullObject(false);
      used.load("address");
      if (draw) charts = loadChartNames(worksheet);
      await context.sync();
      box = placeBeside(
        used.isNullObject ? undefined : parseAddress(used.address).box,
        request.rows.length,
        columns,
      );
      if (box === undefined) throw problem("not-owned", "no-room-beside", { sheet: decision.sheet });
    }
    // Headers first, so the new table takes them instead of "Column1", "Column2"…
    const headerRange = rangeOf(worksheet, { ...box, rowCount: 1 });
    headerRange.values = [request.columns.map((column) => cellInput(column.header))];
    const table = worksheet.tables.add(rangeOf(worksheet, box), true);
    table.name = request.name;
    // Structured references ([@Time]) only exist once the table does: the body is written after it.
    writeBody(worksheet, box, request);
    return { worksheet, box, charts };
  }
}

/** The code of an error Excel raised (`OfficeExtension.Error.code`), if it has one. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code } = error as { code?: unknown };
  return typeof code === "string" ? code : undefined;
}

/** The refusal of a selection Excel cannot give as one range. */
function notOneBlock(): WorkbookError {
  return new WorkbookError("invalid-shape", {
    en:
      "Select one block of cells: the header row and the rows below it, without Ctrl+click on other " +
      "cells. Then try again.",
    fr:
      "Sélectionnez un seul bloc de cellules : la ligne d'en-têtes et les lignes en dessous, sans Ctrl+clic " +
      "sur d'autres cellules. Puis réessayez.",
  });
}

function ownershipOf(setting: Excel.Setting): OwnershipReading {
  return setting.isNullObject ? readOwnership(undefined) : readOwnership(setting.value);
}

/** Queues the registry's save; an unreadable record is set aside first, never silently dropped. */
function saveOwnership(
  context: Excel.RequestContext,
  registry: OwnershipRegistry,
  ownership: OwnershipReading,
  setting: Excel.Setting,
): void {
  const settings = context.workbook.settings;
  if (ownership.problem !== undefined && !setting.isNullObject) {
    const unreadable: unknown = setting.value;
    settings.add(
      UNREADABLE_OWNERSHIP_SETTING,
      typeof unreadable === "string" ? unreadable : JSON.stringify(unreadable),
    );
  }
  settings.add(OWNERSHIP_SETTING, writeOwnership(registry));
}

function describe(request: TableWrite, sheet: string, chartsSkipped: boolean): TableInfo {
  return {
    name: request.name,
    sheet,
    headers: request.columns.map((column) => column.header),
    rowCount: request.rows.length,
    owned: true,
    ...(chartsSkipped ? { chartsSkipped } : {}),
    ...textsChangedOf(request),
  };
}

/** The texts of a write the gate changed, said only when there are some. */
function textsChangedOf(request: TableWrite): { textsChanged?: number } {
  const textsChanged = changedTexts(request);
  return textsChanged === 0 ? {} : { textsChanged };
}

function rangeOf(worksheet: Excel.Worksheet, box: CellBox): Excel.Range {
  return worksheet.getRangeByIndexes(box.row, box.column, box.rowCount, box.columnCount);
}

/**
 * Queues a table's data (values and formulas in one assignment) and number formats (one assignment) below
 * its header row in `box`. With no rows, Excel's one blank data row is written blank.
 */
function writeBody(worksheet: Excel.Worksheet, box: CellBox, request: TableWrite): void {
  const body = rangeOf(worksheet, { ...box, row: box.row + 1, rowCount: box.rowCount - 1 });
  const blank = request.columns.map(() => "");
  body.formulas =
    request.rows.length === 0
      ? [blank]
      : request.rows.map((row) =>
          row.map((value, index) => request.columns[index]?.formula ?? cellInput(value)),
        );
  const formats = request.columns.map((column) => column.numberFormat ?? "General");
  body.numberFormat = Array.from({ length: box.rowCount - 1 }, () => formats);
}

/**
 * Queues one column's formula in every row of `box` (one column wide), and its number format when given, each
 * as one assignment whatever the row count.
 */
function writeColumn(worksheet: Excel.Worksheet, box: CellBox, column: FormulaColumn): void {
  const cells = rangeOf(worksheet, box);
  cells.formulas = Array.from({ length: box.rowCount }, () => [column.formula]);
  const format = column.numberFormat;
  if (format !== undefined) cells.numberFormat = Array.from({ length: box.rowCount }, () => [format]);
}

/** Asks Office whether an ExcelApi requirement set is supported; outside Office (tests), it is. */
function excelApiSupports(version: string): () => boolean {
  return () => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return office?.context?.requirements?.isSetSupported("ExcelApi", version) ?? true;
  };
}
