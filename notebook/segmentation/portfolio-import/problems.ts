/**
 * What the portfolio import tells the person about a file it could not read as expected, in English and
 * French, with what to do next.
 */
import type { Bilingual } from "../../../functions/excel/language";
import { PORTFOLIO_LIMITS } from "./limits";
import { countText, tooManyAccounts } from "../../plan/limits";

const say = (en: string, fr: string): Bilingual => ({ en, fr });

/** A .csv with nothing but blank lines. */
export const EMPTY_FILE = say(
  "The file is empty: there is no header row to read. Check that you picked the right file.",
  "Le fichier est vide : il n'a pas de ligne d'en-têtes. Vérifiez que vous avez choisi le bon fichier.",
);

/** An .xlsx whose sheets are all blank. */
export const NO_DATA = say(
  "The workbook has no sheet with data. Check that you picked the right file.",
  "Le classeur n'a aucune feuille avec des données. Vérifiez que vous avez choisi le bon fichier.",
);

/** A count in both languages: `200,000` and `200 000` (a no-break space); the plan's limits say theirs so. */
const count = countText;

/** Megabytes, rounded up to a tenth (so a file just over the limit does not read as the limit). */
const megabytes = (bytes: number): Bilingual => {
  const size = (Math.ceil(bytes / 104_857.6) / 10).toFixed(1).replace(/\.0$/, "");
  return say(size, size.replace(".", ","));
};

/**
 * A file over the import's 20 MB, its size rounded up to a tenth of a MB.
 *
 * @param bytes - the file's size
 * @returns the message
 * @example
 * tooLarge(20 * 1024 * 1024 + 1).en
 * //=> "The file is 20.1 MB; the import takes 20 MB at most. Split the portfolio into smaller files, or keep only the columns the segmentation needs."
 */
export function tooLarge(bytes: number): Bilingual {
  // Rounded up, so that a file just over the limit does not read as "20.0 MB".
  const size = (Math.ceil(bytes / 104_857.6) / 10).toFixed(1);
  const limit = megabytes(PORTFOLIO_LIMITS.bytes);
  return say(
    `The file is ${size} MB; the import takes ${limit.en} MB at most. Split the portfolio into smaller files, or keep only the columns the segmentation needs.`,
    `Le fichier fait ${size.replace(".", ",")} Mo ; l'import accepte ${limit.fr} Mo au plus. Découpez le portefeuille en fichiers plus petits, ou ne gardez que les colonnes utiles à la segmentation.`,
  );
}

/**
 * A file, or a sheet of a workbook, with more rows than a plan's portfolio takes (100,000 accounts, see
 * notebook/plan/limits.ts).
 *
 * @param rows - the rows under the headers
 * @param sheet - the sheet's name, for a workbook
 * @returns the message
 * @example
 * tooManyRows(250000, "Comptes").fr
 * //=> "La feuille « Comptes » a 250\u00a0000 lignes ; un plan CSM Kit accepte 100\u00a0000 comptes au plus. Découpez le portefeuille en fichiers plus petits."
 */
export function tooManyRows(rows: number, sheet?: string, atLeast = false): Bilingual {
  const where = sheet === undefined ? { en: "The file", fr: "Le fichier" } : sheetName(sheet);
  return tooManyAccounts(rows, { en: `${where.en} has`, fr: `${where.fr} a` }, atLeast);
}

/**
 * An .xlsx whose parts unpack to more than the import takes (a file that compresses too well to be a
 * portfolio: a "zip bomb"), or one whose parts say less than they hold (damaged, or built to mislead).
 *
 * @param declared - the unpacked size the file declares; `undefined` when a part holds more than it says
 * @returns the message
 * @example
 * tooLargeUnpacked(300 * 1024 * 1024).en
 * //=> "This workbook unpacks to 300 MB; the import takes 100 MB unpacked at most. Save only the sheet of accounts as a new workbook, or export it as .csv, and import that."
 */
