/**
 * The probes of the field check ("Check this Excel"): five cells whose content Excel passes to the CSM
 * functions, the formulas whose results show how it passed them, and the pure functions that read those
 * results. No office-js here: excel-check.ts writes the probes on a scratch sheet and reads them back.
 *
 * What each probe reveals rests on the catalogue's own rules (docs/functions.md): `CSM.SCALE` gives `""` for
 * a blank cell and `#VALUE!` for text, passes an input error through in its own cell, and gives `#N/A` when a
 * required one-value argument (`min`) is blank; `CSM.HEALTH_BAND` takes its default thresholds when they are
 * blank. An empty cell is probed twice because Excel may pass it differently to a range argument and to a
 * one-value argument (office-js #4702: 0 for a one-value argument on Windows desktop).
 */

/** One cell as read back from Excel: its `values` and `valueTypes` entries. */
export interface CellReading {
  readonly value: unknown;
  /** Excel's value type: `"Empty"`, `"String"`, `"Double"`, `"Integer"`, `"Boolean"`, `"Error"`… */
  readonly type: string;
}

/** 2026-01-15 as an Excel date serial (days since 1899-12-30). */
export const PROBE_DATE_SERIAL = 46037;

/**
 * The probe cells, A1:A5, as one block of formulas (en-US, as `Range.formulas` takes them) and its number
 * formats: A1 empty, A2 an error, A3 a date, A4 the text "42" (the text format is set before it is typed),
 * A5 the number 50.
 */
export const PROBE_CELLS = {
  address: "A1:A5",
  formulas: [[""], ["=NA()"], [PROBE_DATE_SERIAL], ["42"], [50]],
  numberFormats: [["General"], ["General"], ["yyyy-mm-dd"], ["@"], ["General"]],
  /** The value types the cells must read back with for the probes to mean anything. */
  types: ["Empty", "Error", "Double", "String", "Double"],
} as const;

/** The probe formulas, in column C (index 2), by row (0-based). */
export const PROBE_FORMULAS = {
  /** The empty cell in a range argument: `""` when blank, 0 when it arrived as 0. */
  emptyInRange: { row: 0, formula: "=CSM.SCALE(A1,0,100)" },
  /** The empty cell in a one-value argument: `#N/A` (min is blank) when blank, 50 when it arrived as 0. */
  emptyInValue: { row: 1, formula: "=CSM.SCALE(50,A1,100)" },
  /** An optional threshold left blank: Red when the default (50) applies, Yellow if read as 0. */
  blankThreshold: { row: 2, formula: "=CSM.HEALTH_BAND(30,A1)" },
  /** The date and the text "42", rows 3 and 4: 46.037 (its serial ÷ 1,000) or #VALUE!; #VALUE! or 0.042. */
  dateAndText: { row: 3, formula: "=CSM.SCALE(A3:A4,0,100000)" },
  /** A2:A5 spilled over rows 6–9: #N/A then 100, #VALUE!, 50 when errors reach the function. */
  errors: { row: 6, formula: "=CSM.SCALE(A2:A5,0,100)" },
} as const;

/** The column of the probe formulas (C). */
export const PROBE_COLUMN = 2;

/** What a probe showed: a `kind` the pane words, and what the cell held, for the report. */
export interface Finding<Kind extends string> {
  readonly kind: Kind | "not-registered" | "unexpected";
  /** The cell (or cells) as Excel showed it, e.g. `0`, `""`, `#N/A, 100, #VALUE!, 50`. */
  readonly got: string;
}

/** How Excel passed the empty cell, the error, the date and the number stored as text. */
export interface ProbeFindings {
  readonly emptyInRange: Finding<"blank" | "zero">;
  readonly emptyInValue: Finding<"blank" | "zero">;
  readonly blankThreshold: Finding<"default" | "zero">;
  readonly errors: Finding<"reach" | "short-circuited">;
  readonly date: Finding<"serial" | "other-number" | "not-a-number">;
  readonly textNumber: Finding<"text" | "number">;
}

const NOT_REGISTERED = "#NAME?";

/**
 * Writes a cell as a person reads it in a report: a number rounded to 6 significant digits, a text in
 * quotes, an error as its code, an empty cell as `(empty)`.
 *
 * @param cell - the cell as read back
 * @returns its text
 *
 * @example
 * shownCell({ value: 0.45963991233736334, type: "Double" })
 * //=> "0.45964"
 * @example
 * shownCell({ value: "", type: "Empty" })
 * //=> "(empty)"
 * @example
 * shownCell({ value: "Red", type: "String" })
 * //=> '"Red"'
 */
export function shownCell(cell: CellReading | undefined): string {
  if (cell === undefined || cell.type === "Empty") return "(empty)";
  if (cell.type === "Error") return String(cell.value);
  if (typeof cell.value === "number") return String(Number(cell.value.toPrecision(6)));
  if (typeof cell.value === "string") return `"${cell.value}"`;
  return String(cell.value);
}

