import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { workbookToXlsx } from "../../addin/xlsx-export";
import {
  OWNERSHIP_SETTING,
  type CellValue,
  type ChartSpec,
  type TableWrite,
} from "../../addin/workbook-port";
import { rejection } from "../support/workbook";

const scores = (rows: CellValue[][], overrides: Partial<TableWrite> = {}): TableWrite => ({
  name: "Scores",
  sheet: "Plan",
  columns: [{ header: "Account" }, { header: "ARR", numberFormat: "#,##0" }],
  rows,
  ...overrides,
});

describe("the memory workbook", () => {
  it("says it is the in-browser workbook", () => {
    expect(new MemoryWorkbook().host).toBe("memory");
  });

  it("creates a table on a new sheet and owns both", async () => {
    const workbook = new MemoryWorkbook();
    const info = await workbook.writeTable(scores([["Acme", 1200]]));
    expect(info).toEqual({
      name: "Scores",
      sheet: "Plan",
      headers: ["Account", "ARR"],
      rowCount: 1,
      owned: true,
    });
    expect(workbook.sheetNames()).toEqual(["Plan"]);
    expect(await workbook.readTable("Scores")).toEqual({
      name: "Scores",
      sheet: "Plan",
      headers: ["Account", "ARR"],
      rowCount: 1,
      owned: true,
      rows: [["Acme", 1200]],
    });
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBe(
      '{"version":1,"sheets":["Plan"],"tables":["Scores"],"names":[]}',
    );
  });

  it("updates its own table in place: same name, one table, rows and columns replaced", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable(scores([["Acme", 1200]]));
    await workbook.writeTable({
      name: "SCORES",
      sheet: "plan",
      columns: [{ header: "Account" }, { header: "Segment" }, { header: "Seats" }],
      rows: [
        ["Acme", "Enterprise", 40],
        ["Globex", "Mid-market", 12],
      ],
    });
    expect(await workbook.listTables()).toEqual([
      { name: "Scores", sheet: "Plan", headers: ["Account", "Segment", "Seats"], rowCount: 2, owned: true },
    ]);
    expect((await workbook.readTable("scores"))?.rows).toEqual([
      ["Acme", "Enterprise", 40],
      ["Globex", "Mid-market", 12],
    ]);
  });

  it("refuses a user's table of the same name and leaves it unchanged", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({ name: "Scores", sheet: "Data", headers: ["Name", "Score"], rows: [["a", 1]] });
    const error = await rejection(workbook.writeTable(scores([["Acme", 1200]], { sheet: "Data" })));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain('The table "Scores" is yours');
    expect(await workbook.readTable("Scores")).toEqual({
      name: "Scores",
      sheet: "Data",
      headers: ["Name", "Score"],
      rowCount: 1,
      owned: false,
      rows: [["a", 1]],
    });
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBeUndefined();
  });

  it("refuses a user's sheet of the same name, whatever its case", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet("Plan");
    const error = await rejection(workbook.writeTable(scores([], { sheet: "PLAN" })));
    expect(error.reason).toBe("not-owned");
    expect(error.text.fr).toContain("La feuille « Plan » vous appartient");
    expect(await workbook.listTables()).toEqual([]);
  });

  it("refuses to grow its table over the user's cell below it, and leaves both as they were", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable(scores([["Acme", 1]]));
    workbook.addUserCell("Plan", 4, 1, "keep me");
    await workbook.writeTable(
      scores([
        ["Acme", 1],
        ["Globex", 2],
        ["Initech", 3],
      ]),
    );
    const error = await rejection(
      workbook.writeTable(
        scores([
          ["a", 1],
          ["b", 2],
          ["c", 3],
          ["d", 4],
        ]),
      ),
    );
    expect(error.reason).toBe("not-owned");
    expect(workbook.userCell("Plan", 4, 1)).toBe("keep me");
    expect((await workbook.readTable("Scores"))?.rowCount).toBe(3);
  });

  it("puts a second table beside the first on its own sheet, and stops the first from growing into it", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable(scores([["Acme", 1]]));
    await workbook.writeTable({
      name: "Owners",
      sheet: "Plan",
      columns: [{ header: "CSM" }],
      rows: [["Ana"]],
    });
    await workbook.writeTable(
      scores([
        ["Acme", 1],
        ["Globex", 2],
        ["Initech", 3],
      ]),
    );
    const wider = scores([["Acme", 1]], {
      columns: [{ header: "A" }, { header: "B" }, { header: "C" }, { header: "D" }],
    });
    const error = await rejection(workbook.writeTable({ ...wider, rows: [["Acme", 1, 2, 3]] }));
    expect(error.reason).toBe("not-owned");
    expect((await workbook.readTable("Owners"))?.rows).toEqual([["Ana"]]);
  });

  it("keeps formula columns as formula text in every row, ignoring the values given for them", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable({
      name: "Ratios",
      sheet: "Plan",
      columns: [{ header: "Time" }, { header: "Value" }, { header: "Ratio", formula: "=[@Time]/[@Value]" }],
      rows: [
        [2, 4, 99],
        [3, 6, null],
      ],
    });
    expect((await workbook.readTable("Ratios"))?.rows).toEqual([
      [2, 4, "=[@Time]/[@Value]"],
      [3, 6, "=[@Time]/[@Value]"],
    ]);
  });

  it("reads blanks back as null, whether written as null or as empty text", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable(scores([["", null]]));
    expect((await workbook.readTable("Scores"))?.rows).toEqual([[null, null]]);
  });

  it("keeps its own copy of the rows it was given and of those it returns", async () => {
    const workbook = new MemoryWorkbook();
    const rows: CellValue[][] = [["Acme", 1]];
    await workbook.writeTable(scores(rows));
    (rows[0] as CellValue[])[1] = 999;
    const read = await workbook.readTable("Scores");
    (read?.rows[0] as CellValue[])[1] = 555;
    expect((await workbook.readTable("Scores"))?.rows).toEqual([["Acme", 1]]);
  });

  it("refuses rows of the wrong length and names Excel refuses, writing nothing", async () => {
    const workbook = new MemoryWorkbook();
    expect((await rejection(workbook.writeTable(scores([["Acme"]])))).reason).toBe("invalid-shape");
    expect((await rejection(workbook.writeTable(scores([], { name: "R1C1" })))).reason).toBe("invalid-name");
    expect((await rejection(workbook.writeTable(scores([], { sheet: "a:b" })))).reason).toBe("invalid-name");
    expect(workbook.sheetNames()).toEqual([]);
  });

  it("returns undefined for a table that does not exist", async () => {
    expect(await new MemoryWorkbook().readTable("Scores")).toBeUndefined();
  });
});

