/**
 * The portfolio cell: the accounts read from a workbook table or imported from a file, and which column holds
 * each field. The rows are kept in the plan as read, so that a plan is whole on its own: standalone, exported
 * as JSON, or in a workbook whose table moved. Reading the table again refreshes them.
 */
import { CellError, type CellKind, type Json, type Table, type TableCell } from "../engine/types";
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
}

function portfolioTable(rows: Json | undefined, headers: Json | undefined, mapping: Json | undefined): Table {
  const list = Array.isArray(rows) ? (rows as readonly Json[]) : [];
  const mapped = mappedColumns({ headers, mapping });
  const columns = PORTFOLIO_COLUMNS.map((field) => mapped[field]);
  return {
    columns: SEGMENT_COLUMNS.portfolio,
    rows: list.map((row) => {
      const cells = Array.isArray(row) ? (row as readonly Json[]) : [];
      return Object.freeze(columns.map((index) => (index === undefined ? null : tableCell(cells[index]))));
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
    const table = remembered(memory, "table", [inputs.rows, inputs.headers, inputs.mapping], portfolioTable);
    return { table, values: { portfolio: table, portfolioRows: table.rows.length }, notes };
  },
};
