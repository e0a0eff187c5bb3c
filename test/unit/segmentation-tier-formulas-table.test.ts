// What the segmentation's tier formulas compute, a second way beside their pinned text
// (segmentation-tier-formulas.test.ts): a small evaluator (test/support/formula-evaluator.ts, which shares no
// code with the formulas' writer) runs the plan's Segments table formulas over accounts, and gives the tiers worked out here by hand from the
// workbook's published rules, then the tiers of the core (functions/segmentation/segment.ts) for any rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TIERS, type SegmentationRules } from "../../functions/segmentation/rules";
import { segmentAccounts } from "../../functions/segmentation/segment";
import { FormulaError, type Scalar } from "../support/formula-evaluator";
import {
  AMOUNTS,
  HIGH,
  JAN_2019,
  LOW,
  PUBLISHED,
  segmentsTable,
  TECH,
  UNCLASSIFIED,
  type Row,
  type Shown,
} from "../support/tier-sheets";

describe("the Segments table's formulas, evaluated on the published rules", () => {
  it("reach a tier at exactly its threshold, by current ARR or by potential ARR", () => {
    // High: current 100,000 or potential 250,000; Low: 25,000 or 75,000; Tech: the rest.
    const rows: Row[] = [
      { current: 100_000 },
      { current: 99_999.99 },
      { current: 99_999.99, potential: 250_000 },
      { current: 25_000 },
      { current: 24_999.99, potential: 75_000 },
      { current: 24_999.99, potential: 74_999.99 },
    ];
    expect(segmentsTable(rows, PUBLISHED)).toEqual([
      [1, 1, "—", HIGH],
      [2, 2, "—", LOW],
      [1, 1, "—", HIGH],
      [2, 2, "—", LOW],
      [2, 2, "—", LOW],
      [3, 3, "—", TECH],
    ]);
  });

  it("classify an ARR of 0 as an amount, and a blank or spaces-only potential as no potential", () => {
    const rows: Row[] = [
      { current: 0 },
      { current: 0, potential: 0 },
      { current: 500, potential: "" },
      { current: 500, potential: "  " },
    ];
    expect(segmentsTable(rows, PUBLISHED)).toEqual([
      [3, 3, "—", TECH],
      [3, 3, "—", TECH],
      [3, 3, "—", TECH],
      [3, 3, "—", TECH],
    ]);
  });

  it("use potential ARR only when potential outweighs current value", () => {
    const rows: Row[] = [{ current: 10, potential: 250_000 }];
    expect(segmentsTable(rows, { ...PUBLISHED, potentialOutweighs: false })).toEqual([[3, 3, "—", TECH]]);
  });

  it("leave blank the rows the core would not classify: bad amounts, and bad dates when the rules exclude them", () => {
    const badAmounts: Row[] = [
      { current: "12k" },
      { current: -1 },
      { current: null },
      { current: 500, potential: -5 },
      { current: 500, potential: "n/a" },
      { current: new FormulaError("#N/A") },
      { current: 500, potential: new FormulaError("#VALUE!") },
    ];
    const badDates: Row[] = [
      { current: 500, since: 0 },
      { current: 500, since: 2_958_466 },
      { current: 500, since: "soon" },
      { current: 500, since: new FormulaError("#REF!") },
    ];
    const rows = [...badAmounts, ...badDates];
    expect(segmentsTable(rows, { ...PUBLISHED, badDates: "exclude" })).toEqual(rows.map(() => UNCLASSIFIED));
    // By default, a bad date keeps the account, tiered by its ARR (500: tech touch), never historical.
    expect(segmentsTable(rows, PUBLISHED)).toEqual([
      ...badAmounts.map(() => UNCLASSIFIED),
      ...badDates.map(() => [3, 3, "—", TECH]),
    ]);
  });

  it("rank only real dates among the first N historical customers, bad dates kept but never ranked", () => {
    // First 2 by customer since: the rows dated 100 and 200; 0 and -5 are not dates and are not ranked.
    const rules = { ...PUBLISHED, historical: { firstN: 2, floorTier: 1 } };
    const rows: Row[] = [
      { current: 10, since: 0 },
      { current: 10, since: 300 },
      { current: 10, since: 200 },
      { current: 10, since: -5 },
      { current: 10, since: 100 },
    ];
    expect(segmentsTable(rows, rules)).toEqual([
      [3, 3, "—", TECH],
      [3, 3, "—", TECH],
      [3, 2, "Historical customer", LOW],
      [3, 3, "—", TECH],
      [3, 2, "Historical customer", LOW],
    ]);
  });

  it("keep a customer signed strictly before 2019-01-01 at least in low touch, and say why", () => {
    const rows: Row[] = [
      { current: 10, since: JAN_2019 - 1 },
      { current: 10, since: JAN_2019 },
      { current: 10, since: JAN_2019 - 0.5 },
      { current: 200_000, since: 1 },
      { current: 10, since: 2_958_465 },
    ];
    expect(segmentsTable(rows, PUBLISHED)).toEqual([
      [3, 2, "Historical customer", LOW],
      [3, 3, "—", TECH],
      [3, 2, "Historical customer", LOW],
      [1, 1, "—", HIGH],
      [3, 3, "—", TECH],
    ]);
    expect(segmentsTable(rows.slice(0, 1), PUBLISHED, "fr")[0]?.[2]).toBe("Client historique");
  });
});

