// The standalone planner's .xlsx export as a finance reader gets it (issue 16): a realistic French plan — ten
// actions, a roadmap of four solutions, the capacity of a team of 6 CSMs and 300 accounts, a segmented
// portfolio of 60 accounts — exported in each language, recalculated by LibreOffice, rendered to PDF and to
// CSV "as shown" under the reader's locale (fr-FR for the French file, en-US for the English one). The checks
// read what a person would see: no `###`, no error value, no text cut by the next cell (every text a visible
// cell shows is in the PDF whole, as many times as cells show it), names rather than ids, amounts in the
// plan's currency; and the formulas are live: the capacity's results and the roadmap's dates move, as a hand
// calculation says, when the inputs are changed in the file itself and LibreOffice recalculates it.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import type { TableContentsAt, WorkbookContents } from "../../addin/workbook-contents";
import { workbookToXlsx } from "../../addin/xlsx-export";
import type { Language } from "../../functions/excel/language";
import { createNotebook } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";
import { writePlan } from "../../notebook/plan/workbook";
import { convert, pngsOfPdfs } from "../support/libreoffice";
import { ACTIONS, realisticPlan } from "../support/realistic-plan";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";

const results = join(__dirname, "../../test-results/plan-export-finance");
const LANGUAGES: readonly Language[] = ["en", "fr"];
const LOCALE = { en: "en-US", fr: "fr-FR" } as const;

/** The headers the checks look for, typed here as a reader reads them. */
const HEADERS = {
  en: {
    headcount: "CSM headcount",
    loadedCost: "Loaded cost per CSM per year",
    hoursFreed: "CSM hours freed per year",
    fte: "FTE freed",
    before: "Accounts per CSM before",
    after: "Accounts per CSM after",
    payback: "Payback (months)",
    weeks: "Weeks",
    start: "Start",
    end: "End",
    oneOff: "One-off cost",
    tier: "Tier",
  },
  fr: {
    headcount: "Effectif CSM",
    loadedCost: "Coût chargé par CSM par an",
    hoursFreed: "Heures CSM libérées par an",
    fte: "ETP libérés",
    before: "Comptes par CSM avant",
    after: "Comptes par CSM après",
    payback: "Retour sur investissement (mois)",
    weeks: "Semaines",
    start: "Début",
    end: "Fin",
    oneOff: "Coût ponctuel",
    tier: "Palier",
  },
} as const;

