import { describe, expect, it } from "vitest";
import * as excelCells from "../../addin/excel-cells";
import * as ownership from "../../addin/ownership";
import * as tableLayout from "../../addin/table-layout";
import { boxContains, leftoverBoxes, placeBeside, tableBox } from "../../addin/table-layout";
import {
  decideName,
  decideWrite,
  excelNameProblem,
  growthProblem,
  isOwned,
  NO_OWNERSHIP,
  readOwnership,
  sheetNameProblem,
  tableWriteProblem,
  withOwned,
  writeOwnership,
  wrongSheetProblem,
  type OwnershipReading,
} from "../../addin/ownership";
import type { TableWrite } from "../../addin/workbook-port";
import excelCellsSource from "../../addin/excel-cells.ts?raw";
import ownershipSource from "../../addin/ownership.ts?raw";
import tableLayoutSource from "../../addin/table-layout.ts?raw";

const owning = (registry: Partial<ownership.OwnershipRegistry>): OwnershipReading => ({
  registry: { ...NO_OWNERSHIP, ...registry },
  problem: undefined,
});

const table = (overrides: Partial<TableWrite> = {}): TableWrite => ({
  name: "Scores",
  sheet: "Plan",
  columns: [{ header: "Account" }, { header: "ARR", numberFormat: "#,##0" }],
  rows: [
    ["Acme", 1200],
    ["Globex", null],
  ],
  ...overrides,
});

describe("the ownership record", () => {
  it("owns nothing when nothing is recorded yet, and reports no problem", () => {
    expect(readOwnership(undefined)).toEqual({
      registry: { version: 1, sheets: [], tables: [], names: [] },
      problem: undefined,
    });
    expect(readOwnership(null).problem).toBeUndefined();
  });

  it("reads a version-1 record stored as JSON text or as an object", () => {
    const expected = { version: 1, sheets: ["Plan"], tables: ["Scores", "Owners"], names: ["Target"] };
    expect(
      readOwnership('{"version":1,"sheets":["Plan"],"tables":["Scores","Owners"],"names":["Target"]}')
        .registry,
    ).toEqual(expected);
    expect(
      readOwnership({ version: 1, sheets: ["Plan"], tables: ["Scores", "Owners"], names: ["Target"] }),
    ).toEqual({
      registry: expected,
      problem: undefined,
    });
  });

  it.each([
    ["text that is not JSON", "{not json"],
    ["a later version", '{"version":2,"sheets":[],"tables":[],"names":[]}'],
    ["a list where names are expected", '{"version":1,"sheets":[],"tables":[7],"names":[]}'],
    ["a missing list", '{"version":1,"sheets":[],"tables":[]}'],
    ["added columns that are not a list", '{"version":1,"sheets":[],"tables":[],"names":[],"columns":{}}'],
    [
      "an added column without its header",
      '{"version":1,"sheets":[],"tables":[],"names":[],"columns":[{"table":"T"}]}',
    ],
    [
      "an added column given as a list",
      '{"version":1,"sheets":[],"tables":[],"names":[],"columns":[["T","Tier"]]}',
    ],
    ["JSON null", "null"],
    ["an array", "[]"],
    ["a number", 42],
  ])("reports %s as unreadable and owns nothing, without throwing", (_, stored) => {
    const reading = readOwnership(stored);
    expect(reading.registry).toEqual({ version: 1, sheets: [], tables: [], names: [] });
    expect(reading.problem?.reason).toBe("unreadable");
    expect(reading.problem?.text.en).toContain('"csmkit.owned"');
    expect(reading.problem?.text.en).toContain("will not change them");
    expect(reading.problem?.text.fr).toContain("« csmkit.owned »");
  });

  it("drops keys it does not know and reads an empty list of added columns as none", () => {
    expect(
      readOwnership('{"version":1,"sheets":["Plan"],"tables":[],"names":[],"columns":[],"extra":true}')
        .registry,
    ).toEqual({ version: 1, sheets: ["Plan"], tables: [], names: [] });
  });

  it("writes the record as JSON that reads back", () => {
    const text = writeOwnership({ version: 1, sheets: ["Plan"], tables: ["Scores"], names: [] });
    expect(text).toBe('{"version":1,"sheets":["Plan"],"tables":["Scores"],"names":[]}');
    expect(readOwnership(text).registry.tables).toEqual(["Scores"]);
  });

  it("compares names ignoring case, as Excel does", () => {
    const registry = { ...NO_OWNERSHIP, tables: ["Scores"], sheets: ["Été"] };
    expect(isOwned(registry, "tables", "SCORES")).toBe(true);
    expect(isOwned(registry, "sheets", "ÉTÉ")).toBe(true);
    expect(isOwned(registry, "sheets", "Scores")).toBe(false);
    expect(isOwned(registry, "names", "Scores")).toBe(false);
  });

  it("records a name once, whatever its case, without changing the registry it was given", () => {
    const before = { ...NO_OWNERSHIP, tables: ["Scores"] };
    expect(withOwned(before, "tables", "scores")).toBe(before);
    const after = withOwned(before, "tables", "Owners");
    expect(after.tables).toEqual(["Scores", "Owners"]);
    expect(before.tables).toEqual(["Scores"]);
  });
});

