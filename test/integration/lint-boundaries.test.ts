// The architecture's boundaries are lint rules (eslint.config.mjs), not words: taskpane → notebook → addin →
// functions, templates → functions, and no UI or office-js in the notebook's core. Each zone is shown here
// with a forbidden import or use failing lint, and an allowed one passing, by linting a probe file placed
// inside the zone (the file does not exist; the imports it names do).
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules a probe file breaks, linted as if it were at `path` (from the repository's root). */
async function brokenRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((m) => m.ruleId ?? "");
}

const NOTEBOOK_FILE = "notebook/plan/boundary-probe.ts";

describe("the notebook's boundaries (notebook/)", () => {
  it("refuses React", async () => {
    const code = 'import { useState } from "react";\nexport const hook = useState;\n';
    expect(await brokenRules(NOTEBOOK_FILE, code)).toContain("no-restricted-imports");
  }, 60_000);

  it("refuses react-dom", async () => {
    const code = 'import { createRoot } from "react-dom/client";\nexport const render = createRoot;\n';
    expect(await brokenRules(NOTEBOOK_FILE, code)).toContain("no-restricted-imports");
  });

  it("refuses Fluent UI", async () => {
    const code = 'import { Button } from "@fluentui/react-components";\nexport const button = Button;\n';
    expect(await brokenRules(NOTEBOOK_FILE, code)).toContain("no-restricted-imports");
  });

  it("refuses an import from taskpane/", async () => {
    const code =
      'import { bilingual } from "../../taskpane/features/notebook/view-helpers";\nexport const text = bilingual;\n';
    expect(await brokenRules(NOTEBOOK_FILE, code)).toContain("import-x/no-restricted-paths");
  });

  it("refuses an import from templates/, test/ or bench/", async () => {
    for (const from of ["../../templates/render", "../../test/support/cells", "../../bench/run"]) {
      const code = `import * as other from "${from}";\nexport const used = other;\n`;
      expect(await brokenRules(NOTEBOOK_FILE, code), from).toContain("import-x/no-restricted-paths");
    }
  });

  it("refuses Excel.run and the other office-js globals", async () => {
    const code =
      "export async function write(): Promise<string> {\n" +
      "  await Excel.run(async (context) => context.sync());\n" +
      "  return Office.context.displayLanguage;\n" +
      "}\n";
    expect(await brokenRules(NOTEBOOK_FILE, code)).toEqual([
      "no-restricted-globals",
      "no-restricted-globals",
    ]);
  });

  it("refuses the office-js types, however they come in", async () => {
    const typed = "export type Place = Excel.Range;\n";
    expect(await brokenRules(NOTEBOOK_FILE, typed)).toContain("no-restricted-syntax");
    const imported = 'import type {} from "@types/office-js";\nexport const none = 0;\n';
    expect(await brokenRules(NOTEBOOK_FILE, imported)).toContain("no-restricted-imports");
    const referenced = '/// <reference types="office-js" />\nexport const none = 0;\n';
    expect(await brokenRules(NOTEBOOK_FILE, referenced)).toContain(
      "@typescript-eslint/triple-slash-reference",
    );
  });

  it("allows addin/ (the WorkbookPort), functions/ and the notebook's own modules", async () => {
    const code =
      'import type { WorkbookPort } from "../../addin/workbook-port";\n' +
      'import { normalizeWord } from "../../functions/excel/arguments";\n' +
      'import { createNotebook } from "../engine/engine";\n' +
      "export type Port = WorkbookPort;\n" +
      "export const used = [normalizeWord, createNotebook];\n";
    expect(await brokenRules(NOTEBOOK_FILE, code)).toEqual([]);
  });
});

describe("the rooms the notebook depends on, and those that depend on it", () => {
  const notebookImport = (from: string) =>
    `import { createNotebook } from "${from}notebook/engine/engine";\nexport const create = createNotebook;\n`;

  it("refuses an import of notebook/ in functions/", async () => {
    expect(await brokenRules("functions/nps/boundary-probe.ts", notebookImport("../../"))).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("refuses an import of notebook/ in addin/", async () => {
    expect(await brokenRules("addin/boundary-probe.ts", notebookImport("../"))).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("refuses an import of notebook/ in templates/", async () => {
    expect(await brokenRules("templates/boundary-probe.ts", notebookImport("../"))).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("allows an import of notebook/ in taskpane/", async () => {
    expect(
      await brokenRules("taskpane/features/notebook/boundary-probe.ts", notebookImport("../../../")),
    ).toEqual([]);
  });
});

describe("functions/ and the office-js types", () => {
  const FUNCTIONS_FILE = "functions/nps/boundary-probe.ts";

  it("refuses Excel.Range as a type, and the other office-js types, in functions/", async () => {
    expect(await brokenRules(FUNCTIONS_FILE, "export type Place = Excel.Range;\n")).toEqual([
      "no-restricted-syntax",
    ]);
    const parameter = "export const width = (range: Excel.Range): number => range.columnCount;\n";
    expect(await brokenRules(FUNCTIONS_FILE, parameter)).toEqual(["no-restricted-syntax"]);
    for (const code of [
      "export type Failure = OfficeExtension.Error;\n",
      "export type Host = Office.HostType;\n",
      "export type Context = typeof Office.context;\n",
    ])
      expect(await brokenRules(FUNCTIONS_FILE, code), code).toContain("no-restricted-syntax");
  });

  it("refuses them in the custom-functions boundary too, which alone may use the runtime", async () => {
    const boundary = "functions/custom-functions.ts";
    expect(await brokenRules(boundary, "export type Place = Excel.Range;\n")).toEqual([
      "no-restricted-syntax",
    ]);
    const runtime = "export type Call = CustomFunctions.Invocation;\n";
    expect(await brokenRules(boundary, runtime)).toEqual([]);
    expect(await brokenRules(FUNCTIONS_FILE, runtime)).toEqual(["no-restricted-syntax"]);
  });

  it("allows a type of its own that happens to be named Range", async () => {
    const code = "interface Range {\n  readonly low: number;\n}\nexport type Band = Range;\n";
    expect(await brokenRules(FUNCTIONS_FILE, code)).toEqual([]);
  });
});

describe("the other rooms' zones", () => {
  // Each zone needs the resolver to find the extensionless .ts imports (eslint.config.mjs); without it, every
  // zone passed whatever was imported.
  const cases = [
    { room: "functions/", file: "functions/nps/boundary-probe.ts", from: "../../addin/workbook-port" },
    { room: "addin/", file: "addin/boundary-probe.ts", from: "../taskpane/features/notebook/view-helpers" },
    { room: "templates/", file: "templates/boundary-probe.ts", from: "../addin/workbook-port" },
    { room: "taskpane/", file: "taskpane/app/boundary-probe.ts", from: "../../templates/render" },
  ];
  for (const { room, file, from } of cases) {
    it(`refuses ${from.replace(/^(\.\.\/)+/, "")} in ${room}`, async () => {
      const code = `import * as other from "${from}";\nexport const used = other;\n`;
      expect(await brokenRules(file, code)).toContain("import-x/no-restricted-paths");
    });
  }
});
