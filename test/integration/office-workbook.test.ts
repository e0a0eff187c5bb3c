// The Excel adapter against an office-addin-mock workbook (see fake-excel.ts): round trips counted on every
// context.sync, and the cells it leaves checked against literal expectations.
import { describe, expect, it } from "vitest";
import { OfficeWorkbook } from "../../addin/office-workbook";
import {
  OWNERSHIP_SETTING,
  type CellValue,
  type TableWrite,
  type WorkbookError,
} from "../../addin/workbook-port";
import { FakeExcel, FakeExcelError, fakeOffice as setup, roundTrips } from "./fake-excel";
import { rejection } from "../support/workbook";

const COLUMNS = [
  { header: "Account" },
  { header: "ARR", numberFormat: "#,##0" },
  { header: "Health", numberFormat: "0%" },
  { header: "ARR per point", formula: "=[@ARR]/[@Health]" },
] as const;

function scores(rowCount: number, sheet = "Plan", name = "Scores"): TableWrite {
  const rows: CellValue[][] = Array.from({ length: rowCount }, (_, index) => [
    `Account ${index + 1}`,
    1000 + index,
    0.5,
    null,
  ]);
  return { name, sheet, columns: COLUMNS, rows };
}

/** The budget every table write must keep, whatever its size. */
function expectAtMostThreeRoundTrips(count: number): void {
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(3);
}

describe("round trips to Excel", () => {
  it.each([10, 5_000])("writes a new %i-row table in at most 3 round trips", async (rowCount) => {
    const { excel, workbook } = setup();
    expectAtMostThreeRoundTrips(await roundTrips(excel, () => workbook.writeTable(scores(rowCount))));
    expect(excel.table("Scores")?.address).toBe(`Plan!A1:D${rowCount + 1}`);
  });

  it.each([10, 5_000])("updates a table to %i rows in at most 3 round trips", async (rowCount) => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(3));
    expectAtMostThreeRoundTrips(await roundTrips(excel, () => workbook.writeTable(scores(rowCount))));
    expect(excel.table("Scores")?.address).toBe(`Plan!A1:D${rowCount + 1}`);
  });

  it("uses 2 round trips to create a table on a new sheet and 3 to update it", async () => {
    const { excel, workbook } = setup();
    expect(await roundTrips(excel, () => workbook.writeTable(scores(50)))).toBe(2);
    expect(await roundTrips(excel, () => workbook.writeTable(scores(70)))).toBe(3);
  });

  it("catches a writer that syncs once per row, so the budget above can fail", async () => {
    const excel = new FakeExcel();
    const rows = scores(10).rows;
    const count = await roundTrips(excel, () =>
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Plan");
        for (const [index, row] of rows.entries()) {
          sheet.getRangeByIndexes(index, 0, 1, row.length).values = [row.map((value) => value ?? "")];
          await context.sync();
        }
      }),
    );
    expect(count).toBe(10);
    expect(() => expectAtMostThreeRoundTrips(count)).toThrow();
  });

  it("reads, lists and handles names and settings in at most 2 round trips each", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(5));
    expect(await roundTrips(excel, () => workbook.readTable("Scores"))).toBeLessThanOrEqual(2);
    expect(await roundTrips(excel, () => workbook.readTable("Missing"))).toBe(1);
    expect(await roundTrips(excel, () => workbook.listTables())).toBeLessThanOrEqual(2);
    expect(await roundTrips(excel, () => workbook.setName("Target", "=Plan!$B$2"))).toBeLessThanOrEqual(2);
    expect(await roundTrips(excel, () => workbook.getName("Target"))).toBe(1);
    expect(await roundTrips(excel, () => workbook.setSetting("plan", "{}"))).toBe(1);
    expect(await roundTrips(excel, () => workbook.getSetting("plan"))).toBe(1);
  });
});

