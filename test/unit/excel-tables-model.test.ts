// The model of Excel's tables the template tests rely on (test/support/excel-tables.ts), checked on small files
// whose expected XML is written out by hand: a row added gets the calculated column formula and nothing else,
// the rows below move, the table grows, and what the model cannot move faithfully it refuses.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { addressesIn, addTableRows, tablesOf } from "../support/excel-tables";
import { withCalculatedColumns } from "../../xlsx/calculated-columns";

describe("addressesIn", () => {
  it("finds cell and range addresses, with their sheet, outside texts and structured references", () => {
    const refs = addressesIn(
      `SUM(B5:B9)+'Règles (2)'!$C$2+Plan!A1+"A1"+T[[#This Row],[B5]]+LOG10(4)+RedMax+Q`,
    );
    expect(refs.map((r) => [r.sheet, r.text, r.top, r.bottom, r.left, r.right])).toEqual([
      [undefined, "B5:B9", 5, 9, 2, 2],
      ["Règles (2)", "'Règles (2)'!$C$2", 2, 2, 3, 3],
      ["Plan", "Plan!A1", 1, 1, 1, 1],
    ]);
  });
});

async function sample(formulas: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  sheet.getCell("A1").value = "Title";
  sheet.addTable({
    name: "T",
    ref: "A2",
    headerRow: true,
    columns: [{ name: "Name" }, { name: "Amount" }, { name: "Twice" }],
    rows: [
      ["a", 1, { formula: "T[[#This Row],[Amount]]*2" }],
      ["b", 2, { formula: "T[[#This Row],[Amount]]*2" }],
    ],
  });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return formulas
    ? withCalculatedColumns(
        bytes,
        new Map([["T", new Map([["Twice", "T[[#This Row],[Amount]]*2"]])]]),
        new Date(Date.UTC(2026, 0, 1)),
      )
    : bytes;
}

const sheetXml = (file: Uint8Array) =>
  strFromU8(unzipSync(file)["xl/worksheets/sheet1.xml"] ?? new Uint8Array());

describe("addTableRows", () => {
  it("inserts a row inside the table: typed inputs, the calculated formula, the rows below moved, the table grown", async () => {
    const file = addTableRows(await sample(true), "T", [{ Name: "new", Amount: 5 }], 1);
    const xml = sheetXml(file);
    expect(xml).toMatch(/<c r="A4"[^>]* t="inlineStr"><is><t xml:space="preserve">new<\/t><\/is><\/c>/);
    expect(xml).toMatch(/<c r="B4"[^>]*><v>5<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C4"[^>]*><f>T\[\[#This Row\],\[Amount\]\]\*2<\/f><\/c>/);
    // "b" moved from row 4 to row 5.
    expect(xml).toMatch(/<row r="5"[^>]*><c r="A5"/);
    expect(xml.indexOf('<row r="4"')).toBeLessThan(xml.indexOf('<row r="5"'));
    expect(tablesOf(file).map((t) => [t.name, t.headerRow, t.lastRow])).toEqual([["T", 2, 5]]);
  });

  it("leaves the computed cell of a new row empty when the table stores no formula, as Excel does", async () => {
    const xml = sheetXml(addTableRows(await sample(false), "T", [{ Name: "c", Amount: 3 }]));
    expect(xml).toMatch(/<c r="B5"[^>]*><v>3<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C5"[^>]*\/>/);
    expect(xml).not.toMatch(/<c r="C5"[^>]*><f>/);
  });

  it("refuses a value typed into a computed column, and a formula that points at rows that would move", async () => {
    await expect(async () => addTableRows(await sample(true), "T", [{ Twice: 4 }])).rejects.toThrow(
      /computed/,
    );
    const other = new ExcelJS.Workbook();
    const data = other.addWorksheet("Data");
    data.addTable({
      name: "T",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Amount" }],
      rows: [[1], [2]],
    });
    other.addWorksheet("Summary").getCell("A1").value = { formula: "SUM(Data!A2:A3)" };
    const bytes = new Uint8Array(await other.xlsx.writeBuffer());
    expect(() => addTableRows(bytes, "T", [{ Amount: 3 }], 1)).toThrow(/Summary!A1 points at Data!A2:A3/);
  });
});
