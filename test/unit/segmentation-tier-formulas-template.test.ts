// What the segmentation's tier formulas compute, a second way beside their pinned text
// (segmentation-tier-formulas.test.ts): a small evaluator (test/support/formula-evaluator.ts, which shares no
// code with the formulas' writer) runs the segmentation template's formulas over accounts, and gives the tiers worked out here by hand from the
// workbook's published rules, then the tiers of the core (functions/segmentation/segment.ts) for any rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TIERS, type SegmentationRules } from "../../functions/segmentation/rules";
import { segmentAccounts } from "../../functions/segmentation/segment";
import type { Scalar } from "../support/formula-evaluator";
import {
  accountsRow,
  AMOUNTS,
  HIGH,
  JAN_2019,
  LOW,
  PUBLISHED,
  segmentsTable,
  TECH,
  TEMPLATE,
} from "../support/tier-sheets";

describe("the segmentation template's formulas, evaluated on its published rules", () => {
  it("give the first tier reached from the top, at exactly its threshold", () => {
    expect(accountsRow({ account: "A", current: 100_000 }, TEMPLATE)).toEqual([HIGH, 1, "—", HIGH]);
    expect(accountsRow({ account: "B", current: 0, potential: 250_000 }, TEMPLATE)).toEqual([
      HIGH,
      1,
      "—",
      HIGH,
    ]);
    expect(accountsRow({ account: "C", current: 25_000 }, TEMPLATE)).toEqual([LOW, 2, "—", LOW]);
    expect(accountsRow({ account: "D", current: 0 }, TEMPLATE)).toEqual([TECH, 3, "—", TECH]);
    const noPotential = { ...TEMPLATE, usePotential: "No" } as const;
    expect(accountsRow({ account: "B", current: 0, potential: 250_000 }, noPotential)).toEqual([
      TECH,
      3,
      "—",
      TECH,
    ]);
  });

  it("leave a row without an account blank", () => {
    expect(accountsRow({ account: null, current: 500_000 }, TEMPLATE)).toEqual(["", "", "", ""]);
  });

  it("count a blank potential ARR as 0, unlike the Segments table: it reaches a potential threshold of 0", () => {
    const zero = { ...TEMPLATE, high: [100_000, 0] } as const;
    expect(accountsRow({ account: "A", current: 10 }, zero)).toEqual([HIGH, 1, "—", HIGH]);
    const table: SegmentationRules = {
      ...PUBLISHED,
      tiers: [
        { name: { en: HIGH, fr: HIGH }, currentMin: 100_000, potentialMin: 0 },
        ...DEFAULT_TIERS.slice(1),
      ],
    };
    expect(segmentsTable([{ current: 10 }], table)).toEqual([[3, 3, "—", TECH]]);
  });

  it("move a strategic industry up one tier and keep a historical customer at its floor, in both languages", () => {
    expect(accountsRow({ account: "A", current: 30_000, industry: "HEALTH" }, TEMPLATE)).toEqual([
      LOW,
      1,
      "Strategic industry",
      HIGH,
    ]);
    expect(accountsRow({ account: "A", current: 10, since: JAN_2019 - 1 }, TEMPLATE)).toEqual([
      TECH,
      2,
      "Historical customer",
      LOW,
    ]);
    expect(accountsRow({ account: "A", current: 10, since: JAN_2019 }, TEMPLATE)).toEqual([
      TECH,
      3,
      "—",
      TECH,
    ]);
    const top = { ...TEMPLATE, floor: 1 };
    const both = { account: "A", current: 10, industry: "Health", since: 40_000 };
    expect(accountsRow(both, top)).toEqual([TECH, 1, "Strategic, then historical", HIGH]);
    expect(accountsRow(both, top, "fr")[2]).toBe("Stratégique, puis historique");
    expect(accountsRow({ account: "A", current: 30_000, industry: "health" }, TEMPLATE, "fr")[2]).toBe(
      "Secteur stratégique",
    );
    expect(accountsRow({ account: "A", current: 10, since: 1 }, TEMPLATE, "fr")[2]).toBe("Client historique");
    expect(accountsRow({ account: "A", current: 10, since: 1 }, { ...TEMPLATE, floor: null })).toEqual([
      TECH,
      3,
      "—",
      TECH,
    ]);
  });
});

describe("the template's formulas and the core", () => {
  it("give the core's tiers for any three-tier rules the template can hold and any row it accepts", () => {
    const threshold = fc.option(fc.constantFrom(...AMOUNTS.filter((a) => a > 0)));
    const rules = fc.record({
      high: fc.tuple(threshold, threshold),
      low: fc.tuple(threshold, threshold),
      usePotential: fc.constantFrom<"Yes" | "No">("Yes", "No"),
      strategic: fc.subarray(["Health", "retail"]),
      before: fc.option(fc.constantFrom(40_000, JAN_2019)),
      floor: fc.option(fc.integer({ min: 1, max: 3 })),
    });
    const row = fc.record({
      current: fc.constantFrom(...AMOUNTS),
      potential: fc.constantFrom<Scalar>(null, ...AMOUNTS),
      since: fc.constantFrom<Scalar>(null, 1, 40_000, JAN_2019 - 1, JAN_2019, JAN_2019 + 0.5, 2_958_465),
      industry: fc.constantFrom<Scalar>(null, "", "Health", "health", "RETAIL", "Retail "),
    });
    fc.assert(
      fc.property(rules, row, (template, drawn) => {
        const core = segmentAccounts(
          [
            {
              account: "A",
              currentArr: drawn.current,
              potentialArr: drawn.potential,
              customerSince: drawn.since,
              industry: drawn.industry,
            },
          ],
          {
            tiers: [
              { name: { en: HIGH, fr: HIGH }, currentMin: template.high[0], potentialMin: template.high[1] },
              { name: { en: LOW, fr: LOW }, currentMin: template.low[0], potentialMin: template.low[1] },
              { name: { en: TECH, fr: TECH } },
            ],
            potentialOutweighs: template.usePotential === "Yes",
            strategicIndustries: template.strategic,
            historical:
              template.floor === null ? null : { before: template.before, floorTier: template.floor - 1 },
          },
        );
        const account = core.ok ? core.accounts[0] : undefined;
        if (account?.status !== "classified") throw new Error(JSON.stringify(core));
        const names = [HIGH, LOW, TECH];
        const moved =
          account.movedBy.length === 2
            ? "Strategic, then historical"
            : account.movedBy[0] === "strategic"
              ? "Strategic industry"
              : account.movedBy[0]
                ? "Historical customer"
                : "—";
        expect(accountsRow({ account: "A", ...drawn }, template)).toEqual([
          names[account.arrTier],
          account.tier + 1,
          moved,
          names[account.tier],
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