describe("what the adapter writes", () => {
  it("records the headers, values, number formats and row formulas it was given", async () => {
    const { excel, workbook } = setup();
    const info = await workbook.writeTable({
      name: "Scores",
      sheet: "Plan",
      columns: COLUMNS,
      rows: [
        ["Acme", 1200, 0.5, null],
        ["Globex", 800, 0.25, 99],
      ],
    });
    expect(info).toEqual({
      name: "Scores",
      sheet: "Plan",
      headers: ["Account", "ARR", "Health", "ARR per point"],
      rowCount: 2,
      owned: true,
    });
    expect(excel.formulasAt("Plan", "A1:D3")).toEqual([
      ["Account", "ARR", "Health", "ARR per point"],
      ["Acme", 1200, 0.5, "=[@ARR]/[@Health]"],
      ["Globex", 800, 0.25, "=[@ARR]/[@Health]"],
    ]);
    expect(excel.formatsAt("Plan", "A2:D3")).toEqual([
      ["General", "#,##0", "0%", "General"],
      ["General", "#,##0", "0%", "General"],
    ]);
    expect(excel.tables).toHaveLength(1);
    expect(excel.settings.get(OWNERSHIP_SETTING)).toBe(
      '{"version":1,"sheets":["Plan"],"tables":["Scores"],"names":[]}',
    );
  });

  it("writes text that starts with = or looks like a number, date or logical as text", async () => {
    const { excel, workbook } = setup();
    const texts = [
      "=SUM(A1:A9)",
      "00123",
      "TRUE",
      "1/2",
      "+33 1 23 45 67 89",
      "-",
      "@home",
      "'quoted",
      "#N/A",
    ];
    await workbook.writeTable({
      name: "Notes",
      sheet: "Plan",
      columns: [{ header: "Note" }],
      rows: texts.map((text) => [text]),
    });
    expect(excel.valuesAt("Plan", "A2:A10")).toEqual([
      ["=SUM(A1:A9)"],
      ["00123"],
      ["TRUE"],
      ["1/2"],
      ["+33 1 23 45 67 89"],
      ["-"],
      ["@home"],
      ["'quoted"],
      ["#N/A"],
    ]);
    const read = await workbook.readTable("Notes");
    expect(read?.rows).toEqual(texts.map((text) => [text]));
  });

  it("updates its own table in place: same name, one table, leftover cells cleared", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(5));
    await workbook.writeTable({
      name: "SCORES",
      sheet: "plan",
      columns: [{ header: "Account" }, { header: "Segment" }],
      rows: [
        ["Acme", "Enterprise"],
        ["Globex", "Mid-market"],
      ],
    });
    expect(excel.tables).toHaveLength(1);
    expect(excel.table("Scores")).toEqual({ name: "Scores", sheet: "Plan", address: "Plan!A1:B3" });
    expect(excel.valuesAt("Plan", "A1:D6")).toEqual([
      ["Account", "Segment", null, null],
      ["Acme", "Enterprise", null, null],
      ["Globex", "Mid-market", null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
    ]);
    expect(
      excel
        .formatsAt("Plan", "C2:D6")
        .flat()
        .every((format) => format === null),
    ).toBe(true);
  });

  it("blanks a cell on rerun when its new value is null (Excel leaves a cell written with null unchanged)", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable({
      name: "Pair",
      sheet: "Plan",
      columns: [{ header: "A" }, { header: "B" }],
      rows: [[1, 2]],
    });
    await workbook.writeTable({
      name: "Pair",
      sheet: "Plan",
      columns: [{ header: "A" }, { header: "B" }],
      rows: [[null, ""]],
    });
    expect(excel.valuesAt("Plan", "A2:B2")).toEqual([[null, null]]);
  });

  it("swaps two columns without Excel renaming a duplicate header", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable({
      name: "Pair",
      sheet: "Plan",
      columns: [{ header: "A" }, { header: "B" }],
      rows: [[1, 2]],
    });
    await workbook.writeTable({
      name: "Pair",
      sheet: "Plan",
      columns: [{ header: "B" }, { header: "A" }],
      rows: [[2, 1]],
    });
    expect(excel.valuesAt("Plan", "A1:B2")).toEqual([
      ["B", "A"],
      [2, 1],
    ]);
  });

  it("keeps Excel's blank data row for a table written with no rows, and reads it back as empty", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(0));
    expect(excel.table("Scores")?.address).toBe("Plan!A1:D2");
    expect(excel.valuesAt("Plan", "A2:D2")).toEqual([[null, null, null, null]]);
    const read = await workbook.readTable("Scores");
    expect(read?.rowCount).toBe(0);
    expect(read?.rows).toEqual([]);
    expect((await workbook.listTables())[0]?.rowCount).toBe(0);
  });

  it("places a second table on its own sheet one blank column right of the first", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(2));
    await workbook.writeTable({
      name: "Owners",
      sheet: "Plan",
      columns: [{ header: "CSM" }],
      rows: [["Ana"]],
    });
    expect(excel.table("Owners")?.address).toBe("Plan!F1:F2");
    expect(excel.valuesAt("Plan", "E1:F2")).toEqual([
      [null, "CSM"],
      [null, "Ana"],
    ]);
  });
});

