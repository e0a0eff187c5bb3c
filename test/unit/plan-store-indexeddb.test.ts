// The standalone planner's plan store over IndexedDB (fake-indexeddb here): a plan of the supported size
// (100,000 accounts) saves and reads back whole; a plan an older version kept in localStorage is moved over
// without being lost; a full storage refuses with a clear message and leaves the previous plan as it was; a
// browser without IndexedDB keeps the plan in localStorage. And in Excel, a plan over the document's room is
// refused with the limit stated.
import { IDBDatabase, IDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openTexts } from "../../addin/indexed-db-texts";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import {
  EXCEL_PLAN_CHARACTERS,
  indexedDbPlanStore,
  PlanStoreError,
  workbookPlanStore,
} from "../../addin/plan-store";
import { planCodec, type Plan } from "../../notebook/plan/schema";

const KEY = "csmkit.plan";

/** localStorage, in memory, with its enumeration (`key(i)`, `length`). */
class LegacyStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  get length(): number {
    return this.items.size;
  }
}

/** A plan whose portfolio has `accounts` rows, each different. */
function portfolioPlan(accounts: number, title = "Portfolio"): Plan {
  const rows = Array.from({ length: accounts }, (_, i) => [
    `ACC-${i}`,
    1000 + (i % 997) * 13,
    i % 5 === 0 ? null : 5000 + i,
    ["Software", "Retail", "Energy"][i % 3] ?? "",
  ]);
  return {
    format: "csm-kit.plan",
    version: 1,
    metadata: { title },
    cells: [
      {
        id: "portfolio",
        kind: "portfolio",
        order: 0,
        inputs: {
          source: "accounts.csv",
          table: null,
          headers: ["Account", "Current ARR", "Potential ARR", "Industry"],
          rows,
          mapping: { account: "Account", currentArr: "Current ARR" },
          firstRow: 2,
        },
      },
    ],
  };
}

