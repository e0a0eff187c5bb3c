// The zones that keep each shared rule in one home (eslint.config.mjs): the two planning cores of functions/
// (scaling, segmentation) share their checks (functions/checks/) and Excel's dates (functions/excel/dates.ts)
// rather than borrowing each other's helpers, the segmentation using one published scaling metric,
// CSM.CSMS_NEEDED (functions/scaling/scaling.ts); and the .xlsx writer the templates and the add-in share
// (xlsx/) depends on functions/ only. Shown with probe files linted as if they sat in each folder (the files
// do not exist; the imports they name do).
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

const probe = (from: string) => `import * as other from "${from}";\nexport const used = other;\n`;
const SEGMENTATION_FILE = "functions/segmentation/boundary-probe.ts";
const SCALING_FILE = "functions/scaling/boundary-probe.ts";

describe("the planning cores of functions/", () => {
  it("refuse the scaling audit's helpers in the segmentation", async () => {
    for (const from of ["../scaling/checks", "../scaling/roadmap-dates", "../scaling/decision-formula"])
      expect(await brokenRules(SEGMENTATION_FILE, probe(from)), from).toContain(
        "import-x/no-restricted-paths",
      );
  }, 60_000);

  it("let the segmentation use the scaling metrics, the shared checks and Excel's dates", async () => {
    for (const from of ["../scaling/scaling", "../checks/checks", "../excel/dates"])
      expect(await brokenRules(SEGMENTATION_FILE, probe(from)), from).toEqual([]);
  });

  it("refuse the segmentation in the scaling audit", async () => {
    for (const from of ["../segmentation/rules", "../segmentation/tier-formulas"])
      expect(await brokenRules(SCALING_FILE, probe(from)), from).toContain("import-x/no-restricted-paths");
  });
});

describe("the shared .xlsx writer (xlsx/)", () => {
  const XLSX_FILE = "xlsx/boundary-probe.ts";
  it("refuses the rooms that use it, and the notebook", async () => {
    for (const from of ["../addin/xlsx-export", "../templates/render", "../notebook/plan/tables"])
      expect(await brokenRules(XLSX_FILE, probe(from)), from).toContain("import-x/no-restricted-paths");
  });

  it("may use functions/", async () => {
    expect(await brokenRules(XLSX_FILE, probe("../functions/excel/a1"))).toEqual([]);
  });

  it("is refused in functions/, and open to the templates and the add-in", async () => {
    expect(await brokenRules("functions/nps/boundary-probe.ts", probe("../../xlsx/writer"))).toContain(
      "import-x/no-restricted-paths",
    );
    expect(await brokenRules("templates/boundary-probe.ts", probe("../xlsx/writer"))).toEqual([]);
    expect(await brokenRules("addin/boundary-probe.ts", probe("../xlsx/writer"))).toEqual([]);
  });
});
