// Each @customfunction wrapper passes every argument it is given to its metric: called with every optional
// argument set to something other than its default, each gives the result worked out by hand (a wrapper that
// dropped an argument would give the default's result instead).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as csm from "../../functions/custom-functions";
import { fakeRuntime } from "../support/runtime";

const globals = globalThis as { CustomFunctions?: unknown };
beforeEach(() => {
  globals.CustomFunctions = fakeRuntime().runtime;
});
afterEach(() => {
  delete globals.CustomFunctions;
});

const col = (...values: unknown[]) => values.map((value) => [value]);
// ChartMogul's example: starting MRR 100 over four customers, one churns 10, one contracts by 10, one expands
// by 10; a new customer brings 50.
const START = col(40, 30, 20, 10, null);
const END = col(40, 20, 30, null, 50);

describe("the custom functions pass every argument through", () => {
  it("CSM.MRR, CSM.ARR and CSM.ARPA", () => {
    // (1,200 + 600) ÷ 12 = 150 a month, 1,800 a year; the paying customers' mean of 1, 1, 3, 5, 5 is 3.
    expect(csm.mrr(col(1200, 600), [[12]])).toBe(150);
    expect(csm.arr(col(1200, 600), [[12]])).toBe(1800);
    expect(csm.arpa(col(1, 1, 3, 5, 5, 0))).toBe(3);
  });

  it("CSM.MRR_MOVEMENTS, CSM.NRR, CSM.GRR and CSM.CHURN", () => {
    expect(csm.mrrMovementsRow(START, END)).toEqual([[50, 10, 10, 10]]);
    expect(csm.nrr(START, END)).toBeCloseTo(0.9, 12);
    expect(csm.grr(START, END)).toBeCloseTo(0.8, 12);
    // Gross: (10 churned + 10 contraction) ÷ 100; net: (20 − 10 expansion) ÷ 100; logo: 1 of 4.
    expect(csm.churn(START, END, "gross")).toBeCloseTo(0.2, 12);
    expect(csm.churn(START, END, "net")).toBeCloseTo(0.1, 12);
    expect(csm.churn(START, END)).toBe(0.25);
  });

  it("CSM.RETENTION and CSM.ANNUAL_CHURN", () => {
    // (1,050 − 200) ÷ 1,000; 1 − 0.95⁶ = 1 − 0.735091890625.
    expect(csm.retention(1000, 1050, 200)).toBeCloseTo(0.85, 12);
    expect(csm.annualChurnRate(0.05, 6)).toBeCloseTo(0.264908109375, 12);
  });

  it("CSM.CLV, CSM.CAC and CSM.CAC_PAYBACK", () => {
    // 100 × 0.8 × 1.1 ÷ (0.1 + 0.2) = 88 ÷ 0.3; 50,000 ÷ 25; 1,200 ÷ (100 × 0.8).
    expect(csm.clv(100, 0.2, 0.8, 0.1)).toBeCloseTo(88 / 0.3, 9);
    expect(csm.cac(col(30000, 20000), [[25]])).toBe(2000);
    expect(csm.cacPaybackMonths(1200, 100, 0.8)).toBeCloseTo(15, 12);
  });

  it("CSM.QUICK_RATIO with its four movements as four arguments", () => {
    // (30 + 20) ÷ (15 + 10) = 2.
    expect(csm.quick([[30]], 20, 15, 10)).toBe(2);
  });

  it("CSM.NPS and CSM.CSAT", () => {
    // 2 promoters, 1 passive, 1 detractor of 4: 25. On a 0–10 scale, satisfied from 8: 10 and 8 of 4 answers.
    expect(csm.nps(col(10, 9, 8, 6))).toBe(25);
    expect(csm.csat(col(10, 8, 7, 0), 10, 8)).toBe(0.5);
  });

  it("CSM.HEALTH, CSM.HEALTH_BAND, CSM.PULSE and CSM.SCALE", () => {
    // (3 × 80 + 1 × 40) ÷ 4 = 70; with red up to 40 and yellow up to 80: 45 and 78 yellow, 85 green.
    expect(csm.health([[80, 40]], [[3, 1]])).toEqual([[70]]);
    expect(csm.healthBandOf(col(45, 78, 85), 40, 80)).toEqual([["Yellow"], ["Yellow"], ["Green"]]);
    expect(csm.pulseComponent([["Sain", "Poor"]])).toEqual([[100, 0]]);
    // (20 + 100) ÷ 200 × 100 = 60.
    expect(csm.scale([[20]], -100, 100)).toEqual([[60]]);
  });

  it("CSM.HEALTH_EXPLAIN with weights, labels and a language", () => {
    // Weights 1 and 3: shares 0.25 and 0.75. NPS (score 10) loses 0.75 × 90 = 67.5 and comes first; Usage
    // (score 90) contributes 22.5 and loses 2.5. The score is 22.5 + 7.5 = 30.
    expect(csm.healthExplainTable([[90, 10]], [[1, 3]], [["Usage", "NPS"]], "fr")).toEqual([
      ["Composante", "Note", "Poids effectif", "Points apportés", "Points perdus"],
      ["NPS", 10, 0.75, 7.5, 67.5],
      ["Usage", 90, 0.25, 22.5, 2.5],
      ["Score de santé", 30, 1, 30, 70],
    ]);
  });

  it("CSM.ALERTS with modules, thresholds and a language", () => {
    // Admin idle 3 months under a threshold of 4, no login for 2 under 3, licences down 30 % under 40 %: only
    // the interest in a module not owned is raised (CRM is owned, whatever the case), in French.
    expect(csm.alerts([[3]], [[2]], [[10]], [[7]], [["Reporting, CRM"]], [["crm"]], 4, 3, 0.4, "fr")).toEqual(
      [["Intérêt pour des modules non détenus : Reporting"]],
    );
  });

  it("CSM.JOURNEY_DAYS, CSM.SCALE_RATIO, CSM.SCALE_DECISION and CSM.CSMS_NEEDED", () => {
    // 14 and 30 days: the max is 30 (the median would be 22).
    expect(csm.journey(col(45000, 45010), col(45014, 45040), "max")).toEqual([[30]]);
    expect(csm.scaleRatioOf([[2, 5]], [[4, 2]])).toEqual([[0.5, 2.5]]);
    expect(csm.scaleDecisionOf([[2, 5]], [[4, 2]])).toEqual([["Human", "Automate"]]);
    // 12 ÷ 10 + 60 ÷ 40 + 400 ÷ 200 = 1.2 + 1.5 + 2.
    expect(csm.csmsNeededFor(col(12, 60, 400), col(10, 40, 200))).toBeCloseTo(4.7, 12);
  });
});
