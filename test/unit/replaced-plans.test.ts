// The plans a replacing action replaced, kept beside the plan: newest first, bounded, older ones left out when
// the storage is full, never an unreadable list overwritten, and a restored plan leaving the list while the
// plan it replaces takes its place at the head.
import { describe, expect, it } from "vitest";
import { browserPlanStore } from "../../addin/plan-store";
import {
  describePlan,
  keepReplacedPlan,
  readReplacedPlans,
  REPLACED_PLANS_LIMIT,
  type ReplacedPlan,
} from "../../notebook/plan/replaced-plans";
import { planCodec, type Plan } from "../../notebook/plan/schema";

const KEY = "csmkit.plan";
const REPLACED = "csmkit.plan.replaced";

/** The browser's storage, with a quota in characters over all its values (as browsers count it). */
class QuotaStorage {
  readonly items = new Map<string, string>();
  constructor(readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = value.length;
    for (const [other, text] of this.items) if (other !== key) used += text.length;
    if (used > this.quota) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
}

/** A plan whose one action is named `label`, so that each plan is told apart by it. */
const planNamed = (label: string, padding = 0): Plan => ({
  format: "csm-kit.plan",
  version: 1,
  metadata: {},
  cells: [
    {
      id: "actions",
      kind: "actions",
      inputs: { items: [{ id: "a", label: label + " ".repeat(padding), stage: "support" }] },
      order: 0,
    },
  ],
});
const labelOf = (entry: ReplacedPlan): string =>
  String((entry.plan.cells[0]?.inputs.items as { label: string }[])[0]?.label).trim();
const entry = (label: string, padding = 0): ReplacedPlan => ({
  keptAt: "2026-03-01T09:30:00.000Z",
  replacedBy: "import",
  plan: planNamed(label, padding),
});

const storeOver = (storage: QuotaStorage) => browserPlanStore(storage, KEY, planCodec);
const storedLabels = (storage: QuotaStorage) =>
  readReplacedPlans(storage.getItem(REPLACED) ?? undefined).plans.map(labelOf);

describe("keeping replaced plans", () => {
  it("keeps each replaced plan, newest first, under the plan's key with .replaced", async () => {
    const storage = new QuotaStorage();
    const store = storeOver(storage);
    await keepReplacedPlan(store, entry("first"));
    const kept = await keepReplacedPlan(store, entry("second"));
    expect(kept.plans.map(labelOf)).toEqual(["second", "first"]);
    expect(storedLabels(storage)).toEqual(["second", "first"]);
    // The plan's own key is not touched.
    expect(storage.getItem(KEY)).toBeNull();
  });

  it("keeps five plans at most: the oldest goes when a sixth comes", async () => {
    expect(REPLACED_PLANS_LIMIT).toBe(5);
    const storage = new QuotaStorage();
    const store = storeOver(storage);
    for (const label of ["p1", "p2", "p3", "p4", "p5", "p6"]) await keepReplacedPlan(store, entry(label));
    expect(storedLabels(storage)).toEqual(["p6", "p5", "p4", "p3", "p2"]);
  });

  it("leaves older plans out, one by one, when the storage is full, and says how many", async () => {
    // Each plan is padded to about 1,000 characters; the quota holds two of them but not three.
    const storage = new QuotaStorage(2_700);
    const store = storeOver(storage);
    await keepReplacedPlan(store, entry("old", 1_000));
    await keepReplacedPlan(store, entry("middle", 1_000));
    const kept = await keepReplacedPlan(store, entry("new", 1_000));
    expect(kept.plans.map(labelOf)).toEqual(["new", "middle"]);
    expect(kept.droppedForRoom).toBe(1);
    expect(storedLabels(storage)).toEqual(["new", "middle"]);
  });

  it("fails with a storage error that says what to do when not even the one plan fits, changing nothing", async () => {
    const storage = new QuotaStorage(1_500);
    const store = storeOver(storage);
    await keepReplacedPlan(store, entry("small"));
    const before = storage.getItem(REPLACED);
    await expect(keepReplacedPlan(store, entry("huge", 2_000))).rejects.toMatchObject({
      reason: "storage",
      text: { en: expect.stringContaining("Export it as JSON") },
    });
    expect(storage.getItem(REPLACED)).toBe(before);
  });

  it("keeps a list it cannot read aside before writing over it", async () => {
    const storage = new QuotaStorage();
    storage.setItem(REPLACED, "{cut short");
    const store = storeOver(storage);
    await keepReplacedPlan(store, entry("next"));
    const aside = [...storage.items.keys()].filter((key) => key.startsWith(`${KEY}.aside.`));
    expect(aside.map((key) => storage.getItem(key))).toEqual(["{cut short"]);
    expect(storedLabels(storage)).toEqual(["next"]);
  });

  it("reading an entry written by a newer CSM Kit reports it as unreadable and keeps the others", () => {
    const text = JSON.stringify({
      format: "csm-kit.replaced-plans",
      version: 1,
      plans: [
        {
          keptAt: "2026-03-01T09:30:00.000Z",
          replacedBy: "import",
          plan: { format: "csm-kit.plan", version: 9 },
        },
        { keptAt: "2026-03-01T09:00:00.000Z", replacedBy: "portfolio", plan: planNamed("fine") },
      ],
    });
    const read = readReplacedPlans(text);
    expect(read.unreadable).toBe(true);
    expect(read.plans.map(labelOf)).toEqual(["fine"]);
    expect(read.plans[0]?.replacedBy).toBe("portfolio");
  });
});

describe("restoring a replaced plan", () => {
  it("takes the restored plan out of the list and keeps the plan it replaces at the head", async () => {
    const storage = new QuotaStorage();
    const store = storeOver(storage);
    for (const label of ["a", "b", "c"]) await keepReplacedPlan(store, entry(label));
    // Stored: c, b, a. Restoring b (index 1) while "current" is open.
    const kept = await keepReplacedPlan(
      store,
      { ...entry("current"), replacedBy: "restore" },
      { restoring: 1 },
    );
    expect(kept.plans.map(labelOf)).toEqual(["current", "c", "a"]);
    expect(kept.plans[0]?.replacedBy).toBe("restore");
    // Restoring twice in a row goes back and forth between the two plans, and loses neither.
    const again = await keepReplacedPlan(store, { ...entry("b"), replacedBy: "restore" }, { restoring: 0 });
    expect(again.plans.map(labelOf)).toEqual(["b", "c", "a"]);
  });
});

describe("a plan in words", () => {
  it("counts actions, solutions, accounts, segmentation and calculations, singular and plural", () => {
    const plan: Plan = {
      format: "csm-kit.plan",
      version: 1,
      metadata: {},
      cells: [
        { id: "actions", kind: "actions", inputs: { items: [{}, {}, {}] }, order: 0 },
        {
          id: "roadmap",
          kind: "roadmap",
          inputs: { items: [{ validated: true }, { validated: false }] },
          order: 1,
        },
        {
          id: "portfolio",
          kind: "portfolio",
          inputs: { rows: Array.from({ length: 1200 }, () => []) },
          order: 2,
        },
        { id: "segments", kind: "segments", inputs: {}, order: 3 },
        { id: "c1", kind: "calculation", inputs: {}, order: 4 },
      ],
    };
    expect(describePlan(plan)).toEqual({
      en: "3 actions, 2 roadmap solutions (1 validated), a portfolio of 1,200 accounts, the segmentation and coverage, 1 calculation cell",
      fr: "3 actions, 2 solutions de feuille de route (1 validée), un portefeuille de 1\u202f200 comptes, la segmentation et la couverture, 1 cellule de calcul",
    });
  });
});