/** A number read back, or `undefined` for anything else (text, an error, an empty cell). */
function numberIn(cell: CellReading | undefined): number | undefined {
  return cell !== undefined && cell.type !== "Error" && typeof cell.value === "number"
    ? cell.value
    : undefined;
}

function isError(cell: CellReading | undefined, code?: string): boolean {
  return cell?.type === "Error" && (code === undefined || cell.value === code);
}

/** A blank result: `""` (a formula's empty text) or an empty cell. */
function isBlankResult(cell: CellReading | undefined): boolean {
  return cell !== undefined && cell.type !== "Error" && (cell.type === "Empty" || cell.value === "");
}

function near(value: number | undefined, target: number): boolean {
  return value !== undefined && Math.abs(value - target) < 1e-9 * Math.max(1, Math.abs(target));
}

/**
 * Reads `=CSM.SCALE(A1,0,100)` over the empty A1: blank when Excel passed the empty cell as blank, zero when
 * it passed 0.
 *
 * @param cell - the formula's cell
 * @returns the finding
 *
 * @example
 * readEmptyInRange({ value: "", type: "String" }).kind
 * //=> "blank"
 * @example
 * readEmptyInRange({ value: 0, type: "Double" }).kind
 * //=> "zero"
 */
export function readEmptyInRange(cell: CellReading | undefined): ProbeFindings["emptyInRange"] {
  const got = shownCell(cell);
  if (isError(cell, NOT_REGISTERED)) return { kind: "not-registered", got };
  if (isBlankResult(cell)) return { kind: "blank", got };
  if (near(numberIn(cell), 0)) return { kind: "zero", got };
  return { kind: "unexpected", got };
}

/**
 * Reads `=CSM.SCALE(50,A1,100)` with the empty A1 as `min`: `#N/A` (min is blank) when Excel passed the empty
 * cell as blank, 50 when it passed 0.
 *
 * @param cell - the formula's cell
 * @returns the finding
 *
 * @example
 * readEmptyInValue({ value: "#N/A", type: "Error" }).kind
 * //=> "blank"
 * @example
 * readEmptyInValue({ value: 50, type: "Double" }).kind
 * //=> "zero"
 */
export function readEmptyInValue(cell: CellReading | undefined): ProbeFindings["emptyInValue"] {
  const got = shownCell(cell);
  if (isError(cell, NOT_REGISTERED)) return { kind: "not-registered", got };
  if (isError(cell, "#N/A")) return { kind: "blank", got };
  if (near(numberIn(cell), 50)) return { kind: "zero", got };
  return { kind: "unexpected", got };
}

/**
 * Reads `=CSM.HEALTH_BAND(30,A1)` with the empty A1 as `red_max`: Red when the default threshold (50) applied,
 * Yellow when the empty cell was read as a threshold of 0.
 *
 * @param cell - the formula's cell
 * @returns the finding
 *
 * @example
 * readBlankThreshold({ value: "Red", type: "String" }).kind
 * //=> "default"
 * @example
 * readBlankThreshold({ value: "Yellow", type: "String" }).kind
 * //=> "zero"
 */
export function readBlankThreshold(cell: CellReading | undefined): ProbeFindings["blankThreshold"] {
  const got = shownCell(cell);
  if (isError(cell, NOT_REGISTERED)) return { kind: "not-registered", got };
  if (cell?.value === "Red") return { kind: "default", got };
  if (cell?.value === "Yellow") return { kind: "zero", got };
  return { kind: "unexpected", got };
}

/**
 * Reads `=CSM.SCALE(A2:A5,0,100)` spilled over four cells: the error reached the function when its own cell
 * shows `#N/A` while A5 still gives 50; Excel short-circuited it when the formula shows `#N/A` alone (or in
 * every cell).
 *
 * @param cells - the four cells of the spill, top to bottom
 * @returns the finding
 *
 * @example
 * readErrors([{ value: "#N/A", type: "Error" }, { value: 100, type: "Double" }, { value: "#VALUE!", type: "Error" }, { value: 50, type: "Double" }]).kind
 * //=> "reach"
 * @example
 * readErrors([{ value: "#N/A", type: "Error" }, { value: "", type: "Empty" }, { value: "", type: "Empty" }, { value: "", type: "Empty" }]).kind
 * //=> "short-circuited"
 */
