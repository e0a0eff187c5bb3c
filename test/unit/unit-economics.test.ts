import { describe, expect, it } from "vitest";
import { cacPayback, customerAcquisitionCost } from "../../functions/cac/cac";
import { annualChurn } from "../../functions/churn/churn";
import { customerLifetimeValue } from "../../functions/clv/clv";
import { customerSatisfactionScore } from "../../functions/csat/csat";
import { quickRatio } from "../../functions/movements/quick-ratio";
import { customerRetentionRate } from "../../functions/retention/customer-retention";
import { ExcelError } from "../../functions/excel/errors";
import { codeOf } from "../support/cells";

const answers = (counts: Record<number, number>): number[][] =>
  Object.entries(counts).flatMap(([score, count]) => Array.from({ length: count }, () => [Number(score)]));

describe("CSM.RETENTION", () => {
  it("gives 0.85 for S = 1,000, N = 200, E = 1,050 (Zendesk)", () => {
    expect(customerRetentionRate(1000, 1050, 200)).toBe(0.85);
  });

  it("returns #DIV/0! with no customer at the start and #NUM! for impossible counts", () => {
    expect(codeOf(customerRetentionRate(0, 10, 10))).toBe("#DIV/0!");
    expect(codeOf(customerRetentionRate(100, 90, 95))).toBe("#NUM!");
    expect(codeOf(customerRetentionRate(-1, 90, 5))).toBe("#NUM!");
    expect(codeOf(customerRetentionRate(10.5, 90, 5))).toBe("#NUM!");
  });

  it("returns #NUM! when more customers were kept than there were at the start (E − N > S)", () => {
    // 200 at the end, 50 of them new: 150 kept out of 100 is impossible.
    expect(codeOf(customerRetentionRate(100, 200, 50))).toBe("#NUM!");
    // Kept exactly all of them: 150 − 50 = 100 of 100.
    expect(customerRetentionRate(100, 150, 50)).toBe(1);
  });

  it("ranks an impossible count (#NUM!) above a blank one (#N/A)", () => {
    expect(codeOf(customerRetentionRate(null, 90, 95))).toBe("#NUM!");
  });

  it("returns #N/A when a count is blank", () => {
    expect(codeOf(customerRetentionRate(100, null, 5))).toBe("#N/A");
  });
});

describe("CSM.ANNUAL_CHURN", () => {
  it("compounds 5 % a month into 45.96 % a year", () => {
    expect(annualChurn(0.05, null)).toBeCloseTo(0.4596, 4);
    expect(annualChurn(0.05, null)).toBeCloseTo(1 - 0.95 ** 12, 14);
  });

  it("compounds over any number of months", () => {
    expect(annualChurn(0.1, 2)).toBeCloseTo(0.19, 14);
    expect(annualChurn(0.1, 1)).toBeCloseTo(0.1, 14);
  });

  it("reads 0 months, an empty cell on Windows desktop, as the default 12", () => {
    // 1 − 0.95¹² = 0.4596 (rounded), worked by hand.
    expect(annualChurn(0.05, 0)).toBeCloseTo(0.4596, 4);
    expect(annualChurn(0.05, [[0]])).toBe(annualChurn(0.05, null));
  });

  it("returns #NUM! for a rate outside 0–1 and #VALUE! for text", () => {
    expect(codeOf(annualChurn(1.2, null))).toBe("#NUM!");
    expect(codeOf(annualChurn("5%", null))).toBe("#VALUE!");
  });
});