export function tooLargeUnpacked(declared: number | undefined): Bilingual {
  const limit = megabytes(PORTFOLIO_LIMITS.unpackedBytes);
  const what =
    declared === undefined
      ? say(
          "holds more than its parts declare (it is damaged)",
          "contient plus que ses parties ne le déclarent (il est endommagé)",
        )
      : say(`unpacks to ${megabytes(declared).en} MB`, `se décompresse en ${megabytes(declared).fr} Mo`);
  return say(
    `This workbook ${what.en}; the import takes ${limit.en} MB unpacked at most. Save only the sheet of accounts as a new workbook, or export it as .csv, and import that.`,
    `Ce classeur ${what.fr} ; l'import accepte ${limit.fr} Mo décompressés au plus. Enregistrez seulement la feuille des comptes dans un nouveau classeur, ou exportez-la en .csv, et importez ce fichier.`,
  );
}

/**
 * A sheet whose size is beyond the import's: more columns or cells than it takes.
 *
 * @param sheet - the sheet's name; `undefined` for a .csv
 * @param what - which limit: `columns` or `cells`
 * @param found - how many the sheet has
 * @returns the message
 * @example
 * tooWide("Data", "columns", 16384).en
 * //=> 'The sheet "Data" has 16,384 columns; the import takes 1,000 at most. Keep only the columns the segmentation needs.'
 */
export function tooWide(sheet: string | undefined, what: "columns" | "cells", found: number): Bilingual {
  const where = sheet === undefined ? say("The file", "Le fichier") : sheetName(sheet);
  const limit = count(PORTFOLIO_LIMITS[what]);
  const words = what === "columns" ? say("columns", "colonnes") : say("cells", "cellules");
  return say(
    `${where.en} has ${count(found).en} ${words.en}; the import takes ${limit.en} at most. Keep only the columns the segmentation needs.`,
    `${where.fr} a ${count(found).fr} ${words.fr} ; l'import en accepte ${limit.fr} au plus. Ne gardez que les colonnes utiles à la segmentation.`,
  );
}

/**
 * A sheet whose merged areas cover more cells than the import takes.
 *
 * @param sheet - the sheet's name
 * @param cells - the cells its merged areas cover
 * @param area - the largest area, as the sheet names it
 * @returns the message
 * @example
 * tooMuchMerged("Data", 17179852800, "D1:XFD1048576").en
 * //=> 'The sheet "Data" has merged cells covering 17,179,852,800 cells (the largest is D1:XFD1048576); the import takes 100,000 merged cells at most. Unmerge those cells in Excel, save, and import the file again.'
 */
export function tooMuchMerged(sheet: string, cells: number, area: string): Bilingual {
  const where = sheetName(sheet);
  const limit = count(PORTFOLIO_LIMITS.mergedCells);
  return say(
    `${where.en} has merged cells covering ${count(cells).en} cells (the largest is ${area}); the import takes ${limit.en} merged cells at most. Unmerge those cells in Excel, save, and import the file again.`,
    `${where.fr} a des cellules fusionnées qui couvrent ${count(cells).fr} cellules (la plus grande zone est ${area}) ; l'import en accepte ${limit.fr} au plus. Annulez ces fusions dans Excel, enregistrez, puis importez à nouveau le fichier.`,
  );
}

/**
 * A cell with more characters than a cell of Excel can hold.
 *
 * @param where - the row of a .csv (as the spreadsheet shows it), or the sheet of a workbook; neither for a
 *   workbook's shared texts
 * @returns the message
 * @example
 * tooLongText({ row: 3 }).en
 * //=> "Row 3 has a cell of more than 32,767 characters, more than a cell of Excel holds; the import refuses it. Check that cell in the file (an unclosed double quote reads the rest of the file into one cell)."
 */
export function tooLongText(where: { readonly row?: number; readonly sheet?: string }): Bilingual {
  const subject =
    where.row !== undefined
      ? say(`Row ${where.row}`, `La ligne ${where.row}`)
      : where.sheet !== undefined
        ? sheetName(where.sheet)
        : say("The workbook", "Le classeur");
  const limit = count(PORTFOLIO_LIMITS.cellText);
  return say(
    `${subject.en} has a cell of more than ${limit.en} characters, more than a cell of Excel holds; the import refuses it. Check that cell in the file (an unclosed double quote reads the rest of the file into one cell).`,
    `${subject.fr} a une cellule de plus de ${limit.fr} caractères, plus qu'une cellule d'Excel n'en contient ; l'import la refuse. Vérifiez cette cellule dans le fichier (un guillemet non fermé lit toute la suite du fichier dans une cellule).`,
  );
}

