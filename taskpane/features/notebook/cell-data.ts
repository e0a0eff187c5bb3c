/**
 * Reading what the notebook's cells hold in the shapes the views need: a cell by kind, its output table's
 * rows by column key, the actions and roadmap items of its inputs, and the numbers cells publish. No rule of
 * the audit is decided here: the cells computed it, the views only read it.
 */
import type { AuditedAction } from "../../../functions/scaling/audit";
import type { Decision } from "../../../functions/scaling/decisions";
import type { RoadmapItem } from "../../../functions/scaling/roadmap";
import type { CellView, Json, TableCell } from "../../../notebook/engine/types";
import { COLUMNS } from "../../../notebook/scaling-audit/columns";
import type { ActionItem } from "../../../notebook/scaling-audit/actions";
import { isObject, type JsonObject } from "../../../notebook/engine/kind-helpers";

/** The first cell of a kind, if the notebook has one. */
export const cellOfKind = (cells: readonly CellView[], kind: string): CellView | undefined =>
  cells.find((cell) => cell.kind === kind);

/** A cell's output rows, none while it is in error or has no table. */
export function outputRows(cell: CellView | undefined): readonly (readonly TableCell[])[] {
  return cell?.output.kind === "ok" ? (cell.output.table?.rows ?? []) : [];
}

/** Reads a row by the column keys of one of the scaling kinds' tables. */
function reader<K extends keyof typeof COLUMNS>(kind: K) {
  const keys: readonly string[] = COLUMNS[kind];
  return (row: readonly TableCell[], key: (typeof COLUMNS)[K][number]): TableCell =>
    row[keys.indexOf(key)] ?? null;
}

const numberOf = (cell: TableCell): number | null => (typeof cell === "number" ? cell : null);
const textOf = (cell: TableCell): string => (cell === null ? "" : String(cell));

/** One action as the decisions cell judged it: the audit's own fields, and its status. */
export type DecisionRow = Pick<
  AuditedAction,
  "id" | "label" | "stage" | "time" | "value" | "ratio" | "decision" | "priority"
> & { readonly status: string };

const decisionCell = reader("decisions");
const DECISIONS: readonly string[] = ["human", "arbitrate", "automate"];

/** The decisions cell's rows, in list order. */
export function decisionRows(cell: CellView | undefined): DecisionRow[] {
  return outputRows(cell).map((row) => {
    const decision = decisionCell(row, "decision");
    return {
      id: textOf(decisionCell(row, "id")),
      label: textOf(decisionCell(row, "action")),
      stage: textOf(decisionCell(row, "stage")),
      time: numberOf(decisionCell(row, "time")),
      value: numberOf(decisionCell(row, "value")),
      ratio: numberOf(decisionCell(row, "ratio")),
      decision: typeof decision === "string" && DECISIONS.includes(decision) ? (decision as Decision) : null,
      priority: numberOf(decisionCell(row, "priority")),
      status: textOf(decisionCell(row, "status")),
    };
  });
}

/** The actions to automate, highest priority first. */
export const automatePriorities = (rows: readonly DecisionRow[]): DecisionRow[] =>
  rows
    .filter((row) => row.decision === "automate" && row.priority !== null)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));

/** One validated solution placed on the roadmap's timeline. */
export interface TimelineRow {
  readonly actionId: string;
  readonly action: string;
  readonly solution: string;
  readonly weeks: number;
  readonly start: string;
  readonly end: string;
}

const roadmapCell = reader("roadmap");

/** The roadmap cell's timeline, in order. */
export function timelineRows(cell: CellView | undefined): TimelineRow[] {
  return outputRows(cell).map((row) => ({
    actionId: textOf(roadmapCell(row, "actionId")),
    action: textOf(roadmapCell(row, "action")),
    solution: textOf(roadmapCell(row, "solution")),
    weeks: numberOf(roadmapCell(row, "weeks")) ?? 0,
    start: textOf(roadmapCell(row, "start")),
    end: textOf(roadmapCell(row, "end")),
  }));
}

const listOf = (value: Json | undefined): JsonObject[] =>
  Array.isArray(value) ? (value as readonly Json[]).filter(isObject) : [];
const str = (value: Json | undefined): string => (typeof value === "string" ? value : "");

/** The actions cell's `items` input, each with text id, label and stage. */
export function actionItems(cell: CellView): ActionItem[] {
  return listOf(cell.inputs.items).map((item) => ({
    id: str(item.id),
    label: str(item.label),
    stage: str(item.stage),
  }));
}

/** The roadmap cell's `items` input, as stored. */
export const roadmapItems = (cell: CellView): RoadmapItem[] =>
  listOf(cell.inputs.items) as unknown as RoadmapItem[];

/** An input that is an object of numbers by key (the capacity cell's `hours` and `shares`). */
export function numbersByKey(value: Json | undefined): Readonly<Record<string, number>> {
  const numbers: Record<string, number> = {};
  if (isObject(value)) {
    for (const [key, entry] of Object.entries(value)) if (typeof entry === "number") numbers[key] = entry;
  }
  return numbers;
}

/** An input that is a number, `null` otherwise. */
export const numberInput = (value: Json | undefined): number | null =>
  typeof value === "number" ? value : null;

/** The numbers the cells publish (NaN included), by name, in notebook order; `except` leaves a cell out. */
export function publishedNumbers(cells: readonly CellView[], except?: string): [string, number][] {
  const names: [string, number][] = [];
  for (const cell of cells) {
    if (cell.id === except || cell.output.kind !== "ok") continue;
    for (const [name, value] of Object.entries(cell.output.values))
      if (typeof value === "number") names.push([name, value]);
  }
  return names;
}

/** A value made of plain data (an action, a roadmap item), typed as the JSON an input holds. */
export const asJson = (value: object): Json => value as unknown as Json;

/**
 * React keys for items that may share an id (two solutions for one action, a repeated id read from a
 * table): the id, and from its second use on, the id and how many times it came before.
 *
 * @param ids - the items' ids, in order
 * @returns one unique key per item
 * @example
 * uniqueKeys(["a", "b", "a"])
 * //=> ["a", "b", "a#2"]
 */
export function uniqueKeys(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}