describe("the user's content", () => {
  it("refuses a user's table of the same name and leaves it unchanged", async () => {
    const { excel, workbook } = setup();
    excel.addUserTable("Data", "Scores", "A1:B3", [
      ["Name", "Score"],
      ["a", 1],
      ["b", 2],
    ]);
    const error = await rejection(workbook.writeTable(scores(4, "Data")));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain('table "Scores" is yours');
    expect(error.text.fr).toContain("Le tableau « Scores » vous appartient");
    expect(excel.valuesAt("Data", "A1:C4")).toEqual([
      ["Name", "Score", null],
      ["a", 1, null],
      ["b", 2, null],
      [null, null, null],
    ]);
    expect(excel.table("Scores")?.address).toBe("Data!A1:B3");
    expect(excel.settings.has(OWNERSHIP_SETTING)).toBe(false);
  });

  it("refuses a user's sheet of the same name, whatever its case, and leaves it unchanged", async () => {
    const { excel, workbook } = setup();
    excel.type("Plan", "A1", [["my notes"]]);
    const error = await rejection(workbook.writeTable(scores(3, "PLAN")));
    expect(error.reason).toBe("not-owned");
    expect(excel.tables).toHaveLength(0);
    expect(excel.valuesAt("Plan", "A1:B2")).toEqual([
      ["my notes", null],
      [null, null],
    ]);
  });

  it("refuses to grow its table over the user's cells below it", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(2));
    excel.type("Plan", "B6", [["keep me"]]);
    const error = await rejection(workbook.writeTable(scores(6)));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain("needs more room");
    expect(excel.table("Scores")?.address).toBe("Plan!A1:D3");
    expect(excel.valuesAt("Plan", "B6")).toEqual([["keep me"]]);
    expect(excel.valuesAt("Plan", "A3")).toEqual([["Account 2"]]);
  });

  it("refuses a table name that a user's defined name already has", async () => {
    const { excel, workbook } = setup();
    excel.names.set("scores", { name: "Scores", formula: "=Data!$A$1" });
    const error = await rejection(workbook.writeTable(scores(1)));
    expect(error.reason).toBe("invalid-name");
    expect(excel.sheets).toHaveLength(0);
  });

  it("refuses to update its own table on another sheet than the one asked for", async () => {
    const { workbook } = setup();
    await workbook.writeTable(scores(2));
    const error = await rejection(workbook.writeTable(scores(2, "Other")));
    expect(error.reason).toBe("invalid-name");
    expect(error.text.en).toContain('on the sheet "Plan"');
  });

  it("reports an unreadable ownership record, owns nothing, and sets the record aside on its next write", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(2));
    excel.settings.set(OWNERSHIP_SETTING, "{not json");
    const reported = await workbook.ownershipProblem();
    expect(reported?.reason).toBe("unreadable");
    expect(reported?.text.fr).toContain("csmkit.owned");
    const refused = await rejection(workbook.writeTable(scores(3)));
    expect(refused.reason).toBe("not-owned");
    expect(refused.text.en).toContain("could not read its record");
    expect(excel.table("Scores")?.address).toBe("Plan!A1:D3");
    await workbook.writeTable(scores(1, "Fresh", "FreshScores"));
    expect(excel.settings.get("csmkit.owned.unreadable")).toBe("{not json");
    expect(excel.settings.get(OWNERSHIP_SETTING)).toBe(
      '{"version":1,"sheets":["Fresh"],"tables":["FreshScores"],"names":[]}',
    );
    expect(await workbook.ownershipProblem()).toBeUndefined();
  });
});

