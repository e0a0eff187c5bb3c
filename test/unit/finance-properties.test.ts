// Invariants of the finance and survey metrics over random inputs, junk included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { cacPayback, customerAcquisitionCost } from "../../functions/cac/cac";
import { annualChurn, churnRate } from "../../functions/churn/churn";
import { customerLifetimeValue } from "../../functions/clv/clv";
import { customerSatisfactionScore } from "../../functions/csat/csat";
import {
  grossRevenueRetention,
  mrrMovements,
  netRevenueRetention,
} from "../../functions/movements/mrr-movements";
import { quickRatio } from "../../functions/movements/quick-ratio";
import {
  annualRecurringRevenue,
  averageRevenuePerAccount,
  monthlyRecurringRevenue,
} from "../../functions/mrr/mrr";
import { netPromoterScore } from "../../functions/nps/nps";
import { customerRetentionRate } from "../../functions/retention/customer-retention";
import { argument } from "../support/junk";

const customer = fc.record({
  start: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000 })),
  end: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000 })),
});
const portfolio = fc
  .array(customer, { minLength: 1, maxLength: 60 })
  .filter((rows) => rows.some((r) => r.start > 0));
const columns = (rows: { start: number; end: number }[]) => ({
  start: rows.map((r) => [r.start]),
  end: rows.map((r) => [r.end]),
});
const num = (value: unknown): number => {
  if (typeof value !== "number") throw new Error(`expected a number, got ${String(value)}`);
  return value;
};

