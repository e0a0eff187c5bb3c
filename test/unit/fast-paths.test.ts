// The metrics' fast paths (clean numeric columns and blocks read in one tight loop) must give what the shared
// Excel-semantics scan gives, on drawn inputs of every shape people pass: a column, a row, a 2-D block, blanks
// as null, "" and undefined, zeros, and now and then a cell the fast path must hand over (text, an error
// value, a negative or fractional number). The expected value is computed here with the scan
// (functions/excel/cells.ts: scanNumbers, scanPairs), a second method, not with the fast path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanNumbers, scanPairs, sumClean } from "../../functions/excel/cells";
import { AMOUNT, COUNT, END_MRR, START_MRR } from "../../functions/excel/domains";
import { ExcelError } from "../../functions/excel/errors";
import { customerAcquisitionCost } from "../../functions/cac/cac";
import { mrrMovements, summarizeMovements } from "../../functions/movements/mrr-movements";
import { averageRevenuePerAccount, monthlyRecurringRevenue } from "../../functions/mrr/mrr";
import { healthScores } from "../../functions/health/health";
import { mapCells, mapNumbers, readCell } from "../../functions/excel/elementwise";
import { csmsNeeded, scaleDecision, scaleRatio } from "../../functions/scaling/scaling";
import { journeyDays } from "../../functions/journey/journey-days";

const blank = fc.constantFrom(null, "", undefined);
const odd = fc.constantFrom("x", "12", true, -1, 2.5, Infinity, { code: "#N/A" }, { code: "#REF!" });
/** Mostly amounts and blanks, sometimes a cell that is not a clean amount. */
const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: blank },
  { weight: 1, arbitrary: odd },
);
/** A rows × columns range of one drawn shape: a column, a row or a block. */
const range = (of: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 })).chain(([rows, columns]) =>
    fc.array(fc.array(of, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/** The sums the scan gives, or its error. */
function scanned(values: unknown, integer: boolean) {
  const sums = { total: 0, count: 0, positiveTotal: 0, positiveCount: 0 };
  const problem = scanNumbers(values, { en: "x", fr: "x" }, integer ? COUNT : AMOUNT, (v) => {
    sums.total += v;
    sums.count++;
    if (v > 0) {
      sums.positiveTotal += v;
      sums.positiveCount++;
    }
  });
  return problem ?? sums;
}

describe("sumClean, the summing metrics' fast path", () => {
  it("gives the scan's sums whenever it answers, and answers for every range of amounts and blanks", () => {
    fc.assert(
      fc.property(range(cell), fc.boolean(), (values, integer) => {
        const fast = sumClean(values, integer);
        const slow = scanned(values, integer);
        if (fast !== undefined) expect(fast).toEqual(slow);
        else
          expect(
            values.flat().some((v) => v !== null && v !== "" && v !== undefined && typeof v !== "number") ||
              slow instanceof ExcelError,
          ).toBe(true);
        const onlyClean = values
          .flat()
          .every(
            (v) =>
              v === null ||
              v === "" ||
              v === undefined ||
              (typeof v === "number" && v >= 0 && Number.isFinite(v) && (!integer || Number.isInteger(v))),
          );
        expect(fast !== undefined).toBe(onlyClean);
      }),
    );
  });

  it("MRR, ARPA and CAC give the scan's figures on every shape", () => {
    fc.assert(
      fc.property(range(cell), range(cell), (amounts, counts) => {
        const slow = scanned(amounts, false);
        const mrr = monthlyRecurringRevenue(amounts, null);
        const arpa = averageRevenuePerAccount(amounts);
        if (slow instanceof ExcelError) {
          expect((mrr as ExcelError).code).toBe(slow.code);
          expect((arpa as ExcelError).code).toBe(slow.code);
        } else {
          if (slow.count > 0) expect(mrr).toBe(slow.total);
          if (slow.positiveCount > 0) expect(arpa).toBe(slow.positiveTotal / slow.positiveCount);
        }
        const slowCounts = scanned(counts, true);
        const cac = customerAcquisitionCost(amounts, counts);
        if (
          !(slow instanceof ExcelError) &&
          !(slowCounts instanceof ExcelError) &&
          slow.count > 0 &&
          slowCounts.total > 0
        )
          expect(cac).toBe(slow.total / slowCounts.total);
      }),
    );
  });
});

describe("the MRR movements' fast path", () => {
  it("gives what the paired scan gives, on a column, a row or a block", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 })).chain(([rows, columns]) => {
          const side = fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          });
          return fc.tuple(side, side);
        }),
        ([starts, ends]) => {
          // The reference: the shared scan, classifying each pair as the catalogue says.
          const m = {
            startTotal: 0,
            newMrr: 0,
            expansion: 0,
            contraction: 0,
            churned: 0,
            customersAtStart: 0,
            customersChurned: 0,
            rows: 0,
          };
          const problem = scanPairs(starts, ends, [START_MRR, END_MRR], AMOUNT, m, (s, a, b) => {
            s.rows++;
            if (a === 0) s.newMrr += b;
            else {
              s.startTotal += a;
              s.customersAtStart++;
              if (b === 0) {
                s.churned += a;
                s.customersChurned++;
              } else if (b > a) s.expansion += b - a;
              else s.contraction += a - b;
            }
          });
          const fast = summarizeMovements(starts, ends);
          if (problem) expect((fast as ExcelError).code).toBe(problem.code);
          else expect(fast).toEqual(m);
          const row = mrrMovements(starts, ends);
          if (!problem && m.rows > 0)
            expect(row).toEqual([[m.newMrr, m.expansion, m.contraction, m.churned]]);
        },
      ),
    );
  });
});

