// Invariants of the health, journey and scaling functions over random inputs, junk included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountAlerts } from "../../functions/health/alerts";
import { pulsePoints, rescale } from "../../functions/health/components";
import { healthBand, healthExplain, healthScores } from "../../functions/health/health";
import { journeyDays } from "../../functions/journey/journey-days";
import { csmsNeeded, scaleDecision, scaleRatio } from "../../functions/scaling/scaling";
import { argument, isExcelResult } from "../support/junk";

describe("no function ever throws, whatever it is given", () => {
  const functions: [string, (...args: unknown[]) => unknown][] = [
    ["HEALTH", (a, b) => healthScores(a, b)],
    ["HEALTH_BAND", (a, b, c) => healthBand(a, b, c)],
    ["HEALTH_EXPLAIN", (a, b, c, d) => healthExplain(a, b, c, d)],
    ["PULSE", (a) => pulsePoints(a)],
    ["SCALE", (a, b, c) => rescale(a, b, c)],
    ["ALERTS", (a, b, c, d) => accountAlerts(a, b, c, d, d, c, b, a, null, c)],
    ["JOURNEY_DAYS", (a, b, c) => journeyDays(a, b, c)],
    ["SCALE_RATIO", (a, b) => scaleRatio(a, b)],
    ["SCALE_DECISION", (a, b) => scaleDecision(a, b)],
    ["CSMS_NEEDED", (a, b) => csmsNeeded(a, b)],
  ];
  for (const [id, fn] of functions) {
    it(`CSM.${id} returns a value, a spill of values, or an Excel error`, () => {
      fc.assert(
        fc.property(argument, argument, argument, argument, (a, b, c, d) => {
          const result = fn(a, b, c, d);
          // An empty range gives an empty spill, which Excel shows as nothing to spill.
          if (Array.isArray(result) && result.length === 0) return;
          expect(isExcelResult(result)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});

const component = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<number | string | null>("", null) },
);
const account = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.tuple(
      fc.array(component, { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: n, maxLength: n }),
    ),
  )
  .filter(([scores]) => scores.some((s) => typeof s === "number"));
const scoreOf = (result: unknown): number => {
  const value = (result as unknown[][])[0]?.[0];
  if (typeof value !== "number") throw new Error(`expected a score, got ${String(value)}`);
  return value;
};

describe("health invariants", () => {
  it("a score lies between the smallest and the largest component present", () => {
    fc.assert(
      fc.property(account, ([scores, weights]) => {
        const present = scores.filter((s): s is number => typeof s === "number");
        const score = scoreOf(healthScores([scores], [weights]));
        expect(score).toBeGreaterThanOrEqual(Math.min(...present) - 1e-9);
        expect(score).toBeLessThanOrEqual(Math.max(...present) + 1e-9);
      }),
    );
  });

  it("does not change when every weight is multiplied by the same factor", () => {
    fc.assert(
      fc.property(account, fc.double({ min: 0.001, max: 1000, noNaN: true }), ([scores, weights], factor) => {
        const score = scoreOf(healthScores([scores], [weights]));
        const scaled = scoreOf(healthScores([scores], [weights.map((w) => w * factor)]));
        expect(scaled).toBeCloseTo(score, 8);
      }),
    );
  });

  it("does not change when components are reordered together with their weights", () => {
    fc.assert(
      fc.property(account, fc.integer(), ([scores, weights], seed) => {
        const order = scores
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        const score = scoreOf(healthScores([scores], [weights]));
        const reordered = scoreOf(
          healthScores([order.map((i) => scores[i])], [order.map((i) => weights[i])]),
        );
        expect(reordered).toBeCloseTo(score, 9);
      }),
    );
  });

  it("equals a direct weighted mean over the components present (second method)", () => {
    fc.assert(
      fc.property(account, ([scores, weights]) => {
        let points = 0;
        let weight = 0;
        scores.forEach((s, i) => {
          if (typeof s === "number") {
            points += s * (weights[i] as number);
            weight += weights[i] as number;
          }
        });
        expect(scoreOf(healthScores([scores], [weights]))).toBeCloseTo(points / weight, 9);
      }),
    );
  });

  it("HEALTH_EXPLAIN's points add up to the score, and its losses to 100 minus the score", () => {
    fc.assert(
      fc.property(account, ([scores, weights]) => {
        const table = healthExplain([scores], [weights], null, "en") as unknown[][];
        const lines = table.slice(1, -1) as number[][];
        const contributed = lines.reduce((sum, line) => sum + (line[3] as number), 0);
        const lost = lines.reduce((sum, line) => sum + (line[4] as number), 0);
        const score = scoreOf(healthScores([scores], [weights]));
        expect(contributed).toBeCloseTo(score, 9);
        expect(lost).toBeCloseTo(100 - score, 9);
        expect((table.at(-1) as number[])[1]).toBeCloseTo(score, 9);
        const losses = lines.filter((line) => typeof line[1] === "number").map((line) => line[4] as number);
        expect(losses).toEqual([...losses].sort((a, b) => b - a));
      }),
    );
  });

  it("one account's row does not change another's score", () => {
    fc.assert(
      fc.property(
        account,
        fc.array(fc.anything(), { minLength: 1, maxLength: 8 }),
        ([scores, weights], junkRow) => {
          const alone = scoreOf(healthScores([scores], [weights]));
          const padded = junkRow.slice(0, scores.length);
          while (padded.length < scores.length) padded.push("");
          const together = healthScores([padded, scores], [weights]) as unknown[][];
          expect(together[1]?.[0]).toBe(alone);
        },
      ),
    );
  });
});

describe("scaling invariants", () => {
  const score = fc.integer({ min: 1, max: 5 });
  it("the decision follows the ratio: Human below 1, Arbitrate at 1, Automate above", () => {
    fc.assert(
      fc.property(score, score, (time, value) => {
        const ratio = (scaleRatio([[time]], [[value]]) as number[][])[0]?.[0] as number;
        const decision = (scaleDecision([[time]], [[value]]) as string[][])[0]?.[0];
        expect(decision).toBe(ratio < 1 ? "Human" : ratio === 1 ? "Arbitrate" : "Automate");
      }),
    );
  });

  it("CSMs needed do not depend on the order of the tiers and grow with the workload", () => {
    const tier = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 500 }));
    fc.assert(
      fc.property(
        fc.array(tier, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 100 }),
        (tiers, extra) => {
          const needed = csmsNeeded(
            tiers.map(([w]) => [w]),
            tiers.map(([, c]) => [c]),
          ) as number;
          const reversed = [...tiers].reverse();
          expect(
            csmsNeeded(
              reversed.map(([w]) => [w]),
              reversed.map(([, c]) => [c]),
            ),
          ).toBeCloseTo(needed, 9);
          const more = tiers.map(([w, c], i) => [i === 0 ? w + extra : w, c] as const);
          expect(
            csmsNeeded(
              more.map(([w]) => [w]),
              more.map(([, c]) => [c]),
            ) as number,
          ).toBeGreaterThan(needed);
        },
      ),
    );
  });
});
