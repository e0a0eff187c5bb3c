// How the segmentation reads each row, worked by hand: blank rows counted apart, bad rows unclassified with
// their reasons and ids, the overrides each classified account went through.
import { describe, expect, it } from "vitest";
import type { SegmentationRules } from "../../functions/segmentation/rules";
import { segmentAccounts, type AccountRow, type Segmentation } from "../../functions/segmentation/segment";

const RULES: SegmentationRules = {
  tiers: [
    { name: { en: "High", fr: "Haut" }, currentMin: 100 },
    { name: { en: "Low", fr: "Bas" }, currentMin: 10 },
    { name: { en: "Tech", fr: "Digital" } },
  ],
  potentialOutweighs: false,
  strategicIndustries: ["Bank"],
  historical: { before: "2019-01-01", floorTier: 1 },
};
const segmented = (rows: readonly (AccountRow | null)[], rules = RULES): Segmentation => {
  const result = segmentAccounts(rows, rules);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const summary = (result: Segmentation) =>
  result.accounts.map((a) =>
    a.status === "classified"
      ? [a.account, a.tier, a.movedBy]
      : [a.account, a.reasons.map((r) => `${r.field} ${r.reason}`)],
  );

describe("rows of the portfolio", () => {
  it("count a row with every cell blank as a blank row, not as an account", () => {
    const result = segmented([
      { account: "A", currentArr: 50 },
      {
        account: "",
        currentArr: null,
        potentialArr: "",
        industry: " ",
        region: undefined,
        customerSince: "",
      },
      null,
    ]);
    expect([result.rows, result.classified, result.unclassified, result.blankRows]).toEqual([3, 1, 0, 2]);
    expect(summary(result)).toEqual([["A", 1, []]]);
  });

  it("leave a row without an account unclassified, with the reason, even when its ARR is right", () => {
    const result = segmented([{ currentArr: 500, region: "North" }]);
    expect(summary(result)).toEqual([[null, ["account missing"]]]);
    expect(summary(segmented([{ account: "", currentArr: 500 }]))).toEqual([[null, ["account missing"]]]);
    expect([result.classified, result.unclassified]).toEqual([0, 1]);
  });

  it("keep the first row of an account and leave the next ones unclassified, with their id", () => {
    const result = segmented([
      { account: "A", currentArr: 500 },
      { account: "B", currentArr: 50 },
      { account: "A", currentArr: 5 },
      { account: " A ", currentArr: 5 },
    ]);
    expect(summary(result)).toEqual([
      ["A", 0, []],
      ["B", 1, []],
      ["A", ["account duplicate"]],
      ["A", ["account duplicate"]],
    ]);
    expect(result.problems.map((p) => p.message.en)).toEqual([
      'Row 3 (A), account: "A" already appears in row 1; only the first is segmented.',
      'Row 4 (A), account: "A" already appears in row 1; only the first is segmented.',
    ]);
  });

  it("refuse a potential ARR written as text, naming the field", () => {
    const result = segmented([{ account: "A", currentArr: 5, potentialArr: "500" }]);
    expect(summary(result)).toEqual([["A", ["potentialArr notNumber"]]]);
  });

  it("ignore the input when it is not a list of rows", () => {
    const result = segmentAccounts("A, B" as unknown as AccountRow[], RULES);
    expect(result.ok && [result.rows, result.accounts]).toEqual([0, []]);
  });
});

describe("the overrides an account went through", () => {
  it("are none for an account that kept its ARR tier", () => {
    const result = segmented([
      { account: "plain", currentArr: 50, industry: "Retail", customerSince: "2020-01-01" },
      { account: "top", currentArr: 500, industry: "Bank", customerSince: "2010-01-01" },
    ]);
    // "top" is in the first tier: neither override can move it.
    expect(summary(result)).toEqual([
      ["plain", 1, []],
      ["top", 0, []],
    ]);
  });

  it("are the historical floor alone for an old customer of another industry", () => {
    const result = segmented([{ account: "old", currentArr: 1, industry: "Retail", customerSince: 40000 }]);
    expect(summary(result)).toEqual([["old", 1, ["historical"]]]);
  });

  it("do not read an industry that is not a text", () => {
    const result = segmented([{ account: "n", currentArr: 1, industry: 42 }]);
    expect(summary(result)).toEqual([["n", 2, []]]);
  });

  it("sum each tier's current and potential ARR, a blank potential counting 0", () => {
    const result = segmented(
      [
        { account: "a", currentArr: 150, potentialArr: 400 },
        { account: "b", currentArr: 20 },
        { account: "c", currentArr: 30, potentialArr: 60 },
      ],
      { ...RULES, historical: null },
    );
    expect(result.tiers.map((t) => [t.name.en, t.accounts, t.currentArr, t.potentialArr])).toEqual([
      ["High", 1, 150, 400],
      ["Low", 2, 50, 60],
      ["Tech", 0, 0, 0],
    ]);
  });
});
