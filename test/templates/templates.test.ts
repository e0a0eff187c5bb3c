// Every template, in both languages, recalculated by LibreOffice: no error value in any formula cell, nothing
// lost on the way, and the KPI workbook's results equal the functions/ modules on the same data. A PDF and a
// PNG of each land in test-results/templates/ for a person to look at.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { freeSheetNames, renameSheets } from "../../addin/xlsx-sheet-rename";
import { TEMPLATES } from "../../templates/index";
import { kpi } from "../../templates/kpi";
import { renderTemplate } from "../../templates/render";
import { convert, pngsOfPdfs } from "../support/libreoffice";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";
import { kpiReference, KPI_RESULT_NAMES, namedCell } from "./kpi-reference";
import { LANGUAGES } from "../../functions/excel/language";
import { withoutTableFormulas } from "../../xlsx/calculated-columns";

const root = join(__dirname, "../..");
const built = join(root, "dist/templates");
const results = join(root, "test-results/templates");
const recalculated = join(results, "recalculated");
const files = TEMPLATES.flatMap((t) => LANGUAGES.map((language) => `${t.name}.${language}.xlsx`));

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs 4 cannot read the calculated column formulas the tables store: read the file without them.
  await workbook.xlsx.load(withoutTableFormulas(readFileSync(path)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A defined name's cached value in a recalculated workbook. */
function named(workbook: ExcelJS.Workbook, cells: readonly CachedCell[], name: string): unknown {
  const { sheet, address } = namedCell(workbook, name);
  return cells.find((cell) => cell.sheet === sheet && cell.address === address)?.value;
}

beforeAll(() => {
  for (const file of files)
    if (!existsSync(join(built, file)))
      throw new Error(`dist/templates/${file} is missing: run npm run templates`);
  rmSync(results, { recursive: true, force: true });
  mkdirSync(recalculated, { recursive: true });
  convert(
    files.map((file) => join(built, file)),
    "xlsx",
    recalculated,
  );
  convert(
    files.map((file) => join(built, file)),
    "pdf",
    results,
  );
  pngsOfPdfs(results, 3);
});

describe.each(files)("%s", (file) => {
  it("reopens in LibreOffice and in exceljs with every sheet and formula it was written with", async () => {
    const original = await open(join(built, file));
    const reopened = await open(join(recalculated, file));
    expect(reopened.worksheets.map((s) => s.name)).toEqual(original.worksheets.map((s) => s.name));
    const before = formulaCells(join(built, file));
    expect(before.length).toBeGreaterThan(0);
    expect(formulaCells(join(recalculated, file)).map((c) => `${c.sheet}!${c.address}`)).toEqual(
      before.map((c) => `${c.sheet}!${c.address}`),
    );
    const tables = (workbook: ExcelJS.Workbook) =>
      workbook.worksheets
        .flatMap((sheet) => Object.keys((sheet as unknown as { tables: object }).tables))
        .sort();
    expect(tables(reopened)).toEqual(tables(original));
  });

  it("has no error value in any formula cell once recalculated", () => {
    const cells = formulaCells(join(recalculated, file));
    const errors = cells.filter((cell) => cell.value === undefined || typeof cell.value === "object");
    expect(errors.map((c) => `${c.sheet}!${c.address} =${c.formula} → ${JSON.stringify(c.value)}`)).toEqual(
      [],
    );
  });

  it("stores with every formula the value LibreOffice computes from the file's inputs (Protected View shows it)", () => {
    const recalculatedValues = new Map(
      formulaCells(join(recalculated, file)).map((cell) => [`${cell.sheet}!${cell.address}`, cell.value]),
    );
    const stale = formulaCells(join(built, file)).flatMap((cell) => {
      const expected = recalculatedValues.get(`${cell.sheet}!${cell.address}`);
      const same =
        typeof cell.value === "number" && typeof expected === "number"
          ? Math.abs(cell.value - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
          : cell.value !== undefined && JSON.stringify(cell.value) === JSON.stringify(expected);
      return same
        ? []
        : [
            `${cell.sheet}!${cell.address}: stored ${JSON.stringify(cell.value)}, computed ${JSON.stringify(expected)}`,
          ];
    });
    expect(
      stale,
      "after a change to a template: run npm run templates:values, commit templates/values/",
    ).toEqual([]);
  });

  it("uses no volatile function, whose stored value would go stale by itself", () => {
    const volatile = formulaCells(join(built, file)).filter((cell) =>
      /\b(TODAY|NOW|RAND|RANDBETWEEN)\(/i.test(cell.formula),
    );
    expect(volatile.map((cell) => `${cell.sheet}!${cell.address} =${cell.formula}`)).toEqual([]);
  });

  it("is rendered to PDF and PNG for a person to look at", () => {
    const base = file.replace(/\.xlsx$/, "");
    expect(existsSync(join(results, `${base}.pdf`))).toBe(true);
    expect(readdirSync(results).some((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))).toBe(true);
  });
});

describe.each(LANGUAGES)("kpi.%s", (language) => {
  it("computes every defined result as the functions/ modules do on the same sample data", async () => {
    const workbook = await open(join(recalculated, `kpi.${language}.xlsx`));
    const cells = formulaCells(join(recalculated, `kpi.${language}.xlsx`));
    const expected = kpiReference(await open(join(built, `kpi.${language}.xlsx`)));
    for (const name of KPI_RESULT_NAMES) {
      const actual = named(workbook, cells, name);
      expect(typeof actual, name).toBe("number");
      // 1e-9, relative to the size of the number (CLV runs into thousands; rates are below 1).
      const tolerance = 1e-9 * Math.max(1, Math.abs(expected[name]));
      expect(
        Math.abs((actual as number) - expected[name]),
        `${name}: ${String(actual)} vs ${expected[name]}`,
      ).toBeLessThanOrEqual(tolerance);
    }
  });
});

describe("the stored-value check", () => {
  it("can fail: LibreOffice recalculates a file whose stored values are wrong instead of keeping them", async () => {
    const dir = join(results, "wrong-values");
    const wrong = Object.fromEntries(
      formulaCells(join(built, "kpi.en.xlsx")).map((cell) => [`${cell.sheet}!${cell.address}`, 12345]),
    );
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "kpi.en.xlsx"), await renderTemplate(kpi, "en", wrong));
    expect(formulaCells(join(dir, "kpi.en.xlsx")).every((cell) => cell.value === 12345)).toBe(true);
    convert([join(dir, "kpi.en.xlsx")], "xlsx", join(dir, "recalculated"));
    const mrr = formulaCells(join(dir, "recalculated/kpi.en.xlsx")).find((cell) =>
      /^SUM\(Customers/.test(cell.formula),
    );
    expect(mrr?.value).toBe(
      formulaCells(join(recalculated, "kpi.en.xlsx")).find(
        (c) => c.address === mrr?.address && c.sheet === mrr.sheet,
      )?.value,
    );
    expect(mrr?.value).not.toBe(12345);
  });
});

describe("a template inserted beside sheets of the same names", () => {
  it("still computes every result once its sheets are renamed as the pane renames them", async () => {
    const original = readFileSync(join(built, "kpi.en.xlsx"));
    const sheets = (await open(join(built, "kpi.en.xlsx"))).worksheets.map((sheet) => sheet.name);
    const renamed = renameSheets(new Uint8Array(original), freeSheetNames(sheets, sheets));
    const dir = join(results, "renamed");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "kpi.en.xlsx"), renamed);
    convert([join(dir, "kpi.en.xlsx")], "xlsx", join(dir, "recalculated"));
    const cells = formulaCells(join(dir, "recalculated/kpi.en.xlsx"));
    const workbook = await open(join(dir, "recalculated/kpi.en.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(sheets.map((name) => `${name} (2)`));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((cell) => cell.value === undefined || typeof cell.value === "object")).toEqual([]);
    const expected = kpiReference(await open(join(built, "kpi.en.xlsx")));
    expect(named(workbook, cells, "NRR")).toBeCloseTo(expected.NRR, 12);
  });
});
