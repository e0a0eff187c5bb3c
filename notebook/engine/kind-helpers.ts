/**
 * What the notebook's kinds share to reuse unchanged work: remembering results by the identity of what they
 * were made from (inputs are frozen, published values never change), reading a published table, and
 * joining messages.
 */
import type { CellMemory, Json, NamedValue, Table, TableCell } from "./types";
import type { Bilingual } from "../../functions/excel/language";

/** A published value that is a table, or `undefined`. */
export const tableOf = (value: NamedValue | undefined): Table | undefined =>
  typeof value === "object" && "rows" in value ? value : undefined;

/** The messages of a list of problems. */
export const messagesOf = (problems: readonly { readonly message: Bilingual }[]): Bilingual[] =>
  problems.map((problem) => problem.message);

/** A value as an output table's cell holds it: text, number or boolean as it is; anything else blank. */
export const tableCell = (value: unknown): TableCell =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;

/** A JSON object (not an array, not null). */
export type JsonObject = { readonly [key: string]: Json };
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Remembers, in a cell's `memory` under `slot`, the result made from each row object and the extra key it
 * was made with; a row given again with the same key gets the same result back. Rows are frozen inputs or
 * frozen outputs, so identity means "unchanged". Kept in the cell's memory, so `recomputeAll` starts over.
 *
 * @param slot - where in the memory
 * @param make - makes a row's result
 * @returns, for a cell's memory, the remembering version of `make`
 * @example
 * const row = Object.freeze(["a"]);
 * const memory = new Map();
 * const upper = rowMemo("upper", (r, suffix) => [String(r[0]).toUpperCase() + suffix])(memory);
 * upper(row, "!") === upper(row, "!")
 * //=> true
 */
export function rowMemo<Row extends object, Key, Result>(slot: string, make: (row: Row, key: Key) => Result) {
  return (memory: CellMemory) => {
    let made = memory.get(slot) as WeakMap<Row, { key: Key; result: Result }> | undefined;
    if (made === undefined) {
      made = new WeakMap();
      memory.set(slot, made);
    }
    const rows = made;
    return (row: Row, key: Key): Result => {
      const found = rows.get(row);
      if (found !== undefined && Object.is(found.key, key)) return found.result;
      const result = make(row, key);
      rows.set(row, { key, result });
      return result;
    };
  };
}

/**
 * The result made from `parts`, or the one made last time in this cell's `memory` slot when every part is
 * the same (`Object.is`): a step returns the very same value when nothing it is made from changed.
 *
 * @param memory - the cell's memory
 * @param slot - where in it
 * @param parts - what the result is made from
 * @param make - makes the result
 * @returns the result, the same object while the parts are
 * @example
 * const memory = new Map();
 * const parts = [Object.freeze([1, 2])];
 * remembered(memory, "sum", parts, (list) => ({ total: list[0] + list[1] })) === remembered(memory, "sum", parts, (list) => ({ total: list[0] + list[1] }))
 * //=> true
 */
export function remembered<Parts extends readonly unknown[], Result>(
  memory: CellMemory,
  slot: string,
  parts: Parts,
  make: (...parts: Parts) => Result,
): Result {
  const last = memory.get(slot) as { parts: Parts; result: Result } | undefined;
  if (last !== undefined && last.parts.every((part, i) => Object.is(part, parts[i]))) return last.result;
  const result = make(...parts);
  memory.set(slot, { parts, result });
  return result;
}

/**
 * Where two lists of the same length hold different items (`Object.is`), or `undefined` when their lengths
 * differ: what a step compares to update only the rows that changed. One pass, no allocation but the result.
 *
 * @param before - the list a step was given last time
 * @param after - the list it is given now
 * @returns the indices that changed, in order; `undefined` when the lengths differ
 * @example
 * const row = Object.freeze([1]);
 * changedAt([row, row], [row, Object.freeze([2])])
 * //=> [1]
 */
export function changedAt<Item>(before: readonly Item[], after: readonly Item[]): number[] | undefined {
  if (before.length !== after.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) if (!Object.is(before[i], after[i])) changed.push(i);
  return changed;
}

/**
 * Messages joined into one, in each language.
 *
 * @param messages - the messages
 * @returns one message
 * @example
 * joined([{ en: "A.", fr: "A." }, { en: "B.", fr: "B." }])
 * //=> { en: "A. B.", fr: "A. B." }
 */
export function joined(messages: readonly Bilingual[]): Bilingual {
  return { en: messages.map((m) => m.en).join(" "), fr: messages.map((m) => m.fr).join(" ") };
}