describe("reading back", () => {
  it("reads a table with formula text where there are formulas and null for blanks", async () => {
    const { workbook } = setup();
    await workbook.writeTable({
      name: "Scores",
      sheet: "Plan",
      columns: COLUMNS,
      rows: [
        ["Acme", 1200, null, null],
        ["", 800, 0.25, null],
      ],
    });
    expect(await workbook.readTable("scores")).toEqual({
      name: "Scores",
      sheet: "Plan",
      headers: ["Account", "ARR", "Health", "ARR per point"],
      rowCount: 2,
      owned: true,
      rows: [
        ["Acme", 1200, null, "=[@ARR]/[@Health]"],
        [null, 800, 0.25, "=[@ARR]/[@Health]"],
      ],
    });
    expect(await workbook.readTable("Missing")).toBeUndefined();
  });

  it("lists the user's tables and its own, saying which are its own", async () => {
    const { excel, workbook } = setup();
    excel.addUserTable("Data", "Raw", "B2:C3", [
      ["Id", "Amount"],
      [1, 10],
    ]);
    await workbook.writeTable(scores(4));
    expect(await workbook.listTables()).toEqual([
      { name: "Raw", sheet: "Data", headers: ["Id", "Amount"], rowCount: 1, owned: false },
      {
        name: "Scores",
        sheet: "Plan",
        headers: ["Account", "ARR", "Health", "ARR per point"],
        rowCount: 4,
        owned: true,
      },
    ]);
  });
});

describe("names and settings", () => {
  it("creates and updates its defined names and refuses the user's", async () => {
    const { excel, workbook } = setup();
    excel.names.set("budget", { name: "Budget", formula: "=Data!$A$1" });
    await workbook.setName("Target", "=Plan!$B$2");
    expect(await workbook.getName("target")).toBe("=Plan!$B$2");
    await workbook.setName("Target", "=Plan!$C$2");
    expect(excel.names.get("target")?.formula).toBe("=Plan!$C$2");
    const refused = await rejection(workbook.setName("BUDGET", "=1"));
    expect(refused.reason).toBe("not-owned");
    expect(excel.names.get("budget")?.formula).toBe("=Data!$A$1");
    expect(await workbook.getName("Nothing")).toBeUndefined();
    expect((await rejection(workbook.setName("A1", "=1"))).reason).toBe("invalid-name");
  });

  it("saves and reads settings, and keeps its ownership setting to itself", async () => {
    const { excel, workbook } = setup();
    await workbook.setSetting("csmkit.plan", '{"cells":[]}');
    expect(await workbook.getSetting("csmkit.plan")).toBe('{"cells":[]}');
    expect(await workbook.getSetting("absent")).toBeUndefined();
    expect((await rejection(workbook.setSetting(OWNERSHIP_SETTING, "{}"))).reason).toBe("invalid-name");
    expect(excel.settings.has(OWNERSHIP_SETTING)).toBe(false);
  });
});

describe("when Excel fails", () => {
  it("turns Excel's error into a host error that quotes it in both languages", async () => {
    const { excel, workbook } = setup();
    excel.failNextSync(new FakeExcelError("InvalidOperation", "The sheet is protected."));
    const error = await rejection(workbook.writeTable(scores(2)));
    expect(error.reason).toBe("host");
    expect(error.text.en).toContain("The sheet is protected. (InvalidOperation)");
    expect(error.text.fr).toContain("The sheet is protected.");
    expect(error.text.en).toContain('write the table "Scores"');
  });

  it("reports an error Excel raises mid-batch, such as a sheet created meanwhile, and claims nothing", async () => {
    const { excel, workbook } = setup();
    const failing = new OfficeWorkbook({
      run: (batch) =>
        excel.run(async (context) => {
          const result = batch(context);
          excel.addSheet("Plan");
          return result;
        }),
    });
    const error = await rejection(failing.writeTable(scores(1)));
    expect(error.reason).toBe("host");
    expect(error.text.en).toContain("already exists");
    expect(await workbook.listTables()).toEqual([]);
    // The record is saved last, so a batch that fails part-way claims nothing it did not create.
    expect(excel.settings.has(OWNERSHIP_SETTING)).toBe(false);
  });

  it("refuses to resize a table where Excel cannot, and says how to get past it", async () => {
    const { excel, workbook } = setup({ canResizeTables: () => false });
    await workbook.writeTable(scores(2));
    await workbook.writeTable(scores(2));
    const error = await rejection(workbook.writeTable(scores(3)));
    expect(error.reason).toBe("host");
    expect(error.text.en).toContain("cannot resize");
    expect(excel.table("Scores")?.address).toBe("Plan!A1:D3");
  });
});

