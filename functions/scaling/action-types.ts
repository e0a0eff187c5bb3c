/**
 * The shapes of an audited action and of the counts, shared by the audit (audit.ts) and the list's verdict
 * (list-verdict.ts), so that neither has to import the other.
 */
import type { Problem } from "../checks/checks";
import type { Decision } from "./decisions";
import type { Bilingual } from "../excel/language";

/**
 * `decided`: both scores valid; `unscored`: a score is missing (and none is wrong); `invalid`: a score or the
 * id is wrong (see the audit's problems).
 */
export type ActionStatus = "decided" | "unscored" | "invalid";

export interface AuditedAction {
  /** 0-based position in the list given. */
  readonly index: number;
  readonly id: string;
  readonly label: string;
  readonly stage: string;
  /** The score, `null` when missing or wrong. */
  readonly time: number | null;
  readonly value: number | null;
  readonly status: ActionStatus;
  readonly ratio: number | null;
  readonly decision: Decision | null;
  /** On a tie only: keep human (value ≥ 4) or automate if a simple tool fits. */
  readonly hint: Bilingual | null;
  /** 1-based rank among the actions to automate; `null` for the others. */
  readonly priority: number | null;
}

export interface DecisionCounts {
  human: number;
  arbitrate: number;
  automate: number;
  unscored: number;
  invalid: number;
  total: number;
}

/** One action read on its own (scores checked, ratio and decision), before the checks across the list. */
export interface ReadAction {
  readonly index: number;
  /** The id as given, to check it across the list. */
  readonly rawId: unknown;
  readonly id: string;
  readonly label: string;
  readonly stage: string;
  readonly time: number | null;
  readonly value: number | null;
  readonly ratio: number | null;
  readonly decision: Decision | null;
  /** What is wrong with the scores. */
  readonly problems: readonly Problem[];
}
