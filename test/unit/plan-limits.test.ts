// The largest plan CSM Kit supports (notebook/plan/limits.ts: 2,000 actions, 100,000 accounts), at every door
// that is not the pane (plan-limits-view.test.tsx has the pane's): a stored or imported plan, the actions
// read from a workbook table, the portfolio read from a workbook table (a .csv or .xlsx: portfolio-import
// and portfolio-hostile tests). Each door takes a plan at
// the limit and refuses one past it, whole, with the limit stated in English and French. The messages are
// written out here by hand.
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { importPlan, readPlan } from "../../notebook/plan/schema";
import { readActionsTable } from "../../notebook/scaling-audit/actions-import";
import { readPortfolioTable } from "../../notebook/segmentation/workbook";
import { PORTFOLIO_LIMITS } from "../../notebook/segmentation/portfolio-import/limits";
import { largePlan } from "../support/large-plan";

const NBSP = "\u00a0";

describe("the limits of a plan", () => {
  it("are one table: 2,000 actions and 100,000 accounts, the portfolio import's rows included", () => {
    expect(PORTFOLIO_LIMITS.rows).toBe(100_000);
  });
});

describe("a stored or imported plan", () => {
  it("is read with 2,000 actions and 100,000 accounts", () => {
    const read = readPlan(JSON.stringify(largePlan(2000, 100_000)));
    expect(read.kind).toBe("ok");
    expect(importPlan(JSON.stringify(largePlan(2000))).kind).toBe("ok");
  });

  it("is refused whole with 2,001 actions, the limit stated, and its text kept", () => {
    const text = JSON.stringify(largePlan(2001));
    expect(readPlan(text)).toEqual({
      kind: "unreadable",
      raw: text,
      reason: {
        en: "This plan has 2,001 actions; a CSM Kit plan takes 2,000 actions at most. Group similar actions, or split the audit into several plans.",
        fr: `Ce plan a 2${NBSP}001 actions ; un plan CSM Kit en accepte 2${NBSP}000 au plus. Regroupez les actions semblables, ou répartissez l'audit sur plusieurs plans.`,
      },
    });
    expect(importPlan(text).kind).toBe("unreadable");
  });

  it("is refused when its scores or its roadmap name more actions than a plan takes", () => {
    const plan = largePlan(10);
    const scores = Object.fromEntries(
      Array.from({ length: 2001 }, (_, i) => [`s${i}`, { time: 1, value: 1 }]),
    );
    const roadmap = Array.from({ length: 2001 }, (_, i) => ({ actionId: `r${i}`, validated: false }));
    for (const [kind, inputs] of [
      ["scores", scores],
      ["roadmap", { start: "2026-01-05", items: roadmap }],
    ] as const) {
      const cells = plan.cells.map((cell) => (cell.kind === kind ? { ...cell, inputs } : cell));
      const read = readPlan({ ...plan, cells });
      expect(read.kind === "unreadable" && read.reason.en, kind).toBe(
        "This plan has 2,001 actions; a CSM Kit plan takes 2,000 actions at most. Group similar actions, or split the audit into several plans.",
      );
    }
  });

  it("is refused with a portfolio of 100,001 accounts", () => {
    const read = readPlan(JSON.stringify(largePlan(5, 100_001)));
    expect(read.kind === "unreadable" && read.reason).toEqual({
      en: "This plan's portfolio has 100,001 rows; a CSM Kit plan takes 100,000 accounts at most. Split the portfolio into smaller files.",
      fr: `Le portefeuille de ce plan a 100${NBSP}001 lignes ; un plan CSM Kit accepte 100${NBSP}000 comptes au plus. Découpez le portefeuille en fichiers plus petits.`,
    });
  });
});

describe("actions read from a workbook table", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Action ${i + 1}`, "Support", 3, 4]);
  const headers = ["Action", "Stage", "Time", "Value"];

  it("takes 2,000 actions, blank rows not counted", () => {
    const read = readActionsTable({ name: "Mine", headers, rows: [...rows(2000), [null, null, null, null]] });
    expect(read.items).toHaveLength(2000);
    expect(read.problems).toEqual([]);
  });

  it("refuses 2,001 actions whole, with the limit", () => {
    const read = readActionsTable({ name: "Mine", headers, rows: rows(2001) });
    expect(read).toEqual({
      items: [],
      scores: {},
      problems: [
        {
          en: 'The table "Mine" has 2,001 actions; a CSM Kit plan takes 2,000 actions at most. Group similar actions, or split the audit into several plans.',
          fr: `Le tableau « Mine » a 2${NBSP}001 actions ; un plan CSM Kit en accepte 2${NBSP}000 au plus. Regroupez les actions semblables, ou répartissez l'audit sur plusieurs plans.`,
        },
      ],
    });
  });
});

describe("a portfolio read from a workbook table", () => {
  const workbook = (n: number) => {
    const book = new MemoryWorkbook();
    const rows = Array.from({ length: n }, (_, i) => [`ACC-${i}`, 1000 + i]);
    book.addUserTable({ name: "Accounts", sheet: "Data", headers: ["Account", "ARR"], rows });
    return book;
  };

  it("takes 100,000 accounts", async () => {
    const read = await readPortfolioTable(workbook(100_000), "Accounts");
    expect(read.rows).toHaveLength(100_000);
    expect(read.problems).toEqual([]);
  });

  it("refuses 100,001 accounts whole, with the limit", async () => {
    expect(await readPortfolioTable(workbook(100_001), "Accounts")).toEqual({
      headers: [],
      rows: [],
      problems: [
        {
          en: 'The table "Accounts" has 100,001 rows; a CSM Kit plan takes 100,000 accounts at most. Split the portfolio into smaller files.',
          fr: `Le tableau « Accounts » a 100${NBSP}001 lignes ; un plan CSM Kit accepte 100${NBSP}000 comptes au plus. Découpez le portefeuille en fichiers plus petits.`,
        },
      ],
    });
  });
});
