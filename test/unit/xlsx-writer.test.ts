// The .xlsx writer the templates and the plan's export share (xlsx/writer.ts): the workbook's metadata and
// full recalculation, and a table written the house way, read back from the file it gives.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addTable, HEADER_FILL, HEADER_FONT, newWorkbook } from "../../xlsx/writer";

const CREATED = new Date(Date.UTC(2026, 0, 1));

/** A table as exceljs reads it back from a file. */
const tableRead = (sheet: ExcelJS.Worksheet | undefined, name: string) =>
  (sheet as unknown as { tables: Record<string, { table: { tableRef: string; style: object } }> }).tables[
    name
  ]?.table;

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await workbook.xlsx.writeBuffer());
  return read;
}

describe("the shared .xlsx writer", () => {
  it("makes a workbook by CSM Kit, with its title and date, recalculated in full when it opens", async () => {
    const workbook = newWorkbook(ExcelJS, { title: "Q3 plan", created: CREATED });
    expect(workbook.calcProperties.fullCalcOnLoad).toBe(true);
    workbook.addWorksheet("Plan");
    const read = await roundTrip(workbook);
    expect([read.creator, read.title, read.created.toISOString(), read.modified.toISOString()]).toEqual([
      "CSM Kit",
      "Q3 plan",
      CREATED.toISOString(),
      CREATED.toISOString(),
    ]);
  });

  it("leaves the title out when there is none", () => {
    expect(newWorkbook(ExcelJS, { created: CREATED }).title).toBeFalsy();
  });

  it("writes a table with its style, number formats and a header row drawn for readers without table styles", async () => {
    const workbook = newWorkbook(ExcelJS, { created: CREATED });
    const sheet = workbook.addWorksheet("Plan");
    addTable(sheet, {
      name: "Scores",
      at: "C3",
      columns: [{ header: "Action" }, { header: "Ratio", numberFormat: "0.00" }],
      rows: [
        ["Tickets", 5],
        ["Kick-off", 0.6],
      ],
    });
    const read = (await roundTrip(workbook)).getWorksheet("Plan");
    const table = tableRead(read, "Scores");
    expect(table?.tableRef).toBe("C3:D5");
    expect(table?.style).toMatchObject({ theme: "TableStyleMedium2", showRowStripes: true });
    for (const address of ["C3", "D3"]) {
      const header = read?.getCell(address);
      expect(header?.font).toMatchObject({ bold: true, color: { argb: HEADER_FONT } });
      expect(header?.fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: HEADER_FILL },
      });
      expect(header?.alignment).toMatchObject({ wrapText: true, vertical: "middle" });
    }
    expect([read?.getCell("C4").value, read?.getCell("D5").value, read?.getCell("D5").numFmt]).toEqual([
      "Tickets",
      0.6,
      "0.00",
    ]);
  });

  it("keeps one blank data row in a table without rows, as Excel does", async () => {
    const workbook = newWorkbook(ExcelJS, { created: CREATED });
    addTable(workbook.addWorksheet("Plan"), {
      name: "Empty",
      at: "A1",
      columns: [{ header: "Time" }],
      rows: [],
    });
    const read = (await roundTrip(workbook)).getWorksheet("Plan");
    expect(tableRead(read, "Empty")?.tableRef).toBe("A1:A2");
    expect([read?.getCell("A1").value, read?.getCell("A2").value]).toEqual(["Time", null]);
  });
});