describe("no metric ever throws, whatever it is given", () => {
  const metrics: [string, (...args: unknown[]) => unknown][] = [
    ["MRR", (a, b) => monthlyRecurringRevenue(a, b)],
    ["ARR", (a, b) => annualRecurringRevenue(a, b)],
    ["ARPA", (a) => averageRevenuePerAccount(a)],
    ["MRR_MOVEMENTS", (a, b) => mrrMovements(a, b)],
    ["NRR", (a, b) => netRevenueRetention(a, b)],
    ["GRR", (a, b) => grossRevenueRetention(a, b)],
    ["CHURN", (a, b, c) => churnRate(a, b, c)],
    ["RETENTION", (a, b, c) => customerRetentionRate(a, b, c)],
    ["ANNUAL_CHURN", (a, b) => annualChurn(a, b)],
    ["CLV", (a, b, c, d) => customerLifetimeValue(a, b, c, d)],
    ["CAC", (a, b) => customerAcquisitionCost(a, b)],
    ["CAC_PAYBACK", (a, b, c) => cacPayback(a, b, c)],
    ["QUICK_RATIO", (a, b, c, d) => quickRatio(a, b, c, d)],
    ["NPS", (a) => netPromoterScore(a)],
    ["CSAT", (a, b, c) => customerSatisfactionScore(a, b, c)],
  ];
  for (const [id, metric] of metrics) {
    it(`CSM.${id} returns a value or an Excel error`, () => {
      fc.assert(
        fc.property(argument, argument, argument, argument, (a, b, c, d) => {
          const result = metric(a, b, c, d);
          const ok =
            result instanceof ExcelError ||
            (typeof result === "number" && Number.isFinite(result)) ||
            (Array.isArray(result) &&
              result.flat().every((x) => typeof x === "number" && Number.isFinite(x)));
          expect(ok).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe("revenue invariants", () => {
  it("GRR ≤ 1 and GRR ≤ NRR", () => {
    fc.assert(
      fc.property(portfolio, (rows) => {
        const { start, end } = columns(rows);
        const grr = num(grossRevenueRetention(start, end));
        expect(grr).toBeLessThanOrEqual(1 + 1e-12);
        expect(grr).toBeLessThanOrEqual(num(netRevenueRetention(start, end)) + 1e-12);
      }),
    );
  });

  it("net MRR churn = 1 − NRR", () => {
    fc.assert(
      fc.property(portfolio, (rows) => {
        const { start, end } = columns(rows);
        expect(num(churnRate(start, end, "net"))).toBeCloseTo(1 - num(netRevenueRetention(start, end)), 10);
      }),
    );
  });

  it("gross MRR churn = 1 − GRR", () => {
    fc.assert(
      fc.property(portfolio, (rows) => {
        const { start, end } = columns(rows);
        expect(num(churnRate(start, end, "gross"))).toBeCloseTo(
          1 - num(grossRevenueRetention(start, end)),
          10,
        );
      }),
    );
  });

  it("Σ end − Σ start = new + expansion − contraction − churned", () => {
    fc.assert(
      fc.property(portfolio, (rows) => {
        const { start, end } = columns(rows);
        const [[added, expansion, contraction, churned]] = mrrMovements(start, end) as number[][] as [
          number[],
        ];
        const sum = (xs: number[][]) => xs.reduce((total, [x]) => total + (x ?? 0), 0);
        expect((added ?? 0) + (expansion ?? 0) - (contraction ?? 0) - (churned ?? 0)).toBe(
          sum(end) - sum(start),
        );
      }),
    );
  });

  it("NRR equals Σ end over customers present at the start ÷ Σ start, computed row by row", () => {
    fc.assert(
      fc.property(portfolio, (rows) => {
        const existing = rows.filter((r) => r.start > 0);
        const expected = existing.reduce((t, r) => t + r.end, 0) / existing.reduce((t, r) => t + r.start, 0);
        const { start, end } = columns(rows);
        expect(num(netRevenueRetention(start, end))).toBeCloseTo(expected, 12);
      }),
    );
  });

  it("logo churn counts the customers who left among those present at the start", () => {
    fc.assert(
      fc.property(portfolio, (rows) => {
        const existing = rows.filter((r) => r.start > 0);
        const expected = existing.filter((r) => r.end === 0).length / existing.length;
        const { start, end } = columns(rows);
        expect(churnRate(start, end, null)).toBe(expected);
      }),
    );
  });

  it("results do not depend on row order", () => {
    fc.assert(
      fc.property(portfolio, (rows) => {
        const reversed = columns([...rows].reverse());
        const { start, end } = columns(rows);
        expect(num(netRevenueRetention(reversed.start, reversed.end))).toBeCloseTo(
          num(netRevenueRetention(start, end)),
          12,
        );
        expect(mrrMovements(reversed.start, reversed.end)).toEqual(mrrMovements(start, end));
        expect(churnRate(reversed.start, reversed.end, null)).toBe(churnRate(start, end, null));
      }),
    );
  });
});

describe("survey and unit-economics invariants", () => {
  it("NPS lies within −100…100 and CSAT within 0…1", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (scores) => {
        const nps = num(netPromoterScore(scores.map((s) => [s])));
        expect(Math.abs(nps)).toBeLessThanOrEqual(100);
        const csat = num(
          customerSatisfactionScore(
            scores.map((s) => [s]),
            10,
            null,
          ),
        );
        expect(csat).toBeGreaterThanOrEqual(0);
        expect(csat).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("CLV falls as churn rises, with or without discounting", () => {
    const rate = fc.double({ min: 0.001, max: 0.99, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        rate,
        rate,
        fc.constantFrom(null, 0, 0.01, 0.1),
        (arpa, a, b, i) => {
          fc.pre(Math.abs(a - b) > 1e-6);
          const [low, high] = a < b ? [a, b] : [b, a];
          expect(num(customerLifetimeValue(arpa, high, null, i))).toBeLessThan(
            num(customerLifetimeValue(arpa, low, null, i)),
          );
        },
      ),
    );
  });

  it("annual churn grows with the monthly rate and stays within 0…1", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const yearLow = num(annualChurn(low, null));
          expect(yearLow).toBeLessThanOrEqual(num(annualChurn(high, null)) + 1e-15);
          expect(yearLow).toBeGreaterThanOrEqual(0);
          expect(yearLow).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("the MRR movements do not depend on how the ranges are laid out", () => {
  it("a column, a row or a two-column block of the same customers give the same movements", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 5000 })),
            fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5000 })),
          ),
          { minLength: 2, maxLength: 40 },
        ),
        (pairs) => {
          const even = pairs.length - (pairs.length % 2);
          const kept = pairs.slice(0, even);
          const asColumn = mrrMovements(
            kept.map(([s]) => [s]),
            kept.map(([, e]) => [e]),
          );
          const asRow = mrrMovements([kept.map(([s]) => s)], [kept.map(([, e]) => e)]);
          const block = (i: 0 | 1) =>
            Array.from({ length: even / 2 }, (_, r) => [kept[2 * r]?.[i], kept[2 * r + 1]?.[i]]);
          const asBlock = mrrMovements(block(0), block(1));
          expect(asRow).toEqual(asColumn);
          expect(asBlock).toEqual(asColumn);
        },
      ),
    );
  });
});

// ------------------------------------------------------------------------------------------------------------
// Which error: "returns a value or an Excel error" above accepts any error. Here the expected one is named,
// predicted from the catalogue's precedence (an error cell first, in reading order; then text or a logical
// value, #VALUE!; then a number out of the domain, #NUM!), then from what the metric does with no answer.

const ERROR_CELLS = [{ code: "#REF!" }, { code: "#N/A" }, { code: "#DIV/0!" }, { code: "#NAME?" }];
/** A cell of a range: a valid number, a number out of every domain here, text, a logical value, a blank or an error. */
const anyCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -0.5, Infinity, 2.5) },
  { weight: 1, arbitrary: fc.constantFrom("x", "12", true, false) },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, "") },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_CELLS) },
);
const isBlankCell = (cell: unknown) => cell === null || cell === undefined || cell === "";
const isErrorCell = (cell: unknown) => typeof cell === "object" && cell !== null && "code" in cell;

