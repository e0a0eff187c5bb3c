/**
 * The plans a replacing action replaced (importing a plan, restoring a kept one, reading a portfolio or a table
 * of actions over what was there): kept beside the plan, in the same storage, newest first and at most
 * {@link REPLACED_PLANS_LIMIT} of them, so that "Restore the previous plan" can bring any of them back.
 */
import { z } from "zod";
import type { PlanStore } from "../../addin/plan-store";
import type { Bilingual } from "../../functions/excel/language";
import { readPlan, type Plan } from "./schema";

/** How many replaced plans are kept: the oldest goes when a new one comes. */
export const REPLACED_PLANS_LIMIT = 5;

/** Marks the stored list, so that some other text under the same key is not taken for it. */
const REPLACED_FORMAT = "csm-kit.replaced-plans";

/** What replaced a plan. */
export type ReplacedBy = "import" | "restore" | "portfolio" | "actions";

/** A plan kept when something replaced it. */
export interface ReplacedPlan {
  /** When it was replaced (ISO date and time). */
  readonly keptAt: string;
  readonly replacedBy: ReplacedBy;
  readonly plan: Plan;
}

const listSchema = z.object({
  format: z.literal(REPLACED_FORMAT),
  version: z.literal(1),
  plans: z.array(
    z.object({
      keptAt: z.iso.datetime(),
      replacedBy: z.enum(["import", "restore", "portfolio", "actions"]),
      plan: z.unknown(),
    }),
  ),
});

/** What reading the stored list gives: the plans that read, and whether anything in the text did not. */
export interface ReplacedPlansRead {
  readonly plans: readonly ReplacedPlan[];
  /** Some of the text could not be read (cut short, edited, or written by a newer CSM Kit). */
  readonly unreadable: boolean;
}

/**
 * Reads the stored list of replaced plans, never throwing: what reads, and whether something did not.
 *
 * @param text - the stored text, or `undefined` when nothing is stored
 * @returns the plans, newest first
 * @example
 * readReplacedPlans(undefined)
 * //=> { plans: [], unreadable: false }
 * @example
 * readReplacedPlans("{not json").unreadable
 * //=> true
 */
export function readReplacedPlans(text: string | undefined): ReplacedPlansRead {
  if (text === undefined || text === "") return { plans: [], unreadable: false };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { plans: [], unreadable: true };
  }
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) return { plans: [], unreadable: true };
  const plans: ReplacedPlan[] = [];
  for (const entry of parsed.data.plans) {
    const read = readPlan(entry.plan);
    if (read.kind === "ok")
      plans.push({ keptAt: entry.keptAt, replacedBy: entry.replacedBy, plan: read.plan });
  }
  return { plans, unreadable: plans.length < parsed.data.plans.length };
}

/**
 * Writes the list of replaced plans as the text {@link readReplacedPlans} reads back.
 *
 * @param plans - newest first
 * @returns JSON text
 * @example
 * writeReplacedPlans([])
 * //=> '{"format":"csm-kit.replaced-plans","version":1,"plans":[]}'
 */
export function writeReplacedPlans(plans: readonly ReplacedPlan[]): string {
  return JSON.stringify({ format: REPLACED_FORMAT, version: 1, plans });
}

/** What keeping a replaced plan did: the list now stored, and how many older plans had to go for room. */
export interface Kept {
  readonly plans: readonly ReplacedPlan[];
  /** Older plans left out because the storage had no room for them (not counting those over the limit). */
  readonly droppedForRoom: number;
}

/** Where the replaced plans are stored: the plan's own store. */
export type ReplacedStore = Pick<PlanStore<Plan>, "readReplaced" | "writeReplaced" | "keepAside">;

/**
 * Keeps a plan about to be replaced at the head of the stored list, newest first, at most `limit` plans.
 * When the storage refuses the list (full), older plans are left out one by one until it fits; when even
 * the one plan does not fit, it rejects with the storage's error and nothing stored has changed. Stored text
 * that cannot be read is first kept aside under its own key, never overwritten.
 *
 * @param store - the plan's store
 * @param entry - the plan about to be replaced, when and by what
 * @param options - `limit` (default {@link REPLACED_PLANS_LIMIT}); `restoring`: the index of a kept plan
 *   being restored, which leaves the list
 * @returns the list now stored
 * @example
 * const store = workbookPlanStore(new MemoryWorkbook(), planCodec);
 * const plan = { format: "csm-kit.plan", version: 1, metadata: {}, cells: [] };
 * (await keepReplacedPlan(store, { keptAt: "2026-03-01T09:30:00.000Z", replacedBy: "import", plan })).plans.length
 * //=> 1
 */
