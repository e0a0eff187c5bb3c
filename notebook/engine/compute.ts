/**
 * Computing one cell: gathering the values it reads, running its kind's compute step, and turning every way
 * this can go wrong (a kind that cannot say what the cell reads or publishes, a cycle, a missing or ambiguous
 * name, an upstream error, a compute step that throws or forgets an output) into an error output on that cell
 * with a message, never an exception.
 */
import type { Bilingual } from "../../functions/excel/language";
import { dictionary, own } from "../../functions/excel/keyed";
import type { Graph } from "./graph";
import {
  CellError,
  type CellMemory,
  type CellOutput,
  type CellSpec,
  type KindRegistry,
  type NamedValue,
} from "./types";

const error = (message: Bilingual): CellOutput => ({ kind: "error", message });

/** Messages of the engine, in English and French. */
export const engineMessages = {
  unknownKind: (kind: string): Bilingual => ({
    en: `This cell is of a kind CSM Kit does not know ("${kind}"); it may come from a newer version. Update CSM Kit or remove the cell.`,
    fr: `Cette cellule est d'un type inconnu de CSM Kit (« ${kind} ») ; elle vient peut-être d'une version plus récente. Mettez CSM Kit à jour ou supprimez la cellule.`,
  }),
  cycle: (): Bilingual => ({
    en: "This cell depends on itself through a loop of references; remove one of the references in the loop.",
    fr: "Cette cellule dépend d'elle-même par une boucle de références ; retirez une des références de la boucle.",
  }),
  undefinedName: (name: string): Bilingual => ({
    en: `No cell computes "${name}"; check the spelling or add the cell that computes it.`,
    fr: `Aucune cellule ne calcule « ${name} » ; vérifiez l'orthographe ou ajoutez la cellule qui le calcule.`,
  }),
  ambiguousName: (name: string, cells: readonly string[]): Bilingual => ({
    en: `Several cells compute "${name}" (${cells.join(", ")}); rename all but one.`,
    fr: `Plusieurs cellules calculent « ${name} » (${cells.join(", ")}) ; renommez-les toutes sauf une.`,
  }),
  upstreamError: (name: string): Bilingual => ({
    en: `"${name}" is not available because the cell that computes it has an error; fix that cell first.`,
    fr: `« ${name} » n'est pas disponible, car la cellule qui le calcule est en erreur ; corrigez d'abord cette cellule.`,
  }),
  missingOutput: (name: string): Bilingual => ({
    en: `This cell did not produce "${name}"; check its inputs.`,
    fr: `Cette cellule n'a pas produit « ${name} » ; vérifiez ses entrées.`,
  }),
  failed: (detail: string): Bilingual => ({
    en: `This cell could not be computed: ${detail}. Check its inputs.`,
    fr: `Cette cellule n'a pas pu être calculée : ${detail}. Vérifiez ses entrées.`,
  }),
  undeclared: (detail: string): Bilingual => ({
    en: `CSM Kit could not tell which names this cell reads or publishes: ${detail}. Check its inputs.`,
    fr: `CSM Kit n'a pas pu déterminer quels noms cette cellule lit ou publie : ${detail}. Vérifiez ses entrées.`,
  }),
};

/** What a thrown value says to the person: a {@link CellError}'s own text, or the failure with its detail. */
const reported = (thrown: unknown, message: (detail: string) => Bilingual): Bilingual =>
  thrown instanceof CellError
    ? thrown.text
    : message(thrown instanceof Error ? thrown.message : String(thrown));

/**
 * Whether a new output changes nothing for the cells that read it: both computed, and every published value
 * the same object (or the same number). Compute steps that reuse their results make this cheap and exact.
 *
 * @param before - the cell's previous output
 * @param after - its new output
 * @returns true when its readers need not recompute
 * @example
 * const table = { columns: ["x"], rows: [[1]] };
 * samePublished({ kind: "ok", values: { t: table, n: 2 } }, { kind: "ok", values: { t: table, n: 2 } })
 * //=> true
 */
export function samePublished(before: CellOutput | undefined, after: CellOutput): boolean {
  if (before?.kind !== "ok" || after.kind !== "ok") return false;
  const names = Object.keys(after.values);
  if (names.length !== Object.keys(before.values).length) return false;
  return names.every(
    (name) => Object.hasOwn(before.values, name) && Object.is(before.values[name], after.values[name]),
  );
}

/** The names a cell reads and publishes. */
export interface DeclaredNames {
  readonly reads: readonly string[];
  readonly outputs: readonly string[];
  /** Why the kind could not say them: its `reads` or `outputs` threw. The cell then shows this as its error. */
  readonly failure?: Bilingual;
}

