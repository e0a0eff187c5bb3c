/**
 * Workbook-level defined names whose formula is not a cell range, written into an .xlsx file's workbook part:
 * exceljs drops a name such as `ActionNames` = `Actions[Action]` (a whole table column, which grows with the
 * table), so it is added to the written file. Excel and LibreOffice 7.4 both resolve such a name, in formulas
 * and as the source of a list validation (a drop-down).
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { escapeXml, zipParts } from "./xml-parts";

/**
 * Adds defined names to an .xlsx file.
 *
 * @param file - the .xlsx bytes
 * @param names - the formulas (without "=") by name
 * @param modified - the date stamped on the file's parts (a fixed date keeps the output reproducible)
 * @returns the file with the names, or the same bytes when there is none to add
 * @throws Error when the file already defines one of the names
 */
export function withDefinedNames(
  file: Uint8Array,
  names: ReadonlyMap<string, string>,
  modified: Date,
): Uint8Array {
  if (names.size === 0) return file;
  const parts = unzipSync(file);
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  for (const name of names.keys())
    if (new RegExp(`<definedName\\b[^>]*\\bname="${name}"`).test(workbook))
      throw new Error(`The file already defines the name ${name}.`);
  const added = [...names]
    .map(([name, formula]) => `<definedName name="${escapeXml(name)}">${escapeXml(formula)}</definedName>`)
    .join("");
  parts["xl/workbook.xml"] = strToU8(
    workbook.includes("</definedNames>")
      ? workbook.replace("</definedNames>", `${added}</definedNames>`)
      : workbook.replace(/<\/sheets>/, `</sheets><definedNames>${added}</definedNames>`),
  );
  return zipParts(parts, modified);
}
