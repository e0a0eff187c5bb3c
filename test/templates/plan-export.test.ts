// The standalone planner's .xlsx export recalculated by a real spreadsheet engine (LibreOffice headless):
// every formula the file carries computes, row by row, the quotient the test works out itself from the rows
// it exported, and none is an error.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../addin/xlsx-export";
import { convert } from "../support/libreoffice";
import { PLAN_CONTENTS } from "../support/plan-contents";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";

const results = join(__dirname, "../../test-results/plan-export");
const exported = join(results, "plan.xlsx");
const recalculated = join(results, "recalculated/plan.xlsx");

/** Which quotient each table's formula column computes: numerator and denominator headers. */
const QUOTIENTS: Readonly<Record<string, readonly [string, string]>> = {
  Plan: ["Time", "Value"],
  Costs: ["Rate #", "Hours [est.]"],
};

/** `sheet!address` → the quotient of its row, from the exported rows. */
function expectedQuotients(): Map<string, number> {
  const expected = new Map<string, number>();
  for (const sheet of PLAN_CONTENTS.sheets)
    for (const table of sheet.tables) {
      const [numerator, denominator] = QUOTIENTS[table.name] ?? [];
      const headers = table.columns.map((column) => column.header);
      const column = table.column + table.columns.findIndex((c) => c.formula !== undefined);
      expect(column).toBeLessThan(26); // one-letter columns below
      table.rows.forEach((row, index) => {
        const time = row[headers.indexOf(numerator ?? "")];
        const value = row[headers.indexOf(denominator ?? "")];
        if (typeof time !== "number" || typeof value !== "number") throw new Error("rows must be numbers");
        const address = `${String.fromCharCode(65 + column)}${table.row + 2 + index}`;
        expected.set(`${sheet.name}!${address}`, time / value);
      });
    }
  return expected;
}

let cells: CachedCell[] = [];

beforeAll(async () => {
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  writeFileSync(exported, (await workbookToXlsx(PLAN_CONTENTS, { title: "Q3 plan" })).bytes);
  convert([exported], "xlsx", join(results, "recalculated"));
  cells = formulaCells(recalculated);
});

describe("the planner's workbook exported to .xlsx and recalculated by LibreOffice", () => {
  it("computes each formula cell as time ÷ value of its row", () => {
    const expected = expectedQuotients();
    expect(expected.size).toBe(6);
    expect(cells.map((cell) => `${cell.sheet}!${cell.address}`).sort()).toEqual([...expected.keys()].sort());
    for (const cell of cells) {
      const key = `${cell.sheet}!${cell.address}`;
      expect(typeof cell.value, key).toBe("number");
      expect(cell.value as number, key).toBeCloseTo(expected.get(key) as number, 12);
    }
  });

  it("has no error value in any formula cell", () => {
    expect(cells.length).toBeGreaterThan(0);
    const errors = cells.filter((cell) => cell.value === undefined || typeof cell.value === "object");
    expect(errors.map((c) => `${c.sheet}!${c.address} =${c.formula} → ${JSON.stringify(c.value)}`)).toEqual(
      [],
    );
  });

  it("keeps its tables, its text that starts with =, and its defined names", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculated);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Plan", "Unit costs"]);
    expect(workbook.getWorksheet("Plan")?.getCell("B8").value).toBe("=not a formula");
    expect(workbook.getWorksheet("Plan")?.getCell("B6").value).toBe("=Umbrella");
    const tables = workbook.worksheets.flatMap((sheet) =>
      Object.keys((sheet as unknown as { tables: object }).tables),
    );
    expect(tables.sort()).toEqual(["Costs", "Plan"]);
    expect(workbook.definedNames.model).toContainEqual({ name: "Target", ranges: ["Plan!$C$3"] });
  });
});
