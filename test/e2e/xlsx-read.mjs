// Reads an exported .xlsx with exceljs in the walk-throughs. The export stores each table's calculated column
// formulas (so that rows added in Excel compute), which exceljs 4 cannot read: they are checked to be there,
// then left out (as xlsx/calculated-columns.ts withoutTableFormulas does) so that exceljs reads the rest.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The workbook an exported file holds, as exceljs reads it.
 *
 * @param {string} path - the downloaded file
 * @returns {Promise<ExcelJS.Workbook>} the workbook
 * @throws Error when no table stores a calculated column formula
 */
export async function readExport(path) {
  const parts = unzipSync(readFileSync(path));
  const tables = Object.keys(parts).filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name));
  if (!tables.some((name) => strFromU8(parts[name]).includes("<calculatedColumnFormula>")))
    throw new Error("no table stores a calculated column formula");
  for (const name of tables)
    parts[name] = strToU8(
      strFromU8(parts[name]).replace(/<calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula>/g, ""),
    );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(zipSync(parts));
  return workbook;
}
