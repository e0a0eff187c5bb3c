// The strategic industries are picked from a drop-down over the Accounts table's Industry column, through the
// defined name IndustryNames = Accounts[Industry]: rendered from the spec with an account of a new industry
// added at the end of the Accounts table and that industry made strategic, then opened and saved back by
// LibreOffice. LibreOffice must keep the name and the list validation, resolve the name to the whole column
// with the added account, the validation must cover every strategic industry row, and the new strategic
// industry must lift the added account's tier (30,000 of current ARR: low touch, up one tier: high touch).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import { segmentation } from "../../templates/segmentation";
import { day } from "../../templates/sample";
import type { CellSpec } from "../../templates/spec";
import { recalculate, withCells, withRows, type Recalculated, type Row } from "./template-variants";

const dir = join(__dirname, "../../test-results/segmentation-dropdown");

const FARMING: Bilingual = { en: "Agriculture", fr: "Agriculture" };
const FARM: Row = {
  account: "Green Acres Coop",
  current: 30_000,
  potential: 40_000,
  industry: FARMING,
  region: { en: "France", fr: "France" },
  since: day(2024, 3, 1),
};

/** Cells that read the name as a formula would, on the Coverage sheet (free from column J). */
const PROBES: readonly CellSpec[] = [
  { at: "J1", role: "result", formula: () => "ROWS(IndustryNames)" },
  { at: "J2", role: "result", formula: () => "INDEX(IndustryNames,ROWS(IndustryNames))" },
];

const VARIANTS = {
  grown: withCells(
    withRows(segmentation, {
      Accounts: (rows) => [...rows, FARM],
      StrategicIndustries: (rows) => [...rows, { industry: FARMING }],
    }),
    "coverage",
    PROBES,
  ),
};

let book: (variant: keyof typeof VARIANTS, language: Language) => Recalculated;
beforeAll(async () => {
  book = await recalculate(dir, VARIANTS, LANGUAGES);
});

describe.each(LANGUAGES)("the strategic industries' drop-down (%s)", (language) => {
  const sheet = (names: Bilingual) => names[language];

  it("is a defined name over the Accounts table's whole Industry column, kept by LibreOffice", () => {
    const industry = language === "en" ? "Industry" : "Secteur";
    expect(book("grown", language).definition("IndustryNames")).toMatch(
      new RegExp(`^Accounts\\[\\[?${industry}\\]\\]?$`),
    );
  });

  it("takes the account added at the end of the Accounts table", () => {
    const wb = book("grown", language);
    const coverage = sheet({ en: "Coverage", fr: "Couverture" });
    expect(wb.value(coverage, "J1")).toBe(49);
    expect(wb.value(coverage, "J2")).toBe(sheet(FARMING));
  });

  it("is the list of every strategic industry row, the added one included", () => {
    const rules = book("grown", language).part("xl/worksheets/sheet2.xml");
    const lists = [...rules.matchAll(/<dataValidation\b([^>]*)>\s*<formula1>IndustryNames<\/formula1>/g)];
    expect(lists.map(([, attributes = ""]) => /\ssqref="([^"]*)"/.exec(attributes)?.[1])).toEqual([
      "A29:A31",
    ]);
  });

  it("counts the added account under the new strategic industry and lifts its tier", () => {
    const wb = book("grown", language);
    // StrategicIndustries from row 29: healthcare, public sector, then the new one (row 31).
    expect(wb.value(sheet({ en: "Rules", fr: "Règles" }), "B31")).toBe(1);
    // The 49th account, row 53 of the Accounts sheet: level 1.
    expect(wb.value(sheet({ en: "Accounts", fr: "Comptes" }), "J53")).toBe(1);
  });
});
