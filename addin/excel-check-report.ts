/**
 * The field check's result and its plain-text report: English labels, one finding per line, ready to paste
 * into a bug report whatever the pane's language. Where the check ran and the requirement sets it supports
 * are read here from `Office.context`, given as a plain object (no office-js call).
 */
import type { FunctionOutcome } from "./excel-check-examples";
import type { Finding, ProbeFindings } from "./excel-check-probes";

/** Where the check ran, from `Office.context.diagnostics` and `Office.context.displayLanguage`. */
export interface HostFacts {
  /** `"PC"`, `"Mac"`, `"OfficeOnline"`…, when Office says. */
  readonly platform: string | undefined;
  /** Excel's build, such as `"16.0.17928.20114"`, when Office says. */
  readonly version: string | undefined;
  readonly language: string | undefined;
}

/** The highest version of each requirement set the check asks about, `undefined` when none is supported. */
export interface RequirementSupport {
  readonly customFunctionsRuntime: string | undefined;
  readonly sharedRuntime: string | undefined;
  readonly excelApi: string | undefined;
}

/** A capability tried on the scratch sheet. */
export type StepOutcome =
  | { readonly status: "ok" }
  | { readonly status: "failed"; readonly message: string }
  | { readonly status: "not-run" };

export interface ExcelCheckResult {
  readonly host: HostFacts;
  readonly sets: RequirementSupport;
  /** How Excel passed the probe cells; `undefined` when the probes could not be written or read. */
  readonly probes: ProbeFindings | undefined;
  /** One outcome per worked example, in docs/functions.md's order; empty when they could not be written or read. */
  readonly functions: readonly FunctionOutcome[];
  readonly tables: StepOutcome;
  readonly charts: StepOutcome;
  /** `workbook.insertWorksheetsFromBase64` exists and ExcelApi 1.13 is supported (nothing is inserted). */
  readonly sheetInsertion: { readonly method: boolean; readonly excelApi113: boolean };
  /** The step that stopped the check, with Excel's message. */
  readonly failure: { readonly step: string; readonly message: string } | undefined;
  /** The scratch sheet: its name once added, and whether it is gone again (with Excel's message if not). */
  readonly scratchSheet: {
    readonly name: string | undefined;
    readonly state: "deleted" | "not-added" | "left";
    readonly message?: string;
  };
}

/**
 * The highest version a requirement set is supported in, asking from the highest down; `undefined` when
 * none is.
 *
 * @param versions - the versions to ask about, lowest first
 * @param supported - whether one is supported (`Office.context.requirements.isSetSupported`)
 * @returns the highest supported version
 *
 * @example
 * highestSupported(["1.1", "1.2", "1.3", "1.4"], (version) => version <= "1.3")
 * //=> "1.3"
 * @example
 * highestSupported(["1.1"], () => false)
 * //=> undefined
 */
export function highestSupported(
  versions: readonly string[],
  supported: (version: string) => boolean,
): string | undefined {
  return [...versions].reverse().find((version) => supported(version));
}

/** What the check reads of Office outside the workbook: `Office.context` in Excel, a stand-in in tests. */
export interface OfficeFacts {
  readonly isSetSupported: (name: string, version: string) => boolean;
  readonly diagnostics: { readonly platform?: unknown; readonly version?: unknown } | undefined;
  readonly displayLanguage: string | undefined;
}

/**
 * The highest version of each requirement set the check reports: CustomFunctionsRuntime 1.1–1.4,
 * SharedRuntime 1.1 and ExcelApi 1.1–1.17.
 *
 * @param office - `Office.context` or a stand-in
 * @returns the highest supported version of each, `undefined` for none
 *
 * @example
 * requirementSupport({ isSetSupported: (name, version) => name === "ExcelApi" && Number(version.slice(2)) <= 13, diagnostics: undefined, displayLanguage: "en-US" })
 * //=> { customFunctionsRuntime: undefined, sharedRuntime: undefined, excelApi: "1.13" }
 */