describe("reading computed values", () => {
  it("reads every cell as the value Excel computed in values mode, never the formula text", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable({
      name: "Scores",
      sheet: "Plan",
      columns: COLUMNS,
      rows: [
        ["=not a formula", 1200, 0.5, null],
        ["Globex", 800, null, null],
      ],
    });
    excel.calculate("Plan", "D2", [[2400], ["#DIV/0!"]]);
    expect((await workbook.readTable("Scores", "values"))?.rows).toEqual([
      ["=not a formula", 1200, 0.5, 2400],
      ["Globex", 800, null, "#DIV/0!"],
    ]);
    expect((await workbook.readTable("Scores"))?.rows).toEqual([
      ["=not a formula", 1200, 0.5, "=[@ARR]/[@Health]"],
      ["Globex", 800, null, "=[@ARR]/[@Health]"],
    ]);
  });

  it("asks Excel for the formulas only in formulas mode, in 2 round trips either way", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(3));
    const before = excel.loads.length;
    expect(await roundTrips(excel, () => workbook.readTable("Scores", "values"))).toBe(2);
    expect(excel.loads.slice(before)).toContain("values");
    expect(excel.loads.slice(before).some((load) => load.includes("formulas"))).toBe(false);
    const again = excel.loads.length;
    expect(await roundTrips(excel, () => workbook.readTable("Scores", "formulas"))).toBe(2);
    expect(excel.loads.slice(again)).toContain("values, formulas");
  });

  it("reads a table written with no rows as empty in values mode too", async () => {
    const { workbook } = setup();
    await workbook.writeTable(scores(0));
    expect((await workbook.readTable("Scores", "values"))?.rows).toEqual([]);
  });
});

const TIER = {
  header: "Tier",
  formula: "=INDEX(CSMKit_Segments[Tier],MATCH([@Account],CSMKit_Segments[Account],0))",
} as const;

/** A fake Excel with the user's portfolio table on Accounts!A1:B4, a note right of it and one below. */
function portfolio(options: Parameters<typeof setup>[0] = {}): ReturnType<typeof setup> {
  const office = setup(options);
  office.excel.addUserTable("Accounts", "Portfolio", "A1:B4", [
    ["Account", "ARR"],
    ["Acme", 1200],
    ["Globex", 800],
    ["Initech", 500],
  ]);
  office.excel.type("Accounts", "A6", [["total checked by hand"]]);
  office.excel.type("Accounts", "F2", [["note"]]);
  return office;
}

