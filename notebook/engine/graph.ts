/**
 * The dependency graph of a notebook: which cell publishes each name, which cells read it, which cells sit on
 * a cycle, and in which order a set of cells must be recomputed. Pure functions over plain data; the engine
 * rebuilds the graph after each edit (linear in the number of cells and names) and diffs it with the last one.
 */

/** What the graph needs to know about a cell: what it reads and what it publishes. */
export interface GraphCell {
  readonly id: string;
  readonly reads: readonly string[];
  readonly outputs: readonly string[];
}

/** The notebook's dependencies, resolved by name. */
export interface Graph {
  /** Every published name and the cells that publish it, in notebook order (more than one is an error). */
  readonly providers: ReadonlyMap<string, readonly string[]>;
  /** Every name some cell reads, and the cells that read it. */
  readonly readers: ReadonlyMap<string, readonly string[]>;
  /** For each cell, the cells that read one of its names (its direct dependents). */
  readonly dependents: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each cell, the cells it reads from (its direct dependencies). */
  readonly dependencies: ReadonlyMap<string, ReadonlySet<string>>;
  /** The cells that take part in a cycle, including a cell that reads its own name. */
  readonly cyclic: ReadonlySet<string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Builds the graph of a notebook. A cell depends on every cell that publishes a name it reads (when a name
 * has several publishers, on all of them, so that it is recomputed when any of them changes).
 *
 * @param cells - the cells in notebook order
 * @returns the resolved graph
 * @example
 * buildGraph([
 *   { id: "a", reads: [], outputs: ["accounts"] },
 *   { id: "b", reads: ["accounts"], outputs: ["ratio"] },
 * ]).dependents.get("a")
 * //=> new Set(["b"])
 */
export function buildGraph(cells: readonly GraphCell[]): Graph {
  const providers = new Map<string, string[]>();
  const readers = new Map<string, string[]>();
  const dependents = new Map<string, Set<string>>();
  const dependencies = new Map<string, Set<string>>();
  for (const cell of cells) {
    dependents.set(cell.id, new Set());
    dependencies.set(cell.id, new Set());
    for (const name of cell.outputs) push(providers, name, cell.id);
    for (const name of cell.reads) push(readers, name, cell.id);
  }
  for (const cell of cells) {
    for (const name of cell.reads) {
      for (const provider of providers.get(name) ?? []) {
        // Stryker disable next-line OptionalChaining: the first loop made a set for every cell
        dependencies.get(cell.id)?.add(provider);
        // Stryker disable next-line OptionalChaining: the first loop made a set for every cell
        dependents.get(provider)?.add(cell.id);
      }
    }
  }
  return { providers, readers, dependents, dependencies, cyclic: cyclicCells(cells, dependencies) };
}

/** Tarjan's strongly connected components, iterative so that a long chain cannot overflow the stack. */
function cyclicCells(cells: readonly GraphCell[], dependencies: ReadonlyMap<string, ReadonlySet<string>>) {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  // Stryker disable next-line ArrayDeclaration: an item below the first root is never reached, each component stops at its root
  const stack: string[] = [];
  const cyclic = new Set<string>();
  let counter = 0;
  for (const root of cells) {
    if (index.has(root.id)) continue;
    const work: { id: string; next: Iterator<string> }[] = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: (dependencies.get(id) ?? new Set<string>()).values() });
    };
    open(root.id);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: Iterator<string> };
      const step = frame.next.next();
      if (!step.done) {
        const to = step.value;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(to) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      // Stryker disable next-line OptionalChaining: only cells are opened, and every cell has a set
      const selfLoop = dependencies.get(frame.id)?.has(frame.id) === true;
      if (component.length > 1 || selfLoop) for (const id of component) cyclic.add(id);
    }
  }
  return cyclic;
}

/**
 * The given cells and every cell that depends on them, directly or through others.
 *
 * @param graph - the notebook's graph
 * @param seeds - the cells that changed
 * @returns the seeds and all their transitive dependents
 * @example
 * const graph = buildGraph([
 *   { id: "a", reads: [], outputs: ["x"] },
 *   { id: "b", reads: ["x"], outputs: ["y"] },
 *   { id: "c", reads: [], outputs: ["z"] },
 * ]);
 * dependentsClosure(graph, ["a"])
 * //=> new Set(["a", "b"])
 */
export function dependentsClosure(graph: Graph, seeds: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const pending = [...seeds];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id) || !graph.dependents.has(id)) continue;
    seen.add(id);
    // Stryker disable next-line ArrayDeclaration: never used, the line above skips ids that are not cells
    for (const next of graph.dependents.get(id) ?? []) if (!seen.has(next)) pending.push(next);
  }
  return seen;
}

/**
 * Orders cells so that each comes after the cells it reads from (Kahn's algorithm, ties in notebook order).
 * Cells on a cycle come first: they are not computed, only marked as errors, which their dependents then see.
 *
 * @param graph - the notebook's graph
 * @param subset - the cells to order
 * @param notebookOrder - every cell id in notebook order, to break ties predictably
 * @returns the subset, dependencies first
 * @example
 * const graph = buildGraph([
 *   { id: "b", reads: ["x"], outputs: [] },
 *   { id: "a", reads: [], outputs: ["x"] },
 * ]);
 * recomputeOrder(graph, new Set(["a", "b"]), ["b", "a"])
 * //=> ["a", "b"]
 */
export function recomputeOrder(
  graph: Graph,
  subset: ReadonlySet<string>,
  notebookOrder: readonly string[],
): string[] {
  const order: string[] = [];
  const waiting = new Map<string, number>();
  for (const id of notebookOrder) {
    if (!subset.has(id)) continue;
    if (graph.cyclic.has(id)) {
      order.push(id);
      continue;
    }
    let count = 0;
    // Stryker disable next-line ArrayDeclaration: a made-up dependency is not in the subset and is not counted
    for (const dependency of graph.dependencies.get(id) ?? []) {
      if (subset.has(dependency) && !graph.cyclic.has(dependency)) count++;
    }
    waiting.set(id, count);
  }
  const ready = notebookOrder.filter((id) => waiting.get(id) === 0);
  for (let head = 0; head < ready.length; head++) {
    const id = ready[head] as string;
    order.push(id);
    // Stryker disable next-line ArrayDeclaration: a made-up dependent is not waiting and is skipped
    for (const next of graph.dependents.get(id) ?? []) {
      const left = waiting.get(next);
      if (left === undefined) continue;
      waiting.set(next, left - 1);
      if (left - 1 === 0) ready.push(next);
    }
  }
  return order;
}

/**
 * The names whose publishers differ between two graphs (as sets: moving cells changes nothing): their
 * readers must be recomputed, since a name may have appeared, disappeared, or become ambiguous.
 *
 * @param before - the graph before an edit
 * @param after - the graph after it
 * @returns the names whose list of publishers changed
 * @example
 * changedNames(buildGraph([]), buildGraph([{ id: "a", reads: [], outputs: ["x"] }]))
 * //=> ["x"]
 */
export function changedNames(before: Graph, after: Graph): string[] {
  const names = new Set([...before.providers.keys(), ...after.providers.keys()]);
  return [...names].filter((name) => {
    // Stryker disable next-line ArrayDeclaration: a name missing from one graph has publishers in the other, which a made-up one differs from too
    const a = before.providers.get(name) ?? [];
    // Stryker disable next-line ArrayDeclaration: a name missing from one graph has publishers in the other, which a made-up one differs from too
    const b = new Set(after.providers.get(name) ?? []);
    return a.length !== b.size || a.some((id) => !b.has(id));
  });
}
