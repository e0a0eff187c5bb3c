/**
 * The automation roadmap of "Scaler son activité CSM": for each action the audit sends to automation, candidate solutions
 * with their cost and implementation time; the validated ones, run one after the other, make the timeline
 * and its cost. Dates are ISO calendar dates, `"YYYY-MM-DD"` (see roadmap-dates.ts).
 */
import { isIsoDate } from "../excel/dates";
import {
  AMOUNT_RULE,
  checkNumber,
  describeValue,
  expected,
  itemSubject,
  type NumberRule,
  type Problem,
  textOf,
} from "../checks/checks";
import { isBlank } from "../excel/cells";
import { addWeeks } from "./roadmap-dates";
import { solutionKindOf, type SolutionKind } from "./solution-kinds";
import type { Bilingual } from "../excel/language";

/** One candidate solution for an action to automate. Costs and weeks may be left out until estimated. */
export interface RoadmapItem {
  /** The audited action's id. */
  readonly actionId: string;
  /** The action's label, as shown. */
  readonly action?: string;
  /** The solution, in the team's words. */
  readonly solution?: string;
  /** A key of SOLUTION_KINDS (its label in either language is read too); "other" when left out. */
  readonly kind?: SolutionKind;
  readonly oneOffCost?: number | null;
  readonly monthlyCost?: number | null;
  /** Implementation time, whole weeks, 0 to 260. */
  readonly weeks?: number | null;
  readonly owner?: string;
  /** 1 first; carried along, it does not reorder the timeline (reorder the list: see roadmap-drafts.ts). */
  readonly priority?: number | null;
  /** On the validated roadmap. A validated item needs its costs and weeks. */
  readonly validated?: boolean;
}

export interface RoadmapInput {
  /** When the first validated item starts, `"YYYY-MM-DD"`. */
  readonly start: string;
  readonly items: readonly RoadmapItem[];
}

/** A validated item placed on the timeline: from `start` (included) to `end` = start + 7 × weeks days. */
export interface TimelineEntry {
  /** 0-based position of the item in the list given. */
  readonly index: number;
  readonly actionId: string;
  readonly action: string;
  readonly solution: string;
  readonly kind: SolutionKind;
  readonly owner: string;
  readonly priority: number | null;
  readonly oneOffCost: number;
  readonly monthlyCost: number;
  readonly weeks: number;
  readonly start: string;
  readonly end: string;
}

export interface Roadmap {
  readonly ok: true;
  /** The validated items in list order, each starting when the previous one ends. */
  readonly timeline: readonly TimelineEntry[];
  readonly start: string;
  /** The last item's end; the start when nothing is validated. */
  readonly end: string;
  readonly weeks: number;
  /** Σ one-off costs of the validated items. */
  readonly oneOffCost: number;
  /** Σ monthly costs of the validated items. */
  readonly monthlyCost: number;
  /** One-off + 12 × monthly: a full year of running costs, whatever the go-live dates. */
  readonly firstYearCost: number;
  /** Candidate solutions listed, validated or not. */
  readonly candidates: number;
}

export interface RoadmapProblems {
  readonly ok: false;
  readonly problems: readonly Problem[];
}

/** The longest implementation accepted: five years, as the workbook template's Weeks column. */
export const MAX_WEEKS = 260;

const WEEKS_RULE: NumberRule = {
  integer: true,
  min: 0,
  max: MAX_WEEKS,
  expected: {
    en: `a whole number of weeks from 0 to ${MAX_WEEKS}`,
    fr: `un nombre entier de semaines de 0 à ${MAX_WEEKS}`,
  },
};
const PRIORITY_RULE: NumberRule = {
  integer: true,
  min: 1,
  expected: { en: "a whole number from 1", fr: "un nombre entier à partir de 1" },
};

const ITEM: Bilingual = { en: "Roadmap item", fr: "Élément de la feuille de route" };
const FIELDS = {
  actionId: { en: "action id", fr: "identifiant de l'action" },
  kind: { en: "solution kind", fr: "type de solution" },
  oneOffCost: { en: "one-off cost", fr: "coût ponctuel" },
  monthlyCost: { en: "monthly cost", fr: "coût mensuel" },
  weeks: { en: "weeks", fr: "semaines" },
  priority: { en: "priority", fr: "priorité" },
  validated: { en: "validated", fr: "validé" },
} as const satisfies Record<string, Bilingual>;
type Field = keyof typeof FIELDS;

/** An item once checked, before it is placed on the timeline. */
type CheckedItem = Omit<TimelineEntry, "start" | "end"> & { readonly validated: boolean };

