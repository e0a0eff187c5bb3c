// The edges of the segmentation rules, worked by hand: a threshold is reached when the ARR equals it
// ("at least"), an ARR of 0 is an amount like any other, and "signed before" a date is strictly before it.
import { describe, expect, it } from "vitest";
import { dateSerial, type SegmentationRules, type TierDefinition } from "../../functions/segmentation/rules";
import { segmentAccounts, type AccountRow, type Segmentation } from "../../functions/segmentation/segment";

const segmented = (rows: readonly AccountRow[], rules: SegmentationRules): Segmentation => {
  const result = segmentAccounts(rows, rules);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const tiersOf = (result: Segmentation) =>
  result.accounts.map((a) => (a.status === "classified" ? a.tier : a.reasons.map((r) => r.reason)));

const TIERS: readonly TierDefinition[] = [
  { name: { en: "Gold", fr: "Or" }, currentMin: 100, potentialMin: 500 },
  { name: { en: "Silver", fr: "Argent" }, currentMin: 50, potentialMin: 200 },
  { name: { en: "Bronze", fr: "Bronze" } },
];

describe("an account exactly on a tier threshold", () => {
  it("reaches the tier whose current ARR threshold it equals", () => {
    const rules = { tiers: TIERS, potentialOutweighs: false };
    // 100 is at least 100 (Gold); 99.99 is not, but is at least 50 (Silver); 50 is Silver; 49 is Bronze.
    const result = segmented(
      [
        { account: "a", currentArr: 100 },
        { account: "b", currentArr: 99.99 },
        { account: "c", currentArr: 50 },
        { account: "d", currentArr: 49 },
      ],
      rules,
    );
    expect(tiersOf(result)).toEqual([0, 1, 1, 2]);
  });

  it("reaches the tier whose potential ARR threshold it equals, when potential outweighs current value", () => {
    const rules = { tiers: TIERS, potentialOutweighs: true };
    // Current 0 everywhere: potential 500 is Gold, 499 and 200 Silver, 199 Bronze.
    const result = segmented(
      [
        { account: "a", currentArr: 0, potentialArr: 500 },
        { account: "b", currentArr: 0, potentialArr: 499 },
        { account: "c", currentArr: 0, potentialArr: 200 },
        { account: "d", currentArr: 0, potentialArr: 199 },
        { account: "e", currentArr: 100, potentialArr: 0 },
      ],
      rules,
    );
    expect(tiersOf(result)).toEqual([0, 1, 1, 2, 0]);
  });

  it("reaches a tier whose threshold is 0 with an ARR of 0", () => {
    const rules = {
      tiers: [{ name: { en: "All", fr: "Tous" }, currentMin: 0 }, { name: { en: "Rest", fr: "Reste" } }],
      potentialOutweighs: false,
    };
    expect(tiersOf(segmented([{ account: "a", currentArr: 0 }], rules))).toEqual([0]);
  });
});

describe("an account with ARR 0", () => {
  it("is classified in the last tier and counted there, not left unclassified", () => {
    const result = segmented(
      [
        { account: "a", currentArr: 0 },
        { account: "b", currentArr: 0, potentialArr: 0 },
      ],
      { tiers: TIERS, potentialOutweighs: true },
    );
    expect(tiersOf(result)).toEqual([2, 2]);
    expect([result.classified, result.unclassified]).toEqual([2, 0]);
    expect(result.tiers.map((t) => t.accounts)).toEqual([0, 0, 2]);
  });

  it("is told apart from a negative ARR, which is unclassified", () => {
    const result = segmented(
      [
        { account: "a", currentArr: -0.01 },
        { account: "b", currentArr: 10, potentialArr: -1 },
      ],
      { tiers: TIERS, potentialOutweighs: true },
    );
    expect(tiersOf(result)).toEqual([["negative"], ["negative"]]);
  });

  it("refuses an infinite ARR as not an amount", () => {
    const result = segmented(
      [
        { account: "a", currentArr: Infinity },
        { account: "b", currentArr: 10, potentialArr: Infinity },
      ],
      { tiers: TIERS, potentialOutweighs: true },
    );
    expect(tiersOf(result)).toEqual([["notNumber"], ["notNumber"]]);
  });
});

describe("historical customers", () => {
  const rules: SegmentationRules = {
    tiers: TIERS,
    potentialOutweighs: false,
    historical: { before: "2019-01-01", floorTier: 1 },
  };

  it("keep an account signed strictly before the date, not one signed on it", () => {
    // 43466 is 2019-01-01; 43465 the day before.
    const result = segmented(
      [
        { account: "on", currentArr: 1, customerSince: "2019-01-01" },
        { account: "before", currentArr: 1, customerSince: "2018-12-31" },
        { account: "serial on", currentArr: 1, customerSince: 43466 },
        { account: "serial before", currentArr: 1, customerSince: 43465 },
      ],
      rules,
    );
    expect(tiersOf(result)).toEqual([2, 1, 2, 1]);
  });
});

describe("dates as Excel serials", () => {
  it("accept serials from 1 (1900-01-01) to 2,958,465 (9999-12-31), and nothing outside", () => {
    expect([dateSerial(1), dateSerial(2_958_465), dateSerial(0.5), dateSerial(2_958_466)]).toEqual([
      1,
      2_958_465,
      null,
      null,
    ]);
  });

  it("read a Date as its UTC day, and an invalid Date as no date", () => {
    expect(dateSerial(new Date(Date.UTC(2019, 0, 1, 18)))).toBe(43466);
    expect(dateSerial(new Date(Number.NaN))).toBeNull();
    expect(dateSerial(true)).toBeNull();
  });
});
