/**
 * The roadmap cell: candidate solutions for the actions the decisions send to automation, the validated ones
 * laid end to end as a timeline with its costs, and notes on the actions still without a validated solution.
 */
import { notOnRoadmap } from "../../functions/scaling/roadmap-drafts";
import { planRoadmap, type RoadmapItem, type Roadmap } from "../../functions/scaling/roadmap";
import { CellError, type CellKind, type Json, type Table, type TableCell } from "../engine/types";
import { changedAt, joined, messagesOf, remembered, tableOf } from "../engine/kind-helpers";
import { COLUMNS, type Rows } from "./columns";
import type { Bilingual } from "../../functions/excel/language";

const roadmapRows = (roadmap: Roadmap): readonly (readonly TableCell[])[] =>
  roadmap.timeline.map((entry) => [
    entry.actionId,
    entry.action,
    entry.solution,
    entry.kind,
    entry.owner,
    entry.priority,
    entry.oneOffCost,
    entry.monthlyCost,
    entry.weeks,
    entry.start,
    entry.end,
  ]);

/** The ids of the actions the decisions send to automation, in priority order, and the rows they came from. */
interface ToAutomate {
  readonly rows: Rows;
  /** The same array while the ids in it are the same. */
  readonly ids: readonly string[];
  /** The actions' names, by place: the same array while the names in it are the same. */
  readonly names: readonly string[];
}

/** The name a decisions row shows for its action: its label, else its id. */
const nameOf = (row: readonly TableCell[] | undefined): string => {
  const label = row?.[1];
  return typeof label === "string" && label.trim() !== "" ? label.trim() : String(row?.[0]);
};

/** The priority of a decisions row sent to automation, or 0. */
const automatePriority = (row: readonly TableCell[] | undefined): number =>
  row?.[6] === "automate" && typeof row[7] === "number" ? row[7] : 0;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The actions to automate in priority order. Priorities run 1, 2, 3… over them, so each id goes straight to
 * its place; after a few rows changed, only those are read: a place whose action changed holds a row whose
 * priority changed, so it is among them, and the list is cut at its new length.
 */
const toAutomate = (decisions: Table | undefined, last: ToAutomate | undefined): ToAutomate => {
  const rows = decisions?.rows ?? [];
  if (last?.rows === rows) return last;
  let ids: string[] = [];
  let names: string[] = [];
  let count = 0;
  let read: Iterable<number> = rows.keys();
  const changed = last === undefined ? undefined : changedAt(last.rows, rows);
  if (last !== undefined && changed !== undefined) {
    ids = last.ids.slice();
    names = last.names.slice();
    count = ids.length - changed.filter((i) => automatePriority(last.rows[i]) > 0).length;
    read = changed;
  }
  for (const i of read) {
    const priority = automatePriority(rows[i]);
    if (priority > 0) {
      ids[priority - 1] = String(rows[i]?.[0]);
      names[priority - 1] = nameOf(rows[i]);
      count++;
    }
  }
  ids.length = count;
  names.length = count;
  return {
    rows,
    ids: last !== undefined && sameIds(last.ids, ids) ? last.ids : ids,
    names: last !== undefined && sameIds(last.names, names) ? last.names : names,
  };
};

/** The roadmap planned from its own inputs, and the figures it publishes: kept while those inputs are. */
const plannedRoadmap = (start: Json | undefined, items: Json | undefined) => {
  const plan = planRoadmap({ start: start as string, items: (items ?? []) as unknown as RoadmapItem[] });
  if (!plan.ok) return { plan, values: undefined, onRoadmap: [] };
  const table: Table = { columns: COLUMNS.roadmap, rows: roadmapRows(plan) };
  const values = {
    roadmap: table,
    roadmapOneOff: plan.oneOffCost,
    roadmapMonthly: plan.monthlyCost,
    roadmapCost: plan.firstYearCost,
    roadmapWeeks: plan.weeks,
  };
  // The timeline as validated items, in its order: what the notes compare the actions to automate with.
  const onRoadmap: readonly RoadmapItem[] = plan.timeline.map(({ actionId, action }) => ({
    actionId,
    action,
    validated: true,
  }));
  return { plan, values, onRoadmap };
};

