// The segmentation wizard and the workbook: a portfolio read from the person's table (values, not formula
// texts), the segments written beside the plan with live lookups into that table while it is there and the
// values read last once it is gone (and the report says so), and the Tier column added to the person's table.
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { createNotebook } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";
import { writePlan } from "../../notebook/plan/workbook";
import { addTierColumn, readPortfolioTable } from "../../notebook/segmentation/workbook";
import { segmentationCells } from "../../notebook/segmentation/kinds";

const ROWS = [
  ["Acme", 150_000],
  ["Globex", 9_000],
  ["Globex", 1_000],
];

function withAccounts(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.addUserTable({ name: "Comptes", sheet: "Data", headers: ["Client", "ARR actuel"], rows: ROWS });
  return workbook;
}

async function wizardCells(from: MemoryWorkbook, table = "Comptes") {
  const read = await readPortfolioTable(from, table);
  const notebook = createNotebook(notebookKinds);
  notebook.restore({ cells: segmentationCells("en") });
  notebook.setInputs([
    { cellId: "portfolio", key: "table", value: table },
    { cellId: "portfolio", key: "source", value: table },
    { cellId: "portfolio", key: "headers", value: [...read.headers] },
    { cellId: "portfolio", key: "rows", value: read.rows.map((row) => [...row]) },
    { cellId: "portfolio", key: "mapping", value: { account: 0, currentArr: 1 } },
  ]);
  return notebook.cells();
}

describe("the segmentation in the workbook", () => {
  it("reads the person's table, then writes Segments that look its values up live", async () => {
    const workbook = withAccounts();
    const cells = await wizardCells(workbook);
    const report = await writePlan(workbook, cells, "en");
    const segments = report.written.find((table) => table.name === "CSMKit_Segments");
    // Acme and Globex: the repeated Globex is left out, and the report says which row.
    expect(segments).toEqual({ name: "CSMKit_Segments", sheet: "CSM Kit segments", rows: 2 });
    expect(report.message.en).toContain('Written to the sheet "CSM Kit segments"');
    expect(report.message.en).toMatch(/row 3/);
    const table = await workbook.readTable("CSMKit_Segments");
    const current = table?.headers.indexOf("Current ARR") ?? -1;
    expect(String(table?.rows[0]?.[current])).toContain("Comptes[");
    expect(table?.rows.map((row) => row[0])).toEqual(["Acme", "Globex"]);
  });

  it("writes the values read last when the person's table is gone, and says so", async () => {
    const cells = await wizardCells(withAccounts());
    const elsewhere = new MemoryWorkbook();
    const report = await writePlan(elsewhere, cells, "en");
    expect(report.message.en).toContain('The table "Comptes" is no longer in the workbook');
    const table = await elsewhere.readTable("CSMKit_Segments");
    const current = table?.headers.indexOf("Current ARR") ?? -1;
    expect(table?.rows.map((row) => row[current])).toEqual([150_000, 9_000]);
    expect(table?.headers).not.toContain("Source row");
  });

  it("adds the Tier column to the person's table, a lookup into Segments, and nothing else", async () => {
    const workbook = withAccounts();
    await writePlan(workbook, await wizardCells(workbook), "en");
    expect(await addTierColumn(workbook, "Comptes", "Client", "en")).toBe("CSM Kit tier");
    const mine = await workbook.readTable("Comptes");
    expect(mine?.headers).toEqual(["Client", "ARR actuel", "CSM Kit tier"]);
    expect(mine?.rows.map((row) => row.slice(0, 2))).toEqual(ROWS);
    const formula = String(mine?.rows[0]?.[2]);
    expect(formula).toMatch(/^=IFERROR\(INDEX\(CSMKit_Segments\[/);
    expect(formula).toContain("EXACT(");
  });

  it("refuses the add-in's own Segments table as the portfolio, and says why in both languages", async () => {
    const workbook = withAccounts();
    await writePlan(workbook, await wizardCells(workbook), "en");
    const read = await readPortfolioTable(workbook, "CSMKit_Segments");
    expect(read.rows).toEqual([]);
    expect(read.headers).toEqual([]);
    expect(read.problems.map((problem) => problem.en)).toEqual([
      'The table "CSMKit_Segments" is one CSM Kit writes from the portfolio, so it cannot be the portfolio: its lookups would point at themselves. Pick the table that holds your accounts.',
    ]);
    expect(read.problems[0]?.fr).toContain("« CSMKit_Segments » est écrit par CSM Kit");
  });

  it("refuses a CSMKit_ table even when the record of what the add-in owns was lost", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({ name: "csmkit_Coverage", sheet: "Copy", headers: ["Tier"], rows: [["A"]] });
    const read = await readPortfolioTable(workbook, "csmkit_Coverage");
    expect(read.rows).toEqual([]);
    expect(read.problems[0]?.en).toMatch(/^The table "csmkit_Coverage" is one CSM Kit writes/);
  });

  it("writes values, never lookups into itself, for a plan whose portfolio is the Segments table", async () => {
    const workbook = withAccounts();
    await writePlan(workbook, await wizardCells(workbook), "en");
    // A plan saved before the refusal: its portfolio names CSMKit_Segments, with the values read from it.
    const segments = await workbook.readTable("CSMKit_Segments", "formulas");
    const notebook = createNotebook(notebookKinds);
    notebook.restore({ cells: segmentationCells("en") });
    notebook.setInputs([
      { cellId: "portfolio", key: "table", value: "CSMKit_Segments" },
      { cellId: "portfolio", key: "source", value: "CSMKit_Segments" },
      { cellId: "portfolio", key: "headers", value: ["Account", "Current ARR"] },
      {
        cellId: "portfolio",
        key: "rows",
        value: [
          ["Acme", 150_000],
          ["Globex", 10_000],
        ],
      },
      { cellId: "portfolio", key: "mapping", value: { account: 0, currentArr: 1 } },
    ]);
    expect(segments?.headers).toContain("Current ARR");
    const report = await writePlan(workbook, notebook.cells(), "en");
    expect(report.message.en).toContain(
      'The portfolio was read from "CSMKit_Segments", a table CSM Kit writes',
    );
    const written = await workbook.readTable("CSMKit_Segments", "formulas");
    // The looked-up columns hold values: no Source row matched into the table itself, no INDEX into it.
    expect(written?.headers).not.toContain("Source row");
    const current = written?.headers.indexOf("Current ARR") ?? -1;
    expect(written?.rows.map((row) => row[current])).toEqual([150_000, 10_000]);
  });
});
