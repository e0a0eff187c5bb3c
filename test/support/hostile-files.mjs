// Hostile files for the import's door (issue 17), built the same way for the unit tests and the browser walk
// (test/e2e/reliability.e2e.mjs): a small real workbook exceljs writes, its XML edited by hand, zipped again
// with fflate; and .csv bytes written out by hand. Plain JavaScript so that the walk, run by Node without a
// build, can import it; its types are in hostile-files.d.mts.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The sheet the small workbook holds its accounts in. */
export const SHEET = "xl/worksheets/sheet1.xml";

/** The parts of a small real workbook: the sheet "Accounts" with two accounts, Acme (10) and Beta (20). */
export async function workbookParts() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Accounts");
  sheet.addRows([
    ["Account", "ARR"],
    ["Acme", 10],
    ["Beta", 20],
  ]);
  return unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The small workbook with one part's XML edited; throws when the edit changed nothing. */
export async function editedWorkbook(part, edit, level = 6) {
  const files = await workbookParts();
  const xml = strFromU8(files[part] ?? new Uint8Array());
  const edited = edit(xml);
  if (edited === xml) throw new Error(`the edit of ${part} changed nothing`);
  files[part] = strToU8(edited);
  return zipSync(files, { level });
}

/** A 7 KB workbook merging D1:XFD1048576: exceljs would make 17 billion cell objects. */
export function mergeBomb() {
  return editedWorkbook(SHEET, (xml) =>
    xml.replace(
      "</sheetData>",
      '</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>',
    ),
  );
}

/** A workbook whose sheet holds 1,048,576 rows (every row of a sheet), with no dimension to warn of them. */
export function rowBomb(rows = 1_048_576) {
  const body = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
  );
  return editedWorkbook(
    SHEET,
    (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, "")
        .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${body.join("")}</sheetData>`),
    1,
  );
}

/**
 * A workbook whose shared string "Acme" is replaced by one of `length` characters: 30,000,000 by default, a
 * 30 MB sharedStrings.xml that zips to a few tens of KB.
 */
export function stringBomb(length = 30_000_000) {
  return editedWorkbook(
    "xl/sharedStrings.xml",
    (xml) => xml.replace("<t>Acme</t>", `<t>${"a".repeat(length)}</t>`),
    1,
  );
}

/** Text as Excel's "Unicode Text" saves it: UTF-16 little-endian with its byte order mark. */
export function utf16le(text) {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

/** A .csv of `size` bytes: a header row, then blank lines only. */
export function blankLinesCsv(size = 20 * 1024 * 1024) {
  const header = strToU8("Account,ARR\n");
  const bytes = new Uint8Array(size).fill(0x0a);
  bytes.set(header, 0);
  return bytes;
}
