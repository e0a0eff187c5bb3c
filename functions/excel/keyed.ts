/**
 * Records keyed by data — action ids, result names, account, tier and industry names — where any text is an
 * ordinary key: `__proto__`, `constructor` or `toString` included. A plain `{}` inherits from
 * `Object.prototype`: assigning `"__proto__"` sets its prototype instead of a key (the value is lost), and
 * reading `"constructor"` finds a function that was never stored. CSM Kit's one map type for such keys: a
 * record built whole from its entries with {@link dictionary} (never assigned into: collect entries, or a
 * `Map`, then build), and read with {@link own}.
 */

/**
 * A record built from its entries, each key an own property: `"__proto__"` included, which assignment would
 * have taken for the prototype. An ordinary object otherwise (JSON, equality and spreading as usual).
 *
 * @param entries - the entries, e.g. a `Map`; a repeated key keeps its last value
 * @returns the record
 * @example
 * Object.keys(dictionary([["__proto__", 5], ["constructor", 6]]))
 * //=> ["__proto__", "constructor"]
 * @example
 * own(dictionary([["a", 1]]), "toString")
 * //=> undefined
 */
export function dictionary<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}

/**
 * The value a record holds under a key from data, its own keys only: never what `Object.prototype` has under
 * that name.
 *
 * @param record - any record, with or without a prototype
 * @param key - the key, e.g. an action id
 * @returns the value, or `undefined` when the record does not hold that key
 * @example
 * [own({ a: 1 }, "a"), own({ a: 1 }, "constructor"), own(JSON.parse('{"__proto__": 2}'), "__proto__")]
 * //=> [1, undefined, 2]
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
