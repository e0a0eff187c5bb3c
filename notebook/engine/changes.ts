/**
 * Which inputs of a cell were set since its compute step last looked, kept by the engine in the cell's
 * memory. A step whose inputs hold one entry per row (the scores cell: one input per action) takes them to
 * rebuild the rows of the keys that were set, instead of looking every key up again on each edit.
 */
import type { CellInputs, CellMemory } from "./types";

/** The memory slot the engine writes; steps name their own slots otherwise. */
const SLOT = "engine:inputChanges";

/** The input keys set since a step last took them. */
export interface InputChanges {
  /** The inputs the step was given when it last took the changes: the keys were set on top of these. */
  readonly since: CellInputs;
  /** The keys set or removed since then, whatever their value now. */
  readonly keys: ReadonlySet<string>;
}

/**
 * Engine side: notes that `key` was set in the cell's inputs. Nothing is kept for a cell whose step never
 * took its changes.
 *
 * @param memory - the cell's memory
 * @param key - the input set or removed
 * @example
 * const memory = new Map();
 * takeInputChanges(memory, {});
 * noteInputChange(memory, "a1");
 * [...takeInputChanges(memory, { a1: 3 }).keys]
 * //=> ["a1"]
 */
export function noteInputChange(memory: CellMemory, key: string): void {
  (memory.get(SLOT) as { keys: Set<string> } | undefined)?.keys.add(key);
}

/**
 * Step side: the input keys set since the last call, and starts noting them again from `inputs`. The
 * changes are `undefined` when they are not known: on the first computation, and after the engine emptied
 * the memory (`restore`, `recomputeAll`). A step trusts them only when `since` is the very inputs its
 * remembered result was made from: a computation that stopped half-way (an error) leaves them unmatched.
 *
 * @param memory - the cell's memory
 * @param inputs - the inputs the step is computing with
 * @returns the keys set since the last call, or `undefined` when not known
 * @example
 * takeInputChanges(new Map(), {})
 * //=> undefined
 */
export function takeInputChanges(memory: CellMemory, inputs: CellInputs): InputChanges | undefined {
  const changes = memory.get(SLOT) as InputChanges | undefined;
  memory.set(SLOT, { since: inputs, keys: new Set<string>() });
  return changes;
}
