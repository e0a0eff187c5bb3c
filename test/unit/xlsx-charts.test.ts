import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { withCharts, type ChartToWrite } from "../../xlsx/charts";
import { addTable, newWorkbook } from "../../xlsx/writer";
import { withoutTableFormulas } from "../../xlsx/calculated-columns";

const WHEN = new Date(Date.UTC(2026, 0, 1));

/** A workbook of two sheets: "Data" with a table on it, "Chart's" with months and two series. */
async function workbook(): Promise<Uint8Array> {
  const book = newWorkbook(ExcelJS, { created: WHEN });
  const data = book.addWorksheet("Data");
  addTable(data, {
    name: "Rows",
    at: "A1",
    columns: [{ header: "Month" }, { header: "MRR" }],
    rows: [[1, 2]],
  });
  const sheet = book.addWorksheet("Chart's");
  sheet.getCell("A2").value = "Up";
  sheet.getCell("A3").value = "Down";
  ["B", "C", "D"].forEach((letter, i) => {
    sheet.getCell(`${letter}1`).value = new Date(Date.UTC(2026, i, 1));
    sheet.getCell(`${letter}2`).value = 10 * (i + 1);
    sheet.getCell(`${letter}3`).value = -5 * (i + 1);
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const chart = (sheet: string): ChartToWrite => ({
  sheet,
  title: "Moves & more",
  from: "A5",
  to: "H20",
  categories: "B1:D1",
  categoryFormat: "mmm yy",
  stacked: true,
  series: [
    { name: "A2", values: "B2:D2", colour: "2E7D32" },
    { name: "A3", values: "B3:D3", colour: "E53935" },
  ],
});

const parts = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  return (path: string) => strFromU8(files[path] ?? new Uint8Array());
};

describe("withCharts", () => {
  it("writes a stacked column chart part reading the sheet's ranges, its drawing, relationships and content types", async () => {
    const part = parts(withCharts(await workbook(), [chart("Chart's")], WHEN));
    const xml = part("xl/charts/chart1.xml");
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml).toContain("<c:f>'Chart''s'!$B$1:$D$1</c:f>");
    expect(xml).toContain("<c:f>'Chart''s'!$B$3:$D$3</c:f>");
    expect(xml).toContain("<c:f>'Chart''s'!$A$2</c:f>");
    expect(xml).toContain("<a:t>Moves &amp; more</a:t>");
    expect(xml).toContain('formatCode="mmm yy"');
    // The anchor: from A5's top-left (column 0, row 4) to H20's bottom-right (column 8, row 20).
    const drawing = part("xl/drawings/drawing1.xml");
    expect(drawing).toMatch(/<xdr:from><xdr:col>0<\/xdr:col>.*?<xdr:row>4<\/xdr:row>/);
    expect(drawing).toMatch(/<xdr:to><xdr:col>8<\/xdr:col>.*?<xdr:row>20<\/xdr:row>/);
    expect(part("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    expect(part("xl/worksheets/sheet2.xml")).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(part("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    const types = part("[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml"');
  });

  it("puts the drawing before the table parts on a sheet with a table, beside its relationships", async () => {
    const bytes = withCharts(await workbook(), [chart("Data")], WHEN);
    const part = parts(bytes);
    const sheet = part("xl/worksheets/sheet1.xml");
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(0);
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    const rels = part("xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain("/table");
    expect(rels).toContain("/drawing");
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // exceljs still reads the file, with its table.
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(withoutTableFormulas(bytes) as unknown as ExcelJS.Buffer);
    expect(reread.worksheets.map((s) => s.name)).toEqual(["Data", "Chart's"]);
  });

  it("returns the same bytes without charts, and refuses a sheet it does not have or one already drawn on", async () => {
    const bytes = await workbook();
    expect(withCharts(bytes, [], WHEN)).toBe(bytes);
    expect(() => withCharts(bytes, [chart("Nowhere")], WHEN)).toThrow("no sheet Nowhere");
    const drawn = withCharts(bytes, [chart("Data")], WHEN);
    expect(() => withCharts(drawn, [chart("Data")], WHEN)).toThrow("already has a drawing");
  });
});