describe("CSM.CLV", () => {
  it("gives 2,000 for ARPA 100 and monthly churn 5 % (ChartMogul)", () => {
    expect(customerLifetimeValue(100, 0.05, null, null)).toBeCloseTo(2000, 9);
  });

  it("applies the gross margin", () => {
    expect(customerLifetimeValue(100, 0.05, 0.8, null)).toBeCloseTo(1600, 9);
  });

  it("discounts with Gupta & Lehmann's m × (1 + i) ÷ (1 + i − r), the first margin received at once", () => {
    // m = 50, r = 0.9, i = 0.01: 50 × 1.01 ÷ 0.11, worked by hand.
    expect(customerLifetimeValue(50, 0.1, null, 0.01)).toBeCloseTo((50 * 1.01) / 0.11, 9);
    // A second method: Σ over t ≥ 0 of m rᵗ ÷ (1 + i)ᵗ, summed term by term.
    let sum = 0;
    for (let t = 0; t < 5000; t++) sum += (50 * 0.9 ** t) / 1.01 ** t;
    expect(customerLifetimeValue(50, 0.1, null, 0.01)).toBeCloseTo(sum, 6);
  });

  it("gives the same 2,000 whether the discount rate is omitted or 0: one formula family", () => {
    expect(customerLifetimeValue(100, 0.05, null, null)).toBe(2000);
    expect(customerLifetimeValue(100, 0.05, null, 0)).toBe(2000);
    expect(customerLifetimeValue(100, 0.05, null, [[0]])).toBe(2000);
  });

  it("keeps a gross margin of 0 as a 0 % margin: a CLV of 0", () => {
    expect(customerLifetimeValue(100, 0.05, 0, null)).toBe(0);
  });

  it("returns #NUM! for a churn rate of 1 or more and #DIV/0! for a churn of 0 without discount", () => {
    expect(codeOf(customerLifetimeValue(100, 1, null, null))).toBe("#NUM!");
    expect(codeOf(customerLifetimeValue(100, 1.5, null, null))).toBe("#NUM!");
    expect(codeOf(customerLifetimeValue(100, 0, null, null))).toBe("#DIV/0!");
    expect(codeOf(customerLifetimeValue(100, 0, null, 0))).toBe("#DIV/0!");
    // Churn 0, i = 10 %: 100 × 1.1 ÷ 0.1 = 1,100 (a perpetuity paid from today).
    expect(customerLifetimeValue(100, 0, null, 0.1)).toBeCloseTo(1100, 9);
  });

  it("ranks a churn rate of 1 (#NUM!) above a blank ARPA (#N/A)", () => {
    expect(codeOf(customerLifetimeValue(null, 1, null, null))).toBe("#NUM!");
  });

  it("returns #NUM! for a gross margin above 1", () => {
    expect(codeOf(customerLifetimeValue(100, 0.05, 1.2, null))).toBe("#NUM!");
  });
});

describe("CSM.CAC and CSM.CAC_PAYBACK", () => {
  it("divides spend by new customers, summing ranges", () => {
    expect(customerAcquisitionCost(50000, 25)).toBe(2000);
    expect(customerAcquisitionCost([[30000], [20000], [null]], [[10], [15]])).toBe(2000);
  });

  it("returns #DIV/0! without new customers and #NUM! for a fractional count", () => {
    expect(codeOf(customerAcquisitionCost(1000, 0))).toBe("#DIV/0!");
    expect(codeOf(customerAcquisitionCost(1000, 2.5))).toBe("#NUM!");
  });

  it("returns #N/A naming the argument when every spend cell or every new-customer cell is blank", () => {
    const noSpend = customerAcquisitionCost([[null], [""]], 25) as ExcelError;
    expect(noSpend.code).toBe("#N/A");
    expect(noSpend.message?.en).toContain("spend");
    expect(noSpend.message?.fr).toContain("dépenses");
    const noCustomers = customerAcquisitionCost(50000, [[null], [""]]) as ExcelError;
    expect(noCustomers.code).toBe("#N/A");
    expect(noCustomers.message?.en).toContain("new_customers");
    // No new customer at all (0) is still #DIV/0!, which outranks a blank spend.
    expect(codeOf(customerAcquisitionCost(null, 0))).toBe("#DIV/0!");
  });

  it("gives the months of margin that repay the CAC", () => {
    expect(cacPayback(10000, 1000, 0.8)).toBe(12.5);
    expect(cacPayback(1200, 100, null)).toBe(12);
    expect(codeOf(cacPayback(1200, 0, null))).toBe("#DIV/0!");
  });

  it("keeps a gross margin of 0 as a 0 % margin: the CAC is never paid back, #DIV/0!", () => {
    expect(codeOf(cacPayback(1200, 100, 0))).toBe("#DIV/0!");
  });
});