/** The A1 addresses whose cell differs between two snapshots of a sheet. */
function changedCells(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

describe("adding a formula column to a table", () => {
  it("adds the column at the right edge of the user's table, records it, and changes no other cell", async () => {
    const { excel, workbook } = portfolio();
    const before = excel.cellsOf("Accounts");
    const info = await workbook.appendColumn("portfolio", { ...TIER, numberFormat: "@" });
    expect(info).toEqual({
      name: "Portfolio",
      sheet: "Accounts",
      headers: ["Account", "ARR", "Tier"],
      rowCount: 3,
      owned: false,
    });
    expect(excel.table("Portfolio")?.address).toBe("Accounts!A1:C4");
    expect(excel.formulasAt("Accounts", "C1:C4")).toEqual([
      ["Tier"],
      [TIER.formula],
      [TIER.formula],
      [TIER.formula],
    ]);
    expect(excel.formatsAt("Accounts", "C1:C4")).toEqual([[null], ["@"], ["@"], ["@"]]);
    expect(changedCells(before, excel.cellsOf("Accounts"))).toEqual(["C1", "C2", "C3", "C4"]);
    expect(excel.settings.get(OWNERSHIP_SETTING)).toBe(
      '{"version":1,"sheets":[],"tables":[],"names":[],"columns":[{"table":"Portfolio","header":"Tier"}]}',
    );
    expect((await workbook.readTable("Portfolio"))?.rows).toEqual([
      ["Acme", 1200, TIER.formula],
      ["Globex", 800, TIER.formula],
      ["Initech", 500, TIER.formula],
    ]);
    expect((await workbook.listTables())[0]?.owned).toBe(false);
  });

  it("updates the formula of the column it added on a rerun, whatever the header's case", async () => {
    const { excel, workbook } = portfolio();
    await workbook.appendColumn("Portfolio", TIER);
    const record = excel.settings.get(OWNERSHIP_SETTING);
    const before = excel.cellsOf("Accounts");
    const rerun = { header: "TIER", formula: '=IF([@ARR]>1000,"Gold","Silver")', numberFormat: "General" };
    const info = await workbook.appendColumn("Portfolio", rerun);
    expect(info.headers).toEqual(["Account", "ARR", "Tier"]);
    expect(excel.table("Portfolio")?.address).toBe("Accounts!A1:C4");
    expect(excel.formulasAt("Accounts", "C1:D4")).toEqual([
      ["Tier", null],
      [rerun.formula, null],
      [rerun.formula, null],
      [rerun.formula, null],
    ]);
    expect(changedCells(before, excel.cellsOf("Accounts"))).toEqual(["C2", "C3", "C4"]);
    expect(excel.settings.get(OWNERSHIP_SETTING)).toBe(record);
  });

  it("fills the column in every row, the rows the user added since included", async () => {
    const { excel, workbook } = portfolio();
    await workbook.appendColumn("Portfolio", TIER);
    // The user's table grows by a row (Excel would fill the calculated column; here it stays blank).
    const table = excel.tables.find((candidate) => candidate.name === "Portfolio");
    if (table === undefined) throw new Error("the portfolio table is gone");
    table.box = { ...table.box, rowCount: 5 };
    excel.type("Accounts", "A5", [["Umbrella", 300]]);
    await workbook.appendColumn("Portfolio", TIER);
    expect(excel.formulasAt("Accounts", "C5")).toEqual([[TIER.formula]]);
  });

  it("updates a column of a table it created, without recording it", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(scores(2));
    const record = excel.settings.get(OWNERSHIP_SETTING);
    const info = await workbook.appendColumn("Scores", { header: "ARR per point", formula: "=[@ARR]*2" });
    expect(info.owned).toBe(true);
    expect(excel.formulasAt("Plan", "D2:D3")).toEqual([["=[@ARR]*2"], ["=[@ARR]*2"]]);
    expect(excel.settings.get(OWNERSHIP_SETTING)).toBe(record);
  });

  it("puts nothing in the totals row, and checks the cell right of it too", async () => {
    const { excel, workbook } = setup();
    excel.addUserTable(
      "Accounts",
      "Portfolio",
      "A1:B4",
      [
        ["Account", "ARR"],
        ["Acme", 1200],
        ["Globex", 800],
        ["Total", "=SUBTOTAL(109,[ARR])"],
      ],
      { totals: true },
    );
    excel.type("Accounts", "C4", [["mine"]]);
    const refused = await rejection(workbook.appendColumn("Portfolio", TIER));
    expect(refused.reason).toBe("not-owned");
    expect(excel.table("Portfolio")?.address).toBe("Accounts!A1:B4");
    excel.type("Accounts", "C4", [[""]]);
    const info = await workbook.appendColumn("Portfolio", TIER);
    expect(info.rowCount).toBe(2);
    expect(excel.table("Portfolio")?.address).toBe("Accounts!A1:C4");
    expect(excel.formulasAt("Accounts", "C1:C4")).toEqual([["Tier"], [TIER.formula], [TIER.formula], [null]]);
  });

  it.each([10, 5_000])(
    "adds, then updates, the column of a %i-row table in 3 round trips each",
    async (rowCount) => {
      const { excel, workbook } = setup();
      const rows = Array.from({ length: rowCount }, (_, index) => [`Account ${index + 1}`, index]);
      excel.addUserTable("Accounts", "Portfolio", `A1:B${rowCount + 1}`, [["Account", "ARR"], ...rows]);
      expect(await roundTrips(excel, () => workbook.appendColumn("Portfolio", TIER))).toBe(3);
      expect(await roundTrips(excel, () => workbook.appendColumn("Portfolio", TIER))).toBe(3);
      expect(excel.table("Portfolio")?.address).toBe(`Accounts!A1:C${rowCount + 1}`);
      expect(excel.formulasAt("Accounts", `C${rowCount + 1}`)).toEqual([[TIER.formula]]);
    },
  );
});

