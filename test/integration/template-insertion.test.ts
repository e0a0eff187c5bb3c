// Inserting a template into the open workbook, against a stand-in of the few office-js members it uses,
// and the sheet renaming it does on a clash, checked on a real rendered template read back by exceljs.
import ExcelJS from "exceljs";
import { withoutTableFormulas } from "../../xlsx/calculated-columns";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { officeTemplateTarget, type TemplateFile } from "../../addin/template-insertion";
import type { ExcelRun } from "../../addin/office-workbook";
import { freeSheetNames, renameSheets } from "../../addin/xlsx-sheet-rename";
import { kpi } from "../../templates/kpi";
import { renderTemplate } from "../../templates/render";

const KPI: TemplateFile = {
  name: "kpi",
  language: "en",
  file: "kpi.en.xlsx",
  title: "Customer Success KPIs",
  sheets: kpi.sheets.map((sheet) => sheet.name.en),
  tables: ["Customers", "Responses", "Tickets", "Subscriptions"],
  names: ["MRR", "NPS"],
};

/** A workbook with these sheets, tables and names; records what is inserted and counts the syncs. */
function fakeExcel(sheets: string[], tables: string[] = [], names: string[] = []) {
  const state = { syncs: 0, inserted: [] as { base64: string; options: unknown }[] };
  const collection = (items: string[]) => ({ load: () => ({ items: items.map((name) => ({ name })) }) });
  const run: ExcelRun = (batch) =>
    batch({
      workbook: {
        worksheets: collection(sheets),
        tables: collection(tables),
        names: collection(names),
        insertWorksheetsFromBase64: (base64: string, options: unknown) =>
          state.inserted.push({ base64, options }),
      },
      sync: () => {
        state.syncs++;
        return Promise.resolve();
      },
    } as unknown as Excel.RequestContext);
  return { run, state };
}

const bytes = async () => renderTemplate(kpi, "en");
const sheetNamesOf = async (file: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  // exceljs 4 cannot read the calculated column formulas the tables store: read the file without them.
  const readable = withoutTableFormulas(file);
  await workbook.xlsx.load(
    readable.buffer.slice(readable.byteOffset, readable.byteOffset + readable.byteLength) as ArrayBuffer,
  );
  return workbook;
};

describe("freeSheetNames", () => {
  it("renames only clashing names, case-insensitively, to the first free (n) within 31 characters", () => {
    const renames = freeSheetNames(
      ["Dashboard", "Customers", "A very long sheet name of 31 ch"],
      ["dashboard", "Dashboard (2)", "A very long sheet name of 31 ch"],
    );
    expect([...renames]).toEqual([
      ["Dashboard", "Dashboard (3)"],
      ["A very long sheet name of 31 ch", "A very long sheet name of 3 (2)"],
    ]);
  });
});

describe("renameSheets", () => {
  it("renames the sheets and the defined names that point at them, in a real rendered template", async () => {
    const renamed = renameSheets(
      await bytes(),
      new Map([
        ["Dashboard", "Dashboard (2)"],
        ["Customers", "Customers (2)"],
        ["Monthly", "Monthly (2)"],
      ]),
    );
    const workbook = await sheetNamesOf(renamed);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Dashboard (2)",
      "Customers (2)",
      "Responses",
      "Tickets",
      "Monthly (2)",
      "Subscriptions",
    ]);
    expect(workbook.definedNames.getRanges("MRR").ranges).toEqual(["'Dashboard (2)'!$B$10"]);
    expect(workbook.definedNames.getRanges("SalesMarketingSpend").ranges).toEqual(["'Dashboard (2)'!$B$5"]);
    // The Monthly sheet's chart draws the renamed sheet's cells.
    const chart = strFromU8(unzipSync(renamed)["xl/charts/chart1.xml"] as Uint8Array);
    expect(chart).toContain("<c:f>'Monthly (2)'!$C$12:$Z$12</c:f>");
    expect(chart).not.toContain("'Monthly'!");
  });

  it("rewrites sheet references in formulas, quoted or not, and leaves other text alone", () => {
    const xml = `<worksheet><sheetData><row><c r="A1"><f>Data!B2+&apos;Data&apos;!C3+MyData!A1+SUM(Data!A:A)</f></c></row></sheetData></worksheet>`;
    const zip = renameSheets(
      fakeZip({
        "xl/worksheets/sheet1.xml": xml,
        "xl/workbook.xml": `<workbook><sheets><sheet name="Data" sheetId="1"/></sheets></workbook>`,
      }),
      new Map([["Data", "Data (2)"]]),
    );
    const files = unzipSync(zip);
    expect(strFromU8(files["xl/worksheets/sheet1.xml"] as Uint8Array)).toBe(
      `<worksheet><sheetData><row><c r="A1"><f>'Data (2)'!B2+'Data (2)'!C3+MyData!A1+SUM('Data (2)'!A:A)</f></c></row></sheetData></worksheet>`,
    );
    expect(strFromU8(files["xl/workbook.xml"] as Uint8Array)).toContain(
      `<sheet name="Data (2)" sheetId="1"/>`,
    );
  });
});

describe("officeTemplateTarget", () => {
  it("inserts the file at the end in two round trips when nothing clashes", async () => {
    const excel = fakeExcel(["Sheet1"]);
    const file = await bytes();
    const outcome = await officeTemplateTarget(excel.run, true).insert(KPI, file);
    expect(outcome).toEqual({ kind: "inserted", sheets: KPI.sheets, renamed: new Map() });
    expect(excel.state.syncs).toBe(2);
    expect(excel.state.inserted).toHaveLength(1);
    expect(excel.state.inserted[0]?.options).toEqual({ positionType: "End" });
    expect(new Uint8Array(Buffer.from(excel.state.inserted[0]?.base64 ?? "", "base64"))).toEqual(file);
  });

  it("renames template sheets whose names the user's workbook already has, never the user's", async () => {
    const excel = fakeExcel(["Dashboard", "Budget"]);
    const outcome = await officeTemplateTarget(excel.run, true).insert(KPI, await bytes());
    expect(outcome).toMatchObject({
      kind: "inserted",
      sheets: ["Dashboard (2)", "Customers", "Responses", "Tickets", "Monthly", "Subscriptions"],
    });
    const inserted = await sheetNamesOf(
      new Uint8Array(Buffer.from(excel.state.inserted[0]?.base64 ?? "", "base64")),
    );
    expect(inserted.worksheets.map((s) => s.name)).toEqual([
      "Dashboard (2)",
      "Customers",
      "Responses",
      "Tickets",
      "Monthly",
      "Subscriptions",
    ]);
  });

  it("refuses, inserting nothing, when a table or defined name of the template is already in the workbook", async () => {
    const excel = fakeExcel(["Sheet1"], ["customers"], ["NPS"]);
    const outcome = await officeTemplateTarget(excel.run, true).insert(KPI, await bytes());
    expect(outcome.kind).toBe("refused");
    expect(outcome.kind === "refused" && outcome.reason.en).toBe(
      "This workbook already has Customers, NPS, which the template uses: insert it into a new workbook, or download it.",
    );
    expect(excel.state.inserted).toEqual([]);
    expect(excel.state.syncs).toBe(1);
  });

  it("refuses without calling Excel where ExcelApi 1.13 is missing", async () => {
    const excel = fakeExcel([]);
    const outcome = await officeTemplateTarget(excel.run, false).insert(KPI, await bytes());
    expect(outcome.kind).toBe("refused");
    expect(excel.state.syncs).toBe(0);
  });
});

function fakeZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));
}
