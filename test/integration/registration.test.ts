// Guards the commonest field failure: functions showing #NAME? or #N/A because the runtime was miswired.
// dist/ is built by `npm test` before vitest runs (`npm run build`).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFunctionsBundle, registrationProblems, RuntimeError } from "../support/runtime";

const dist = join(__dirname, "../../dist");

interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; dimensionality?: string; type: string }[];
  }[];
}

let metadata: FunctionsMetadata;
let bundle: string;

beforeAll(() => {
  if (!existsSync(join(dist, "functions.js")) || !existsSync(join(dist, "functions.json")))
    throw new Error("dist/functions.js or dist/functions.json is missing: run `npm run build` first");
  metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as FunctionsMetadata;
  bundle = readFileSync(join(dist, "functions.js"), "utf8");
});

// The catalogue's contract (ids and argument order, ../shared/METRICS.md), written out here by hand: workbooks in
// the field depend on it, so a change to the declarations must fail this test. Optional arguments end in "?".
// QUICK_RATIO's first argument is `new_mrr` because `new` is a reserved word in JavaScript.
const CONTRACT: Record<string, string[]> = {
  MRR: ["amounts", "period_months?"],
  ARR: ["amounts", "period_months?"],
  ARPA: ["mrr"],
  MRR_MOVEMENTS: ["start_mrr", "end_mrr"],
  NRR: ["start_mrr", "end_mrr"],
  GRR: ["start_mrr", "end_mrr"],
  CHURN: ["start_mrr", "end_mrr", "basis?"],
  RETENTION: ["start_count", "end_count", "new_count"],
  ANNUAL_CHURN: ["monthly_rate", "months?"],
  CLV: ["arpa", "churn_rate", "gross_margin?", "discount_rate?"],
  CAC: ["spend", "new_customers"],
  CAC_PAYBACK: ["cac", "arpa", "gross_margin?"],
  QUICK_RATIO: ["new_mrr", "expansion?", "contraction?", "churned?", "reactivation?"],
  MRR_MATRIX: ["customers", "amounts", "starts", "ends", "period_months?", "months?"],
  MRR_BRIDGE: ["matrix", "language?"],
  COHORTS: ["matrix", "basis?", "language?"],
  TRAILING_RATE: ["matrix", "measure?", "window?"],
  NPS: ["scores"],
  CSAT: ["scores", "scale_max?", "satisfied_min?"],
  HEALTH: ["scores", "weights?"],
  HEALTH_BAND: ["score", "red_max?", "yellow_max?"],
  HEALTH_EXPLAIN: ["scores", "weights?", "labels?", "language?"],
  PULSE: ["pulse"],
  SCALE: ["value", "min", "max"],
  ALERTS: [
    "admin_idle_months",
    "login_idle_months",
    "licences_before",
    "licences_now",
    "modules_of_interest?",
    "modules_owned?",
    "admin_months?",
    "login_months?",
    "licence_drop?",
    "language?",
  ],
  JOURNEY_DAYS: ["from_dates", "to_dates", "statistic?"],
  SCALE_RATIO: ["time", "value"],
  SCALE_DECISION: ["time", "value"],
  CSMS_NEEDED: ["workload", "capacity"],
};

describe("dist/functions.json", () => {
  it("declares every function of the catalogue with its id and argument order, and nothing else", () => {
    const declared = Object.fromEntries(
      metadata.functions.map((fn) => [
        fn.id,
        fn.parameters.map((p) => `${p.name}${(p as { optional?: boolean }).optional ? "?" : ""}`),
      ]),
    );
    expect(declared).toEqual(CONTRACT);
  });

  it("declares functions that spill as returning a matrix, and single results as scalars", () => {
    const spills = metadata.functions
      .filter((fn) => (fn as { result?: { dimensionality?: string } }).result?.dimensionality === "matrix")
      .map((fn) => fn.id)
      .sort();
    expect(spills).toEqual(
      [
        "MRR_MOVEMENTS",
        "MRR_MATRIX",
        "MRR_BRIDGE",
        "COHORTS",
        "TRAILING_RATE",
        "HEALTH",
        "HEALTH_BAND",
        "HEALTH_EXPLAIN",
        "PULSE",
        "SCALE",
        "ALERTS",
        "JOURNEY_DAYS",
        "SCALE_RATIO",
        "SCALE_DECISION",
      ].sort(),
    );
  });
});

