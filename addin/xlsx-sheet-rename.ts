/**
 * Renames sheets inside an .xlsx file before it is inserted into a workbook that already has sheets of the
 * same names: the sheet entries, the defined names, the formulas and the charts' ranges that refer to them. Plain string work on
 * the file's XML, no spreadsheet library.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { escapeXml } from "../xlsx/xml-parts";

/**
 * A free name for each of `wanted` that clashes with `taken` (case-insensitive, as Excel compares): "Name (2)",
 * "Name (3)"… within Excel's 31 characters.
 *
 * @param wanted - the sheet names of the file
 * @param taken - the sheet names already in the workbook
 * @returns old name → new name, for the clashing ones only
 */
export function freeSheetNames(wanted: readonly string[], taken: readonly string[]): Map<string, string> {
  const used = new Set([...taken, ...wanted].map((name) => name.toLowerCase()));
  const takenLower = new Set(taken.map((name) => name.toLowerCase()));
  const renames = new Map<string, string>();
  for (const name of wanted) {
    if (!takenLower.has(name.toLowerCase())) continue;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
      if (!used.has(candidate.toLowerCase())) {
        used.add(candidate.toLowerCase());
        renames.set(name, candidate);
        break;
      }
    }
  }
  return renames;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A formula's reference to a sheet, quoted or not (`'My sheet'!A1`, `Sheet1!A1`), as it appears in XML
 * (apostrophes raw or written `&apos;`).
 */
function sheetReference(name: string): RegExp {
  const inner = escapeRegExp(escapeXml(name.replace(/'/g, "''"))).replace(/'/g, "(?:'|&apos;)");
  const quoted = `(?:'|&apos;)${inner}(?:'|&apos;)!`;
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|(?<![\\w.';])${escapeRegExp(name)}!` : "";
  return new RegExp(`${quoted}${bare}`, "g");
}

/**
 * Renames sheets in an .xlsx file.
 *
 * @param file - the .xlsx bytes
 * @param renames - old name → new name
 * @returns the new file's bytes (the same bytes when there is nothing to rename)
 */
export function renameSheets(file: Uint8Array, renames: ReadonlyMap<string, string>): Uint8Array {
  if (renames.size === 0) return file;
  const entries = unzipSync(file);
  const replaceReferences = (xml: string) => {
    let out = xml;
    for (const [from, to] of renames)
      out = out.replace(sheetReference(from), escapeXml(`'${to.replace(/'/g, "''")}'!`));
    return out;
  };
  for (const path of Object.keys(entries)) {
    if (path === "xl/workbook.xml") {
      let xml = replaceReferences(strFromU8(entries[path] as Uint8Array));
      for (const [from, to] of renames)
        xml = xml.replace(
          new RegExp(`(<sheet\\b[^>]*\\bname=")${escapeRegExp(escapeXml(from))}(")`),
          `$1${escapeXml(to)}$2`,
        );
      entries[path] = strToU8(xml);
    } else if (/^xl\/(?:worksheets|charts)\/[^/]+\.xml$/.test(path)) {
      // Sheets' formulas, and the ranges charts draw.
      entries[path] = strToU8(replaceReferences(strFromU8(entries[path] as Uint8Array)));
    }
  }
  return zipSync(entries);
}
