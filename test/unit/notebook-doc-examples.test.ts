// Every worked example in the TSDoc of the notebook (taskpane/notebook/) and of the plan store runs here, as
// doc-examples.test.ts does for functions/: an example that drifts from the code fails, and so does an
// exported function without one. Examples may be several statements; the last expression is the result,
// and it may be awaited.
import { describe, expect, it } from "vitest";
import { examplesOf } from "../support/doc-examples";
import { MemoryWorkbook } from "../../addin/memory-workbook";

const sources = import.meta.glob<string>(
  ["../../taskpane/notebook/*.ts", "../../addin/plan-store.ts", "../../addin/structured-references.ts"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);
const modules = import.meta.glob<Record<string, unknown>>(
  ["../../taskpane/notebook/*.ts", "../../addin/plan-store.ts", "../../addin/structured-references.ts"],
  { eager: true },
);

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

// Examples may use any export of the notebook's modules, the plan store's, the in-browser workbook and a
// browser storage.
const scope: Record<string, unknown> = Object.assign({}, ...Object.values(modules), {
  MemoryWorkbook,
  localStorage: fakeLocalStorage(),
});

describe("documented examples of the notebook and the plan store", () => {
  it("finds the modules to check", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(8);
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
