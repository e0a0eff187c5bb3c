/**
 * Excel semantics for element-wise functions (one result per cell or per row, spilled): how one cell is read,
 * how paired ranges are matched, and what a result cell holds. An error in one element stays in that
 * element's result; the other elements still compute, as Excel's own element-wise formulas do.
 */
import {
  asRows,
  firstErrorCell,
  isBlank,
  readsAsBlank,
  shapeOf,
  type BlankOptions,
  type NumberDomain,
} from "./cells";
import { asExcelError, ExcelError, isExcelError } from "./errors";
import { describeCell, notANumber, shapeMismatch, type ArgumentName } from "./messages";

/**
 * {@link cellsOf} for the loops over every row: a function of this module, called directly. An imported
 * function is reached through its module's binding, which some loaders (tsx, the benchmark's) turn into a
 * property getter that the engine does not inline: a cost per row that the production bundle does not have.
 */
const rowCells = (row: unknown): unknown[] => (Array.isArray(row) ? row : [row]);

/** One cell of a spilled result: a number, a text, `""` for nothing to show, or an error value. */
export type SpillCell = number | string | ExcelError;
export type Spill = SpillCell[][];

/**
 * The last spill made by a loop that met no error: see {@link withoutErrors}. One reference, not a WeakSet:
 * adding each 100,000-row spill to a WeakSet measured 1 ms a call (its table grows until a full collection).
 */
let lastErrorFree: Spill | undefined;

/**
 * Marks a spill as holding no error value, as the loop that built it knows: the Excel boundary then returns it
 * without reading its 100,000 rows again for errors to convert. Only the last spill marked is remembered (the
 * boundary asks right after the metric returns), and {@link holdsNoError} forgets it. The spill must not be
 * changed after it is marked.
 *
 * @param spill - a spill whose every cell is a number or a text
 * @returns the same spill
 *
 * @example
 * holdsNoError(withoutErrors([[1, "Red"]]))
 * //=> true
 */
export function withoutErrors(spill: Spill): Spill {
  lastErrorFree = spill;
  return spill;
}

/**
 * Whether a spill is the last one marked by {@link withoutErrors}; forgets the mark, so that no spill is kept
 * alive here.
 *
 * @param spill - a spill
 * @returns true when it is known to hold no error value
 *
 * @example
 * holdsNoError([[1]])
 * //=> false
 */
export function holdsNoError(spill: unknown): boolean {
  const known = spill !== undefined && spill === lastErrorFree;
  lastErrorFree = undefined;
  return known;
}

/**
 * Tells whether a number lies in a domain (finite, within its bounds, whole when it must be).
 *
 * @param value - the number
 * @param domain - the numbers accepted
 * @returns true when accepted
 *
 * @example
 * inDomain(3, { integer: true, min: 1, max: 5, expected: { en: "1 to 5", fr: "1 à 5" } })
 * //=> true
 * @example
 * inDomain(2.5, { integer: true, min: 1, max: 5, expected: { en: "1 to 5", fr: "1 à 5" } })
 * //=> false
 */
export function inDomain(value: number, domain: NumberDomain): boolean {
  return (
    Number.isFinite(value) &&
    value >= (domain.min ?? -Infinity) &&
    value <= (domain.max ?? Infinity) &&
    (domain.integer !== true || Number.isInteger(value))
  );
}

/**
 * Reads one cell of a numeric range: a number in the domain (`-0` read as 0), `null` for a blank, or the
 * error the cell gives: its own error value, `#VALUE!` naming the cell for text or a logical value, `#NUM!`
 * out of the domain.
 *
 * @param cell - the cell as Excel passed it
 * @param argument - the argument's name, for messages
 * @param row - 0-based row within the range
 * @param column - 0-based column within the range
 * @param domain - the numbers accepted
 * @returns the number, `null`, or an Excel error value
 *
 * @example
 * readCell("", { en: "time", fr: "temps" }, 0, 0, { expected: { en: "numbers", fr: "des nombres" } })
 * //=> null
 * @example
 * readCell(true, { en: "time", fr: "temps" }, 1, 0, { expected: { en: "numbers", fr: "des nombres" } }).message.en
 * //=> "time: row 2, column 1 holds the logical value TRUE; expected numbers."
 */
export function readCell(
  cell: unknown,
  argument: ArgumentName,
  row: number,
  column: number,
  domain: NumberDomain,
): number | null | ExcelError {
  if (typeof cell === "number") return inDomain(cell, domain) ? cell + 0 : new ExcelError("#NUM!");
  if (isBlank(cell)) return null;
  if (isExcelError(cell)) return asExcelError(cell);
  return notANumber(argument, row, column, cell, domain.expected);
}

