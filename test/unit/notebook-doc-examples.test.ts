// Every worked example in the TSDoc of the notebook (notebook/) and of the plan store runs here, as
// doc-examples.test.ts does for functions/: an example that drifts from the code fails, and so does an
// exported function without one. Examples may be several statements; the last expression is the result,
// and it may be awaited.
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { examplesOf } from "../support/doc-examples";
import { MemoryWorkbook } from "../../addin/memory-workbook";

const sources = import.meta.glob<string>(
  ["../../notebook/**/*.ts", "../../addin/plan-store.ts", "../../addin/structured-references.ts"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);
const modules = import.meta.glob<Record<string, unknown>>(
  ["../../notebook/**/*.ts", "../../addin/plan-store.ts", "../../addin/structured-references.ts"],
  { eager: true },
);

/**
 * The modules with exported functions, each of which carries worked examples. The list is exact: a module
 * moved out of the files read above, or renamed, drops out of it and fails the first test instead of
 * silently taking its examples with it; a new module with exported functions is added here.
 */
const DOCUMENTED_MODULES = [
  "addin/plan-store.ts",
  "addin/structured-references.ts",
  "notebook/billing/headers.ts",
  "notebook/billing/subscriptions.ts",
  "notebook/billing/table.ts",
  "notebook/calculation/expression.ts",
  "notebook/calculation/localize.ts",
  "notebook/calculation/locked-math.ts",
  "notebook/calculation/syntax.ts",
  "notebook/engine/changes.ts",
  "notebook/engine/compute.ts",
  "notebook/engine/edits.ts",
  "notebook/engine/engine.ts",
  "notebook/engine/graph.ts",
  "notebook/engine/kind-helpers.ts",
  "notebook/engine/values.ts",
  "notebook/plan/capacity-table.ts",
  "notebook/plan/currency.ts",
  "notebook/plan/kinds.ts",
  "notebook/plan/limits.ts",
  "notebook/plan/replaced-plans.ts",
  "notebook/plan/schema.ts",
  "notebook/plan/table-labels.ts",
  "notebook/plan/tables.ts",
  "notebook/plan/workbook.ts",
  "notebook/scaling-audit/actions-import.ts",
  "notebook/segmentation/coverage-tables.ts",
  "notebook/segmentation/coverage.ts",
  "notebook/segmentation/formulas.ts",
  "notebook/segmentation/kinds.ts",
  "notebook/segmentation/portfolio-import/cells.ts",
  "notebook/segmentation/portfolio-import/headers.ts",
  "notebook/segmentation/portfolio-import/problems.ts",
  "notebook/segmentation/portfolio-import/read.ts",
  "notebook/segmentation/portfolio-import/text.ts",
  "notebook/segmentation/portfolio-import/xlsx-guard.ts",
  "notebook/segmentation/portfolio.ts",
  "notebook/segmentation/segments.ts",
  "notebook/segmentation/sheet.ts",
  "notebook/segmentation/tables.ts",
  "notebook/segmentation/workbook.ts",
];

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

/** Runs an example: the lines up to the last one ending in `;` are statements, the rest is the result. */
async function run(code: string, scope: Record<string, unknown>): Promise<unknown> {
  const lines = code.split("\n");
  let split = 0;
  lines.forEach((line, i) => {
    if (line.trimEnd().endsWith(";")) split = i + 1;
  });
  const body = `${lines.slice(0, split).join("\n")}\nreturn (${lines.slice(split).join("\n")});`;
  const names = Object.keys(scope);
  return new AsyncFunction(...names, body)(...names.map((name) => scope[name]));
}

/** A stand-in for the browser's storage, for the examples that use it. */
function fakeLocalStorage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

// Examples may use any export of the notebook's modules, the plan store's, the in-browser workbook, a
// browser storage and an IndexedDB (fake-indexeddb's, in memory).
const scope: Record<string, unknown> = Object.assign({}, ...Object.values(modules), {
  MemoryWorkbook,
  localStorage: fakeLocalStorage(),
  indexedDB: new IDBFactory(),
});

describe("documented examples of the notebook and the plan store", () => {
  it("reads exactly the modules with exported functions, each with examples", () => {
    const withFunctions = Object.entries(sources)
      .filter(([, source]) => examplesOf(source).exported.length > 0)
      .map(([path]) => path.replace("../../", ""))
      .sort();
    expect(withFunctions).toEqual(DOCUMENTED_MODULES);
    for (const [path, source] of Object.entries(sources)) {
      if (!DOCUMENTED_MODULES.includes(path.replace("../../", ""))) continue;
      expect(source, path).toContain("@example");
    }
  });

  for (const [path, source] of Object.entries(sources)) {
    const { documented, exported } = examplesOf(source);
    const file = path.replace("../../", "");
    for (const name of exported) {
      const examples = documented.get(name) ?? [];
      it(`${file}: ${name} has a worked example`, () => {
        expect(examples.length).toBeGreaterThan(0);
      });
      for (const example of examples) {
        it(`${file}: ${example.code.replace(/\s+/g, " ")} gives ${example.expected}`, async () => {
          expect(await run(example.code, scope)).toEqual(await run(example.expected, {}));
        });
      }
    }
  }
});