/** A .csv that is not text: binary bytes (NUL, control characters) where text should be. */
export const NOT_TEXT = say(
  'This file is not text: it holds binary bytes a .csv never has. Pick the .csv (or the .xlsx) of your portfolio; from Excel, save as "CSV UTF-8" or "Unicode Text".',
  "Ce fichier n'est pas du texte : il contient des octets binaires qu'un .csv n'a jamais. Choisissez le .csv (ou le .xlsx) de votre portefeuille ; depuis Excel, enregistrez-le au format « CSV UTF-8 » ou « Texte Unicode ».",
);

const sheetName = (name: string) => ({ en: `The sheet "${name}"`, fr: `La feuille « ${name} »` });

/**
 * A file exceljs could not open: an Excel 97-2003 or password-protected workbook is told apart.
 *
 * @param bytes - the file's bytes
 * @returns the message
 * @example
 * unreadable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])).en.slice(0, 45)
 * //=> "This file is an Excel 97-2003 workbook (.xls)"
 */
export function unreadable(bytes: Uint8Array): Bilingual {
  // The compound-file signature: an Excel 97-2003 workbook, or an .xlsx protected by a password.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return say(
      'This file is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which cannot be read here. Save it from Excel as "Excel Workbook (.xlsx)" without a password, or export the sheet as .csv, and import it again.',
      "Ce fichier est un classeur Excel 97-2003 (.xls) ou un classeur protégé par un mot de passe, qui ne peut pas être lu ici. Enregistrez-le depuis Excel au format « Classeur Excel (.xlsx) » sans mot de passe, ou exportez la feuille en .csv, puis importez-le à nouveau.",
    );
  return say(
    'This file could not be read as an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)", or export the sheet as .csv, and import it again.',
    "Ce fichier n'a pas pu être lu comme un classeur Excel (.xlsx). Enregistrez-le depuis Excel au format « Classeur Excel (.xlsx) », ou exportez la feuille en .csv, puis importez-le à nouveau.",
  );
}

/** `2, 5 and 9`, at most ten numbers then how many more. */
function listed(items: readonly string[], and: string, more: string): string {
  const shown = items.slice(0, 10);
  if (items.length > shown.length) return `${shown.join(", ")} ${and} ${items.length - shown.length} ${more}`;
  return shown.length === 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} ${and} ${shown.at(-1)}`;
}

/** "Row 2 has" or "Rows 2 and 5 have", in both languages. */
function rowsSubject(rows: readonly number[]): Bilingual {
  const numbers = rows.map(String);
  return rows.length === 1
    ? say(`Row ${numbers[0]} has`, `La ligne ${numbers[0]} a`)
    : say(`Rows ${listed(numbers, "and", "more")} have`, `Les lignes ${listed(numbers, "et", "autres")} ont`);
}

/**
 * Rows of a .csv with fewer cells than the header row.
 *
 * @param rows - the rows, numbered as the spreadsheet shows them (the header row is 1 in most files)
 * @param headers - how many headers the file names
 * @returns the message
 * @example
 * fewerCells([2, 5], 3).en
 * //=> "Rows 2 and 5 have fewer cells than the 3 headers: the missing cells are left blank. Check that no delimiter is missing in those rows."
 */
export function fewerCells(rows: readonly number[], headers: number): Bilingual {
  const subject = rowsSubject(rows);
  return say(
    `${subject.en} fewer cells than the ${headers} headers: the missing cells are left blank. Check that no delimiter is missing in ${rows.length === 1 ? "that row" : "those rows"}.`,
    `${subject.fr} moins de cellules que les ${headers} en-têtes : les cellules manquantes restent vides. Vérifiez qu'aucun séparateur ne manque dans ${rows.length === 1 ? "cette ligne" : "ces lignes"}.`,
  );
}

