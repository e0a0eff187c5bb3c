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
import {
  holdsNoError,
  mapCells,
  mapNumbers,
  mapPairs,
  readCell,
  sameShape,
} from "../../functions/excel/elementwise";
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
        const fast = sumClean(values, integer, true);
        const slow = scanned(values, integer);
        // Without the count of positive numbers, the same sums and no count.
        const uncounted = sumClean(values, integer);
        if (fast === undefined) expect(uncounted).toBeUndefined();
        else expect(uncounted).toEqual({ ...fast, positiveCount: undefined });
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

describe("the hot paths of CSM.SCALE_RATIO, CSM.SCALE_DECISION, CSM.CSMS_NEEDED and CSM.MRR with periods", () => {
  const names = [
    { en: "time", fr: "temps" },
    { en: "value", fr: "valeur" },
  ] as const;
  const domain = { integer: true, min: 1, max: 5, expected: { en: "whole numbers from 1 to 5", fr: "" } };
  /** The audit's rule read cell by cell with readCell (a second method): a score pair, a blank pair, or errors. */
  function slowPairs(times: unknown, values: unknown, fn: (t: number, v: number) => string | number) {
    return mapPairs(times, values, names, (t, v, r, c) => {
      const a = readCell(t, names[0], r, c, domain);
      const b = readCell(v, names[1], r, c, domain);
      if (a === null && b === null) return "";
      if (typeof a === "number" && typeof b === "number") return fn(a, b);
      return "error";
    });
  }
  /** Ranges of one drawn shape (column, row, block), mostly score pairs and blank pairs of every kind. */
  const pairs = fc
    .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 9 }))
    .chain(([rows, columns, oddness]) => {
      const pair = fc.oneof(
        { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })) },
        { weight: 2, arbitrary: fc.tuple(blank, blank) },
        // Now and then a pair the hot path must hand over: half blank, out of the scale, text, an error value.
        {
          weight: oddness === 0 ? 1 : 0,
          arbitrary: fc.tuple(
            fc.constantFrom<unknown>(0, 6, 2.5, "x", { code: "#N/A" }, null, 3),
            fc.integer(),
          ),
        },
      );
      return fc.array(fc.array(pair, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      });
    });
  const asErrors = (spill: unknown) =>
    (spill as unknown[][]).map((row) => row.map((cell) => (cell instanceof ExcelError ? "error" : cell)));

  it("time ÷ value and the decisions are what the cell-by-cell reading gives, on every shape", () => {
    fc.assert(
      fc.property(pairs, (grid) => {
        const times = grid.map((row) => row.map(([t]) => t));
        const values = grid.map((row) => row.map(([, v]) => v));
        const ratios = scaleRatio(times, values);
        const decisions = scaleDecision(times, values);
        expect(asErrors(ratios)).toEqual(slowPairs(times, values, (t, v) => t / v));
        expect(asErrors(decisions)).toEqual(
          slowPairs(times, values, (t, v) => (t < v ? "Human" : t === v ? "Arbitrate" : "Automate")),
        );
      }),
    );
  });

  it("a spill is marked as holding no error only when none of its cells is one", () => {
    fc.assert(
      fc.property(pairs, (grid) => {
        const times = grid.map((row) => row.map(([t]) => t));
        const values = grid.map((row) => row.map(([, v]) => v));
        const ratios = scaleRatio(times, values) as unknown[][];
        const anyError = ratios.some((row) => row.some((cell) => cell instanceof ExcelError));
        // Marked means clean; unmarked may be clean too (the full reading does not mark its spills).
        if (holdsNoError(ratios)) expect(anyError).toBe(false);
        const scores = mapNumbers(times, names[0], domain, (v) => v * 2) as unknown[][];
        const failed = scores.some((row) => row.some((cell) => cell instanceof ExcelError));
        expect(holdsNoError(scores)).toBe(!failed);
        // The mark is forgotten once asked for.
        expect(holdsNoError(scores)).toBe(false);
      }),
    );
  });

  /** Tiers of one drawn shape: workloads and capacities, blanks of every kind, now and then an odd cell. */
  const tiers = fc
    .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 5 }))
    .chain(([rows, columns, oddness]) => {
      const tier = fc.oneof(
        { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 60 })) },
        { weight: 2, arbitrary: fc.tuple(blank, fc.oneof(blank, fc.integer({ min: 0, max: 60 }))) },
        {
          weight: oddness === 0 ? 1 : 0,
          arbitrary: fc.tuple(
            fc.constantFrom<unknown>(-1, "x", { code: "#REF!" }, 5, null),
            fc.constantFrom<unknown>(0, -2, null, "y", { code: "#N/A" }, 3),
          ),
        },
      );
      return fc.array(fc.array(tier, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      });
    });
  /** Whether a workload and capacity pair is one the rule adds without question. */
  const usual = (w: unknown, k: unknown) =>
    (typeof w === "number" && w >= 0 && typeof k === "number" && k > 0) ||
    ((w === null || w === "" || w === undefined) &&
      (k === null || k === "" || k === undefined || (typeof k === "number" && k >= 0)));

  it("CSM.CSMS_NEEDED adds the usual tiers as the rule says, and reads a shape mismatch before any tier", () => {
    fc.assert(
      fc.property(tiers, fc.boolean(), (grid, cut) => {
        const workload = grid.map((row) => row.map(([w]) => w));
        const capacity = grid.map((row) => row.map(([, k]) => k));
        // Sometimes the last capacity row is one cell short: the shapes differ.
        if (cut && (capacity.at(-1)?.length ?? 0) > 1) capacity.at(-1)?.pop();
        const result = csmsNeeded(workload, capacity);
        const mismatch = sameShape(workload, capacity, [
          { en: "workload", fr: "charge" },
          { en: "capacity", fr: "capacité" },
        ]);
        if (mismatch) {
          expect(result).toEqual(mismatch);
          return;
        }
        if (!grid.flat().every(([w, k]) => usual(w, k))) {
          expect(result).toBeInstanceOf(ExcelError);
          return;
        }
        let total = 0;
        let counted = 0;
        for (const [w, k] of grid.flat()) {
          if (typeof w === "number") total += w / (k as number);
          if (typeof w === "number" || typeof k === "number") counted++;
        }
        if (counted === 0) expect((result as ExcelError).code).toBe("#N/A");
        else expect(result).toBeCloseTo(total, 9);
      }),
    );
  });

  it("CSM.MRR with a period per amount adds amount ÷ months as the rule says, a shape mismatch first", () => {
    fc.assert(
      fc.property(tiers, fc.boolean(), (grid, cut) => {
        const amounts = grid.map((row) => row.map(([w]) => w));
        const periods = grid.map((row) => row.map(([, k]) => k));
        if (cut && (periods.at(-1)?.length ?? 0) > 1) periods.at(-1)?.pop();
        // One cell of periods is read as one period for all amounts: only ranges of two cells or more here.
        if (periods.flat().length < 2) return;
        const result = monthlyRecurringRevenue(amounts, periods);
        const mismatch = sameShape(amounts, periods, [
          { en: "amounts", fr: "montants" },
          { en: "period_months", fr: "durée_mois" },
        ]);
        if (mismatch) {
          expect((result as ExcelError).code).toBe(mismatch.code);
          return;
        }
        const clean = grid.flat().every(
          ([a, m]) =>
            // A blank amount is skipped whatever its period, unless that period holds an error value.
            ((a === null || a === "" || a === undefined) && (typeof m !== "object" || m === null)) ||
            (typeof a === "number" &&
              a >= 0 &&
              (m === null || m === "" || m === undefined || (typeof m === "number" && m > 0))),
        );
        if (!clean) {
          expect(result).toBeInstanceOf(ExcelError);
          return;
        }
        let total = 0;
        let count = 0;
        for (const [a, m] of grid.flat())
          if (typeof a === "number") {
            total += a / (typeof m === "number" ? m : 1);
            count++;
          }
        if (count === 0) expect((result as ExcelError).code).toBe("#N/A");
        else expect(result).toBeCloseTo(total, 9);
      }),
    );
  });

  it("CSM.MRR with periods: a shape mismatch outranks an error cell met in an earlier row", () => {
    // Row 1: an error in period_months; row 2: an error in amounts; row 3: one period too many.
    const result = monthlyRecurringRevenue(
      [[100], [{ code: "#REF!" }], [300]],
      [[{ code: "#N/A" }], [1], [1, 2]],
    ) as ExcelError;
    // The mismatch rule: the first error cell of amounts, then of period_months, then the shapes.
    expect(result.code).toBe("#REF!");
  });
});