describe("CSM.QUICK_RATIO", () => {
  it("divides MRR gained by MRR lost", () => {
    expect(quickRatio(10, 5, 2, 3)).toBe(3);
  });

  it("reads the row of CSM.MRR_MOVEMENTS as its only argument", () => {
    expect(quickRatio([[10, 5, 2, 3]], null, null, null)).toBe(3);
  });

  it("returns #DIV/0! when nothing was lost, and #N/A when new_mrr is blank", () => {
    expect(codeOf(quickRatio(10, 5, 0, 0))).toBe("#DIV/0!");
    expect(codeOf(quickRatio(10, null, null, null))).toBe("#DIV/0!");
    expect(codeOf(quickRatio(null, 5, 2, 3))).toBe("#N/A");
  });

  it("gives the same ratio for an empty expansion cell on the web (null) and on Windows desktop (0)", () => {
    // (10 + 0) ÷ (2 + 3) = 2, worked by hand.
    expect(quickRatio(10, null, 2, 3)).toBe(2);
    expect(quickRatio(10, 0, 2, 3)).toBe(2);
  });

  it("reads the row of CSM.MRR_MOVEMENTS even when the other arguments arrive as 0 from empty cells", () => {
    expect(quickRatio([[10, 5, 2, 3]], 0, 0, 0)).toBe(3);
  });
});

describe("CSM.CSAT", () => {
  it("gives 74 / 107 for 42 fives, 32 fours, 10 threes, 9 twos and 14 ones (Delighted)", () => {
    const scores = answers({ 5: 42, 4: 32, 3: 10, 2: 9, 1: 14 });
    expect(customerSatisfactionScore(scores, null, null)).toBeCloseTo(74 / 107, 14);
    expect(customerSatisfactionScore(scores, null, null)).toBeCloseTo(0.6916, 4);
  });

  it("reads a 7-point scale from 1 and a 10-point scale from 0", () => {
    expect(customerSatisfactionScore([[7], [6], [5], [1]], 7, null)).toBe(0.5);
    expect(codeOf(customerSatisfactionScore([[0]], 7, null))).toBe("#NUM!");
    expect(customerSatisfactionScore([[0], [9], [10], [8]], 10, null)).toBe(0.5);
  });

  it("takes a stricter threshold", () => {
    expect(customerSatisfactionScore([[5], [4], [4]], null, 5)).toBeCloseTo(1 / 3, 14);
  });

  it("returns #NUM! for an answer off the scale or a threshold off the scale", () => {
    expect(codeOf(customerSatisfactionScore([[6]], null, null))).toBe("#NUM!");
    expect(codeOf(customerSatisfactionScore([[5]], null, 6))).toBe("#NUM!");
    expect(codeOf(customerSatisfactionScore([[5]], 1, null))).toBe("#NUM!");
  });

  it("returns #VALUE! for text among the answers even when scale_max is out of its domain", () => {
    const error = customerSatisfactionScore([["x"]], 1, null) as ExcelError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message?.en).toContain("scores: row 1, column 1");
  });

  it("reads scale_max and satisfied_min of 0, empty cells on Windows desktop, as their defaults", () => {
    // Default 1–5 scale, top-two-box: 5 and 4 of 5, 4, 3, 2 → 2 ÷ 4.
    expect(customerSatisfactionScore([[5], [4], [3], [2]], 0, 0)).toBe(0.5);
    expect(customerSatisfactionScore([[10], [9], [8], [0]], 10, 0)).toBe(0.5);
  });

  it("returns #DIV/0! with no answer and passes an error cell through before a bad scale", () => {
    expect(codeOf(customerSatisfactionScore([[null]], null, null))).toBe("#DIV/0!");
    expect(codeOf(customerSatisfactionScore([[{ code: "#N/A" }]], "five", null))).toBe("#N/A");
  });
});