describe("an unreadable ownership record in the memory workbook", () => {
  it("is reported, not thrown, and the add-in then owns nothing", async () => {
    const workbook = new MemoryWorkbook({ settings: { [OWNERSHIP_SETTING]: "{broken" } });
    workbook.addUserTable({ name: "Scores", sheet: "Plan", headers: ["Account", "ARR"], rows: [] });
    const problem = await workbook.ownershipProblem();
    expect(problem?.reason).toBe("unreadable");
    expect(problem?.text.en).toContain("treats every existing sheet, table and name as yours");
    expect(await workbook.listTables()).toEqual([
      { name: "Scores", sheet: "Plan", headers: ["Account", "ARR"], rowCount: 0, owned: false },
    ]);
    const refused = await rejection(workbook.writeTable(scores([["Acme", 1]])));
    expect(refused.reason).toBe("not-owned");
    expect(refused.text.fr).toContain("n'a pas pu lire son registre");
  });

  it("is set aside, not lost, when the add-in next records something", async () => {
    const workbook = new MemoryWorkbook({ settings: { [OWNERSHIP_SETTING]: "{broken" } });
    await workbook.writeTable(scores([["Acme", 1]], { sheet: "Fresh" }));
    expect(await workbook.getSetting("csmkit.owned.unreadable")).toBe("{broken");
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBe(
      '{"version":1,"sheets":["Fresh"],"tables":["Scores"],"names":[]}',
    );
    expect(await workbook.ownershipProblem()).toBeUndefined();
  });
});

