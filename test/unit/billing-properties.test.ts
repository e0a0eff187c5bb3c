// Invariants of the billing-export functions over random subscription lists and matrices: the bridge closes
// every month, a cohort's month 0 is 100 %, row order does not matter, a list's matrix is the sum of its parts'
// matrices, one-month rates agree with the pair functions of the catalogue, and junk never makes them throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bridgeMonths, mrrBridge } from "../../functions/billing/bridge";
import { cohorts } from "../../functions/billing/cohorts";
import { mrrMatrix } from "../../functions/billing/matrix";
import { trailingRate } from "../../functions/billing/trailing";
import { churnRate } from "../../functions/churn/churn";
import { ExcelError } from "../../functions/excel/errors";
import { mrrMovements, netRevenueRetention } from "../../functions/movements/mrr-movements";
import { argument, isExcelResult } from "../support/junk";

/** A matrix of whole amounts, many zeros (customers who have not started, have left, or come back). */
const matrix = fc.integer({ min: 2, max: 8 }).chain((months) =>
  fc.array(
    fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 1000 })), {
      minLength: months,
      maxLength: months,
    }),
    { minLength: 1, maxLength: 12 },
  ),
);

const JAN_2026 = 46023;
/** One subscription: customer, amount, period, start, end (blank while active), within 2026–2027. */
const subscription = fc.record({
  customer: fc.constantFrom("A", "b", "C", "d", 7, 12),
  amount: fc.integer({ min: 1, max: 5000 }),
  period: fc.constantFrom(1, 1, 3, 12),
  start: fc.integer({ min: JAN_2026, max: JAN_2026 + 700 }),
  length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
});
type Subscription = {
  customer: string | number;
  amount: number;
  period: number;
  start: number;
  length?: number;
};
const RANGE = [[JAN_2026, JAN_2026 + 1200]];
const matrixOf = (list: Subscription[]) =>
  mrrMatrix(
    list.map((s) => [s.customer]),
    list.map((s) => [s.amount]),
    list.map((s) => [s.start]),
    list.map((s) => [s.length === undefined ? "" : s.start + s.length]),
    list.map((s) => [s.period]),
    RANGE,
  );
/** A matrix spill as customer → amounts, for comparing matrices whose customers differ. */
const byCustomer = (spill: unknown): Map<unknown, number[]> => {
  if (!Array.isArray(spill)) throw new Error(`expected a matrix, got ${String(spill)}`);
  return new Map((spill as unknown[][]).slice(1).map((row) => [row[0], row.slice(1) as number[]]));
};

describe("CSM.MRR_BRIDGE", () => {
  it("closes every month: start + new + expansion + reactivation − contraction − churned = end", () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        const bridge = bridgeMonths(rows);
        if (bridge instanceof ExcelError) throw new Error(bridge.toString());
        bridge.start.forEach((start, m) => {
          const moved =
            start +
            (bridge.newMrr[m] as number) +
            (bridge.expansion[m] as number) +
            (bridge.reactivation[m] as number) -
            (bridge.contraction[m] as number) -
            (bridge.churned[m] as number);
          expect(moved).toBe(bridge.end[m]);
          // Start and end are the matrix's own column totals.
          expect(bridge.end[m]).toBe(rows.reduce((sum, row) => sum + (row[m + 1] as number), 0));
        });
      }),
    );
  });

  it("agrees with CSM.MRR_MOVEMENTS on each pair of months, new and reactivation together", () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        const bridge = bridgeMonths(rows) as Exclude<ReturnType<typeof bridgeMonths>, ExcelError>;
        for (let m = 1; m < (rows[0] as number[]).length; m++) {
          const movements = mrrMovements(
            rows.map((row) => [row[m - 1]]),
            rows.map((row) => [row[m]]),
          );
          const i = m - 1;
          expect(movements).toEqual([
            [
              (bridge.newMrr[i] as number) + (bridge.reactivation[i] as number),
              bridge.expansion[i],
              bridge.contraction[i],
              bridge.churned[i],
            ],
          ]);
        }
      }),
    );
  });

  it("does not depend on the order of the customers", () => {
    fc.assert(
      fc.property(
        matrix.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          expect(mrrBridge(shuffled, null)).toEqual(mrrBridge(rows, null));
          for (const basis of ["logo", "gross", "net"])
            expect(cohorts(shuffled, basis, null)).toEqual(cohorts(rows, basis, null));
        },
      ),
    );
  });
});

