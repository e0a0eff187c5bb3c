// The notebook engine's modules on their own: JSON equality, one input set, the dependency graph, computing
// one cell, and the helpers kinds share. Each expected value is written out from the rule it checks, never
// taken from the code under test.
import { describe, expect, it } from "vitest";
import { computeCell, declaredNames, samePublished } from "../../notebook/engine/compute";
import { withInput } from "../../notebook/engine/edits";
import { buildGraph, changedNames, dependentsClosure } from "../../notebook/engine/graph";
import {
  changedAt,
  isObject,
  joined,
  messagesOf,
  remembered,
  rowMemo,
  tableCell,
  tableOf,
} from "../../notebook/engine/kind-helpers";
import { CellError, type CellKind, type CellOutput, type CellResult } from "../../notebook/engine/types";
import { sameJson } from "../../notebook/engine/values";

describe("sameJson", () => {
  it.each([
    ["an object and a number", {}, 1],
    ["null and an object", null, {}],
    ["an object and null", {}, null],
    ["a list and an object with the same indexes", [1], { "0": 1 }],
    ["an object and a list with the same indexes", { "0": 1 }, [1]],
    ["a list and an object that has its length too", [1], { "0": 1, length: 1 }],
    ["a list and a longer list that starts the same", [1], [1, 2]],
    ["two lists that differ in their last item", [1, 2], [1, 3]],
    ["an object and one with an extra key", { a: 1 }, { a: 1, b: 2 }],
    ["two objects that differ in their last key", { a: 1, b: 2 }, { a: 1, b: 3 }],
    ["the same key with another value", { a: 1 }, { a: 2 }],
    ["the same value under another key", { a: 1 }, { b: 1 }],
  ])("tells apart %s", (_what, a, b) => {
    expect(sameJson(a, b)).toBe(false);
    expect(sameJson(b, a)).toBe(false);
  });

  it("finds nested lists and objects equal whatever the order of their keys", () => {
    expect(sameJson({ a: [1, { b: null }], c: "x" }, { c: "x", a: [1, { b: null }] })).toBe(true);
    expect(sameJson([], [])).toBe(true);
  });
});

describe("withInput", () => {
  it("removes an input without leaving its key behind", () => {
    expect(Object.keys(withInput({ a: 1, b: 2 }, "a", undefined))).toEqual(["b"]);
  });

  it("leaves the inputs as they are when removing an input that is not there", () => {
    expect(Object.keys(withInput({ a: 1 }, "z", undefined))).toEqual(["a"]);
  });

  it("keeps an input named __proto__ an ordinary key, whether it is set or kept", () => {
    const set = withInput({}, "__proto__", { x: 1 });
    expect(Object.keys(set)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(set, "__proto__")?.value).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(set)).toBe(Object.prototype);

    const kept = withInput(JSON.parse('{"__proto__": 5, "a": 1}') as Record<string, number>, "a", 2);
    expect(Object.keys(kept)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(kept, "__proto__")?.value).toBe(5);
    expect(kept.a).toBe(2);
  });
});

describe("the dependency graph", () => {
  it("lists a cell once per name, even when it names it twice", () => {
    const graph = buildGraph([
      { id: "a", reads: [], outputs: ["x", "x"] },
      { id: "b", reads: ["x", "x"], outputs: [] },
    ]);
    expect(graph.providers.get("x")).toEqual(["a"]);
    expect(graph.readers.get("x")).toEqual(["b"]);
  });

  it("gives a cell that reads a name nobody publishes no dependencies", () => {
    const graph = buildGraph([{ id: "b", reads: ["nowhere"], outputs: ["y"] }]);
    expect(graph.dependencies.get("b")).toEqual(new Set());
  });

  it("leaves out of the dependents the ids that are not cells of the graph", () => {
    const graph = buildGraph([{ id: "a", reads: [], outputs: ["x"] }]);
    expect(dependentsClosure(graph, ["nowhere"])).toEqual(new Set());
    expect(dependentsClosure(graph, ["a", "nowhere", "a"])).toEqual(new Set(["a"]));
  });

  it("names only the names whose publishers changed, as sets", () => {
    const before = buildGraph([
      { id: "a", reads: [], outputs: ["x", "kept"] },
      { id: "b", reads: [], outputs: ["x", "swapped"] },
      { id: "c", reads: ["kept"], outputs: [] },
    ]);
    // "x": a and b → a and c; "swapped": b → c; "kept": a, moved after c, still a.
    const after = buildGraph([
      { id: "c", reads: ["kept"], outputs: ["x", "swapped"] },
      { id: "a", reads: [], outputs: ["x", "kept"] },
    ]);
    expect(changedNames(before, after).sort()).toEqual(["swapped", "x"]);
    expect(changedNames(before, before)).toEqual([]);
  });
});