/** Whether two roadmaps publish the same figures and timeline (a few dozen rows: compared cell by cell). */
const sameFigures = (
  a: ReturnType<typeof plannedRoadmap>["values"],
  b: ReturnType<typeof plannedRoadmap>["values"],
) =>
  a !== undefined &&
  b !== undefined &&
  a.roadmapOneOff === b.roadmapOneOff &&
  a.roadmapMonthly === b.roadmapMonthly &&
  a.roadmapWeeks === b.roadmapWeeks &&
  a.roadmap.rows.length === b.roadmap.rows.length &&
  a.roadmap.rows.every((row, i) => row.every((cell, j) => Object.is(cell, b.roadmap.rows[i]?.[j])));

/**
 * What the person should know about the roadmap against the decisions: actions to automate without a
 * validated solution (in priority order), and actions on the roadmap no longer to automate — each by the
 * name the person sees, not its id.
 */
const roadmapNotes = (
  onRoadmap: readonly RoadmapItem[],
  toAutomate: readonly string[],
  names: readonly string[],
): Bilingual[] => {
  const notes: Bilingual[] = [];
  const missing = notOnRoadmap(toAutomate, onRoadmap);
  if (missing.length > 0) {
    const nameById = new Map(toAutomate.map((id, i) => [id, names[i] ?? id]));
    const list = missing.map((id) => nameById.get(id) ?? id).join(", ");
    notes.push({
      en: `${missing.length} action(s) to automate have no validated solution yet: ${list}.`,
      fr: `${missing.length} action(s) à automatiser n'ont pas encore de solution validée : ${list}.`,
    });
  }
  const wanted = new Set(toAutomate);
  const stale = [...new Set(onRoadmap.map((item) => item.actionId))].filter((id) => !wanted.has(id));
  if (stale.length > 0) {
    const nameOnRoadmap = (id: string) => {
      const action = onRoadmap.find((item) => item.actionId === id)?.action?.trim();
      return action === undefined || action === "" ? id : action;
    };
    const list = stale.map(nameOnRoadmap).join(", ");
    notes.push({
      en: `On the roadmap but no longer to automate by their scores: ${list}.`,
      fr: `Sur la feuille de route mais plus à automatiser d'après leurs scores : ${list}.`,
    });
  }
  return notes;
};

/**
 * Roadmap: candidate solutions for the actions to automate (input `items`: `RoadmapItem`[], input `start`:
 * the ISO date the first validated item starts); the validated ones, one after the other, make the timeline
 * and its costs. Notes name the actions still without a validated solution.
 */
export const roadmapKind: CellKind = {
  reads: () => ["decisions"],
  outputs: () => ["roadmap", "roadmapOneOff", "roadmapMonthly", "roadmapCost", "roadmapWeeks"],
  compute(inputs, values, memory) {
    const decisions = tableOf(values.decisions);
    const automate = toAutomate(decisions, memory.get("automate") as ToAutomate | undefined);
    memory.set("automate", automate);
    const {
      plan,
      values: planned,
      onRoadmap,
    } = remembered(memory, "plan", [inputs.start, inputs.items], plannedRoadmap);
    if (!plan.ok || planned === undefined)
      throw new CellError(joined(messagesOf(plan.ok ? [] : plan.problems)));
    // A candidate added or edited but not validated changes no figure: publish the same values again, so that
    // the capacity is not recomputed.
    const previous = memory.get("published") as typeof planned | undefined;
    const published = previous !== undefined && sameFigures(previous, planned) ? previous : planned;
    memory.set("published", published);
    const notes = remembered(memory, "notes", [onRoadmap, automate.ids, automate.names], roadmapNotes);
    return { table: published.roadmap, values: published, notes };
  },
};
