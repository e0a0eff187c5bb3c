// Argument names are part of each function's contract: an error message names the argument at fault with the
// name Excel shows for it — the English parameter name in English Excel, the French one in French Excel. The
// expected names are read from functions-fr.source.json, the French metadata (its keys are the English
// parameter names, its values the French ones), not from the modules under test; every call goes through
// the @customfunction wrapper, so that a wrapper passing its arguments in the wrong order fails here too.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as csm from "../../functions/custom-functions";
import { fakeRuntime, RuntimeError } from "../support/runtime";

const french = JSON.parse(
  readFileSync(new URL("../../functions/functions-fr.source.json", import.meta.url), "utf8"),
) as Record<string, { names: Record<string, string> }>;

const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };
beforeEach(() => {
  globals.CustomFunctions = fakeRuntime().runtime;
});
afterEach(() => {
  delete globals.CustomFunctions;
  delete globals.Office;
});

/** The runtime error of a call: thrown for the whole result, or the first one in a spilled result. */
function errorOf(call: () => unknown): RuntimeError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof RuntimeError) return error;
    throw error;
  }
  const found = (Array.isArray(result) ? result.flat() : []).find((cell) => cell instanceof RuntimeError);
  if (!(found instanceof RuntimeError)) throw new Error(`no error in ${JSON.stringify(result)}`);
  return found;
}

const TEXT = "abc";
const col = (...values: unknown[]) => values.map((value) => [value]);

/**
 * For each function and each of its parameters, calls that make that argument wrong (text where a number is
 * expected, a logical value where a text is, an unknown word where an option is), the others right.
 */
