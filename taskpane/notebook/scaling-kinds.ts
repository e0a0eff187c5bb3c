/**
 * The cells of the scaling audit (seed 001) as notebook kinds: actions → scores → ratio and decision →
 * roadmap → capacity. Each kind wires one compute step of `functions/scaling/` into the engine and publishes
 * its result under fixed names, so that calculation cells can use them (`automateCount / actionCount`).
 *
 * Output tables are language-neutral: column keys (`"time"`), decision keys (`"automate"`), ISO dates. The
 * views and the workbook writer put them in the person's language.
 *
 * Rows are reused: a step remembers what it made from each row it was given (by identity; inputs are
 * frozen) and rebuilds only rows that changed, and it returns the very same published value when nothing
 * it publishes changed, so that the engine skips the cells downstream. One score edit in a 500-action plan
 * rechecks one action, not 500.
 */
import {
  idProblems,
  readAction,
  type ActionStatus,
  type AuditAction,
  type ReadAction,
} from "../../functions/scaling/audit";
import { judgeList, rejudgeList, type ListVerdict } from "../../functions/scaling/list-verdict";
import { roadmapCapacity, type CapacityAction } from "../../functions/scaling/capacity";
import type { Problem } from "../../functions/scaling/checks";
import { notOnRoadmap } from "../../functions/scaling/roadmap-drafts";
import { planRoadmap, type RoadmapItem, type Roadmap } from "../../functions/scaling/roadmap";
import {
  CellError,
  type Bilingual,
  type CellInputs,
  type CellKind,
  type CellMemory,
  type CellResult,
  type Json,
  type NamedValue,
  type Table,
  type TableCell,
} from "./engine-types";
import { takeInputChanges } from "./engine-changes";
import {
  changedAt,
  isObject,
  tableCell,
  joined,
  messagesOf,
  remembered,
  rowMemo,
  tableOf,
  type JsonObject,
} from "./kind-helpers";

/** One action of the actions cell's `items` input. */
export interface ActionItem {
  readonly id: string;
  readonly label: string;
  /** A stage key of the library (`"onboarding"` …) or a stage of the team's own. */
  readonly stage: string;
}

/** One action's scores in the scores cell's inputs (one input per action id). */
export interface ScoreInput {
  readonly time?: number | null;
  readonly value?: number | null;
}

/** The inputs of the capacity cell. Hours and shares are per roadmap action id. */
export interface CapacityInputs {
  readonly accounts?: number | null;
  readonly hoursPerCsm?: number | null;
  readonly loadedCostPerCsm?: number | null;
  readonly csmHeadcount?: number | null;
  readonly csmHoursPerAccount?: number | null;
  readonly hours?: Readonly<Record<string, number | null>>;
  readonly shares?: Readonly<Record<string, number | null>>;
}

/** Column keys of each output table, in order. */
export const COLUMNS = {
  actions: ["id", "action", "stage"],
  scores: ["id", "action", "stage", "time", "value"],
  decisions: ["id", "action", "stage", "time", "value", "ratio", "decision", "priority", "status"],
  roadmap: [
    "actionId",
    "action",
    "solution",
    "kind",
    "owner",
    "priority",
    "oneOffCost",
    "monthlyCost",
    "weeks",
    "start",
    "end",
  ],
  capacity: ["figure", "value"],
} as const;

/** The figures of the capacity cell, in order; each is also published under its own name. */
export const CAPACITY_FIGURES = [
  "hoursFreed",
  "fteFreed",
  "accountsPerCsmBefore",
  "accountsPerCsmAfter",
  "paybackMonths",
] as const;

const text = (value: unknown): string => (typeof value === "string" ? value : "");

// ------------------------------------------------------------------------------------------------- actions

const actionRow = rowMemo("actionRow", (item: JsonObject, _key: undefined): readonly TableCell[] =>
  Object.freeze([text(item.id).trim(), text(item.label).trim(), text(item.stage).trim()]),
);

const actionsTable = (items: Json | undefined, memory: CellMemory): Table => {
  const rowOf = actionRow(memory);
  const list = Array.isArray(items) ? (items as readonly Json[]) : [];
  const rows = list.map((item) => rowOf(isObject(item) ? item : {}, undefined));
  return { columns: COLUMNS.actions, rows };
};

