/**
 * "Check this Excel": a field check of how the Excel the add-in runs in calls the CSM functions, for a bug
 * report. It works on a scratch sheet of its own, which it always deletes at the end, even when a step fails;
 * it reads no other sheet's cells and changes no other sheet.
 *
 * Three `Excel.run` batches and, when the functions answer at once, 6 `context.sync` round trips whatever the
 * workbook holds:
 * 1. the sheet names (1), then the scratch sheet added under a free name, and its id read (2);
 * 2. the probe cells, the probe formulas and the 25 worked examples written in one block, their formats in
 *    another, and the results read back (`values` and `valueTypes`) in the same round trip (3); read again
 *    while some still show `#BUSY!` (custom functions calculate after the write), at most `rereads` times;
 *    then a table (4) and a chart (5), each in a round trip of its own so that one failing does not hide the
 *    other;
 * 3. the scratch sheet deleted by its id (6), so that a sheet of the user's named alike is never deleted.
 *
 * Requirement sets and host facts come from `Office.context` (no round trip). Sheet insertion is not tried:
 * `insertWorksheetsFromBase64` must exist and ExcelApi 1.13 be supported.
 */
import type { ExcelRun } from "./office-workbook";
import { WORKED_EXAMPLES, type FunctionOutcome } from "./excel-check-examples";
import {
  CHART_DATA,
  checkFormulas,
  EXAMPLE_COLUMN,
  judgeExamples,
  READ_COLUMNS,
  readingsOf,
  scratchSheetName,
  stillCalculating,
  TABLE_DATA,
} from "./excel-check-layout";
import { interpretProbes, PROBE_CELLS, type CellReading, type ProbeFindings } from "./excel-check-probes";
import {
  hostFacts,
  requirementSupport,
  type ExcelCheckResult,
  type OfficeFacts,
  type StepOutcome,
} from "./excel-check-report";

export interface ExcelCheckOptions {
  /** The batch runner; `Excel.run` when omitted. */
  readonly run?: ExcelRun;
  /** Requirement sets and host facts; `Office.context` when omitted. */
  readonly office?: OfficeFacts;
  /** Waits between two reads of results still calculating; a timer when omitted. */
  readonly wait?: (milliseconds: number) => Promise<void>;
  /** How many more reads while some results show `#BUSY!`; 10 (half a second apart) when omitted. */
  readonly rereads?: number;
}

/**
 * Excel's message for a failed step, with its error code when it has one (`InvalidArgument: …`).
 *
 * @param error - what Excel threw
 * @returns the message
 *
 * @example
 * failureMessage(Object.assign(new Error("The argument is invalid."), { code: "InvalidArgument" }))
 * //=> "InvalidArgument: The argument is invalid."
 */
export function failureMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" && !error.message.startsWith(code)
    ? `${code}: ${error.message}`
    : error.message;
}

/**
 * Runs the field check (see the module's comment for its steps and round trips). Never rejects: a step that
 * fails is in the result, with Excel's message, and the scratch sheet is deleted all the same.
 *
 * @param options - the batch runner, Office's facts and the wait between reads (stand-ins in tests)
 * @returns what the check found
 */
export async function runExcelCheck(options: ExcelCheckOptions = {}): Promise<ExcelCheckResult> {
  const run = options.run ?? ((batch) => Excel.run(batch));
  const office = options.office ?? officeFacts();
  const wait =
    options.wait ?? ((milliseconds) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const measured: Measured = {
    probes: undefined,
    functions: [],
    tables: { status: "not-run" },
    charts: { status: "not-run" },
    method: false,
    failure: undefined,
  };
  let scratch: { id: string; name: string } | undefined;
  let scratchSheet: ExcelCheckResult["scratchSheet"] = { name: undefined, state: "not-added" };
  try {
    scratch = await addScratchSheet(run);
    await measure(run, scratch.id, measured, { wait, rereads: options.rereads ?? 10 });
  } catch (error) {
    measured.failure ??= {
      step: scratch === undefined ? "add the scratch sheet" : "run the checks",
      message: failureMessage(error),
    };
  } finally {
    if (scratch !== undefined) scratchSheet = await deleteScratchSheet(run, scratch);
  }
  const sets = requirementSupport(office);
  return {
    host: hostFacts(office),
    sets,
    probes: measured.probes,
    functions: measured.functions,
    tables: measured.tables,
    charts: measured.charts,
    sheetInsertion: { method: measured.method, excelApi113: isAtLeast(sets.excelApi, 13) },
    failure: measured.failure,
    scratchSheet,
  };
}

interface Measured {
  probes: ProbeFindings | undefined;
  functions: FunctionOutcome[];
  tables: StepOutcome;
  charts: StepOutcome;
  method: boolean;
  failure: { step: string; message: string } | undefined;
}

/** Round trips 1 and 2: the sheet names, then the scratch sheet added under a free one, and its id. */
async function addScratchSheet(run: ExcelRun): Promise<{ id: string; name: string }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheet = sheets.add(scratchSheetName(sheets.items.map((item) => item.name)));
    sheet.load("id, name");
    await context.sync();
    return { id: sheet.id, name: sheet.name };
  });
}

