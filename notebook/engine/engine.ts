/**
 * The notebook engine: an ordered list of live cells, recomputed like a spreadsheet. Each cell has inputs
 * (JSON), a kind that says which names it reads and publishes, and a pure compute step. Changing an input
 * recomputes that cell and the cells that depend on it, transitively, in dependency order, and nothing else.
 * Every edit can be undone and redone. Plain TypeScript: no React, no DOM, no Office.
 */
import { computeCell, declaredNames, samePublished, type DeclaredNames } from "./compute";
import { buildGraph, changedNames, dependentsClosure, recomputeOrder, type Graph } from "./graph";
import { noteInputChange } from "./changes";
import { inverse, withInput, type Edit, type InputEdit } from "./edits";
import type {
  CellInputs,
  CellMemory,
  Json,
  CellOutput,
  CellSpec,
  CellView,
  KindRegistry,
  Notebook,
  NotebookChange,
  NotebookOptions,
} from "./types";
import { frozenCopy, isJson, sameJson } from "./values";

export type * from "./types";
export { CellError } from "./types";

interface Entry {
  spec: CellSpec;
  declared: DeclaredNames;
  output: CellOutput;
  memory: CellMemory;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  // Stryker disable next-line ArrowFunction: lists found different only send the edit through the rebuild path, which gives the same graph
  a.length === b.length && a.every((item, i) => item === b[i]);
const sameNames = (a: DeclaredNames, b: DeclaredNames) =>
  sameList(a.reads, b.reads) && sameList(a.outputs, b.outputs);

const PENDING: CellOutput = {
  kind: "error",
  message: { en: "Not computed yet.", fr: "Pas encore calculé." },
};

/**
 * Creates an empty notebook over a registry of cell kinds.
 *
 * @param registry - the compute step of every kind of cell, by kind name
 * @param options - a hook called on each computation, the length of the undo history
 * @returns the notebook
 * @example
 * const notebook = createNotebook({
 *   number: {
 *     reads: () => [],
 *     outputs: (inputs) => [inputs.name],
 *     compute: (inputs) => ({ values: { [inputs.name]: inputs.value } }),
 *   },
 * });
 * notebook.addCell({ id: "n", kind: "number", inputs: { name: "csms", value: 4 } });
 * notebook.output("n")
 * //=> { kind: "ok", values: { csms: 4 } }
 */
export function createNotebook(registry: KindRegistry, options: NotebookOptions = {}): Notebook {
  const historyLimit = options.historyLimit ?? 500;
  const entries = new Map<string, Entry>();
  let order: string[] = [];
  let graph: Graph = buildGraph([]);
  let view: readonly CellView[] = [];
  let computeCount = 0;
  let nextId = 1;
  const undoStack: Edit[] = [];
  const redoStack: Edit[] = [];
  const listeners = new Set<(change: NotebookChange) => void>();

  const entry = (id: string): Entry => {
    const found = entries.get(id);
    if (found === undefined) throw new Error(`The notebook has no cell "${id}".`);
    return found;
  };

  const rebuildGraph = (): Graph =>
    buildGraph(order.map((id) => ({ id, ...(entries.get(id) as Entry).declared })));

  /**
   * Recomputes the seeds and, in dependency order, the cells that read them. A cell is skipped when none
   * of the cells it reads from changed what they publish (early cut-off), so a score edit that leaves the
   * roadmap's figures as they were does not recompute the capacity.
   */
  function recompute(seeds: ReadonlySet<string>, dirty: ReadonlySet<string>): string[] {
    const ran: string[] = [];
    const changed = new Set<string>();
    for (const id of recomputeOrder(graph, dirty, order)) {
      const current = entry(id);
      if (!seeds.has(id) && !readsFrom(current, changed)) continue;
      const before = current.output;
      current.output = computeCell(
        registry,
        graph,
        current.spec,
        current.declared,
        // Stryker disable next-line OptionalChaining: the graph only names cells the notebook holds
        (other) => entries.get(other)?.output,
        current.memory,
      );
      if (!samePublished(before, current.output)) changed.add(id);
      computeCount++;
      ran.push(id);
      options.onCompute?.(id);
    }
    return ran;
  }

  /** Whether a cell reads a name published by one of `cells`, or sits in a cycle (its error may change). */
  function readsFrom(cell: Entry, cells: ReadonlySet<string>): boolean {
    if (graph.cyclic.has(cell.spec.id)) return true;
    // Stryker disable next-line ArrayDeclaration: a name nobody publishes has no provider that changed, made-up or not
    return cell.declared.reads.some((name) => (graph.providers.get(name) ?? []).some((id) => cells.has(id)));
  }

  function publish(recomputed: readonly string[]): void {
    view = order.map((id) => {
      const { spec, output } = entry(id);
      return { ...spec, output };
    });
    const failures: unknown[] = [];
    for (const listener of [...listeners]) {
      try {
        listener({ recomputed });
      } catch (thrown) {
        failures.push(thrown);
      }
    }
    // Every listener has heard the change; a failing one is reported to the caller, not swallowed.
    if (failures.length > 0) throw failures[0];
  }

  function setCell(spec: CellSpec): void {
    const previous = entries.get(spec.id);
    entries.set(spec.id, {
      spec,
      declared: declaredNames(registry, spec),
      output: previous?.output ?? PENDING,
      memory: previous?.spec.kind === spec.kind ? previous.memory : new Map(),
    });
  }

  function perform(edit: Edit): void {
    // Stryker disable next-line ArrayDeclaration: a seed that is no cell of the notebook is skipped by the closure and the order
    const seeds: string[] = [];
    switch (edit.type) {
      case "move":
        order.splice(edit.from, 1);
        order.splice(edit.to, 0, edit.id);
        publish([]);
        return;
      case "input":
      case "inputs": {
        // Stryker disable next-line BooleanLiteral: the rebuild path gives the same graph when the names did not change
        let namesChanged = false;
        for (const one of edit.type === "input" ? [edit] : edit.edits) {
          const { spec, declared } = entry(one.id);
          setCell({ ...spec, inputs: withInput(spec.inputs, one.key, one.to) });
          noteInputChange(entry(one.id).memory, one.key);
          seeds.push(one.id);
          namesChanged ||= !sameNames(declared, entry(one.id).declared);
        }
        // Most edits change a value, not what the cell reads or publishes: the graph stays as it is.
        // Stryker disable next-line BlockStatement: without the shortcut, the rebuild path gives the same graph and seeds
        if (!namesChanged) {
          publish(recompute(new Set(seeds), dependentsClosure(graph, seeds)));
          return;
        }
        break;
      }
      case "add":
        setCell(edit.cell);
        order.splice(edit.index, 0, edit.cell.id);
        seeds.push(edit.cell.id);
        break;
      case "remove":
        entries.delete(edit.cell.id);
        order.splice(edit.index, 1);
        break;
    }
    const before = graph;
    graph = rebuildGraph();
    // Stryker disable next-line ArrayDeclaration: a seed that is no cell of the notebook is skipped by the closure and the order
    for (const name of changedNames(before, graph)) seeds.push(...(graph.readers.get(name) ?? []));
    for (const id of graph.cyclic) if (!before.cyclic.has(id)) seeds.push(id);
    for (const id of before.cyclic) if (!graph.cyclic.has(id)) seeds.push(id);
    publish(recompute(new Set(seeds), dependentsClosure(graph, seeds)));
  }

  function record(edit: Edit): void {
    undoStack.push(edit);
    if (undoStack.length > historyLimit) undoStack.shift();
    redoStack.length = 0;
    perform(edit);
  }

  function checkIndex(index: number, max: number): void {
    if (!Number.isInteger(index) || index < 0 || index > max) {
      throw new RangeError(`Index ${index} is outside the notebook (0 to ${max}).`);
    }
  }

  function checkedSpec(cell: { readonly kind: string; readonly id?: string; readonly inputs?: CellInputs }) {
    const id = cell.id ?? freshId();
    if (id === "" || entries.has(id))
      throw new Error(`The notebook already has a cell "${id}", or it is empty.`);
    const inputs = cell.inputs ?? {};
    if (!isJson(inputs)) throw new TypeError(`The inputs of cell "${id}" are not plain JSON.`);
    return { id, kind: cell.kind, inputs: frozenCopy(inputs) };
  }

  function freshId(): string {
    while (entries.has(`cell-${nextId}`)) nextId++;
    return `cell-${nextId++}`;
  }

  return {
    cells: () => view,
    output: (cellId) => entries.get(cellId)?.output,
    addCell(cell, index = order.length) {
      checkIndex(index, order.length);
      const spec = checkedSpec(cell);
      record({ type: "add", cell: spec, index });
      return spec.id;
    },
    removeCell(cellId) {
      const { spec } = entry(cellId);
      record({ type: "remove", cell: spec, index: order.indexOf(cellId) });
    },
    moveCell(cellId, index) {
      entry(cellId);
      checkIndex(index, order.length - 1);
      const from = order.indexOf(cellId);
      if (from !== index) record({ type: "move", id: cellId, from, to: index });
    },
    setInputs(changes) {
      const edits: InputEdit[] = [];
      const pending = new Map<string, Json | undefined>();
      for (const { cellId, key, value } of changes) {
        const { spec } = entry(cellId);
        if (value !== undefined && !isJson(value))
          throw new TypeError(`The value of input "${key}" is not plain JSON.`);
        const slot = `${cellId}\u0000${key}`;
        const from = pending.has(slot)
          ? pending.get(slot)
          : Object.hasOwn(spec.inputs, key)
            ? spec.inputs[key]
            : undefined;
        if (sameJson(from, value)) continue;
        const to = value === undefined ? undefined : frozenCopy(value);
        pending.set(slot, to);
        // Stryker disable next-line StringLiteral: perform and inverse read the type of the group, not of its edits
        edits.push({ type: "input", id: cellId, key, from, to });
      }
      if (edits.length > 0) record({ type: "inputs", edits });
    },
    setInput(cellId, key, value) {
      const { spec } = entry(cellId);
      if (value !== undefined && !isJson(value))
        throw new TypeError(`The value of input "${key}" is not plain JSON.`);
      const from = Object.hasOwn(spec.inputs, key) ? spec.inputs[key] : undefined;
      if (sameJson(from, value)) return;
      const to = value === undefined ? undefined : frozenCopy(value);
      record({ type: "input", id: cellId, key, from, to });
    },
    undo() {
      const edit = undoStack.pop();
      if (edit === undefined) return false;
      redoStack.push(edit);
      perform(inverse(edit));
      return true;
    },
    redo() {
      const edit = redoStack.pop();
      if (edit === undefined) return false;
      undoStack.push(edit);
      perform(edit);
      return true;
    },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => ({ cells: order.map((id) => entry(id).spec) }),
    restore(snapshot) {
      const ids = new Set<string>();
      const specs = snapshot.cells.map((cell) => {
        if (ids.has(cell.id) || cell.id === "")
          throw new Error(`The snapshot repeats the cell "${cell.id}", or it is empty.`);
        ids.add(cell.id);
        if (!isJson(cell.inputs)) throw new TypeError(`The inputs of cell "${cell.id}" are not plain JSON.`);
        return { id: cell.id, kind: cell.kind, inputs: frozenCopy(cell.inputs) };
      });
      entries.clear();
      order = specs.map((spec) => spec.id);
      for (const spec of specs) setCell(spec);
      graph = rebuildGraph();
      undoStack.length = 0;
      redoStack.length = 0;
      publish(recompute(new Set(order), new Set(order)));
    },
    recomputeAll() {
      for (const { memory } of entries.values()) memory.clear();
      publish(recompute(new Set(order), new Set(order)));
    },
    get computeCount() {
      return computeCount;
    },
  };
}
