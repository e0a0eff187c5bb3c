// The notebook engine on its own: recompute like a spreadsheet (only what depends on a change, in dependency
// order), errors that stay on their cell, undo and redo, snapshots. Expected values come from the test's own
// arithmetic or from a reference evaluator written here, never from the engine.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CellError,
  createNotebook,
  type CellInputs,
  type CellKind,
  type Json,
  type KindRegistry,
  type Notebook,
  type NotebookSnapshot,
} from "../../notebook/engine/engine";
import { takeInputChanges } from "../../notebook/engine/changes";
import { calculationKind } from "../../notebook/calculation/expression";

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
const nameOf = (inputs: CellInputs): string => (typeof inputs.name === "string" ? inputs.name : "");

/** Publishes `value` under `name`. */
const numberKind: CellKind = {
  reads: () => [],
  outputs: (inputs) => [nameOf(inputs)],
  compute: (inputs) => ({ values: { [nameOf(inputs)]: Number(inputs.value) } }),
};

/** Publishes under `name` the sum of the names listed in `of`. */
const sumKind: CellKind = {
  reads: (inputs) => names(inputs.of),
  outputs: (inputs) => [nameOf(inputs)],
  compute: (inputs, values) => {
    let total = 0;
    for (const name of names(inputs.of)) total += values[name] as number;
    return { table: { columns: ["total"], rows: [[total]] }, values: { [nameOf(inputs)]: total } };
  },
};

const registry: KindRegistry = {
  number: numberKind,
  sum: sumKind,
  calculation: calculationKind,
  broken: {
    reads: (inputs) => names(inputs.of),
    outputs: (inputs) => [nameOf(inputs)],
    compute: () => {
      throw new Error("the stand-in failed");
    },
  },
  polite: {
    reads: () => [],
    outputs: () => ["x"],
    compute: () => {
      throw new CellError({ en: "Give a value.", fr: "Donnez une valeur." });
    },
  },
  forgetful: { reads: () => [], outputs: () => ["promised"], compute: () => ({ values: {} }) },
};

function notebookWith(cells: NotebookSnapshot["cells"]) {
  const computed: string[] = [];
  const notebook = createNotebook(registry, { onCompute: (id) => computed.push(id) });
  notebook.restore({ cells });
  computed.length = 0;
  return { notebook, computed };
}

const valueOf = (notebook: Notebook, id: string, name: string): unknown => {
  const output = notebook.output(id);
  return output?.kind === "ok" ? output.values[name] : output?.message.en;
};

// actions (10) → scores (actions + 5) → ratio (scores + 1), and an unrelated cell.
const chain: NotebookSnapshot["cells"] = [
  { id: "ratio", kind: "sum", inputs: { name: "ratio", of: ["scores", "one"] } },
  { id: "actions", kind: "number", inputs: { name: "actions", value: 10 } },
  { id: "scores", kind: "sum", inputs: { name: "scores", of: ["actions", "five"] } },
  { id: "five", kind: "number", inputs: { name: "five", value: 5 } },
  { id: "one", kind: "number", inputs: { name: "one", value: 1 } },
  { id: "other", kind: "number", inputs: { name: "other", value: 7 } },
];

