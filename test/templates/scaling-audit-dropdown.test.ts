// The roadmap's actions are picked from a drop-down over the Actions table's Action column, through the defined
// name ActionNames = Actions[Action]: rendered from the spec with an action added at the end of the Actions
// table and roadmap rows added (inside and at the end), then opened and saved back by LibreOffice. LibreOffice
// must keep the name and the list validation, resolve the name to the whole column with the added action, and
// the validation must cover every roadmap row.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import { scalingAudit } from "../../templates/scaling-audit";
import type { CellSpec } from "../../templates/spec";
import { inserted, recalculate, withCells, withRows, type Recalculated, type Row } from "./template-variants";

const dir = join(__dirname, "../../test-results/scaling-audit-dropdown");

const INVOICE_ACTION: Bilingual = { en: "Chase unpaid invoices", fr: "Relancer les factures impayées" };
const INVOICES: Row = {
  stage: { en: "Internal", fr: "Interne" },
  action: INVOICE_ACTION,
  time: 4,
  value: 1,
};
const project = (action: Bilingual): Row => ({ action, weeks: 1 });

/** Cells that read the name as a formula would, on the Summary sheet (free from column H). */
const PROBES: readonly CellSpec[] = [
  { at: "H1", role: "result", formula: () => "ROWS(ActionNames)" },
  { at: "H2", role: "result", formula: () => "INDEX(ActionNames,ROWS(ActionNames))" },
  { at: "H3", role: "result", formula: () => "INDEX(ActionNames,1)" },
];

const VARIANTS = {
  grown: withCells(
    withRows(scalingAudit, {
      Actions: (rows) => [...rows, INVOICES],
      // 13 sample projects, one inserted third and one added at the end: rows 9 to 23.
      Roadmap: (rows) => [...inserted(rows, 2, project(INVOICE_ACTION)), project(INVOICE_ACTION)],
    }),
    "summary",
    PROBES,
  ),
};

let book: (variant: keyof typeof VARIANTS, language: Language) => Recalculated;
beforeAll(async () => {
  book = await recalculate(dir, VARIANTS, LANGUAGES);
});

/** The list validations of every sheet of a file whose source is a formula: source and cells covered. */
function listSources(workbook: Recalculated): { source: string; sqref: string }[] {
  const sheets = [...workbook.part("xl/workbook.xml").matchAll(/<sheet\b/g)].length;
  return Array.from({ length: sheets }, (_, i) => workbook.part(`xl/worksheets/sheet${i + 1}.xml`)).flatMap(
    (xml) =>
      [...xml.matchAll(/<dataValidation\b([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)]
        .filter(([, , formula = ""]) => !formula.startsWith("&quot;") && /^[A-Za-z_]/.test(formula))
        .map(([, attributes = "", source = ""]) => ({
          source,
          sqref: /\ssqref="([^"]*)"/.exec(attributes)?.[1] ?? "",
        })),
  );
}

describe.each(LANGUAGES)("the roadmap's drop-down of actions (%s)", (language) => {
  const say = (text: Bilingual) => text[language];

  it("is a defined name over the Actions table's whole Action column, kept by LibreOffice", () => {
    expect(book("grown", language).definition("ActionNames")).toMatch(/^Actions\[\[?Action\]\]?$/);
  });

  it("takes the action added at the end of the Actions table", () => {
    const wb = book("grown", language);
    const summary = language === "en" ? "Summary" : "Synthèse";
    // The sample's 33 actions and the one added.
    expect(wb.value(summary, "H1")).toBe(34);
    expect(wb.value(summary, "H2")).toBe(say(INVOICE_ACTION));
    expect(wb.value(summary, "H3")).toBe(
      language === "en"
        ? "Kick-off meeting with the client's sponsor"
        : "Réunion de lancement avec le sponsor client",
    );
  });

  it("is the list of every roadmap row's action, the added rows included, and of nothing else", () => {
    expect(listSources(book("grown", language))).toEqual([{ source: "ActionNames", sqref: "B9:B23" }]);
  });
});
