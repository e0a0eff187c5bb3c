/**
 * Guards for what goes into a notebook: JSON values only, copied and frozen so that nobody outside the engine
 * (a compute step, a component, a caller keeping a reference) can change a cell's inputs behind its back.
 */
import type { Json } from "./types";

/**
 * Tells whether a value is JSON that survives a round trip unchanged: no `undefined`, functions, class
 * instances (plain objects, with or without a prototype, only), cycles, or non-finite numbers (which JSON
 * would turn into `null`).
 *
 * @param value - anything
 * @returns true when `JSON.parse(JSON.stringify(value))` gives the same value back
 * @example
 * isJson({ time: 3, tags: ["onboarding"] })
 * //=> true
 * @example
 * isJson({ time: Number.NaN })
 * //=> false
 * @example
 * isJson([1, , 2])
 * //=> false
 */
export function isJson(value: unknown, seen: Set<object> = new Set()): value is Json {
  if (value === null || typeof value === "boolean" || typeof value === "string") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  const ok = Array.isArray(value)
    ? // A hole in a sparse array is not JSON (JSON.stringify would turn it into null): every index must hold a value.
      Array.from({ length: value.length }, (_, i) => i).every((i) => i in value && isJson(value[i], seen))
    : [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null) &&
      Object.values(value as Record<string, unknown>).every((item) => isJson(item, seen));
  seen.delete(value);
  return ok;
}

/**
 * A frozen deep copy of a JSON value.
 *
 * @param value - a JSON value
 * @returns a copy that cannot be changed
 * @example
 * Object.isFrozen(frozenCopy({ a: [1] }).a)
 * //=> true
 */
export function frozenCopy<T extends Json>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return Object.freeze(value.map((item: Json) => frozenCopy(item))) as T;
  const copy: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, so that a key named "__proto__" stays an ordinary key.
    Object.defineProperty(copy, key, { value: frozenCopy(item), enumerable: true });
  }
  return Object.freeze(copy) as T;
}

/**
 * Deep equality of two JSON values (object key order does not matter).
 *
 * @param a - a JSON value
 * @param b - another
 * @returns true when they hold the same data
 * @example
 * sameJson({ a: 1, b: [2] }, { b: [2], a: 1 })
 * //=> true
 */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: Json, i: number) => sameJson(item, b[i] as Json));
  }
  const keysA = Object.keys(a);
  const recordB = b as Readonly<Record<string, Json>>;
  if (keysA.length !== Object.keys(recordB).length) return false;
  return keysA.every(
    (key) => Object.hasOwn(recordB, key) && sameJson((a as Record<string, Json>)[key], recordB[key]),
  );
}
