/**
 * The checks across the audit's list of actions, once each action is read on its own (`readAction`): the
 * status of each action, the ranking of the actions to automate, the counts and the problems. Judged whole
 * with {@link judgeList}, or brought up to date after a few actions changed with {@link rejudgeList}: the
 * counts move by the changed actions only, and the ranking is kept sorted, so that an action entering or
 * leaving it is one binary search and one splice. The notebook does the latter on every score edit; the
 * tests check that both agree.
 */
import type { Problem } from "../checks/checks";
import type { ActionStatus, AuditedAction, DecisionCounts, ReadAction } from "./action-types";

/**
 * The order of the actions to automate: highest ratio first (the most time for the least value); on equal
 * ratios the lower value first (less to lose by automating it); then the order of the list.
 *
 * @param a - an action to automate
 * @param b - another
 * @returns negative when `a` comes first
 *
 * @example
 * [{ index: 0, ratio: 2, value: 2 }, { index: 1, ratio: 3, value: 1 }, { index: 2, ratio: 2, value: 1 }].sort(compareForAutomation).map((a) => a.index)
 * //=> [1, 2, 0]
 */
export function compareForAutomation(
  a: Pick<AuditedAction, "index" | "ratio" | "value">,
  b: Pick<AuditedAction, "index" | "ratio" | "value">,
): number {
  return (b.ratio ?? 0) - (a.ratio ?? 0) || (a.value ?? 0) - (b.value ?? 0) || a.index - b.index;
}

/**
 * Counts at zero.
 *
 * @returns a fresh count of each decision and status
 * @example
 * emptyCounts().total
 * //=> 0
 */
export function emptyCounts(): DecisionCounts {
  return { human: 0, arbitrate: 0, automate: 0, unscored: 0, invalid: 0, total: 0 };
}

/** What the list decides about each action read: its status, its priority, and the counts. */
export interface ListVerdict {
  /** One per action, in list order. */
  readonly statuses: readonly ActionStatus[];
  /** 1-based rank among the actions to automate, `null` for the others; one per action. */
  readonly priorities: readonly (number | null)[];
  /** The actions to automate, highest priority first: `ranked[p - 1]` has priority `p`. */
  readonly ranked: readonly ReadAction[];
  readonly counts: DecisionCounts;
  readonly problems: readonly Problem[];
}

/**
 * An action's status once the list is known: invalid when its id or a score is wrong, decided when both
 * scores are valid, unscored otherwise.
 *
 * @param action - the action read
 * @param idIssue - its id's problem across the list, from `idProblems`
 * @returns its status
 *
 * @example
 * actionStatus(readAction({ id: "a", time: 4 }, 0), null)
 * //=> "unscored"
 */
export function actionStatus(action: ReadAction, idIssue: Problem | null): ActionStatus {
  if (idIssue !== null || action.problems.length > 0) return "invalid";
  return action.decision !== null ? "decided" : "unscored";
}

/**
 * The count an action adds to: its decision when decided, else its status.
 *
 * @param action - the action read (or audited)
 * @param status - its status, from {@link actionStatus}
 * @returns the key of {@link DecisionCounts} it adds one to, besides `total`
 *
 * @example
 * countOf(readAction({ id: "a", time: 4, value: 2 }, 0), "decided")
 * //=> "automate"
 */
export function countOf(
  action: Pick<ReadAction, "decision">,
  status: ActionStatus,
): Exclude<keyof DecisionCounts, "total"> {
  if (status === "decided" && action.decision !== null) return action.decision;
  return status === "invalid" ? "invalid" : "unscored";
}

/**
 * The problems of a list in list order: each action's id problem, then its score problems.
 *
 * @param read - the actions read, `read[i].index === i`
 * @param ids - the problem of each action's id, from `idProblems`
 * @returns the problems
 *
 * @example
 * listProblems([readAction({ id: "a", time: 9 }, 0)], [null]).map((problem) => problem.field)
 * //=> ["time"]
 */
export function listProblems(read: readonly ReadAction[], ids: readonly (Problem | null)[]): Problem[] {
  const problems: Problem[] = [];
  for (const action of read) {
    const idIssue = ids[action.index] ?? null;
    if (idIssue !== null) problems.push(idIssue);
    if (action.problems.length > 0) problems.push(...action.problems);
  }
  return problems;
}