/**
 * Reads one cell of a range of labels or words: text as typed, a number as its digits, `null` for a blank
 * (and for 0 with `zeroIsBlank`: an empty cell of an optional range on Windows desktop); an error value is
 * returned as it is and a logical value gives `#VALUE!`.
 *
 * @param cell - the cell as Excel passed it
 * @param argument - the argument's name, for messages
 * @param options - whether 0 reads as blank
 * @returns the text, `null`, or an Excel error value
 *
 * @example
 * readText(2024, { en: "labels", fr: "libellés" })
 * //=> "2024"
 * @example
 * readText(0, { en: "labels", fr: "libellés" }, { zeroIsBlank: true })
 * //=> null
 */
export function readText(
  cell: unknown,
  argument: ArgumentName,
  options: BlankOptions = {},
): string | null | ExcelError {
  if (typeof cell === "string") return cell.trim() === "" ? null : cell;
  if (readsAsBlank(cell, options)) return null;
  if (typeof cell === "number") return String(cell);
  if (isExcelError(cell)) return asExcelError(cell);
  return new ExcelError("#VALUE!", {
    en: `${argument.en} holds ${describeCell(cell).en}; expected text.`,
    fr: `${argument.fr} contient ${describeCell(cell).fr} ; attendu : du texte.`,
  });
}

/**
 * Applies `fn` to every cell of a range, keeping its shape: the spilled result of an element-wise function.
 *
 * @param range - the range as Excel passed it
 * @param fn - computes one result cell from one input cell and its position
 * @returns the results, shaped like the range, or `#N/A` for a range without cells
 *
 * @example
 * mapCells([[1, 2], [3, 4]], (cell) => cell * 10)
 * //=> [[10, 20], [30, 40]]
 */
export function mapCells(
  range: unknown,
  fn: (cell: unknown, row: number, column: number) => SpillCell,
): Spill | ExcelError {
  const rows = asRows(range);
  if (rows.length === 0) return emptyRange();
  // Loops rather than map: no closure made per row (under tsx, each is also named by a helper).
  const out: Spill = new Array<SpillCell[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rowCells(rows[r]);
    // A row without cells comes only from callers outside Excel: it reads as one blank cell.
    if (cells.length === 0) {
      out[r] = [fn(null, r, 0)];
      continue;
    }
    const results = new Array<SpillCell>(cells.length);
    for (let c = 0; c < cells.length; c++) results[c] = fn(cells[c], r, c);
    out[r] = results;
  }
  return out;
}

/**
 * Maps every cell of a numeric range, keeping its shape: a number in `domain` (`-0` read as 0) gives
 * `fn(value)`, a blank gives `""`, anything else the error {@link readCell} gives for it. The same as
 * {@link mapCells} with {@link readCell}, in one tight loop without a callback per cell for the reading:
 * the hot path of the element-wise metrics on 0–100 scores and indicators.
 *
 * @param range - the range as Excel passed it
 * @param argument - the argument's name, for messages
 * @param domain - the numbers accepted
 * @param fn - computes one result cell from one number
 * @returns the results, shaped like the range, or `#N/A` for a range without cells
 *
 * @example
 * mapNumbers([[1, ""], [-1, "x"]], { en: "v", fr: "v" }, { min: 0, expected: { en: "numbers", fr: "des nombres" } }, (v) => v * 10).map((row) => row.map((cell) => cell.code ?? cell))
 * //=> [[10, ""], ["#NUM!", "#VALUE!"]]
 */
export function mapNumbers(
  range: unknown,
  argument: ArgumentName,
  domain: NumberDomain,
  fn: (value: number) => SpillCell,
): Spill | ExcelError {
  const rows = asRows(range);
  if (rows.length === 0) return emptyRange();
  const min = domain.min ?? -Infinity;
  const max = domain.max ?? Infinity;
  const integer = domain.integer === true;
  let failed = false;
  const out: Spill = new Array<SpillCell[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rowCells(rows[r]);
    // A row without cells comes only from callers outside Excel: it reads as one blank cell.
    if (cells.length === 0) {
      out[r] = [""];
      continue;
    }
    const results = new Array<SpillCell>(cells.length);
    for (let c = 0; c < cells.length; c++) {
      const cell: unknown = cells[c];
      if (typeof cell === "number" && cell >= min && cell <= max && Number.isFinite(cell)) {
        if (!integer || Number.isInteger(cell)) {
          const result = fn(cell + 0);
          if (typeof result === "object") failed = true;
          results[c] = result;
        } else {
          results[c] = new ExcelError("#NUM!");
          failed = true;
        }
      } else if (cell === null || cell === undefined || cell === "") results[c] = "";
      else {
        results[c] = readCell(cell, argument, r, c, domain) as ExcelError;
        failed = true;
      }
    }
    out[r] = results;
  }
  return failed ? out : withoutErrors(out);
}

/**
 * The spill of an element-wise function whose other argument is wrong (a bad threshold, a bad min): every cell
 * shows that argument's error, except a cell that holds an error value itself, which is passed through first, as
 * the catalogue's precedence says.
 *
 * @param range - the element-wise input, as Excel passed it
 * @param problem - the other argument's error
 * @returns the results, shaped like the range, or `#N/A` for a range without cells
 *
 * @example
 * failEachCell([[{ code: "#N/A" }], [80]], new ExcelError("#NUM!")).map((row) => row[0].code)
 * //=> ["#N/A", "#NUM!"]
 */
