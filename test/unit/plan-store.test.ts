// Where a plan persists: the document's settings (through the in-browser workbook) and the browser's storage
// (a fake). Both must load what they can read, report what they cannot with its raw text, and never
// overwrite an unreadable or newer plan before it has been kept aside.
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import {
  browserPlanStore,
  PLAN_SETTING,
  PlanStoreError,
  workbookPlanStore,
  type PlanStore,
} from "../../addin/plan-store";
import { planCodec, type Plan } from "../../notebook/plan/schema";

const plan: Plan = {
  format: "csm-kit.plan",
  version: 1,
  metadata: { title: "Audit" },
  cells: [{ id: "c1", kind: "calculation", inputs: { name: "x", expression: "1 + 1" }, order: 0 }],
};
const later: Plan = { ...plan, metadata: { title: "Audit, revised" } };
const BROKEN = '{"format":"csm-kit.plan","version":1,"cells":[{"id":';
const NEWER = '{"format":"csm-kit.plan","version":3,"pages":[]}';
const clock = () => new Date(Date.UTC(2025, 2, 1, 9, 30, 0));
const STAMP = "2025-03-01T09:30:00.000Z";

/** A fake of the browser's storage, with switches to make it fail. */
class FakeStorage {
  readonly items = new Map<string, string>();
  full = false;
  forgetful = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error("QuotaExceededError: the quota has been exceeded");
    if (!this.forgetful) this.items.set(key, value);
  }
}

interface Harness {
  readonly store: PlanStore<Plan>;
  /** The stored text under a key, read straight from the backing storage. */
  stored(key: string): Promise<string | undefined>;
  readonly key: string;
}

const stores: [string, (seed?: string) => Harness][] = [
  [
    "the workbook store",
    (seed) => {
      const workbook = new MemoryWorkbook({ settings: seed === undefined ? {} : { [PLAN_SETTING]: seed } });
      return {
        store: workbookPlanStore(workbook, planCodec, { now: clock }),
        stored: (key) => workbook.getSetting(key),
        key: "csmkit.plan",
      };
    },
  ],
  [
    "the browser store",
    (seed) => {
      const storage = new FakeStorage();
      if (seed !== undefined) storage.items.set("planner", seed);
      return {
        store: browserPlanStore(storage, "planner", planCodec, { now: clock }),
        stored: async (key) => storage.items.get(key),
        key: "planner",
      };
    },
  ],
];

async function rejection(promise: Promise<unknown>): Promise<PlanStoreError> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof PlanStoreError) return thrown;
    throw thrown;
  }
  throw new Error("expected the store to refuse");
}

describe.each(stores)("%s", (_name, make) => {
  it("loads nothing from an empty place", async () => {
    expect(await make().store.load()).toEqual({ kind: "empty" });
  });

  it("saves a plan as pretty JSON and loads it back", async () => {
    const { store, stored, key } = make();
    await store.save(plan);
    const text = await stored(key);
    expect(JSON.parse(text ?? "null")).toEqual(plan);
    expect(text).toContain('\n  "version": 1,');
    expect(await store.load()).toEqual({ kind: "ok", plan });
    await store.save(later);
    expect(await store.load()).toEqual({ kind: "ok", plan: later });
  });

  it.each([
    ["an unreadable plan", BROKEN, "unreadable"],
    ["a plan from a newer version", NEWER, "newer"],
  ])("reports %s with its raw text and refuses to overwrite it", async (_what, seed, kind) => {
    const { store, stored, key } = make(seed);
    const loaded = await store.load();
    expect(loaded).toMatchObject({ kind, raw: seed });
    const refusal = await rejection(store.save(plan));
    expect(refusal.reason).toBe("not-kept-aside");
    expect(refusal.text.fr).toContain("Mettez-le d'abord de côté");
    expect(await stored(key)).toBe(seed);
  });

  it("saves over an unreadable plan once it has been kept aside under a timestamped key", async () => {
    const { store, stored, key } = make(BROKEN);
    const where = await store.keepAside(BROKEN);
    expect(where).toBe(`${key}.aside.${STAMP}`);
    expect(await stored(where)).toBe(BROKEN);
    await store.save(plan);
    expect(await store.load()).toEqual({ kind: "ok", plan });
    expect(await stored(where)).toBe(BROKEN);
  });

  it("keeps two copies kept aside in the same millisecond under two keys", async () => {
    const { store, stored, key } = make(BROKEN);
    expect(await store.keepAside("first")).toBe(`${key}.aside.${STAMP}`);
    expect(await store.keepAside("second")).toBe(`${key}.aside.${STAMP}.2`);
    expect(await stored(`${key}.aside.${STAMP}`)).toBe("first");
  });

  it("still refuses when what was kept aside is not what is stored", async () => {
    const { store, stored, key } = make(NEWER);
    await store.keepAside(BROKEN);
    expect((await rejection(store.save(plan))).reason).toBe("not-kept-aside");
    expect(await stored(key)).toBe(NEWER);
  });
});

describe("the browser store when the storage fails", () => {
  it("says the storage is full, in both languages, and keeps the previous plan", async () => {
    const storage = new FakeStorage();
    const store = browserPlanStore(storage, "planner", planCodec, { now: clock });
    await store.save(plan);
    storage.full = true;
    const refusal = await rejection(store.save(later));
    expect(refusal.reason).toBe("storage");
    expect(refusal.text.en).toBe(
      "The plan could not be stored (QuotaExceededError: the quota has been exceeded). Export it as JSON to keep a copy, then try again.",
    );
    expect(refusal.text.fr).toContain("Exportez-le en JSON");
    expect(await store.load()).toEqual({ kind: "ok", plan });
  });

  it("does not count a copy that did not read back as kept aside", async () => {
    const storage = new FakeStorage();
    storage.items.set("planner", BROKEN);
    const store = browserPlanStore(storage, "planner", planCodec, { now: clock });
    storage.forgetful = true;
    expect((await rejection(store.keepAside(BROKEN))).reason).toBe("storage");
    storage.forgetful = false;
    expect((await rejection(store.save(plan))).reason).toBe("not-kept-aside");
    expect(storage.items.get("planner")).toBe(BROKEN);
  });
});

describe("the workbook store", () => {
  it("stores the plan in the document setting csmkit.plan, beside the add-in's own record", async () => {
    const workbook = new MemoryWorkbook();
    await workbookPlanStore(workbook, planCodec).save(plan);
    expect(PLAN_SETTING).toBe("csmkit.plan");
    expect(JSON.parse((await workbook.getSetting("csmkit.plan")) ?? "null")).toEqual(plan);
    expect(await workbook.getSetting("csmkit.owned")).toBeUndefined();
  });
});
