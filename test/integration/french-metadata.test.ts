// French Excel reads functions-fr.json (manifest locale override): the same contract as functions.json (ids,
// types, dimensionality, optional flags, order), with French descriptions and French parameter names.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localized-metadata.js") as {
  localizeMetadata: (metadata: Metadata, french: unknown) => { json: Metadata; problems: string[] };
};

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters?: Parameter[];
  }[];
}

const root = join(__dirname, "../..");
const dist = join(root, "dist");
const read = (file: string) => JSON.parse(readFileSync(join(dist, file), "utf8")) as Metadata;
const source = JSON.parse(readFileSync(join(root, "functions/functions-fr.source.json"), "utf8")) as Record<
  string,
  { names?: Record<string, string> }
>;

/**
 * The argument names the French error messages use: the `{ en: "start_mrr", fr: "mrr_début" }` literals under
 * functions/ that name an argument (not the `expected:` texts, not the doc comments' examples).
 */
function messageNames(): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith(".ts")
          ? [join(dir, entry.name)]
          : [],
    );
  for (const file of walk(join(root, "functions"))) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (/^\s*(\*|\/\/)/.test(line)) continue;
      for (const match of line.matchAll(
        /(expected:\s*)?\{\s*en:\s*"([a-z][a-z_]*)",\s*fr:\s*"([^"]+)"\s*\}/g,
      )) {
        if (match[1] !== undefined || match[2] === undefined || match[3] === undefined) continue;
        const set = names.get(match[2]) ?? new Set<string>();
        set.add(match[3]);
        names.set(match[2], set);
      }
    }
  }
  return names;
}

describe("dist/functions-fr.json", () => {
  it("keeps every id, type, dimensionality, optional flag and parameter order of functions.json", () => {
    const contract = (m: Metadata) =>
      m.functions.map((fn) => ({
        ...fn,
        description: undefined,
        helpUrl: undefined,
        parameters: fn.parameters?.map((p) => ({ ...p, name: undefined, description: undefined })),
      }));
    const french = read("functions-fr.json");
    expect(contract(french)).toEqual(contract(read("functions.json")));
    expect(french.functions.length).toBeGreaterThan(0);
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

  it("names every parameter in French, as functions-fr.source.json says", () => {
    const english = read("functions.json");
    const french = read("functions-fr.json");
    const renamed = french.functions.flatMap((fn, i) =>
      (fn.parameters ?? []).map((parameter, j) => {
        const en = english.functions[i]?.parameters?.[j]?.name ?? "";
        expect(parameter.name, `${fn.id}.${en}`).toBe(source[fn.id]?.names?.[en]);
        return parameter.name !== en;
      }),
    );
    // Some names are the same word in both languages (mrr, arpa, expansion); most are not.
    expect(renamed.filter(Boolean).length).toBeGreaterThan(renamed.length / 2);
    expect(french.functions.find((fn) => fn.id === "MRR")?.parameters?.map((p) => p.name)).toEqual([
      "montants",
      "mois_période",
    ]);
  });

  it("uses the argument names of the French error messages, so that a message and its tooltip agree", () => {
    const names = messageNames();
    expect(names.get("start_mrr")).toEqual(new Set(["mrr_début"]));
    const english = read("functions.json");
    const french = read("functions-fr.json");
    const disagreements: string[] = [];
    french.functions.forEach((fn, i) =>
      fn.parameters?.forEach((parameter, j) => {
        const en = english.functions[i]?.parameters?.[j]?.name ?? "";
        const inMessages = names.get(en);
        if (inMessages && !inMessages.has(parameter.name))
          disagreements.push(
            `${fn.id}.${en}: "${parameter.name}" vs the messages' ${[...inMessages].join(" / ")}`,
          );
      }),
    );
    expect(disagreements).toEqual([]);
    const ambiguous = [...names]
      .filter(([, fr]) => fr.size > 1)
      .map(([en, fr]) => `${en}: ${[...fr].join(", ")}`);
    expect(ambiguous).toEqual([]);
  });
});

describe("the French metadata step of the build", () => {
  const metadata: Metadata = {
    functions: [{ id: "NPS", name: "NPS", description: "x", parameters: [{ name: "scores" }] }],
  };
  const nps = { description: "y", parameters: { scores: "z" }, names: { scores: "notes" } };

  it("renames and describes the parameters, and keeps everything else", () => {
    const { json, problems } = localizeMetadata(
      {
        functions: [
          { id: "NPS", name: "NPS", description: "x", parameters: [{ name: "scores", type: "number" }] },
        ],
      },
      { NPS: nps },
    );
    expect(problems).toEqual([]);
    expect(json.functions[0]).toEqual({
      id: "NPS",
      name: "NPS",
      description: "y",
      parameters: [{ name: "notes", description: "z", type: "number" }],
    });
  });

  it("reports a function without a French description", () => {
    expect(localizeMetadata(metadata, {}).problems).toEqual(["NPS has no French description"]);
  });

  it("reports a parameter without a French description, and one that does not exist", () => {
    const { problems } = localizeMetadata(metadata, {
      NPS: { ...nps, parameters: { score: "z" } },
    });
    expect(problems).toEqual([
      "NPS: French description for unknown parameter score",
      "NPS: parameter scores has no French description",
    ]);
  });

  it("reports a parameter without a French name, and a French name for one that does not exist", () => {
    const { problems } = localizeMetadata(metadata, { NPS: { ...nps, names: { score: "note" } } });
    expect(problems).toEqual([
      "NPS: French name for unknown parameter score",
      "NPS: parameter scores has no French name",
    ]);
  });

  it("reports a French name that is not one word, and one given twice", () => {
    expect(localizeMetadata(metadata, { NPS: { ...nps, names: { scores: "les notes" } } }).problems).toEqual([
      'NPS: French name "les notes" of scores must be one word (letters, digits, _)',
    ]);
    const two: Metadata = {
      functions: [{ id: "NPS", name: "NPS", description: "x", parameters: [{ name: "a" }, { name: "b" }] }],
    };
    const french = { NPS: { description: "y", parameters: { a: "1", b: "2" }, names: { a: "x", b: "x" } } };
    expect(localizeMetadata(two, french).problems).toEqual(['NPS: French name "x" is given twice']);
  });

  it("reports a French entry for an unknown function", () => {
    const french = { NPS: nps, CHURN: { description: "w" } };
    expect(localizeMetadata(metadata, french).problems).toEqual([
      "French descriptions name an unknown function CHURN",
    ]);
  });
});
