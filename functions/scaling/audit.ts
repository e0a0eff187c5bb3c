/**
 * The scaling audit of "Scaler son activité CSM" over a list of actions: scores checked, ratio time ÷ value and decision per
 * action, the prioritised list of actions to automate, counts per decision and per stage, and the 5 × 5
 * time/value matrix the chart draws.
 */
import { checkNumber, describeValue, expected, itemSubject, type Problem, textOf } from "../checks/checks";
import { isBlank } from "../excel/cells";
import { SCORE_RULE } from "./checks";
import { DECISION_COLOURS, decideAll, tieHint, type Decision } from "./decisions";
import { countOf, emptyCounts, judgeList } from "./list-verdict";
import type { AuditedAction, DecisionCounts, ReadAction } from "./action-types";
import type { Bilingual } from "../excel/language";

export type { ActionStatus, AuditedAction, DecisionCounts, ReadAction } from "./action-types";

/** One action as the team lists it. Scores left out (or `null`) are "not scored yet", not an error. */
export interface AuditAction {
  readonly id: string;
  readonly label: string;
  readonly stage: string;
  readonly time?: number | null;
  readonly value?: number | null;
}

export interface StageCounts extends DecisionCounts {
  readonly stage: string;
}

/** One cell of the time/value chart: the score pair, its decision and colour, and the actions on it. */
export interface MatrixCell {
  readonly time: number;
  readonly value: number;
  readonly ratio: number;
  readonly decision: Decision;
  readonly colour: "green" | "amber" | "red";
  /** Ids of the decided actions with these scores, in list order. */
  readonly actions: readonly string[];
}

export interface Audit {
  /** Every action, in the order given. */
  readonly actions: readonly AuditedAction[];
  /** The actions to automate, highest priority first (see `compareForAutomation` (list-verdict.ts)). */
  readonly priorities: readonly AuditedAction[];
  readonly counts: DecisionCounts;
  /** Counts per stage, stages in the order they first appear. */
  readonly stages: readonly StageCounts[];
  /** 25 cells: time 1 to 5, and within each time, value 1 to 5. */
  readonly matrix: readonly MatrixCell[];
  readonly problems: readonly Problem[];
}

const ACTION: Bilingual = { en: "Action", fr: "Action" };
const FIELDS = {
  time: { en: "time", fr: "temps" },
  value: { en: "value", fr: "valeur" },
  id: { en: "id", fr: "identifiant" },
} as const satisfies Record<string, Bilingual>;

/** A score as given: `null` when missing, the number when valid, or the problem. */
function readScore(
  score: unknown,
  field: keyof typeof FIELDS,
  index: number,
  id: unknown,
): number | null | Problem {
  if (isBlank(score)) return null;
  const message = checkNumber(score, SCORE_RULE, itemSubject(ACTION, index, id, FIELDS[field]));
  if (message === null) return score as number;
  return typeof id === "string" ? { field, index, id, message } : { field, index, message };
}

const isProblem = (x: unknown): x is Problem => typeof x === "object" && x !== null;

function tally(counts: DecisionCounts, action: AuditedAction): void {
  counts.total++;
  counts[countOf(action, action.status)]++;
}

/** The id's problem: not text, blank, or already used by an earlier action. */
function idProblem(id: unknown, index: number, seen: Map<string, number>): Problem | null {
  const valid = typeof id === "string" && id.trim() !== "";
  if (valid && !seen.has(id)) return null;
  const subject = itemSubject(ACTION, index, id, FIELDS.id);
  if (!valid) {
    const wanted = { en: "a non-blank text", fr: "un texte non vide" };
    return { field: "id", index, message: expected(subject, wanted, describeValue(id)) };
  }
  const first = seen.get(id);
  if (first === undefined) return null;
  return {
    field: "id",
    index,
    id,
    message: {
      en: `${subject.en}: "${id}" is already the id of action ${first + 1}; ids must be unique.`,
      fr: `${subject.fr} : « ${id} » est déjà l'identifiant de l'action ${first + 1} ; chaque identifiant doit être unique.`,
    },
  };
}

