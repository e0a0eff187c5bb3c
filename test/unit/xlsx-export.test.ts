// The standalone planner's .xlsx export, read back: tables where they sat with their formulas in full
// structured-reference form, number formats, loose cells (text stays text), defined names of any kind, the
// charts left out. exceljs reads the structure; the XML is read directly where exceljs drops things (cached
// results of 0, defined names that are not ranges).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { escapeColumnName } from "../../addin/structured-references";
import { storedFormula, workbookToXlsx } from "../../addin/xlsx-export";
import type { WorkbookContents } from "../../addin/workbook-contents";
import { PLAN_CONTENTS } from "../support/plan-contents";
import { formulaCells } from "../support/xlsx-cells";

const dir = mkdtempSync(join(tmpdir(), "csm-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function saved(bytes: Uint8Array, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name] ?? new Uint8Array());

/** A table's model as exceljs reads it back. */
function tableModel(sheet: ExcelJS.Worksheet, name: string) {
  return (sheet.getTable(name) as unknown as { table: { tableRef: string; columns: { name: string }[] } })
    .table;
}

const PLAN_FORMULA = "Plan[[#This Row],[Time]]/Plan[[#This Row],[Value]]";
const COSTS_FORMULA = "Costs[[#This Row],[Rate '#]]/Costs[[#This Row],[Hours '[est.']]]";

describe("workbookToXlsx", () => {
  it("writes each sheet in order, each table where it sat, with its headers, style and number formats", async () => {
    const { bytes } = await workbookToXlsx(PLAN_CONTENTS, { title: "Q3 plan" });
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Plan", "Unit costs"]);
    expect(workbook.title).toBe("Q3 plan");
    const plan = workbook.getWorksheet("Plan") as ExcelJS.Worksheet;
    const costs = workbook.getWorksheet("Unit costs") as ExcelJS.Worksheet;
    const tables = [tableModel(plan, "Plan"), tableModel(costs, "Costs")].map((table) => ({
      ref: table.tableRef,
      headers: table.columns.map((column) => column.name),
    }));
    expect(tables).toEqual([
      { ref: "B2:E6", headers: ["Account", "Time", "Value", "Time per value"] },
      { ref: "A3:D5", headers: ["Item", "Hours [est.]", "Rate #", "Rate per hour"] },
    ]);
    expect(part(bytes, "xl/tables/table1.xml")).toContain(
      '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1"',
    );
    expect(["B3", "C3", "D3", "E3", "E6"].map((a) => plan.getCell(a).numFmt ?? null)).toEqual([
      null,
      "0.0",
      "#,##0",
      "0.0%",
      "0.0%",
    ]);
    expect(["B4", "C4", "D4"].map((a) => plan.getCell(a).value)).toEqual(["Globex", 3.5, 9]);
    expect(costs.getCell("B5").value).toBe(3);
    expect(costs.getCell("D4").numFmt).toBe("0.00");
    expect(plan.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
  });

  it("writes formula columns as formulas in every data row, in full structured-reference form", async () => {
    const { bytes } = await workbookToXlsx(PLAN_CONTENTS);
    const cells = formulaCells(saved(bytes, "formulas.xlsx"));
    expect(cells).toEqual([
      { sheet: "Plan", address: "E3", formula: PLAN_FORMULA, value: undefined },
      { sheet: "Plan", address: "E4", formula: PLAN_FORMULA, value: undefined },
      { sheet: "Plan", address: "E5", formula: PLAN_FORMULA, value: undefined },
      { sheet: "Plan", address: "E6", formula: PLAN_FORMULA, value: undefined },
      { sheet: "Unit costs", address: "D4", formula: COSTS_FORMULA, value: undefined },
      { sheet: "Unit costs", address: "D5", formula: COSTS_FORMULA, value: undefined },
    ]);
    expect(part(bytes, "xl/workbook.xml")).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  it("stores the results it is given with the formulas, a 0 included", async () => {
    const { bytes } = await workbookToXlsx(PLAN_CONTENTS, {
      results: { Plan: [[null, null, null, 0.25], [], [null, null, null, 0]] },
    });
    const values = formulaCells(saved(bytes, "results.xlsx")).map((c) => [c.address, c.value]);
    expect(values).toEqual([
      ["E3", 0.25],
      ["E4", undefined],
      ["E5", 0],
      ["E6", undefined],
      ["D4", undefined],
      ["D5", undefined],
    ]);
    expect(part(bytes, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  it("writes loose cells as values, and text starting with = as text", async () => {
    const { bytes } = await workbookToXlsx(PLAN_CONTENTS);
    const plan = (await open(bytes)).getWorksheet("Plan") as ExcelJS.Worksheet;
    expect(["A1", "B8", "C8", "B6"].map((a) => plan.getCell(a).value)).toEqual([
      "Q3 plan",
      "=not a formula",
      42,
      "=Umbrella",
    ]);
    expect(plan.getCell("B8").type).toBe(ExcelJS.ValueType.String);
    expect(plan.getCell("B6").type).toBe(ExcelJS.ValueType.String);
  });

  it("writes every defined name, ranges and constants alike, without its =", async () => {
    const { bytes } = await workbookToXlsx(PLAN_CONTENTS);
    expect(part(bytes, "xl/workbook.xml")).toContain(
      '<definedNames><definedName name="Target">Plan!$C$3</definedName>' +
        '<definedName name="Share">0.25</definedName></definedNames>',
    );
  });

  it("leaves charts out, listing them", async () => {
    const { bytes, chartsLeftOut } = await workbookToXlsx(PLAN_CONTENTS);
    expect(chartsLeftOut).toEqual([
      { sheet: "Plan", table: "Plan", name: "Time against value", title: "Time against value" },
    ]);
    expect(Object.keys(unzipSync(bytes)).filter((name) => name.includes("chart"))).toEqual([]);
    const none = await workbookToXlsx({ sheets: [], names: [] });
    expect(none.chartsLeftOut).toEqual([]);
  });

  it("keeps one blank data row in a table without rows", async () => {
    const empty: WorkbookContents = {
      sheets: [
        {
          name: "Empty",
          tables: [
            {
              name: "Nothing",
              row: 0,
              column: 0,
              owned: true,
              columns: [{ header: "A" }, { header: "B", formula: "=[@A]*2" }],
              rows: [],
              charts: [],
            },
          ],
          cells: [],
        },
      ],
      names: [],
    };
    const { bytes } = await workbookToXlsx(empty);
    const sheet = (await open(bytes)).getWorksheet("Empty") as ExcelJS.Worksheet;
    expect(tableModel(sheet, "Nothing").tableRef).toBe("A1:B2");
    expect(part(bytes, "xl/workbook.xml")).not.toContain("definedNames");
  });

  it("refuses a formula that refers to a column the table does not have", async () => {
    const broken: WorkbookContents = {
      ...PLAN_CONTENTS,
      sheets: [
        {
          name: "Plan",
          tables: [
            {
              name: "Plan",
              row: 0,
              column: 0,
              owned: true,
              columns: [{ header: "Time" }, { header: "Rate", formula: "=[@Time]/[@Value]" }],
              rows: [[1, null]],
              charts: [],
            },
          ],
          cells: [],
        },
      ],
    };
    await expect(workbookToXlsx(broken)).rejects.toThrow(
      'The formula =[@Time]/[@Value] refers to a column "Value" that table Plan does not have.',
    );
  });
});

describe("storedFormula", () => {
  const tables = new Map([
    ["plan", { name: "Plan", headers: ["Time", "Value", "Unit price"] }],
    ["costs", { name: "Costs", headers: ["Hours [est.]", "Rate #", "Owner's note"] }],
  ]);
  const stored = (formula: string, table = "Plan") => storedFormula(formula, table, tables);

  it("writes this-row shorthands in full, qualified by the formula's table", () => {
    expect(stored("=[@Time]/[@Value]")).toBe(PLAN_FORMULA);
    expect(stored("=[@[Unit price]]*2")).toBe("Plan[[#This Row],[Unit price]]*2");
    expect(stored("=[@time]")).toBe("Plan[[#This Row],[Time]]");
    expect(stored("=[@[Time]:[Value]]")).toBe("Plan[[#This Row],[Time]:[Value]]");
  });

  it("escapes [ ] # and ' in column names, whatever the formula's spelling", () => {
    expect(stored("=[@[Rate '#]]/[@[Hours '[est.']]]", "Costs")).toBe(COSTS_FORMULA);
    expect(stored("=LEN([@[Owner''s note]])", "Costs")).toBe("LEN(Costs[[#This Row],[Owner''s note]])");
    expect(escapeColumnName("Price [USD] #1 'net'")).toBe("Price '[USD'] '#1 ''net''");
  });

  it("qualifies whole-column references and leaves full forms, texts and sheet names alone", () => {
    expect(stored("=[@Value]/SUM([Value])")).toBe("Plan[[#This Row],[Value]]/SUM(Plan[[Value]])");
    expect(stored("=Costs[@[Rate '#]]*plan[#All]")).toBe("Costs[[#This Row],[Rate '#]]*Plan[[#All]]");
    expect(stored(`=${PLAN_FORMULA}`)).toBe(PLAN_FORMULA);
    expect(stored('=IF([@Time]="[@Value]",\'Unit [x]\'!A1,"it\'s ""[#All]""")')).toBe(
      'IF(Plan[[#This Row],[Time]]="[@Value]",\'Unit [x]\'!A1,"it\'s ""[#All]""")',
    );
    expect(stored("=1+2")).toBe("1+2");
  });

  it("refuses references to tables or columns that do not exist, and unclosed brackets", () => {
    expect(() => stored("=[@Missing]")).toThrow('refers to a column "Missing" that table Plan does not have');
    expect(() => stored("=Other[@Time]")).toThrow("refers to a table that does not exist");
    expect(() => stored("=[@Time")).toThrow("has an unclosed [");
    expect(() => stored("=[[Time],[Value]]")).toThrow("not one column or one range of columns");
  });
});
