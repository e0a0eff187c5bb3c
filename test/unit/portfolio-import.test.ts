// The portfolio import of the segmentation wizard: .csv files in English and French conventions, .xlsx files
// built here with exceljs and read back, header guessing in both languages, and the rows handed to the
// segmentation. Every expected value is written by hand from the fixture's text.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEGMENTATION_RULES } from "../../functions/segmentation/rules";
import { segmentAccounts } from "../../functions/segmentation/segment";
import {
  guessMapping,
  mapRows,
  parseCsv,
  readXlsxPortfolio,
  type PortfolioSheet,
} from "../../notebook/segmentation/portfolio-import/read";
import { PORTFOLIO_COLUMNS } from "../../notebook/segmentation/columns";
import { ACCOUNT_HEADERS } from "../../templates/segmentation-common";

const ENGLISH_CSV =
  "Account name,Current ARR,Potential ARR,Industry,Region,Customer since\n" +
  '"Acme, Inc.","$120,000","1,234.50",Software,North America,2018-03-01\n' +
  '"Smith ""Bob"" Ltd",-12.5,$ 300,Retail,"UK & Ireland",01/02/2019\n' +
  '"Multi\nline",1e3,12%,Energy,DACH,\n' +
  "Beta,12k,007,,,\n";

const FRENCH_CSV =
  "\ufeffCompte;ARR actuel;ARR potentiel;Secteur;Région;Client depuis\r\n" +
  "Dupont SA;12 000,50;€40 000;Santé;Île-de-France;31/01/2019\r\n" +
  "Martin & fils;8\u00a0500 €;;Industrie;Ouest;05/11/2021\r\n" +
  "Lefèvre;1\u202f250\u202f000,5;2 000 000 €;Logistique;Sud;1/2/2020\r\n" +
  '"Café ""Le Zinc""";12k;15 %;Restauration;Nord;29/02/2021\r\n' +
  ";;;;;\r\n" +
  "Bâtiment Durand;0,125;-3 000 €;BTP;Est;15.06.2019\r\n";

/** The single cell of a one-column file with the given delimiter, as read. */
const cellOf = (value: string, delimiter: string) =>
  parseCsv(`Account${delimiter}ARR\nAcme${delimiter}${value}\n`).sheet.rows[0]?.[1];

