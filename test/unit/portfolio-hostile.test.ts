// Hostile files at the portfolio import's door (issue 17): a merge bomb, a row bomb, a string bomb, a zip that
// unpacks past the limit or holds more than it declares, a UTF-16 .csv, binary bytes. Each is refused, with the
// limit it passes, before exceljs parses it (exceljs makes an object per merged cell: without the inspection the
// merge bomb below does not return). "Before exceljs parses it" is what the tests check, by counting exceljs's
// loads, not by a clock: the speed the person sees is checked in Chromium (test/e2e/reliability.e2e.mjs, the
// page answering within a second throughout). The files are built from a small workbook exceljs writes,
// its XML edited by hand (test/support/hostile-files.mjs); the expected messages are written by hand.
import { strFromU8, strToU8, zipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { readCsvPortfolio, readXlsxPortfolio } from "../../notebook/segmentation/portfolio-import/read";
import { SHEET, editedWorkbook, workbookParts as parts } from "../support/hostile-files.mjs";

/** The workbook with its sheet's XML edited (test/support/hostile-files.mjs, shared with the browser walk). */
const withSheet = (edit: (xml: string) => string) => editedWorkbook(SHEET, edit);

/** How many times exceljs was asked to parse a workbook: the hostile files must be refused before. */
const excelJs = vi.hoisted(() => ({ loads: 0 }));
vi.mock("exceljs", async (importOriginal) => {
  const real = await importOriginal<typeof import("exceljs") & { default?: typeof import("exceljs") }>();
  const ExcelJS = real.default ?? real;
  class CountingWorkbook extends ExcelJS.Workbook {
    constructor() {
      super();
      const xlsx = this.xlsx;
      const load = xlsx.load.bind(xlsx);
      xlsx.load = (...args: Parameters<typeof load>) => {
        excelJs.loads++;
        return load(...args);
      };
    }
  }
  const counted = { ...ExcelJS, Workbook: CountingWorkbook };
  return { ...counted, default: counted };
});

/** Reads a file and says whether exceljs parsed it. */
async function inspected(bytes: Uint8Array) {
  const before = excelJs.loads;
  const read = await readXlsxPortfolio(bytes);
  return { ...read, parsedByExcelJs: excelJs.loads > before };
}

describe("the import of a hostile .xlsx", () => {
  it("reads the small workbook the hostile files are made from, through exceljs", async () => {
    // The control of every "parsedByExcelJs: false" below: a file that passes the inspection is parsed.
    const { sheets, parsedByExcelJs } = await inspected(zipSync(await parts()));
    expect(sheets[0]?.rows).toEqual([
      ["Acme", 10],
      ["Beta", 20],
    ]);
    expect(parsedByExcelJs).toBe(true);
  });

  it(
    "refuses a 7 KB merge of D1:XFD1048576 at once, saying which area and the limit",
    { timeout: 60_000 },
    async () => {
      const bomb = await withSheet((xml) =>
        xml.replace(
          "</sheetData>",
          '</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>',
        ),
      );
      expect(bomb.byteLength).toBeLessThan(10_000);
      const { sheets, problems, parsedByExcelJs } = await inspected(bomb);
      expect(sheets).toEqual([]);
      expect(problems).toEqual([
        {
          en: 'The sheet "Accounts" has merged cells covering 17,176,723,456 cells (the largest is D1:XFD1048576); the import takes 100,000 merged cells at most. Unmerge those cells in Excel, save, and import the file again.',
          fr: "La feuille « Accounts » a des cellules fusionnées qui couvrent 17\u00a0176\u00a0723\u00a0456 cellules (la plus grande zone est D1:XFD1048576) ; l'import en accepte 100\u00a0000 au plus. Annulez ces fusions dans Excel, enregistrez, puis importez à nouveau le fichier.",
        },
      ]);
      expect(parsedByExcelJs).toBe(false);
    },
  );

  it("takes merged areas up to 100,000 cells, and refuses one cell more", { timeout: 60_000 }, async () => {
    // C5:L10004 is 10 × 10,000 = 100,000 cells; with M1:N1, 100,002.
    const merge = (refs: string[]) =>
      withSheet((xml) =>
        xml.replace(
          "</sheetData>",
          `</sheetData><mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`,
        ),
      );
    expect((await readXlsxPortfolio(await merge(["C5:L10004"]))).problems).toEqual([]);
    expect((await readXlsxPortfolio(await merge(["C5:L10004", "M1:N1"]))).problems[0]?.en).toMatch(
      /covering 100,002 cells \(the largest is C5:L10004\)/,
    );
  });

  it("refuses a sheet that declares 1,048,576 rows, before reading them", { timeout: 60_000 }, async () => {
    const bomb = await withSheet((xml) =>
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B1048576"/>'),
    );
    const { problems, parsedByExcelJs } = await inspected(bomb);
    expect(problems.map((problem) => problem.en)).toEqual([
      'The sheet "Accounts" has 1,048,575 rows; a CSM Kit plan takes 100,000 accounts at most. Split the portfolio into smaller files.',
    ]);
    expect(parsedByExcelJs).toBe(false);
  });

  it(
    "refuses a sheet with 1,048,576 rows and no dimension, counting them as they are read",
    { timeout: 60_000 },
    async () => {
      const rows = Array.from(
        { length: 1_048_576 },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
      );
      const bomb = await withSheet((xml) =>
        xml
          .replace(/<dimension ref="[^"]*"\/>/, "")
          .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`),
      );
      const { problems, parsedByExcelJs } = await inspected(bomb);
      expect(problems.map((problem) => problem.en)).toEqual([
        'The sheet "Accounts" has more than 100,000 rows; a CSM Kit plan takes 100,000 accounts at most. Split the portfolio into smaller files.',
      ]);
      // exceljs took 45 s on such a file before refusing it: the rows are counted as the sheet is read.
      expect(parsedByExcelJs).toBe(false);
    },
  );

  it(
    "refuses a shared text longer than a cell of Excel holds, and takes one of 32,767 characters",
    { timeout: 60_000 },
    async () => {
      const withText = async (text: string) => {
        const files = await parts();
        const shared = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
        files["xl/sharedStrings.xml"] = strToU8(shared.replace("<t>Acme</t>", `<t>${text}</t>`));
        return zipSync(files);
      };
      const longest = await readXlsxPortfolio(await withText("a".repeat(32_766) + "&amp;"));
      expect(longest.problems).toEqual([]);
      expect(String(longest.sheets[0]?.rows[0]?.[0]).length).toBe(32_767);
      const { sheets, problems, parsedByExcelJs } = await inspected(await withText("a".repeat(32_768)));
      expect(sheets).toEqual([]);
      expect(problems).toEqual([
        {
          en: "The workbook has a cell of more than 32,767 characters, more than a cell of Excel holds; the import refuses it. Check that cell in the file (an unclosed double quote reads the rest of the file into one cell).",
          fr: "Le classeur a une cellule de plus de 32\u00a0767 caractères, plus qu'une cellule d'Excel n'en contient ; l'import la refuse. Vérifiez cette cellule dans le fichier (un guillemet non fermé lit toute la suite du fichier dans une cellule).",
        },
      ]);
      expect(parsedByExcelJs).toBe(false);
    },
  );

  it("refuses a text of a million characters written in the sheet itself", { timeout: 60_000 }, async () => {
    const bomb = await withSheet((xml) =>
      xml.replace(
        /<c r="A2"[^>]*>[\s\S]*?<\/c>/,
        `<c r="A2" t="inlineStr"><is><t>${"x".repeat(1_000_000)}</t></is></c>`,
      ),
    );
    expect((await readXlsxPortfolio(bomb)).problems[0]?.en).toMatch(
      /^The sheet "Accounts" has a cell of more than 32,767 characters/,
    );
  });

  it(
    "refuses a workbook whose parts unpack past 100 MB, from the sizes it declares",
    { timeout: 60_000 },
    async () => {
      const files = await parts();
      files["xl/media/padding.bin"] = new Uint8Array(120 * 1024 * 1024);
      const bomb = zipSync(files, { level: 1 });
      expect(bomb.byteLength).toBeLessThan(1024 * 1024);
      const { problems, parsedByExcelJs } = await inspected(bomb);
      expect(problems).toEqual([
        {
          en: "This workbook unpacks to 120.1 MB; the import takes 100 MB unpacked at most. Save only the sheet of accounts as a new workbook, or export it as .csv, and import that.",
          fr: "Ce classeur se décompresse en 120,1 Mo ; l'import accepte 100 Mo décompressés au plus. Enregistrez seulement la feuille des comptes dans un nouveau classeur, ou exportez-la en .csv, et importez ce fichier.",
        },
      ]);
      expect(parsedByExcelJs).toBe(false);
    },
  );

  it(
    "refuses a workbook whose part holds more than it declares, stopping the inflation there",
    { timeout: 60_000 },
    async () => {
      const files = await parts();
      files["xl/media/padding.bin"] = new Uint8Array(50 * 1024 * 1024);
      const bytes = zipSync(files, { level: 1 });
      // The central directory's record of padding.bin: its uncompressed size (offset 24) says 1 KB.
      const name = strToU8("xl/media/padding.bin");
      let at = bytes.length - name.length;
      while (
        at > 0 &&
        !(
          bytes[at] === 0x50 &&
          bytes[at + 1] === 0x4b &&
          bytes[at + 2] === 1 &&
          bytes[at + 3] === 2 &&
          strFromU8(bytes.subarray(at + 46, at + 46 + name.length)) === "xl/media/padding.bin"
        )
      )
        at--;
      expect(at).toBeGreaterThan(0);
      new DataView(bytes.buffer, bytes.byteOffset).setUint32(at + 24, 1024, true);
      const { problems, parsedByExcelJs } = await inspected(bytes);
      expect(problems[0]?.en).toBe(
        "This workbook holds more than its parts declare (it is damaged); the import takes 100 MB unpacked at most. Save only the sheet of accounts as a new workbook, or export it as .csv, and import that.",
      );
      expect(parsedByExcelJs).toBe(false);
    },
  );
});

describe("the import of a hostile .csv", () => {
  const utf16 = (text: string, bigEndian = false) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + i * 2);
    }
    return bytes;
  };

  it("reads Excel's Unicode Text: UTF-16 with its byte order mark, tab-separated", () => {
    const text = "Compte\tARR actuel\r\nSanté Île\t12 000,50\r\n";
    for (const bytes of [utf16(text), utf16(text, true)])
      expect(readCsvPortfolio(bytes, "unicode.txt")).toEqual({
        sheet: { name: "unicode.txt", headers: ["Compte", "ARR actuel"], rows: [["Santé Île", 12000.5]] },
        problems: [],
      });
  });

  it("refuses binary bytes instead of reading them as rows", () => {
    // A PNG's first bytes, then bytes 0–255 over and over: what picking the wrong file gives.
    const binary = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    binary.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(readCsvPortfolio(binary, "logo.png")).toEqual({
      sheet: { name: "logo.png", headers: [], rows: [] },
      problems: [
        {
          en: 'This file is not text: it holds binary bytes a .csv never has. Pick the .csv (or the .xlsx) of your portfolio; from Excel, save as "CSV UTF-8" or "Unicode Text".',
          fr: "Ce fichier n'est pas du texte : il contient des octets binaires qu'un .csv n'a jamais. Choisissez le .csv (ou le .xlsx) de votre portefeuille ; depuis Excel, enregistrez-le au format « CSV UTF-8 » ou « Texte Unicode ».",
        },
      ],
    });
  });

  it("still reads a Windows-1252 file with accents", () => {
    const bytes = new Uint8Array([
      ...strToU8("Compte;ARR\n"),
      0x53,
      0x61,
      0x6e,
      0x74,
      0xe9,
      ...strToU8(";10\n"),
    ]);
    expect(readCsvPortfolio(bytes).sheet.rows).toEqual([["Santé", 10]]);
  });

  it("refuses a cell longer than a cell of Excel holds, at its row, while parsing", () => {
    const text = `Account,ARR\nAcme,10\n"${"a".repeat(32_768)}",20\n`;
    expect(readCsvPortfolio(strToU8(text)).problems.map((problem) => problem.en)).toEqual([
      "Row 3 has a cell of more than 32,767 characters, more than a cell of Excel holds; the import refuses it. Check that cell in the file (an unclosed double quote reads the rest of the file into one cell).",
    ]);
    expect(readCsvPortfolio(strToU8(`Account\n${"a".repeat(32_767)}\n`)).problems).toEqual([]);
  });

  it("refuses 19 MB of blank lines while parsing, without keeping them", { timeout: 60_000 }, () => {
    const { problems } = readCsvPortfolio(strToU8("\n".repeat(20_000_000)));
    expect(problems[0]?.en).toMatch(/^The file has more than 100,000 rows;/);
    // Parsing 20 million lines takes seconds: the pane runs it in a Web Worker (taskpane/features/notebook/
    // file-parse.ts), and the reliability walk checks the page answers throughout.
  });

  it("refuses a row of more than 1,000 fields", () => {
    expect(readCsvPortfolio(strToU8(`Account${",x".repeat(1_000)}\n`)).problems[0]?.en).toBe(
      "The file has 1,001 columns; the import takes 1,000 at most. Keep only the columns the segmentation needs.",
    );
  });
});