describe("recomputing", () => {
  it("computes every cell after the cells it reads, whatever their order in the list", () => {
    const { notebook } = notebookWith(chain);
    expect(valueOf(notebook, "scores", "scores")).toBe(15);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(16);
    expect(notebook.output("scores")).toEqual({
      kind: "ok",
      table: { columns: ["total"], rows: [[15]] },
      values: { scores: 15 },
    });
  });

  it("recomputes the changed cell and its dependents, in dependency order, and nothing else", () => {
    const { notebook, computed } = notebookWith(chain);
    const heard: (readonly string[])[] = [];
    notebook.subscribe((change) => heard.push(change.recomputed));
    notebook.setInput("actions", "value", 20);
    expect(computed).toEqual(["actions", "scores", "ratio"]);
    expect(heard).toEqual([["actions", "scores", "ratio"]]);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(26);
    expect(notebook.computeCount).toBe(6 + 3);
  });

  it("recomputes only the last cell when the last cell changes", () => {
    const { notebook, computed } = notebookWith(chain);
    notebook.setInput("other", "value", 8);
    expect(computed).toEqual(["other"]);
  });

  it("does nothing when an input is set to the value it already has", () => {
    const { notebook, computed } = notebookWith(chain);
    notebook.setInput("actions", "value", 10);
    expect(computed).toEqual([]);
    expect(notebook.canUndo()).toBe(false);
  });

  it("moves a cell without recomputing anything", () => {
    const { notebook, computed } = notebookWith(chain);
    const heard: (readonly string[])[] = [];
    notebook.subscribe((change) => heard.push(change.recomputed));
    notebook.moveCell("other", 0);
    expect(notebook.cells().map((cell) => cell.id)).toEqual([
      "other",
      "ratio",
      "actions",
      "scores",
      "five",
      "one",
    ]);
    expect(computed).toEqual([]);
    expect(heard).toEqual([[]]);
  });

  it("stops at a cell whose published values stay the same: its readers are not recomputed", () => {
    const { notebook, computed } = notebookWith(chain);
    // A note does not change what "actions" publishes (10), so "scores" and "ratio" keep their values.
    notebook.setInput("actions", "note", "checked");
    expect(computed).toEqual(["actions"]);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(16);
  });

  it("recomputes only an added or removed cell that nobody reads, not a loop or the readers of other names", () => {
    const { notebook, computed } = notebookWith([
      { id: "a", kind: "sum", inputs: { name: "a", of: ["b"] } },
      { id: "b", kind: "sum", inputs: { name: "b", of: ["a"] } },
      { id: "n", kind: "number", inputs: { name: "n", value: 1 } },
      { id: "r", kind: "sum", inputs: { name: "r", of: ["n"] } },
    ]);
    notebook.addCell({ id: "d", kind: "number", inputs: { name: "d", value: 2 } });
    expect(computed).toEqual(["d"]);
    computed.length = 0;
    notebook.removeCell("d");
    expect(computed).toEqual([]);
  });

  it("follows the cells a cell starts reading after reading none", () => {
    const { notebook } = notebookWith([
      { id: "n", kind: "number", inputs: { name: "n", value: 1 } },
      { id: "s", kind: "sum", inputs: { name: "s", of: [] } },
    ]);
    expect(valueOf(notebook, "s", "s")).toBe(0);
    notebook.setInput("s", "of", ["n"]);
    expect(valueOf(notebook, "s", "s")).toBe(1);
    notebook.setInput("n", "value", 5);
    expect(valueOf(notebook, "s", "s")).toBe(5);
  });

  it("follows a cell that starts reading and publishing names in one edit, and its new readers", () => {
    // Publishes each name it reads again, as "<name>Copy": one input says both what it reads and publishes.
    const copy: CellKind = {
      reads: (inputs) => names(inputs.of),
      outputs: (inputs) => names(inputs.of).map((name) => `${name}Copy`),
      compute: (inputs, values) => ({
        values: Object.fromEntries(names(inputs.of).map((name) => [`${name}Copy`, values[name] as number])),
      }),
    };
    const notebook = createNotebook({ ...registry, copy });
    notebook.restore({
      cells: [
        { id: "n", kind: "number", inputs: { name: "n", value: 1 } },
        { id: "c", kind: "copy", inputs: { of: [] } },
        { id: "r", kind: "sum", inputs: { name: "r", of: ["nCopy"] } },
      ],
    });
    expect(valueOf(notebook, "r", "r")).toContain('No cell computes "nCopy"');
    notebook.setInput("c", "of", ["n"]);
    expect(valueOf(notebook, "r", "r")).toBe(1);
    notebook.setInput("n", "value", 5);
    expect(valueOf(notebook, "r", "r")).toBe(5);
  });

  it("recomputes a reader when the cell it reads is renamed, removed or added back", () => {
    const { notebook, computed } = notebookWith(chain);
    notebook.setInput("five", "name", "cinq");
    // "scores" no longer reads "five": the two are independent and run in notebook order.
    expect(computed).toEqual(["scores", "five", "ratio"]);
    expect(valueOf(notebook, "scores", "scores")).toBe(
      'No cell computes "five"; check the spelling or add the cell that computes it.',
    );
    expect(valueOf(notebook, "ratio", "ratio")).toContain('"scores" is not available');
    computed.length = 0;
    notebook.addCell({ id: "five-again", kind: "number", inputs: { name: "five", value: 50 } });
    expect(computed).toEqual(["five-again", "scores", "ratio"]);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(10 + 50 + 1);
  });

  it("runs calculation cells over other cells' named outputs", () => {
    const { notebook } = notebookWith([
      { id: "a", kind: "number", inputs: { name: "accounts", value: 120 } },
      { id: "c", kind: "number", inputs: { name: "csms", value: 4 } },
      { id: "r", kind: "calculation", inputs: { name: "perCsm", expression: "accounts / csms" } },
      { id: "h", kind: "calculation", inputs: { name: "hours", expression: "round(perCsm * 0.8, 1)" } },
    ]);
    expect(valueOf(notebook, "r", "perCsm")).toBe(30);
    expect(valueOf(notebook, "h", "hours")).toBe(24);
    notebook.setInput("c", "value", 7);
    expect(valueOf(notebook, "h", "hours")).toBe(13.7); // 120 / 7 × 0.8 = 13.714…
  });
});

