/**
 * The plan as it persists — in the document, in the browser's storage, or in an exported JSON file — and the
 * one way to read it back. A plan is versioned (`version: 1` today); what cannot be read, or was written by a
 * newer CSM Kit, is reported with its raw text so that the caller can keep it aside: nothing is dropped.
 */
import { z } from "zod";
import type { PlanCodec, PlanReading } from "../../addin/plan-store";
import type { CellSpec, NotebookSnapshot } from "../engine/types";
import type { Bilingual } from "../../functions/excel/language";
import { CURRENCY_CODES } from "./currency";
import { planOverLimits } from "./limits";

/** The version this CSM Kit writes, and the newest it reads. */
export const PLAN_VERSION = 1;

/** Marks a JSON file as a CSM Kit plan, so that importing some other JSON says so. */
export const PLAN_FORMAT = "csm-kit.plan";

/**
 * The deepest nesting a plan may have, counting the plan itself as level 1. A real plan nests about six
 * levels (plan › cells › cell › inputs › scores › action); the schema checks recursively, and thousands of
 * levels would overflow its stack, so deeper text is refused before the schema sees it.
 */
export const MAX_PLAN_DEPTH = 64;

/** The longest plan text read, in characters (about 100 MB in memory): longer text is refused unparsed. */
export const MAX_PLAN_LENGTH = 50_000_000;

/** The most values (objects, lists, texts, numbers…) a plan already parsed may hold. */
export const MAX_PLAN_VALUES = 5_000_000;

const cellSchema = z.strictObject({
  id: z.string().min(1).max(200),
  kind: z.string().min(1).max(100),
  inputs: z.record(z.string(), z.json()),
  /** Position in the notebook: cells are shown by increasing order. */
  order: z.number().int().min(0),
});

/** The persisted plan, version 1. Unknown fields are refused, not dropped. */
export const planSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  metadata: z.strictObject({
    title: z.string().max(200).optional(),
    language: z.enum(["en", "fr"]).optional(),
    /** The currency of every amount; absent: the language's (see ./currency.ts). */
    currency: z.enum(CURRENCY_CODES).optional(),
    createdAt: z.iso.datetime().optional(),
    updatedAt: z.iso.datetime().optional(),
  }),
  cells: z
    .array(cellSchema)
    .max(10_000)
    .superRefine((cells, context) => {
      const seen = new Set<string>();
      cells.forEach((cell, index) => {
        if (seen.has(cell.id)) {
          context.addIssue({
            code: "custom",
            path: [index, "id"],
            message: `repeats the cell id "${cell.id}"`,
          });
        }
        seen.add(cell.id);
      });
    }),
});

/** A plan as CSM Kit reads and writes it. */
export type Plan = z.infer<typeof planSchema>;

/** The metadata of a plan. */
export type PlanMetadata = Plan["metadata"];

/** What reading a plan gives: the plan, or the problem with its raw text. */
export type PlanRead = PlanReading<Plan>;

const unreadable = (raw: string, reason: Bilingual): PlanRead => ({ kind: "unreadable", reason, raw });

/**
 * Why a parsed value is too deep or too large to be a plan, or `undefined` when it is within bounds. An
 * iteration with its own stack, never a recursion: it must not overflow on the very values it refuses.
 */