describe("refusing to add a formula column", () => {
  it("refuses a table that does not exist, in 1 round trip", async () => {
    const { excel, workbook } = portfolio();
    let error: WorkbookError | undefined;
    expect(
      await roundTrips(excel, async () => {
        error = await rejection(workbook.appendColumn("Missing", TIER));
      }),
    ).toBe(1);
    expect(error?.reason).toBe("not-found");
    expect(error?.text.en).toContain('There is no table named "Missing"');
    expect(error?.text.fr).toContain("Il n'y a pas de tableau nommé « Missing »");
  });

  it("refuses a header that is already a column of the user's, and changes nothing", async () => {
    const { excel, workbook } = portfolio();
    const before = excel.cellsOf("Accounts");
    let error: WorkbookError | undefined;
    expect(
      await roundTrips(excel, async () => {
        error = await rejection(workbook.appendColumn("Portfolio", { header: "arr", formula: "=1" }));
      }),
    ).toBe(2);
    expect(error?.reason).toBe("not-owned");
    expect(error?.text.en).toContain('already has a column "ARR", which is yours');
    expect(error?.text.fr).toContain("a déjà une colonne « ARR », qui vous appartient");
    expect(changedCells(before, excel.cellsOf("Accounts"))).toEqual([]);
    expect(excel.settings.has(OWNERSHIP_SETTING)).toBe(false);
  });

  it("refuses a column that would cover a cell that is not empty, and changes nothing", async () => {
    const { excel, workbook } = portfolio();
    excel.type("Accounts", "C3", [["=A3"]]);
    const before = excel.cellsOf("Accounts");
    const error = await rejection(workbook.appendColumn("Portfolio", TIER));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain("would cover cells that are not its own");
    expect(error.text.fr).toContain("recouvrirait des cellules qui ne sont pas à lui");
    expect(changedCells(before, excel.cellsOf("Accounts"))).toEqual([]);
    expect(excel.table("Portfolio")?.address).toBe("Accounts!A1:B4");
  });

  it("refuses a blank or overlong header and a formula without =, before asking Excel", async () => {
    const { excel, workbook } = portfolio();
    const before = excel.syncs;
    expect((await rejection(workbook.appendColumn("Portfolio", { header: " ", formula: "=1" }))).reason).toBe(
      "invalid-name",
    );
    const long = { header: "x".repeat(256), formula: "=1" };
    expect((await rejection(workbook.appendColumn("Portfolio", long))).reason).toBe("invalid-name");
    const bare = { header: "Tier", formula: "[@ARR]" };
    expect((await rejection(workbook.appendColumn("Portfolio", bare))).reason).toBe("invalid-shape");
    expect(excel.syncs).toBe(before);
  });

  it("treats the column it added as the user's while its record is unreadable", async () => {
    const { excel, workbook } = portfolio();
    await workbook.appendColumn("Portfolio", TIER);
    excel.settings.set(OWNERSHIP_SETTING, "{not json");
    const error = await rejection(workbook.appendColumn("Portfolio", TIER));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain("could not read its record");
  });

  it("reports Excel's own error when the batch fails, claiming nothing", async () => {
    const { excel } = portfolio();
    const failing = new OfficeWorkbook({
      run: (batch) =>
        excel.run(async (context) => {
          const result = batch(context);
          // Another table appears right of the portfolio between the check and the write.
          excel.tables.push({
            name: "Late",
            sheet: excel.sheets[0] as (typeof excel.sheets)[number],
            box: { row: 0, column: 2, rowCount: 4, columnCount: 1 },
          });
          return result;
        }),
    });
    const error = await rejection(failing.appendColumn("Portfolio", TIER));
    expect(error.reason).toBe("host");
    expect(error.text.en).toContain('add the column "Tier" to the table "Portfolio"');
    expect(excel.settings.has(OWNERSHIP_SETTING)).toBe(false);
    expect(excel.table("Portfolio")?.address).toBe("Accounts!A1:B4");
  });
});

describe("adding a formula column where Excel cannot resize tables", () => {
  it("adds it with the table's columns when nothing is right of the table in its rows", async () => {
    const { excel, workbook } = setup({ canResizeTables: () => false });
    excel.addUserTable("Accounts", "Portfolio", "A1:B3", [
      ["Account", "ARR"],
      ["Acme", 1200],
      ["Globex", 800],
    ]);
    excel.type("Accounts", "F9", [["below, elsewhere"]]);
    const before = excel.cellsOf("Accounts");
    expect(await roundTrips(excel, () => workbook.appendColumn("Portfolio", TIER))).toBe(3);
    expect(excel.table("Portfolio")?.address).toBe("Accounts!A1:C3");
    expect(excel.formulasAt("Accounts", "C1:C3")).toEqual([["Tier"], [TIER.formula], [TIER.formula]]);
    expect(changedCells(before, excel.cellsOf("Accounts"))).toEqual(["C1", "C2", "C3"]);
  });

  it("refuses when content right of the table could move, and changes nothing", async () => {
    const { excel, workbook } = portfolio({ canResizeTables: () => false });
    const before = excel.cellsOf("Accounts");
    const error = await rejection(workbook.appendColumn("Portfolio", TIER));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain("may move the content to the right of the table");
    expect(error.text.fr).toContain("ne déplacera pas vos données");
    expect(changedCells(before, excel.cellsOf("Accounts"))).toEqual([]);
  });
});

