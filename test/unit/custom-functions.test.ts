// The @customfunction wrappers as Excel sees them: what their declarations let reach them (read from the
// metadata the build generates from custom-functions.ts), and what they return in a French Excel.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { alerts, arr, healthExplainTable, mrr, scaleDecisionOf } from "../../functions/custom-functions";
import { fakeRuntime, thrownBy } from "../support/runtime";

interface Parameter {
  readonly name: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}

const source = fileURLToPath(new URL("../../functions/custom-functions.ts", import.meta.url));
const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };
let parameters: Map<string, readonly Parameter[]>;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(source, false);
  expect(generated.errors).toEqual([]);
  const metadata = JSON.parse(generated.metadataJson) as {
    functions: { id: string; parameters: Parameter[] }[];
  };
  parameters = new Map(metadata.functions.map((fn) => [fn.id, fn.parameters]));
});

beforeEach(() => {
  globals.CustomFunctions = fakeRuntime().runtime;
});
afterEach(() => {
  delete globals.CustomFunctions;
  delete globals.Office;
});

const inFrenchExcel = () => {
  globals.Office = { context: { displayLanguage: "fr-FR" } };
};

describe("CSM.MRR and CSM.ARR as Excel calls them", () => {
  it("declare period_months as a range, so that Excel passes a range of periods in one call", () => {
    for (const id of ["MRR", "ARR"]) {
      const period = parameters.get(id)?.find((p) => p.name === "period_months");
      expect(period, id).toMatchObject({ dimensionality: "matrix", optional: true });
    }
  });

  it("compute =CSM.MRR({1200;50;300},{12;1;3}) as one number, 250", () => {
    // Worked by hand: 1,200 ÷ 12 + 50 ÷ 1 + 300 ÷ 3 = 100 + 50 + 100.
    expect(mrr([[1200], [50], [300]], [[12], [1], [3]])).toBe(250);
    expect(arr([[1200], [50], [300]], [[12], [1], [3]])).toBe(3000);
  });
});

describe("text results in a French Excel", () => {
  it("declare language as the last optional argument of CSM.ALERTS and CSM.HEALTH_EXPLAIN", () => {
    for (const id of ["ALERTS", "HEALTH_EXPLAIN"]) {
      const last = parameters.get(id)?.at(-1);
      expect(last, id).toMatchObject({ name: "language", optional: true });
    }
  });

  it("CSM.SCALE_DECISION answers Human, Arbitrate and Automate in French Excel too", () => {
    inFrenchExcel();
    expect(scaleDecisionOf([[2, 3, 5]], [[4, 3, 2]])).toEqual([["Human", "Arbitrate", "Automate"]]);
  });

  it("CSM.ALERTS and CSM.HEALTH_EXPLAIN write English in French Excel unless the language says otherwise", () => {
    inFrenchExcel();
    expect(alerts([[4]], [[0]], [[10]], [[10]])).toEqual([["Admin inactive for 4 months"]]);
    expect(alerts([[4]], [[0]], [[10]], [[10]], undefined, undefined, null, null, null, "fr")).toEqual([
      ["Admin inactif depuis 4 mois"],
    ]);
    expect(healthExplainTable([[80, 20]])[0]?.[0]).toBe("Component");
    expect(healthExplainTable([[80, 20]], undefined, undefined, "français")[0]?.[0]).toBe("Composante");
  });

  it("keep their error messages in Excel's display language", () => {
    inFrenchExcel();
    const error = thrownBy(() =>
      alerts([[4]], [[0]], [[10]], [[10]], undefined, undefined, null, null, null, "de"),
    );
    expect(error).toMatchObject({ code: "#VALUE!" });
    expect(error.message).toContain("n'est pas une option");
  });
});
