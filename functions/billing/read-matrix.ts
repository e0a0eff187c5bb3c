/**
 * How `CSM.MRR_BRIDGE`, `CSM.COHORTS` and `CSM.TRAILING_RATE` read a customers × months matrix of MRR: the spill
 * of `CSM.MRR_MATRIX` (a top-left text, a header row of months, a first column of customers) or a range of
 * amounts only. A blank amount is 0; text or a logical value gives `#VALUE!` naming the cell, a negative amount
 * `#NUM!`, and an error cell is passed through.
 */
import { asRows, cellsOf, isBlank } from "../excel/cells";
import { AMOUNT } from "../excel/domains";
import { asExcelError, ExcelError, isExcelError, strongerError } from "../excel/errors";
import { notANumber, type ArgumentName } from "../excel/messages";

export const MATRIX: ArgumentName = { en: "matrix", fr: "matrice" };

/** Where the amounts of a matrix lie in the range Excel passed. */
export interface MatrixLayout {
  /** The range's rows. */
  readonly rows: readonly unknown[];
  /** Index of the first row of amounts (1 with a header row). */
  readonly top: number;
  /** Index of the first column of amounts (1 with a column of customers). */
  readonly left: number;
  /** Months (columns of amounts). */
  readonly months: number;
  /** The header's month cells (date serials), or `null` when the matrix has no header. */
  readonly header: readonly number[] | null;
}

/**
 * Finds the amounts of a matrix: with a text in the top-left cell, the first row holds the months and the first
 * column the customers; otherwise every cell is an amount. A header's month must be a number (a date).
 *
 * @param matrix - the range as Excel passed it
 * @returns where the amounts are, or an Excel error value (no amounts, a header that is not dates)
 *
 * @example
 * matrixLayout([["MRR", 46023, 46054], ["A", 100, 120]]).header
 * //=> [46023, 46054]
 * @example
 * matrixLayout([[100, 120], [50, ""]]).months
 * //=> 2
 */
export function matrixLayout(matrix: unknown): MatrixLayout | ExcelError {
  const rows = asRows(matrix);
  const first = rows.length === 0 ? [] : cellsOf(rows[0]);
  const corner = first[0];
  const headed = typeof corner === "string" && corner.trim() !== "";
  const top = headed ? 1 : 0;
  const left = headed ? 1 : 0;
  const months = first.length - left;
  if (rows.length - top < 1 || months < 1)
    return new ExcelError("#N/A", {
      en: "matrix holds no amounts: give one row per customer and one column per month.",
      fr: "matrice ne contient aucun montant : une ligne par client et une colonne par mois.",
    });
  if (!headed) return { rows, top, left, months, header: null };
  const header: number[] = [];
  for (let c = 1; c < first.length; c++) {
    const cell = first[c];
    if (isExcelError(cell)) return asExcelError(cell);
    if (typeof cell !== "number" || !Number.isFinite(cell))
      return notANumber(MATRIX, 0, c, cell, { en: "a month (a date)", fr: "un mois (une date)" });
    header.push(cell);
  }
  return { rows, top, left, months, header };
}

/**
 * Collects the problem of a matrix's cells under the catalogue's precedence while the hot loops read the
 * amounts, each through {@link AmountReader.amount}.
 */
export class AmountReader {
  problem: ExcelError | undefined = undefined;

  /**
   * Reads one cell of the matrix: a plain amount as it is (the hot path, inlined by the engine), anything else
   * through {@link AmountReader.read}.
   *
   * @param cell - the cell
   * @param row - its row in the range, 0-based
   * @param column - its column in the range, 0-based
   * @returns the amount to use
   *
   * @example
   * new AmountReader().amount(120, 0, 0)
   * //=> 120
   */
  amount(cell: unknown, row: number, column: number): number {
    return typeof cell === "number" && cell >= 0 && cell <= Number.MAX_VALUE
      ? cell
      : this.read(cell, row, column);
  }

  /**
   * Reads a cell that is not a plain amount: a blank is 0; anything else records its problem and reads as 0.
   *
   * @param cell - the cell
   * @param row - its row in the range, 0-based
   * @param column - its column in the range, 0-based
   * @returns the amount to use
   *
   * @example
   * new AmountReader().read("", 0, 0)
   * //=> 0
   * @example
   * ((reader) => (reader.read(-5, 2, 1), reader.problem.code))(new AmountReader())
   * //=> "#NUM!"
   */
  read(cell: unknown, row: number, column: number): number {
    if (isBlank(cell)) return 0;
    if (this.problem?.passedThrough) return 0;
    if (isExcelError(cell)) this.problem = asExcelError(cell);
    else if (typeof cell === "number") {
      if (this.problem === undefined) this.problem = new ExcelError("#NUM!");
    } else if (this.problem?.code !== "#VALUE!")
      this.problem = strongerError(this.problem, notANumber(MATRIX, row, column, cell, AMOUNT.expected));
    return 0;
  }
}

/**
 * The matrix's amounts as columns, one `Float64Array` per month (for functions that compare whole months).
 *
 * @param layout - where the amounts are
 * @returns one array of the customers' amounts per month, or the matrix's problem
 *
 * @example
 * Array.from(matrixColumns(matrixLayout([[100, ""], [50, 60]]))[1])
 * //=> [0, 60]
 */
export function matrixColumns(layout: MatrixLayout): Float64Array[] | ExcelError {
  const { rows, top, left, months } = layout;
  const customers = rows.length - top;
  const columns = Array.from({ length: months }, () => new Float64Array(customers));
  const reader = new AmountReader();
  for (let r = top; r < rows.length; r++) {
    const cells = cellsOf(rows[r]);
    for (let m = 0; m < months; m++) {
      const value = reader.amount(cells[left + m], r, left + m);
      (columns[m] as Float64Array)[r - top] = value;
    }
  }
  return reader.problem ?? columns;
}