/** Actions: the list the team keeps, from the library or its own. Input `items`: {@link ActionItem}[]. */
export const actionsKind: CellKind = {
  reads: () => [],
  outputs: () => ["actions", "actionCount"],
  compute(inputs, _values, memory) {
    if (inputs.items !== undefined && !Array.isArray(inputs.items)) {
      throw new CellError({
        en: "The actions are not a list; import the plan again or start from the library.",
        fr: "Les actions ne sont pas une liste ; importez à nouveau le plan ou partez de la bibliothèque.",
      });
    }
    const table = remembered(memory, "table", [inputs.items, memory], actionsTable);
    return { table, values: { actions: table, actionCount: table.rows.length } };
  },
};

// -------------------------------------------------------------------------------------------------- scores

const makeScoreRow = (action: readonly TableCell[], given: Json | undefined): readonly TableCell[] => {
  const score = isObject(given) ? given : {};
  return Object.freeze([...action, tableCell(score.time), tableCell(score.value)]);
};
/**
 * The rows made in a full pass are remembered, so that a new actions table reuses the rows of the actions
 * it kept; a row made for a score just set is made directly (it is new, nothing to reuse).
 */
const scoreRow = rowMemo("scoreRow", makeScoreRow);

type Rows = readonly (readonly TableCell[])[];
const scoresTable = (rows: Rows): Table => ({ columns: COLUMNS.scores, rows });
const isScored = (row: readonly TableCell[] | undefined): boolean =>
  typeof row?.[3] === "number" && typeof row[4] === "number";

/** What the scores step made last time, and from what. */
interface ScoresMade {
  readonly actions: Rows;
  readonly inputs: CellInputs;
  /** The rows of each action id, made when first needed for these actions. */
  positions?: Map<string, number[]>;
  readonly table: Table;
  readonly scored: number;
}

const idOf = (action: readonly TableCell[] | undefined): string => String(action?.[0]);

/** The rows of each action id (an id may be listed twice: both rows show its scores). */
function positionsOf(made: ScoresMade): Map<string, number[]> {
  if (made.positions !== undefined) return made.positions;
  const positions = new Map<string, number[]>();
  made.actions.forEach((action, i) => {
    const id = idOf(action);
    const found = positions.get(id);
    if (found === undefined) positions.set(id, [i]);
    else found.push(i);
  });
  made.positions = positions;
  return positions;
}

/** The scores of the rows whose action's input was set; the other rows and the count are kept. */
function updatedScores(last: ScoresMade, inputs: CellInputs, keys: ReadonlySet<string>): ScoresMade {
  const positions = positionsOf(last);
  let rows: (readonly TableCell[])[] | undefined;
  let scored = last.scored;
  for (const key of keys) {
    for (const i of positions.get(key) ?? []) {
      rows ??= last.table.rows.slice();
      // A plain lookup, as in the full path below.
      const row = makeScoreRow(last.actions[i] as readonly TableCell[], inputs[key]);
      scored += Number(isScored(row)) - Number(isScored(rows[i]));
      rows[i] = row;
    }
  }
  const table = rows === undefined ? last.table : scoresTable(rows);
  return { actions: last.actions, inputs, positions, table, scored };
}

/**
 * Scores: time and value 1–5 per action, one input per action id (a {@link ScoreInput}); an action without
 * scores is "not scored yet". Scores of actions no longer listed are kept (undo a removal, they come back)
 * but not shown. While the actions table is the same, only the rows of the ids whose input was set are
 * rebuilt (the engine says which, see `takeInputChanges`), and the table is the same object when none was.
 */
