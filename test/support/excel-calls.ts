// Excel's calling convention as a test runtime. Excel does not call a custom function with the arrays a test
// builds: it reads functions.json and decides from it what reaches the function. This module loads the built
// dist/functions.js and dist/functions.json and calls a function as Excel would:
// - a parameter declared as one value (`dimensionality` scalar) is *lifted* over a range argument: one call per
//   cell, the results spilled (a one-row or one-column argument is stretched, as Excel broadcasts; a cell outside a
//   shorter argument gives #N/A);
// - a matrix parameter given one value receives it as a 1 × 1 matrix;
// - an error in an input short-circuits the call (the cell shows the first error, in argument order) unless
//   functions.json sets `allowErrorForDataTypeAny`, in which case the error reaches the function as the runtime's
//   error object;
// - an omitted argument arrives as `null`, and every call gets the invocation object as its last argument;
// - an empty referenced cell arrives as the platform profile says (see PROFILES);
// - what the function returns is shown as Excel shows it: a thrown `CustomFunctions.Error` is the cell's error
//   (a message only on #VALUE! and #N/A; #REF!/#NAME? are input-only errors, so #VALUE!), any other exception is a
//   bare #VALUE!, `null` in a returned matrix shows 0 (office-js #1503), a non-finite number is #NUM!.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { fakeRuntime, RuntimeError } from "./runtime";

/** An error value in a cell, such as `=NA()` or a broken reference. */
export class ErrorCell {
  constructor(readonly code: string) {}
}

export const NA = new ErrorCell("#N/A");
export const REF = new ErrorCell("#REF!");
export const DIV0 = new ErrorCell("#DIV/0!");

/** What a cell can hold. `null` is an empty cell (only in a reference). */
export type Cell = number | string | boolean | null | ErrorCell;

/** An argument as written in a formula. */
export type Argument =
  | { readonly kind: "value"; readonly value: Exclude<Cell, null> } //   5, "gross", TRUE, #N/A
  | { readonly kind: "array"; readonly rows: readonly (readonly Exclude<Cell, null>[])[] } // {1;2;3}, or a nested call's spill
  | { readonly kind: "ref"; readonly rows: readonly (readonly Cell[])[] } //  A1:B3: cells, some of them empty
  | { readonly kind: "omitted" }; //                                          CLV(100, 5%, , 0)

export const value = (v: Exclude<Cell, null>): Argument => ({ kind: "value", value: v });
export const array = (rows: readonly (readonly Exclude<Cell, null>[])[]): Argument => ({
  kind: "array",
  rows,
});
/** An array constant written as one column: `{a;b;c}`. */
export const arrayColumn = (...values: Exclude<Cell, null>[]): Argument => array(values.map((v) => [v]));
export const ref = (rows: readonly (readonly Cell[])[]): Argument => ({ kind: "ref", rows });
/** A reference to one column of cells, `null` for an empty cell. */
export const refColumn = (...cells: Cell[]): Argument => ref(cells.map((c) => [c]));
/** A reference to one empty cell. */
export const emptyCell: Argument = ref([[null]]);
export const omitted: Argument = { kind: "omitted" };

/**
 * How a platform passes an empty referenced cell (office-js #4702: a scalar `any` parameter gets 0 on Windows
 * desktop and `null` on the web; #5262: the empty cells of an optional matrix parameter arrive as 0 on desktop).
 * `emptyText` passes `""`, the third form of blank the catalogue must read as blank.
 */
export type Profile = "web" | "desktop" | "emptyText";
export const PROFILES: readonly Profile[] = ["web", "desktop", "emptyText"];

interface ParameterMetadata {
  readonly name: string;
  readonly type?: string;
  readonly dimensionality?: "scalar" | "matrix";
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result?: { readonly dimensionality?: "scalar" | "matrix"; readonly type?: string };
}

export interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly allowCustomDataForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
}

/** A cell as Excel shows it after the call. */
export type Shown = number | string | boolean | { readonly error: string; readonly message?: string };