describe("CSM.COHORTS", () => {
  it("month 0 is 100 % on every basis, and no rate of logo or gross exceeds it", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom("logo", "gross", "net"), (rows, basis) => {
        const table = cohorts(rows, basis, null);
        if (table instanceof ExcelError) {
          // Only a matrix where nobody pays has no cohort.
          expect(rows.flat().every((x) => x === 0)).toBe(true);
          return;
        }
        for (const row of table.slice(1)) {
          expect(row[2]).toBe(1);
          if (basis !== "net")
            for (const rate of row.slice(2)) if (rate !== "") expect(rate as number).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe("CSM.TRAILING_RATE", () => {
  it("over one month is CSM.NRR and CSM.CHURN of the two columns", () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        const months = (rows[0] as number[]).length;
        const nrr = trailingRate(rows, "nrr", 1) as unknown[][];
        const net = trailingRate(rows, "net", 1) as unknown[][];
        for (let m = 1; m < months; m++) {
          const start = rows.map((row) => [row[m - 1]]);
          const end = rows.map((row) => [row[m]]);
          expect(nrr[0]?.[m - 1]).toEqual(netRevenueRetention(start, end));
          expect(net[0]?.[m - 1]).toEqual(churnRate(start, end, "net"));
        }
      }),
    );
  });
});

describe("CSM.MRR_MATRIX", () => {
  it("does not depend on the order of the subscription rows", () => {
    fc.assert(
      fc.property(
        fc
          .array(subscription, { minLength: 1, maxLength: 25 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        ([list, shuffled]) => {
          const a = byCustomer(matrixOf(list));
          const b = byCustomer(matrixOf(shuffled));
          expect([...b.keys()]).toEqual([...a.keys()]);
          for (const [customer, amounts] of a)
            (b.get(customer) as number[]).forEach((x, m) => expect(x).toBeCloseTo(amounts[m] as number, 6));
        },
      ),
    );
  });

  it("the matrix of a list is the sum of the matrices of its parts", () => {
    fc.assert(
      fc.property(fc.array(subscription, { minLength: 2, maxLength: 25 }), fc.nat(), (list, cut) => {
        const at = 1 + (cut % (list.length - 1));
        const whole = byCustomer(matrixOf(list));
        const parts = [byCustomer(matrixOf(list.slice(0, at))), byCustomer(matrixOf(list.slice(at)))];
        for (const [customer, amounts] of whole)
          amounts.forEach((x, m) => {
            const sum = parts.reduce((total, part) => total + (part.get(customer)?.[m] ?? 0), 0);
            expect(x).toBeCloseTo(sum, 6);
          });
      }),
    );
  });

  it("every month's total is Σ amount ÷ period over the rows active on that month's last day", () => {
    fc.assert(
      fc.property(fc.array(subscription, { minLength: 1, maxLength: 25 }), (list) => {
        const spill = matrixOf(list) as unknown[][];
        const header = (spill[0] as number[]).slice(1);
        header.forEach((first, m) => {
          // The last day of the month: the day before the next month's first day, by the calendar (not by
          // the function's own month arithmetic).
          const date = new Date(Date.UTC(1899, 11, 30) + first * 86_400_000);
          const lastDay =
            first + new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate() - 1;
          const expected = list
            .filter((s) => s.start <= lastDay && (s.length === undefined || s.start + s.length > lastDay))
            .reduce((sum, s) => sum + s.amount / s.period, 0);
          const total = spill.slice(1).reduce((sum, row) => sum + (row[m + 1] as number), 0);
          expect(total).toBeCloseTo(expected, 6);
        });
      }),
    );
  });
});

describe("no billing function ever throws, whatever it is given", () => {
  const functions: [string, (...args: unknown[]) => unknown][] = [
    ["MRR_MATRIX", (a, b, c, d, e, f) => mrrMatrix(a, b, c, d, e, f)],
    ["MRR_BRIDGE", (a, b) => mrrBridge(a, b)],
    ["COHORTS", (a, b, c) => cohorts(a, b, c)],
    ["TRAILING_RATE", (a, b, c) => trailingRate(a, b, c)],
  ];
  for (const [id, fn] of functions)
    it(`CSM.${id} returns a value or an Excel error`, () => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: 6, maxLength: 6 }), (args) => {
          expect(isExcelResult(fn(...args))).toBe(true);
        }),
      );
    });
});