export const scoresKind: CellKind = {
  reads: () => ["actions"],
  outputs: () => ["scores", "scoredCount"],
  compute(inputs, values, memory) {
    const actions = tableOf(values.actions)?.rows ?? [];
    const changes = takeInputChanges(memory, inputs);
    const last = memory.get("made") as ScoresMade | undefined;
    let made: ScoresMade;
    if (last !== undefined && last.actions === actions && changes?.since === last.inputs) {
      made = updatedScores(last, inputs, changes.keys);
    } else {
      const rowOf = scoreRow(memory);
      // A plain lookup: an id such as "constructor" finds a function or the prototype, which hold no scores.
      const rows = actions.map((action) => rowOf(action, inputs[idOf(action)]));
      const same = last !== undefined && changedAt(last.table.rows, rows)?.length === 0;
      const table = same ? last.table : scoresTable(rows);
      const scored = same ? last.scored : rows.filter((row) => isScored(row)).length;
      made = { actions, inputs, table, scored };
    }
    memory.set("made", made);
    return { table: made.table, values: { scores: made.table, scoredCount: made.scored } };
  },
};

// ----------------------------------------------------------------------------------------------- decisions

const readScoredRow = (row: readonly TableCell[], index: number): ReadAction => {
  const [id, label, stage, time, value] = row;
  const action: Partial<Record<keyof AuditAction, unknown>> = { id, label, stage, time, value };
  return readAction(action, index);
};
const readScoredRowOnce = rowMemo("readRow", readScoredRow);

const STATUSES: readonly ActionStatus[] = ["decided", "unscored", "invalid"];

/** What the list decided about an action, as one number: status (0–2) and priority (0 for none). */
const verdictKey = (status: ActionStatus | undefined, priority: number | null | undefined): number =>
  (priority ?? 0) * 4 + STATUSES.indexOf(status ?? "invalid");

/**
 * One row of the decisions table. It depends on the action read and on what the list decided about it (its
 * status and priority), so it is kept per action read and rebuilt only when one of those changes.
 */
const makeDecisionRow = (read: ReadAction, key: number): readonly TableCell[] => {
  const status = STATUSES[key % 4] ?? "invalid";
  const priority = Math.floor(key / 4);
  const decided = status === "decided";
  return Object.freeze([
    read.id,
    read.label,
    read.stage,
    read.time,
    read.value,
    decided ? read.ratio : null,
    decided ? read.decision : null,
    priority === 0 ? null : priority,
    status,
  ]);
};
const decisionRow = rowMemo("decisionRow", makeDecisionRow);

/** The id problems of the list, kept while the ids are the same (a score edit changes no id). */
function idIssues(read: readonly ReadAction[], memory: CellMemory): readonly (Problem | null)[] {
  const last = memory.get("ids") as { ids: unknown[]; issues: (Problem | null)[] } | undefined;
  const ids = read.map((action) => action.rawId);
  if (last !== undefined && last.ids.length === ids.length && last.ids.every((id, i) => id === ids[i])) {
    return last.issues;
  }
  const issues = idProblems(ids);
  memory.set("ids", { ids, issues });
  return issues;
}

/** What the decisions step made last time, and from what: the scores rows, the actions read, the verdict. */
interface DecisionsMade {
  readonly scoreRows: Rows;
  readonly read: readonly ReadAction[];
  readonly ids: readonly (Problem | null)[];
  readonly verdict: ListVerdict;
  readonly result: CellResult;
}

const decisionsResult = (rows: Rows, verdict: ListVerdict, notes: readonly Bilingual[]): CellResult => {
  const table: Table = { columns: COLUMNS.decisions, rows };
  return {
    table,
    values: {
      decisions: table,
      automateCount: verdict.counts.automate,
      humanCount: verdict.counts.human,
      arbitrateCount: verdict.counts.arbitrate,
    },
    notes,
  };
};

/**
 * The decisions after a few scores rows changed: those actions read again, the verdict brought up to date
 * (see `rejudgeList`), and only the rows it touched rebuilt. `undefined` when the list itself changed (its
 * length or an id): then the whole list is judged again.
 */
function updatedDecisions(last: DecisionsMade, scoreRows: Rows): DecisionsMade | undefined {
  const changed = changedAt(last.scoreRows, scoreRows);
  if (changed === undefined) return undefined;
  if (changed.length === 0) return { ...last, scoreRows };

  const read = last.read.slice();
  for (const i of changed) read[i] = readScoredRow(scoreRows[i] as readonly TableCell[], i);
  const verdict = rejudgeList(last.read, last.verdict, read, last.ids, changed);
  if (verdict === undefined) return undefined;

  const rows = (last.result.table?.rows ?? []).slice();
  for (const i of verdict.touched) {
    rows[i] = makeDecisionRow(read[i] as ReadAction, verdictKey(verdict.statuses[i], verdict.priorities[i]));
  }
  const notes =
    verdict.problems === last.verdict.problems ? (last.result.notes ?? []) : messagesOf(verdict.problems);
  return { scoreRows, read, ids: last.ids, verdict, result: decisionsResult(rows, verdict, notes) };
}