export async function keepReplacedPlan(
  store: ReplacedStore,
  entry: ReplacedPlan,
  options: { readonly limit?: number; readonly restoring?: number } = {},
): Promise<Kept> {
  const limit = Math.max(1, options.limit ?? REPLACED_PLANS_LIMIT);
  const text = await store.readReplaced();
  const read = readReplacedPlans(text);
  if (read.unreadable && text !== undefined) await store.keepAside(text);
  const others = read.plans.filter((_, index) => index !== options.restoring);
  const wanted = [entry, ...others].slice(0, limit);
  let plans = wanted;
  for (;;) {
    try {
      await store.writeReplaced(writeReplacedPlans(plans));
      return { plans, droppedForRoom: wanted.length - plans.length };
    } catch (error) {
      if (plans.length <= 1) throw error;
      plans = plans.slice(0, -1);
    }
  }
}

/** What a plan holds, counted: what a dialog says will be replaced. */
export interface PlanContents {
  readonly actions: number;
  readonly solutions: number;
  readonly validated: number;
  readonly accounts: number;
  readonly segmentation: boolean;
  readonly calculations: number;
}

const listIn = (plan: Plan, kind: string, key: string): readonly unknown[] => {
  const value = plan.cells.find((cell) => cell.kind === kind)?.inputs[key];
  return Array.isArray(value) ? value : [];
};

/**
 * Counts what a plan holds: actions, roadmap solutions (and how many are validated), portfolio accounts,
 * whether it has the segmentation, calculation cells.
 *
 * @param plan - a plan
 * @returns the counts
 * @example
 * planContents({ format: "csm-kit.plan", version: 1, metadata: {}, cells: [] })
 * //=> { actions: 0, solutions: 0, validated: 0, accounts: 0, segmentation: false, calculations: 0 }
 */
export function planContents(plan: Plan): PlanContents {
  const solutions = listIn(plan, "roadmap", "items");
  return {
    actions: listIn(plan, "actions", "items").length,
    solutions: solutions.length,
    validated: solutions.filter(
      (item) =>
        typeof item === "object" && item !== null && (item as { validated?: unknown }).validated === true,
    ).length,
    accounts: listIn(plan, "portfolio", "rows").length,
    segmentation: plan.cells.some((cell) => cell.kind === "segments"),
    calculations: plan.cells.filter((cell) => cell.kind === "calculation").length,
  };
}

/** "1 action", "2 actions"; French keeps 0 and 1 singular. */
const counted = (n: number, one: string, many: string, language: "en" | "fr"): string =>
  `${new Intl.NumberFormat(language).format(n)} ${n === 1 || (language === "fr" && n === 0) ? one : many}`;

/**
 * What a plan holds, in words, in both languages.
 *
 * @param plan - a plan
 * @returns e.g. "2 actions, 1 roadmap solution (1 validated), a portfolio of 60 accounts"
 * @example
 * describePlan({ format: "csm-kit.plan", version: 1, metadata: {}, cells: [] }).en
 * //=> "no action, no roadmap solution"
 */
export function describePlan(plan: Plan): Bilingual {
  const c = planContents(plan);
  const parts = (language: "en" | "fr"): string => {
    const en = language === "en";
    const list = [
      c.actions === 0
        ? en
          ? "no action"
          : "aucune action"
        : counted(c.actions, "action", "actions", language),
      c.solutions === 0
        ? en
          ? "no roadmap solution"
          : "aucune solution de feuille de route"
        : `${counted(c.solutions, en ? "roadmap solution" : "solution de feuille de route", en ? "roadmap solutions" : "solutions de feuille de route", language)} (${counted(c.validated, en ? "validated" : "validée", en ? "validated" : "validées", language)})`,
    ];
    if (c.accounts > 0)
      list.push(
        en
          ? `a portfolio of ${counted(c.accounts, "account", "accounts", language)}`
          : `un portefeuille de ${counted(c.accounts, "compte", "comptes", language)}`,
      );
    if (c.segmentation) list.push(en ? "the segmentation and coverage" : "la segmentation et la couverture");
    if (c.calculations > 0)
      list.push(
        counted(
          c.calculations,
          en ? "calculation cell" : "cellule de calcul",
          en ? "calculation cells" : "cellules de calcul",
          language,
        ),
      );
    return list.join(", ");
  };
  return { en: parts("en"), fr: parts("fr") };
}
