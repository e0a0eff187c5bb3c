// Every worked example in the TSDoc of functions/ runs here (mathjs' doc.test idea): an example that drifts
// from the code fails the build, and so does a public function without one. Results are awaited, so that
// the examples of an async function check what its promise gives.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { examplesOf } from "../support/doc-examples";

const sources = import.meta.glob<string>("../../functions/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});
const modules = import.meta.glob<Record<string, unknown>>("../../functions/**/*.ts", { eager: true });

/** Files whose exports need the Excel runtime; they are tested directly instead. */
const RUNTIME_FILES = ["custom-functions.ts", "excel/boundary.ts"];

function evaluate(code: string, scope: Record<string, unknown>): unknown {
  const names = Object.keys(scope);
  return new Function(...names, `return (${code});`)(...names.map((name) => scope[name]));
}

const files = Object.keys(sources).filter(
  (path) => !RUNTIME_FILES.some((file) => path.endsWith(`functions/${file}`)),
);

describe("documented examples in functions/", () => {
  it("finds the modules to check", () => {
    expect(files.length).toBeGreaterThan(3);
    expect(readFileSync(new URL("../../functions/nps/nps.ts", import.meta.url), "utf8")).toContain(
      "@example",
    );
  });

  it("reads async functions and their examples too", () => {
    const source = [
      "/**",
      " * @example",
      " * twice(2)",
      " * //=> 4",
      " */",
      "export async function twice(x: number): Promise<number> {",
      "  return x * 2;",
      "}",
      "export async function undocumented(): Promise<void> {}",
    ].join("\n");
    const { documented, exported } = examplesOf(source);
    expect(exported).toEqual(["twice", "undocumented"]);
    expect(documented.get("twice")).toEqual([{ functionName: "twice", code: "twice(2)", expected: "4" }]);
    expect(documented.has("undocumented")).toBe(false);
  });

  for (const path of files) {
    const { documented, exported } = examplesOf(sources[path] ?? "");
    // Examples may use the module's own exports, those of the other modules of its folder (the values it
    // works on are made there, e.g. an action read by audit.ts for list-verdict.ts), and the error type every
    // module returns. The module's own names win.
    const folder = path.slice(0, path.lastIndexOf("/"));
    const siblings = Object.keys(modules)
      .filter((other) => other.startsWith(`${folder}/`) && !other.slice(folder.length + 1).includes("/"))
      .filter((other) => !RUNTIME_FILES.some((file) => other.endsWith(`functions/${file}`)))
      .map((other) => modules[other]);
    const scope = Object.assign({}, modules["../../functions/excel/errors.ts"], ...siblings, modules[path]);
    for (const name of exported) {
      const examples = documented.get(name) ?? [];
      it(`${path.replace("../../", "")}: ${name} has a worked example`, () => {
        expect(examples.length).toBeGreaterThan(0);
      });
      for (const example of examples) {
        it(`${path.replace("../../", "")}: ${example.code.replace(/\s+/g, " ")} gives ${example.expected}`, async () => {
          const actual = await evaluate(example.code, scope);
          const rounded = /^(-?\d+\.(\d+)) \(rounded\)$/.exec(example.expected);
          if (rounded) expect(actual).toBeCloseTo(Number(rounded[1]), (rounded[2] ?? "").length);
          else expect(actual).toEqual(evaluate(example.expected, {}));
        });
      }
    }
  }
});
