/**
 * The portfolio import of the segmentation wizard: a .csv or .xlsx file the person picks becomes sheets of
 * headers and rows, each field of the segmentation is matched to a column from its header (English or
 * French), and the rows become the accounts `segmentAccounts` takes. Pure: no DOM, no React. exceljs is
 * imported on demand, so that it stays out of the pane's first bundle.
 *
 * Reading a .csv, decided here:
 * - the delimiter is the one of `,` `;` tab found most often (outside quotes) in the first non-empty line,
 *   the header row; `,` when none is;
 * - a number is read in both conventions, English (`1,234.50`) and French (`1 234,50`, `1.234,50`, spaces
 *   being any of space, no-break space, narrow no-break space, thin space); when only one reads it, that one
 *   wins, whatever the delimiter (a French export quoted as `"12,5"` in a `,` file is still 12.5). When both
 *   read it and disagree (`1,234`, `1.234`), the delimiter decides: `,` files are English (1234, 1.234),
 *   `;` files French (1.234, 1234), tab files could be either and keep the text; a currency symbol decides
 *   before the delimiter does: `€12,000` (symbol first, the English habit) is 12000, `12,000 €` is 12.
 *   `€` and `$` are accepted before or after the amount; a percentage, `12k`, a leading zero (`007`, an
 *   id) and more than 15 digits stay text, so that nothing is read as a number it is not;
 * - dates stay text: ISO `YYYY-MM-DD` is what the segmentation reads. In `;` files only, `DD/MM/YYYY` (or
 *   `DD.MM.YYYY`) becomes ISO text: `;` is the delimiter of French and European exports, where the day
 *   comes first. Elsewhere `01/02/2019` could be either day first or month first, so it stays text and the
 *   segmentation reports it as not a date;
 * - rows are numbered as the segmentation numbers them: row 1 is the first row under the headers. Blank
 *   lines inside the table are kept (the segmentation counts them); blank lines after it are not.
 */
import Papa from "papaparse";
import type ExcelJS from "exceljs";
import { normalizeWord } from "../../functions/excel/arguments";
import type { AccountRow } from "../../functions/segmentation/segment";
import type { Bilingual, TableCell } from "./engine-types";

import { PORTFOLIO_COLUMNS, type PortfolioColumn } from "./segmentation-kinds";

/** A field of the segmentation that a column of the portfolio can hold. */
export type PortfolioField = PortfolioColumn;

/** The fields, in the order of the segmentation template's columns (the portfolio cell's). */
export const PORTFOLIO_FIELDS: readonly PortfolioField[] = PORTFOLIO_COLUMNS;

/** One table read from a file: every row has exactly `headers.length` cells; blanks are `null`. */
export interface PortfolioSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

/** The largest file and the most rows (under the headers) an import takes. */
export const PORTFOLIO_LIMITS = { bytes: 20 * 1024 * 1024, rows: 200_000 } as const;

const DELIMITERS = [",", ";", "\t"] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * Reads a .csv (or tab-separated) file's text into one sheet. Never throws: what could not be read as
 * expected is listed in `problems`, and a file over {@link PORTFOLIO_LIMITS} gives an empty sheet.
 *
 * @param text - the file's text, as decoded (a UTF-8 byte order mark is dropped)
 * @param name - the sheet's name, for the person: the file's name
 * @returns the sheet and the problems met
 * @example
 * parseCsv("Compte;ARR actuel;Client depuis\nAcme;12 000,50 €;31/01/2019").sheet.rows
 * //=> [["Acme", 12000.5, "2019-01-31"]]
 * @example
 * parseCsv('Account,ARR,Since\n"Acme, Inc.","$1,234.50",01/02/2019\nBeta,12k,').sheet.rows
 * //=> [["Acme, Inc.", 1234.5, "01/02/2019"], ["Beta", "12k", null]]
 * @example
 * parseCsv("Account,ARR\nAcme,10,extra").problems[0].en
 * //=> 'Row 1 has more cells than the 2 headers: the extra cells are kept in the new column "Column 3".'
 */