describe("errors stay on their cell", () => {
  it("reports a cycle on every cell of the loop, and upstream errors on its dependents", () => {
    const { notebook } = notebookWith([
      { id: "a", kind: "sum", inputs: { name: "a", of: ["b"] } },
      { id: "b", kind: "sum", inputs: { name: "b", of: ["a"] } },
      { id: "c", kind: "sum", inputs: { name: "c", of: ["a"] } },
      { id: "d", kind: "number", inputs: { name: "d", value: 3 } },
    ]);
    expect(valueOf(notebook, "a", "a")).toContain("depends on itself");
    expect(valueOf(notebook, "b", "b")).toContain("depends on itself");
    expect(valueOf(notebook, "c", "c")).toContain('"a" is not available');
    expect(valueOf(notebook, "d", "d")).toBe(3);
    notebook.setInput("b", "of", ["d"]);
    expect(valueOf(notebook, "a", "a")).toBe(3);
    expect(valueOf(notebook, "c", "c")).toBe(3);
  });

  it("reports a cell that reads its own name", () => {
    const { notebook } = notebookWith([{ id: "a", kind: "sum", inputs: { name: "a", of: ["a"] } }]);
    expect(notebook.output("a")).toEqual({
      kind: "error",
      message: {
        en: "This cell depends on itself through a loop of references; remove one of the references in the loop.",
        fr: "Cette cellule dépend d'elle-même par une boucle de références ; retirez une des références de la boucle.",
      },
    });
  });

  it("turns a compute step that throws into an error on that cell only", () => {
    const { notebook } = notebookWith([
      { id: "n", kind: "number", inputs: { name: "n", value: 2 } },
      { id: "bad", kind: "broken", inputs: { name: "bad", of: ["n"] } },
      { id: "after", kind: "sum", inputs: { name: "after", of: ["bad"] } },
      { id: "fine", kind: "sum", inputs: { name: "fine", of: ["n"] } },
    ]);
    expect(notebook.output("bad")).toEqual({
      kind: "error",
      message: {
        en: "This cell could not be computed: the stand-in failed. Check its inputs.",
        fr: "Cette cellule n'a pas pu être calculée : the stand-in failed. Vérifiez ses entrées.",
      },
    });
    expect(valueOf(notebook, "after", "after")).toContain('"bad" is not available');
    expect(valueOf(notebook, "fine", "fine")).toBe(2);
  });

  it("shows a compute step's own message, a missing output, an unknown kind and an ambiguous name", () => {
    const { notebook } = notebookWith([
      { id: "p", kind: "polite", inputs: {} },
      { id: "f", kind: "forgetful", inputs: {} },
      { id: "u", kind: "from-the-future", inputs: {} },
      { id: "x1", kind: "number", inputs: { name: "x", value: 1 } },
      { id: "x2", kind: "number", inputs: { name: "x", value: 2 } },
      { id: "r", kind: "sum", inputs: { name: "r", of: ["x"] } },
    ]);
    expect(notebook.output("p")).toEqual({
      kind: "error",
      message: { en: "Give a value.", fr: "Donnez une valeur." },
    });
    expect(valueOf(notebook, "f", "promised")).toBe(
      'This cell did not produce "promised"; check its inputs.',
    );
    expect(valueOf(notebook, "u", "")).toContain('("from-the-future")');
    expect(valueOf(notebook, "r", "r")).toBe('Several cells compute "x" (p, x1, x2); rename all but one.');
    notebook.removeCell("p");
    notebook.removeCell("x2");
    expect(valueOf(notebook, "r", "r")).toBe(1);
  });

  it("says each of these errors in French too", () => {
    const { notebook } = notebookWith([
      { id: "u", kind: "from-the-future", inputs: {} },
      { id: "f", kind: "forgetful", inputs: {} },
      { id: "x1", kind: "number", inputs: { name: "x", value: 1 } },
      { id: "x2", kind: "number", inputs: { name: "x", value: 2 } },
      { id: "ambiguous", kind: "sum", inputs: { name: "r", of: ["x"] } },
      { id: "undefined", kind: "sum", inputs: { name: "s", of: ["nowhere"] } },
      { id: "upstream", kind: "sum", inputs: { name: "t", of: ["promised"] } },
    ]);
    const french = (id: string) => {
      const output = notebook.output(id);
      return output?.kind === "error" ? output.message.fr : output;
    };
    expect(french("u")).toBe(
      "Cette cellule est d'un type inconnu de CSM Kit (« from-the-future ») ; elle vient peut-être d'une version plus récente. Mettez CSM Kit à jour ou supprimez la cellule.",
    );
    expect(french("f")).toBe("Cette cellule n'a pas produit « promised » ; vérifiez ses entrées.");
    expect(french("ambiguous")).toBe(
      "Plusieurs cellules calculent « x » (x1, x2) ; renommez-les toutes sauf une.",
    );
    expect(french("undefined")).toBe(
      "Aucune cellule ne calcule « nowhere » ; vérifiez l'orthographe ou ajoutez la cellule qui le calcule.",
    );
    expect(french("upstream")).toBe(
      "« promised » n'est pas disponible, car la cellule qui le calcule est en erreur ; corrigez d'abord cette cellule.",
    );
  });
});

describe("undo and redo", () => {
  it("undoes and redoes input changes and structural edits, recomputing what they touch", () => {
    const { notebook, computed } = notebookWith(chain);
    const initial = notebook.snapshot();
    notebook.setInput("actions", "value", 20);
    notebook.addCell({ id: "extra", kind: "sum", inputs: { name: "extra", of: ["ratio"] } }, 1);
    notebook.moveCell("other", 0);
    notebook.removeCell("five");
    const final = notebook.snapshot();
    expect(valueOf(notebook, "extra", "extra")).toContain('"ratio" is not available');
    for (let i = 0; i < 4; i++) expect(notebook.undo()).toBe(true);
    expect(notebook.undo()).toBe(false);
    expect(notebook.canUndo()).toBe(false);
    expect(notebook.snapshot()).toEqual(initial);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(16);
    computed.length = 0;
    for (let i = 0; i < 4; i++) expect(notebook.redo()).toBe(true);
    expect(notebook.canRedo()).toBe(false);
    expect(notebook.snapshot()).toEqual(final);
    expect(computed).not.toContain("other");
  });

  it("forgets what could be redone once a new edit is made", () => {
    const { notebook } = notebookWith(chain);
    notebook.setInput("actions", "value", 20);
    notebook.undo();
    expect(notebook.canRedo()).toBe(true);
    notebook.setInput("actions", "value", 30);
    expect(notebook.canRedo()).toBe(false);
  });

  it("sets several inputs as one edit: one undo step, each cell computed once", () => {
    const { notebook, computed } = notebookWith(chain);
    const initial = notebook.snapshot();
    // actions 10 → 20 → 30 and five 5 → 2 in one edit: scores = 30 + 2 = 32, ratio = 32 + 1 = 33.
    notebook.setInputs([
      { cellId: "actions", key: "value", value: 20 },
      { cellId: "five", key: "value", value: 2 },
      { cellId: "actions", key: "value", value: 30 },
      { cellId: "other", key: "value", value: 7 },
    ]);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(33);
    expect([...computed].sort()).toEqual(["actions", "five", "ratio", "scores"]);
    const changed = notebook.snapshot();
    expect(notebook.undo()).toBe(true);
    expect(notebook.snapshot()).toEqual(initial);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(16);
    expect(notebook.canUndo()).toBe(false);
    expect(notebook.redo()).toBe(true);
    expect(notebook.snapshot()).toEqual(changed);
  });

  it("records nothing when every input of a group is already set", () => {
    const { notebook, computed } = notebookWith(chain);
    notebook.setInputs([{ cellId: "other", key: "value", value: 7 }]);
    expect(notebook.canUndo()).toBe(false);
    expect(computed).toEqual([]);
  });

  it("removes the inputs a group sets to undefined, and puts them back on undo", () => {
    const { notebook } = notebookWith(chain);
    notebook.setInput("other", "note", "kept");
    notebook.setInputs([
      { cellId: "other", key: "note", value: undefined },
      { cellId: "actions", key: "value", value: 20 },
    ]);
    const inputsOf = (id: string) => notebook.snapshot().cells.find((cell) => cell.id === id)?.inputs;
    expect(inputsOf("other")).toStrictEqual({ name: "other", value: 7 });
    expect(valueOf(notebook, "ratio", "ratio")).toBe(26);
    notebook.undo();
    expect(inputsOf("other")).toStrictEqual({ name: "other", value: 7, note: "kept" });
  });

  it("removes an input that did not exist before, on undo", () => {
    const { notebook } = notebookWith(chain);
    notebook.setInput("other", "note", "new");
    notebook.undo();
    expect(notebook.snapshot().cells.find((cell) => cell.id === "other")?.inputs).toEqual({
      name: "other",
      value: 7,
    });
  });
});