function outOfBounds(value: unknown): Bilingual | undefined {
  const stack: [unknown, number][] = [[value, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [next, depth] = stack.pop() ?? [null, 0];
    if (++count > MAX_PLAN_VALUES)
      return {
        en: `The saved plan holds more than ${MAX_PLAN_VALUES.toLocaleString("en")} values, more than CSM Kit reads.`,
        fr: `Le plan enregistré contient plus de ${MAX_PLAN_VALUES.toLocaleString("fr")} valeurs, plus que ce que CSM Kit lit.`,
      };
    if (depth > MAX_PLAN_DEPTH)
      return {
        en: `The saved plan nests values more than ${MAX_PLAN_DEPTH} levels deep; a CSM Kit plan never does (it may have been edited by hand or made by another program).`,
        fr: `Le plan enregistré imbrique des valeurs sur plus de ${MAX_PLAN_DEPTH} niveaux ; un plan CSM Kit ne le fait jamais (il a peut-être été modifié à la main ou produit par un autre programme).`,
      };
    if (typeof next !== "object" || next === null) continue;
    for (const child of Object.values(next)) stack.push([child, depth + 1]);
  }
  return undefined;
}

function rawText(json: unknown): string {
  if (typeof json === "string") return json;
  try {
    return JSON.stringify(json) ?? String(json);
  } catch {
    // Too deep for JSON.stringify, or a cycle; String() itself throws on an object without a prototype.
    return Object.prototype.toString.call(json);
  }
}

/**
 * Reads a stored or imported plan, never throwing: the plan when it is a valid version-1 plan; otherwise
 * `unreadable` (with the reason) or `newer` (with its version), each with the raw text to keep aside.
 *
 * @param json - the stored text, or a value already parsed from JSON
 * @returns the plan, or what is wrong and the raw text
 * @example
 * readPlan('{"format":"csm-kit.plan","version":1,"metadata":{},"cells":[]}').kind
 * //=> "ok"
 * @example
 * readPlan('{"format":"csm-kit.plan","version":7}')
 * //=> { kind: "newer", version: 7, raw: '{"format":"csm-kit.plan","version":7}' }
 */
export function readPlan(json: unknown): PlanRead {
  const raw = rawText(json);
  try {
    return readBounded(json, raw);
  } catch {
    // Not expected: every known way to throw is checked first. Still, reading a plan never throws.
    return unreadable(raw, {
      en: "The saved plan cannot be read: it is not a plan CSM Kit can check.",
      fr: "Le plan enregistré est illisible : ce n'est pas un plan que CSM Kit peut vérifier.",
    });
  }
}

/** {@link readPlan}, which may throw on what it did not foresee. */
function readBounded(json: unknown, raw: string): PlanRead {
  if (typeof json === "string" && json.length > MAX_PLAN_LENGTH) {
    return unreadable(raw, {
      en: `The saved plan is ${json.length.toLocaleString("en")} characters long; CSM Kit reads plans of up to ${MAX_PLAN_LENGTH.toLocaleString("en")}.`,
      fr: `Le plan enregistré fait ${json.length.toLocaleString("fr")} caractères ; CSM Kit lit des plans d'au plus ${MAX_PLAN_LENGTH.toLocaleString("fr")}.`,
    });
  }
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch {
      return unreadable(raw, {
        en: "The saved plan is not valid JSON (it may have been cut short or edited by hand).",
        fr: "Le plan enregistré n'est pas du JSON valide (il a peut-être été tronqué ou modifié à la main).",
      });
    }
  }
  const tooLarge = outOfBounds(value);
  if (tooLarge !== undefined) return unreadable(raw, tooLarge);
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("format" in value)) {
    return unreadable(raw, {
      en: "This is not a CSM Kit plan: it does not say it is one.",
      fr: "Ce n'est pas un plan CSM Kit : il ne se présente pas comme tel.",
    });
  }
  const { format, version } = value as { format: unknown; version?: unknown };
  if (format !== PLAN_FORMAT) {
    return unreadable(raw, {
      en: "This is not a CSM Kit plan: it says it is something else.",
      fr: "Ce n'est pas un plan CSM Kit : il se présente comme autre chose.",
    });
  }
  if (typeof version === "number" && Number.isInteger(version) && version > PLAN_VERSION) {
    return { kind: "newer", version, raw };
  }
  const parsed = planSchema.safeParse(value);
  if (parsed.success) {
    // zod rebuilds each record key by key, and a key named "__proto__" (an action's id can be anything) would
    // set the prototype instead of staying a key: keep the inputs as JSON.parse made them, now validated.
    type Inputs = Plan["cells"][number]["inputs"];
    const rawCells = (value as unknown as { cells: { inputs: Inputs }[] }).cells;
    const cells = parsed.data.cells.map((cell, i) => ({
      ...cell,
      inputs: rawCells[i]?.inputs ?? cell.inputs,
    }));
    // Beyond the actions or accounts a plan takes: refused whole, kept aside by the caller, never cut.
    const over = planOverLimits(cells);
    if (over !== undefined) return unreadable(raw, over);
    return { kind: "ok", plan: { ...parsed.data, cells } };
  }
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join(".") ?? "";
  return unreadable(raw, {
    en: `The saved plan cannot be read: ${path === "" ? "in the plan itself" : `at "${path}"`}, ${issue?.message ?? "a value is not valid"}.`,
    fr: `Le plan enregistré est illisible : ${path === "" ? "le plan lui-même" : `la valeur à « ${path} »`} n'est pas valide.`,
  });
}