/** The decisions of the whole list, reusing the actions read and the rows that did not change. */
function judgedDecisions(scoreRows: Rows, memory: CellMemory): DecisionsMade {
  const readOf = readScoredRowOnce(memory);
  const rowOf = decisionRow(memory);
  const read = scoreRows.map((row, index) => readOf(row, index));
  const ids = idIssues(read, memory);
  const verdict = judgeList(read, ids);
  const rows = read.map((action, i) => rowOf(action, verdictKey(verdict.statuses[i], verdict.priorities[i])));
  return {
    scoreRows,
    read,
    ids,
    verdict,
    result: decisionsResult(rows, verdict, messagesOf(verdict.problems)),
  };
}

/**
 * Ratio and decision: ratio = time ÷ value and the decision per action (Human < 1, Arbitrate = 1,
 * Automate > 1), the priority of each action to automate, and the counts. A wrong score or a repeated id is
 * a note, and that action is left undecided; the others are still decided. A score edit updates the
 * verdict instead of judging the list again, and the result is the same object when no score row changed.
 */
export const decisionsKind: CellKind = {
  reads: () => ["scores"],
  outputs: () => ["decisions", "automateCount", "humanCount", "arbitrateCount"],
  compute(_inputs, values, memory) {
    const scoreRows = tableOf(values.scores)?.rows ?? [];
    const last = memory.get("made") as DecisionsMade | undefined;
    const made =
      (last === undefined ? undefined : updatedDecisions(last, scoreRows)) ??
      judgedDecisions(scoreRows, memory);
    memory.set("made", made);
    return made.result;
  },
};