describe("inputs, snapshots and listeners", () => {
  it("keeps its own frozen copy of the inputs it is given", () => {
    const inputs = { name: "n", value: 1, tags: ["a"] };
    const notebook = createNotebook(registry);
    notebook.addCell({ id: "n", kind: "number", inputs });
    inputs.tags.push("b");
    inputs.value = 99;
    const stored = notebook.snapshot().cells[0]?.inputs;
    expect(stored).toEqual({ name: "n", value: 1, tags: ["a"] });
    expect(Object.isFrozen(stored?.tags)).toBe(true);
  });

  it("refuses values that are not plain JSON, unknown cells, repeated ids and bad indexes", () => {
    const { notebook } = notebookWith(chain);
    expect(() => notebook.setInput("actions", "value", Number.NaN)).toThrow(TypeError);
    expect(() => notebook.setInput("missing", "value", 1)).toThrow('no cell "missing"');
    expect(() => notebook.addCell({ id: "actions", kind: "number" })).toThrow("already has");
    expect(() => notebook.moveCell("actions", 6)).toThrow(RangeError);
    expect(() => notebook.restore({ cells: [chain[0], chain[0]] as NotebookSnapshot["cells"] })).toThrow(
      "repeats",
    );
    expect(valueOf(notebook, "ratio", "ratio")).toBe(16);
  });

  it("starts empty, with nothing to undo or redo", () => {
    const notebook = createNotebook(registry);
    expect(notebook.cells()).toEqual([]);
    expect(notebook.canUndo()).toBe(false);
    expect(notebook.canRedo()).toBe(false);
    expect(notebook.undo()).toBe(false);
    expect(notebook.redo()).toBe(false);
    expect(notebook.output("missing")).toBeUndefined();
  });

  it("makes up ids one after the other", () => {
    const notebook = createNotebook(registry);
    const add = () => notebook.addCell({ kind: "number", inputs: { name: "n", value: 1 } });
    expect([add(), add(), add()]).toEqual(["cell-1", "cell-2", "cell-3"]);
  });

  it("makes up ids that are not taken", () => {
    const notebook = createNotebook(registry);
    notebook.addCell({ id: "cell-1", kind: "number", inputs: { name: "a", value: 1 } });
    expect(notebook.addCell({ kind: "number", inputs: { name: "b", value: 2 } })).toBe("cell-2");
  });

  it("restores a snapshot into a new notebook with the same outputs, and no history", () => {
    const { notebook } = notebookWith(chain);
    notebook.setInput("actions", "value", 1);
    const copy = createNotebook(registry);
    copy.restore(notebook.snapshot());
    expect(copy.cells()).toEqual(notebook.cells());
    expect(copy.canUndo()).toBe(false);
  });

  it("stops telling a listener once it unsubscribes, and keeps the same cells array between changes", () => {
    const { notebook } = notebookWith(chain);
    let heard = 0;
    const stop = notebook.subscribe(() => heard++);
    const before = notebook.cells();
    expect(notebook.cells()).toBe(before);
    notebook.setInput("other", "value", 1);
    expect(notebook.cells()).not.toBe(before);
    stop();
    notebook.setInput("other", "value", 2);
    expect(heard).toBe(1);
  });
});