describe("names and settings in the memory workbook", () => {
  it("creates, reads and updates its own defined names", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.setName("Target", "=Plan!$B$2");
    expect(await workbook.getName("TARGET")).toBe("=Plan!$B$2");
    await workbook.setName("target", "=Plan!$C$2");
    expect(await workbook.getName("Target")).toBe("=Plan!$C$2");
    expect(await workbook.getName("Other")).toBeUndefined();
  });

  it("refuses a user's defined name and leaves it unchanged", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserName("Budget", "=Data!$A$1");
    expect((await rejection(workbook.setName("budget", "=1"))).reason).toBe("not-owned");
    expect(await workbook.getName("Budget")).toBe("=Data!$A$1");
  });

  it("keeps tables and defined names in one namespace, as Excel does", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable(scores([]));
    expect((await rejection(workbook.setName("Scores", "=1"))).reason).toBe("invalid-name");
    await workbook.setName("Target", "=1");
    expect((await rejection(workbook.writeTable(scores([], { name: "Target" })))).reason).toBe(
      "invalid-name",
    );
  });

  it("saves and reads settings, and refuses to let anyone overwrite its ownership record", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.setSetting("csmkit.plan", '{"cells":[]}');
    expect(await workbook.getSetting("csmkit.plan")).toBe('{"cells":[]}');
    expect(await workbook.getSetting("absent")).toBeUndefined();
    const refused = await rejection(workbook.setSetting(OWNERSHIP_SETTING, "{}"));
    expect(refused.reason).toBe("invalid-name");
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBeUndefined();
  });
});

describe("charts in the memory workbook", () => {
  const growth: ChartSpec = {
    name: "Growth",
    kind: "scatter",
    title: "ARR by account",
    x: "Account",
    series: [{ name: "ARR", column: "ARR", colour: "#1F77B4" }],
    axes: { y: "ARR" },
  };
  const chartsOf = (workbook: MemoryWorkbook) =>
    workbook.contents().sheets.flatMap((sheet) => sheet.tables.flatMap((table) => table.charts));

  it("keeps a table's charts with it, as given", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable(scores([["Acme", 1]], { charts: [growth] }));
    expect(chartsOf(workbook)).toEqual([growth]);
  });

  it("replaces a chart of the same name on a rerun, and keeps the others while their columns remain", async () => {
    const workbook = new MemoryWorkbook();
    const other: ChartSpec = { ...growth, name: "Other", title: "Kept" };
    await workbook.writeTable(scores([["Acme", 1]], { charts: [growth, other] }));
    const retitled = { ...growth, title: "ARR, again" };
    await workbook.writeTable(scores([["Acme", 2]], { charts: [retitled] }));
    expect(chartsOf(workbook)).toEqual([other, retitled]);
    await workbook.writeTable(
      scores([["Acme", 2]], { columns: [{ header: "Account" }, { header: "Seats" }] }),
    );
    expect(chartsOf(workbook)).toEqual([]);
  });

  it("refuses charts Excel would refuse, as the Excel adapter does, and writes nothing", async () => {
    const workbook = new MemoryWorkbook();
    const error = await rejection(workbook.writeTable(scores([], { charts: [{ ...growth, x: "Missing" }] })));
    expect(error.reason).toBe("invalid-shape");
    expect(error.text.fr).toContain("« Missing »");
    expect(workbook.sheetNames()).toEqual([]);
  });
});