const WRONG: Record<string, Record<string, (() => unknown)[]>> = {
  MRR: {
    amounts: [() => csm.mrr([[TEXT]]), () => csm.mrr(col(TEXT, 5), col(12, 1))],
    period_months: [() => csm.mrr([[100]], [[TEXT]]), () => csm.mrr(col(1200, 5), col(12, TEXT))],
  },
  ARR: {
    amounts: [() => csm.arr([[TEXT]])],
    period_months: [() => csm.arr([[100]], [[TEXT]])],
  },
  ARPA: { mrr: [() => csm.arpa([[TEXT]])] },
  MRR_MOVEMENTS: {
    start_mrr: [() => csm.mrrMovementsRow([[TEXT]], [[1]])],
    end_mrr: [() => csm.mrrMovementsRow([[1]], [[TEXT]])],
  },
  NRR: {
    start_mrr: [() => csm.nrr([[TEXT]], [[1]])],
    end_mrr: [() => csm.nrr([[1]], [[TEXT]])],
  },
  GRR: {
    start_mrr: [() => csm.grr([[TEXT]], [[1]])],
    end_mrr: [() => csm.grr([[1]], [[TEXT]])],
  },
  CHURN: {
    start_mrr: [() => csm.churn([[TEXT]], [[1]])],
    end_mrr: [() => csm.churn([[1]], [[TEXT]])],
    basis: [() => csm.churn([[1]], [[1]], "weekly")],
  },
  RETENTION: {
    start_count: [() => csm.retention(TEXT, 10, 1)],
    end_count: [() => csm.retention(10, TEXT, 1)],
    new_count: [() => csm.retention(10, 10, TEXT)],
  },
  ANNUAL_CHURN: {
    monthly_rate: [() => csm.annualChurnRate(TEXT)],
    months: [() => csm.annualChurnRate(0.05, TEXT)],
  },
  CLV: {
    arpa: [() => csm.clv(TEXT, 0.05)],
    churn_rate: [() => csm.clv(100, TEXT)],
    gross_margin: [() => csm.clv(100, 0.05, TEXT)],
    discount_rate: [() => csm.clv(100, 0.05, 0.8, TEXT)],
  },
  CAC: {
    spend: [() => csm.cac([[TEXT]], [[2]])],
    new_customers: [() => csm.cac([[100]], [[TEXT]])],
  },
  CAC_PAYBACK: {
    cac: [() => csm.cacPaybackMonths(TEXT, 100)],
    arpa: [() => csm.cacPaybackMonths(1200, TEXT)],
    gross_margin: [() => csm.cacPaybackMonths(1200, 100, TEXT)],
  },
  QUICK_RATIO: {
    new_mrr: [() => csm.quick([[TEXT]], 1, 1, 1)],
    expansion: [() => csm.quick([[1]], TEXT, 1, 1)],
    contraction: [() => csm.quick([[1]], 1, TEXT, 1)],
    churned: [() => csm.quick([[1]], 1, 1, TEXT)],
    reactivation: [() => csm.quick([[1]], 1, 1, 1, TEXT)],
  },
  MRR_MATRIX: {
    customers: [() => csm.mrrMatrixOf([[true]], [[10]], [[46023]], [[""]])],
    amounts: [() => csm.mrrMatrixOf([["A"]], [[TEXT]], [[46023]], [[""]])],
    starts: [() => csm.mrrMatrixOf([["A"]], [[10]], [[TEXT]], [[""]])],
    ends: [() => csm.mrrMatrixOf([["A"]], [[10]], [[46023]], [[TEXT]])],
    period_months: [
      () => csm.mrrMatrixOf(col("A", "B"), col(10, 20), col(46023, 46023), col("", ""), col(1, TEXT)),
    ],
    months: [() => csm.mrrMatrixOf([["A"]], [[10]], [[46023]], [[""]], undefined, [[TEXT]])],
  },
  MRR_BRIDGE: {
    matrix: [() => csm.mrrBridgeOf([[10, TEXT]])],
    language: [() => csm.mrrBridgeOf([[10, 20]], TEXT)],
  },
  COHORTS: {
    matrix: [() => csm.cohortsOf([[10, TEXT]])],
    basis: [() => csm.cohortsOf([[10, 20]], TEXT)],
    language: [() => csm.cohortsOf([[10, 20]], "logo", TEXT)],
  },
  TRAILING_RATE: {
    matrix: [() => csm.trailingRateOf([[10, TEXT]], "nrr", 1)],
    measure: [() => csm.trailingRateOf([[10, 20]], TEXT, 1)],
    window: [() => csm.trailingRateOf([[10, 20]], "nrr", TEXT)],
  },
  NPS: { scores: [() => csm.nps([[TEXT]])] },
  CSAT: {
    scores: [() => csm.csat([[TEXT]])],
    scale_max: [() => csm.csat([[5]], TEXT)],
    satisfied_min: [() => csm.csat([[5]], 5, TEXT)],
  },
  HEALTH: {
    scores: [() => csm.health([[TEXT]])],
    weights: [() => csm.health([[50, 50]], [[1, TEXT]])],
  },
  HEALTH_BAND: {
    score: [() => csm.healthBandOf([[TEXT]])],
    red_max: [() => csm.healthBandOf([[50]], TEXT)],
    yellow_max: [() => csm.healthBandOf([[50]], 40, TEXT)],
  },
  HEALTH_EXPLAIN: {
    scores: [() => csm.healthExplainTable([[TEXT, 50]])],
    weights: [() => csm.healthExplainTable([[50, 50]], [[1, TEXT]])],
    labels: [() => csm.healthExplainTable([[50, 50]], undefined, [[true, "NPS"]])],
    language: [() => csm.healthExplainTable([[50, 50]], undefined, undefined, "Deutsch")],
  },
  PULSE: { pulse: [() => csm.pulseComponent([[true]]), () => csm.pulseComponent([["Great"]])] },
  SCALE: {
    value: [() => csm.scale([[TEXT]], 0, 10)],
    min: [() => csm.scale([[5]], TEXT, 10)],
    max: [() => csm.scale([[5]], 0, TEXT)],
  },
  ALERTS: {
    admin_idle_months: [() => csm.alerts([[TEXT]], [[0]], [[10]], [[10]])],
    login_idle_months: [() => csm.alerts([[0]], [[TEXT]], [[10]], [[10]])],
    licences_before: [() => csm.alerts([[0]], [[0]], [[TEXT]], [[10]])],
    licences_now: [() => csm.alerts([[0]], [[0]], [[10]], [[TEXT]])],
    modules_of_interest: [() => csm.alerts([[0]], [[0]], [[10]], [[10]], [[true]])],
    modules_owned: [() => csm.alerts([[0]], [[0]], [[10]], [[10]], [["CRM"]], [[true]])],
    admin_months: [() => csm.alerts([[0]], [[0]], [[10]], [[10]], undefined, undefined, TEXT)],
    login_months: [() => csm.alerts([[0]], [[0]], [[10]], [[10]], undefined, undefined, 2, TEXT)],
    licence_drop: [() => csm.alerts([[0]], [[0]], [[10]], [[10]], undefined, undefined, 2, 1, TEXT)],
    language: [() => csm.alerts([[0]], [[0]], [[10]], [[10]], undefined, undefined, 2, 1, 0.1, "de")],
  },
  JOURNEY_DAYS: {
    from_dates: [() => csm.journey([[TEXT]], [[45000]])],
    to_dates: [() => csm.journey([[45000]], [[TEXT]])],
    statistic: [() => csm.journey([[45000]], [[45010]], "mode")],
  },
  SCALE_RATIO: {
    time: [() => csm.scaleRatioOf([[TEXT]], [[3]])],
    value: [() => csm.scaleRatioOf([[3]], [[TEXT]])],
  },
  SCALE_DECISION: {
    time: [() => csm.scaleDecisionOf([[TEXT]], [[3]])],
    value: [() => csm.scaleDecisionOf([[3]], [[TEXT]])],
  },
  CSMS_NEEDED: {
    workload: [() => csm.csmsNeededFor([[TEXT]], [[10]])],
    capacity: [() => csm.csmsNeededFor([[10]], [[TEXT]])],
  },
};