describe("a kind whose reads or outputs throw", () => {
  /**
   * Publishes under `name` the sum of the names listed in `of`, like `sum`, but refuses, when asked what it
   * reads or publishes, an `of` that is not a list, an empty `name` (with its own message) and a `name`
   * that is not text (by throwing a bare string).
   */
  function strictKind() {
    const computedFor: string[] = [];
    const kind: CellKind = {
      reads: (inputs) => {
        if (!Array.isArray(inputs.of)) throw new Error("no list of names to read");
        return names(inputs.of);
      },
      outputs: (inputs) => {
        if (inputs.name === "") throw new CellError({ en: "Name this cell.", fr: "Nommez cette cellule." });
        // A bare string, not an Error: what a careless kind may throw.
        if (typeof inputs.name !== "string") throw "the name is not text";
        return [inputs.name];
      },
      compute: (inputs, values) => {
        computedFor.push(nameOf(inputs));
        let total = 0;
        for (const name of names(inputs.of)) total += values[name] as number;
        return { values: { [nameOf(inputs)]: total } };
      },
    };
    return { kind, computedFor };
  }

  function strictNotebook(cells: NotebookSnapshot["cells"]) {
    const strict = strictKind();
    const notebook = createNotebook({ ...registry, strict: strict.kind });
    notebook.restore({ cells });
    return { notebook, computedFor: strict.computedFor };
  }

  const cells: NotebookSnapshot["cells"] = [
    { id: "n", kind: "number", inputs: { name: "n", value: 4 } },
    { id: "s", kind: "strict", inputs: { name: "total", of: "n" } },
    { id: "r", kind: "sum", inputs: { name: "r", of: ["total"] } },
    { id: "fine", kind: "sum", inputs: { name: "fine", of: ["n"] } },
  ];

  it("shows a `reads` that throws as that cell's error, in both languages, without running its step", () => {
    const { notebook, computedFor } = strictNotebook(cells);
    expect(notebook.output("s")).toEqual({
      kind: "error",
      message: {
        en: "CSM Kit could not tell which names this cell reads or publishes: no list of names to read. Check its inputs.",
        fr: "CSM Kit n'a pas pu déterminer quels noms cette cellule lit ou publie : no list of names to read. Vérifiez ses entrées.",
      },
    });
    expect(computedFor).toEqual([]);
    // Its outputs are still known: its reader hears that "total" has an error, not that nobody computes it.
    expect(valueOf(notebook, "r", "r")).toBe(
      '"total" is not available because the cell that computes it has an error; fix that cell first.',
    );
    expect(valueOf(notebook, "fine", "fine")).toBe(4);
  });

  it("computes the cell again once its inputs are fixed, and shows the error again on undo", () => {
    const { notebook, computedFor } = strictNotebook(cells);
    notebook.setInput("s", "of", ["n"]);
    expect(valueOf(notebook, "s", "total")).toBe(4);
    expect(valueOf(notebook, "r", "r")).toBe(4);
    expect(computedFor).toEqual(["total"]);
    notebook.undo();
    expect(valueOf(notebook, "s", "total")).toContain("no list of names to read");
    expect(valueOf(notebook, "r", "r")).toContain('"total" is not available');
  });

  it("shows an `outputs` that throws a CellError with its own words, and a bare thrown value as the detail", () => {
    const { notebook, computedFor } = strictNotebook([
      { id: "n", kind: "number", inputs: { name: "n", value: 4 } },
      { id: "named", kind: "strict", inputs: { name: "", of: ["n"] } },
      { id: "numbered", kind: "strict", inputs: { name: 7, of: ["n"] } },
      { id: "r", kind: "sum", inputs: { name: "r", of: ["total"] } },
    ]);
    expect(notebook.output("named")).toEqual({
      kind: "error",
      message: { en: "Name this cell.", fr: "Nommez cette cellule." },
    });
    expect(notebook.output("numbered")).toEqual({
      kind: "error",
      message: {
        en: "CSM Kit could not tell which names this cell reads or publishes: the name is not text. Check its inputs.",
        fr: "CSM Kit n'a pas pu déterminer quels noms cette cellule lit ou publie : the name is not text. Vérifiez ses entrées.",
      },
    });
    expect(computedFor).toEqual([]);
    // No cell says it publishes "total" yet; naming one that way computes it and its reader: 4.
    expect(valueOf(notebook, "r", "r")).toBe(
      'No cell computes "total"; check the spelling or add the cell that computes it.',
    );
    notebook.setInput("named", "name", "total");
    expect(valueOf(notebook, "named", "total")).toBe(4);
    expect(valueOf(notebook, "r", "r")).toBe(4);
  });

  it("shows the same error in a notebook restored from the snapshot", () => {
    const { notebook } = strictNotebook(cells);
    const copy = createNotebook({ ...registry, strict: strictKind().kind });
    copy.restore(notebook.snapshot());
    expect(copy.cells()).toEqual(notebook.cells());
  });
});

describe("listeners", () => {
  it("tells every listener, keeps the edit, then reports a failing listener's exception to the caller", () => {
    const { notebook } = notebookWith(chain);
    const heard: string[] = [];
    const first = new Error("the first listener broke");
    const second = new Error("the second listener broke");
    notebook.subscribe(() => {
      heard.push("first");
      throw first;
    });
    notebook.subscribe(() => heard.push("quiet"));
    notebook.subscribe(() => {
      heard.push("second");
      throw second;
    });
    // actions 10 → 20: scores = 20 + 5 = 25, ratio = 25 + 1 = 26.
    expect(() => notebook.setInput("actions", "value", 20)).toThrow(first);
    expect(heard).toEqual(["first", "quiet", "second"]);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(26);
    expect(notebook.cells().find((cell) => cell.id === "actions")?.inputs.value).toBe(20);
    expect(notebook.canUndo()).toBe(true);
    // Undo is an edit like the others: it happens, and the failure is reported again.
    expect(() => notebook.undo()).toThrow(first);
    expect(valueOf(notebook, "ratio", "ratio")).toBe(16);
    expect(heard).toHaveLength(6);
  });
});

describe("the undo history's limit", () => {
  /** A notebook of one number cell at 0, after setting it to 1, 2, …, `edits`. */
  function edited(edits: number, historyLimit?: number) {
    const notebook = createNotebook(registry, historyLimit === undefined ? {} : { historyLimit });
    notebook.restore({ cells: [{ id: "n", kind: "number", inputs: { name: "n", value: 0 } }] });
    for (let value = 1; value <= edits; value++) notebook.setInput("n", "value", value);
    return notebook;
  }
  const undoAll = (notebook: Notebook): number => {
    let undone = 0;
    while (notebook.undo()) undone++;
    return undone;
  };

  it("forgets the oldest edits beyond the limit", () => {
    const notebook = edited(5, 3);
    // 0 → 1 → 2 → 3 → 4 → 5; the last three edits (3, 4, 5) can be undone, back to 2.
    expect(undoAll(notebook)).toBe(3);
    expect(valueOf(notebook, "n", "n")).toBe(2);
    expect(notebook.canUndo()).toBe(false);
    // Redo walks the same three edits forward again.
    let redone = 0;
    while (notebook.redo()) redone++;
    expect(redone).toBe(3);
    expect(valueOf(notebook, "n", "n")).toBe(5);
  });

  it("remembers 500 edits by default", () => {
    const notebook = edited(501);
    expect(undoAll(notebook)).toBe(500);
    expect(valueOf(notebook, "n", "n")).toBe(1);
  });

  it("remembers nothing with a limit of 0, and still applies every edit", () => {
    const notebook = edited(2, 0);
    expect(notebook.canUndo()).toBe(false);
    expect(notebook.undo()).toBe(false);
    expect(valueOf(notebook, "n", "n")).toBe(2);
  });
});