describe("the memory workbook's contents", () => {
  it("gives every sheet with its tables where they sit, its loose cells, and the defined names", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({ name: "Raw", sheet: "Data", headers: ["Id"], rows: [[7]], row: 2, column: 1 });
    workbook.addUserCell("Data", 9, 0, "note");
    workbook.addUserCell("Data", 0, 3, 42);
    await workbook.writeTable({
      name: "Ratios",
      sheet: "Plan",
      columns: [{ header: "Time" }, { header: "Ratio", formula: "=[@Time]/2", numberFormat: "0.0" }],
      rows: [
        [2, 99],
        [3, null],
      ],
    });
    await workbook.writeTable({
      name: "Owners",
      sheet: "Plan",
      columns: [{ header: "CSM" }],
      rows: [["Ana"]],
    });
    await workbook.setName("Target", "=Plan!$A$2");
    workbook.addUserName("Budget", "=Data!$B$4");
    expect(workbook.contents()).toEqual({
      sheets: [
        {
          name: "Data",
          tables: [
            {
              name: "Raw",
              row: 2,
              column: 1,
              columns: [{ header: "Id" }],
              rows: [[7]],
              charts: [],
              owned: false,
            },
          ],
          cells: [
            { row: 0, column: 3, value: 42 },
            { row: 9, column: 0, value: "note" },
          ],
        },
        {
          name: "Plan",
          tables: [
            {
              name: "Ratios",
              row: 0,
              column: 0,
              columns: [{ header: "Time" }, { header: "Ratio", formula: "=[@Time]/2", numberFormat: "0.0" }],
              rows: [
                [2, null],
                [3, null],
              ],
              charts: [],
              owned: true,
            },
            {
              name: "Owners",
              row: 0,
              column: 3,
              columns: [{ header: "CSM" }],
              rows: [["Ana"]],
              charts: [],
              owned: true,
            },
          ],
          cells: [],
        },
      ],
      names: [
        { name: "Target", formula: "=Plan!$A$2" },
        { name: "Budget", formula: "=Data!$B$4" },
      ],
    });
  });

  it("shares nothing with the workbook", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable(scores([["Acme", 1]]));
    const contents = workbook.contents();
    ((contents.sheets[0]?.tables[0]?.rows[0] ?? []) as CellValue[])[1] = 999;
    expect((await workbook.readTable("Scores"))?.rows).toEqual([["Acme", 1]]);
  });
});

describe("writing then reading back (property)", () => {
  const cell = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)),
    fc.boolean(),
    fc.constant(null),
  );
  const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 25 }),
    }),
  );
  const write = ({ columns, rows }: { columns: number; rows: CellValue[][] }): TableWrite => ({
    name: "Random",
    sheet: "Plan",
    columns: Array.from({ length: columns }, (_, index) => ({ header: `Column ${index + 1}` })),
    rows,
  });

  it("gives back the rows it was given, for any table", async () => {
    await fc.assert(
      fc.asyncProperty(table, async (contents) => {
        const workbook = new MemoryWorkbook();
        await workbook.writeTable(write(contents));
        expect((await workbook.readTable("Random"))?.rows).toEqual(contents.rows);
      }),
    );
  });

  it("gives back the second table's rows after an update in place, for any two tables", async () => {
    await fc.assert(
      fc.asyncProperty(table, table, async (first, second) => {
        const workbook = new MemoryWorkbook();
        await workbook.writeTable(write(first));
        await workbook.writeTable(write(second));
        expect((await workbook.readTable("Random"))?.rows).toEqual(second.rows);
        expect(await workbook.listTables()).toHaveLength(1);
      }),
    );
  });
});

