import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { pulsePoints, rescale } from "../../functions/health/components";
import { healthBand, healthExplain, healthScores } from "../../functions/health/health";
import { codeOf } from "../support/cells";

const scoresOf = (spill: unknown) => (spill as unknown[][]).map((row) => codeOf(row[0]));
const codes = (spill: unknown) => (spill as unknown[][]).map((row) => row.map(codeOf));

describe("CSM.HEALTH", () => {
  it("gives 40.12 for weights 20 / 15 / 22 and scores 47 / 59 / 21 (Gainsight's weighting example)", () => {
    const score = scoresOf(healthScores([[47, 59, 21]], [[20, 15, 22]]))[0] as number;
    expect(score).toBeCloseTo(40.12, 2);
    // Worked by hand: (20 × 47 + 15 × 59 + 22 × 21) ÷ 57 = 2,287 ÷ 57.
    expect(score).toBeCloseTo(2287 / 57, 12);
  });

  it("scores Totango's Good / Average / Poor components as 100 / 60 / 0", () => {
    const good = 100;
    const average = 60;
    const poor = 0;
    expect(scoresOf(healthScores([[good, average, poor]], null))).toEqual([(100 + 60 + 0) / 3]);
    expect(scoresOf(healthScores([[good, average, poor]], [[2, 1, 1]]))).toEqual([(200 + 60) / 4]);
  });

  it("scores many accounts at once, one row each, and equal weights when omitted", () => {
    expect(
      scoresOf(
        healthScores(
          [
            [80, 60],
            [100, 0],
            [50, 50],
          ],
          null,
        ),
      ),
    ).toEqual([70, 50, 50]);
  });

  it("shares a blank component's weight among the others present (Catalyst)", () => {
    // Weights 50 / 30 / 20 with the third blank: the others weigh 50 / 30, i.e. 62.5 % and 37.5 %.
    const score = scoresOf(healthScores([[80, 40, ""]], [[50, 30, 20]]))[0] as number;
    expect(score).toBeCloseTo(0.625 * 80 + 0.375 * 40, 12);
  });

  it("gives #N/A in the row of an account whose components are all blank, and computes the others", () => {
    const result = healthScores(
      [
        [80, 60],
        [null, ""],
        [40, 20],
      ],
      null,
    ) as unknown[][];
    expect(scoresOf(result)).toEqual([70, "#N/A", 30]);
    expect((result[1]?.[0] as ExcelError).message?.en).toContain("row 2");
  });

  it("gives #NUM! for a score outside 0–100, in that row only", () => {
    expect(
      scoresOf(
        healthScores(
          [
            [101, 50],
            [50, 50],
            [-1, 50],
          ],
          null,
        ),
      ),
    ).toEqual(["#NUM!", 50, "#NUM!"]);
  });

  it("gives #VALUE! naming the cell for text, in that row only, and passes error cells through", () => {
    const result = healthScores(
      [
        [50, "high"],
        [50, 50],
        [{ code: "#REF!" }, "x"],
      ],
      null,
    ) as unknown[][];
    expect(scoresOf(result)).toEqual(["#VALUE!", 50, "#REF!"]);
    expect((result[0]?.[0] as ExcelError).message?.en).toBe(
      'scores: row 1, column 2 holds the text "high"; expected scores from 0 to 100.',
    );
  });

  it("gives #NUM! for a negative weight and #DIV/0! when every weight is zero, for all rows", () => {
    expect(codeOf(healthScores([[50, 50]], [[1, -1]]))).toBe("#NUM!");
    expect(codeOf(healthScores([[50, 50]], [[0, 0]]))).toBe("#DIV/0!");
  });

  it("gives #DIV/0! in a row whose present components all weigh zero", () => {
    expect(
      scoresOf(
        healthScores(
          [
            [50, ""],
            ["", 70],
          ],
          [[0, 1]],
        ),
      ),
    ).toEqual(["#DIV/0!", 70]);
  });

  it("needs one weight per component: #VALUE! otherwise, #N/A for a blank weight", () => {
    const wrong = healthScores([[50, 50, 50]], [[1, 2]]) as ExcelError;
    expect(wrong.code).toBe("#VALUE!");
    expect(wrong.message?.en).toBe("weights must be one row of 3 weights, one per component; it is 1 × 2.");
    expect(codeOf(healthScores([[50, 50]], [[1, ""]]))).toBe("#N/A");
    expect(codeOf(healthScores([[50, 50]], [[1, "heavy"]]))).toBe("#VALUE!");
    expect(codeOf(healthScores([[50, 50]], [[1, { code: "#DIV/0!" }]]))).toBe("#DIV/0!");
  });

  it("accepts the weights as a column too", () => {
    expect(scoresOf(healthScores([[47, 59, 21]], [[20], [15], [22]]))).toEqual([2287 / 57]);
  });

  it("reads -0 as 0, and a single value as a one-component account", () => {
    expect(scoresOf(healthScores([[-0, 100]], null))).toEqual([50]);
    expect(scoresOf(healthScores(64, null))).toEqual([64]);
  });

  it("gives #N/A for a range without cells, which only callers outside Excel can pass", () => {
    expect(codeOf(healthScores([], null))).toBe("#N/A");
    expect(codeOf(healthScores([[]], null))).toBe("#N/A");
  });

  it("does not overflow with huge weights: only their ratios matter", () => {
    expect(scoresOf(healthScores([[20, 80]], [[1e308, 1e308]]))).toEqual([50]);
  });
});

