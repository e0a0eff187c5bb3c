import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { churnRate } from "../../functions/churn/churn";
import {
  grossRevenueRetention,
  mrrMovements,
  netRevenueRetention,
} from "../../functions/movements/mrr-movements";
import {
  annualRecurringRevenue,
  averageRevenuePerAccount,
  monthlyRecurringRevenue,
} from "../../functions/mrr/mrr";
import { column, codeOf } from "../support/cells";

// ChartMogul's worked example: 100 of starting MRR over four customers; one churns 10, one contracts by 10,
// one expands by 10, one stays; a new customer brings 50 (new business, excluded from every ratio).
const START = column(40, 30, 20, 10, null);
const END = column(40, 20, 30, null, 50);

describe("CSM.MRR and CSM.ARR", () => {
  it("counts an annual contract for 1/12 per month (Stripe: a $1,200 yearly plan is $100 MRR)", () => {
    expect(monthlyRecurringRevenue(column(1200), 12)).toBe(100);
  });

  it("adds monthly amounts when the period is omitted", () => {
    expect(monthlyRecurringRevenue(column(100, 250.5, "", null), null)).toBe(350.5);
  });

  it("divides each amount by its own period when periods are a range", () => {
    expect(monthlyRecurringRevenue(column(1200, 300, 50), column(12, 3, null))).toBe(100 + 100 + 50);
  });

  it("annualizes MRR: ARR of an MRR of 25 is 300 (ChartMogul)", () => {
    expect(annualRecurringRevenue(column(25), null)).toBe(300);
    expect(annualRecurringRevenue(column(1200), 12)).toBe(1200);
  });

  it("returns #N/A when every amount is blank", () => {
    expect(codeOf(monthlyRecurringRevenue(column(null, ""), null))).toBe("#N/A");
    expect(codeOf(annualRecurringRevenue([], null))).toBe("#N/A");
  });

  it("returns #DIV/0! for a period of 0 months and #NUM! for a negative one", () => {
    expect(codeOf(monthlyRecurringRevenue(column(100), 0))).toBe("#DIV/0!");
    expect(codeOf(monthlyRecurringRevenue(column(100), -12))).toBe("#NUM!");
    expect(codeOf(monthlyRecurringRevenue(column(100, 200), column(12, 0)))).toBe("#DIV/0!");
  });

  it("returns #DIV/0! for a period of 0 even when every amount is blank: #DIV/0! outranks #N/A", () => {
    expect(codeOf(monthlyRecurringRevenue(column(""), 0))).toBe("#DIV/0!");
    expect(codeOf(monthlyRecurringRevenue(column(""), [[0]]))).toBe("#DIV/0!");
    expect(codeOf(annualRecurringRevenue(column(null), [[0]]))).toBe("#DIV/0!");
  });

  it("reads a one-cell range of periods, as Excel passes a matrix parameter, as one period for all", () => {
    // Worked by hand: (1,200 + 600) ÷ 12 = 150.
    expect(monthlyRecurringRevenue(column(1200, 600), [[12]])).toBe(150);
  });

  it("returns #NUM! for a negative amount and #VALUE! for text, naming the cell", () => {
    expect(codeOf(monthlyRecurringRevenue(column(100, -5), null))).toBe("#NUM!");
    const error = monthlyRecurringRevenue(column(100, 200), column(12, "yearly")) as ExcelError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message?.en).toContain("period_months: row 2, column 1");
  });

  it("returns #VALUE! when amounts and periods have different shapes", () => {
    expect(codeOf(monthlyRecurringRevenue(column(1, 2, 3), column(12, 12)))).toBe("#VALUE!");
  });

  it("passes an error cell through", () => {
    expect(codeOf(monthlyRecurringRevenue(column(1, { code: "#N/A" }), null))).toBe("#N/A");
    expect(codeOf(monthlyRecurringRevenue(column(1, 2), column(12, { code: "#REF!" })))).toBe("#REF!");
  });
});

