/**
 * Every kind of cell the planning notebook knows, by the name a plan stores, and the plan a new notebook
 * starts from.
 */
import { calculationKind } from "../calculation/expression";
import { scalingKinds } from "../scaling-audit/kinds";
import { segmentationKinds } from "../segmentation/kinds";
import type { KindRegistry, NotebookSnapshot } from "../engine/types";

/** The notebook's kinds: the scaling audit's cells, the segmentation wizard's, and free calculation cells. */
export const notebookKinds: KindRegistry = {
  ...scalingKinds,
  ...segmentationKinds,
  calculation: calculationKind,
};

/**
 * The plan a new notebook starts from: the audit's five cells, no action yet, the roadmap starting on the
 * Monday after `today`.
 *
 * @param today - today's date, `"YYYY-MM-DD"`
 * @returns the cells, in order
 * @example
 * starterPlan("2026-11-23").cells.map((cell) => cell.kind)
 * //=> ["actions", "scores", "decisions", "roadmap", "capacity"]
 * @example
 * starterPlan("2026-11-23").cells[3].inputs.start
 * //=> "2026-11-30"
 */
export function starterPlan(today: string): NotebookSnapshot {
  return {
    cells: [
      { id: "actions", kind: "actions", inputs: { items: [] } },
      { id: "scores", kind: "scores", inputs: {} },
      { id: "decisions", kind: "decisions", inputs: {} },
      { id: "roadmap", kind: "roadmap", inputs: { start: nextMonday(today), items: [] } },
      { id: "capacity", kind: "capacity", inputs: { hours: {}, shares: {} } },
    ],
  };
}

/** The Monday after a date (a week later when it is a Monday). */
function nextMonday(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const day = date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + ((8 - day) % 7 || 7));
  return date.toISOString().slice(0, 10);
}