describe("the Segments table's formulas, evaluated on the overrides", () => {
  const strategic: SegmentationRules = {
    tiers: DEFAULT_TIERS,
    potentialOutweighs: false,
    strategicIndustries: ["Health"],
  };

  it("move a strategic industry up one tier, in any case, as whole text, none above the first", () => {
    const rows: Row[] = [
      { current: 30_000, industry: "health" },
      { current: 10, industry: "HEALTH" },
      { current: 150_000, industry: "Health" },
      { current: 10, industry: "Healthcare" },
      { current: 10, industry: " Health" },
      { current: 10, industry: null },
    ];
    expect(segmentsTable(rows, strategic)).toEqual([
      [2, 1, "Strategic industry", HIGH],
      [3, 2, "Strategic industry", LOW],
      [1, 1, "—", HIGH],
      [3, 3, "—", TECH],
      [3, 3, "—", TECH],
      [3, 3, "—", TECH],
    ]);
  });

  it("match an industry only as text, and never the blank entries of the list", () => {
    const rules = { ...strategic, strategicIndustries: ["7", ""] };
    expect(
      segmentsTable(
        [
          { current: 10, industry: 7 },
          { current: 10, industry: "" },
        ],
        rules,
      ),
    ).toEqual([
      [3, 3, "—", TECH],
      [3, 3, "—", TECH],
    ]);
  });

  it("say both overrides when the historical floor lifts a strategic account further", () => {
    const rules = { ...strategic, historical: { before: JAN_2019, floorTier: 0 } };
    const rows: Row[] = [{ current: 10, industry: "Health", since: 40_000 }];
    expect(segmentsTable(rows, rules)).toEqual([[3, 1, "Strategic, then historical", HIGH]]);
    expect(segmentsTable(rows, rules, "fr")[0]?.[2]).toBe("Stratégique, puis historique");
    // A floor at low touch adds nothing to the strategic move: only the strategic industry moved it.
    const low = { ...strategic, historical: { before: JAN_2019, floorTier: 1 } };
    expect(segmentsTable(rows, low)).toEqual([[3, 2, "Strategic industry", LOW]]);
  });

  it("keep the first N classified rows by customer since, ties in row order", () => {
    const rules = {
      tiers: DEFAULT_TIERS,
      potentialOutweighs: false,
      historical: { firstN: 2, floorTier: 0 },
    };
    // Ranks: 41,000 first, then the two 42,000 in row order; blank dates and unclassified rows never count.
    const rows: Row[] = [
      { current: 10, since: 42_000 },
      { current: "x", since: 30_000 },
      { current: 10, since: 41_000 },
      { current: 10, since: null },
      { current: 10, since: 42_000 },
    ];
    expect(segmentsTable(rows, rules).map((shown) => shown[1])).toEqual([1, "", 1, 3, 3]);
  });

  it("let a blank threshold reach nothing", () => {
    const rules = {
      tiers: [{ name: { en: "Top", fr: "Haut" } }, { name: { en: "Rest", fr: "Reste" } }],
      potentialOutweighs: true,
    };
    expect(segmentsTable([{ current: 1e9, potential: 1e9 }], rules)).toEqual([[2, 2, "—", "Rest"]]);
  });
});

/** Rules and rows drawn around thresholds and dates that the core and the formulas must treat alike. */
const ruleArbitrary = fc.integer({ min: 1, max: 5 }).chain((tierCount) =>
  fc.record({
    tiers: fc.array(
      fc.record({
        name: fc.constantFrom({ en: "A", fr: "A" }),
        currentMin: fc.option(fc.constantFrom(...AMOUNTS)),
        potentialMin: fc.option(fc.constantFrom(...AMOUNTS)),
      }),
      { minLength: tierCount, maxLength: tierCount },
    ),
    potentialOutweighs: fc.boolean(),
    strategicIndustries: fc.subarray(["Health", "retail", ""]),
    historical: fc.option(
      fc.record({
        before: fc.option(fc.constantFrom(40_000, JAN_2019)),
        firstN: fc.option(fc.integer({ min: 0, max: 4 })),
        floorTier: fc.integer({ min: 0, max: tierCount - 1 }),
      }),
    ),
  }),
);
const rowArbitrary = fc.record({
  current: fc.constantFrom<Scalar>(...AMOUNTS, -1, null, "12k", ""),
  potential: fc.constantFrom<Scalar>(null, "", " ", ...AMOUNTS, -5, "n/a"),
  since: fc.constantFrom<Scalar>(
    null,
    "",
    1,
    40_000,
    JAN_2019 - 1,
    JAN_2019,
    JAN_2019 + 0.5,
    2_958_465,
    2_958_466,
    0,
    "soon",
  ),
  industry: fc.constantFrom<Scalar>(null, "", "Health", "health", "RETAIL", "Retail ", 7),
});

describe("the tier formulas and the core", () => {
  it("give the Segments table the core's ARR level, level, Moved by and tier, whatever the rules", () => {
    fc.assert(
      fc.property(ruleArbitrary, fc.array(rowArbitrary, { minLength: 1, maxLength: 12 }), (drawn, rows) => {
        const rules = drawn as SegmentationRules;
        const core = segmentAccounts(
          rows.map((r, i) => ({
            account: `a${i}`,
            currentArr: r.current,
            potentialArr: r.potential,
            customerSince: r.since,
            industry: r.industry,
          })),
          rules,
        );
        if (!core.ok) throw new Error(JSON.stringify(core.problems));
        const labels = { strategic: "Strategic industry", historical: "Historical customer" };
        const expected = core.accounts.map((a): Shown => {
          if (a.status === "unclassified") return UNCLASSIFIED;
          const moved =
            a.movedBy.length === 2 ? "Strategic, then historical" : a.movedBy[0] ? labels[a.movedBy[0]] : "—";
          return [a.arrTier + 1, a.tier + 1, moved, a.tierName.en];
        });
        expect(segmentsTable(rows, rules)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