/** Excel's serial of a calendar date (days since 1899-12-30), worked out here. */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A zero-based column number as Excel's letters. */
function letters(column: number): string {
  let n = column + 1;
  let text = "";
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

interface Exported {
  readonly contents: WorkbookContents;
  readonly file: string;
  readonly edited: string;
}

const exported = new Map<Language, Exported>();

function tableOf(contents: WorkbookContents, name: string): { sheet: string; table: TableContentsAt } {
  for (const sheet of contents.sheets)
    for (const table of sheet.tables) if (table.name === name) return { sheet: sheet.name, table };
  throw new Error(`no table ${name}`);
}

/** `Sheet!A1` of a table's data row (0-based) at a header. */
function addressOf(contents: WorkbookContents, name: string, row: number, header: string) {
  const { sheet, table } = tableOf(contents, name);
  const column = table.columns.findIndex((c) => c.header === header);
  if (column < 0) throw new Error(`no column ${header} in ${name}`);
  return { sheet, address: `${letters(table.column + column)}${table.row + 2 + row}` };
}

/** The file with numbers typed into cells, as a person would in Excel: `Sheet!A1` → value. */
function withInputs(bytes: Uint8Array, contents: WorkbookContents, inputs: Map<string, number>): Uint8Array {
  const parts = unzipSync(bytes);
  contents.sheets.forEach((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    let xml = strFromU8(parts[path] ?? new Uint8Array());
    for (const [key, value] of inputs) {
      const [name, address] = key.split("!");
      if (name !== sheet.name) continue;
      const cell = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
      if (!cell.test(xml)) throw new Error(`no cell ${key}`);
      xml = xml.replace(cell, (_, attributes: string) => {
        const style = /\ss="\d+"/.exec(attributes)?.[0] ?? "";
        return `<c r="${address}"${style}><v>${value}</v></c>`;
      });
    }
    parts[path] = strToU8(xml);
  });
  return zipSync(parts);
}

/** The 1-based columns each sheet hides, read from the exported file. */
function hiddenColumns(path: string): Map<string, Set<number>> {
  const parts = unzipSync(readFileSync(path));
  const names = [
    ...strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array()).matchAll(/<sheet [^>]*name="([^"]*)"/g),
  ].map((m) => m[1] ?? "");
  const hidden = new Map<string, Set<number>>();
  names.forEach((name, i) => {
    const xml = strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`] ?? new Uint8Array());
    const columns = new Set<number>();
    for (const col of xml.matchAll(/<col [^>]*>/g)) {
      if (!/hidden="(1|true)"/.test(col[0])) continue;
      const min = Number(/min="(\d+)"/.exec(col[0])?.[1]);
      const max = Number(/max="(\d+)"/.exec(col[0])?.[1]);
      for (let c = min; c <= max; c++) columns.add(c);
    }
    hidden.set(name, columns);
  });
  return hidden;
}

/** Every visible cell's text as shown, by sheet: CSV "as shown", hidden columns left out. */
function shownCells(language: Language): { sheet: string; row: number; column: number; text: string }[] {
  const dir = join(results, `csv-${language}`);
  const hidden = hiddenColumns(join(results, `plan.${language}.xlsx`));
  const cells: { sheet: string; row: number; column: number; text: string }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`plan.${language}-`))) {
    const sheet = file.slice(`plan.${language}-`.length, -".csv".length);
    const rows = Papa.parse<string[]>(readFileSync(join(dir, file), "utf8")).data;
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text.trim() !== "" && hidden.get(sheet)?.has(c + 1) !== true)
          cells.push({ sheet, row: r, column: c, text });
      }),
    );
  }
  return cells;
}

/** Runs of spaces (no-break and narrow ones too) and line breaks as one space. */
const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

const count = (text: string, part: string) => text.split(part).length - 1;

const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const pdfText = (language: Language) =>
  squeeze(
    execFileSync("pdftotext", [join(results, `pdf-${language}`, `plan.${language}.pdf`), "-"]).toString(),
  );

const ERROR = /^(#N\/A|#VALUE!|#REF!|#DIV\/0!|#NUM!|#NAME\?|#NULL!|Err:\d+|###)$/;

beforeAll(async () => {
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  for (const language of LANGUAGES) {
    const notebook = createNotebook(notebookKinds);
    notebook.restore(realisticPlan("2026-03-02"));
    const workbook = new MemoryWorkbook();
    const written = await writePlan(workbook, notebook.cells(), language);
    expect(written.refused).toEqual([]);
    const contents = workbook.contents();
    const { bytes } = await workbookToXlsx(contents, {
      title: "Plan",
      results: written.results,
      created: new Date(Date.UTC(2026, 0, 1)),
    });
    const file = join(results, `plan.${language}.xlsx`);
    writeFileSync(file, bytes);
    // The person's edits: 4 CSMs instead of 6, a loaded cost of 60,000 instead of 75,000, and the second
    // solution takes 10 weeks instead of 8.
    const h = HEADERS[language];
    const at = (name: string, row: number, header: string) => {
      const { sheet, address } = addressOf(contents, name, row, header);
      return `${sheet}!${address}`;
    };
    const inputs = new Map([
      [at("CSMKit_Capacity", 0, h.headcount), 4],
      [at("CSMKit_Capacity", 0, h.loadedCost), 60_000],
      [at("CSMKit_Roadmap", 1, h.weeks), 10],
    ]);
    const edited = join(results, `plan-edited.${language}.xlsx`);
    writeFileSync(edited, withInputs(bytes, contents, inputs));
    exported.set(language, { contents, file, edited });
  }
  const files = [...exported.values()].flatMap((e) => [e.file, e.edited]);
  convert(files, "xlsx", join(results, "recalculated"));
  for (const language of LANGUAGES) {
    const file = exported.get(language)?.file ?? "";
    convert([file], "csv", join(results, `csv-${language}`), LOCALE[language]);
    convert([file], "pdf", join(results, `pdf-${language}`), LOCALE[language]);
    pngsOfPdfs(join(results, `pdf-${language}`), 3);
  }
});

/** The recalculated formula cells of a file, by `Sheet!A1`. */
function recalculated(path: string): Map<string, CachedCell> {
  const name = path.split("/").pop() ?? "";
  return new Map(
    formulaCells(join(results, "recalculated", name)).map((cell) => [`${cell.sheet}!${cell.address}`, cell]),
  );
}

describe.each(LANGUAGES)("the plan exported in %s, as LibreOffice shows it", (language) => {
  const get = () => {
    const e = exported.get(language);
    if (e === undefined) throw new Error("not exported");
    return e;
  };
  const h = HEADERS[language];

  it("shows no ### and no error value anywhere on the printed pages", () => {
    const text = pdfText(language);
    expect(text.length).toBeGreaterThan(1000);
    expect(text.match(/###|#N\/A|#VALUE!|#REF!|#DIV\/0!|#NUM!|#NAME\?|Err:\d+/g)).toBeNull();
  });

  it("shows no error value in any visible cell", () => {
    const cells = shownCells(language);
    expect(cells.length).toBeGreaterThan(500);
    expect(cells.filter((cell) => ERROR.test(cell.text.trim()))).toEqual([]);
  });

  it("shows every visible cell's text whole: none is cut by the cell beside it", () => {
    const text = pdfText(language);
    const shown = new Map<string, number>();
    for (const cell of shownCells(language)) {
      const whole = squeeze(cell.text);
      shown.set(whole, (shown.get(whole) ?? 0) + 1);
    }
    // Long tier names and action names are the ones a narrow column cuts ("Grands co").
    expect(shown.get(language === "fr" ? "Entreprises intermédiaires" : "Mid-market")).toBeGreaterThan(10);
    const cut = [...shown].filter(([whole, times]) => count(text, whole) < times);
    expect(cut.map(([whole, times]) => `${whole}: ${times} cells, ${count(text, whole)} in the PDF`)).toEqual(
      [],
    );
  });

  it("names the actions, never by their ids", () => {
    const texts = shownCells(language).map((cell) => cell.text);
    for (const [id, name] of ACTIONS) {
      expect(texts).not.toContain(id);
      expect(texts).toContain(name);
    }
  });

  it("shows the amounts in the plan's currency, dollars in English and euros in French", () => {
    const texts = shownCells(language).map((cell) => squeeze(cell.text));
    // The first solution's one-off cost (4,500), the loaded cost (75,000) and a tier's threshold (150,000).
    const amounts =
      language === "fr" ? ["4 500 €", "75 000 €", "150 000 €"] : ["$4,500", "$75,000", "$150,000"];
    for (const amount of amounts) expect(texts).toContain(amount);
  });

  it("stores every formula column's formula as its table's calculated column formula", () => {
    const parts = unzipSync(readFileSync(get().file));
    const cells = formulaCells(get().file);
    const stored = new Map<string, Map<string, string>>();
    for (const [path, bytes] of Object.entries(parts)) {
      if (!/^xl\/tables\/table\d+\.xml$/.test(path)) continue;
      const xml = strFromU8(bytes);
      const columns = new Map<string, string>();
      for (const [, attributes = "", inner = ""] of xml.matchAll(
        /<tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g,
      )) {
        const formula = /<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(inner)?.[1];
        const header = /\sname="([^"]*)"/.exec(attributes)?.[1];
        if (formula !== undefined && header !== undefined)
          columns.set(unescapeXml(header), unescapeXml(formula));
      }
      stored.set(/<table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1] ?? "", columns);
    }
    let checked = 0;
    for (const sheet of get().contents.sheets)
      for (const table of sheet.tables)
        table.columns.forEach((column, c) => {
          if (column.formula === undefined || table.rows.length === 0) return;
          const address = `${letters(table.column + c)}${table.row + 2}`;
          const cell = cells.find((x) => x.sheet === sheet.name && x.address === address);
          expect(stored.get(table.name)?.get(column.header), `${table.name}[${column.header}]`).toBe(
            cell?.formula,
          );
          checked++;
        });
    expect(checked).toBeGreaterThan(20);
  });

  it("computes the capacity from the inputs beside it, and follows them when they change", () => {
    const { contents, file, edited } = get();
    const at = (name: string, header: string, row = 0) => {
      const { sheet, address } = addressOf(contents, name, row, header);
      return `${sheet}!${address}`;
    };
    const value = (cells: Map<string, CachedCell>, key: string) => {
      const cell = cells.get(key);
      expect(cell, `${key} holds a formula`).toBeDefined();
      return cell?.value as number;
    };
    // Hours freed per account: 2 + 4 + 3 × 50 % + 1.5 × 80 % = 8.7; × 300 accounts = 2,610 hours a year.
    const f = 2 + 4 + 3 * 0.5 + 1.5 * 0.8;
    const hoursFreed = f * 300;
    // One-off 4,500 + 12,000 + 8,000 + 2,500 = 27,000; monthly 120 + 400 + 250 + 300 = 1,070.
    const payback = (csmCost: number) => 27_000 / ((hoursFreed * csmCost) / 1600 / 12 - 1070);
    const before = recalculated(file);
    expect(value(before, at("CSMKit_Capacity", h.hoursFreed))).toBeCloseTo(hoursFreed, 9);
    expect(value(before, at("CSMKit_Capacity", h.fte))).toBeCloseTo(hoursFreed / 1600, 9);
    expect(value(before, at("CSMKit_Capacity", h.before))).toBeCloseTo(300 / 6, 9);
    expect(value(before, at("CSMKit_Capacity", h.after))).toBeCloseTo(((300 / 6) * 30) / (30 - f), 9);
    expect(value(before, at("CSMKit_Capacity", h.payback))).toBeCloseTo(payback(75_000), 9);
    expect(payback(75_000)).toBeCloseTo(2.9588, 4);

    const after = recalculated(edited);
    expect(value(after, at("CSMKit_Capacity", h.hoursFreed))).toBeCloseTo(hoursFreed, 9);
    expect(value(after, at("CSMKit_Capacity", h.before))).toBeCloseTo(300 / 4, 9);
    expect(value(after, at("CSMKit_Capacity", h.after))).toBeCloseTo(((300 / 4) * 30) / (30 - f), 9);
    expect(value(after, at("CSMKit_Capacity", h.payback))).toBeCloseTo(payback(60_000), 9);
    expect(payback(60_000)).toBeCloseTo(3.8102, 4);
  });

  it("chains the roadmap's dates: a longer solution moves every one after it", () => {
    const { contents, file, edited } = get();
    const dates = (path: string, header: string) => {
      const cells = recalculated(path);
      return [0, 1, 2, 3].map((row) => {
        const { sheet, address } = addressOf(contents, "CSMKit_Roadmap", row, header);
        return cells.get(`${sheet}!${address}`)?.value;
      });
    };
    // From Monday 2 March 2026: 3, 8, 6 and 2 weeks end to end.
    const start = serial(2026, 3, 2);
    expect(dates(file, h.start)).toEqual([start, start + 21, start + 77, start + 119]);
    expect(dates(file, h.end)).toEqual([start + 21, start + 77, start + 119, start + 133]);
    // The second one now takes 10 weeks: 14 days more for it and every one after it.
    expect(dates(edited, h.start)).toEqual([start, start + 21, start + 91, start + 133]);
    expect(dates(edited, h.end)).toEqual([start + 21, start + 91, start + 133, start + 147]);
    expect(start + 147).toBe(serial(2026, 7, 27));
  });

  it("has no error value in any formula cell outside the hidden chart columns", () => {
    const { file } = get();
    const hidden = hiddenColumns(file);
    const errors = [...recalculated(file).values()].filter((cell) => {
      const column = /^[A-Z]+/.exec(cell.address)?.[0] ?? "";
      const number = [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return (
        hidden.get(cell.sheet)?.has(number) !== true &&
        (cell.value === undefined || typeof cell.value === "object")
      );
    });
    expect(errors.map((c) => `${c.sheet}!${c.address} =${c.formula}`)).toEqual([]);
  });
});
