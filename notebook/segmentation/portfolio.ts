/**
 * The portfolio cell: the accounts read from a workbook table or imported from a file, and which column holds
 * each field. The rows are kept in the plan as read, so that a plan is whole on its own: standalone, exported
 * as JSON, or in a workbook whose table moved. Reading the table again refreshes them.
 */
import {
  CellError,
  type CellInputs,
  type CellKind,
  type Json,
  type Table,
  type TableCell,
} from "../engine/types";
import { isObject, remembered, tableCell } from "../engine/kind-helpers";
import {
  fieldName,
  PORTFOLIO_COLUMNS,
  REQUIRED_COLUMNS,
  SEGMENT_COLUMNS,
  type PortfolioColumn,
} from "./columns";
import type { Bilingual } from "../../functions/excel/language";

/** The inputs of the portfolio cell. */
export interface PortfolioInputs {
  /** Where the rows came from, for the person: a file name or a table name. */
  readonly source?: string;
  /** The workbook table the rows were read from; absent for an imported file. */
  readonly table?: string | null;
  readonly headers?: readonly string[];
  /** One array per row, one cell per header; blanks are `null`. */
  readonly rows?: readonly (readonly TableCell[])[];
  /** The column (index in `headers`) of each field; `null` or absent: not mapped. */
  readonly mapping?: Readonly<Partial<Record<PortfolioColumn, number | null>>>;
  /**
   * What the potential column holds: each account's total potential ARR, or the ARR it could add on top of
   * its current ARR (an upsell or expansion amount: potential = current + column). Absent: the person has
   * not said yet; it is read as the total, and the cell asks.
   */
  readonly potential?: "total" | "additional" | null;
  /** The spreadsheet row of the first row under the headers (the header row is the one above); 2 when absent. */
  readonly firstRow?: number | null;
}

/**
 * A row's potential ARR when the potential column is the ARR an account could add: current + column when
 * both are numbers; the column as it is otherwise (blank stays blank, a text is reported by the segmentation).
 *
 * @param current - the row's current ARR cell
 * @param column - the row's potential column cell
 * @returns the potential ARR
 * @example
 * [addedPotential(50000, 20000), addedPotential(50000, null), addedPotential("n/a", 20000)]
 * //=> [70000, null, 20000]
 */
export function addedPotential(current: TableCell, column: TableCell): TableCell {
  return typeof current === "number" && typeof column === "number" ? current + column : column;
}

/**
 * The rows whose potential ARR is below their current ARR (both numbers), as positions from 0.
 *
 * @param table - the portfolio table (columns {@link PORTFOLIO_COLUMNS})
 * @returns the positions of those rows
 * @example
 * potentialBelowCurrent({ columns: [], rows: [["A", 100, 80], ["B", 100, 100], ["C", 100, null]] })
 * //=> [0]
 */
export function potentialBelowCurrent(table: Table): number[] {
  const current = PORTFOLIO_COLUMNS.indexOf("currentArr");
  const potential = PORTFOLIO_COLUMNS.indexOf("potentialArr");
  const found: number[] = [];
  table.rows.forEach((row, i) => {
    const c = row[current];
    const p = row[potential];
    if (typeof c === "number" && typeof p === "number" && p < c) found.push(i);
  });
  return found;
}

/**
 * The spreadsheet row of the portfolio's first row: what the inputs say, else 2 (headers in row 1).
 *
 * @param value - the `firstRow` input
 * @returns the row number
 * @example
 * [firstRowOf(5), firstRowOf(undefined), firstRowOf(0)]
 * //=> [5, 2, 2]
 */
export function firstRowOf(value: Json | undefined): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 2 ? value : 2;
}

function portfolioTable(
  rows: Json | undefined,
  headers: Json | undefined,
  mapping: Json | undefined,
  potential: Json | undefined,
  firstRow: Json | undefined,
): Table {
  const list = Array.isArray(rows) ? (rows as readonly Json[]) : [];
  const mapped = mappedColumns({ headers, mapping });
  const columns = PORTFOLIO_COLUMNS.map((field) => mapped[field]);
  const at = {
    current: PORTFOLIO_COLUMNS.indexOf("currentArr"),
    potential: PORTFOLIO_COLUMNS.indexOf("potentialArr"),
  };
  return {
    columns: SEGMENT_COLUMNS.portfolio,
    firstRow: firstRowOf(firstRow),
    rows: list.map((row) => {
      const cells = Array.isArray(row) ? (row as readonly Json[]) : [];
      const read = columns.map((index) => (index === undefined ? null : tableCell(cells[index])));
      if (potential === "additional")
        read[at.potential] = addedPotential(read[at.current] ?? null, read[at.potential] ?? null);
      return Object.freeze(read);
    }),
  };
}

/**
 * The columns mapped to a field, by index: what the person mapped, checked against the headers. Mapping a
 * column that is not there (a table that lost a column) is the same as not mapping it.
 *
 * @param inputs - the portfolio cell's inputs
 * @returns the column index of each mapped field
 * @example
 * mappedColumns({ headers: ["Client", "ARR"], mapping: { account: 0, currentArr: 1, region: 5 } })
 * //=> { account: 0, currentArr: 1 }
 */