const small = portfolioPlan(2, "Small");
const edited = portfolioPlan(3, "Small, edited");

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the IndexedDB plan store", () => {
  it("saves a plan of 100,000 accounts and reads it back whole, in a new store over the same database", async () => {
    const factory = new IDBFactory();
    const legacy = new LegacyStorage();
    const plan = portfolioPlan(100_000);
    await indexedDbPlanStore(factory, legacy, KEY, planCodec).save(plan);
    const loaded = await indexedDbPlanStore(factory, legacy, KEY, planCodec).load();
    expect(loaded.kind).toBe("ok");
    const back = loaded.kind === "ok" ? loaded.plan : undefined;
    expect(back?.cells[0]?.inputs.rows).toHaveLength(100_000);
    // The 54,321st account, worked out from the way the rows are made: 1000 + (54321 mod 997) × 13.
    expect((back?.cells[0]?.inputs.rows as unknown[][])[54_321]).toEqual([
      "ACC-54321",
      1000 + 483 * 13,
      5000 + 54_321,
      "Software",
    ]);
    expect(back).toEqual(plan);
    // Nothing went to localStorage.
    expect(legacy.length).toBe(0);
  });

  it("moves a plan an older version kept in localStorage, with what was kept beside it, and nothing else", async () => {
    const factory = new IDBFactory();
    const legacy = new LegacyStorage();
    const text = planCodec.write(small);
    legacy.setItem(KEY, text);
    legacy.setItem(`${KEY}.replaced`, "[replaced plans]");
    legacy.setItem(`${KEY}.aside.2026-01-01T00:00:00.000Z`, "{kept aside");
    legacy.setItem("csmkit.language", "fr");
    const store = indexedDbPlanStore(factory, legacy, KEY, planCodec);
    expect(await store.load()).toEqual({ kind: "ok", plan: small });
    expect(await store.readReplaced()).toBe("[replaced plans]");
    // Moved: in the database, byte for byte, and gone from localStorage; the language stays where it was.
    const texts = await openTexts(factory);
    expect(await texts.get(KEY)).toBe(text);
    expect(await texts.get(`${KEY}.aside.2026-01-01T00:00:00.000Z`)).toBe("{kept aside");
    expect([...legacy.items.keys()]).toEqual(["csmkit.language"]);
    // Saving goes to the database.
    await store.save(edited);
    expect(await texts.get(KEY)).toBe(planCodec.write(edited));
    expect(legacy.getItem(KEY)).toBeNull();
  });

  it("does not move an older copy over a plan already in the database, and keeps that copy", async () => {
    const factory = new IDBFactory();
    await (await openTexts(factory)).set(KEY, planCodec.write(edited));
    const legacy = new LegacyStorage();
    legacy.setItem(KEY, planCodec.write(small));
    const store = indexedDbPlanStore(factory, legacy, KEY, planCodec);
    expect(await store.load()).toEqual({ kind: "ok", plan: edited });
    expect(legacy.getItem(KEY)).toBe(planCodec.write(small));
  });

  it("keeps the plan in localStorage when the browser refuses IndexedDB", async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, "open").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    const legacy = new LegacyStorage();
    legacy.setItem(KEY, planCodec.write(small));
    const store = indexedDbPlanStore(factory, legacy, KEY, planCodec);
    expect(await store.load()).toEqual({ kind: "ok", plan: small });
    await store.save(edited);
    expect(legacy.getItem(KEY)).toBe(planCodec.write(edited));
  });

  it("refuses a save the full storage aborts, says so in both languages, and keeps the previous plan", async () => {
    const factory = new IDBFactory();
    const store = indexedDbPlanStore(factory, new LegacyStorage(), KEY, planCodec);
    await store.save(small);
    // A full disk as Chromium reports it: the write transaction aborts with a QuotaExceededError.
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, "transaction").mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase["transaction"]>
    ) {
      const made = transaction.apply(this, args);
      if (args[1] === "readwrite") {
        const objects = made.objectStore("texts");
        objects.put = () => {
          Object.defineProperty(made, "error", {
            value: new DOMException("The quota has been exceeded.", "QuotaExceededError"),
          });
          made.abort();
          return {} as IDBRequest<IDBValidKey>;
        };
        made.objectStore = () => objects;
      }
      return made;
    });
    const refusal = await store.save(edited).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(PlanStoreError);
    expect((refusal as PlanStoreError).reason).toBe("storage");
    expect((refusal as PlanStoreError).text.en).toBe(
      "The plan could not be stored (QuotaExceededError: The quota has been exceeded.). Export it as JSON to keep a copy, then try again.",
    );
    expect((refusal as PlanStoreError).text.fr).toContain("n'a pas pu être enregistré");
    vi.restoreAllMocks();
    expect(await store.load()).toEqual({ kind: "ok", plan: small });
  });
});

describe("the workbook store in Excel", () => {
  it("refuses a plan over the document's room with the limit stated, and keeps the plan saved before", async () => {
    const workbook = new MemoryWorkbook();
    Object.defineProperty(workbook, "host", { value: "excel" });
    const store = workbookPlanStore(workbook, planCodec);
    await store.save(small);
    const large = portfolioPlan(20_000);
    const length = planCodec.write(large).length;
    expect(length).toBeGreaterThan(EXCEL_PLAN_CHARACTERS);
    const refusal = (await store.save(large).then(
      () => undefined,
      (error: unknown) => error,
    )) as PlanStoreError;
    expect(refusal.reason).toBe("storage");
    expect(refusal.text.en).toContain("holds 1,000,000 characters of plan at most");
    expect(refusal.text.en).toContain(`this plan has ${length.toLocaleString("en-US")}`);
    expect(refusal.text.fr).toContain("1\u00a0000\u00a0000 caractères au plus");
    expect(await store.load()).toEqual({ kind: "ok", plan: small });
  });

  it("saves a large plan in the in-browser workbook, which has no such limit", async () => {
    const workbook = new MemoryWorkbook();
    const large = portfolioPlan(20_000);
    await workbookPlanStore(workbook, planCodec).save(large);
    expect(await workbookPlanStore(workbook, planCodec).load()).toEqual({ kind: "ok", plan: large });
  });
});