/**
 * Writes a plan as pretty JSON, for the document, the browser's storage or an exported file.
 *
 * @param plan - a valid plan
 * @returns JSON text that {@link importPlan} reads back
 * @example
 * exportPlan({ format: "csm-kit.plan", version: 1, metadata: {}, cells: [] })
 * //=> '{\n  "format": "csm-kit.plan",\n  "version": 1,\n  "metadata": {},\n  "cells": []\n}'
 */
export function exportPlan(plan: Plan): string {
  return JSON.stringify(plan, null, 2);
}

/**
 * Reads a plan from text a person imported (a file): the same outcomes as {@link readPlan}.
 *
 * @param text - the file's text
 * @returns the plan, or what is wrong and the raw text
 * @example
 * importPlan("not json").kind
 * //=> "unreadable"
 */
export function importPlan(text: string): PlanRead {
  return readPlan(text);
}

/**
 * The plan that persists a notebook: its cells with their order, and the given metadata.
 *
 * @param snapshot - the notebook's cells in order
 * @param metadata - title, language, dates
 * @returns the plan
 * @example
 * planFromSnapshot({ cells: [{ id: "c1", kind: "calculation", inputs: { name: "x", expression: "1" } }] }, {}).cells[0].order
 * //=> 0
 */
export function planFromSnapshot(snapshot: NotebookSnapshot, metadata: PlanMetadata): Plan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    metadata,
    // A JSON round trip: a plain, mutable copy of the engine's frozen inputs, typed as the schema's JSON.
    cells: snapshot.cells.map((cell, order) => ({
      id: cell.id,
      kind: cell.kind,
      inputs: JSON.parse(JSON.stringify(cell.inputs)) as Plan["cells"][number]["inputs"],
      order,
    })),
  };
}

/**
 * The notebook snapshot a plan restores: its cells sorted by order (ties keep their place in the file).
 *
 * @param plan - a valid plan
 * @returns the cells in notebook order
 * @example
 * snapshotFromPlan({ format: "csm-kit.plan", version: 1, metadata: {}, cells: [
 *   { id: "b", kind: "k", inputs: {}, order: 2 }, { id: "a", kind: "k", inputs: {}, order: 1 }] }).cells.map((c) => c.id)
 * //=> ["a", "b"]
 */
export function snapshotFromPlan(plan: Plan): NotebookSnapshot {
  const cells: CellSpec[] = plan.cells
    .map((cell, position) => ({ cell, position }))
    .sort((a, b) => a.cell.order - b.cell.order || a.position - b.position)
    .map(({ cell }) => ({ id: cell.id, kind: cell.kind, inputs: cell.inputs }));
  return { cells };
}

/** The plan codec the plan stores use: {@link readPlan} and {@link exportPlan}. */
export const planCodec: PlanCodec<Plan> = { read: readPlan, write: exportPlan };