export function mappedColumns(
  inputs: PortfolioInputs | Readonly<Record<"headers" | "mapping", Json | undefined>>,
): Partial<Record<PortfolioColumn, number>> {
  const headers = Array.isArray(inputs.headers) ? inputs.headers : [];
  const mapping = isObject(inputs.mapping) ? inputs.mapping : {};
  const found: Partial<Record<PortfolioColumn, number>> = {};
  for (const field of PORTFOLIO_COLUMNS) {
    const index = mapping[field];
    if (typeof index === "number" && Number.isInteger(index) && index >= 0 && index < headers.length)
      found[field] = index;
  }
  return found;
}

/** How many rows a message names before "and N more". */
const NAMED_ROWS = 10;

/**
 * What the cell says about the potential column: the question while it is unanswered, and the rows whose
 * potential is below their current ARR, numbered as the spreadsheet shows them.
 *
 * @param inputs - the portfolio cell's inputs
 * @param table - the portfolio table
 * @returns the notes, in both languages
 * @example
 * potentialNotes({ headers: ["Account", "ARR", "Expansion Potential"], mapping: { account: 0, currentArr: 1, potentialArr: 2 } }, { columns: [], rows: [["A", 100, 20]] }).map((note) => note.en.slice(0, 40))
 * //=> ['The column "Expansion Potential" is read', "1 account has a potential ARR below its "]
 */
export function potentialNotes(inputs: PortfolioInputs | CellInputs, table: Table): Bilingual[] {
  const mapped = mappedColumns(inputs);
  if (mapped.potentialArr === undefined) return [];
  const headers = Array.isArray(inputs.headers) ? inputs.headers : [];
  const header = String(headers[mapped.potentialArr] ?? "");
  const notes: Bilingual[] = [];
  if (inputs.potential !== "total" && inputs.potential !== "additional")
    notes.push({
      en: `The column "${header}" is read as each account's total potential ARR. If it is what an account could add on top of its current ARR (an upsell or expansion amount), say so above: the potential will be current ARR + "${header}".`,
      fr: `La colonne « ${header} » est lue comme l'ARR potentiel total de chaque compte. Si elle donne ce qu'un compte pourrait ajouter à son ARR actuel (un montant d'upsell ou d'expansion), indiquez-le ci-dessus : le potentiel sera l'ARR actuel + « ${header} ».`,
    });
  const below = potentialBelowCurrent(table);
  if (below.length > 0) {
    const first = table.firstRow ?? 2;
    const account = PORTFOLIO_COLUMNS.indexOf("account");
    const named = below.slice(0, NAMED_ROWS).map((i) => {
      const name = table.rows[i]?.[account];
      return `${i + first}${typeof name === "string" || typeof name === "number" ? ` (${name})` : ""}`;
    });
    const more = below.length - named.length;
    const one = below.length === 1;
    notes.push({
      en: `${below.length} account${one ? " has" : "s have"} a potential ARR below ${one ? "its" : "their"} current ARR: row${one ? "" : "s"} ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}. A total potential is at least the current ARR: check the column "${header}", and whether it is the total or the ARR an account could add.`,
      fr: `${below.length} compte${one ? " a" : "s ont"} un ARR potentiel inférieur à ${one ? "son" : "leur"} ARR actuel : ligne${one ? "" : "s"} ${named.join(", ")}${more > 0 ? ` et ${more} autres` : ""}. Un potentiel total est au moins égal à l'ARR actuel : vérifiez la colonne « ${header} », et si elle donne le total ou ce qu'un compte pourrait ajouter.`,
    });
  }
  return notes;
}

/**
 * Portfolio: the accounts read from a workbook table or imported from a file, and which column holds each
 * field. Publishes `portfolio`, one row per input row (blank rows included: the segmentation counts them),
 * columns {@link PORTFOLIO_COLUMNS}, and `portfolioRows`. Inputs: {@link PortfolioInputs}.
 */
export const portfolioKind: CellKind = {
  reads: () => [],
  outputs: () => ["portfolio", "portfolioRows"],
  compute(inputs, _values, memory) {
    if (
      (inputs.rows !== undefined && !Array.isArray(inputs.rows)) ||
      (inputs.headers !== undefined && !Array.isArray(inputs.headers))
    ) {
      throw new CellError({
        en: "The portfolio is not a table; read it again from the workbook or import the file again.",
        fr: "Le portefeuille n'est pas un tableau ; relisez-le depuis le classeur ou importez à nouveau le fichier.",
      });
    }
    const rows = Array.isArray(inputs.rows) ? inputs.rows : [];
    const notes: Bilingual[] = [];
    if (rows.length === 0) {
      notes.push({
        en: "Pick a table of the workbook or import a .csv or .xlsx file of your accounts.",
        fr: "Choisissez un tableau du classeur ou importez un fichier .csv ou .xlsx de vos comptes.",
      });
    } else {
      const mapped = mappedColumns(inputs);
      const missing = REQUIRED_COLUMNS.filter((field) => mapped[field] === undefined);
      if (missing.length > 0) {
        const names = missing.map(fieldName);
        throw new CellError({
          en: `Say which column holds the ${names.map((n) => n.en).join(" and the ")}.`,
          fr: `Indiquez la colonne de : ${names.map((n) => n.fr).join(", ")}.`,
        });
      }
    }
    const table = remembered(
      memory,
      "table",
      [inputs.rows, inputs.headers, inputs.mapping, inputs.potential, inputs.firstRow],
      portfolioTable,
    );
    notes.push(...potentialNotes(inputs, table));
    return { table, values: { portfolio: table, portfolioRows: table.rows.length }, notes };
  },
};
