/**
 * The cells of the scaling audit ("Scaler son activité CSM", see docs/sources.md) as notebook kinds:
 * actions → scores → ratio and decision → roadmap → capacity, one kind per module of this folder. Each kind
 * wires one compute step of `functions/scaling/` into the engine and publishes its result under fixed names,
 * so that calculation cells can use them (`automateCount / actionCount`).
 *
 * Output tables are language-neutral: column keys (`"time"`), decision keys (`"automate"`), ISO dates. The
 * views and the workbook writer put them in the person's language.
 *
 * Rows are reused: a step remembers what it made from each row it was given (by identity; inputs are
 * frozen) and rebuilds only rows that changed, and it returns the very same published value when nothing
 * it publishes changed, so that the engine skips the cells downstream. One score edit in a 500-action plan
 * rechecks one action, not 500.
 */
import type { CellKind } from "../engine/types";
import { actionsKind } from "./actions";
import { capacityKind } from "./capacity";
import { decisionsKind } from "./decisions";
import { roadmapKind } from "./roadmap";
import { scoresKind } from "./scores";

/** The scaling audit's kinds, by the kind names a plan stores. */
export const scalingKinds = {
  actions: actionsKind,
  scores: scoresKind,
  decisions: decisionsKind,
  roadmap: roadmapKind,
  capacity: capacityKind,
} as const satisfies Readonly<Record<string, CellKind>>;
