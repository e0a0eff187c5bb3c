import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { netPromoterScore } from "../../functions/nps/nps";
import { column } from "../support/cells";

const repeat = (value: number, times: number): number[] => Array.from({ length: times }, () => value);
const codeOf = (result: unknown): string | undefined =>
  result instanceof ExcelError ? result.code : undefined;

describe("netPromoterScore", () => {
  it("gives 25 for 10 promoters, 5 passives and 5 detractors (Delighted's worked example)", () => {
    const answers = [...repeat(10, 6), ...repeat(9, 4), ...repeat(8, 3), ...repeat(7, 2), ...repeat(3, 5)];
    expect(netPromoterScore(column(...answers))).toBe(25);
  });

  it("gives 100 when everyone is a promoter and −100 when everyone is a detractor", () => {
    expect(netPromoterScore(column(9, 10, 10))).toBe(100);
    expect(netPromoterScore(column(0, 6, 3))).toBe(-100);
  });

  it("counts 7 and 8 as passives: in the total, neither promoter nor detractor", () => {
    // 1 promoter, 1 detractor, 2 passives: (1 − 1) / 4 = 0
    expect(netPromoterScore(column(9, 6, 7, 8))).toBe(0);
    // 1 promoter, 3 passives: 1 / 4 = 25 %
    expect(netPromoterScore(column(10, 7, 8, 8))).toBe(25);
  });

  it("puts the edges 6/7 and 8/9 on the right side", () => {
    expect(netPromoterScore(column(6))).toBe(-100);
    expect(netPromoterScore(column(7))).toBe(0);
    expect(netPromoterScore(column(8))).toBe(0);
    expect(netPromoterScore(column(9))).toBe(100);
  });

  it("reads a one-cell range", () => {
    expect(netPromoterScore([[10]])).toBe(100);
  });

  it("skips blanks: null, undefined and empty text are 'not asked', not 0", () => {
    expect(netPromoterScore(column(10, null, "", undefined, 0))).toBe(0);
  });

  it("reads every cell of a rectangular range, row by row", () => {
    expect(
      netPromoterScore([
        [10, 0],
        [9, ""],
      ]),
    ).toBeCloseTo(((2 - 1) / 3) * 100, 12);
  });

  it("returns #DIV/0! when there are no responses", () => {
    expect(codeOf(netPromoterScore([]))).toBe("#DIV/0!");
    expect(codeOf(netPromoterScore(column(null, "", null)))).toBe("#DIV/0!");
  });

  it("returns #VALUE! naming the argument and the cell when a cell holds text", () => {
    const result = netPromoterScore(column(10, 9, "nine"));
    expect(result).toBeInstanceOf(ExcelError);
    const error = result as ExcelError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message?.en).toContain("scores");
    expect(error.message?.en).toContain("row 3");
    expect(error.message?.en).toContain('"nine"');
    expect(error.message?.fr).toContain("notes");
    expect(error.message?.fr).toContain("ligne 3");
  });

  it("returns #VALUE! for logical values, which are not answers", () => {
    expect(codeOf(netPromoterScore(column(10, true)))).toBe("#VALUE!");
  });

  it("does not read numeric text as a number", () => {
    expect(codeOf(netPromoterScore(column("9")))).toBe("#VALUE!");
  });

  it("returns #NUM! for an answer outside 0–10 or not a whole number", () => {
    expect(codeOf(netPromoterScore(column(11)))).toBe("#NUM!");
    expect(codeOf(netPromoterScore(column(-1)))).toBe("#NUM!");
    expect(codeOf(netPromoterScore(column(8.5)))).toBe("#NUM!");
    expect(codeOf(netPromoterScore(column(Number.NaN)))).toBe("#NUM!");
    expect(codeOf(netPromoterScore(column(Infinity)))).toBe("#NUM!");
  });

  it("reads −0 as 0, a detractor", () => {
    expect(netPromoterScore(column(-0))).toBe(-100);
  });

  it("passes an error cell through unchanged, before any other error", () => {
    const divByZero = { code: "#DIV/0!" };
    expect(codeOf(netPromoterScore(column(10, divByZero)))).toBe("#DIV/0!");
    expect(codeOf(netPromoterScore(column("text", 11, { code: "#N/A" })))).toBe("#N/A");
    expect(codeOf(netPromoterScore(column(11, { code: "#REF!" })))).toBe("#REF!");
  });

  it("gives #VALUE! precedence over #NUM!, whichever comes first", () => {
    expect(codeOf(netPromoterScore(column(11, "x")))).toBe("#VALUE!");
    expect(codeOf(netPromoterScore(column("x", 11)))).toBe("#VALUE!");
  });

  it("computes a million answers in one pass", () => {
    const answers = Array.from({ length: 1_000_000 }, (_, i) => [i % 11]);
    // Per 11 answers: 2 promoters (9, 10), 7 detractors (0–6); 1,000,000 = 90,909 × 11 + 1 (one extra 0).
    const promoters = 90_909 * 2;
    const detractors = 90_909 * 7 + 1;
    expect(netPromoterScore(answers)).toBeCloseTo(((promoters - detractors) / 1_000_000) * 100, 10);
  });
});

describe("netPromoterScore properties", () => {
  const answer = fc.integer({ min: 0, max: 10 });
  const junk = fc.oneof(
    fc.anything(),
    fc.constantFrom(null, undefined, "", true, false, -0, Number.NaN, 11, -1, 0.5, { code: "#N/A" }),
  );

  it("never throws, whatever the cells hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(answer, junk), { maxLength: 4 }), { maxLength: 30 }),
        (range) => {
          const result = netPromoterScore(range);
          expect(typeof result === "number" || result instanceof ExcelError).toBe(true);
        },
      ),
    );
  });

  it("always lies between −100 and 100", () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 200 }), (answers) => {
        const score = netPromoterScore(answers.map((a) => [a])) as number;
        expect(score).toBeGreaterThanOrEqual(-100);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("equals % promoters minus % detractors counted a second way", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(answer, fc.constant(null)), { maxLength: 200 }), (cells) => {
        const answered = cells.filter((cell): cell is number => cell !== null);
        fc.pre(answered.length > 0);
        const share = (predicate: (a: number) => boolean) =>
          answered.filter(predicate).length / answered.length;
        const expected = 100 * share((a) => a >= 9) - 100 * share((a) => a <= 6);
        expect(netPromoterScore(cells.map((cell) => [cell]))).toBeCloseTo(expected, 9);
      }),
    );
  });

  it("does not depend on the order of the answers or on the range's shape", () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 100 }), fc.integer(), (answers, seed) => {
        const shuffled = [...answers].sort((a, b) => ((a * 31 + seed) % 7) - ((b * 31 + seed) % 7));
        const asColumn = netPromoterScore(answers.map((a) => [a]));
        expect(netPromoterScore(shuffled.map((a) => [a]))).toBeCloseTo(asColumn as number, 9);
        expect(netPromoterScore([answers])).toBeCloseTo(asColumn as number, 9);
      }),
    );
  });
});
