// What a person meets when typing into a template, read from the written files' XML: sheets of results are
// protected without a password with their inputs left open, every validated cell says what it accepts (the
// bounds, or the list) before and when a value is refused, and dates use Excel's built-in short date, which
// follows the reader's settings (05/10/2026 in France) instead of a fixed yyyy-mm-dd.
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../templates/index";
import { renderTemplate } from "../../templates/render";
import { FORMATS } from "../../templates/spec";
import { LANGUAGES } from "../../functions/excel/language";
import { sheetsOf } from "../support/excel-tables";
import { columnLetters, parseA1 } from "../../functions/excel/a1";

type Parts = Record<string, Uint8Array>;
const files = new Map<string, Parts>();
const cases = TEMPLATES.flatMap((template) => LANGUAGES.map((language) => ({ template, language })));

beforeAll(async () => {
  for (const { template, language } of cases)
    files.set(`${template.name}.${language}`, unzipSync(await renderTemplate(template, language)));
});

const xml = (parts: Parts, path: string) => strFromU8(parts[path] ?? new Uint8Array());
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Each cell's style index, by address, on one sheet. */
function styles(sheet: string): Map<string, number> {
  return new Map(
    [...sheet.matchAll(/<c\b[^>]*>/g)].map(([tag]) => [attr(tag, "r") ?? "", Number(attr(tag, "s") ?? 0)]),
  );
}

/** Whether each cell style (cellXfs, by index) leaves the cell locked, and its number format id. */
function cellFormats(parts: Parts): { locked: boolean; wrapped: boolean; numFmtId: number }[] {
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml(parts, "xl/styles.xml"))?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)].map(
    ([, attributes = "", inner = ""]) => ({
      locked: !/<protection\b[^>]*locked="0"/.test(inner),
      wrapped: /<alignment\b[^>]*wrapText="1"/.test(inner),
      numFmtId: Number(attr(` ${attributes}`, "numFmtId") ?? 0),
    }),
  );
}

describe.each(cases.map((c) => [`${c.template.name}.${c.language}`, c] as const))(
  "%s",
  (name, { template, language }) => {
    const parts = () => files.get(name) as Parts;
    const sheetXml = (title: string) => {
      const sheet = sheetsOf(parts()).find((s) => s.name === title);
      if (sheet === undefined) throw new Error(`no sheet ${title}`);
      return xml(parts(), sheet.path);
    };

    it("protects, without a password, each sheet of single cells, its inputs open and its formulas locked", () => {
      const formats = cellFormats(parts());
      let protectedSheets = 0;
      for (const sheet of template.sheets) {
        const text = sheetXml(sheet.name[language]);
        const protection = /<sheetProtection\b[^>]*>/.exec(text)?.[0];
        const hasTables = (sheet.tables ?? []).length > 0;
        const hasFormulas = (sheet.cells ?? []).some((cell) => cell.formula);
        if (hasTables || !hasFormulas) {
          // Excel grows no table on a protected sheet.
          expect(protection, sheet.key).toBeUndefined();
          continue;
        }
        protectedSheets++;
        expect(protection, sheet.key).toBeDefined();
        expect(protection).not.toMatch(/hashValue|password=/);
        const style = styles(text);
        for (const cell of sheet.cells ?? []) {
          const locked = formats[style.get(cell.at) ?? 0]?.locked;
          if (cell.role === "input") expect(locked, `${sheet.key}!${cell.at} is an input`).toBe(false);
          if (cell.formula) expect(locked, `${sheet.key}!${cell.at} is computed`).toBe(true);
        }
      }
      if (
        template.sheets.some((s) => (s.tables ?? []).length === 0 && (s.cells ?? []).some((c) => c.formula))
      )
        expect(protectedSheets).toBeGreaterThan(0);
    });

    it("says what each validated cell accepts when it is selected and when a value is refused", () => {
      const rules = template.sheets.flatMap((sheet) => [
        ...(sheet.cells ?? []).flatMap((cell) => (cell.validation ? [cell.validation] : [])),
        ...(sheet.tables ?? []).flatMap((table) =>
          table.columns.flatMap((c) => (c.validation ? [c.validation] : [])),
        ),
      ]);
      const written = template.sheets
        .flatMap((sheet) => [...sheetXml(sheet.name[language]).matchAll(/<dataValidation\b[^>]*>/g)])
        .map(([tag]) => tag);
      expect(written.length).toBeGreaterThanOrEqual(rules.length > 0 ? 1 : 0);
      for (const tag of written) {
        expect(tag).toMatch(/showInputMessage="1"/);
        expect(tag).toMatch(/showErrorMessage="1"/);
        const prompt = attr(tag, "prompt") ?? "";
        expect(attr(tag, "error")).toBe(prompt);
        expect(prompt).not.toMatch(/bounds shown|bornes indiquées/);
        const type = attr(tag, "type");
        if (type === "whole" || type === "decimal") expect(prompt, tag).toMatch(/\d/);
        if (type === "list")
          expect(prompt, tag).toMatch(language === "fr" ? /^Une de ces valeurs : .+\.$/ : /^One of: .+\.$/);
      }
    });

    it("wraps long texts, and prints only a sheet's reading columns when it says which", () => {
      const formats = cellFormats(parts());
      const names = xml(parts(), "xl/workbook.xml").replace(/&apos;/g, "'");
      let checked = 0;
      template.sheets.forEach((sheet, index) => {
        const style = styles(sheetXml(sheet.name[language]));
        for (const table of sheet.tables ?? [])
          table.columns.forEach((column, j) => {
            if (!column.wrap) return;
            checked++;
            const at = parseA1(table.at);
            const address = `${columnLetters(at.column + j)}${at.row + 1}`;
            expect(formats[style.get(address) ?? 0]?.wrapped, `${table.name}[${column.key}]`).toBe(true);
          });
        if (sheet.printColumns === undefined) return;
        checked++;
        const [from, to] = sheet.printColumns.split(":");
        const area = new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">([^<]*)<`).exec(
          names,
        );
        expect(area?.[1]).toBe(`'${sheet.name[language]}'!$${from}:$${to}`);
      });
      if (template.name === "health" || template.name === "success-plan") expect(checked).toBeGreaterThan(0);
    });

    it("writes dates in the reader's own format, never a fixed yyyy-mm-dd", () => {
      const styles = xml(parts(), "xl/styles.xml");
      expect(styles).not.toMatch(/formatCode="[^"]*yyyy-mm-dd/i);
      const dated = template.sheets.flatMap((sheet) =>
        (sheet.tables ?? []).flatMap((table) =>
          table.columns.filter((c) => c.format === FORMATS.date).map(() => sheet.name[language]),
        ),
      );
      if (dated.length > 0) expect(cellFormats(parts()).some((f) => f.numFmtId === 14)).toBe(true);
    });
  },
);

describe("the bounds in words", () => {
  it.each([
    ["en", "A whole number from 0 to 10."],
    ["fr", "Un nombre entier de 0 à 10."],
  ] as const)("state the NPS score's range in the KPI workbook (%s)", (language, expected) => {
    const prompts = [...Object.entries(files.get(`kpi.${language}`) as Parts)]
      .filter(([path]) => path.startsWith("xl/worksheets/sheet"))
      .flatMap(([, bytes]) => [...strFromU8(bytes).matchAll(/prompt="([^"]*)"/g)].map((m) => m[1]));
    expect(prompts).toContain(expected);
  });
});
