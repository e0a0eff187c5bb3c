/**
 * Helpers around the roadmap's list of candidate solutions: a first draft from the audit, the actions still
 * without a validated solution, and an ordering by priority.
 */
import { libraryAction } from "./action-library";
import type { RoadmapItem } from "./roadmap";
import { suggestedKind } from "./solution-kinds";

/**
 * A first draft of the roadmap from the audit's actions to automate, in priority order: one candidate per
 * action, not validated, its kind suggested by the action library (or by the action's stage for an action
 * of the team's own), costs and weeks left to estimate.
 *
 * @param priorities - the audit's `priorities` (id, label, stage, priority)
 * @returns the candidate solutions
 *
 * @example
 * roadmapDrafts([{ id: "tickets", label: "Answer tickets", stage: "support", priority: 1 }, { id: "mine", label: "Mine", stage: "training", priority: 2 }]).map((d) => d.kind)
 * //=> ["knowledge", "academy"]
 */
export function roadmapDrafts(
  priorities: readonly { id: string; label: string; stage: string; priority: number | null }[],
): RoadmapItem[] {
  return priorities.map(({ id, label, stage, priority }) => ({
    actionId: id,
    action: label,
    solution: "",
    kind: libraryAction(id)?.kind ?? suggestedKind(stage),
    oneOffCost: null,
    monthlyCost: null,
    weeks: null,
    owner: "",
    priority,
    validated: false,
  }));
}

/**
 * The actions to automate that no validated item of the roadmap covers yet, in the order given.
 *
 * @param actionIds - the ids of the actions to automate (the audit's priorities)
 * @param items - the roadmap's candidate solutions
 * @returns the ids still without a validated solution
 *
 * @example
 * notOnRoadmap(["tickets", "crm", "deck"], [{ actionId: "crm", validated: true }, { actionId: "deck" }])
 * //=> ["tickets", "deck"]
 */
export function notOnRoadmap(actionIds: readonly string[], items: readonly RoadmapItem[]): string[] {
  const covered = new Set(items.filter((item) => item.validated === true).map((item) => item.actionId));
  return actionIds.filter((id) => !covered.has(id));
}

/**
 * The items sorted by priority, 1 first, items without one last, the list order kept among equals: for a
 * team that wants the timeline to follow the priorities.
 *
 * @param items - the roadmap's items
 * @returns a new, sorted list
 *
 * @example
 * sortByPriority([{ actionId: "a" }, { actionId: "b", priority: 2 }, { actionId: "c", priority: 1 }]).map((i) => i.actionId)
 * //=> ["c", "b", "a"]
 */
export function sortByPriority<T extends Pick<RoadmapItem, "priority">>(items: readonly T[]): T[] {
  const rank = (item: T) => (typeof item.priority === "number" ? item.priority : Infinity);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
