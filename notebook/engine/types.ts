/**
 * The vocabulary of the notebook engine: cells, their kinds, what they compute and what they publish. Plain
 * data and function types only, so that compute steps can be written and tested without the engine.
 */
import type { Bilingual } from "../../functions/excel/language";

/** A value that survives `JSON.stringify` and `JSON.parse` unchanged: what a cell's inputs may hold. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** One cell of an output table: blanks are `null`. */
export type TableCell = string | number | boolean | null;

/** A cell's output table: one header per column, one array per row with one value per column. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Where the rows came from a sheet: the spreadsheet row of the first one, for messages. */
  readonly firstRow?: number;
}

/** What a cell publishes under a name for other cells to read: a number, a list of numbers, or a table. */
export type NamedValue = number | readonly number[] | Table;

/** What a compute step returns: the table to show (if any) and the named values it publishes. */
export interface CellResult {
  readonly table?: Table;
  /** Every name the kind's `outputs` declared must be here; extra names are ignored. */
  readonly values?: Readonly<Record<string, NamedValue>>;
  /** What the person should know about a result that is still usable: rows left out, inputs to finish. */
  readonly notes?: readonly Bilingual[];
}

/** A cell's output as the engine keeps it: computed, or an error with a message. */
export type CellOutput =
  | {
      readonly kind: "ok";
      readonly table?: Table;
      readonly values: Readonly<Record<string, NamedValue>>;
      readonly notes?: readonly Bilingual[];
    }
  | { readonly kind: "error"; readonly message: Bilingual };

/** The inputs of one cell: named JSON values. */
export type CellInputs = Readonly<Record<string, Json>>;

/**
 * How one kind of cell behaves. The engine calls these with the cell's inputs only; they must be pure
 * (same inputs and values in, same result out) and must not keep or change what they are given.
 */
export interface CellKind {
  /** The names this cell reads from other cells, derived from its inputs (e.g. the names in an expression). */
  reads(inputs: CellInputs): readonly string[];
  /** The names this cell publishes, derived from its inputs; they must not depend on computed values. */
  outputs(inputs: CellInputs): readonly string[];
  /**
   * The compute step. `values` holds exactly the names returned by `reads`. A step may remember results in
   * `memory`, by the identity of what it was given (inputs are frozen, published values are never changed),
   * to reuse unchanged rows; returning the very same published value tells the engine that the cells
   * reading it need not recompute. Throw a {@link CellError} to
   * show a message of your own; any other exception is shown as a failure of this cell, and only of it.
   */
  compute(inputs: CellInputs, values: Readonly<Record<string, NamedValue>>, memory: CellMemory): CellResult;
}

/**
 * A cell's own scratch space, kept between its computations while the cell keeps its kind: where a step
 * remembers its last results to reuse them. The engine empties it on `restore` and `recomputeAll`, and
 * notes there the input keys set since the step last took them (`takeInputChanges`, changes.ts).
 */
export type CellMemory = Map<string, unknown>;

/** The kinds a notebook knows, by name. */
export type KindRegistry = Readonly<Record<string, CellKind>>;

/** A compute step's way to say what went wrong, in words a person can act on. */
export class CellError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = "CellError";
  }
}

/** A cell as it is stored and restored: its place is its position in the list. */
export interface CellSpec {
  readonly id: string;
  readonly kind: string;
  readonly inputs: CellInputs;
}

/** A cell as the engine shows it: its spec and its current output. */
export interface CellView extends CellSpec {
  readonly output: CellOutput;
}

/** Everything needed to rebuild a notebook: its cells in order. Outputs are recomputed, never stored. */
export interface NotebookSnapshot {
  readonly cells: readonly CellSpec[];
}

/** What a listener hears after each change. */
export interface NotebookChange {
  /** The ids of the cells whose compute step ran, in the order they ran. */
  readonly recomputed: readonly string[];
}

/** Options of `createNotebook`. */
export interface NotebookOptions {
  /** Called each time a cell's output is recomputed, with its id: for tests and measurements. */
  readonly onCompute?: (cellId: string) => void;
  /** How many edits undo remembers; the oldest are forgotten first. Default 500. */
  readonly historyLimit?: number;
}

/** A live notebook. Methods that receive an unknown cell id or a bad index throw: that is a caller's bug. */
export interface Notebook {
  /** The cells in order with their outputs; the same array until the next change. */
  cells(): readonly CellView[];
  /** One cell's current output, or `undefined` when there is no such cell. */
  output(cellId: string): CellOutput | undefined;
  /** Adds a cell (at the end, or at `index`) and returns its id; an id is made up when none is given. */
  addCell(
    cell: { readonly kind: string; readonly id?: string; readonly inputs?: CellInputs },
    index?: number,
  ): string;
  removeCell(cellId: string): void;
  /** Moves a cell to `index` in the list; outputs do not depend on order, so nothing is recomputed. */
  moveCell(cellId: string, index: number): void;
  /**
   * Sets several inputs, of one cell or several, as one edit: one undo step and one recompute. Changes that
   * set a value already there are left out; when none is left, nothing happens.
   */
  setInputs(
    changes: readonly { readonly cellId: string; readonly key: string; readonly value: Json | undefined }[],
  ): void;
  /** Sets one input (a JSON value), or removes it when `value` is `undefined`. A no-op when it is unchanged. */
  setInput(cellId: string, key: string, value: Json | undefined): void;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Listens to every change; returns the function that stops listening. */
  subscribe(listener: (change: NotebookChange) => void): () => void;
  /** The cells in order, without outputs: what a plan persists. */
  snapshot(): NotebookSnapshot;
  /** Replaces every cell, recomputes everything, and forgets the undo history. */
  restore(snapshot: NotebookSnapshot): void;
  /** Recomputes every cell from scratch. */
  recomputeAll(): void;
  /** How many cell computations ran since the notebook was created. */
  readonly computeCount: number;
}