/** One item checked: its values, what is wrong with it reported in `problems`. */
function readItem(raw: unknown, index: number, problems: Problem[]): CheckedItem {
  const item: Partial<Record<keyof RoadmapItem, unknown>> =
    typeof raw === "object" && raw !== null ? raw : {};
  const id = typeof item.actionId === "string" ? item.actionId : undefined;
  const report = (field: Field, message: Bilingual) =>
    problems.push(id === undefined ? { field, index, message } : { field, index, id, message });
  const subject = (field: Field) => itemSubject(ITEM, index, id, FIELDS[field]);
  if (id === undefined || id.trim() === "") {
    report(
      "actionId",
      expected(
        subject("actionId"),
        { en: "an action's id", fr: "l'identifiant d'une action" },
        describeValue(item.actionId),
      ),
    );
  }
  const kind = isBlank(item.kind) ? "other" : solutionKindOf(item.kind);
  if (kind === null) {
    const wanted = { en: "one of the solution kinds", fr: "un des types de solution" };
    report("kind", expected(subject("kind"), wanted, describeValue(item.kind)));
  }
  const validated = item.validated === true;
  if (!isBlank(item.validated) && typeof item.validated !== "boolean") {
    report(
      "validated",
      expected(
        subject("validated"),
        { en: "true or false", fr: "vrai ou faux" },
        describeValue(item.validated),
      ),
    );
  }
  // A candidate may wait for its estimates; a validated item needs them to be placed and costed.
  const number = (field: Field, rule: NumberRule, required: boolean): number | null => {
    const value = item[field as keyof RoadmapItem];
    if (isBlank(value) && !required) return null;
    const message = checkNumber(value, rule, subject(field));
    if (message) report(field, message);
    return message ? null : (value as number);
  };
  const oneOffCost = number("oneOffCost", AMOUNT_RULE, validated);
  const monthlyCost = number("monthlyCost", AMOUNT_RULE, validated);
  const weeks = number("weeks", WEEKS_RULE, validated);
  const priority = number("priority", PRIORITY_RULE, false);
  return {
    index,
    actionId: id ?? textOf(item.actionId),
    action: textOf(item.action),
    solution: textOf(item.solution),
    kind: kind ?? "other",
    owner: textOf(item.owner),
    priority,
    oneOffCost: oneOffCost ?? 0,
    monthlyCost: monthlyCost ?? 0,
    weeks: weeks ?? 0,
    validated,
  };
}

/**
 * The validated roadmap as a timeline ("Scaler son activité CSM", step 5): the validated items in list order, the first
 * starting on `start`, each next one when the previous one ends; end = start + 7 × weeks days. Totals over
 * the validated items: one-off cost, monthly cost, first-year cost = one-off + 12 × monthly. Every item is
 * checked, validated or not: costs of 0 or more, whole weeks from 0 to 260, a priority from 1, a known kind;
 * a validated item must have its costs and weeks. Anything wrong gives the list of problems instead.
 *
 * @param input - the start date and the candidate solutions
 * @returns the roadmap, or `{ ok: false, problems }`
 *
 * @example
 * planRoadmap({ start: "2026-02-02", items: [{ actionId: "tickets", kind: "knowledge", oneOffCost: 6000, monthlyCost: 250, weeks: 6, validated: true }, { actionId: "welcome", kind: "email", oneOffCost: 800, monthlyCost: 60, weeks: 2, validated: true }] }).timeline.map((e) => [e.start, e.end])
 * //=> [["2026-02-02", "2026-03-16"], ["2026-03-16", "2026-03-30"]]
 * @example
 * planRoadmap({ start: "2026-02-02", items: [{ actionId: "tickets", oneOffCost: 6000, monthlyCost: 250, weeks: 6, validated: true }] }).firstYearCost
 * //=> 9000
 * @example
 * planRoadmap({ start: "2026-02-02", items: [{ actionId: "tickets", oneOffCost: -5, monthlyCost: 0, weeks: 1.5 }] }).problems.map((p) => p.field)
 * //=> ["oneOffCost", "weeks"]
 */
export function planRoadmap(input: RoadmapInput): Roadmap | RoadmapProblems {
  const problems: Problem[] = [];
  const start: unknown = typeof input === "object" && input !== null ? input.start : undefined;
  const items: unknown = typeof input === "object" && input !== null ? input.items : undefined;
  if (!isIsoDate(start)) {
    const subject = { en: "Roadmap start", fr: "Début de la feuille de route" };
    const wanted = { en: "a date written YYYY-MM-DD", fr: "une date écrite AAAA-MM-JJ" };
    problems.push({ field: "start", message: expected(subject, wanted, describeValue(start)) });
  }
  if (!Array.isArray(items)) {
    const subject = { en: "Roadmap items", fr: "Éléments de la feuille de route" };
    problems.push({
      field: "items",
      message: expected(subject, { en: "a list", fr: "une liste" }, describeValue(items)),
    });
  }
  const read = Array.isArray(items) ? items.map((raw: unknown, i) => readItem(raw, i, problems)) : [];
  if (problems.length > 0 || !isIsoDate(start)) return { ok: false, problems };
  const timeline: TimelineEntry[] = [];
  let end = start;
  for (const { validated, ...entry } of read) {
    if (!validated) continue;
    const next = addWeeks(end, entry.weeks) ?? end;
    timeline.push({ ...entry, start: end, end: next });
    end = next;
  }
  const sum = (pick: (e: TimelineEntry) => number) => timeline.reduce((total, e) => total + pick(e), 0);
  const oneOffCost = sum((e) => e.oneOffCost);
  const monthlyCost = sum((e) => e.monthlyCost);
  return {
    ok: true,
    timeline,
    start,
    end,
    weeks: sum((e) => e.weeks),
    oneOffCost,
    monthlyCost,
    firstYearCost: oneOffCost + 12 * monthlyCost,
    candidates: read.length,
  };
}