describe("CSM.ARPA", () => {
  it("gives 3 for MRR 1, 1, 3, 5, 5 (ChartMogul)", () => {
    expect(averageRevenuePerAccount(column(1, 1, 3, 5, 5))).toBe(3);
  });

  it("leaves out customers at 0 and blanks", () => {
    expect(averageRevenuePerAccount(column(1, 0, 3, null, 5, 5, 1, ""))).toBe(3);
  });

  it("returns #DIV/0! when nobody pays", () => {
    expect(codeOf(averageRevenuePerAccount(column(0, null)))).toBe("#DIV/0!");
  });
});

describe("CSM.MRR_MOVEMENTS", () => {
  it("splits ChartMogul's example into new 50, expansion 10, contraction 10, churned 10", () => {
    expect(mrrMovements(START, END)).toEqual([[50, 10, 10, 10]]);
  });

  it("reads a blank end as 0 (churned) and a blank start as 0 (new)", () => {
    expect(mrrMovements(column(100, null), column(null, 70))).toEqual([[70, 0, 0, 100]]);
  });

  it("returns #N/A when every row is blank on both sides", () => {
    expect(codeOf(mrrMovements(column(null), column("")))).toBe("#N/A");
  });
});

describe("CSM.NRR, CSM.GRR and CSM.CHURN on ChartMogul's example", () => {
  it("gives NRR 0.90, new business excluded", () => {
    expect(netRevenueRetention(START, END)).toBeCloseTo(0.9, 12);
  });

  it("gives GRR 0.80", () => {
    expect(grossRevenueRetention(START, END)).toBeCloseTo(0.8, 12);
  });

  it("gives gross MRR churn 0.20 and net MRR churn 0.10", () => {
    expect(churnRate(START, END, "gross")).toBeCloseTo(0.2, 12);
    expect(churnRate(START, END, "net")).toBeCloseTo(0.1, 12);
  });

  it("gives logo churn 1 of 4 customers present at the start, by default", () => {
    expect(churnRate(START, END, null)).toBe(0.25);
    expect(churnRate(START, END, "Logo")).toBe(0.25);
  });

  it("accepts the French word brut for gross", () => {
    expect(churnRate(START, END, "brut")).toBeCloseTo(0.2, 12);
  });

  it("can give negative net churn when expansion outweighs losses", () => {
    expect(churnRate(column(100, 100), column(150, 90), "net")).toBeCloseTo(-0.2, 12);
    expect(netRevenueRetention(column(100, 100), column(150, 90))).toBeCloseTo(1.2, 12);
  });

  it("returns #VALUE! listing the bases for an unknown basis", () => {
    const error = churnRate(START, END, "monthly") as ExcelError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message?.en).toContain('"gross"');
  });

  it("returns #DIV/0! with no starting MRR: only new customers", () => {
    expect(codeOf(netRevenueRetention(column(0, null), column(10, 20)))).toBe("#DIV/0!");
    expect(codeOf(grossRevenueRetention([], []))).toBe("#DIV/0!");
    expect(codeOf(churnRate(column(0), column(5), null))).toBe("#DIV/0!");
  });

  it("returns #DIV/0! for gross and net MRR churn with no starting MRR, as for logo churn", () => {
    for (const basis of ["gross", "net", null]) {
      expect(codeOf(churnRate(column(0, null), column(10, 20), basis)), String(basis)).toBe("#DIV/0!");
      expect(codeOf(churnRate([], [], basis)), String(basis)).toBe("#DIV/0!");
    }
  });

  it("returns #VALUE! when start and end have different shapes", () => {
    expect(codeOf(netRevenueRetention(column(1, 2), column(1)))).toBe("#VALUE!");
  });

  it("describes a number given as the basis as that number: 5 is not an option", () => {
    const error = churnRate(START, END, 5) as ExcelError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message?.en).toBe(
      'basis: 5 is not an option; use one of "logo", "logos", "customer", "client", "gross", "brut", "net".',
    );
    expect(error.message?.fr).toContain("base : 5 n'est pas une option ; utilisez");
  });

  it("reads a basis of 0, an empty cell on Windows desktop, as the default logo basis", () => {
    expect(churnRate(START, END, 0)).toBe(0.25);
  });

  it("ranks an error cell above an unknown basis", () => {
    expect(codeOf(churnRate(column({ code: "#N/A" }), column(1), "weekly"))).toBe("#N/A");
  });
});