describe("parseCsv", () => {
  it("reads an English file with commas, quoted cells, escaped quotes and a line break in a cell", () => {
    const { sheet, problems } = parseCsv(ENGLISH_CSV, "portfolio.csv");
    expect(problems).toEqual([]);
    expect(sheet).toEqual({
      name: "portfolio.csv",
      headers: ["Account name", "Current ARR", "Potential ARR", "Industry", "Region", "Customer since"],
      rows: [
        ["Acme, Inc.", 120000, 1234.5, "Software", "North America", "2018-03-01"],
        ['Smith "Bob" Ltd', -12.5, 300, "Retail", "UK & Ireland", "01/02/2019"],
        ["Multi\nline", 1000, "12%", "Energy", "DACH", null],
        ["Beta", "12k", "007", null, null, null],
      ],
    });
  });

  it("reads a French file with semicolons, a byte order mark, space thousands, euros and day-first dates", () => {
    const { sheet, problems } = parseCsv(FRENCH_CSV);
    expect(problems).toEqual([]);
    expect(sheet.name).toBe("CSV");
    expect(sheet.headers).toEqual([
      "Compte",
      "ARR actuel",
      "ARR potentiel",
      "Secteur",
      "Région",
      "Client depuis",
    ]);
    expect(sheet.rows).toEqual([
      ["Dupont SA", 12000.5, 40000, "Santé", "Île-de-France", "2019-01-31"],
      ["Martin & fils", 8500, null, "Industrie", "Ouest", "2021-11-05"],
      ["Lefèvre", 1250000.5, 2000000, "Logistique", "Sud", "2020-02-01"],
      ['Café "Le Zinc"', "12k", "15 %", "Restauration", "Nord", "29/02/2021"],
      [null, null, null, null, null, null],
      ["Bâtiment Durand", 0.125, -3000, "BTP", "Est", "2019-06-15"],
    ]);
  });

  it("reads a tab-separated file", () => {
    expect(parseCsv("Account\tARR\nAcme\t1 500\n").sheet).toEqual({
      name: "CSV",
      headers: ["Account", "ARR"],
      rows: [["Acme", 1500]],
    });
  });

  it("takes the delimiter from the header row, not from the numbers under it", () => {
    const { sheet } = parseCsv("Compte;ARR\nA;1,5\nB;2,25\nC;3,75\n");
    expect(sheet.headers).toEqual(["Compte", "ARR"]);
    expect(sheet.rows).toEqual([
      ["A", 1.5],
      ["B", 2.25],
      ["C", 3.75],
    ]);
  });

  it("reads the numbers only one convention can read, whatever the delimiter", () => {
    expect(cellOf('"12,5"', ",")).toBe(12.5);
    expect(cellOf('"1.234,5"', ",")).toBe(1234.5);
    expect(cellOf("12.5", ";")).toBe(12.5);
    expect(cellOf("1,234.50", ";")).toBe(1234.5);
    expect(cellOf("0,125", "\t")).toBe(0.125);
    expect(cellOf("1 234", "\t")).toBe(1234);
  });

  it("reads a number both conventions read differently by the delimiter, and keeps it as text in a tab file", () => {
    expect(cellOf('"1,234"', ",")).toBe(1234);
    expect(cellOf("1.234", ",")).toBe(1.234);
    expect(cellOf("1,234", ";")).toBe(1.234);
    expect(cellOf("1.234", ";")).toBe(1234);
    expect(cellOf("1,234", "\t")).toBe("1,234");
    expect(cellOf("1.234", "\t")).toBe("1.234");
  });

  it("lets the place of the currency symbol decide before the delimiter does", () => {
    expect(cellOf("€12,000", ";")).toBe(12000);
    expect(cellOf('"12,000 €"', ",")).toBe(12);
    expect(cellOf('"$1,234"', "\t")).toBe(1234);
  });

  it("keeps as text what is not a clean number", () => {
    for (const text of [
      "12k",
      "12%",
      "12 %",
      "007",
      "1234567890123456",
      "- 5",
      "--5",
      "€5$",
      "1 2",
      "(12)",
      "12.5.3",
    ])
      expect(cellOf(text, ";")).toBe(text);
  });

  it("reads signs and currency symbols on either side", () => {
    expect(cellOf("-€5", ";")).toBe(-5);
    expect(cellOf("€-5", ";")).toBe(-5);
    expect(cellOf("+5 $", ";")).toBe(5);
    expect(cellOf("-0", ";")).toBe(0);
  });

  it("turns day-first dates into ISO text in semicolon files only, and only real days", () => {
    expect(cellOf("31/12/2020", ";")).toBe("2020-12-31");
    expect(cellOf("31.12.2020", ";")).toBe("2020-12-31");
    expect(cellOf("29/02/2020", ";")).toBe("2020-02-29");
    expect(cellOf("12/31/2020", ";")).toBe("12/31/2020");
    expect(cellOf("31/12/2020", ",")).toBe("31/12/2020");
    expect(cellOf("2020-12-31", ";")).toBe("2020-12-31");
  });

  it("pads short rows, widens the headers for long rows, and names the rows in problems", () => {
    const { sheet, problems } = parseCsv(
      "Account,ARR,Region\nA,1,EU\nB,2\nC,3,US,extra,more\n\nD\nE,5,APAC,x\n",
    );
    expect(sheet.headers).toEqual(["Account", "ARR", "Region", "Column 4", "Column 5"]);
    expect(sheet.rows).toEqual([
      ["A", 1, "EU", null, null],
      ["B", 2, null, null, null],
      ["C", 3, "US", "extra", "more"],
      [null, null, null, null, null],
      ["D", null, null, null, null],
      ["E", 5, "APAC", "x", null],
    ]);
    expect(problems).toEqual([
      {
        en: "Rows 3 and 6 have fewer cells than the 3 headers: the missing cells are left blank. Check that no delimiter is missing in those rows.",
        fr: "Les lignes 3 et 6 ont moins de cellules que les 3 en-têtes : les cellules manquantes restent vides. Vérifiez qu'aucun séparateur ne manque dans ces lignes.",
      },
      {
        en: 'Rows 4 and 7 have more cells than the 3 headers: the extra cells are kept in the new columns "Column 4" and "Column 5".',
        fr: "Les lignes 4 et 7 ont plus de cellules que les 3 en-têtes : les cellules en trop sont gardées dans les nouvelles colonnes « Column 4 » et « Column 5 ».",
      },
    ]);
  });

  it("lists ten rows at most in a problem", () => {
    const text = "A,B\n" + "x\n".repeat(12);
    expect(parseCsv(text).problems[0]?.en).toBe(
      "Rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more have fewer cells than the 2 headers: the missing cells are left blank. Check that no delimiter is missing in those rows.",
    );
  });

  it("names blank headers by their column and makes repeated headers unique", () => {
    expect(parseCsv(",Account,account,Account, \n1,2,3,4,5\n").sheet.headers).toEqual([
      "Column 1",
      "Account",
      "account (2)",
      "Account (3)",
      "Column 5",
    ]);
  });

  it("takes the first non-empty line as the headers and drops the blank lines after the table", () => {
    expect(parseCsv("\n;;\n\nAccount;ARR\nA;1\n\nB;2\n\n\n").sheet.rows).toEqual([
      ["A", 1],
      [null, null],
      ["B", 2],
    ]);
  });

  it("says where a quoted cell is left open", () => {
    const { sheet, problems } = parseCsv('Account,ARR\nA,1\n"B,2\nC,3\n');
    expect(sheet.rows).toEqual([
      ["A", 1],
      ["B,2\nC,3", null],
    ]);
    expect(problems[0]).toEqual({
      en: 'Row 3 opens a quoted cell that is never closed, so the rest of the file was read into that cell. Add the missing double quote (") and import the file again.',
      fr: "La ligne 3 ouvre une cellule entre guillemets qui n'est jamais fermée : la suite du fichier a été lue dans cette cellule. Ajoutez le guillemet (\") manquant et importez à nouveau le fichier.",
    });
  });

  it("says an empty file is empty", () => {
    for (const text of ["", "\n\n", "\ufeff", " ; \n"])
      expect(parseCsv(text)).toEqual({
        sheet: { name: "CSV", headers: [], rows: [] },
        problems: [
          {
            en: "The file is empty: there is no header row to read. Check that you picked the right file.",
            fr: "Le fichier est vide : il n'a pas de ligne d'en-têtes. Vérifiez que vous avez choisi le bon fichier.",
          },
        ],
      });
  });

  it("refuses a file over 20 MB", () => {
    const { sheet, problems } = parseCsv("a".repeat(21 * 1024 * 1024));
    expect(sheet).toEqual({ name: "CSV", headers: [], rows: [] });
    expect(problems).toEqual([
      {
        en: "The file is 21.0 MB; the import takes 20 MB at most. Split the portfolio into smaller files, or keep only the columns the segmentation needs.",
        fr: "Le fichier fait 21,0 Mo ; l'import accepte 20 Mo au plus. Découpez le portefeuille en fichiers plus petits, ou ne gardez que les colonnes utiles à la segmentation.",
      },
    ]);
  });

  it("counts the bytes of accented text, not its characters", () => {
    // 7 million "é" (in lines of 1,000: a cell holds 32,767 characters at most) are 7 MB of characters but
    // 14 MB of UTF-8; 11 million are 22 MB.
    expect(parseCsv(("é".repeat(1_000) + "\n").repeat(7_000)).problems).toEqual([]);
    expect(parseCsv("é".repeat(11_000_000)).problems[0]?.en).toMatch(/^The file is 21\.0 MB;/);
  });

  it("refuses a file over a plan's 100,000 accounts, and takes one of exactly 100,000", () => {
    expect(parseCsv("Account\n" + "x\n".repeat(100_000)).sheet.rows.length).toBe(100_000);
    expect(parseCsv("Account\n" + "x\n".repeat(100_001))).toEqual({
      sheet: { name: "CSV", headers: [], rows: [] },
      problems: [
        {
          en: "The file has more than 100,000 rows; a CSM Kit plan takes 100,000 accounts at most. Split the portfolio into smaller files.",
          fr: "Le fichier a plus de 100\u00a0000 lignes ; un plan CSM Kit accepte 100\u00a0000 comptes au plus. Découpez le portefeuille en fichiers plus petits.",
        },
      ],
    });
  });
});