describe("CSM.HEALTH's hot path", () => {
  const score = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
    { weight: 2, arbitrary: blank },
    { weight: 1, arbitrary: fc.constantFrom("x", -1, 101, { code: "#N/A" }) },
  );
  it("gives Σ w·s ÷ Σ w over the present components, whether the weights are a row, a column or omitted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((components) =>
          fc.tuple(
            fc.array(fc.array(score, { minLength: components, maxLength: components }), {
              minLength: 1,
              maxLength: 10,
            }),
            fc.array(fc.integer({ min: 0, max: 9 }), { minLength: components, maxLength: components }),
          ),
        ),
        fc.constantFrom("row", "column", "omitted"),
        ([rows, weights], layout) => {
          const given = layout === "row" ? [weights] : layout === "column" ? weights.map((w) => [w]) : null;
          const w = layout === "omitted" ? weights.map(() => 1) : weights;
          const largest = Math.max(...w);
          const result = healthScores(rows, given);
          if (largest === 0) {
            expect((result as ExcelError).code).toBe("#DIV/0!");
            return;
          }
          const scaled = w.map((x) => x / largest);
          (result as unknown[][]).forEach(([got], r) => {
            const cells = rows[r] as unknown[];
            const bad = cells.some(
              (v) =>
                !(v === null || v === "" || v === undefined || (typeof v === "number" && v >= 0 && v <= 100)),
            );
            if (bad) {
              expect(got).toBeInstanceOf(ExcelError);
              return;
            }
            let points = 0;
            let total = 0;
            let present = 0;
            cells.forEach((v, c) => {
              if (typeof v === "number") {
                points += (scaled[c] as number) * v;
                total += scaled[c] as number;
                present++;
              }
            });
            if (present === 0) expect((got as ExcelError).code).toBe("#N/A");
            else if (total === 0) expect((got as ExcelError).code).toBe("#DIV/0!");
            else expect(got).toBeCloseTo(points / total, 9);
          });
        },
      ),
    );
  });
});

describe("the element-wise functions' fast paths", () => {
  const any = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -3, max: 120 }) },
    { weight: 2, arbitrary: fc.double({ min: -10, max: 110, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(-0, Infinity, NaN) },
    { weight: 2, arbitrary: blank },
    { weight: 1, arbitrary: odd },
  );
  it("mapNumbers reads every cell as mapCells with readCell does", () => {
    fc.assert(
      fc.property(
        range(any),
        fc.record({
          integer: fc.boolean(),
          min: fc.constantFrom(undefined, 0, 1),
          max: fc.constantFrom(undefined, 5, 100),
        }),
        (values, bounds) => {
          const domain = { ...bounds, expected: { en: "numbers", fr: "des nombres" } };
          const name = { en: "v", fr: "v" };
          const fast = mapNumbers(values, name, domain, (v) => v * 2);
          const slow = mapCells(values, (cell, r, c) => {
            const v = readCell(cell, name, r, c, domain);
            return v === null ? "" : v instanceof ExcelError ? v : v * 2;
          });
          expect(fast).toEqual(slow);
        },
      ),
    );
  });

  const scoreCell = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
    { weight: 2, arbitrary: blank },
    { weight: 1, arbitrary: fc.constantFrom(0, 6, 2.5, "x", { code: "#N/A" }) },
  );
  it("CSM.SCALE_RATIO and CSM.SCALE_DECISION: two scores give time ÷ value and its decision, a blank pair nothing", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 })).chain(([rows, columns]) => {
          const side = fc.array(fc.array(scoreCell, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          });
          return fc.tuple(side, side);
        }),
        ([times, values]) => {
          const ratios = scaleRatio(times, values) as unknown[][];
          const decisions = scaleDecision(times, values) as unknown[][];
          times.forEach((row, r) =>
            row.forEach((t, c) => {
              const v = values[r]?.[c];
              const isScore = (x: unknown) =>
                typeof x === "number" && Number.isInteger(x) && x >= 1 && x <= 5;
              const isBlank = (x: unknown) => x === null || x === "" || x === undefined;
              if (isScore(t) && isScore(v)) {
                expect(ratios[r]?.[c]).toBe((t as number) / (v as number));
                expect(decisions[r]?.[c]).toBe(
                  t === v ? "Arbitrate" : (t as number) < (v as number) ? "Human" : "Automate",
                );
              } else if (isBlank(t) && isBlank(v)) {
                expect(ratios[r]?.[c]).toBe("");
                expect(decisions[r]?.[c]).toBe("");
              } else {
                expect(ratios[r]?.[c]).toBeInstanceOf(ExcelError);
                expect(decisions[r]?.[c]).toBeInstanceOf(ExcelError);
              }
            }),
          );
        },
      ),
    );
  });

  it("CSM.CSMS_NEEDED adds workload ÷ capacity over the tiers, CSM.JOURNEY_DAYS gives the median of the days", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 50 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (tiers) => {
          const total = tiers.reduce((sum, [w, k]) => sum + w / k, 0);
          expect(
            csmsNeeded(
              tiers.map(([w]) => [w]),
              tiers.map(([, k]) => [k]),
            ),
          ).toBeCloseTo(total, 9);
          // Dates: each tier's w as the start, w + k days later as the end.
          const days = tiers.map(([, k]) => k).sort((a, b) => a - b);
          const middle = days.length >> 1;
          const median =
            days.length % 2 ? days[middle] : ((days[middle - 1] as number) + (days[middle] as number)) / 2;
          expect(
            journeyDays(
              tiers.map(([w]) => [w]),
              tiers.map(([w, k]) => [w + k]),
              null,
            ),
          ).toEqual([[median]]);
        },
      ),
    );
  });
});
