/**
 * The segmentation wizard and the workbook, through the {@link WorkbookPort} only: reading a portfolio
 * table, the tables "Write to workbook" puts on the segments sheet, and the Tier column added to the
 * person's own table when they ask for it.
 */
import type { TableWrite, WorkbookPort } from "../../addin/workbook-port";
import { columnRef, rowRef } from "../../addin/structured-references";
import type { Bilingual, Language } from "../../functions/excel/language";
import type { CellView, TableCell } from "../engine/types";
import { SEGMENT_HEADERS, SEGMENT_TABLES, sourceRowFormula } from "./formulas";
import type { SegmentWriteInput } from "./sheet";
import { segmentTables } from "./tables";
import { isObject } from "../engine/kind-helpers";
import { PORTFOLIO_COLUMNS } from "./columns";
import { accountRows, rulesOf } from "./segments";
import { mappedColumns } from "./portfolio";
import type { CoverageTierInput } from "./coverage";
import type { Currency } from "../plan/currency";
import { PLAN_LIMITS, tooManyAccounts } from "../plan/limits";

/** The header of the Tier column added to the person's table. */
export const TIER_COLUMN_HEADER: Bilingual = {
  en: "CSM Kit tier",
  fr: "Palier CSM Kit",
};

/** A portfolio read from a workbook table: headers, rows as Excel computed them, problems. */
export interface PortfolioRead {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly problems: readonly Bilingual[];
}

/**
 * Reads a table of the workbook as a portfolio: a formula cell gives the value Excel computed (an ARR
 * worked out from MRR is an amount, not a formula text).
 *
 * @param workbook - where the table is
 * @param name - the table's name
 * @returns its headers and rows; a problem when there is no such table
 * @example
 * const workbook = new MemoryWorkbook();
 * workbook.addUserTable({ name: "Accounts", sheet: "Data", headers: ["Account", "ARR"], rows: [["Acme", 120000]] });
 * (await readPortfolioTable(workbook, "Accounts")).rows
 * //=> [["Acme", 120000]]
 */
export async function readPortfolioTable(workbook: WorkbookPort, name: string): Promise<PortfolioRead> {
  const table = await workbook.readTable(name, "values");
  // Read as a source, a table the add-in writes would be rewritten as lookups into itself: circular formulas.
  if (table !== undefined && isAddinTable(table))
    return { headers: [], rows: [], problems: [addinTableRefused(table.name)] };
  if (table === undefined) {
    return {
      headers: [],
      rows: [],
      problems: [
        {
          en: `There is no table "${name}" in the workbook any more; pick another.`,
          fr: `Il n'y a plus de tableau « ${name} » dans le classeur ; choisissez-en un autre.`,
        },
      ],
    };
  }
  // Counted before the rows go anywhere: a table beyond the plan's accounts is refused whole, never cut.
  if (table.rows.length > PLAN_LIMITS.accounts) {
    const where = { en: `The table "${table.name}" has`, fr: `Le tableau « ${table.name} » a` };
    return { headers: [], rows: [], problems: [tooManyAccounts(table.rows.length, where)] };
  }
  return { headers: table.headers, rows: table.rows, problems: [] };
}

/** The prefix of every table the add-in writes (CSMKit_Segments, CSMKit_Coverage, …). */
const ADDIN_TABLE_PREFIX = "csmkit_";

/**
 * Whether a table is one the add-in writes: recorded as its own, or named with its `CSMKit_` prefix (a copy of
 * the workbook, or a lost setting, forgets the record, not the name). Such a table is never a portfolio
 * source: the Segments and Coverage tables are written from the portfolio, so reading them back as one would
 * make every lookup a circular reference.
 *
 * @param table - the table's name and whether the add-in records it as its own
 * @returns true for the add-in's tables
 * @example
 * [isAddinTable({ name: "CSMKit_Segments", owned: false }), isAddinTable({ name: "Accounts", owned: false })]
 * //=> [true, false]
 */