/**
 * Rows of a .csv with more cells than the header row, and the columns added to keep them.
 *
 * @param rows - the rows, numbered as the spreadsheet shows them (the header row is 1 in most files)
 * @param headers - how many headers the file names
 * @param added - the headers of the columns added
 * @returns the message
 * @example
 * moreCells([1], 2, ["Column 3"]).fr
 * //=> "La ligne 1 a plus de cellules que les 2 en-têtes : les cellules en trop sont gardées dans la nouvelle colonne « Column 3 »."
 */
export function moreCells(rows: readonly number[], headers: number, added: readonly string[]): Bilingual {
  const subject = rowsSubject(rows);
  const columns = added.map((header) => `"${header}"`);
  const frColumns = added.map((header) => `« ${header} »`);
  const plural = added.length > 1;
  return say(
    `${subject.en} more cells than the ${headers} headers: the extra cells are kept in the new column${plural ? "s" : ""} ${listed(columns, "and", "more")}.`,
    `${subject.fr} plus de cellules que les ${headers} en-têtes : les cellules en trop sont gardées dans ${plural ? "les nouvelles colonnes" : "la nouvelle colonne"} ${listed(frColumns, "et", "autres")}.`,
  );
}

/**
 * A quote papaparse reports as unclosed or misplaced, at its row as the spreadsheet shows it (a file's
 * records numbered from 1, as Excel opens it).
 *
 * @param error - papaparse's error: its code, and the record it is in (from 0)
 * @param first - the record of the header row (from 0)
 * @returns the message
 * @example
 * quoteProblem({ code: "InvalidQuotes", row: 3 }, 1).en
 * //=> 'Row 4 has a misplaced double quote ("); check that cell in the file.'
 */
export function quoteProblem(
  error: { readonly code: string; readonly row?: number | undefined },
  first: number,
): Bilingual {
  const record = error.row ?? first;
  const row = record + 1;
  const where =
    record <= first ? say("The header row", "La ligne d'en-têtes") : say(`Row ${row}`, `La ligne ${row}`);
  return error.code === "MissingQuotes"
    ? say(
        `${where.en} opens a quoted cell that is never closed, so the rest of the file was read into that cell. Add the missing double quote (") and import the file again.`,
        `${where.fr} ouvre une cellule entre guillemets qui n'est jamais fermée : la suite du fichier a été lue dans cette cellule. Ajoutez le guillemet (") manquant et importez à nouveau le fichier.`,
      )
    : say(
        `${where.en} has a misplaced double quote ("); check that cell in the file.`,
        `${where.fr} contient un guillemet (") mal placé ; vérifiez cette cellule dans le fichier.`,
      );
}

/**
 * Formulas of an .xlsx sheet saved without their result (a file written by a program, not by Excel).
 *
 * @param sheet - the sheet's name
 * @param cells - the cells' addresses
 * @returns the message
 * @example
 * formulasWithoutResult("Accounts", ["B2"]).en
 * //=> 'The sheet "Accounts": the formula in B2 has no saved result, so that cell is read as blank. Open the file in Excel, save it, and import it again.'
 */
export function formulasWithoutResult(sheet: string, cells: readonly string[]): Bilingual {
  const where = sheetName(sheet);
  const plural = cells.length > 1;
  return say(
    `${where.en}: the formula${plural ? "s" : ""} in ${listed(cells, "and", "more")} ${plural ? "have" : "has"} no saved result, so ${plural ? "those cells are" : "that cell is"} read as blank. Open the file in Excel, save it, and import it again.`,
    `${where.fr} : ${plural ? "les formules" : "la formule"} en ${listed(cells, "et", "autres")} ${plural ? "n'ont" : "n'a"} pas de résultat enregistré : ${plural ? "ces cellules sont lues comme vides" : "cette cellule est lue comme vide"}. Ouvrez le fichier dans Excel, enregistrez-le, puis importez-le à nouveau.`,
  );
}