export function requirementSupport(office: OfficeFacts): RequirementSupport {
  const minors = (last: number) => Array.from({ length: last }, (_, i) => `1.${i + 1}`);
  const ask = (name: string) => (version: string) => {
    try {
      return office.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  return {
    customFunctionsRuntime: highestSupported(minors(4), ask("CustomFunctionsRuntime")),
    sharedRuntime: highestSupported(minors(1), ask("SharedRuntime")),
    excelApi: highestSupported(minors(17), ask("ExcelApi")),
  };
}

/**
 * Where the check runs, from `Office.context.diagnostics` and `Office.context.displayLanguage`.
 *
 * @param office - `Office.context` or a stand-in
 * @returns the platform, Excel's version and its language, each `undefined` when Office does not say
 *
 * @example
 * hostFacts({ isSetSupported: () => true, diagnostics: { platform: "PC", version: "16.0.17928.20114" }, displayLanguage: "fr-FR" })
 * //=> { platform: "PC", version: "16.0.17928.20114", language: "fr-FR" }
 */
export function hostFacts(office: OfficeFacts): HostFacts {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  return {
    platform: text(office.diagnostics?.platform),
    version: text(office.diagnostics?.version),
    language: text(office.displayLanguage),
  };
}

function arrival(finding: Finding<"blank" | "zero">): string {
  if (finding.kind === "blank") return "blank";
  if (finding.kind === "zero") return "0";
  if (finding.kind === "not-registered") return `not measured (${finding.got})`;
  return `unexpected result ${finding.got}`;
}

function emptyLine({ emptyInRange: range, emptyInValue: value }: ProbeFindings): string {
  const note =
    range.kind === "zero" || value.kind === "zero" ? " (Windows desktop behaviour, office-js #4702)" : "";
  if (arrival(range) === arrival(value)) return `Empty cell: arrives as ${arrival(range)}${note}`;
  return `Empty cell: ${arrival(range)} in a range argument, ${arrival(value)} in a one-value argument${note}`;
}

function line<K extends string>(label: string, finding: Finding<K>, words: Record<K, string>): string {
  if (finding.kind === "not-registered") return `${label}: not measured (${finding.got})`;
  if (finding.kind === "unexpected") return `${label}: unexpected result ${finding.got}`;
  return `${label}: ${words[finding.kind as K]}`;
}

function probeLines(probes: ProbeFindings): string[] {
  return [
    emptyLine(probes),
    line("Blank optional argument", probes.blankThreshold, {
      default: "default applies (HEALTH_BAND(30, empty) = Red)",
      zero: "read as 0, default lost (HEALTH_BAND(30, empty) = Yellow, expected Red)",
    }),
    line("Error cell", probes.errors, {
      reach: "reaches the functions (allowErrorForDataTypeAny honoured)",
      "short-circuited": "short-circuited by Excel (the functions never see it)",
    }),
    line("Date", probes.date, {
      serial: "serial number",
      "other-number": `a number that is not its serial (${probes.date.got})`,
      "not-a-number": `not a number (${probes.date.got})`,
    }),
    line("Number stored as text", probes.textNumber, { text: "text", number: "number (Excel converted it)" }),
  ];
}

const STATUS_WORDS: Readonly<Record<Exclude<FunctionOutcome["status"], "ok">, string>> = {
  wrong: "wrong",
  error: "error",
  "not-registered": "not registered",
};

function functionLines(functions: readonly FunctionOutcome[]): string[] {
  if (functions.length === 0) return ["Functions: not run"];
  const ok = functions.filter((outcome) => outcome.status === "ok");
  const lines = [`Functions: ${ok.length}/${functions.length} ok`];
  for (const outcome of functions) {
    if (outcome.status === "ok") continue;
    const detail =
      outcome.status === "wrong" ? `got ${outcome.got}, expected ${outcome.expected}` : outcome.got;
    lines.push(`  ${outcome.id}: ${STATUS_WORDS[outcome.status]} (${detail})`);
  }
  return lines;
}

function step(name: string, outcome: StepOutcome): string {
  if (outcome.status === "ok") return `${name} ok`;
  if (outcome.status === "not-run") return `${name} not tried`;
  return `${name} failed (${outcome.message})`;
}

function insertionText({ method, excelApi113 }: ExcelCheckResult["sheetInsertion"]): string {
  if (method && excelApi113) return "sheet insertion supported";
  const missing = [
    ...(method ? [] : ["no insertWorksheetsFromBase64"]),
    ...(excelApi113 ? [] : ["no ExcelApi 1.13"]),
  ];
  return `sheet insertion not supported (${missing.join(", ")})`;
}

function hostLine({ platform, version, language }: HostFacts): string {
  const where = `Excel ${version ?? "(version unknown)"}${platform === undefined ? "" : ` (${platform})`}`;
  return `CSM Kit field check — ${where} ${language ?? "(language unknown)"}`;
}

/**
 * The report a person pastes into a bug report: English labels, one finding per line.
 *
 * @param result - the check's result
 * @returns the report, lines separated by `\n`
 *
 * @example
 * const result = { host: { platform: "PC", version: "16.0.1", language: "fr-FR" }, sets: { customFunctionsRuntime: "1.4", sharedRuntime: "1.1", excelApi: "1.17" }, probes: undefined, functions: [], tables: { status: "ok" }, charts: { status: "failed", message: "InvalidArgument: no" }, sheetInsertion: { method: true, excelApi113: true }, failure: { step: "write the probes", message: "GeneralException: busy" }, scratchSheet: { name: "CSM Kit check", state: "deleted" } };
 * reportText(result).split("\n")
 * //=> ["CSM Kit field check — Excel 16.0.1 (PC) fr-FR", "Check stopped at: write the probes (GeneralException: busy)", "Functions: not run", "Sets: CustomFunctionsRuntime 1.4, SharedRuntime 1.1, ExcelApi 1.17", "Tables ok, charts failed (InvalidArgument: no), sheet insertion supported", 'Scratch sheet "CSM Kit check": deleted']
 */
export function reportText(result: ExcelCheckResult): string {
  const { sets, scratchSheet } = result;
  const set = (name: string, version: string | undefined) => `${name} ${version ?? "none"}`;
  const sheet = scratchSheet.name === undefined ? "Scratch sheet" : `Scratch sheet "${scratchSheet.name}"`;
  return [
    hostLine(result.host),
    ...(result.failure === undefined
      ? []
      : [`Check stopped at: ${result.failure.step} (${result.failure.message})`]),
    ...(result.probes === undefined ? [] : probeLines(result.probes)),
    ...functionLines(result.functions),
    `Sets: ${[
      set("CustomFunctionsRuntime", sets.customFunctionsRuntime),
      set("SharedRuntime", sets.sharedRuntime),
      set("ExcelApi", sets.excelApi),
    ].join(", ")}`,
    `${step("Tables", result.tables)}, ${step("charts", result.charts)}, ${insertionText(result.sheetInsertion)}`,
    scratchSheet.state === "deleted"
      ? `${sheet}: deleted`
      : scratchSheet.state === "not-added"
        ? `${sheet}: none was added`
        : `${sheet}: NOT deleted (${scratchSheet.message ?? "unknown reason"}); delete it by hand`,
  ].join("\n");
}