export function parseCsv(text: string, name = "CSV"): { sheet: PortfolioSheet; problems: Bilingual[] } {
  const nothing: PortfolioSheet = { name, headers: [], rows: [] };
  const size = utf8Size(text);
  if (size > PORTFOLIO_LIMITS.bytes) return { sheet: nothing, problems: [tooLarge(size)] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  const first = records.findIndex((record) => !blankRecord(record));
  if (first === -1) return { sheet: nothing, problems: [EMPTY_FILE] };
  let last = records.length - 1;
  while (last > first && blankRecord(records[last] ?? [])) last--;
  if (last - first > PORTFOLIO_LIMITS.rows) return { sheet: nothing, problems: [tooManyRows(last - first)] };

  const named = records[first] ?? [];
  const fewer: number[] = [];
  const more: number[] = [];
  let width = named.length;
  for (let i = first + 1; i <= last; i++) {
    const record = records[i] ?? [];
    if (blankRecord(record)) continue;
    if (record.length < named.length) fewer.push(i - first);
    else if (record.length > named.length) more.push(i - first);
    width = Math.max(width, record.length);
  }
  const headers = uniqueHeaders(Array.from({ length: width }, (_, c) => named[c] ?? ""));
  const rows = records
    .slice(first + 1, last + 1)
    .map((record) => headers.map((_, c) => csvCell(record[c] ?? "", delimiter)));

  const problems: Bilingual[] = [];
  for (const error of parsed.errors.slice(0, 10)) problems.push(quoteProblem(error, first));
  if (fewer.length > 0) problems.push(fewerCells(fewer, named.length));
  if (more.length > 0) problems.push(moreCells(more, named.length, headers.slice(named.length)));
  return { sheet: { name, headers, rows }, problems };
}

/**
 * Reads every sheet of an .xlsx file that holds data into a sheet each: the headers are the sheet's first
 * non-empty row, the rows all those under it down to the last one with data, the columns those from the
 * first to the last with data (a blank header is `Column N`). Numbers and booleans stay;
 * dates become `"YYYY-MM-DD"` text (their UTC day); a formula gives its saved result; rich text and links
 * give their text; an error value gives its text (`"#N/A"`). Never throws: a file that cannot be read gives
 * a problem and no sheets.
 *
 * @param bytes - the file's bytes
 * @returns the sheets with data, in the workbook's order, and the problems met
 * @example
 * (await readXlsxPortfolio(new TextEncoder().encode("Account,ARR\nAcme,10"))).problems[0].en
 * //=> 'This file could not be read as an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)", or export the sheet as .csv, and import it again.'
 */
export function readXlsxPortfolio(
  bytes: Uint8Array,
): Promise<{ sheets: PortfolioSheet[]; problems: Bilingual[] }> {
  // Not an `async function` itself, so that the examples' runner (test/support/doc-examples.ts) finds it.
  return readXlsx(bytes);
}

async function readXlsx(bytes: Uint8Array): Promise<{ sheets: PortfolioSheet[]; problems: Bilingual[] }> {
  if (bytes.byteLength > PORTFOLIO_LIMITS.bytes)
    return { sheets: [], problems: [tooLarge(bytes.byteLength)] };
  let workbook: ExcelJS.Workbook;
  try {
    const { Workbook } = await loadExcelJS();
    workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { sheets: [], problems: [unreadable(bytes)] };
  }
  const sheets: PortfolioSheet[] = [];
  const problems: Bilingual[] = [];
  for (const worksheet of workbook.worksheets) {
    const read = readWorksheet(worksheet);
    if (read.sheet) sheets.push(read.sheet);
    problems.push(...read.problems);
  }
  if (sheets.length === 0 && problems.length === 0) problems.push(NO_DATA);
  return { sheets, problems };
}

/**
 * The column guessed for each field from the headers, in English or French; a field no header names is
 * absent. A header that is exactly one of a field's names wins over one that contains it among other words
 * (`Account` over `Account name`), names over fallbacks (`Region` over `Country`), and each column serves one
 * field. Words that change the meaning keep a header out: `Current ARR` is never the potential,
 * `Potential ARR` or `MRR` never the current ARR, `Account manager` never the account.
 *
 * @param headers - the sheet's headers, in order
 * @returns the 0-based column of each field found
 * @example
 * guessMapping(["Nom du compte", "ARR actuel", "Potentiel", "Secteur", "Pays", "Client depuis"])
 * //=> { account: 0, currentArr: 1, potentialArr: 2, industry: 3, region: 4, customerSince: 5 }
 * @example
 * guessMapping(["Customer", "MRR", "Account manager", "Current ARR"])
 * //=> { account: 0, currentArr: 3 }
 */
export function guessMapping(headers: readonly string[]): Partial<Record<PortfolioField, number>> {
  const candidates: { field: PortfolioField; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    const words = wordsOf(header);
    if (words.length === 0) return;
    for (const field of PORTFOLIO_FIELDS) {
      const score = matchScore(words, HEADER_NAMES[field]);
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.column - b.column ||
      PORTFOLIO_FIELDS.indexOf(a.field) - PORTFOLIO_FIELDS.indexOf(b.field),
  );
  const mapping: Partial<Record<PortfolioField, number>> = {};
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/**
 * The accounts of a sheet: one per row, blank rows included (the segmentation counts them), with the mapped
 * fields only. A column outside the sheet maps nothing.
 *
 * @param sheet - the sheet read from the file
 * @param mapping - the column of each field
 * @returns one account per row, in order
 * @example
 * mapRows({ name: "CSV", headers: ["Client", "Pays", "ARR"], rows: [["Acme", "FR", 1200], [null, null, null]] }, { account: 0, currentArr: 2 })
 * //=> [{ account: "Acme", currentArr: 1200 }, { account: null, currentArr: null }]
 */
export function mapRows(
  sheet: PortfolioSheet,
  mapping: Partial<Record<PortfolioField, number>>,
): AccountRow[] {
  const columns = PORTFOLIO_FIELDS.flatMap((field) => {
    const column = mapping[field];
    return column !== undefined && Number.isInteger(column) && column >= 0 && column < sheet.headers.length
      ? [[field, column] as const]
      : [];
  });
  return sheet.rows.map((row) => {
    const account: { -readonly [K in PortfolioField]?: TableCell } = {};
    for (const [field, column] of columns) account[field] = row[column] ?? null;
    return account;
  });
}

// ---- CSV cells ----

/** Bytes of the text in UTF-8, counted only when the length alone does not decide. */
function utf8Size(text: string): number {
  if (text.length > PORTFOLIO_LIMITS.bytes || text.length * 3 <= PORTFOLIO_LIMITS.bytes) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 2 units and 4 bytes; other characters from U+0800 are 3 bytes.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * The delimiter found most often outside quotes in the first non-empty line; in a file of blank lines only,
 * the one found most often in them; `,` when none is.
 */
function detectDelimiter(text: string): Delimiter {
  const line = { ",": 0, ";": 0, "\t": 0 };
  const blanks = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let content = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (quoted) content = true;
    else if (char === "," || char === ";" || char === "\t") line[char]++;
    else if (char === "\n" || char === "\r") {
      if (content) break;
      // A line of blanks and delimiters only is not the header row.
      for (const key of DELIMITERS) [blanks[key], line[key]] = [blanks[key] + line[key], 0];
    } else if (char.trim() !== "") content = true;
  }
  const counts = content
    ? line
    : { ",": blanks[","] + line[","], ";": blanks[";"] + line[";"], "\t": blanks["\t"] + line["\t"] };
  const best = DELIMITERS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ",";
}

const blankRecord = (record: readonly string[]) => record.every((cell) => cell.trim() === "");

/** Headers made unique (case aside) with a ` (2)` suffix; a blank one is `Column N`. */
function uniqueHeaders(raw: readonly string[]): string[] {
  const taken = new Set<string>();
  return raw.map((header, c) => {
    const base = header.trim() || `Column ${c + 1}`;
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${base} (${n})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

const DAY_FIRST = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
const AMOUNT = /^([+-])?(?:([€$])\s*)?([+-])?(\d[\d.,\seE+-]*?)(?:\s*([€$]))?$/;
const ENGLISH =
  /^(0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+)(?:\.(\d+))?([eE][+-]?\d+)?$/;
const FRENCH =
  /^(0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+)(?:,(\d+))?([eE][+-]?\d+)?$/;

/** A cell of a .csv: blank → null, a clean amount → its number, a day-first date of a `;` file → ISO text. */
function csvCell(raw: string, delimiter: Delimiter): TableCell {
  const text = raw.trim();
  if (text === "") return null;
  if (delimiter === ";") {
    const date = DAY_FIRST.exec(text);
    if (date) return isoDate(Number(date[4]), Number(date[3]), Number(date[1])) ?? text;
  }
  const amount = AMOUNT.exec(text);
  if (!amount || (amount[1] && amount[3]) || (amount[2] && amount[5])) return text;
  const body = amount[4] ?? "";
  const english = readNumber(ENGLISH.exec(body));
  const french = readNumber(FRENCH.exec(body));
  // Both readings and they disagree: a symbol before the amount is the English habit, after it the French.
  const convention = amount[2] ? "," : amount[5] ? ";" : delimiter;
  const value =
    english === null || french === null || english === french
      ? (english ?? french)
      : convention === ","
        ? english
        : convention === ";"
          ? french
          : null;
  if (value === null) return text;
  const negative = (amount[1] ?? amount[3]) === "-";
  return negative && value !== 0 ? -value : value;
}

/** The number of a match of ENGLISH or FRENCH; null when it has more digits than a double keeps. */
function readNumber(match: RegExpExecArray | null): number | null {
  if (!match) return null;
  const whole = (match[1] ?? "").replace(/\D/g, "");
  const fraction = match[2] ?? "";
  if ((whole + fraction).replace(/^0+/, "").length > 15) return null;
  return Number(`${whole}${fraction ? `.${fraction}` : ""}${match[3] ?? ""}`);
}

/** `YYYY-MM-DD` when the day exists. */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

// ---- .xlsx cells ----

/** exceljs, loaded on first use; webpack makes it a chunk of its own (see addin/xlsx-export.ts). */
async function loadExcelJS(): Promise<typeof ExcelJS> {
  const module = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // A CommonJS module: its exports are the namespace's `default`, in Node as in webpack.
  return (module as { default?: typeof ExcelJS }).default ?? module;
}

function readWorksheet(worksheet: ExcelJS.Worksheet): {
  sheet: PortfolioSheet | null;
  problems: Bilingual[];
} {
  const values = new Map<number, Map<number, TableCell>>();
  const noResult: string[] = [];
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's value is its top-left cell's; the other cells are blank.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = xlsxValue(cell.value, () => noResult.push(cell.address));
      if (value === null) return;
      let cells = values.get(r);
      if (!cells) values.set(r, (cells = new Map()));
      cells.set(c, value);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const problems: Bilingual[] = [];
  if (noResult.length > 0) problems.push(formulasWithoutResult(worksheet.name, noResult));
  if (bottom === 0) return { sheet: null, problems };
  if (bottom - top > PORTFOLIO_LIMITS.rows)
    return { sheet: null, problems: [...problems, tooManyRows(bottom - top, worksheet.name)] };
  const columns = Array.from({ length: right - left + 1 }, (_, c) => left + c);
  const headerCells = values.get(top);
  const headers = uniqueHeaders(columns.map((c) => headerText(headerCells?.get(c) ?? null)));
  const rows: TableCell[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const cells = values.get(r);
    rows.push(columns.map((c) => cells?.get(c) ?? null));
  }
  return { sheet: { name: worksheet.name, headers, rows }, problems };
}

/** A cell's value as the import keeps it; `missing` is called for a formula without a saved result. */
function xlsxValue(value: ExcelJS.CellValue, missing: () => void): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ("error" in value) return value.error;
  if ("sharedFormula" in value || "formula" in value) {
    if (value.result === undefined || value.result === null) {
      missing();
      return null;
    }
    return xlsxValue(value.result, missing);
  }
  const text = plainText("richText" in value ? value : value.text).trim();
  return text === "" ? null : text;
}

/** The text of a string or of rich text (a link's text may be either). */
function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "richText" in value && Array.isArray(value.richText))
    return value.richText.map((run: unknown) => plainText((run as { text?: unknown }).text)).join("");
  return "";
}

function headerText(value: TableCell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

// ---- Header names ----

/** Words of a header as `normalizeWord` folds them: lower case, without accents; punctuation splits. */
const wordsOf = (text: string): string[] =>
  text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(normalizeWord)
    .filter((word) => word !== "");

/** What a field is called, as words. */
interface HeaderNames {
  /** The field's names, in English and French. */
  readonly names: readonly (readonly string[])[];
  /** Weaker names: they lose to any header called by one of the names. */
  readonly fallbacks: readonly (readonly string[])[];
  /** Words that make a header mean something else (`manager` in `Account manager`). */
  readonly unless: ReadonlySet<string>;
}

const headerNames = (
  names: readonly string[],
  fallbacks: readonly string[],
  unless: readonly string[],
): HeaderNames => ({
  names: names.map(wordsOf),
  fallbacks: fallbacks.map(wordsOf),
  unless: new Set(wordsOf(unless.join(" "))),
});

// prettier-ignore
const HEADER_NAMES: Readonly<Record<PortfolioField, HeaderNames>> = {
  account: headerNames(
    [
      "Account", "Accounts", "Account name", "Customer", "Customers", "Customer name", "Client", "Clients",
      "Client name", "Nom du client", "Nom client", "Compte", "Comptes", "Nom du compte", "Nom de compte",
      "Société", "Nom de la société", "Company", "Company name", "Companies", "Entreprise", "Organisation",
      "Organization", "Raison sociale",
    ],
    ["Name", "Nom"],
    [
      "manager", "owner", "responsable", "gestionnaire", "csm", "executive", "since", "depuis", "date", "tier",
      "palier", "level", "niveau", "type", "count", "nombre", "segment", "ARR", "MRR", "revenue", "revenu",
      "health", "santé", "status", "statut", "email", "mail", "phone", "téléphone", "contact", "success",
      "score", "potential", "potentiel",
    ],
  ),
  currentArr: headerNames(
    [
      "ARR", "Current ARR", "ARR actuel", "ARR courant", "ARR en cours", "Annual recurring revenue",
      "Revenu annuel récurrent", "Revenu récurrent annuel", "CA annuel récurrent", "CA récurrent annuel",
      "Chiffre d'affaires annuel récurrent", "Montant ARR", "ARR amount", "Revenue", "Annual revenue",
      "Revenu", "Revenu annuel", "CA", "CA annuel", "Chiffre d'affaires", "Chiffre d'affaires annuel",
    ],
    ["ACV", "Annual contract value", "Contract value", "Valeur du contrat"],
    [
      "potential", "potentiel", "potentielle", "upsell", "expansion", "target", "cible", "objectif", "tier",
      "palier", "level", "niveau", "MRR", "monthly", "month", "mensuel", "mensuelle", "mois", "growth",
      "croissance", "forecast", "prévision", "prévisionnel", "previous", "précédent", "last", "dernier",
      "churn", "churned", "lost", "perdu", "delta", "variation", "change", "évolution", "date", "since",
      "depuis", "tranche", "band", "segment", "new", "nouveau",
    ],
  ),
  potentialArr: headerNames(
    [
      "Potential ARR", "ARR potential", "ARR potentiel", "Potentiel ARR", "Potentiel", "Potential",
      "Upsell potential", "Potentiel d'upsell", "Potentiel upsell", "Expansion potential",
      "Potentiel d'expansion", "Potentiel de développement", "Potential revenue", "Revenu potentiel",
      "CA potentiel",
    ],
    ["Upsell", "Expansion", "Target ARR", "ARR cible"],
    [
      "current", "actuel", "actuelle", "courant", "cours", "tier", "palier", "level", "niveau", "MRR",
      "monthly", "mensuel", "mensuelle", "date", "since", "depuis", "score", "manager", "owner",
    ],
  ),
  industry: headerNames(
    [
      "Industry", "Sector", "Secteur", "Industrie", "Vertical", "Secteur d'activité", "Industry vertical",
      "Business sector", "Domaine d'activité",
    ],
    [],
    ["strategic", "stratégique", "géographique", "geographic", "manager", "owner"],
  ),
  region: headerNames(
    [
      "Region", "Région", "Zone", "Territory", "Territoire", "Geo", "Geography", "Géographie", "Area",
      "Sales region", "Région commerciale", "Secteur géographique", "Zone géographique",
    ],
    ["Country", "Pays"],
    ["manager", "owner", "responsable"],
  ),
  customerSince: headerNames(
    [
      "Customer since", "Client since", "Client depuis", "Since", "Depuis", "Start date", "Date de début",
      "Début", "Signed", "Signed on", "Signature date", "Date signed", "Date de signature", "Signature",
      "Contract start", "Contract start date", "Début du contrat", "Date de début du contrat",
      "Customer start date", "Date d'entrée", "Entrée en relation", "Date de souscription", "Acquisition date",
      "Date d'acquisition",
    ],
    [],
    [
      "ARR", "MRR", "amount", "montant", "revenue", "revenu", "value", "valeur", "renewal", "renouvellement",
      "end", "fin", "expiry", "expiration", "échéance", "last", "dernier", "dernière", "next", "prochain",
      "prochaine", "manager", "owner",
    ],
  ),
};

/**
 * How well a header's words name a field; 0 when they do not. Names score over fallbacks; within each, a
 * header that is exactly the name over one that contains it, a longer name over a shorter, fewer other
 * words over more.
 */
function matchScore(words: readonly string[], field: HeaderNames): number {
  let best = 0;
  const lists = [
    [field.names, 2000],
    [field.fallbacks, 1000],
  ] as const;
  for (const [list, base] of lists) {
    for (const name of list) {
      const at = indexOfWords(words, name);
      if (at === -1) continue;
      const others = words.filter((_, i) => i < at || i >= at + name.length);
      if (others.some((word) => field.unless.has(word))) continue;
      const score =
        others.length === 0 ? base + 100 + name.length : base + 10 * name.length - Math.min(others.length, 9);
      best = Math.max(best, score);
    }
  }
  return best;
}

/** Where `part` starts as consecutive words of `words`; -1 when it does not appear. */
function indexOfWords(words: readonly string[], part: readonly string[]): number {
  for (let i = 0; i + part.length <= words.length; i++)
    if (part.every((word, k) => words[i + k] === word)) return i;
  return -1;
}

// ---- Problems ----

const say = (en: string, fr: string): Bilingual => ({ en, fr });

const EMPTY_FILE = say(
  "The file is empty: there is no header row to read. Check that you picked the right file.",
  "Le fichier est vide : il n'a pas de ligne d'en-têtes. Vérifiez que vous avez choisi le bon fichier.",
);

const NO_DATA = say(
  "The workbook has no sheet with data. Check that you picked the right file.",
  "Le classeur n'a aucune feuille avec des données. Vérifiez que vous avez choisi le bon fichier.",
);

const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

function tooLarge(bytes: number): Bilingual {
  // Rounded up, so that a file just over the limit does not read as "20.0 MB".
  const size = (Math.ceil(bytes / 104_857.6) / 10).toFixed(1);
  return say(
    `The file is ${size} MB; the import takes 20 MB at most. Split the portfolio into smaller files, or keep only the columns the segmentation needs.`,
    `Le fichier fait ${size.replace(".", ",")} Mo ; l'import accepte 20 Mo au plus. Découpez le portefeuille en fichiers plus petits, ou ne gardez que les colonnes utiles à la segmentation.`,
  );
}

function tooManyRows(rows: number, sheet?: string): Bilingual {
  const where = sheet === undefined ? { en: "The file", fr: "Le fichier" } : sheetName(sheet);
  return say(
    `${where.en} has ${grouped(rows, ",")} rows; the import takes 200,000 at most. Split the portfolio into smaller files.`,
    `${where.fr} a ${grouped(rows, "\u00a0")} lignes ; l'import en accepte 200\u00a0000 au plus. Découpez le portefeuille en fichiers plus petits.`,
  );
}

const sheetName = (name: string) => ({ en: `The sheet "${name}"`, fr: `La feuille « ${name} »` });

function unreadable(bytes: Uint8Array): Bilingual {
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

function fewerCells(rows: readonly number[], headers: number): Bilingual {
  const subject = rowsSubject(rows);
  return say(
    `${subject.en} fewer cells than the ${headers} headers: the missing cells are left blank. Check that no delimiter is missing in ${rows.length === 1 ? "that row" : "those rows"}.`,
    `${subject.fr} moins de cellules que les ${headers} en-têtes : les cellules manquantes restent vides. Vérifiez qu'aucun séparateur ne manque dans ${rows.length === 1 ? "cette ligne" : "ces lignes"}.`,
  );
}

function moreCells(rows: readonly number[], headers: number, added: readonly string[]): Bilingual {
  const subject = rowsSubject(rows);
  const columns = added.map((header) => `"${header}"`);
  const frColumns = added.map((header) => `« ${header} »`);
  const plural = added.length > 1;
  return say(
    `${subject.en} more cells than the ${headers} headers: the extra cells are kept in the new column${plural ? "s" : ""} ${listed(columns, "and", "more")}.`,
    `${subject.fr} plus de cellules que les ${headers} en-têtes : les cellules en trop sont gardées dans ${plural ? "les nouvelles colonnes" : "la nouvelle colonne"} ${listed(frColumns, "et", "autres")}.`,
  );
}

function quoteProblem(error: Papa.ParseError, first: number): Bilingual {
  const row = (error.row ?? first) - first;
  const where =
    row <= 0 ? say("The header row", "La ligne d'en-têtes") : say(`Row ${row}`, `La ligne ${row}`);
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

function formulasWithoutResult(sheet: string, cells: readonly string[]): Bilingual {
  const where = sheetName(sheet);
  const plural = cells.length > 1;
  return say(
    `${where.en}: the formula${plural ? "s" : ""} in ${listed(cells, "and", "more")} ${plural ? "have" : "has"} no saved result, so ${plural ? "those cells are" : "that cell is"} read as blank. Open the file in Excel, save it, and import it again.`,
    `${where.fr} : ${plural ? "les formules" : "la formule"} en ${listed(cells, "et", "autres")} ${plural ? "n'ont" : "n'a"} pas de résultat enregistré : ${plural ? "ces cellules sont lues comme vides" : "cette cellule est lue comme vide"}. Ouvrez le fichier dans Excel, enregistrez-le, puis importez-le à nouveau.`,
  );
}