describe("what the engine refuses, changing nothing", () => {
  /** Runs `refused`, which must throw `error`, and checks the notebook is as it was: cells, history, outputs. */
  function expectRefused(notebook: Notebook, computed: string[], refused: () => void, error: unknown) {
    const before = { snapshot: notebook.snapshot(), cells: notebook.cells(), undo: notebook.canUndo() };
    computed.length = 0;
    expect(refused).toThrow(error as Error);
    expect(notebook.snapshot()).toEqual(before.snapshot);
    expect(notebook.cells()).toBe(before.cells);
    expect(notebook.canUndo()).toBe(before.undo);
    expect(computed).toEqual([]);
  }

  const newCell = { id: "new", kind: "number", inputs: { name: "new", value: 1 } };

  it("refuses an index outside the list or not a whole number; the two ends are inside", () => {
    const { notebook, computed } = notebookWith(chain); // 6 cells
    for (const index of [-1, 7, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expectRefused(notebook, computed, () => notebook.addCell(newCell, index), RangeError);
    for (const index of [-1, 6, 2.5, Number.NaN])
      expectRefused(notebook, computed, () => notebook.moveCell("other", index), RangeError);
    expect(() => notebook.addCell(newCell, 7)).toThrow("Index 7 is outside the notebook (0 to 6).");
    expect(() => notebook.moveCell("other", 6)).toThrow("Index 6 is outside the notebook (0 to 5).");
    // Adding at 6 appends to the 6 cells; moving to 6 of the 7 puts a cell last; 0 puts it first.
    notebook.addCell(newCell, 6);
    notebook.moveCell("ratio", 6);
    notebook.moveCell("other", 0);
    expect(notebook.cells().map((cell) => cell.id)).toEqual([
      "other",
      "actions",
      "scores",
      "five",
      "one",
      "new",
      "ratio",
    ]);
  });

  it("refuses an unknown cell, whatever the method", () => {
    const { notebook, computed } = notebookWith(chain);
    const unknown = 'The notebook has no cell "missing".';
    expectRefused(notebook, computed, () => notebook.removeCell("missing"), unknown);
    expectRefused(notebook, computed, () => notebook.moveCell("missing", 0), unknown);
    expectRefused(
      notebook,
      computed,
      () =>
        notebook.setInputs([
          { cellId: "actions", key: "value", value: 99 },
          { cellId: "missing", key: "value", value: 1 },
        ]),
      unknown,
    );
  });

  it("refuses an empty id, given or in a snapshot, and never makes one up", () => {
    const { notebook, computed } = notebookWith(chain);
    expectRefused(
      notebook,
      computed,
      () => notebook.addCell({ ...newCell, id: "" }),
      'The notebook already has a cell "", or it is empty.',
    );
    expectRefused(
      notebook,
      computed,
      () => notebook.restore({ cells: [{ ...newCell, id: "" }] }),
      'The snapshot repeats the cell "", or it is empty.',
    );
    expect(valueOf(notebook, "ratio", "ratio")).toBe(16);
    expect(notebook.addCell({ kind: "number", inputs: { name: "z", value: 0 } })).toBe("cell-1");
  });

  it("refuses inputs that are not plain JSON, wherever they come in", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const notJson: [string, unknown][] = [
      ["NaN", Number.NaN],
      ["Infinity", Number.POSITIVE_INFINITY],
      ["-Infinity", Number.NEGATIVE_INFINITY],
      ["a function", () => 1],
      ["a date", new Date(0)],
      ["a map", new Map([["a", 1]])],
      [
        "a class instance",
        new (class Point {
          x = 1;
        })(),
      ],
      ["an undefined property", { a: undefined }],
      ["an undefined item", [1, undefined]],
      ["a bigint", 10n],
      ["a symbol", Symbol("s")],
      ["a cycle", cyclic],
      ["deep inside", { rows: [[1, { at: Number.NaN }]] }],
      // eslint-disable-next-line no-sparse-arrays
      ["a hole in a list", [1, , 2]],
    ];
    const { notebook, computed } = notebookWith(chain);
    for (const [what, value] of notJson) {
      const bad = value as Json;
      const refused = (run: () => void) => {
        expect(run, what).toThrow(TypeError);
        expectRefused(notebook, computed, run, TypeError);
      };
      refused(() => notebook.setInput("actions", "value", bad));
      expect(() => notebook.setInput("actions", "value", bad)).toThrow(
        'The value of input "value" is not plain JSON.',
      );
      // In a group, one bad value refuses the whole group, the good changes before it too.
      refused(() =>
        notebook.setInputs([
          { cellId: "actions", key: "value", value: 99 },
          { cellId: "other", key: "note", value: bad },
        ]),
      );
      expect(() => notebook.setInputs([{ cellId: "other", key: "note", value: bad }])).toThrow(
        'The value of input "note" is not plain JSON.',
      );
      refused(() => notebook.addCell({ id: "bad", kind: "number", inputs: { name: "bad", value: bad } }));
      expect(() => notebook.addCell({ id: "bad", kind: "number", inputs: { value: bad } })).toThrow(
        'The inputs of cell "bad" are not plain JSON.',
      );
      refused(() => notebook.restore({ cells: [{ id: "bad", kind: "number", inputs: { value: bad } }] }));
      expect(() =>
        notebook.restore({ cells: [{ id: "bad", kind: "number", inputs: { value: bad } }] }),
      ).toThrow('The inputs of cell "bad" are not plain JSON.');
    }
    // What is JSON passes: null, nested lists and objects, an object without a prototype.
    const bare = Object.assign(Object.create(null) as Record<string, Json>, { a: [1, null, "x"] });
    notebook.setInput("other", "note", { list: [null, true, "x", [1.5]], bare });
    expect(notebook.snapshot().cells.find((cell) => cell.id === "other")?.inputs.note).toEqual({
      list: [null, true, "x", [1.5]],
      bare: { a: [1, null, "x"] },
    });
  });

  it("records nothing, tells no one and recomputes nothing when a cell is moved to where it is", () => {
    const { notebook, computed } = notebookWith(chain);
    let heard = 0;
    notebook.subscribe(() => heard++);
    const cells = notebook.cells();
    for (const [id, index] of [
      ["ratio", 0],
      ["scores", 2],
      ["other", 5],
    ] as const)
      notebook.moveCell(id, index);
    expect(notebook.cells()).toBe(cells);
    expect(heard).toBe(0);
    expect(notebook.canUndo()).toBe(false);
    expect(computed).toEqual([]);
    // A move away and back is two edits, each undone on its own.
    notebook.moveCell("scores", 0);
    notebook.moveCell("scores", 2);
    expect(heard).toBe(2);
    expect(notebook.cells().map((cell) => cell.id)).toEqual(chain.map((cell) => cell.id));
    expect(notebook.undo()).toBe(true);
    expect(notebook.cells()[0]?.id).toBe("scores");
    expect(notebook.undo()).toBe(true);
    expect(notebook.cells().map((cell) => cell.id)).toEqual(chain.map((cell) => cell.id));
    expect(notebook.canUndo()).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties over random notebooks and random edits. Cells publish one of a few names and read some of them,
// so that missing names, repeated names and cycles all happen.

const NAMES = ["a", "b", "c", "d", "e"];
const nameArb = fc.constantFrom(...NAMES);
const cellArb = fc.oneof(
  fc.record({
    kind: fc.constant("number"),
    inputs: fc.record({ name: nameArb, value: fc.integer({ min: -50, max: 50 }) }),
  }),
  fc.record({
    kind: fc.constant("sum"),
    inputs: fc.record({ name: nameArb, of: fc.uniqueArray(nameArb, { maxLength: 3 }) }),
  }),
);
const editArb = fc.oneof(
  fc.record({ type: fc.constant("value" as const), at: fc.nat(), value: fc.integer({ min: -50, max: 50 }) }),
  fc.record({ type: fc.constant("name" as const), at: fc.nat(), name: nameArb }),
  fc.record({
    type: fc.constant("of" as const),
    at: fc.nat(),
    of: fc.uniqueArray(nameArb, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant("add" as const), at: fc.nat(), cell: cellArb }),
  fc.record({ type: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({ type: fc.constant("move" as const), at: fc.nat(), to: fc.nat() }),
);
type RandomEdit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;
const startArb = fc.array(cellArb, { maxLength: 8 }).map((cells) => ({
  cells: cells.map((cell, i) => ({ id: `c${i}`, ...cell })),
}));

function apply(notebook: Notebook, edit: RandomEdit, serial: number): string | undefined {
  const ids = notebook.cells().map((cell) => cell.id);
  const target = ids[edit.at % Math.max(ids.length, 1)];
  switch (edit.type) {
    case "add":
      notebook.addCell({ id: `n${serial}`, ...edit.cell }, edit.at % (ids.length + 1));
      return undefined;
    case "remove":
      if (target !== undefined) notebook.removeCell(target);
      return undefined;
    case "move":
      if (target !== undefined) notebook.moveCell(target, edit.to % ids.length);
      return undefined;
    case "value":
      if (target !== undefined && notebook.cells().find((cell) => cell.id === target)?.kind === "number") {
        notebook.setInput(target, "value", edit.value);
        return target;
      }
      return undefined;
    case "name":
      if (target !== undefined) notebook.setInput(target, "name", edit.name);
      return undefined;
    case "of":
      if (target !== undefined) notebook.setInput(target, "of", edit.of);
      return undefined;
  }
}

/** What each cell should hold, by plain recursion over the snapshot: a number, or "error". */
function reference(snapshot: NotebookSnapshot): Map<string, number | "error"> {
  const cells = snapshot.cells;
  const result = new Map<string, number | "error">();
  const visiting = new Set<string>();
  const evaluate = (id: string): number | "error" => {
    const known = result.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return "error";
    visiting.add(id);
    const cell = cells.find((candidate) => candidate.id === id);
    let value: number | "error" = "error";
    if (cell?.kind === "number") value = Number(cell.inputs.value);
    else if (cell) {
      value = 0;
      for (const name of names(cell.inputs.of)) {
        const providers = cells.filter((candidate) => candidate.inputs.name === name);
        const read = providers.length === 1 ? evaluate((providers[0] as { id: string }).id) : "error";
        if (read === "error") {
          value = "error";
          break;
        }
        value += read;
      }
    }
    visiting.delete(id);
    result.set(id, value);
    return value;
  };
  for (const cell of cells) evaluate(cell.id);
  return result;
}

function valuesNow(notebook: Notebook): Map<string, number | "error"> {
  return new Map(
    notebook.cells().map((cell) => {
      const output = cell.output;
      const value = output.kind === "ok" ? output.values[nameOf(cell.inputs)] : undefined;
      return [cell.id, typeof value === "number" ? value : "error"];
    }),
  );
}

/** The names a random cell reads: only sum cells read; a number cell ignores an `of` input. */
const readsOf = (cell: { kind: string; inputs: CellInputs } | undefined): string[] =>
  cell?.kind === "sum" ? names(cell.inputs.of) : [];

/** The cell and every cell that reads, directly or not, a name it publishes: from the snapshot alone. */
function expectedDependents(snapshot: NotebookSnapshot, start: string): Set<string> {
  const found = new Set([start]);
  for (let grew = true; grew;) {
    grew = false;
    for (const cell of snapshot.cells) {
      if (found.has(cell.id)) continue;
      const reads = readsOf(cell);
      if (snapshot.cells.some((other) => found.has(other.id) && reads.includes(nameOf(other.inputs)))) {
        found.add(cell.id);
        grew = true;
      }
    }
  }
  return found;
}

describe("properties over random edits", () => {
  it("after any sequence of edits, every output equals a full recompute from scratch and the reference", () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { maxLength: 25 }), (start, edits) => {
        const notebook = createNotebook(registry);
        notebook.restore(start);
        edits.forEach((edit, i) => {
          apply(notebook, edit, i);
          const fresh = createNotebook(registry);
          fresh.restore(notebook.snapshot());
          expect(notebook.cells()).toEqual(fresh.cells());
          expect(valuesNow(notebook)).toEqual(reference(notebook.snapshot()));
        });
      }),
      { numRuns: 200 },
    );
  });

  it("a changed value recomputes exactly its cell and its transitive dependents, dependencies first", () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { maxLength: 25 }), (start, edits) => {
        const computed: string[] = [];
        const notebook = createNotebook(registry, { onCompute: (id) => computed.push(id) });
        notebook.restore(start);
        edits.forEach((edit, i) => {
          computed.length = 0;
          const before = notebook.snapshot();
          const changed = apply(notebook, edit, i);
          if (changed === undefined || edit.type !== "value") return;
          const unchanged = before.cells.find((cell) => cell.id === changed)?.inputs.value === edit.value;
          const expected = unchanged ? new Set<string>() : expectedDependents(notebook.snapshot(), changed);
          expect(new Set(computed)).toEqual(expected);
          expect(computed.length).toBe(expected.size);
          // Each recomputed cell comes after every recomputed cell it reads from, unless it sits on a loop
          // (then it is an error whatever it reads).
          const snapshot = notebook.snapshot();
          const cellOf = (id: string) => snapshot.cells.find((candidate) => candidate.id === id);
          const onLoop = (id: string) =>
            readsOf(cellOf(id)).includes(nameOf(cellOf(id)?.inputs ?? {})) ||
            [...expectedDependents(snapshot, id)].some(
              (other) => other !== id && expectedDependents(snapshot, other).has(id),
            );
          computed.forEach((id, position) => {
            if (onLoop(id)) return;
            for (const later of computed.slice(position + 1)) {
              const reads = readsOf(cellOf(id)).includes(nameOf(cellOf(later)?.inputs ?? {}));
              if (reads) throw new Error(`${id} ran before ${later}, which it reads`);
            }
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it("undoing every edit restores the initial snapshot and outputs; redoing them restores the final ones", () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { maxLength: 25 }), (start, edits) => {
        const notebook = createNotebook(registry);
        notebook.restore(start);
        const initial = { snapshot: notebook.snapshot(), cells: notebook.cells() };
        edits.forEach((edit, i) => apply(notebook, edit, i));
        const final = { snapshot: notebook.snapshot(), cells: notebook.cells() };
        while (notebook.canUndo()) notebook.undo();
        expect(notebook.snapshot()).toEqual(initial.snapshot);
        expect(notebook.cells()).toEqual(initial.cells);
        while (notebook.canRedo()) notebook.redo();
        expect(notebook.snapshot()).toEqual(final.snapshot);
        expect(notebook.cells()).toEqual(final.cells);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the input keys set since a step last looked", () => {
  /** A kind that takes its changes on each computation and records what it got. */
  function recorder() {
    const seen: { keys: string[] | undefined; sinceWasLast: boolean }[] = [];
    let lastInputs: CellInputs | undefined;
    let fail = false;
    const kind: CellKind = {
      reads: (inputs) => names(inputs.of),
      outputs: () => ["recorded"],
      compute: (inputs, _values, memory) => {
        const changes = takeInputChanges(memory, inputs);
        seen.push({
          keys: changes && [...changes.keys].sort(),
          sinceWasLast: changes !== undefined && changes.since === lastInputs,
        });
        if (fail) throw new CellError({ en: "Planted failure.", fr: "Échec voulu." });
        lastInputs = inputs;
        return { values: { recorded: seen.length } };
      },
    };
    return { kind, seen, failNext: (on: boolean) => (fail = on) };
  }

  it("says which keys were set, since which inputs, and nothing known after recomputeAll or restore", () => {
    const { kind, seen } = recorder();
    const notebook = createNotebook({ ...registry, recorder: kind });
    notebook.addCell({ id: "r", kind: "recorder", inputs: { a: 1, b: 2 } });
    notebook.setInput("r", "a", 5);
    notebook.setInputs([
      { cellId: "r", key: "b", value: 3 },
      { cellId: "r", key: "c", value: 4 },
    ]);
    notebook.setInput("r", "a", undefined);
    notebook.undo();
    notebook.recomputeAll();
    notebook.setInput("r", "b", 9);
    notebook.restore(notebook.snapshot());
    expect(seen).toEqual([
      { keys: undefined, sinceWasLast: false },
      { keys: ["a"], sinceWasLast: true },
      { keys: ["b", "c"], sinceWasLast: true },
      { keys: ["a"], sinceWasLast: true },
      { keys: ["a"], sinceWasLast: true },
      { keys: undefined, sinceWasLast: false },
      { keys: ["b"], sinceWasLast: true },
      { keys: undefined, sinceWasLast: false },
    ]);
  });

  it("keeps the keys while the step does not run, and a step that failed does not match them", () => {
    const { kind, seen, failNext } = recorder();
    const notebook = createNotebook({ ...registry, recorder: kind });
    notebook.addCell({ id: "n", kind: "number", inputs: { name: "x", value: 1 } });
    notebook.addCell({ id: "r", kind: "recorder", inputs: { of: ["x"], a: 1 } });
    // The name it reads is gone: the engine reports it and does not run the step, twice.
    notebook.setInput("n", "name", "y");
    notebook.setInput("r", "a", 2);
    notebook.setInput("r", "b", 3);
    notebook.setInput("n", "name", "x");
    expect(seen.map((entry) => entry.keys)).toEqual([undefined, ["a", "b"]]);
    expect(seen[1]?.sinceWasLast).toBe(true);
    // A computation that fails after taking the changes: the next ones start from inputs it never finished.
    failNext(true);
    notebook.setInput("r", "a", 4);
    failNext(false);
    notebook.setInput("r", "a", 5);
    expect(seen.slice(2)).toEqual([
      { keys: ["a"], sinceWasLast: true },
      { keys: ["a"], sinceWasLast: false },
    ]);
  });
});
