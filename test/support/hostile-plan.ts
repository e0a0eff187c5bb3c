// A small plan whose action labels hold characters a workbook cannot hold, for the tests of what the export and
// Write to workbook say about the texts they changed (issue 17).
import type { NotebookSnapshot } from "../../notebook/engine/types";

/**
 * Three actions — "Calls \uFFFF" (a noncharacter), "Notes \u0000" (NUL) and "Fine" — the first two scored,
 * and the decisions: each label is written once, in the audit table, so two texts are changed.
 */
export const HOSTILE_LABELS_PLAN: NotebookSnapshot = {
  cells: [
    {
      id: "actions",
      kind: "actions",
      inputs: {
        items: [
          { id: "a", label: "Calls \uFFFF", stage: "review" },
          { id: "b", label: "Notes \u0000", stage: "review" },
          { id: "c", label: "Fine", stage: "review" },
        ],
      },
    },
    { id: "scores", kind: "scores", inputs: { a: { time: 5, value: 1 }, b: { time: 4, value: 2 } } },
    { id: "decisions", kind: "decisions", inputs: {} },
  ],
};
