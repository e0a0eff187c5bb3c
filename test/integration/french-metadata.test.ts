// French Excel reads functions-fr.json (manifest locale override): same contract, French descriptions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localized-metadata.js") as {
  localizeMetadata: (metadata: Metadata, french: unknown) => { json: Metadata; problems: string[] };
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters?: { name: string; description?: string; type?: string }[];
  }[];
}

const dist = join(__dirname, "../../dist");
const read = (file: string) => JSON.parse(readFileSync(join(dist, file), "utf8")) as Metadata;

describe("dist/functions-fr.json", () => {
  it("keeps every id, name, parameter and type of functions.json, in the same order", () => {
    const strip = (m: Metadata) =>
      m.functions.map((fn) => ({
        ...fn,
        description: undefined,
        parameters: fn.parameters?.map((p) => ({ ...p, description: undefined })),
      }));
    expect(strip(read("functions-fr.json"))).toEqual(strip(read("functions.json")));
  });

  it("describes every function and parameter in French", () => {
    const english = read("functions.json");
    const french = read("functions-fr.json");
    french.functions.forEach((fn, i) => {
      const en = english.functions[i];
      expect(fn.description, fn.id).toBeTruthy();
      expect(fn.description, fn.id).not.toBe(en?.description);
      fn.parameters?.forEach((parameter, j) => {
        expect(parameter.description, `${fn.id}.${parameter.name}`).toBeTruthy();
        expect(parameter.description, `${fn.id}.${parameter.name}`).not.toBe(
          en?.parameters?.[j]?.description,
        );
      });
    });
  });
});

describe("the French metadata step of the build", () => {
  const metadata: Metadata = {
    functions: [{ id: "NPS", name: "NPS", description: "x", parameters: [{ name: "scores" }] }],
  };

  it("reports a function without a French description", () => {
    expect(localizeMetadata(metadata, {}).problems).toEqual(["NPS has no French description"]);
  });

  it("reports a parameter without a French description, and one that does not exist", () => {
    const { problems } = localizeMetadata(metadata, {
      NPS: { description: "y", parameters: { score: "z" } },
    });
    expect(problems).toEqual([
      "NPS: French description for unknown parameter score",
      "NPS: parameter scores has no French description",
    ]);
  });

  it("reports a French entry for an unknown function", () => {
    const french = { NPS: { description: "y", parameters: { scores: "z" } }, CHURN: { description: "w" } };
    expect(localizeMetadata(metadata, french).problems).toEqual([
      "French descriptions name an unknown function CHURN",
    ]);
  });
});