/**
 * Audits a list of CSM actions ("Scaler son activité CSM"). Each action's scores are checked (whole numbers 1–5; a missing
 * score leaves the action "not scored yet"); a scored action gets ratio = time ÷ value and its decision
 * through `CSM.SCALE_DECISION` (Human < 1, Arbitrate = 1, Automate > 1), and on a tie the hint to keep it
 * human when its value is 4 or more. The actions to automate are ranked by `compareForAutomation` (list-verdict.ts).
 * A blank or repeated id makes the action invalid: the roadmap links to actions by id.
 *
 * @param actions - the actions, in the team's order
 * @returns the audit; what is wrong is in `problems`, and the other actions are still audited
 *
 * @example
 * auditActions([{ id: "qbr", label: "QBR", stage: "review", time: 3, value: 5 }, { id: "tickets", label: "Tickets", stage: "support", time: 5, value: 1 }, { id: "deck", label: "Deck", stage: "review", time: 4, value: 2 }]).priorities.map((a) => a.id)
 * //=> ["tickets", "deck"]
 * @example
 * auditActions([{ id: "x", label: "X", stage: "support", time: 3 }, { id: "y", label: "Y", stage: "support", time: 3, value: 3 }]).counts
 * //=> { human: 0, arbitrate: 1, automate: 0, unscored: 1, invalid: 0, total: 2 }
 * @example
 * auditActions([{ id: "x", label: "X", stage: "support", time: 7, value: 3 }]).problems[0].message.en
 * //=> "Action 1 (x), time: expected a whole number from 1 to 5, got 7."
 */
export function auditActions(actions: readonly AuditAction[]): Audit {
  if (!Array.isArray(actions)) {
    const message = expected(
      { en: "actions", fr: "actions" },
      { en: "a list", fr: "une liste" },
      describeValue(actions),
    );
    return {
      actions: [],
      priorities: [],
      counts: emptyCounts(),
      stages: [],
      matrix: timeValueMatrix([]),
      problems: [{ field: "actions", message }],
    };
  }
  return auditReadActions(actions.map((raw: unknown, index) => readAction(raw, index)));
}

/**
 * Reads one action of the list on its own: its scores checked, and when both are valid, its ratio and
 * decision. What depends on the other actions (a repeated id, the priorities) is {@link auditReadActions}'.
 * The result depends only on `raw` and `index`: a caller may keep it while neither changes.
 *
 * @param raw - the action as given
 * @param index - its 0-based position in the list
 * @returns the action read
 *
 * @example
 * readAction({ id: "x", label: "X", stage: "support", time: 4, value: 2 }, 0).decision
 * //=> "automate"
 */
export function readAction(raw: unknown, index: number): ReadAction {
  const item: Partial<Record<keyof AuditAction, unknown>> =
    typeof raw === "object" && raw !== null ? raw : {};
  const time = readScore(item.time, "time", index, item.id);
  const value = readScore(item.value, "value", index, item.id);
  const scored = typeof time === "number" && typeof value === "number";
  const decided = scored ? decideAll([[time, value]])[0] : null;
  return {
    index,
    rawId: item.id,
    id: textOf(item.id),
    label: textOf(item.label),
    stage: textOf(item.stage),
    time: typeof time === "number" ? time : null,
    value: typeof value === "number" ? value : null,
    ratio: decided?.ratio ?? null,
    decision: decided?.decision ?? null,
    problems: [time, value].filter(isProblem),
  };
}

/**
 * The problem of each id of a list of actions: not a non-blank text, or already the id of an earlier action.
 * It depends on the ids only, not on the scores.
 *
 * @param ids - the actions' ids as given, in list order
 * @returns one problem or `null` per id
 *
 * @example
 * idProblems(["a", "b", "a"]).map((problem) => problem?.message.en ?? null)
 * //=> [null, null, 'Action 3 (a), id: "a" is already the id of action 1; ids must be unique.']
 */