/** The error codes a custom function may return (office-js: #NAME? and #REF! are input errors only). */
const OUTPUT_ERRORS = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

type Registered = (...args: unknown[]) => unknown;

/** The built functions as Excel would call them. */
export class ExcelCalls {
  private readonly registered: Map<string, Registered>;
  private readonly office = { context: { displayLanguage: "en-US" } };

  constructor(
    readonly metadata: Metadata,
    private readonly bundle: string,
  ) {
    const { runtime, registered } = fakeRuntime();
    runInNewContext(bundle, { CustomFunctions: runtime, Office: this.office }, { filename: "functions.js" });
    this.registered = registered;
  }

  /** The same functions under other metadata: to show that the model fails when the metadata is wrong. */
  withMetadata(change: (metadata: Metadata) => Metadata): ExcelCalls {
    return new ExcelCalls(change(structuredClone(this.metadata) as Metadata), this.bundle);
  }

  /**
   * Calls `=CSM.<id>(args…)` as Excel would on a platform, in an Excel whose display language is `language`.
   * Arguments left out at the end are omitted.
   */
  call(id: string, args: readonly Argument[], profile: Profile, language = "en-US"): Shown[][] {
    const fn = this.metadata.functions.find((f) => f.id === id);
    const implementation = this.registered.get(id);
    if (!fn || !implementation) return [[{ error: "#NAME?" }]];
    if (args.length > fn.parameters.length) throw new Error(`${id} takes ${fn.parameters.length} arguments`);
    fn.parameters.forEach((p, i) => {
      if ((p.type ?? "any") !== "any") throw new Error(`${id}.${p.name}: the model only knows type any`);
      if (p.repeating) throw new Error(`${id}.${p.name}: the model does not know repeating parameters`);
      if (!p.optional && (args[i] ?? omitted).kind === "omitted")
        throw new Error(`${id}: ${p.name} is required (Excel would refuse the formula)`);
    });
    this.office.context.displayLanguage = language;

    const grids = fn.parameters.map((p, i) => grid(args[i] ?? omitted, p, profile));
    const lifted = fn.parameters.map((p, i) => p.dimensionality !== "matrix" && isRange(grids[i]));
    const allowErrors = this.metadata.allowErrorForDataTypeAny === true;

    // Matrix parameters: one error anywhere stops the whole call unless errors are allowed.
    if (!allowErrors) {
      const error = fn.parameters
        .map((p, i) => (p.dimensionality === "matrix" ? firstError(grids[i]) : undefined))
        .find((e) => e !== undefined);
      if (error) return [[{ error: error.code }]];
    }

    const [rows, columns] = liftedShape(grids.filter((_, i) => lifted[i]) as Grid[]);
    const single = rows === 1 && columns === 1 && !lifted.some(Boolean);
    const shown: Shown[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: Shown[] = [];
      for (let c = 0; c < columns; c++) {
        const callArgs: unknown[] = [];
        let shortCircuit: ErrorCell | undefined;
        let outside = false;
        fn.parameters.forEach((p, i) => {
          const g = grids[i];
          if (g === undefined) return void callArgs.push(null);
          if (p.dimensionality === "matrix") return void callArgs.push(g.map((row) => row.map(toRuntime)));
          const cell = lifted[i] ? elementAt(g, r, c) : (g[0]?.[0] ?? null);
          if (cell === OUTSIDE) outside = true;
          else if (cell instanceof ErrorCell && !allowErrors) shortCircuit ??= cell;
          callArgs.push(cell === OUTSIDE ? null : toRuntime(cell));
        });
        if (outside) line.push({ error: "#N/A" });
        else if (shortCircuit) line.push({ error: shortCircuit.code });
        else {
          callArgs.push({ functionName: fn.name }); // the invocation, always passed last
          const result = invoke(implementation, callArgs);
          if (single) return result;
          line.push(oneValue(result));
        }
      }
      shown.push(line);
    }
    return shown;
  }

  /** The one cell of a call's result (top left). */
  cell(id: string, args: readonly Argument[], profile: Profile, language?: string): Shown {
    const result = this.call(id, args, profile, language);
    return result[0]?.[0] ?? { error: "#CALC!" };
  }
}