describe("Excel's naming rules", () => {
  it.each(["Scores", "_scores", "\\Scores", "Score.2025", "Été_2025", "XFE1", "A1B", "TAX", "a".repeat(255)])(
    "accepts %s as a table name",
    (name) => {
      expect(excelNameProblem(name, "table")).toBeUndefined();
    },
  );

  it.each([
    ["an empty name", ""],
    ["a leading digit", "2025Scores"],
    ["a space", "My Scores"],
    ["a hyphen", "Scores-2025"],
    ["a backslash after the first character", "Sc\\ores"],
    ["a cell reference", "A1"],
    ["the last cell", "xfd1048576"],
    ["a cell reference that reads like a word", "TAX2025"],
    ["an R1C1 reference", "R1C1"],
    ["a bare R", "r"],
    ["a bare C", "C"],
    ["RC", "RC"],
    ["a row in R1C1", "R2"],
    ["a column in R1C1", "C15"],
    ["256 characters", "a".repeat(256)],
  ])("refuses %s as a table name", (_, name) => {
    const error = excelNameProblem(name, "table");
    expect(error?.reason).toBe("invalid-name");
    expect(error?.text.en.length).toBeGreaterThan(20);
    expect(error?.text.fr.length).toBeGreaterThan(20);
  });

  it("tells the person how to fix a name with spaces", () => {
    expect(excelNameProblem("My Scores", "table")?.text.en).toBe(
      '"My Scores" cannot be a table name in Excel: start with a letter or _ and use only letters, digits, _ and . ' +
        "(no spaces). Rename it, for example with _ instead of spaces.",
    );
  });

  it.each(["Plan", "Plan 2025", "Été", "a".repeat(31), "Plan (copy)"])(
    "accepts %s as a sheet name",
    (name) => {
      expect(sheetNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    ["an empty name", ""],
    ["a blank name", "   "],
    ["32 characters", "a".repeat(32)],
    ["[", "Plan[1]"],
    [":", "Plan:2025"],
    ["*", "Plan*"],
    ["?", "Plan?"],
    ["/", "Plan/2025"],
    ["\\", "Plan\\2025"],
    ["a leading apostrophe", "'Plan"],
    ["a trailing apostrophe", "Plan'"],
    ["History, which Excel reserves", "history"],
  ])("refuses %s as a sheet name", (_, name) => {
    expect(sheetNameProblem(name)?.reason).toBe("invalid-name");
  });
});

describe("the shape of a table write", () => {
  it("accepts one value per column on every row", () => {
    expect(tableWriteProblem(table())).toBeUndefined();
    expect(tableWriteProblem(table({ rows: [] }))).toBeUndefined();
  });

  it("refuses a row with too few values and says which row", () => {
    const error = tableWriteProblem(table({ rows: [["Acme", 1], ["Globex"]] }));
    expect(error?.reason).toBe("invalid-shape");
    expect(error?.text.en).toBe(
      'Row 2 of the table "Scores" has 1 values but the table has 2 columns; give every row one value per column (null for a blank).',
    );
    expect(error?.text.fr).toContain(
      "La ligne 2 du tableau « Scores » a 1 valeurs mais le tableau a 2 colonnes",
    );
  });

  it("refuses a row with too many values", () => {
    expect(tableWriteProblem(table({ rows: [["Acme", 1, 2]] }))?.reason).toBe("invalid-shape");
  });

  it("refuses a table without columns", () => {
    expect(tableWriteProblem(table({ columns: [], rows: [] }))?.reason).toBe("invalid-shape");
  });

  it.each([
    ["not a number", Number.NaN],
    ["infinite", Number.POSITIVE_INFINITY],
    ["text too long for a cell", "x".repeat(32_768)],
  ])("refuses a value that is %s", (_, value) => {
    const error = tableWriteProblem(table({ rows: [["Acme", value]] }));
    expect(error?.reason).toBe("invalid-shape");
    expect(error?.text.en).toContain('Row 1, column "ARR"');
  });

  it("refuses two headers that differ only by case", () => {
    const error = tableWriteProblem(table({ columns: [{ header: "ARR" }, { header: "arr" }], rows: [] }));
    expect(error?.reason).toBe("invalid-name");
    expect(error?.text.en).toContain('two columns named "arr"');
  });

  it("refuses a blank header", () => {
    expect(tableWriteProblem(table({ columns: [{ header: " " }], rows: [] }))?.reason).toBe("invalid-name");
  });

  it("refuses a column formula that does not start with =", () => {
    const columns = [{ header: "Ratio", formula: "[@A]/[@B]" }];
    expect(tableWriteProblem(table({ columns, rows: [[null]] }))?.reason).toBe("invalid-shape");
  });

  it("refuses a bad table or sheet name before looking at the rows", () => {
    expect(tableWriteProblem(table({ name: "My table", rows: [[1]] }))?.reason).toBe("invalid-name");
    expect(tableWriteProblem(table({ sheet: "Plan/2025" }))?.reason).toBe("invalid-name");
  });
});

describe("deciding what a write may do", () => {
  const nothing = { sheet: undefined, table: undefined, definedName: false };

  it("creates the table and its sheet when neither exists", () => {
    expect(decideWrite(table(), owning({}), nothing)).toEqual({
      action: "create",
      sheet: "Plan",
      createSheet: true,
    });
  });

  it("creates the table on a sheet the add-in owns, spelled as the workbook spells it", () => {
    expect(decideWrite(table(), owning({ sheets: ["PLAN"] }), { ...nothing, sheet: "PLAN" })).toEqual({
      action: "create",
      sheet: "PLAN",
      createSheet: false,
    });
  });

  it("updates the table in place when the add-in owns it", () => {
    expect(
      decideWrite(table(), owning({ tables: ["scores"] }), { ...nothing, sheet: "Plan", table: "scores" }),
    ).toEqual({ action: "update", table: "scores" });
  });

  it("refuses a user's table of the same name", () => {
    const decision = decideWrite(table(), owning({ sheets: ["Plan"] }), {
      ...nothing,
      sheet: "Plan",
      table: "SCORES",
    });
    expect(decision.action).toBe("refuse");
    if (decision.action !== "refuse") return;
    expect(decision.error.reason).toBe("not-owned");
    expect(decision.error.text.en).toBe(
      'The table "SCORES" is yours, not CSM Kit\'s, so CSM Kit will not change it. Choose another name in CSM Kit, ' +
        "or rename or delete your table, then run again.",
    );
  });

  it("refuses a user's sheet of the same name", () => {
    const decision = decideWrite(table(), owning({}), { ...nothing, sheet: "plan" });
    expect(decision.action === "refuse" && decision.error.text.fr).toBe(
      "La feuille « plan » vous appartient et non à CSM Kit, qui ne la modifiera pas. Choisissez un autre nom dans " +
        "CSM Kit, ou renommez ou supprimez votre élément, puis relancez.",
    );
  });

  it("refuses an existing table when the record is unreadable, and says why", () => {
    const unreadable = readOwnership("{oops");
    const decision = decideWrite(table(), unreadable, { ...nothing, sheet: "Plan", table: "Scores" });
    expect(decision.action === "refuse" && decision.error.reason).toBe("not-owned");
    expect(decision.action === "refuse" && decision.error.text.en).toContain("could not read its record");
  });

  it("still creates a new table on a new sheet when the record is unreadable", () => {
    expect(decideWrite(table(), readOwnership("{oops"), nothing).action).toBe("create");
  });

  it("refuses a table name already used by a defined name", () => {
    const decision = decideWrite(table(), owning({}), { ...nothing, definedName: true });
    expect(decision.action === "refuse" && decision.error.reason).toBe("invalid-name");
  });

  it("refuses to update its table on another sheet than the one asked for", () => {
    expect(wrongSheetProblem(table(), "PLAN")).toBeUndefined();
    expect(wrongSheetProblem(table(), "Archive")?.text.en).toContain('is on the sheet "Archive", not "Plan"');
  });

  it("creates, updates or refuses a defined name", () => {
    expect(decideName("Target", owning({}), { exists: false, table: false })).toBe("create");
    expect(decideName("Target", owning({ names: ["TARGET"] }), { exists: true, table: false })).toBe(
      "update",
    );
    const users = decideName("Target", owning({}), { exists: true, table: false });
    expect(users instanceof Error && users.reason).toBe("not-owned");
    const table = decideName("Scores", owning({}), { exists: false, table: true });
    expect(table instanceof Error && table.reason).toBe("invalid-name");
    const reference = decideName("B2", owning({}), { exists: false, table: false });
    expect(reference instanceof Error && reference.reason).toBe("invalid-name");
  });
});

describe("laying tables out", () => {
  it("gives a table a header row and at least one data row", () => {
    expect(tableBox(3, 2, 10, 4)).toEqual({ row: 3, column: 2, rowCount: 11, columnCount: 4 });
    expect(tableBox(0, 0, 0, 4)).toEqual({ row: 0, column: 0, rowCount: 2, columnCount: 4 });
  });

  it("puts a new table at A1 of an empty sheet, else one blank column right of what is there", () => {
    expect(placeBeside(undefined, 2, 3)).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 3 });
    expect(placeBeside({ row: 4, column: 1, rowCount: 2, columnCount: 3 }, 2, 3)).toEqual({
      row: 0,
      column: 5,
      rowCount: 3,
      columnCount: 3,
    });
    expect(placeBeside({ row: 0, column: 0, rowCount: 1, columnCount: 16_380 }, 1, 4)).toBeUndefined();
  });

  it("tells whether one rectangle lies inside another", () => {
    const outer = { row: 0, column: 0, rowCount: 5, columnCount: 4 };
    expect(boxContains(outer, { row: 4, column: 3, rowCount: 1, columnCount: 1 })).toBe(true);
    expect(boxContains(outer, { row: 5, column: 0, rowCount: 1, columnCount: 1 })).toBe(false);
  });

  it("clears the rows and columns a shrinking table leaves behind, and nothing when it grows", () => {
    const old = { row: 2, column: 1, rowCount: 6, columnCount: 4 };
    expect(leftoverBoxes(old, { row: 2, column: 1, rowCount: 3, columnCount: 2 })).toEqual([
      { row: 5, column: 1, rowCount: 3, columnCount: 4 },
      { row: 2, column: 3, rowCount: 3, columnCount: 2 },
    ]);
    expect(leftoverBoxes(old, { row: 2, column: 1, rowCount: 9, columnCount: 5 })).toEqual([]);
  });

  it("refuses growth over cells outside the table, and allows it over empty ones", () => {
    const current = { row: 0, column: 0, rowCount: 3, columnCount: 2 };
    expect(growthProblem(table(), current, undefined)).toBeUndefined();
    expect(
      growthProblem(table(), current, { row: 0, column: 0, rowCount: 2, columnCount: 2 }),
    ).toBeUndefined();
    const blocked = growthProblem(table(), current, { row: 0, column: 0, rowCount: 6, columnCount: 2 });
    expect(blocked?.reason).toBe("not-owned");
    expect(blocked?.text.en).toContain("Move that content (or the table) away, then run again.");
  });
});

