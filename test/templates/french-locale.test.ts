// The French workbooks as a French reader sees them: LibreOffice with a fr-FR locale profile shows every sheet
// (exported as text, each cell as shown) with dates in the day/month/year order and decimal commas, and the
// same file under en-US shows its dates the American way: the formats follow the reader, not the file. A PDF
// and PNG of each French file rendered under fr-FR land in test-results/templates/fr-FR/ for a person to look at.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../templates/index";
import { convert, pngsOfPdfs } from "../support/libreoffice";

const root = join(__dirname, "../..");
const built = join(root, "dist/templates");
const results = join(root, "test-results/templates/fr-FR");
const french = TEMPLATES.map((t) => `${t.name}.fr.xlsx`);
const english = TEMPLATES.map((t) => `${t.name}.en.xlsx`);

/** Every cell's text, as shown, of every sheet of the files converted into a folder. */
function shown(dir: string, base: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".csv"))
    .flatMap((f) => Papa.parse<string[]>(readFileSync(join(dir, f), "utf8")).data.flat())
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

const grid = (path: string): string[][] => Papa.parse<string[]>(readFileSync(path, "utf8")).data;

beforeAll(() => {
  for (const file of [...french, ...english])
    if (!existsSync(join(built, file)))
      throw new Error(`dist/templates/${file} is missing: run npm run templates`);
  rmSync(results, { recursive: true, force: true });
  const files = (names: readonly string[]) => names.map((f) => join(built, f));
  convert(files(french), "csv", join(results, "csv"), "fr-FR");
  convert(files([...french, ...english]), "csv", join(results, "csv-en-US"), "en-US");
  convert(files(french), "pdf", results, "fr-FR");
  pngsOfPdfs(results, 2);
});

describe("the French workbooks under a French locale", () => {
  it.each(french)("%s shows no date as yyyy-mm-dd and no decimal point", (file) => {
    const cells = shown(join(results, "csv"), file.replace(/\.xlsx$/, ""));
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((c) => ISO_DATE.test(c))).toEqual([]);
    // 96.1 % or 1306.52 would be an English number in a French sheet.
    expect(cells.filter((c) => /^-?\d+\.\d+(\s?%)?$/.test(c))).toEqual([]);
  });

  it("shows dates day first and numbers with decimal commas", () => {
    const cells = french.flatMap((file) => shown(join(results, "csv"), file.replace(/\.xlsx$/, "")));
    expect(cells.filter((c) => FRENCH_DATE.test(c)).length).toBeGreaterThan(5);
    expect(cells.some((c) => /^-?\d+,\d+(\s?%)?$/.test(c))).toBe(true);
  });

  it("follows the reader: each date a French reader sees as day/month/year shows month/day/year under en-US", () => {
    let dates = 0;
    for (const file of french) {
      const base = file.replace(/\.xlsx$/, "");
      for (const csv of readdirSync(join(results, "csv")).filter((f) => f.startsWith(`${base}-`))) {
        const fr = grid(join(results, "csv", csv));
        const en = grid(join(results, "csv-en-US", csv));
        fr.forEach((row, r) =>
          row.forEach((cell, c) => {
            const date = FRENCH_DATE.exec(cell.trim());
            if (!date) return;
            dates++;
            const [, day, month, year] = date;
            expect(en[r]?.[c]?.trim(), `${csv} row ${r + 1}`).toBe(`${Number(month)}/${Number(day)}/${year}`);
          }),
        );
      }
    }
    expect(dates).toBeGreaterThan(5);
  });

  it.each(english)("%s under en-US shows no date as yyyy-mm-dd", (file) => {
    const cells = shown(join(results, "csv-en-US"), file.replace(/\.xlsx$/, ""));
    expect(cells.filter((c) => ISO_DATE.test(c))).toEqual([]);
  });

  it.each(french)("%s is rendered to PDF and PNG under fr-FR for a person to look at", (file) => {
    const base = file.replace(/\.xlsx$/, "");
    expect(existsSync(join(results, `${base}.pdf`))).toBe(true);
    expect(readdirSync(results).some((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))).toBe(true);
  });
});