export function readErrors(cells: readonly (CellReading | undefined)[]): ProbeFindings["errors"] {
  const got = cells.map(shownCell).join(", ");
  const [first, ...others] = cells;
  if (isError(first, NOT_REGISTERED)) return { kind: "not-registered", got };
  if (!isError(first, "#N/A")) return { kind: "unexpected", got };
  if (near(numberIn(others[others.length - 1]), 50)) return { kind: "reach", got };
  const alone = others.every((cell) => cell === undefined || cell.type === "Empty");
  if (alone || others.every((cell) => isError(cell, "#N/A"))) return { kind: "short-circuited", got };
  return { kind: "unexpected", got };
}

/**
 * Reads the date's row of `=CSM.SCALE(A3:A4,0,100000)`: its serial ÷ 1,000 (46.037) when the date arrived as
 * its serial number, `#VALUE!` when it arrived as something that is not a number.
 *
 * @param cell - the result's cell for the date
 * @param probe - the date cell itself, A3, which must read back as a number
 * @returns the finding
 *
 * @example
 * readDate({ value: 46.037, type: "Double" }, { value: 46037, type: "Double" }).kind
 * //=> "serial"
 * @example
 * readDate({ value: "#VALUE!", type: "Error" }, { value: 46037, type: "Double" }).kind
 * //=> "not-a-number"
 */
export function readDate(
  cell: CellReading | undefined,
  probe: CellReading | undefined,
): ProbeFindings["date"] {
  const got = shownCell(cell);
  if (isError(cell, NOT_REGISTERED)) return { kind: "not-registered", got };
  if (numberIn(probe) !== PROBE_DATE_SERIAL)
    return { kind: "unexpected", got: `${got} (the date cell held ${shownCell(probe)})` };
  const scaled = numberIn(cell);
  if (near(scaled, PROBE_DATE_SERIAL / 1000)) return { kind: "serial", got };
  if (scaled !== undefined) return { kind: "other-number", got };
  if (isError(cell, "#VALUE!")) return { kind: "not-a-number", got };
  return { kind: "unexpected", got };
}

/**
 * Reads the text's row of `=CSM.SCALE(A3:A4,0,100000)`: `#VALUE!` when "42" arrived as text (numbers stored
 * as text are not read), 0.042 when Excel converted it to the number 42.
 *
 * @param cell - the result's cell for the text
 * @param probe - the text cell itself, A4, which must read back as text
 * @returns the finding
 *
 * @example
 * readTextNumber({ value: "#VALUE!", type: "Error" }, { value: "42", type: "String" }).kind
 * //=> "text"
 * @example
 * readTextNumber({ value: 0.042, type: "Double" }, { value: "42", type: "String" }).kind
 * //=> "number"
 */
export function readTextNumber(
  cell: CellReading | undefined,
  probe: CellReading | undefined,
): ProbeFindings["textNumber"] {
  const got = shownCell(cell);
  if (isError(cell, NOT_REGISTERED)) return { kind: "not-registered", got };
  if (probe?.type !== "String")
    return { kind: "unexpected", got: `${got} (the text cell held ${shownCell(probe)})` };
  if (isError(cell, "#VALUE!")) return { kind: "text", got };
  if (near(numberIn(cell), 0.042)) return { kind: "number", got };
  return { kind: "unexpected", got };
}

/**
 * Reads every probe from the block read back from the scratch sheet, A1 at `[0][0]`: the probe cells in
 * column A, the formulas' results in column C.
 *
 * @param grid - the cells read back, row by row
 * @returns the findings
 *
 * @example
 * const cell = (value, type = typeof value === "number" ? "Double" : "String") => ({ value, type });
 * const error = (code) => cell(code, "Error");
 * const grid = [[cell("", "Empty"), 0, cell("")], [error("#N/A"), 0, error("#N/A")], [cell(46037), 0, cell("Red")], [cell("42"), 0, cell(46.037)], [cell(50), 0, error("#VALUE!")], [], [0, 0, error("#N/A")], [0, 0, cell(100)], [0, 0, error("#VALUE!")], [0, 0, cell(50)]];
 * Object.values(interpretProbes(grid)).map((finding) => finding.kind)
 * //=> ["blank", "blank", "default", "reach", "serial", "text"]
 */
export function interpretProbes(grid: readonly (readonly (CellReading | undefined)[])[]): ProbeFindings {
  const at = (row: number, column = PROBE_COLUMN) => grid[row]?.[column];
  const { emptyInRange, emptyInValue, blankThreshold, dateAndText, errors } = PROBE_FORMULAS;
  return {
    emptyInRange: readEmptyInRange(at(emptyInRange.row)),
    emptyInValue: readEmptyInValue(at(emptyInValue.row)),
    blankThreshold: readBlankThreshold(at(blankThreshold.row)),
    errors: readErrors([0, 1, 2, 3].map((offset) => at(errors.row + offset))),
    date: readDate(at(dateAndText.row), at(2, 0)),
    textNumber: readTextNumber(at(dateAndText.row + 1), at(3, 0)),
  };
}
