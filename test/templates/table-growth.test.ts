// The templates' tables as a team uses them: rows added inside and below every table in Excel, and the sample
// cleared. Excel fills a new row's computed cells from the calculated column formula its table part stores
// (test/support/excel-tables.ts models that at the level of the file); LibreOffice then recalculates. A table
// grown that way must compute everything exactly as the same template rendered with those rows from the start:
// a summary over a fixed row span, a lookup by row position, a column without its formula all break that.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../templates/index";
import { renderTemplate } from "../../templates/render";
import { inLanguage, type CellValue, type TableSpec, type TemplateSpec } from "../../templates/spec";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import { convert } from "../support/libreoffice";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";
import { withoutTableFormulas } from "../../xlsx/calculated-columns";
import { cleared as withoutSample, withRows } from "./template-variants";
import { addressesIn, addTableRows, formulasOf, tablesOf, type NewRow } from "../support/excel-tables";

const root = join(__dirname, "../..");
const built = join(root, "dist/templates");
const work = join(root, "test-results/table-growth");
const input = join(work, "in");
const output = join(work, "out");

type SpecRow = TableSpec["rows"][number];
const tablesOfSpec = (template: TemplateSpec) => template.sheets.flatMap((sheet) => sheet.tables ?? []);

/** A copy of a sample row, its first text input renamed so that keys stay unique. */
function copyOf(table: TableSpec, row: SpecRow, suffix: string): SpecRow {
  const key = table.columns.find(
    (c) => !c.formula && typeof inLanguage(row[c.key] ?? null, "en") === "string",
  )?.key;
  if (key === undefined) return row;
  const value = row[key] as string | Bilingual;
  const renamed =
    typeof value === "string"
      ? `${value} ${suffix}`
      : { en: `${value.en} ${suffix}`, fr: `${value.fr} ${suffix}` };
  return { ...row, [key]: renamed };
}

/** A spec row as a person types it in Excel: by header, dates as serial numbers. */
function typed(table: TableSpec, row: SpecRow, language: Language): NewRow {
  const values: Record<string, string | number | boolean | null> = {};
  for (const column of table.columns) {
    if (column.formula) continue;
    const value = inLanguage((row[column.key] ?? null) as CellValue | Bilingual, language);
    values[column.header[language]] =
      value instanceof Date
        ? value.getTime() / 86_400_000 + 25_569
        : (value as string | number | boolean | null);
  }
  return values;
}

interface Growth {
  readonly template: TemplateSpec;
  readonly table: TableSpec;
  readonly language: Language;
  /** Grown by the model of Excel, and rendered with the same rows. */
  readonly grown: string;
  readonly rendered: string;
}

const growths: Growth[] = [];
for (const template of TEMPLATES)
  for (const language of LANGUAGES)
    for (const table of tablesOfSpec(template))
      if (table.rows.length >= 2) {
        const base = `${template.name}.${language}.${table.name}`;
        growths.push({
          template,
          table,
          language,
          grown: `${base}.grown.xlsx`,
          rendered: `${base}.rendered.xlsx`,
        });
      }
/** A control: the KPI workbook's Customers table without its calculated column formulas must fail the check. */
const control = {
  grown: "control.kpi.en.Customers.grown.xlsx",
  rendered: "control.kpi.en.Customers.rendered.xlsx",
};
const cleared = TEMPLATES.flatMap((t) =>
  LANGUAGES.map((language) => ({ template: t, language, file: `${t.name}.${language}.cleared.xlsx` })),
);

/** The formula cells of a recalculated file, by sheet and address. */
const valuesOf = (file: string): Map<string, CachedCell["value"]> =>
  new Map(formulaCells(join(output, file)).map((cell) => [`${cell.sheet}!${cell.address}`, cell.value]));

/** The growths the model of Excel refused, with its reason. */
const refused = new Map<string, string>();

/** The formula cells whose values differ between a grown file and the same rows rendered, once recalculated. */
function differences(grown: string, rendered: string): string[] {
  const actual = valuesOf(grown);
  const expected = valuesOf(rendered);
  const addresses = [...new Set([...actual.keys(), ...expected.keys()])].sort();
  return addresses.flatMap((address) => {
    const [a, e] = [actual.get(address), expected.get(address)];
    const same =
      typeof a === "number" && typeof e === "number"
        ? Math.abs(a - e) <= 1e-9 * Math.max(1, Math.abs(e))
        : JSON.stringify(a) === JSON.stringify(e);
    return same ? [] : [`${address}: ${JSON.stringify(a ?? null)}, expected ${JSON.stringify(e ?? null)}`];
  });
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(input, { recursive: true });
  for (const { template, table, language, grown, rendered } of growths) {
    const first = copyOf(table, table.rows[0] as SpecRow, "(2)");
    const last = copyOf(table, table.rows[table.rows.length - 1] as SpecRow, "(3)");
    // One row inserted after the first data row, one typed just below the table.
    let file: Uint8Array = new Uint8Array(readFileSync(join(built, `${template.name}.${language}.xlsx`)));
    try {
      file = addTableRows(file, table.name, [typed(table, first, language)], 1);
      file = addTableRows(file, table.name, [typed(table, last, language)]);
    } catch (error) {
      // The model refuses what Excel would not do the same way (a formula pointing at the rows by address).
      refused.set(grown, (error as Error).message);
      continue;
    }
    writeFileSync(join(input, grown), file);
    const rows = [table.rows[0] as SpecRow, first, ...table.rows.slice(1), last];
    writeFileSync(
      join(input, rendered),
      await renderTemplate(withRows(template, { [table.name]: () => rows }), language),
    );
  }
  {
    const kpi = growths.find(
      (g) => g.template.name === "kpi" && g.language === "en" && g.table.name === "Customers",
    );
    if (kpi === undefined) throw new Error("The KPI workbook has no Customers table.");
    // A customer lost during the month: without its Churned formula, churn misses it.
    const lost = kpi.table.rows.find((r) => Number(r.start) > 0 && r.end === 0);
    if (lost === undefined) throw new Error("The KPI sample has no churned customer.");
    const row = copyOf(kpi.table, lost, "(2)");
    const bare = withoutTableFormulas(new Uint8Array(readFileSync(join(built, "kpi.en.xlsx"))));
    writeFileSync(join(input, control.grown), addTableRows(bare, "Customers", [typed(kpi.table, row, "en")]));
    writeFileSync(
      join(input, control.rendered),
      await renderTemplate(withRows(kpi.template, { Customers: (sample) => [...sample, row] }), "en"),
    );
  }
  for (const { template, language, file } of cleared) {
    writeFileSync(join(input, file), await renderTemplate(withoutSample(template), language));
  }
  convert(
    [
      ...growths.flatMap((g) => (refused.has(g.grown) ? [g.rendered] : [g.grown, g.rendered])),
      ...cleared.map((c) => c.file),
      control.grown,
      control.rendered,
    ].map((f) => join(input, f)),
    "xlsx",
    output,
  );
});