describe("computing one cell", () => {
  const upstreamError = {
    en: '"x" is not available because the cell that computes it has an error; fix that cell first.',
    fr: "« x » n'est pas disponible, car la cellule qui le calcule est en erreur ; corrigez d'abord cette cellule.",
  };
  const missing = (name: string) => ({
    kind: "error",
    message: {
      en: `This cell did not produce "${name}"; check its inputs.`,
      fr: `Cette cellule n'a pas produit « ${name} » ; vérifiez ses entrées.`,
    },
  });

  /** Computes a cell of a kind that reads nothing, publishes `y` and returns `result`. */
  function computed(result: CellResult): CellOutput {
    const kind: CellKind = { reads: () => [], outputs: () => ["y"], compute: () => result };
    const graph = buildGraph([{ id: "c", reads: [], outputs: ["y"] }]);
    const cell = { id: "c", kind: "k", inputs: {} };
    return computeCell({ k: kind }, graph, cell, { reads: [], outputs: ["y"] }, () => undefined);
  }

  it("publishes a number, a list of numbers and a table, and keeps no empty table or notes", () => {
    const table = { columns: ["a"], rows: [[1]] };
    expect(computed({ values: { y: 3 } })).toStrictEqual({ kind: "ok", values: { y: 3 } });
    expect(computed({ values: { y: [1, 2] } })).toStrictEqual({ kind: "ok", values: { y: [1, 2] } });
    expect(computed({ values: { y: table }, notes: [] })).toStrictEqual({ kind: "ok", values: { y: table } });
  });

  it("shows the table and the notes a step returns", () => {
    const table = { columns: ["a"], rows: [["b"]] };
    const note = { en: "One row left out.", fr: "Une ligne laissée de côté." };
    expect(computed({ table, values: { y: 1 }, notes: [note] })).toStrictEqual({
      kind: "ok",
      values: { y: 1 },
      table,
      notes: [note],
    });
  });

  it.each([
    ["no values at all", {}],
    ["a list with text in it", { values: { y: [1, "2"] } }],
    ["null", { values: { y: null } }],
    ["an object that is no table", { values: { y: {} } }],
    ["a table without rows", { values: { y: { columns: ["a"] } } }],
    ["text", { values: { y: "3" } }],
  ])("reports a declared output given as %s as not produced", (_what, result) => {
    expect(computed(result as CellResult)).toEqual(missing("y"));
  });

  it("reports a name whose cell has no output, or an output without that name, as not available", () => {
    const kind: CellKind = { reads: () => ["x"], outputs: () => [], compute: () => ({ values: {} }) };
    const graph = buildGraph([
      { id: "a", reads: [], outputs: ["x"] },
      { id: "b", reads: ["x"], outputs: [] },
    ]);
    const cell = { id: "b", kind: "k", inputs: {} };
    const declared = { reads: ["x"], outputs: [] };
    const error = { kind: "error", message: upstreamError };
    expect(computeCell({ k: kind }, graph, cell, declared, () => undefined)).toEqual(error);
    const withoutX: CellOutput = { kind: "ok", values: { other: 1 } };
    expect(computeCell({ k: kind }, graph, cell, declared, () => withoutX)).toEqual(error);
  });

  it("says a kind's names without a failure entry when its lists do not throw", () => {
    const kind: CellKind = { reads: () => ["x"], outputs: () => ["y"], compute: () => ({}) };
    expect(declaredNames({ k: kind }, { id: "c", kind: "k", inputs: {} })).toStrictEqual({
      reads: ["x"],
      outputs: ["y"],
    });
  });

  it("tells readers to recompute unless both outputs are computed with the very same values", () => {
    const after: CellOutput = { kind: "ok", values: { a: 1 } };
    expect(samePublished(undefined, after)).toBe(false);
    expect(samePublished({ kind: "ok", values: { a: 1, b: 2 } }, after)).toBe(false);
    expect(
      samePublished({ kind: "ok", values: { a: 1, b: 2 } }, { kind: "ok", values: { a: 1, b: 3 } }),
    ).toBe(false);
    expect(samePublished({ kind: "ok", values: { a: 1 } }, after)).toBe(true);
  });
});