// Every worked example in the TSDoc of the pure addin/ modules runs here, so the docs cannot drift.
describe.each([
  ["ownership.ts", ownershipSource, ownership],
  ["table-layout.ts", tableLayoutSource, tableLayout],
  ["excel-cells.ts", excelCellsSource, excelCells],
])("documented examples in addin/%s", (_, source, module) => {
  const examples = [...source.matchAll(/@example\n((?:\s*\*(?! \/\/=>).*\n)+?)\s*\* \/\/=> (.*)\n/g)].map(
    (match) => ({
      code: (match[1] ?? "").replace(/^\s*\* ?/gm, "").trim(),
      expected: match[2] ?? "",
    }),
  );
  const exported = [...source.matchAll(/^export function (\w+)/gm)].map((match) => match[1]);

  it("has a worked example for every exported function", () => {
    const documented = new Set(examples.map(({ code }) => /^(\w+)\(/.exec(code)?.[1]));
    expect(exported.filter((name) => !documented.has(name))).toEqual([]);
  });

  it.each(examples)("$code gives $expected", ({ code, expected }) => {
    const scope = module as Record<string, unknown>;
    const names = Object.keys(scope);
    const run = (text: string): unknown =>
      new Function(...names, `return (${text});`)(...names.map((name) => scope[name]));
    expect(run(code)).toEqual(run(expected));
  });
});
