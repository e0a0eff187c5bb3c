// Which error each metric gives when several cells are wrong, as the catalogue's precedence says: an error
// value from a cell first (the first one in reading order, row by row), then #VALUE! (text), then #NUM! (a
// number out of the domain), then #DIV/0!, then #N/A. The same ranges go through every metric that reads a
// range, so that no metric can rank its errors in its own order.
import { describe, expect, it } from "vitest";
import { cacPayback, customerAcquisitionCost } from "../../functions/cac/cac";
import { annualChurn, churnRate } from "../../functions/churn/churn";
import { customerLifetimeValue } from "../../functions/clv/clv";
import { customerSatisfactionScore } from "../../functions/csat/csat";
import { healthScores } from "../../functions/health/health";
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
import { csmsNeeded } from "../../functions/scaling/scaling";
import { codeOf } from "../support/cells";

const REF = { code: "#REF!" };
const NA = { code: "#N/A" };
const DIV0 = { code: "#DIV/0!" };
type Range = unknown[][];
/** A range of the same shape holding a valid value (1) in every cell. */
const ones = (range: Range): Range => range.map((row) => row.map(() => 1));
const hundreds = (range: Range): Range => range.map((row) => row.map(() => 100));

/** Every metric that reads a range, with the range under test in one argument and valid values elsewhere. */
const RANGE_METRICS: [string, (range: Range) => unknown][] = [
  ["CSM.MRR amounts", (r) => monthlyRecurringRevenue(r, null)],
  ["CSM.MRR amounts, with a period per amount", (r) => monthlyRecurringRevenue(r, ones(r))],
  ["CSM.MRR period_months, a period per amount", (r) => monthlyRecurringRevenue(hundreds(r), r)],
  ["CSM.ARR amounts", (r) => annualRecurringRevenue(r, null)],
  ["CSM.ARPA mrr", (r) => averageRevenuePerAccount(r)],
  ["CSM.NPS scores", (r) => netPromoterScore(r)],
  ["CSM.CSAT scores", (r) => customerSatisfactionScore(r, null, null)],
  ["CSM.CAC spend", (r) => customerAcquisitionCost(r, 5)],
  ["CSM.CAC new_customers", (r) => customerAcquisitionCost(100, r)],
  ["CSM.MRR_MOVEMENTS start_mrr", (r) => mrrMovements(r, ones(r))],
  ["CSM.MRR_MOVEMENTS end_mrr", (r) => mrrMovements(ones(r), r)],
  ["CSM.NRR start_mrr", (r) => netRevenueRetention(r, ones(r))],
  ["CSM.NRR end_mrr", (r) => netRevenueRetention(ones(r), r)],
  ["CSM.GRR start_mrr", (r) => grossRevenueRetention(r, ones(r))],
  ["CSM.GRR end_mrr", (r) => grossRevenueRetention(ones(r), r)],
  ["CSM.CHURN start_mrr (logo)", (r) => churnRate(r, ones(r), null)],
  ["CSM.CHURN end_mrr (gross)", (r) => churnRate(ones(r), r, "gross")],
  ["CSM.CHURN start_mrr (net)", (r) => churnRate(r, ones(r), "net")],
  ["CSM.CSMS_NEEDED workload", (r) => csmsNeeded(r, ones(r))],
  ["CSM.CSMS_NEEDED capacity", (r) => csmsNeeded(ones(r), r)],
];

const CASES: [string, Range, string][] = [
  ["an error cell after a text cell still wins", [[1], ["x"], [REF]], "#REF!"],
  ["an error cell after a negative number still wins", [[1], [-1], [REF]], "#REF!"],
  ["with two error cells, the first in reading order wins", [[1], [NA], [REF]], "#N/A"],
  [
    "reading order is row by row",
    [
      [1, DIV0],
      [NA, 1],
    ],
    "#DIV/0!",
  ],
  ["text after a negative number gives #VALUE!", [[-1], ["x"]], "#VALUE!"],
  ["text before a negative number gives #VALUE!", [["x"], [-1]], "#VALUE!"],
  ["a logical value gives #VALUE!", [[1], [true]], "#VALUE!"],
  ["a negative number gives #NUM!", [[1], [-1]], "#NUM!"],
];

describe("the error precedence, the same in every metric that reads a range", () => {
  for (const [name, metric] of RANGE_METRICS)
    for (const [rule, range, code] of CASES)
      it(`${name}: ${rule}`, () => {
        expect(codeOf(metric(range))).toBe(code);
      });

  it("CSM.HEALTH applies it within each account's row", () => {
    const rows = healthScores(
      [
        [1, "x", REF],
        [1, NA, REF],
        [-1, "x", 1],
        ["x", -1, 1],
        [1, -1, 1],
      ],
      null,
    ) as unknown[][];
    expect(rows.map((row) => codeOf(row[0]))).toEqual(["#REF!", "#N/A", "#VALUE!", "#VALUE!", "#NUM!"]);
  });
});

describe("negative amounts and counts give #NUM!", () => {
  const cases: [string, () => unknown][] = [
    ["CSM.MRR_MOVEMENTS, a negative start", () => mrrMovements([[100], [-5]], [[100], [5]])],
    ["CSM.MRR_MOVEMENTS, a negative end", () => mrrMovements([[100], [5]], [[100], [-5]])],
    ["CSM.NRR", () => netRevenueRetention([[100], [50]], [[-1], [50]])],
    ["CSM.GRR", () => grossRevenueRetention([[-100], [50]], [[100], [50]])],
    ["CSM.CHURN, logo", () => churnRate([[100], [50]], [[100], [-50]], null)],
    ["CSM.CHURN, gross", () => churnRate([[100], [-50]], [[100], [50]], "gross")],
    ["CSM.CHURN, net", () => churnRate([[100], [50]], [[-100], [50]], "net")],
    ["CSM.RETENTION", () => customerRetentionRate(-10, 10, 1)],
    ["CSM.ANNUAL_CHURN, a negative rate", () => annualChurn(-0.05, null)],
    ["CSM.ANNUAL_CHURN, negative months", () => annualChurn(0.05, -12)],
    ["CSM.CLV, a negative ARPA", () => customerLifetimeValue(-100, 0.05, null, null)],
    ["CSM.CLV, a negative discount rate", () => customerLifetimeValue(100, 0.05, null, -0.1)],
    ["CSM.CAC_PAYBACK, a negative cost", () => cacPayback(-1200, 100, null)],
    ["CSM.CAC_PAYBACK, a negative ARPA", () => cacPayback(1200, -100, null)],
    ["CSM.QUICK_RATIO, a negative new MRR", () => quickRatio(-30, 20, 15, 10)],
    ["CSM.QUICK_RATIO, a negative churned MRR", () => quickRatio(30, 20, 15, -10)],
  ];
  for (const [name, call] of cases)
    it(name, () => {
      expect(codeOf(call())).toBe("#NUM!");
    });
});
