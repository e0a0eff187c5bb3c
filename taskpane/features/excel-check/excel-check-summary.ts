/** The field check's result in the pane's language: one line per finding, flagged when it needs attention. */
import type { ExcelCheckResult } from "../../../addin/excel-check-report";
import type { Finding, ProbeFindings } from "../../../addin/excel-check-probes";
import type { StringKey, Strings } from "../../i18n/strings";

export interface SummaryLine {
  readonly text: string;
  /** False when the person should know about it: a difference from what the functions expect, a failure. */
  readonly ok: boolean;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (hole, name: string) => String(values[name] ?? hole));

/** One probe's line: its wording per kind, or "unexpected result" naming the probe. */
function probeLine<K extends string>(
  finding: Finding<K>,
  what: StringKey,
  words: Record<K, { readonly key: StringKey; readonly ok: boolean }>,
  t: Strings,
): SummaryLine | undefined {
  // Functions Excel does not know are said once, with the worked examples.
  if (finding.kind === "not-registered") return undefined;
  if (finding.kind === "unexpected")
    return { text: fill(t.checkUnexpected, { what: t[what], got: finding.got }), ok: false };
  const word = words[finding.kind as K];
  return { text: fill(t[word.key], { got: finding.got }), ok: word.ok };
}

function emptyLine(probes: ProbeFindings, t: Strings): SummaryLine | undefined {
  const range = probes.emptyInRange.kind;
  const value = probes.emptyInValue.kind;
  if (range === "blank" && value === "blank") return { text: t.checkEmptyBlank, ok: true };
  if (range === "zero" && value === "zero") return { text: t.checkEmptyZero, ok: false };
  if (range === "blank" && value === "zero") return { text: t.checkEmptyMixed, ok: false };
  if (range === "not-registered" && value === "not-registered") return undefined;
  const got = `${probes.emptyInRange.got}, ${probes.emptyInValue.got}`;
  return { text: fill(t.checkUnexpected, { what: t.checkWhatEmpty, got }), ok: false };
}

function probeLines(probes: ProbeFindings, t: Strings): (SummaryLine | undefined)[] {
  return [
    emptyLine(probes, t),
    probeLine(
      probes.blankThreshold,
      "checkWhatThreshold",
      {
        default: { key: "checkThresholdDefault", ok: true },
        zero: { key: "checkThresholdZero", ok: false },
      },
      t,
    ),
    probeLine(
      probes.errors,
      "checkWhatErrors",
      {
        reach: { key: "checkErrorsReach", ok: true },
        "short-circuited": { key: "checkErrorsStopped", ok: false },
      },
      t,
    ),
    probeLine(
      probes.date,
      "checkWhatDate",
      {
        serial: { key: "checkDateSerial", ok: true },
        "other-number": { key: "checkDateOther", ok: false },
        "not-a-number": { key: "checkDateOther", ok: false },
      },
      t,
    ),
    probeLine(
      probes.textNumber,
      "checkWhatText",
      {
        text: { key: "checkTextText", ok: true },
        number: { key: "checkTextNumber", ok: false },
      },
      t,
    ),
  ];
}

function functionsLine(result: ExcelCheckResult, t: Strings): SummaryLine | undefined {
  const { functions } = result;
  if (functions.length === 0) return undefined;
  if (functions.every((outcome) => outcome.status === "not-registered"))
    return { text: t.checkNotRegistered, ok: false };
  const ok = functions.filter((outcome) => outcome.status === "ok").length;
  if (ok === functions.length)
    return { text: fill(t.checkFunctionsOk, { total: functions.length }), ok: true };
  const names = functions
    .filter((outcome) => outcome.status !== "ok")
    .map((outcome) => `CSM.${outcome.id}`)
    .join(", ");
  return { text: fill(t.checkFunctionsSome, { ok, total: functions.length, names }), ok: false };
}

/**
 * Words the check's result for the pane: where it ran, each probe, the worked examples, the capabilities,
 * and what went wrong (a step that stopped, a scratch sheet left behind).
 *
 * @param result - the check's result
 * @param t - the pane's words in its language
 * @returns the lines, in the report's order
 *
 * @example
 * const result = { host: { platform: "OfficeOnline", version: "16.0.1", language: "en-US" }, sets: { customFunctionsRuntime: "1.4", sharedRuntime: "1.1", excelApi: "1.17" }, probes: undefined, functions: [], tables: { status: "ok" }, charts: { status: "failed", message: "InvalidArgument: no" }, sheetInsertion: { method: true, excelApi113: true }, failure: undefined, scratchSheet: { name: "CSM Kit check", state: "deleted" } };
 * checkSummary(result, en).map((line) => line.text)
 * //=> ["Excel 16.0.1 (OfficeOnline), language en-US; ExcelApi up to 1.17.", "Tables can be added.", "Charts cannot be added: InvalidArgument: no", "Templates can be inserted into this workbook."]
 */
export function checkSummary(result: ExcelCheckResult, t: Strings): SummaryLine[] {
  const { host, sets, scratchSheet } = result;
  const unknown = t.checkUnknown;
  const lines: (SummaryLine | undefined)[] = [
    {
      text: fill(t.checkHost, {
        version: host.version ?? unknown,
        platform: host.platform ?? unknown,
        language: host.language ?? unknown,
        excelApi: sets.excelApi ?? unknown,
      }),
      ok: true,
    },
    result.failure && { text: fill(t.checkStopped, { reason: result.failure.message }), ok: false },
    ...(result.probes === undefined ? [] : probeLines(result.probes, t)),
    functionsLine(result, t),
    result.tables.status === "ok" ? { text: t.checkTablesOk, ok: true } : undefined,
    result.tables.status === "failed"
      ? { text: fill(t.checkTablesFailed, { reason: result.tables.message }), ok: false }
      : undefined,
    result.charts.status === "ok" ? { text: t.checkChartsOk, ok: true } : undefined,
    result.charts.status === "failed"
      ? { text: fill(t.checkChartsFailed, { reason: result.charts.message }), ok: false }
      : undefined,
    result.sheetInsertion.method && result.sheetInsertion.excelApi113
      ? { text: t.checkInsertOk, ok: true }
      : { text: t.checkInsertNo, ok: false },
    scratchSheet.state === "left"
      ? {
          text: fill(t.checkSheetLeft, {
            sheet: scratchSheet.name ?? "",
            reason: scratchSheet.message ?? unknown,
          }),
          ok: false,
        }
      : undefined,
  ];
  return lines.filter((line): line is SummaryLine => line !== undefined);
}