/** Round trips 3 (and the reads again while results calculate), 4 and 5, on the scratch sheet only. */
async function measure(
  run: ExcelRun,
  id: string,
  measured: Measured,
  timing: { wait: (milliseconds: number) => Promise<void>; rereads: number },
): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(id);
    measured.method = typeof context.workbook.insertWorksheetsFromBase64 === "function";
    try {
      const grid = await writeAndRead(context, sheet, timing);
      measured.probes = interpretProbes(grid);
      measured.functions = judgeExamples(WORKED_EXAMPLES, grid);
    } catch (error) {
      measured.failure = { step: "write and read the probes and examples", message: failureMessage(error) };
    }
    measured.tables = await attempt(context, () => {
      const data = sheet.getRange(TABLE_DATA.address);
      data.values = TABLE_DATA.values;
      sheet.tables.add(data, true);
    });
    measured.charts = await attempt(context, () => {
      const data = sheet.getRange(CHART_DATA.address);
      data.values = CHART_DATA.values;
      sheet.charts.add("ColumnClustered", data, "Auto");
    });
  });
}

/** Queues one capability and syncs it alone: ok, or failed with Excel's message. */
async function attempt(context: Excel.RequestContext, queue: () => void): Promise<StepOutcome> {
  try {
    queue();
    await context.sync();
    return { status: "ok" };
  } catch (error) {
    return { status: "failed", message: failureMessage(error) };
  }
}

/** The probes and examples written as one block of formulas, and read back in the same round trip. */
async function writeAndRead(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  timing: { wait: (milliseconds: number) => Promise<void>; rereads: number },
): Promise<CellReading[][]> {
  const formulas = checkFormulas(WORKED_EXAMPLES);
  // The text format goes first, so that "42" is stored as text.
  sheet.getRange(PROBE_CELLS.address).numberFormat = PROBE_CELLS.numberFormats.map((line) => [...line]);
  sheet.getRangeByIndexes(0, 0, formulas.length, EXAMPLE_COLUMN + 1).formulas = formulas;
  const results = sheet.getRangeByIndexes(0, 0, formulas.length, READ_COLUMNS);
  results.load("values, valueTypes");
  await context.sync();
  return settle(context, results, readingsOf(results.values, results.valueTypes), timing, timing.rereads);
}

/** Reads the results again, after a pause, while some still calculate; at most `left` more times. */
async function settle(
  context: Excel.RequestContext,
  results: Excel.Range,
  grid: CellReading[][],
  timing: { wait: (milliseconds: number) => Promise<void> },
  left: number,
): Promise<CellReading[][]> {
  if (left <= 0 || !stillCalculating(grid)) return grid;
  await timing.wait(500);
  results.load("values, valueTypes");
  await context.sync();
  return settle(context, results, readingsOf(results.values, results.valueTypes), timing, left - 1);
}

/** Round trip 6: the scratch sheet deleted by its id, in a batch of its own. */
async function deleteScratchSheet(
  run: ExcelRun,
  scratch: { id: string; name: string },
): Promise<ExcelCheckResult["scratchSheet"]> {
  try {
    await run(async (context) => {
      context.workbook.worksheets.getItem(scratch.id).delete();
      await context.sync();
    });
    return { name: scratch.name, state: "deleted" };
  } catch (error) {
    return { name: scratch.name, state: "left", message: failureMessage(error) };
  }
}

function isAtLeast(version: string | undefined, minor: number): boolean {
  return version !== undefined && Number(version.split(".")[1]) >= minor;
}

/** `Office.context` as the check reads it; nothing is supported outside Office. */
function officeFacts(): OfficeFacts {
  const context = (globalThis as { Office?: typeof Office }).Office?.context;
  return {
    isSetSupported: (name, version) => context?.requirements?.isSetSupported(name, version) ?? false,
    diagnostics: context?.diagnostics,
    displayLanguage: context?.displayLanguage,
  };
}