describe("readXlsxPortfolio", () => {
  async function workbookBytes(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const accounts = workbook.addWorksheet("Accounts");
    accounts.getRow(1).values = [
      "Account",
      "Current ARR",
      "Potential ARR",
      "Industry",
      "Region",
      "Customer since",
    ];
    accounts.getRow(2).values = [
      "Acme",
      120000,
      { formula: "B2*2", result: 240000 },
      "Software",
      "  EMEA ",
      new Date(Date.UTC(2018, 2, 1)),
    ];
    // Row 3 is blank.
    accounts.getRow(4).values = [
      "Beta",
      { formula: "B2/10" },
      5000,
      { richText: [{ text: "Health" }, { text: "care" }] },
      { text: "Nord", hyperlink: "https://example.com/nord" },
      43466,
    ];
    accounts.getRow(5).values = [
      { formula: "NA()", result: { error: "#N/A" } },
      "12k",
      true,
      { error: "#REF!" },
      "   ",
      null,
    ];
    const regions = workbook.addWorksheet("Regions");
    regions.getCell("B3").value = "Region";
    regions.getCell("C3").value = "CSMs";
    regions.getCell("B4").value = "EMEA";
    regions.getCell("C4").value = 3;
    regions.getCell("D5").value = "note";
    regions.getCell("B6").value = "Total";
    regions.mergeCells("B6:C6");
    workbook.addWorksheet("Empty");
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it("reads each sheet with data: numbers, dates, saved formula results, rich text, links, booleans and errors", async () => {
    const { sheets, problems } = await readXlsxPortfolio(await workbookBytes());
    expect(sheets).toEqual([
      {
        name: "Accounts",
        headers: ["Account", "Current ARR", "Potential ARR", "Industry", "Region", "Customer since"],
        rows: [
          ["Acme", 120000, 240000, "Software", "EMEA", "2018-03-01"],
          [null, null, null, null, null, null],
          ["Beta", null, 5000, "Healthcare", "Nord", 43466],
          ["#N/A", "12k", true, "#REF!", null, null],
        ],
      },
      {
        name: "Regions",
        headers: ["Region", "CSMs", "Column 3"],
        // Its headers are in row 3 of the sheet: messages number its rows from 4.
        firstRow: 4,
        rows: [
          ["EMEA", 3, null],
          [null, null, "note"],
          ["Total", null, null],
        ],
      },
    ]);
    expect(problems).toEqual([
      {
        en: 'The sheet "Accounts": the formula in B4 has no saved result, so that cell is read as blank. Open the file in Excel, save it, and import it again.',
        fr: "La feuille « Accounts » : la formule en B4 n'a pas de résultat enregistré : cette cellule est lue comme vide. Ouvrez le fichier dans Excel, enregistrez-le, puis importez-le à nouveau.",
      },
    ]);
  });

  it("gives rows the segmentation reads", async () => {
    const { sheets } = await readXlsxPortfolio(await workbookBytes());
    const sheet = sheets[0] as PortfolioSheet;
    const result = segmentAccounts(mapRows(sheet, guessMapping(sheet.headers)), DEFAULT_SEGMENTATION_RULES);
    if (!result.ok) throw new Error("the default rules are valid");
    expect([result.rows, result.classified, result.unclassified, result.blankRows]).toEqual([4, 1, 2, 1]);
  });

  it("says a file that is not a workbook cannot be read, without throwing", async () => {
    expect(await readXlsxPortfolio(new TextEncoder().encode("Account,ARR\nAcme,10\n"))).toEqual({
      sheets: [],
      problems: [
        {
          en: 'This file could not be read as an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)", or export the sheet as .csv, and import it again.',
          fr: "Ce fichier n'a pas pu être lu comme un classeur Excel (.xlsx). Enregistrez-le depuis Excel au format « Classeur Excel (.xlsx) », ou exportez la feuille en .csv, puis importez-le à nouveau.",
        },
      ],
    });
    expect((await readXlsxPortfolio(new Uint8Array())).problems.length).toBe(1);
  });

  it("refuses a workbook over 20 MB before reading it", async () => {
    expect(await readXlsxPortfolio(new Uint8Array(20 * 1024 * 1024 + 1))).toEqual({
      sheets: [],
      problems: [
        {
          en: "The file is 20.1 MB; the import takes 20 MB at most. Split the portfolio into smaller files, or keep only the columns the segmentation needs.",
          fr: "Le fichier fait 20,1 Mo ; l'import accepte 20 Mo au plus. Découpez le portefeuille en fichiers plus petits, ou ne gardez que les colonnes utiles à la segmentation.",
        },
      ],
    });
  });

  it("recognises an old .xls or a password-protected workbook", async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await readXlsxPortfolio(bytes)).problems[0]?.en).toMatch(
      /^This file is an Excel 97-2003 workbook/,
    );
  });

  it("says a workbook without data has none", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsxPortfolio(bytes)).toEqual({
      sheets: [],
      problems: [
        {
          en: "The workbook has no sheet with data. Check that you picked the right file.",
          fr: "Le classeur n'a aucune feuille avec des données. Vérifiez que vous avez choisi le bon fichier.",
        },
      ],
    });
  });

  it("reads a sheet whose accounts are an Excel table with a calculated column, as Excel saves it", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("CRM").addTable({
      name: "Accounts",
      ref: "A1",
      headerRow: true,
      columns: [
        { name: "Account" },
        { name: "Current ARR" },
        { name: "Potential ARR" },
        { name: "Industry" },
      ],
      rows: [
        ["Acme", 1000, { formula: "Accounts[[#This Row],[Current ARR]]*2", result: 2000 }, "Retail"],
        ["Beta", 500, { formula: "Accounts[[#This Row],[Current ARR]]*2", result: 1000 }, "Energy"],
      ],
    });
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const table = strFromU8(parts["xl/tables/table1.xml"] ?? new Uint8Array());
    // What Excel writes for a calculated column: the formula it fills new rows with, inside the column.
    const excel = table.replace(
      /<tableColumn id="3" name="Potential ARR"[^>]*\/>/,
      '<tableColumn id="3" name="Potential ARR"><calculatedColumnFormula>Accounts[[#This Row],[Current ARR]]*2</calculatedColumnFormula></tableColumn>',
    );
    expect(excel).not.toBe(table);
    parts["xl/tables/table1.xml"] = strToU8(excel);
    const { sheets, problems } = await readXlsxPortfolio(zipSync(parts));
    expect(problems).toEqual([]);
    expect(sheets).toEqual([
      {
        name: "CRM",
        headers: ["Account", "Current ARR", "Potential ARR", "Industry"],
        rows: [
          ["Acme", 1000, 2000, "Retail"],
          ["Beta", 500, 1000, "Energy"],
        ],
      },
    ]);
  });
});