describe("reading the selected cells", () => {
  /** A portfolio typed as a plain range (no table) on Accounts!A1:D4, with a formula column. */
  function plainPortfolio(): ReturnType<typeof setup> {
    const office = setup();
    office.excel.type("Accounts", "A1", [
      ["Account", "ARR", "", 2025],
      ["Acme", 1200, "=B2/1000", "#N/A"],
      ["Globex", "", "=B3/1000", true],
      ["Initech", 500, "=B4/C4", ""],
    ]);
    office.excel.calculate("Accounts", "C2", [[1.2], [0], ["#DIV/0!"]]);
    return office;
  }

  it("reads headers and the values Excel computed, never formula text, with blanks as null, in 1 round trip", async () => {
    const { excel, workbook } = plainPortfolio();
    excel.select("Accounts", "A1:D4");
    const before = excel.loads.length;
    let read: Awaited<ReturnType<typeof workbook.readSelection>>;
    expect(await roundTrips(excel, async () => (read = await workbook.readSelection()))).toBe(1);
    expect(read).toEqual({
      address: "Accounts!A1:D4",
      headers: ["Account", "ARR", "Column 3", "2025"],
      rows: [
        ["Acme", 1200, 1.2, "#N/A"],
        ["Globex", null, 0, true],
        ["Initech", 500, "#DIV/0!", null],
      ],
    });
    expect(excel.loads.slice(before).some((load) => load.includes("formulas"))).toBe(false);
  });

  it("drops the blank rows at the end of the selection and keeps the sheet name as Excel quotes it", async () => {
    const { excel, workbook } = setup();
    excel.type("Q1 accounts", "B2", [
      ["Account", "ARR"],
      ["Acme", 1200],
    ]);
    excel.select("Q1 accounts", "B2:C40");
    expect(await workbook.readSelection()).toEqual({
      address: "'Q1 accounts'!B2:C3",
      headers: ["Account", "ARR"],
      rows: [["Acme", 1200]],
    });
  });

  it("limits a selection of whole columns, or of the whole sheet, to the cells that hold values", async () => {
    const { excel, workbook } = plainPortfolio();
    excel.type("Accounts", "H1", [["note beside, not selected"]]);
    excel.select("Accounts", "A:F");
    let read: Awaited<ReturnType<typeof workbook.readSelection>>;
    expect(await roundTrips(excel, async () => (read = await workbook.readSelection()))).toBe(1);
    expect(read?.address).toBe("Accounts!A1:D4");
    expect(read?.rows).toHaveLength(3);
    excel.select("Accounts", "1:1048576");
    expect((await workbook.readSelection())?.address).toBe("Accounts!A1:H4");
  });

  it("reads a single row as headers without rows, and a selection without values as nothing", async () => {
    const { excel, workbook } = plainPortfolio();
    excel.select("Accounts", "A1:D1");
    expect(await workbook.readSelection()).toEqual({
      address: "Accounts!A1:D1",
      headers: ["Account", "ARR", "Column 3", "2025"],
      rows: [],
    });
    excel.select("Accounts", "J10");
    expect(await workbook.readSelection()).toEqual({ address: "Accounts!J10", headers: [], rows: [] });
  });

  it("refuses several areas selected with Ctrl+click, saying in both languages to select one block", async () => {
    const { excel, workbook } = plainPortfolio();
    excel.select("Accounts", "A1:B4,D1:D4");
    let error: WorkbookError | undefined;
    expect(await roundTrips(excel, async () => (error = await rejection(workbook.readSelection())))).toBe(1);
    expect(error?.reason).toBe("invalid-shape");
    expect(error?.text.en).toContain("Select one block of cells");
    expect(error?.text.fr).toContain("Sélectionnez un seul bloc de cellules");
  });

  it("turns any other failure of Excel into a host error", async () => {
    const { excel, workbook } = plainPortfolio();
    excel.select("Accounts", "A1:D4");
    excel.failNextSync(
      new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."),
    );
    const error = await rejection(workbook.readSelection());
    expect(error.reason).toBe("host");
    expect(error.text.en).toContain("read the selected cells");
  });
});