describe("reading computed values in the memory workbook", () => {
  it("reads a formula column as null in values mode, as it computes no formulas", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeTable({
      name: "Ratios",
      sheet: "Plan",
      columns: [{ header: "Time" }, { header: "Value" }, { header: "Ratio", formula: "=[@Time]/[@Value]" }],
      rows: [
        [2, 4, null],
        ["=not a formula", 6, null],
      ],
    });
    expect((await workbook.readTable("Ratios", "values"))?.rows).toEqual([
      [2, 4, null],
      ["=not a formula", 6, null],
    ]);
    expect((await workbook.readTable("Ratios", "formulas"))?.rows).toEqual([
      [2, 4, "=[@Time]/[@Value]"],
      ["=not a formula", 6, "=[@Time]/[@Value]"],
    ]);
  });
});

describe("the selection in the memory workbook", () => {
  it("has none to read, as the standalone planner imports files instead", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserCell("Accounts", 0, 0, "Account");
    expect(await workbook.readSelection()).toBeUndefined();
  });
});

describe("adding a formula column in the memory workbook", () => {
  const TIER = {
    header: "Tier",
    formula: "=INDEX(CSMKit_Segments[Tier],MATCH([@Account],CSMKit_Segments[Account],0))",
  } as const;
  const withPortfolio = (): MemoryWorkbook => {
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({
      name: "Portfolio",
      sheet: "Accounts",
      headers: ["Account", "ARR"],
      rows: [
        ["Acme", 1200],
        ["Globex", 800],
      ],
    });
    workbook.addUserCell("Accounts", 1, 5, "note");
    return workbook;
  };

  it("adds the column to the user's table, records it, and reads it back as a formula", async () => {
    const workbook = withPortfolio();
    const info = await workbook.appendColumn("PORTFOLIO", { ...TIER, numberFormat: "@" });
    expect(info).toEqual({
      name: "Portfolio",
      sheet: "Accounts",
      headers: ["Account", "ARR", "Tier"],
      rowCount: 2,
      owned: false,
    });
    expect((await workbook.readTable("Portfolio"))?.rows).toEqual([
      ["Acme", 1200, TIER.formula],
      ["Globex", 800, TIER.formula],
    ]);
    expect((await workbook.readTable("Portfolio", "values"))?.rows).toEqual([
      ["Acme", 1200, null],
      ["Globex", 800, null],
    ]);
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBe(
      '{"version":1,"sheets":[],"tables":[],"names":[],"columns":[{"table":"Portfolio","header":"Tier"}]}',
    );
    expect(workbook.userCell("Accounts", 1, 5)).toBe("note");
    expect(workbook.contents().sheets[0]?.tables[0]).toEqual({
      name: "Portfolio",
      row: 0,
      column: 0,
      columns: [{ header: "Account" }, { header: "ARR" }, { ...TIER, numberFormat: "@" }],
      rows: [
        ["Acme", 1200, null],
        ["Globex", 800, null],
      ],
      charts: [],
      owned: false,
    });
  });

  it("exports the added column as a formula column of the user's table", async () => {
    const workbook = withPortfolio();
    await workbook.writeTable({
      name: "CSMKit_Segments",
      sheet: "Segments",
      columns: [{ header: "Account" }, { header: "Tier" }],
      rows: [
        ["Acme", "Gold"],
        ["Globex", "Silver"],
      ],
    });
    await workbook.appendColumn("Portfolio", TIER);
    const { bytes } = await workbookToXlsx(workbook.contents());
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(bytes.buffer as ArrayBuffer);
    const cell = file.getWorksheet("Accounts")?.getCell("C2");
    expect(cell?.formula).toBe(
      "INDEX(CSMKit_Segments[[Tier]],MATCH(Portfolio[[#This Row],[Account]],CSMKit_Segments[[Account]],0))",
    );
    expect(file.getWorksheet("Accounts")?.getCell("C1").value).toBe("Tier");
  });

  it("updates the formula of the column it added on a rerun, and nothing else", async () => {
    const workbook = withPortfolio();
    await workbook.appendColumn("Portfolio", { ...TIER, numberFormat: "@" });
    const record = await workbook.getSetting(OWNERSHIP_SETTING);
    const info = await workbook.appendColumn("Portfolio", { header: "tier", formula: "=1" });
    expect(info.headers).toEqual(["Account", "ARR", "Tier"]);
    expect((await workbook.readTable("Portfolio"))?.rows).toEqual([
      ["Acme", 1200, "=1"],
      ["Globex", 800, "=1"],
    ]);
    expect(workbook.contents().sheets[0]?.tables[0]?.columns[2]).toEqual({
      header: "Tier",
      formula: "=1",
      numberFormat: "@",
    });
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBe(record);
  });

  it("refuses a table that does not exist", async () => {
    const error = await rejection(withPortfolio().appendColumn("Missing", TIER));
    expect(error.reason).toBe("not-found");
    expect(error.text.fr).toContain("« Missing »");
  });

  it("refuses a header that is a column of the user's, and leaves the table as it was", async () => {
    const workbook = withPortfolio();
    const error = await rejection(workbook.appendColumn("Portfolio", { header: "arr", formula: "=1" }));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain('already has a column "ARR", which is yours');
    expect((await workbook.readTable("Portfolio"))?.rows).toEqual([
      ["Acme", 1200],
      ["Globex", 800],
    ]);
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBeUndefined();
  });

  it("refuses a column that would cover a cell or a table that is not its own", async () => {
    const workbook = withPortfolio();
    workbook.addUserCell("Accounts", 2, 2, "mine");
    const error = await rejection(workbook.appendColumn("Portfolio", TIER));
    expect(error.reason).toBe("not-owned");
    expect(error.text.en).toContain("would cover cells that are not its own");
    expect((await workbook.listTables())[0]?.headers).toEqual(["Account", "ARR"]);

    const beside = new MemoryWorkbook();
    beside.addUserTable({ name: "Left", sheet: "Data", headers: ["A"], rows: [[1]] });
    beside.addUserTable({ name: "Right", sheet: "Data", headers: ["B"], rows: [[2]], column: 1 });
    expect((await rejection(beside.appendColumn("Left", TIER))).reason).toBe("not-owned");
  });

  it("refuses a blank or overlong header and a formula without =", async () => {
    const workbook = withPortfolio();
    const refusals = await Promise.all([
      rejection(workbook.appendColumn("Portfolio", { header: "", formula: "=1" })),
      rejection(workbook.appendColumn("Portfolio", { header: "x".repeat(256), formula: "=1" })),
      rejection(workbook.appendColumn("Portfolio", { header: "Tier", formula: "1" })),
    ]);
    expect(refusals.map((error) => error.reason)).toEqual(["invalid-name", "invalid-name", "invalid-shape"]);
  });

  it("refuses to grow a table that reaches the sheet's last column", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({ name: "Edge", sheet: "Data", headers: ["A"], rows: [[1]], column: 16_383 });
    expect((await rejection(workbook.appendColumn("Edge", TIER))).reason).toBe("invalid-shape");
  });

  it("reads an ownership record written before columns existed, and keeps what it lists", async () => {
    const old = '{"version":1,"sheets":["Plan"],"tables":["Scores"],"names":[]}';
    const workbook = new MemoryWorkbook({ settings: { [OWNERSHIP_SETTING]: old } });
    workbook.addUserTable({ name: "Portfolio", sheet: "Accounts", headers: ["Account"], rows: [["Acme"]] });
    await workbook.appendColumn("Portfolio", TIER);
    expect(await workbook.getSetting(OWNERSHIP_SETTING)).toBe(
      '{"version":1,"sheets":["Plan"],"tables":["Scores"],"names":[],' +
        '"columns":[{"table":"Portfolio","header":"Tier"}]}',
    );
    expect(await workbook.ownershipProblem()).toBeUndefined();
  });
});