describe("dist/functions.js", () => {
  it("registers exactly the ids declared in dist/functions.json, with only CustomFunctions as a global", () => {
    const registered = loadFunctionsBundle(bundle);
    const declared = metadata.functions.map((fn) => fn.id);
    expect(declared.length).toBeGreaterThan(0);
    expect(registrationProblems(declared, registered.keys())).toEqual([]);
  });

  it("declares CSM.NPS with a matrix parameter so that blanks and text arrive as they are", () => {
    const npsMetadata = metadata.functions.find((fn) => fn.id === "NPS");
    expect(npsMetadata?.parameters).toEqual([
      expect.objectContaining({ name: "scores", dimensionality: "matrix", type: "any" }),
    ]);
  });

  it("computes NPS through the registered function as Excel would call it", () => {
    const nps = loadFunctionsBundle(bundle).get("NPS");
    const answers = [10, 10, 10, 10, 10, 9, 9, 9, 9, 9, 8, 8, 7, 7, 7, 0, 2, 4, 6, 5].map((a) => [a]);
    expect(nps?.(answers)).toBe(25);
  });

  it("spills HEALTH one score per account, an account without data getting #N/A in its own cell", () => {
    const health = loadFunctionsBundle(bundle).get("HEALTH");
    const result = health?.(
      [
        [47, 59, 21],
        ["", "", ""],
        [100, 100, 100],
      ],
      [[20, 15, 22]],
    ) as unknown[][];
    expect(result).toHaveLength(3);
    expect(result[0]?.[0]).toBeCloseTo(2287 / 57, 12);
    expect(result[1]?.[0]).toBeInstanceOf(RuntimeError);
    expect(result[1]?.[0]).toMatchObject({ code: "#N/A", message: expect.stringContaining("row 2") });
    expect(result[2]?.[0]).toBe(100);
  });

  it("every spilling function returns a rectangle of values through the runtime", () => {
    const registered = loadFunctionsBundle(bundle);
    const calls: [string, unknown[]][] = [
      ["HEALTH_BAND", [[[10], [90]]]],
      ["HEALTH_EXPLAIN", [[[80, 20]], null, null]],
      ["PULSE", [[["Poor"], ["Healthy"]]]],
      ["SCALE", [[[0], [50]], 0, 100]],
      ["ALERTS", [[[3]], [[0]], [[10]], [[10]]]],
      ["JOURNEY_DAYS", [[[1]], [[8]]]],
      ["SCALE_RATIO", [[[2]], [[4]]]],
      ["SCALE_DECISION", [[[2]], [[4]]]],
    ];
    for (const [id, args] of calls) {
      const result = registered.get(id)?.(...args);
      expect(Array.isArray(result), id).toBe(true);
      const rows = result as unknown[][];
      expect(
        rows.every((row) => row.length === rows[0]?.length && row.length > 0),
        id,
      ).toBe(true);
    }
    expect(registered.get("SCALE_DECISION")?.([[2]], [[4]])).toEqual([["Human"]]);
    expect(registered.get("CSMS_NEEDED")?.([[30]], [[10]])).toBe(3);
  });

  it("shows a runtime #VALUE! with a message when a cell holds text", () => {
    const nps = loadFunctionsBundle(bundle).get("NPS");
    let thrown: unknown;
    try {
      nps?.([[9], ["n/a"]]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RuntimeError);
    expect((thrown as RuntimeError).code).toBe("#VALUE!");
    expect((thrown as RuntimeError).message).toContain("row 2");
  });

  it("shows #DIV/0! with no message when there are no answers", () => {
    const nps = loadFunctionsBundle(bundle).get("NPS");
    expect(() => nps?.([[null], [""]])).toThrow(
      expect.objectContaining({ code: "#DIV/0!", message: undefined }),
    );
  });
});

describe("the registration check", () => {
  it("reports an id declared in functions.json that the bundle does not register", () => {
    expect(registrationProblems(["NPS", "CHURN"], ["NPS"])).toEqual([
      "CHURN is in functions.json but not registered",
    ]);
  });

  it("reports a registered id that functions.json does not declare", () => {
    expect(registrationProblems(["NPS"], ["NPS", "NRR"])).toEqual([
      "NRR is registered but not in functions.json",
    ]);
  });

  it("fails when the bundle registers nothing, as a miswired runtime would", () => {
    const withoutAssociate = bundle.replace(/CustomFunctions\.associate\(/g, "(() => undefined)(");
    const declared = metadata.functions.map((fn) => fn.id);
    expect(registrationProblems(declared, loadFunctionsBundle(withoutAssociate).keys())).not.toEqual([]);
  });
});