/**
 * The checks across the list of actions read with {@link readAction}: a blank or repeated id makes an action
 * invalid; the valid decided actions to automate are ranked by {@link compareForAutomation}; the counts.
 * No object per action: the notebook runs this on every score edit.
 *
 * @param read - the actions read, `read[i].index === i`
 * @param ids - the problem of each action's id, from `idProblems` (a caller whose ids did not change may
 *   pass the ones it kept)
 * @returns the status and priority of each action, the ranking, the counts and the problems
 *
 * @example
 * judgeList([readAction({ id: "a", time: 5, value: 1 }, 0), readAction({ id: "b", time: 4, value: 2 }, 1), readAction({ id: "c", time: 1, value: 2 }, 2)], [null, null, null]).priorities
 * //=> [1, 2, null]
 */
export function judgeList(read: readonly ReadAction[], ids: readonly (Problem | null)[]): ListVerdict {
  const counts = emptyCounts();
  const statuses: ActionStatus[] = [];
  const ranked: ReadAction[] = [];
  for (const action of read) {
    const status = actionStatus(action, ids[action.index] ?? null);
    statuses.push(status);
    counts.total++;
    counts[countOf(action, status)]++;
    if (status === "decided" && action.decision === "automate") ranked.push(action);
  }
  const priorities: (number | null)[] = read.map(() => null);
  ranked.sort(compareForAutomation).forEach((action, rank) => (priorities[action.index] = rank + 1));
  return { statuses, priorities, ranked, counts, problems: listProblems(read, ids) };
}

/** A verdict brought up to date, and the actions whose row may differ from the previous verdict's. */
export interface VerdictUpdate extends ListVerdict {
  /** The changed actions and those whose priority moved, by index (a few may appear twice). */
  readonly touched: readonly number[];
}

/** Where `action` is in `ranked` (sorted by {@link compareForAutomation}), or where it would go. */
function rankOf(ranked: readonly ReadAction[], action: ReadAction): number {
  let low = 0;
  let high = ranked.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareForAutomation(ranked[middle] as ReadAction, action) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The verdict of a list after the actions at `changed` were read again. The ids must be the same as before
 * (a score edit changes none): when an id changed, or the list's length, there is no update and the caller
 * judges the whole list with {@link judgeList}.
 *
 * @param before - the actions read that `verdict` was made from
 * @param verdict - their verdict, from {@link judgeList} or from this function
 * @param read - the actions read now: the same as `before` except at `changed`
 * @param ids - the problem of each id, the same for both lists (from `idProblems`)
 * @param changed - the indices whose action was read again (a repeated index counts once)
 * @returns the new verdict, equal to `judgeList(read, ids)`, or `undefined` when an id or the length changed
 *
 * @example
 * ((before) => rejudgeList(before, judgeList(before, [null, null]), [before[0], readAction({ id: "b", time: 5, value: 2 }, 1)], [null, null], [1])?.priorities)([readAction({ id: "a", time: 5, value: 1 }, 0), readAction({ id: "b", time: 1, value: 2 }, 1)])
 * //=> [1, 2]
 */
export function rejudgeList(
  before: readonly ReadAction[],
  verdict: ListVerdict,
  read: readonly ReadAction[],
  ids: readonly (Problem | null)[],
  changed: readonly number[],
): VerdictUpdate | undefined {
  if (read.length !== before.length || verdict.statuses.length !== read.length) return undefined;
  const statuses = verdict.statuses.slice();
  const counts = { ...verdict.counts };
  const ranked = verdict.ranked.slice();
  const priorities = verdict.priorities.slice();
  const touched = [...changed];
  let lowest = ranked.length;
  let problemsMoved = false;
  for (const i of new Set(changed)) {
    const old = before[i];
    const now = read[i];
    const oldStatus = statuses[i];
    if (old === undefined || now === undefined || oldStatus === undefined) return undefined;
    if (now.index !== i || !Object.is(old.rawId, now.rawId)) return undefined;
    counts[countOf(old, oldStatus)]--;
    if (oldStatus === "decided" && old.decision === "automate") {
      const at = rankOf(ranked, old);
      if (ranked[at] !== old) return undefined;
      ranked.splice(at, 1);
      lowest = Math.min(lowest, at);
      priorities[i] = null;
    }
    const status = actionStatus(now, ids[i] ?? null);
    statuses[i] = status;
    counts[countOf(now, status)]++;
    if (status === "decided" && now.decision === "automate") {
      const at = rankOf(ranked, now);
      ranked.splice(at, 0, now);
      lowest = Math.min(lowest, at);
    }
    problemsMoved ||= old.problems.length > 0 || now.problems.length > 0;
  }
  // Only the ranks from the first one touched can have moved.
  for (let rank = lowest; rank < ranked.length; rank++) {
    const index = (ranked[rank] as ReadAction).index;
    if (priorities[index] !== rank + 1) {
      priorities[index] = rank + 1;
      touched.push(index);
    }
  }
  const problems = problemsMoved ? listProblems(read, ids) : verdict.problems;
  return { statuses, priorities, ranked, counts, problems, touched };
}