describe("what kinds share", () => {
  it("reads a table out of a published value, and nothing else", () => {
    const table = { columns: ["a"], rows: [[1]] };
    expect(tableOf(table)).toBe(table);
    expect(tableOf(3)).toBeUndefined();
    expect(tableOf([1, 2])).toBeUndefined();
    expect(tableOf(undefined)).toBeUndefined();
  });

  it("keeps text, numbers and booleans as table cells, and blanks anything else", () => {
    expect(["a", 2, false, true, undefined, null, {}, [1]].map(tableCell)).toEqual([
      "a",
      2,
      false,
      true,
      null,
      null,
      null,
      null,
    ]);
  });

  it("tells a JSON object from null, a list and text", () => {
    expect([{}, { a: 1 }, null, [], "x", 1].map(isObject)).toEqual([true, true, false, false, false, false]);
  });

  it("takes the messages of problems, and joins messages in each language", () => {
    const a = { en: "A.", fr: "A fr." };
    const b = { en: "B.", fr: "B fr." };
    expect(messagesOf([{ message: a }, { message: b }])).toEqual([a, b]);
    expect(joined([a, b])).toEqual({ en: "A. B.", fr: "A fr. B fr." });
  });

  it("remembers a row's result across calls with the same memory, until the key changes", () => {
    let made = 0;
    const memo = rowMemo("slot", (row: readonly string[], suffix: string) => {
      made++;
      return [`${row[0]}${suffix}`];
    });
    const memory = new Map<string, unknown>();
    const row = Object.freeze(["a"]);
    const first = memo(memory)(row, "!");
    expect(first).toEqual(["a!"]);
    expect(memo(memory)(row, "!")).toBe(first);
    expect(made).toBe(1);
    expect(memo(memory)(row, "?")).toEqual(["a?"]);
    expect(made).toBe(2);
  });

  it("remakes a remembered result as soon as one of its parts changes", () => {
    const memory = new Map<string, unknown>();
    const sum = (x: number, y: number) => ({ total: x + y });
    const first = remembered(memory, "sum", [1, 2], sum);
    expect(first).toEqual({ total: 3 });
    expect(remembered(memory, "sum", [1, 2], sum)).toBe(first);
    expect(remembered(memory, "sum", [1, 5], sum)).toEqual({ total: 6 });
  });

  it("gives no changed places for lists of different lengths", () => {
    expect(changedAt([1, 2], [1])).toBeUndefined();
    expect(changedAt([1], [1, 2])).toBeUndefined();
    expect(changedAt([1, 2, 3], [1, 4, 3])).toEqual([1]);
  });

  it("names a CellError and keeps its words", () => {
    const text = { en: "Give a value.", fr: "Donnez une valeur." };
    const error = new CellError(text);
    expect(error.name).toBe("CellError");
    expect(error.message).toBe("Give a value.");
    expect(error.text).toBe(text);
  });
});