/** Loads dist/functions.js and dist/functions.json as Excel would. */
export function excelFromDist(dist: string): ExcelCalls {
  const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as Metadata;
  return new ExcelCalls(metadata, readFileSync(join(dist, "functions.js"), "utf8"));
}

type Grid = Cell[][];
const OUTSIDE = Symbol("outside a lifted argument");

/** What an argument becomes for a parameter on a platform: a grid of cells, or undefined when omitted. */
function grid(argument: Argument, parameter: ParameterMetadata, profile: Profile): Grid | undefined {
  switch (argument.kind) {
    case "omitted":
      return undefined;
    case "value":
      return [[argument.value]];
    case "array":
      return argument.rows.map((row) => [...row]);
    case "ref": {
      const empty = emptyCellValue(parameter, profile);
      return argument.rows.map((row) => row.map((cell) => (cell === null ? empty : cell)));
    }
  }
}

function emptyCellValue(parameter: ParameterMetadata, profile: Profile): Cell {
  if (profile === "web") return null;
  if (profile === "emptyText") return "";
  const scalar = parameter.dimensionality !== "matrix";
  return scalar || parameter.optional === true ? 0 : null;
}

function isRange(g: Grid | undefined): boolean {
  return g !== undefined && (g.length > 1 || (g[0]?.length ?? 0) > 1);
}

/** The spill of lifted arguments: the largest rows and columns among them (1 × 1 when nothing is lifted). */
function liftedShape(grids: readonly Grid[]): [number, number] {
  let rows = 1;
  let columns = 1;
  for (const g of grids) {
    rows = Math.max(rows, g.length);
    columns = Math.max(columns, g[0]?.length ?? 0);
  }
  return [rows, columns];
}

/** Excel's broadcasting: a single row or column stretches; beyond a shorter argument, #N/A. */
function elementAt(g: Grid, r: number, c: number): Cell | typeof OUTSIDE {
  const row = g.length === 1 ? g[0] : g[r];
  if (row === undefined) return OUTSIDE;
  const cell = row.length === 1 ? row[0] : row[c];
  return cell === undefined ? OUTSIDE : cell;
}

function firstError(g: Grid | undefined): ErrorCell | undefined {
  for (const row of g ?? []) for (const cell of row) if (cell instanceof ErrorCell) return cell;
  return undefined;
}

function toRuntime(cell: Cell): unknown {
  return cell instanceof ErrorCell ? new RuntimeError(cell.code) : cell;
}

function invoke(implementation: Registered, args: unknown[]): Shown[][] {
  let result: unknown;
  try {
    result = implementation(...args);
  } catch (thrown) {
    return [[thrownValue(thrown)]];
  }
  if (Array.isArray(result)) {
    if (result.length === 0 || !result.every((row) => Array.isArray(row) && row.length === result[0].length))
      return [[{ error: "#VALUE!", message: "not a rectangle (the model's own check)" }]];
    return (result as unknown[][]).map((row) => row.map(shownValue));
  }
  return [[shownValue(result)]];
}

/** A lifted call's result must be one value: Excel cannot nest arrays. */
function oneValue(result: Shown[][]): Shown {
  if (result.length === 1 && result[0]?.length === 1) return result[0][0] as Shown;
  return { error: "#CALC!" };
}

function thrownValue(thrown: unknown): Shown {
  if (thrown instanceof RuntimeError) return errorShown(thrown);
  return { error: "#VALUE!" };
}

function errorShown(error: RuntimeError): Shown {
  if (!OUTPUT_ERRORS.has(error.code)) return { error: "#VALUE!" };
  const withMessage = (error.code === "#VALUE!" || error.code === "#N/A") && error.message !== undefined;
  return withMessage ? { error: error.code, message: error.message } : { error: error.code };
}

function shownValue(value: unknown): Shown {
  if (value instanceof RuntimeError) return errorShown(value);
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  return { error: "#VALUE!" };
}
