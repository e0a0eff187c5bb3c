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
