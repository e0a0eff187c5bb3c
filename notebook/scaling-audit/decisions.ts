/**
 * The ratio and decision cell: each scored action read and judged, the list ranked, and the counts. A score
 * edit updates the verdict (`rejudgeList`) and rebuilds only the rows whose status or priority moved.
 */
import type { Problem } from "../../functions/checks/checks";
import {
  idProblems,
  readAction,
  type ActionStatus,
  type AuditAction,
  type ReadAction,
} from "../../functions/scaling/audit";
import { judgeList, rejudgeList, type ListVerdict } from "../../functions/scaling/list-verdict";
import type { CellKind, CellMemory, CellResult, Table, TableCell } from "../engine/types";
import { changedAt, messagesOf, rowMemo, tableOf } from "../engine/kind-helpers";
import { COLUMNS, type Rows } from "./columns";
import type { Bilingual } from "../../functions/excel/language";

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