export function isAddinTable(table: { readonly name: string; readonly owned: boolean }): boolean {
  return table.owned || table.name.toLowerCase().startsWith(ADDIN_TABLE_PREFIX);
}

const addinTableRefused = (name: string): Bilingual => ({
  en: `The table "${name}" is one CSM Kit writes from the portfolio, so it cannot be the portfolio: its lookups would point at themselves. Pick the table that holds your accounts.`,
  fr: `Le tableau « ${name} » est écrit par CSM Kit à partir du portefeuille : il ne peut pas en être la source, ses recherches pointeraient sur elles-mêmes. Choisissez le tableau qui contient vos comptes.`,
});

/**
 * What the segments writer needs, from the notebook's wizard cells: the mapped rows, the rules, the table
 * they came from and its headers (so that the Segments table looks values up live), and the coverage
 * model. `undefined` when the plan has no segments cell, or no portfolio rows to segment.
 *
 * @param cells - the notebook's cells with their outputs
 * @returns the writer's input, or `undefined`
 * @example
 * segmentWriteInput([])
 * //=> undefined
 */
export function segmentWriteInput(cells: readonly CellView[]): SegmentWriteInput | undefined {
  const portfolio = cells.find((cell) => cell.kind === "portfolio");
  const segments = cells.find((cell) => cell.kind === "segments");
  if (portfolio === undefined || segments === undefined) return undefined;
  if (portfolio.output.kind !== "ok" || segments.output.kind !== "ok") return undefined;
  const table = portfolio.output.table;
  if (table === undefined || table.rows.length === 0) return undefined;
  const rows = accountRows(table);
  const headers = Array.isArray(portfolio.inputs.headers) ? portfolio.inputs.headers.map(String) : [];
  const mapped = mappedColumns(portfolio.inputs);
  const source =
    typeof portfolio.inputs.table === "string" && portfolio.inputs.table !== ""
      ? {
          table: portfolio.inputs.table,
          // A potential column that holds what an account could add is not the potential ARR itself: its
          // values (current + column) are written, not looked up.
          headers: Object.fromEntries(
            PORTFOLIO_COLUMNS.filter(
              (field) =>
                mapped[field] !== undefined &&
                !(field === "potentialArr" && portfolio.inputs.potential === "additional"),
            ).map((field) => [field, headers[mapped[field] ?? -1] ?? ""]),
          ),
        }
      : undefined;
  const coverageCell = cells.find((cell) => cell.kind === "coverage");
  const model = coverageCell?.inputs;
  const coverage =
    model === undefined
      ? undefined
      : {
          capacity: (Array.isArray(model.tiers) ? model.tiers : []).map((tier) =>
            isObject(tier) ? (tier as CoverageTierInput) : {},
          ),
          headcount: typeof model.headcount === "number" ? model.headcount : null,
          referenceArrPerCsm: typeof model.referenceArrPerCsm === "number" ? model.referenceArrPerCsm : null,
        };
  return {
    rules: rulesOf(segments.inputs),
    rows,
    ...(source === undefined ? {} : { source }),
    ...(coverage === undefined ? {} : { coverage }),
  };
}

/**
 * The segments sheet's tables for the notebook's wizard cells, in a language, with what the person should
 * know (accounts left out of the Segments table and why); none when there is nothing to segment. When the
 * portfolio's table, or one of its mapped columns, is no longer in the workbook (renamed, deleted, or a plan
 * imported elsewhere), the Segments table holds the values read last instead of live lookups, and says so.
 *
 * @param workbook - where the tables will go
 * @param cells - the notebook's cells with their outputs
 * @param language - the language of headers and labels
 * @param currency - the plan's currency; the language's when left out
 * @returns the tables and the notes
 * @example
 * await segmentTablesFor(new MemoryWorkbook(), [], "en")
 * //=> { tables: [], problems: [] }
 */