describe("CSM.HEALTH_EXPLAIN", () => {
  // Computed in each test, not once for the block (docs/testing.md, "Mutation testing").
  const explained = () =>
    healthExplain([[47, 59, 21]], [[20, 15, 22]], [["Usage", "NPS", "Support"]], "en") as unknown[][];

  it("has a header row, one row per component with the largest loss first, and a total row", () => {
    const table = explained();
    expect(table[0]).toEqual(["Component", "Score", "Effective weight", "Points contributed", "Points lost"]);
    expect(table.map((row) => row[0])).toEqual(["Component", "Support", "Usage", "NPS", "Health score"]);
    const support = table[1] as number[];
    // Support: weight 22 of 57, score 21: contributes 22 × 21 ÷ 57 and loses 22 × 79 ÷ 57.
    expect(support[1]).toBe(21);
    expect(support[2]).toBeCloseTo(22 / 57, 12);
    expect(support[3]).toBeCloseTo((22 * 21) / 57, 12);
    expect(support[4]).toBeCloseTo((22 * 79) / 57, 12);
    expect((table[4] as number[])[1]).toBeCloseTo(40.12, 2);
  });

  it("labels components 'Component 1'… by default, and in French with the language \"fr\"", () => {
    const fr = healthExplain([[90, 10]], null, null, "fr") as unknown[][];
    expect(fr.map((row) => row[0])).toEqual(["Composante", "Composante 2", "Composante 1", "Score de santé"]);
  });

  it("writes its header and default labels in English when the language is omitted, blank or 0", () => {
    const english = ["Component", "Component 2", "Component 1", "Health score"];
    for (const omitted of [null, "", 0])
      expect((healthExplain([[90, 10]], null, null, omitted) as unknown[][]).map((row) => row[0])).toEqual(
        english,
      );
    const french = healthExplain([[90, 10]], null, null, "Français") as unknown[][];
    expect(french[0]).toEqual(["Composante", "Note", "Poids effectif", "Points apportés", "Points perdus"]);
  });

  it("returns #VALUE! listing the languages for an unknown one", () => {
    const german = healthExplain([[90, 10]], null, null, "Deutsch") as ExcelError;
    expect(german.code).toBe("#VALUE!");
    expect(german.message?.en).toContain('"en"');
  });

  it("gives a label cell holding 0, an empty cell on Windows desktop, its default label", () => {
    const table = healthExplain([[90, 10]], null, [["Usage", 0]], null) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(["Component", "Component 2", "Usage", "Health score"]);
  });

  it("lists blank components last, with no weight", () => {
    const withBlank = healthExplain([[80, "", 40]], [[1, 1, 2]], null, "en") as unknown[][];
    expect(withBlank.map((row) => row[0])).toEqual([
      "Component",
      "Component 3",
      "Component 1",
      "Component 2",
      "Health score",
    ]);
    expect(withBlank[3]).toEqual(["Component 2", "", 0, 0, 0]);
  });

  it("ends with a total row: the score, a weight of 1, the points contributed and the points lost", () => {
    // Worked by hand: weights 20 / 15 / 22 (57) and scores 47 / 59 / 21 give 2,287 ÷ 57 points; the account
    // loses the rest of 100, (5,700 − 2,287) ÷ 57 = 3,413 ÷ 57.
    const total = explained()[4] as unknown[];
    expect(total[0]).toBe("Health score");
    expect(total[1]).toBeCloseTo(2287 / 57, 12);
    expect(total[2]).toBe(1);
    expect(total[3]).toBeCloseTo(2287 / 57, 12);
    expect(total[4]).toBeCloseTo(3413 / 57, 12);
  });

  it("gives #DIV/0! when the components present all weigh 0", () => {
    expect(codeOf(healthExplain([[50, ""]], [[0, 1]], null, "en"))).toBe("#DIV/0!");
    expect(codeOf(healthExplain([[50, 70]], [[0, 0]], null, "en"))).toBe("#DIV/0!");
  });

  it("takes one account only, and labels matching the components", () => {
    expect(codeOf(healthExplain([[1], [2]], null, null, "en"))).toBe("#VALUE!");
    expect(codeOf(healthExplain([[1, 2]], null, [["a"]], "en"))).toBe("#VALUE!");
    expect(codeOf(healthExplain([["", ""]], null, null, "en"))).toBe("#N/A");
  });
});