export function failEachCell(range: unknown, problem: ExcelError): Spill | ExcelError {
  return mapCells(range, (cell) => (isExcelError(cell) ? asExcelError(cell) : problem));
}

/**
 * `#N/A` for a range without cells: Excel never passes one, but other callers can.
 *
 * @returns the error value
 *
 * @example
 * emptyRange().code
 * //=> "#N/A"
 */
export function emptyRange(): ExcelError {
  return new ExcelError("#N/A", {
    en: "The range is empty: there is nothing to compute.",
    fr: "La plage est vide : il n'y a rien à calculer.",
  });
}

/**
 * Applies `fn` to the cells at the same position in two ranges of the same shape (time and value, workload
 * and capacity). Ranges of different shapes give one `#VALUE!` giving both shapes, unless an input holds
 * an error value, which wins.
 *
 * @param first - the first range
 * @param second - the second range
 * @param names - both arguments' names, for messages
 * @param fn - computes one result cell from the pair and its position
 * @returns the results shaped like the ranges, or an Excel error value
 *
 * @example
 * mapPairs([[4], [1]], [[2], [1]], [{ en: "a", fr: "a" }, { en: "b", fr: "b" }], (a, b) => a - b)
 * //=> [[2], [0]]
 */
export function mapPairs(
  first: unknown,
  second: unknown,
  names: readonly [ArgumentName, ArgumentName],
  fn: (a: unknown, b: unknown, row: number, column: number) => SpillCell,
): Spill | ExcelError {
  const rowsA = asRows(first);
  const rowsB = asRows(second);
  const mismatch = sameShape(rowsA, rowsB, names);
  if (mismatch) return mismatch;
  if (rowsA.length === 0) return emptyRange();
  // Loops rather than map: one call of `fn` per cell and nothing else, the spill built row by row.
  const out: Spill = new Array<SpillCell[]>(rowsA.length);
  for (let r = 0; r < rowsA.length; r++) {
    const cellsA = rowCells(rowsA[r]);
    const cellsB = rowCells(rowsB[r]);
    if (cellsA.length === 0) {
      out[r] = [fn(null, null, r, 0)];
      continue;
    }
    const results = new Array<SpillCell>(cellsA.length);
    for (let c = 0; c < cellsA.length; c++) results[c] = fn(cellsA[c], cellsB[c], r, c);
    out[r] = results;
  }
  return out;
}

/**
 * `undefined` when two ranges have the same shape (every row the same length), else the error to report:
 * an error cell of either range, or `#VALUE!` giving both shapes.
 *
 * @param rowsA - the first range's rows
 * @param rowsB - the second range's rows
 * @param names - both arguments' names
 * @returns the error, or `undefined`
 *
 * @example
 * sameShape([[1], [2]], [[1, 2]], [{ en: "from", fr: "de" }, { en: "to", fr: "à" }]).message.en
 * //=> "from (2 × 1) and to (1 × 2) must have the same shape."
 */
export function sameShape(
  rowsA: readonly unknown[],
  rowsB: readonly unknown[],
  names: readonly [ArgumentName, ArgumentName],
): ExcelError | undefined {
  if (sameLengths(rowsA, rowsB)) return undefined;
  return (
    firstErrorCell(rowsA) ?? firstErrorCell(rowsB) ?? shapeMismatch(names, shapeOf(rowsA), shapeOf(rowsB))
  );
}

/** Whether two ranges' rows are as many and each as long: a loop, not `every` with a callback per row. */
function sameLengths(rowsA: readonly unknown[], rowsB: readonly unknown[]): boolean {
  if (rowsA.length !== rowsB.length) return false;
  for (let r = 0; r < rowsA.length; r++) {
    const a: unknown = rowsA[r];
    const b: unknown = rowsB[r];
    const lengthA = Array.isArray(a) ? a.length : 1;
    const lengthB = Array.isArray(b) ? b.length : 1;
    if (lengthA !== lengthB) return false;
  }
  return true;
}

/**
 * `#N/A` for a pair where one side is blank and the other is not: names the blank argument and the cell.
 *
 * @param argument - the blank argument's name
 * @param row - 0-based row
 * @param column - 0-based column
 * @returns the error value
 *
 * @example
 * missingPartner({ en: "value", fr: "valeur" }, 2, 0).message.fr
 * //=> "valeur : la ligne 3, colonne 1 est vide ; les deux valeurs de la paire sont nécessaires."
 */
export function missingPartner(argument: ArgumentName, row: number, column: number): ExcelError {
  return new ExcelError("#N/A", {
    en: `${argument.en}: row ${row + 1}, column ${column + 1} is blank; both values of the pair are needed.`,
    fr: `${argument.fr} : la ligne ${row + 1}, colonne ${column + 1} est vide ; les deux valeurs de la paire sont nécessaires.`,
  });
}
