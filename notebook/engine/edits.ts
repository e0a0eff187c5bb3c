/**
 * The edits a notebook can undo and redo, each with its inverse: undo performs the inverse edit through the
 * same incremental path as any other edit, so it recomputes only what the edit touched.
 */
import type { CellInputs, CellSpec, Json } from "./types";
import { frozenCopy } from "./values";

/** One input set, with the value it replaced. */
export interface InputEdit {
  readonly type: "input";
  readonly id: string;
  readonly key: string;
  readonly from?: Json;
  readonly to?: Json;
}

/** One undoable change to a notebook. */
export type Edit =
  | InputEdit
  /** Several inputs set at once: one undo step, one recompute. */
  | { readonly type: "inputs"; readonly edits: readonly InputEdit[] }
  | { readonly type: "add"; readonly cell: CellSpec; readonly index: number }
  | { readonly type: "remove"; readonly cell: CellSpec; readonly index: number }
  | { readonly type: "move"; readonly id: string; readonly from: number; readonly to: number };

/**
 * The edit that undoes an edit.
 *
 * @param edit - an edit as it was performed
 * @returns the edit that restores the state before it
 * @example
 * inverse({ type: "move", id: "c1", from: 0, to: 2 })
 * //=> { type: "move", id: "c1", from: 2, to: 0 }
 */
export function inverse(edit: Edit): Edit {
  switch (edit.type) {
    case "input":
      return { type: "input", id: edit.id, key: edit.key, from: edit.to, to: edit.from };
    case "inputs":
      return {
        type: "inputs",
        edits: [...edit.edits].reverse().map((one) => ({ ...one, from: one.to, to: one.from })),
      };
    case "add":
      return { type: "remove", cell: edit.cell, index: edit.index };
    case "remove":
      return { type: "add", cell: edit.cell, index: edit.index };
    case "move":
      return { type: "move", id: edit.id, from: edit.to, to: edit.from };
  }
}

/** Sets a key, keeping one named "__proto__" an ordinary key rather than the prototype. */
function put(target: Record<string, Json>, name: string, item: Json): void {
  if (name === "__proto__") Object.defineProperty(target, name, { value: item, enumerable: true });
  else target[name] = item;
}

/**
 * A cell's inputs with one input set, or removed when `value` is `undefined`; the others keep their order.
 * The other inputs are already frozen copies and are shared, not copied again: setting one input costs one
 * pass over the keys, whatever the size of the others.
 *
 * @param inputs - the current inputs (frozen, as the engine keeps them)
 * @param key - the input to change
 * @param value - its new JSON value, or `undefined` to remove it
 * @returns new frozen inputs
 * @example
 * withInput({ time: 3, value: 4 }, "time", 5)
 * //=> { time: 5, value: 4 }
 */
export function withInput(inputs: CellInputs, key: string, value: Json | undefined): CellInputs {
  const next: Record<string, Json> = {};
  const replacement = value === undefined ? undefined : frozenCopy(value);
  // A plain copy loop: a plan's scores cell holds one input per action, so this runs on every score edit.
  for (const name of Object.keys(inputs)) {
    if (name === key) {
      if (replacement !== undefined) put(next, name, replacement);
    } else if (name === "__proto__") put(next, name, inputs[name] as Json);
    else next[name] = inputs[name] as Json;
  }
  if (replacement !== undefined && !Object.hasOwn(inputs, key)) put(next, key, replacement);
  return Object.freeze(next);
}