describe("guessMapping", () => {
  it("maps the segmentation template's own headers, in English and in French", () => {
    for (const language of ["en", "fr"] as const) {
      const headers = [
        ACCOUNT_HEADERS.account,
        ACCOUNT_HEADERS.current,
        ACCOUNT_HEADERS.potential,
        ACCOUNT_HEADERS.industry,
        ACCOUNT_HEADERS.region,
        ACCOUNT_HEADERS.since,
        ACCOUNT_HEADERS.arrTier,
        ACCOUNT_HEADERS.tier,
        ACCOUNT_HEADERS.moved,
        ACCOUNT_HEADERS.level,
      ].map((header) => header[language]);
      expect(guessMapping(headers)).toEqual({
        account: 0,
        currentArr: 1,
        potentialArr: 2,
        industry: 3,
        region: 4,
        customerSince: 5,
      });
    }
  });

  const ALL = { account: 0, currentArr: 1, potentialArr: 2, industry: 3, region: 4, customerSince: 5 };
  const variants: [readonly string[], Record<string, number>][] = [
    [["Account name", "ARR (€)", "Upsell potential", "Sector", "Territory", "Start date"], ALL],
    [
      [
        "Nom du client",
        "CA annuel récurrent",
        "Potentiel d'upsell",
        "Secteur d'activité",
        "Zone",
        "Date de signature",
      ],
      ALL,
    ],
    [["Société", "Montant ARR", "Potentiel", "Industrie", "Pays", "Date de début"], ALL],
    [["Company", "Revenue", "Potential", "Vertical", "Country", "Signed"], ALL],
    [["  ACCOUNT ", "current   arr", "ARR POTENTIEL", "industry", "REGION", "client DEPUIS"], ALL],
    [
      [
        "Client",
        "Current ARR (USD)",
        "Potential ARR (USD)",
        "Industry vertical",
        "Sales region",
        "Customer since (date)",
      ],
      ALL,
    ],
    [["Nom du compte", "ARR 2024", "Potentiel ARR", "Secteur", "Re\u0301gion", "Depuis"], ALL],
    [
      [
        "Customer ID",
        "Customer name",
        "Current ARR",
        "Potential ARR",
        "Industry",
        "Region",
        "Customer since",
      ],
      { account: 1, currentArr: 2, potentialArr: 3, industry: 4, region: 5, customerSince: 6 },
    ],
    [
      ["Client", "ARR", "MRR", "Région", "Pays", "Depuis"],
      { account: 0, currentArr: 1, region: 3, customerSince: 5 },
    ],
    [["Country", "Sales region"], { region: 1 }],
    [
      ["Account manager", "Account", "Health score", "Renewal date", "Customer since"],
      { account: 1, customerSince: 4 },
    ],
    [["Revenue potential", "Annual revenue"], { potentialArr: 0, currentArr: 1 }],
    [["Potential ARR", "Current ARR"], { potentialArr: 0, currentArr: 1 }],
    [["ARR tier", "Current ARR"], { currentArr: 1 }],
    [["ARR", "Current ARR"], { currentArr: 1 }],
    [["Region", "Region (2)"], { region: 0 }],
    [["Secteur géographique", "Secteur"], { region: 0, industry: 1 }],
  ];
  for (const [headers, expected] of variants)
    it(`maps ${headers.join(" | ")}`, () => {
      expect(guessMapping(headers)).toEqual(expected);
    });

  it("maps nothing from headers that name no field", () => {
    expect(
      guessMapping([
        "MRR",
        "Monthly revenue",
        "MRR actuel",
        "CSM",
        "Segment",
        "Tier",
        "Churn date",
        "Health score",
        "",
      ]),
    ).toEqual({});
  });

  it("never takes a monthly amount as the current ARR", () => {
    expect(guessMapping(["Account", "MRR", "Monthly recurring revenue", "Revenu mensuel"])).toEqual({
      account: 0,
    });
  });

  it("uses each column once", () => {
    expect(guessMapping(["Client"])).toEqual({ account: 0 });
    expect(guessMapping([])).toEqual({});
  });
});

