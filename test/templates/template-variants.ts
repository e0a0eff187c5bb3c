// Variants of a template spec (its tables' rows replaced: rows added, inserted in the middle, cleared),
// rendered by the product's renderer and recalculated by LibreOffice in one call, with readers for the
// recalculated values by sheet and address or by defined name. Shared by the scaling audit's and the
// segmentation's tests.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { renderTemplate } from "../../templates/render";
import type { CellSpec, CellValue, TableSpec, TemplateSpec } from "../../templates/spec";
import type { Bilingual, Language } from "../../functions/excel/language";
import { convert } from "../support/libreoffice";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";

export type Row = Readonly<Record<string, CellValue | Bilingual>>;

/** The template with the rows of some of its tables replaced, by table name; the other tables as they are. */
export function withRows(
  template: TemplateSpec,
  rows: Readonly<Record<string, (sample: readonly Row[]) => readonly Row[]>>,
): TemplateSpec {
  const replace = (table: TableSpec): TableSpec => {
    const change = rows[table.name];
    return change ? { ...table, rows: change(table.rows) } : table;
  };
  return {
    ...template,
    sheets: template.sheets.map((sheet) => ({ ...sheet, tables: sheet.tables?.map(replace) })),
  };
}

/** The template with more cells on one of its sheets (by sheet key): probes that read what a formula would. */
export function withCells(
  template: TemplateSpec,
  sheetKey: string,
  cells: readonly CellSpec[],
): TemplateSpec {
  return {
    ...template,
    sheets: template.sheets.map((sheet) =>
      sheet.key === sheetKey ? { ...sheet, cells: [...(sheet.cells ?? []), ...cells] } : sheet,
    ),
  };
}

/** The template with every table's sample rows removed. */
export function cleared(template: TemplateSpec): TemplateSpec {
  return {
    ...template,
    sheets: template.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables?.map((table) => ({ ...table, rows: [] })),
    })),
  };
}

/** The rows with `added` put before the row at `index` (at the end when `index` is the number of rows). */
export const inserted = (rows: readonly Row[], index: number, ...added: Row[]): Row[] => [
  ...rows.slice(0, index),
  ...added,
  ...rows.slice(index),
];

/** A workbook recalculated by LibreOffice. */
export interface Recalculated {
  /** The path of the file LibreOffice wrote. */
  readonly path: string;
  /** Every formula cell with its recalculated value. */
  readonly cells: readonly CachedCell[];
  /** The recalculated value of a formula cell; throws when the cell holds no formula. */
  value(sheet: string, address: string): CachedCell["value"];
  /** The recalculated value of the formula cell a defined name points at. */
  named(name: string): CachedCell["value"];
  /** A defined name's formula, as the file LibreOffice wrote stores it; undefined when absent. */
  definition(name: string): string | undefined;
  /** A part of the file, as text (e.g. "xl/workbook.xml"). */
  part(path: string): string;
}

const unescape = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function recalculated(path: string): Recalculated {
  const parts = unzipSync(readFileSync(path));
  const part = (name: string) => {
    const bytes = parts[name];
    if (!bytes) throw new Error(`${path} has no part ${name}`);
    return strFromU8(bytes);
  };
  const workbook = part("xl/workbook.xml");
  const definition = (name: string) => {
    const found = new RegExp(`<definedName\\b[^>]*\\bname="${name}"[^>]*>([^<]*)</definedName>`).exec(
      workbook,
    );
    return found?.[1] === undefined ? undefined : unescape(found[1]);
  };
  const cells = formulaCells(path);
  const value = (sheet: string, address: string) => {
    const cell = cells.find((c) => c.sheet === sheet && c.address === address);
    if (!cell) throw new Error(`no formula in ${sheet}!${address}`);
    return cell.value;
  };
  return {
    path,
    cells,
    value,
    named(name) {
      const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(definition(name) ?? "");
      if (!match) throw new Error(`no defined name ${name} for a single cell`);
      return value((match[1] as string).replace(/''/g, "'"), `${match[2]}${match[3]}`);
    },
    definition,
    part,
  };
}

/**
 * Renders each variant in each language and recalculates them all in one LibreOffice call.
 *
 * @param dir - where the rendered and recalculated files go
 * @param variants - the specs, by a name used in the file names
 * @param languages - the languages to render
 * @returns the recalculated workbook of a variant in a language
 */
export async function recalculate<Variant extends string>(
  dir: string,
  variants: Readonly<Record<Variant, TemplateSpec>>,
  languages: readonly Language[],
): Promise<(variant: Variant, language: Language) => Recalculated> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [name, spec] of Object.entries<TemplateSpec>(variants))
    for (const language of languages) {
      const file = join(dir, `${name}.${language}.xlsx`);
      writeFileSync(file, await renderTemplate(spec, language));
      files.push(file);
    }
  const out = join(dir, "recalculated");
  convert(files, "xlsx", out);
  const books = new Map<string, Recalculated>();
  return (variant, language) => {
    const key = `${variant}.${language}`;
    const book = books.get(key) ?? recalculated(join(out, `${key}.xlsx`));
    books.set(key, book);
    return book;
  };
}

/** The formula cells that show an error value or no value at all, as readable lines. */
export const errorCells = (workbook: Recalculated): string[] =>
  workbook.cells
    .filter((cell) => cell.value === undefined || typeof cell.value === "object")
    .map((cell) => `${cell.sheet}!${cell.address} =${cell.formula} → ${JSON.stringify(cell.value)}`);