// ------------------------------------------------------------------------------------------------- roadmap

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
}

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
  let count = 0;
  let read: Iterable<number> = rows.keys();
  const changed = last === undefined ? undefined : changedAt(last.rows, rows);
  if (last !== undefined && changed !== undefined) {
    ids = last.ids.slice();
    count = ids.length - changed.filter((i) => automatePriority(last.rows[i]) > 0).length;
    read = changed;
  }
  for (const i of read) {
    const priority = automatePriority(rows[i]);
    if (priority > 0) {
      ids[priority - 1] = String(rows[i]?.[0]);
      count++;
    }
  }
  ids.length = count;
  return { rows, ids: last !== undefined && sameIds(last.ids, ids) ? last.ids : ids };
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
  const onRoadmap: readonly RoadmapItem[] = plan.timeline.map(({ actionId }) => ({
    actionId,
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
 * validated solution (in priority order), and actions on the roadmap no longer to automate.
 */
const roadmapNotes = (onRoadmap: readonly RoadmapItem[], toAutomate: readonly string[]): Bilingual[] => {
  const notes: Bilingual[] = [];
  const missing = notOnRoadmap(toAutomate, onRoadmap);
  if (missing.length > 0) {
    const list = missing.join(", ");
    notes.push({
      en: `${missing.length} action(s) to automate have no validated solution yet: ${list}.`,
      fr: `${missing.length} action(s) à automatiser n'ont pas encore de solution validée : ${list}.`,
    });
  }
  const wanted = new Set(toAutomate);
  const stale = [...new Set(onRoadmap.map((item) => item.actionId))].filter((id) => !wanted.has(id));
  if (stale.length > 0) {
    const list = stale.join(", ");
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
    const notes = remembered(memory, "notes", [onRoadmap, automate.ids], roadmapNotes);
    return { table: published.roadmap, values: published, notes };
  },
};

// ------------------------------------------------------------------------------------------------ capacity

const numberOrNull = (value: unknown): number | null => (typeof value === "number" ? value : null);

const capacityResult = (
  inputs: CellInputs,
  roadmap: Table | undefined,
  oneOff: NamedValue | undefined,
  monthly: NamedValue | undefined,
): CellResult => {
  if (inputs.accounts === undefined || inputs.accounts === null) {
    // Not an error: the capacity is optional, and waits for the number of accounts.
    const table: Table = { columns: COLUMNS.capacity, rows: CAPACITY_FIGURES.map((name) => [name, null]) };
    const values = Object.fromEntries(CAPACITY_FIGURES.map((name) => [name, Number.NaN]));
    const notes: Bilingual[] = [
      {
        en: "Enter the number of accounts to see the hours the roadmap frees and its payback.",
        fr: "Saisissez le nombre de comptes pour voir les heures libérées par la feuille de route et son retour sur investissement.",
      },
    ];
    return { table, values, notes };
  }
  const hours = (inputs.hours ?? {}) as Record<string, Json>;
  const shares = (inputs.shares ?? {}) as Record<string, Json>;
  const ids = [...new Set((roadmap?.rows ?? []).map((row) => String(row[0])))];
  const actions: CapacityAction[] = ids.map((actionId) => ({
    actionId,
    hoursPerAccount: numberOrNull(hours[actionId]),
    automationShare: numberOrNull(shares[actionId]),
  }));
  const result = roadmapCapacity({
    actions,
    accounts: inputs.accounts as number,
    hoursPerCsm: numberOrNull(inputs.hoursPerCsm),
    loadedCostPerCsm: numberOrNull(inputs.loadedCostPerCsm),
    csmHeadcount: numberOrNull(inputs.csmHeadcount),
    csmHoursPerAccount: numberOrNull(inputs.csmHoursPerAccount),
    roadmapCost: { oneOffCost: numberOrNull(oneOff) ?? 0, monthlyCost: numberOrNull(monthly) ?? 0 },
  });
  if (!result.ok) throw new CellError(joined(messagesOf(result.problems)));
  const figures: Record<(typeof CAPACITY_FIGURES)[number], number> = {
    hoursFreed: result.hoursFreed,
    fteFreed: result.fteFreed,
    accountsPerCsmBefore: result.accountsPerCsmBefore ?? Number.NaN,
    accountsPerCsmAfter: result.accountsPerCsmAfter ?? Number.NaN,
    paybackMonths: result.paybackMonths ?? Number.NaN,
  };
  const notes: Bilingual[] = [];
  if (result.unmeasured.length > 0) {
    notes.push({
      en: `Hours per account not given, so not counted: ${result.unmeasured.join(", ")}.`,
      fr: `Heures par compte non renseignées, donc non comptées : ${result.unmeasured.join(", ")}.`,
    });
  }
  if (result.coverageNote !== null) notes.push(result.coverageNote);
  if (result.paybackNote !== null) notes.push(result.paybackNote);
  const table: Table = {
    columns: COLUMNS.capacity,
    rows: CAPACITY_FIGURES.map((name) => [name, Number.isNaN(figures[name]) ? null : figures[name]]),
  };
  return { table, values: figures, notes };
};

/**
 * Capacity (beyond the article): with hours per roadmap action per account per year, the number of accounts
 * and, optionally, the headcount, hours per account today and a loaded CSM cost — the hours freed, their
 * FTE equivalent, accounts per CSM before and after, and the payback of the roadmap in months. A figure that
 * cannot be computed is published as `NaN` and its reason is a note.
 */
export const capacityKind: CellKind = {
  reads: () => ["roadmap", "roadmapOneOff", "roadmapMonthly"],
  outputs: () => [...CAPACITY_FIGURES],
  compute(inputs, values, memory) {
    const { roadmap, roadmapOneOff, roadmapMonthly } = values;
    const parts: Parameters<typeof capacityResult> = [
      inputs,
      tableOf(roadmap),
      roadmapOneOff,
      roadmapMonthly,
    ];
    return remembered(memory, "result", parts, capacityResult);
  },
};

/** The scaling audit's kinds, by the kind names a plan stores. */
export const scalingKinds = {
  actions: actionsKind,
  scores: scoresKind,
  decisions: decisionsKind,
  roadmap: roadmapKind,
  capacity: capacityKind,
} as const satisfies Readonly<Record<string, CellKind>>;