describe.each(TEMPLATES.flatMap((t) => LANGUAGES.map((language) => `${t.name}.${language}.xlsx`)))(
  "%s",
  (name) => {
    const file = () => new Uint8Array(readFileSync(join(built, name)));

    it("stores, for each computed column of each table, the formula every cell of the column holds", () => {
      const formulas = formulasOf(file());
      const problems: string[] = [];
      let computed = 0;
      for (const table of tablesOf(file()))
        table.columns.forEach((column, j) => {
          const cells = formulas.filter(
            (f) =>
              f.sheet === table.sheet &&
              f.column === table.firstColumn + j &&
              f.row > table.headerRow &&
              f.row <= table.lastRow,
          );
          if (cells.length === 0 && column.formula === undefined) return;
          computed++;
          if (column.formula === undefined)
            problems.push(`${table.name}[${column.name}] has formulas but no calculated column formula`);
          else if (cells.length !== table.lastRow - table.headerRow)
            problems.push(
              `${table.name}[${column.name}]: ${cells.length} of ${table.lastRow - table.headerRow} rows hold the formula`,
            );
          for (const cell of cells)
            if (cell.formula !== column.formula)
              problems.push(`${table.name}!${cell.address}: ${cell.formula} ≠ ${column.formula}`);
        });
      expect(problems).toEqual([]);
      expect(computed).toBeGreaterThan(0);
    });

    it("refers to no cell of a table by its address, so that no formula depends on where rows are", () => {
      const tables = tablesOf(file());
      const problems = formulasOf(file()).flatMap((cell) =>
        addressesIn(cell.formula)
          .filter((ref) =>
            tables.some(
              (t) =>
                (ref.sheet ?? cell.sheet) === t.sheet &&
                ref.bottom > t.headerRow &&
                ref.top <= t.lastRow &&
                ref.right >= t.firstColumn &&
                ref.left <= t.lastColumn,
            ),
          )
          .map((ref) => `${cell.sheet}!${cell.address} =${cell.formula} (${ref.text})`),
      );
      expect(problems).toEqual([]);
    });
  },
);

describe.each(growths.map((g) => [`${g.template.name}.${g.language} ${g.table.name}`, g] as const))(
  "rows added to %s in Excel",
  (_, growth) => {
    it("compute, and every result counts them, as if the template had been made with them", () => {
      expect(refused.get(growth.grown)).toBeUndefined();
      const grown = valuesOf(growth.grown);
      const rendered = valuesOf(growth.rendered);
      expect([...grown.keys()].sort()).toEqual([...rendered.keys()].sort());
      const differ = [...rendered].filter(([address, value]) => {
        const other = grown.get(address);
        return typeof value === "number" && typeof other === "number"
          ? Math.abs(value - other) > 1e-9 * Math.max(1, Math.abs(value))
          : JSON.stringify(value) !== JSON.stringify(other);
      });
      expect(
        differ.map(([a, v]) => `${a}: ${JSON.stringify(grown.get(a))}, expected ${JSON.stringify(v)}`),
      ).toEqual([]);
    });
  },
);

describe("the growth check", () => {
  it("fails a table whose computed columns store no formula: Excel leaves the new row's movements empty", () => {
    const differ = differences(control.grown, control.rendered);
    expect(differ.some((d) => d.startsWith("Customers!J30: null"))).toBe(true);
    // The dashboard's totals miss the new customer's movements.
    expect(differ.some((d) => d.startsWith("Dashboard!"))).toBe(true);
  });
});

describe.each(cleared.map((c) => [c.file, c] as const))("%s (every table's sample cleared)", (file) => {
  it("shows no error value in any formula cell", () => {
    const errors = formulaCells(join(output, file)).filter(
      (cell) => cell.value === undefined || typeof cell.value === "object",
    );
    expect(errors.map((c) => `${c.sheet}!${c.address} =${c.formula} → ${JSON.stringify(c.value)}`)).toEqual(
      [],
    );
  });
});