/** Required single-value arguments left blank: `#N/A` naming the argument. */
const BLANK: Record<string, Record<string, () => unknown>> = {
  RETENTION: {
    start_count: () => csm.retention(null, 10, 1),
    end_count: () => csm.retention(10, null, 1),
    new_count: () => csm.retention(10, 10, null),
  },
  ANNUAL_CHURN: { monthly_rate: () => csm.annualChurnRate(null) },
  CLV: { arpa: () => csm.clv(null, 0.05), churn_rate: () => csm.clv(100, null) },
  CAC: { spend: () => csm.cac([[""]], [[2]]), new_customers: () => csm.cac([[100]], [[null]]) },
  CAC_PAYBACK: { cac: () => csm.cacPaybackMonths(null, 100), arpa: () => csm.cacPaybackMonths(1200, null) },
  QUICK_RATIO: { new_mrr: () => csm.quick([[null]], 1, 1, 1) },
  MRR_MATRIX: {
    customers: () => csm.mrrMatrixOf([[""]], [[10]], [[46023]], [[""]]),
    amounts: () => csm.mrrMatrixOf([["A"]], [[""]], [[46023]], [[""]]),
    starts: () => csm.mrrMatrixOf([["A"]], [[10]], [[null]], [[""]]),
  },
  SCALE: { min: () => csm.scale([[5]], null, 10), max: () => csm.scale([[5]], 0, null) },
  MRR: { amounts: () => csm.mrr([[null]]) },
};

const startsWithName = (message: string | undefined, name: string) =>
  (message ?? "").startsWith(name) && /^[ :]/.test((message ?? "").slice(name.length));

describe("error messages name the argument at fault as Excel names it", () => {
  it("cover every parameter of every function in the metadata", () => {
    const declared = Object.entries(french).flatMap(([id, fn]) =>
      Object.keys(fn.names).map((name) => `${id} ${name}`),
    );
    const covered = Object.entries(WRONG).flatMap(([id, params]) =>
      Object.keys(params).map((name) => `${id} ${name}`),
    );
    expect(covered.sort()).toEqual(declared.sort());
  });

  for (const [id, params] of Object.entries(WRONG))
    for (const [name, calls] of Object.entries(params))
      it(`CSM.${id} names ${name} in English and ${french[id]?.names[name] ?? "?"} in French when it is wrong`, () => {
        const frenchName = french[id]?.names[name] ?? "?";
        for (const call of calls) {
          const english = errorOf(call);
          expect(english.code).toBe("#VALUE!");
          expect(startsWithName(english.message, name), english.message).toBe(true);
          globals.Office = { context: { displayLanguage: "fr-FR" } };
          const inFrench = errorOf(call);
          delete globals.Office;
          expect(inFrench.code).toBe("#VALUE!");
          expect(startsWithName(inFrench.message, frenchName), inFrench.message).toBe(true);
        }
      });

  for (const [id, params] of Object.entries(BLANK))
    for (const [name, call] of Object.entries(params))
      it(`CSM.${id} gives #N/A naming ${name} in both languages when it is blank`, () => {
        const english = errorOf(call);
        expect(english.code).toBe("#N/A");
        expect(startsWithName(english.message, name), english.message).toBe(true);
        globals.Office = { context: { displayLanguage: "fr-FR" } };
        const inFrench = errorOf(call);
        expect(inFrench.code).toBe("#N/A");
        expect(startsWithName(inFrench.message, french[id]?.names[name] ?? "?"), inFrench.message).toBe(true);
      });
});