/**
 * The names a cell reads and publishes according to its kind, without duplicates; none when the kind is
 * unknown. When the kind's `reads` or `outputs` throws, that list is empty and `failure` says why (a
 * {@link CellError}'s own text, or the exception's message), for {@link computeCell} to show on the cell.
 *
 * @param registry - the kinds the notebook knows
 * @param cell - the cell
 * @returns its declared names
 * @example
 * declaredNames({}, { id: "c1", kind: "unknown", inputs: {} })
 * //=> { reads: [], outputs: [] }
 * @example
 * const strict = { reads: () => { throw new Error("no list given"); }, outputs: () => ["x", "x"] };
 * declaredNames({ strict }, { id: "c1", kind: "strict", inputs: {} })
 * //=> { reads: [], outputs: ["x"], failure: { en: "CSM Kit could not tell which names this cell reads or publishes: no list given. Check its inputs.", fr: "CSM Kit n'a pas pu déterminer quels noms cette cellule lit ou publie : no list given. Vérifiez ses entrées." } }
 */
export function declaredNames(registry: KindRegistry, cell: CellSpec): DeclaredNames {
  const kind = Object.hasOwn(registry, cell.kind) ? registry[cell.kind] : undefined;
  if (kind === undefined) return { reads: [], outputs: [] };
  let failure: Bilingual | undefined;
  const names = (list: () => readonly string[]): string[] => {
    try {
      return [...new Set(list())];
    } catch (thrown) {
      failure ??= reported(thrown, engineMessages.undeclared);
      return [];
    }
  };
  const reads = names(() => kind.reads(cell.inputs));
  const outputs = names(() => kind.outputs(cell.inputs));
  return failure === undefined ? { reads, outputs } : { reads, outputs, failure };
}

function isNamedValue(value: unknown): value is NamedValue {
  if (typeof value === "number") return true;
  if (Array.isArray(value)) return value.every((item) => typeof item === "number");
  if (typeof value !== "object" || value === null) return false;
  const table = value as { columns?: unknown; rows?: unknown };
  return Array.isArray(table.columns) && Array.isArray(table.rows);
}

/**
 * Computes one cell from the current outputs of the cells it reads.
 *
 * @param registry - the kinds the notebook knows
 * @param graph - the notebook's graph, built from the current cells
 * @param cell - the cell to compute
 * @param declared - what the cell reads and publishes, from {@link declaredNames}; its `failure`, if any, is
 *   the cell's error
 * @param outputOf - the current output of another cell, by id
 * @param memory - the cell's scratch space (see {@link CellMemory})
 * @returns the cell's new output; an error output when anything goes wrong
 * @example
 * const twice = { reads: () => ["x"], outputs: () => ["y"], compute: (_inputs, values) => ({ values: { y: values.x * 2 } }) };
 * const graph = buildGraph([{ id: "a", reads: [], outputs: ["x"] }, { id: "b", reads: ["x"], outputs: ["y"] }]);
 * const outputs = { a: { kind: "ok", values: { x: 21 } } };
 * computeCell({ twice }, graph, { id: "b", kind: "twice", inputs: {} }, { reads: ["x"], outputs: ["y"] }, (id) => outputs[id])
 * //=> { kind: "ok", values: { y: 42 } }
 */
export function computeCell(
  registry: KindRegistry,
  graph: Graph,
  cell: CellSpec,
  declared: DeclaredNames,
  outputOf: (id: string) => CellOutput | undefined,
  memory: CellMemory = new Map(),
): CellOutput {
  const kind = Object.hasOwn(registry, cell.kind) ? registry[cell.kind] : undefined;
  if (kind === undefined) return error(engineMessages.unknownKind(cell.kind));
  if (declared.failure !== undefined) return error(declared.failure);
  if (graph.cyclic.has(cell.id)) return error(engineMessages.cycle());
  const { reads, outputs } = declared;
  const read: [string, NamedValue][] = [];
  for (const name of reads) {
    const providers = graph.providers.get(name) ?? [];
    if (providers.length === 0) return error(engineMessages.undefinedName(name));
    if (providers.length > 1) return error(engineMessages.ambiguousName(name, [...providers].sort()));
    const source = outputOf(providers[0] as string);
    if (source?.kind !== "ok") return error(engineMessages.upstreamError(name));
    const value = own(source.values, name);
    if (value === undefined) return error(engineMessages.upstreamError(name));
    read.push([name, value]);
  }
  try {
    const result = kind.compute(cell.inputs, dictionary(read), memory);
    const published: [string, NamedValue][] = [];
    for (const name of outputs) {
      const value = result.values === undefined ? undefined : own(result.values, name);
      if (!isNamedValue(value)) return error(engineMessages.missingOutput(name));
      published.push([name, value]);
    }
    return {
      kind: "ok",
      values: dictionary(published),
      ...(result.table === undefined ? {} : { table: result.table }),
      ...(result.notes === undefined || result.notes.length === 0 ? {} : { notes: result.notes }),
    };
  } catch (thrown) {
    return error(reported(thrown, engineMessages.failed));
  }
}
