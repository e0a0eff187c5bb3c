/**
 * The columns of the scaling audit's output tables, by key, in order. Keys are language-neutral (`"time"`,
 * `"decision"`): the views and the workbook writer put them in the person's language.
 */
import type { TableCell } from "../engine/types";

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

/** The rows of an output table. */
export type Rows = readonly (readonly TableCell[])[];