/** The error the precedence gives for cells in reading order, or `undefined` when none applies. */
function precedenceCode(cells: readonly unknown[], accepts: (n: number) => boolean): string | undefined {
  const error = cells.find(isErrorCell) as { code: string } | undefined;
  if (error) return error.code;
  if (cells.some((cell) => !isBlankCell(cell) && typeof cell !== "number")) return "#VALUE!";
  if (cells.some((cell) => typeof cell === "number" && !accepts(cell))) return "#NUM!";
  return undefined;
}
const codeOrNumber = (result: unknown) =>
  result instanceof ExcelError ? result.code : typeof result === "number" ? "number" : JSON.stringify(result);

const amount = (n: number) => n >= 0 && Number.isFinite(n);
const whole = (min: number, max: number) => (n: number) => Number.isInteger(n) && n >= min && n <= max;

describe("the error each metric gives, named", () => {
  // [metric, how it reads one column, the numbers it accepts, what it gives when no error applies]
  const rangeMetrics: [
    string,
    (column: unknown[][]) => unknown,
    (n: number) => boolean,
    (numbers: number[]) => string,
  ][] = [
    [
      "CSM.MRR",
      (c) => monthlyRecurringRevenue(c, null),
      amount,
      (ns) => (ns.length === 0 ? "#N/A" : "number"),
    ],
    [
      "CSM.ARR",
      (c) => annualRecurringRevenue(c, null),
      amount,
      (ns) => (ns.length === 0 ? "#N/A" : "number"),
    ],
    [
      "CSM.ARPA",
      (c) => averageRevenuePerAccount(c),
      amount,
      (ns) => (ns.some((n) => n > 0) ? "number" : "#DIV/0!"),
    ],
    ["CSM.NPS", (c) => netPromoterScore(c), whole(0, 10), (ns) => (ns.length === 0 ? "#DIV/0!" : "number")],
    [
      "CSM.CSAT",
      (c) => customerSatisfactionScore(c, null, null),
      whole(1, 5),
      (ns) => (ns.length === 0 ? "#DIV/0!" : "number"),
    ],
    ["CSM.CAC", (c) => customerAcquisitionCost(c, 5), amount, (ns) => (ns.length === 0 ? "#N/A" : "number")],
  ];
  for (const [id, metric, accepts, otherwise] of rangeMetrics)
    it(`${id} gives the first error cell, else #VALUE! for text, else #NUM! out of its domain`, () => {
      fc.assert(
        fc.property(fc.array(anyCell, { maxLength: 12 }), (cells) => {
          const expected =
            precedenceCode(cells, accepts) ??
            otherwise(cells.filter((cell): cell is number => typeof cell === "number"));
          expect(codeOrNumber(metric(cells.map((cell) => [cell])))).toBe(expected);
        }),
        { numRuns: 300 },
      );
    });

  // Start and end MRR, one customer per row: reading order is row by row, the start before the end. Without
  // an error, no starting MRR gives #DIV/0! (#N/A for the movements when every row is blank).
  const pairMetrics: [string, (start: unknown[][], end: unknown[][]) => unknown, "ratio" | "row"][] = [
    ["CSM.MRR_MOVEMENTS", (s, e) => mrrMovements(s, e), "row"],
    ["CSM.NRR", (s, e) => netRevenueRetention(s, e), "ratio"],
    ["CSM.GRR", (s, e) => grossRevenueRetention(s, e), "ratio"],
    ["CSM.CHURN (logo)", (s, e) => churnRate(s, e, null), "ratio"],
    ["CSM.CHURN (gross)", (s, e) => churnRate(s, e, "gross"), "ratio"],
    ["CSM.CHURN (net)", (s, e) => churnRate(s, e, "net"), "ratio"],
  ];
  for (const [id, metric, kind] of pairMetrics)
    it(`${id} gives the first error cell, else #VALUE! for text, else #NUM! for a negative or infinite amount`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(anyCell, anyCell), { maxLength: 10 }), (rows) => {
          const someStart = rows.some(([start]) => typeof start === "number" && start > 0);
          const someRow = rows.some(([start, end]) => !isBlankCell(start) || !isBlankCell(end));
          const otherwise =
            kind === "ratio" ? (someStart ? "number" : "#DIV/0!") : someRow ? "a row" : "#N/A";
          const result = metric(
            rows.map(([start]) => [start]),
            rows.map(([, end]) => [end]),
          );
          expect(Array.isArray(result) ? "a row" : codeOrNumber(result)).toBe(
            precedenceCode(rows.flat(), amount) ?? otherwise,
          );
        }),
        { numRuns: 300 },
      );
    });

  // One argument wrong at a time, the others valid: the single-value metrics.
  const scalarMetrics: [string, (bad: unknown) => unknown][] = [
    ["CSM.RETENTION", (x) => customerRetentionRate(x, 100, 10)],
    ["CSM.ANNUAL_CHURN", (x) => annualChurn(x, null)],
    ["CSM.CLV", (x) => customerLifetimeValue(x, 0.05, null, null)],
    ["CSM.CAC_PAYBACK", (x) => cacPayback(x, 100, null)],
    ["CSM.QUICK_RATIO", (x) => quickRatio(x, 20, 15, 10)],
  ];
  for (const [id, metric] of scalarMetrics)
    it(`${id} passes an error through, and gives #VALUE! for text and #NUM! for a negative number`, () => {
      for (const error of ERROR_CELLS) expect(codeOrNumber(metric(error))).toBe(error.code);
      for (const text of ["x", true]) expect(codeOrNumber(metric(text))).toBe("#VALUE!");
      expect(codeOrNumber(metric(-1))).toBe("#NUM!");
      expect(codeOrNumber(metric(null))).toBe("#N/A");
    });
});