export async function segmentTablesFor(
  workbook: WorkbookPort,
  cells: readonly CellView[],
  language: Language,
  currency?: Currency,
): Promise<{ tables: TableWrite[]; problems: Bilingual[] }> {
  const read = segmentWriteInput(cells);
  if (read === undefined) return { tables: [], problems: [] };
  const input = currency === undefined ? read : { ...read, currency };
  const { source, ...values } = input;
  if (source === undefined) return segmentTables(input, language);
  const found = (await workbook.listTables()).find(
    (table) => table.name.toLowerCase() === source.table.toLowerCase(),
  );
  const missing = Object.values(source.headers).filter((header) => !found?.headers.includes(header));
  const own = found !== undefined && isAddinTable(found);
  if (found !== undefined && !own && missing.length === 0) return segmentTables(input, language);
  const written = segmentTables(values, language);
  const note: Bilingual = own
    ? {
        en: `The portfolio was read from "${found.name}", a table CSM Kit writes: the Segments table holds the values read last, not lookups into itself. Read the table that holds your accounts to make them live.`,
        fr: `Le portefeuille a été lu dans « ${found.name} », un tableau écrit par CSM Kit : le tableau Segments contient les valeurs lues en dernier, pas des recherches vers lui-même. Lisez le tableau qui contient vos comptes pour les rendre dynamiques.`,
      }
    : found === undefined
      ? {
          en: `The table "${source.table}" is no longer in the workbook: the Segments table holds the values read last, not live lookups. Read a table again to make them live.`,
          fr: `Le tableau « ${source.table} » n'est plus dans le classeur : le tableau Segments contient les valeurs lues en dernier, pas des recherches en direct. Relisez un tableau pour les rendre dynamiques.`,
        }
      : {
          en: `The table "${source.table}" no longer has the column(s) ${missing.join(", ")}: the Segments table holds the values read last, not live lookups.`,
          fr: `Le tableau « ${source.table} » n'a plus la ou les colonnes ${missing.join(", ")} : le tableau Segments contient les valeurs lues en dernier, pas des recherches en direct.`,
        };
  return { tables: written.tables, problems: [note, ...written.problems] };
}

/**
 * Adds the Tier column to the person's table, at their explicit request: a formula that looks each account
 * up in the Segments table the add-in wrote (blank when the account is not there). The port refuses when
 * a cell it would cover holds anything.
 *
 * @param workbook - where the table is
 * @param table - the person's table
 * @param accountHeader - the header of its account column
 * @param language - the language of the Segments table's headers (as last written) and of the new header
 * @returns the new column's header
 * @example
 * const workbook = new MemoryWorkbook();
 * workbook.addUserTable({ name: "Accounts", sheet: "Accounts", headers: ["Account", "ARR"], rows: [["Acme", 1]] });
 * await addTierColumn(workbook, "Accounts", "Account", "en");
 * (await workbook.readTable("Accounts")).headers
 * //=> ["Account", "ARR", "CSM Kit tier"]
 */
export async function addTierColumn(
  workbook: WorkbookPort,
  table: string,
  accountHeader: string,
  language: Language,
): Promise<string> {
  const headers = SEGMENT_HEADERS[language];
  const segments = SEGMENT_TABLES.segments;
  // The same case-sensitive, wildcard-safe lookup as the Segments table's own (blank when missing), of the
  // account without its surrounding spaces, as the segmentation reads it (Excel's TRIM also folds inner runs
  // of spaces; the segmentation keeps them).
  const own = rowRef(accountHeader);
  const account = `IF(ISNUMBER(${own}),${own},TRIM(${own}))`;
  const row = sourceRowFormula(`${segments}${columnRef(headers.account)}`, account).slice(1);
  const formula = `=IFERROR(INDEX(${segments}${columnRef(headers.tier)},${row}),"")`;
  const header = TIER_COLUMN_HEADER[language];
  await workbook.appendColumn(table, { header, formula });
  return header;
}