describe("mapRows", () => {
  const sheet: PortfolioSheet = {
    name: "CSV",
    headers: ["Region", "Client", "ARR", "Since"],
    rows: [
      ["EU", "Acme", 1200, "2019-01-01"],
      [null, null, null, null],
      ["US", "Beta", "12k", null],
    ],
  };

  it("gives one account per row, blank rows included, with the mapped fields only", () => {
    expect(mapRows(sheet, { account: 1, currentArr: 2, region: 0 })).toEqual([
      { account: "Acme", currentArr: 1200, region: "EU" },
      { account: null, currentArr: null, region: null },
      { account: "Beta", currentArr: "12k", region: "US" },
    ]);
  });

  it("maps nothing for a column outside the sheet", () => {
    expect(mapRows(sheet, { account: 1, currentArr: 9, industry: -1 })).toEqual([
      { account: "Acme" },
      { account: null },
      { account: "Beta" },
    ]);
  });

  it("knows the fields in the template's order", () => {
    expect(PORTFOLIO_COLUMNS).toEqual([
      "account",
      "currentArr",
      "potentialArr",
      "industry",
      "region",
      "customerSince",
    ]);
  });

  it("hands a French file to the segmentation, which reports the text it cannot read", () => {
    const { sheet: french } = parseCsv(FRENCH_CSV);
    const result = segmentAccounts(mapRows(french, guessMapping(french.headers)), DEFAULT_SEGMENTATION_RULES);
    if (!result.ok) throw new Error("the default rules are valid");
    expect([result.rows, result.classified, result.unclassified, result.blankRows]).toEqual([6, 3, 2, 1]);
    expect(result.problems.map((problem) => problem.message.en)).toEqual([
      'Row 4 (Café "Le Zinc"), current ARR: expected an amount of 0 or more, got the text "12k".',
      'Row 4 (Café "Le Zinc"), potential ARR: expected an amount of 0 or more, got the text "15 %".',
      'Row 4 (Café "Le Zinc"), customer since: expected a date (YYYY-MM-DD or an Excel date), got the text "29/02/2021".',
      "Row 6 (Bâtiment Durand), potential ARR: expected an amount of 0 or more, got -3000.",
    ]);
  });
});