describe("CSM.HEALTH_BAND", () => {
  it("follows Gainsight's default ranges 0–50 red, 51–75 yellow, 76–100 green", () => {
    const scores = [[0], [50], [51], [75], [76], [100]];
    expect(healthBand(scores, null, null)).toEqual([
      ["Red"],
      ["Red"],
      ["Yellow"],
      ["Yellow"],
      ["Green"],
      ["Green"],
    ]);
  });

  it("takes other edges, keeps the range's shape, and leaves blanks blank", () => {
    expect(healthBand([[30, 31, ""]], 30, 60)).toEqual([["Red", "Yellow", ""]]);
  });

  it("gives #NUM! for scores outside 0–100 in their cell and for edges out of order", () => {
    expect((healthBand([[101], [20]], null, null) as unknown[][]).map((row) => codeOf(row[0]))).toEqual([
      "#NUM!",
      "Red",
    ]);
    expect(codes(healthBand(50, 80, 70))).toEqual([["#NUM!"]]);
    expect(codes(healthBand(50, "low", 70))).toEqual([["#VALUE!"]]);
  });

  it("fills every cell with a bad threshold's error, except a cell holding its own error value, passed first", () => {
    expect(codes(healthBand([[{ code: "#N/A" }], [80], [""]], "low", null))).toEqual([
      ["#N/A"],
      ["#VALUE!"],
      ["#VALUE!"],
    ]);
    expect(codes(healthBand([[{ code: "#DIV/0!" }, 20]], 80, 70))).toEqual([["#DIV/0!", "#NUM!"]]);
  });

  it("gives #NUM! in every cell when red_max equals yellow_max: the yellow band would be empty", () => {
    expect(codes(healthBand([[50], [70]], 60, 60))).toEqual([["#NUM!"], ["#NUM!"]]);
    expect(codes(healthBand([[50]], 75, null))).toEqual([["#NUM!"]]);
  });

  it("reads red_max or yellow_max of 0, empty cells on Windows desktop, as the defaults 50 and 75", () => {
    expect(healthBand([[30]], 0, null)).toEqual([["Red"]]);
    expect(healthBand([[60], [80]], null, 0)).toEqual([["Yellow"], ["Green"]]);
    expect(healthBand([[50], [75], [76]], 0, 0)).toEqual([["Red"], ["Yellow"], ["Green"]]);
  });
});

describe("CSM.PULSE", () => {
  it("maps Poor / Concerning / Healthy to 0 / 50 / 100, whatever the case and spaces", () => {
    expect(pulsePoints([["Poor"], ["CONCERNING"], [" Healthy "], ["heal thy"]])).toEqual([
      [0],
      [50],
      [100],
      [100],
    ]);
  });

  it("accepts the French words", () => {
    expect(pulsePoints([["Mauvais", "préoccupant", "Sain", "Inquiétant", "faible", "bon"]])).toEqual([
      [0, 50, 100, 50, 0, 100],
    ]);
  });

  it("gives #VALUE! listing the accepted words for anything else, and blank for blank", () => {
    const [[bad, number, blank]] = pulsePoints([["Great", 3, ""]]) as unknown[][] as [unknown[]];
    expect(codeOf(bad)).toBe("#VALUE!");
    expect((bad as ExcelError).message?.en).toContain('"Poor", "Concerning", "Healthy"');
    expect((bad as ExcelError).message?.fr).toContain("« Mauvais », « Préoccupant », « Sain »");
    expect(codeOf(number)).toBe("#VALUE!");
    expect(blank).toBe("");
  });
});

describe("CSM.SCALE", () => {
  it("rescales NPS −100…100 onto 0–100", () => {
    expect(rescale([[-100], [0], [40]], -100, 100)).toEqual([[0], [50], [70]]);
  });

  it("inverts with min above max: days since the last login, 0 days best, 60 days worst", () => {
    expect(rescale([[0], [15], [60], [90]], 60, 0)).toEqual([[100], [75], [0], [0]]);
  });

  it("clamps, skips blanks and reports bad input", () => {
    expect(rescale([[150, -5, ""]], 0, 100)).toEqual([[100, 0, ""]]);
    expect(codes(rescale(5, 3, 3))).toEqual([["#DIV/0!"]]);
    expect(codeOf((rescale([["x"]], 0, 10) as unknown[][])[0]?.[0])).toBe("#VALUE!");
    expect(codes(rescale(5, null, 10))).toEqual([["#N/A"]]);
    expect(codes(rescale([[{ code: "#REF!" }], [4]], "x", 10))).toEqual([["#REF!"], ["#VALUE!"]]);
  });
});