export function idProblems(ids: readonly unknown[]): (Problem | null)[] {
  const seen = new Map<string, number>();
  return ids.map((id, index) => {
    const issue = idProblem(id, index, seen);
    if (typeof id === "string" && !seen.has(id)) seen.set(id, index);
    return issue;
  });
}

/**
 * The audit of actions read one by one with {@link readAction}, in list order: ids checked across the list,
 * decisions kept for the valid actions, priorities, counts and the matrix.
 *
 * @param read - the actions read, `read[i].index === i`
 * @returns the audit
 *
 * @example
 * auditReadActions([readAction({ id: "a", time: 5, value: 1 }, 0), readAction({ id: "a", time: 5, value: 1 }, 1)]).counts.invalid
 * //=> 1
 */
export function auditReadActions(read: readonly ReadAction[]): Audit {
  const { statuses, priorities, counts, problems } = judgeList(
    read,
    idProblems(read.map((action) => action.rawId)),
  );
  const ranked = read.map((action, i): AuditedAction => {
    const { index, id, label, stage, time, value } = action;
    const status = statuses[i] ?? "invalid";
    const decided = status === "decided";
    const decision = decided ? action.decision : null;
    const hint = decision === "arbitrate" && value !== null ? tieHint(value) : null;
    const ratio = decided ? action.ratio : null;
    return {
      index,
      id,
      label,
      stage,
      time,
      value,
      status,
      ratio,
      decision,
      hint,
      priority: priorities[i] ?? null,
    };
  });
  const priorityList = ranked
    .filter((action) => action.priority !== null)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  const stages = new Map<string, StageCounts>();
  for (const action of ranked) {
    const stage = stages.get(action.stage) ?? { stage: action.stage, ...emptyCounts() };
    stages.set(action.stage, stage);
    tally(stage, action);
  }
  return {
    actions: ranked,
    priorities: priorityList,
    counts,
    stages: [...stages.values()],
    matrix: timeValueMatrix(ranked),
    problems,
  };
}

/**
 * The 5 × 5 time/value grid for the chart: for each cell, time 1 to 5 and within it value 1 to 5, the ratio,
 * the decision and its colour, and the ids of the decided actions scored there.
 *
 * @param actions - audited actions (only those with a decision are placed)
 * @returns the 25 cells
 *
 * @example
 * timeValueMatrix([]).filter((cell) => cell.decision === "arbitrate").map((cell) => cell.time)
 * //=> [1, 2, 3, 4, 5]
 * @example
 * timeValueMatrix([{ id: "tickets", time: 5, value: 1, decision: "automate" }]).at(-5)
 * //=> { time: 5, value: 1, ratio: 5, decision: "automate", colour: "red", actions: ["tickets"] }
 */
export function timeValueMatrix(
  actions: readonly Pick<AuditedAction, "id" | "time" | "value" | "decision">[],
): MatrixCell[] {
  const pairs: (readonly [number, number])[] = [];
  for (let time = 1; time <= 5; time++) for (let value = 1; value <= 5; value++) pairs.push([time, value]);
  const decided = decideAll(pairs);
  const placed = new Map<string, string[]>();
  for (const action of actions) {
    if (action.decision === null) continue;
    const key = `${action.time}:${action.value}`;
    const ids = placed.get(key);
    if (ids) ids.push(action.id);
    else placed.set(key, [action.id]);
  }
  // Every pair of the grid is a valid pair of scores, so each has its decision.
  return pairs.flatMap(([time, value], i) => {
    const cell = decided[i];
    if (!cell) return [];
    const { ratio, decision } = cell;
    const colour = DECISION_COLOURS[decision];
    return [{ time, value, ratio, decision, colour, actions: placed.get(`${time}:${value}`) ?? [] }];
  });
}
