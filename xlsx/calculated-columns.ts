/**
 * Calculated column formulas in an .xlsx file's table parts. Excel fills the computed columns of a row added to
 * a table (typed just below it, or inserted inside it) from the `calculatedColumnFormula` its table part stores
 * for each column; without it the new row's computed cells stay empty and every summary over the table quietly
 * leaves the row out. exceljs cannot write that element (exceljs #1417), so it is added to the written file.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { escapeXml, xmlAttribute, zipParts } from "./xml-parts";

/** The formulas to store: by table name, then by column header, the formula without its `=`. */
export type CalculatedColumns = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Adds each computed column's `calculatedColumnFormula` to the table parts of an .xlsx file.
 *
 * @param file - the .xlsx bytes, as exceljs wrote them
 * @param tables - the formulas by table name and column header
 * @param modified - the date stamped on the file's parts (a fixed date keeps the output reproducible)
 * @returns the file with the formulas stored
 * @throws Error when a table or a column of `tables` is not in the file, or already has a formula stored
 */
export function withCalculatedColumns(
  file: Uint8Array,
  tables: CalculatedColumns,
  modified: Date,
): Uint8Array {
  const parts = unzipSync(file);
  const done = new Set<string>();
  for (const [path, bytes] of Object.entries(parts)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const xml = strFromU8(bytes);
    const name = xmlAttribute(/<table\b[^>]*>/.exec(xml)?.[0] ?? "", "name");
    const formulas = name === undefined ? undefined : tables.get(name);
    if (name === undefined || formulas === undefined) continue;
    const stored = new Set<string>();
    const written = xml.replace(
      /<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g,
      (whole, attributes: string, _end: string, inner: string | undefined) => {
        const header = xmlAttribute(attributes, "name");
        const formula = header === undefined ? undefined : formulas.get(header);
        if (header === undefined || formula === undefined) return whole;
        if (inner?.includes("<calculatedColumnFormula"))
          throw new Error(`Column ${header} of table ${name} already stores a formula.`);
        stored.add(header);
        return `<tableColumn${attributes}><calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula>${inner ?? ""}</tableColumn>`;
      },
    );
    for (const header of formulas.keys())
      if (!stored.has(header)) throw new Error(`Table ${name} has no column ${header}.`);
    parts[path] = strToU8(written);
    done.add(name);
  }
  for (const name of tables.keys()) if (!done.has(name)) throw new Error(`The file has no table ${name}.`);
  return zipParts(parts, modified);
}

/**
 * The file as exceljs 4 can read it: without the formulas its table parts store (`calculatedColumnFormula`,
 * `totalsRowFormula`). exceljs's table reader takes the end of such an element for the end of its column and
 * then fails on the whole file, so a workbook saved by Excel with one calculated column could not be read at
 * all. The formulas only say how Excel fills new rows; the cells keep their own formulas and values.
 *
 * @param file - the .xlsx bytes
 * @returns the same bytes when no table part stores a formula (or the file is not a zip), else the file without them
 */
export function withoutTableFormulas(file: Uint8Array): Uint8Array {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(file);
  } catch {
    return file;
  }
  let changed = false;
  for (const [path, bytes] of Object.entries(parts)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const xml = strFromU8(bytes);
    const stripped = xml.replace(
      /<(calculatedColumnFormula|totalsRowFormula)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g,
      "",
    );
    if (stripped === xml) continue;
    parts[path] = strToU8(stripped);
    changed = true;
  }
  return changed ? zipSync(parts, { level: 1 }) : file;
}
