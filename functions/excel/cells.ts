/**
 * Excel semantics in one place: how a range arrives, what a blank is, and which error a bad cell gives.
 * Every metric reads its inputs through these functions and re-implements none of it.
 */
import { asExcelError, ExcelError, isExcelError, strongerError } from "./errors";
import { notANumber, shapeMismatch, type ArgumentName } from "./messages";
import type { Bilingual } from "./language";

export type { ArgumentName } from "./messages";

/** What a numeric range may hold; a number outside it gives `#NUM!`. */
export interface NumberDomain {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** What the user should type instead, used in the `#VALUE!` message, e.g. "whole numbers from 0 to 10". */
  readonly expected: Bilingual;
}

/**
 * Tells whether a cell counts as blank: `null`, `undefined` or `""`. Blanks are "no answer", never 0.
 *
 * @param value - one cell as Excel passed it
 * @returns true for a blank cell
 *
 * @example
 * isBlank("")
 * //=> true
 * @example
 * isBlank(0)
 * //=> false
 */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** How an optional argument reads a blank. */
export interface BlankOptions {
  /**
   * Read 0 as blank, so that the default applies. Windows desktop passes an empty referenced cell as 0 to a
   * parameter declared as one value and to an optional range (office-js issues #4702, #5262), where the web
   * passes `null`: for an argument where 0 is impossible or meaningless (12 months, a scale's top, an
   * option), this makes both give the default. Never for an argument where 0 is a real value (a margin, an
   * amount, a discount rate).
   */
  readonly zeroIsBlank?: boolean;
}

/**
 * Tells whether an argument's cell reads as blank: {@link isBlank}, or 0 when `zeroIsBlank` is set (an empty
 * cell on Windows desktop). The one place where "0 means the default" is decided.
 *
 * @param value - one cell as Excel passed it
 * @param options - whether 0 reads as blank
 * @returns true when the cell reads as blank
 *
 * @example
 * readsAsBlank(0, { zeroIsBlank: true })
 * //=> true
 * @example
 * readsAsBlank(0, {})
 * //=> false
 */
export function readsAsBlank(value: unknown, options: BlankOptions): boolean {
  return isBlank(value) || (options.zeroIsBlank === true && value === 0);
}

/**
 * Reads a range the way Excel passes it: a 2-D array of rows. A single value (a scalar argument, or a caller
 * outside Excel) is read as a 1 × 1 range, and a flat array as one column. Constant time for what Excel
 * passes: a row that is not an array (only callers outside Excel make those) is read through
 * {@link cellsOf}, lazily, instead of being checked here in an extra pass.
 *
 * @param range - a 2-D array, a 1-D array or a single value
 * @returns the rows of the range
 *
 * @example
 * asRows(7)
 * //=> [[7]]
 * @example
 * asRows([[1, 2], [3, 4]])
 * //=> [[1, 2], [3, 4]]
 * @example
 * asRows([1, 2])
 * //=> [[1], [2]]
 */
export function asRows(range: unknown): readonly unknown[] {
  if (!Array.isArray(range)) return [[range]];
  if (range.length === 0 || Array.isArray(range[0])) return range;
  return range.map((cell: unknown) => (Array.isArray(cell) ? (cell as unknown[]) : [cell]));
}

/**
 * The cells of one row; a row that is not an array (a caller outside Excel) is read as a one-cell row.
 *
 * @param row - one row of a range
 * @returns its cells
 *
 * @example
 * cellsOf(5)
 * //=> [5]
 */
export function cellsOf(row: unknown): unknown[] {
  return Array.isArray(row) ? row : [row];
}

/**
 * Visits every number of a range in reading order (row by row), applying the catalogue's semantics:
 * blanks are skipped; an error cell is returned as it is; text, booleans and other values give `#VALUE!`
 * naming the argument, the cell and what was expected; a number outside `domain` gives `#NUM!`.
 * Once a problem is found no more numbers are visited, but the scan goes on so that a stronger error
 * (an error cell beats `#VALUE!`, which beats `#NUM!`) still wins. `-0` is read as 0.
 *
 * @param range - the range as Excel passed it
 * @param argument - the argument's name, for messages
 * @param domain - the numbers the argument accepts
 * @param visit - called with each valid number while no problem has been found
 * @returns the error to report, or `undefined` when every cell was blank or valid
 *
 * @example
 * scanNumbers([[1], [""], [2]], { en: "values", fr: "valeurs" }, { expected: { en: "numbers", fr: "des nombres" } }, () => {})
 * //=> undefined
 * @example
 * scanNumbers([[1], ["x"]], { en: "values", fr: "valeurs" }, { expected: { en: "numbers", fr: "des nombres" } }, () => {}).code
 * //=> "#VALUE!"
 */
export function scanNumbers(
  range: unknown,
  argument: ArgumentName,
  domain: NumberDomain,
  visit: (value: number) => void,
): ExcelError | undefined {
  const rows = asRows(range);
  const min = domain.min ?? -Number.MAX_VALUE;
  const max = domain.max ?? Number.MAX_VALUE;
  const integer = domain.integer === true;
  let problem: ExcelError | undefined;
  for (let r = 0; r < rows.length; r++) {
    const cells = cellsOf(rows[r]);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (typeof cell === "number") {
        if (problem !== undefined) continue;
        if (cell >= min && cell <= max && (!integer || Math.floor(cell) === cell))
          visit(cell === 0 ? 0 : cell);
        else problem = new ExcelError("#NUM!");
      } else {
        // A blank leaves the problem as it was (afterNonNumber decides what a blank is).
        problem = afterNonNumber(cell, problem, argument, r, c, domain.expected);
        if (problem?.passedThrough) return problem;
      }
    }
  }
  return problem;
}

/** What {@link sumClean} adds up: every number, and the numbers above 0 apart (counted when asked). */
export interface CleanSum {
  readonly total: number;
  readonly count: number;
  readonly positiveTotal: number;
  /** The numbers above 0; `undefined` unless `countPositive` was asked. */
  readonly positiveCount: number | undefined;
}

/**
 * The fast path of the summing metrics (MRR, ARPA, CAC): one tight pass over a 2-D array whose cells are all
 * blanks or finite numbers of 0 or more (whole numbers when `integer`), with no callback. Anything else (a
 * single value, a flat array, text, an error, a negative or fractional number) gives `undefined`, and the
 * caller reads the range with {@link scanNumbers}, which gives the error to report. Where both answer, they
 * give the same sums in the same order.
 *
 * @param range - the range as Excel passed it
 * @param integer - whether only whole numbers are accepted
 * @param countPositive - whether to count the numbers above 0 (ARPA's paying accounts). Only asked for: the
 *   test of each number against 0 is a branch the processor cannot predict on real amounts, and it is what
 *   kept MRR and ARR over 1.5× their plain loop.
 * @returns the sums, or `undefined` when the range needs the full scan
 *
 * @example
 * sumClean([[100], [""], [0], [50]], false, true)
 * //=> { total: 150, count: 3, positiveTotal: 150, positiveCount: 2 }
 * @example
 * sumClean([[100], [""], [0], [50]], false)
 * //=> { total: 150, count: 3, positiveTotal: 150, positiveCount: undefined }
 * @example
 * sumClean([[1], ["x"]], false)
 * //=> undefined
 */
export function sumClean(range: unknown, integer: boolean, countPositive = false): CleanSum | undefined {
  if (!Array.isArray(range)) return undefined;
  let total = 0;
  let count = 0;
  let positive = 0;
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (!Array.isArray(row)) return undefined;
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (typeof cell === "number") {
        // NaN and negative numbers fail here; an infinite one makes the total infinite, checked at the end.
        if (!(cell >= 0) || (integer && Math.floor(cell) !== cell)) return undefined;
        count++;
        total += cell;
        if (countPositive) positive += cell > 0 ? 1 : 0;
      } else if (cell !== null && cell !== undefined && cell !== "") return undefined;
    }
  }
  // Every number is 0 or more: the total of those above 0 is the total. An infinite total (an infinite
  // cell, or an overflow) is left to the full scan, which gives #NUM!.
  if (!Number.isFinite(total)) return undefined;
  return { total, count, positiveTotal: total, positiveCount: countPositive ? positive : undefined };
}

/**
 * Counts the answers of a range on a small whole-number scale (NPS 0–10, CSAT 1–5): `counts[k]` is how many
 * cells hold `min + k`. Same semantics as {@link scanNumbers}; built for the survey metrics' hot path: one
 * tight pass, no callback, no allocation per cell.
 *
 * @param range - the range as Excel passed it
 * @param argument - the argument's name, for messages
 * @param domain - a whole-number domain with finite `min` and `max`
 * @returns the counts, or an Excel error value
 *
 * @example
 * Array.from(tallyScale([[1], [3], [3], [""]], { en: "scores", fr: "notes" }, { integer: true, min: 1, max: 3, expected: { en: "1 to 3", fr: "1 à 3" } }))
 * //=> [1, 0, 2]
 */
export function tallyScale(
  range: unknown,
  argument: ArgumentName,
  domain: NumberDomain,
): Float64Array | ExcelError {
  const min = domain.min ?? 0;
  const max = domain.max ?? 0;
  const span = max - min;
  const counts = new Float64Array(span + 1);
  const rows = asRows(range);
  let problem: ExcelError | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = Array.isArray(row) ? row : [row];
    for (let c = 0; c < cells.length; c++) {
      const cell: unknown = cells[c];
      if (typeof cell === "number") {
        // The index on the scale; `(k | 0) === k` tells a whole number in range (NaN and fractions fail).
        const k = cell - min;
        if (k >= 0 && k <= span && (k | 0) === k) counts[k] = (counts[k] as number) + 1;
        else if (problem === undefined) problem = new ExcelError("#NUM!");
      } else {
        // A blank leaves the problem as it was (afterNonNumber decides what a blank is).
        problem = afterNonNumber(cell, problem, argument, r, c, domain.expected);
        if (problem?.passedThrough) return problem;
      }
    }
  }
  return problem ?? counts;
}

/**
 * Visits two ranges of the same shape position by position (one customer per row: start and end MRR),
 * with the catalogue's semantics for paired amounts: a position where both cells are blank is skipped;
 * where only one is blank it reads as 0 (a customer who had not started, or has left). An error cell is
 * returned as it is (the first range's before the second's); text gives `#VALUE!`; a number outside
 * `domain` gives `#NUM!`; ranges of different shapes give `#VALUE!`.
 *
 * The visitor receives a state object to accumulate into, rather than closing over local variables: that
 * keeps the hot loop free of allocation (V8 boxes the numbers a closure updates).
 *
 * @param first - the first range (e.g. MRR at the start of the period)
 * @param second - the second range, of the same shape
 * @param names - the two arguments' names, for messages
 * @param domain - the numbers both accept
 * @param state - what `visit` accumulates into
 * @param visit - called with the state and each pair while no problem has been found
 * @returns the error to report, or `undefined`
 *
 * @example
 * scanPairs([[100], [""]], [[""], [50]], [{ en: "start", fr: "début" }, { en: "end", fr: "fin" }], { min: 0, expected: { en: "amounts", fr: "des montants" } }, { sum: 0 }, (s, a, b) => { s.sum += a - b; })
 * //=> undefined
 * @example
 * scanPairs([[1], [2]], [[1]], [{ en: "start", fr: "début" }, { en: "end", fr: "fin" }], { expected: { en: "amounts", fr: "des montants" } }, {}, () => {}).code
 * //=> "#VALUE!"
 */
export function scanPairs<State>(
  first: unknown,
  second: unknown,
  names: readonly [ArgumentName, ArgumentName],
  domain: NumberDomain,
  state: State,
  visit: (state: State, a: number, b: number) => void,
): ExcelError | undefined {
  const rowsA = asRows(first);
  const rowsB = asRows(second);
  // Shapes are checked row by row inside the loop (no extra pass); on a mismatch an error cell still wins.
  const mismatch = () =>
    firstErrorCell(rowsA) ?? firstErrorCell(rowsB) ?? shapeMismatch(names, shapeOf(rowsA), shapeOf(rowsB));
  if (rowsA.length !== rowsB.length) return mismatch();
  const min = domain.min ?? -Number.MAX_VALUE;
  const max = domain.max ?? Number.MAX_VALUE;
  const integer = domain.integer === true;
  let problem: ExcelError | undefined;
  for (let r = 0; r < rowsA.length; r++) {
    const rowA = rowsA[r];
    const rowB = rowsB[r];
    const cellsA = Array.isArray(rowA) ? rowA : [rowA];
    const cellsB = Array.isArray(rowB) ? rowB : [rowB];
    if (cellsA.length !== cellsB.length) return mismatch();
    for (let c = 0; c < cellsA.length; c++) {
      let a: unknown = cellsA[c];
      let b: unknown = cellsB[c];
      if (typeof a !== "number") {
        if (a === null || a === undefined || a === "") {
          if (b === null || b === undefined || b === "") continue;
          a = 0;
        } else if (isExcelError(a)) return asExcelError(a);
        else {
          if (isExcelError(b)) return asExcelError(b);
          if (problem?.code !== "#VALUE!")
            problem = strongerError(problem, notANumber(names[0], r, c, a, domain.expected));
          continue;
        }
      }
      if (typeof b !== "number") {
        if (b === null || b === undefined || b === "") b = 0;
        else if (isExcelError(b)) return asExcelError(b);
        else {
          if (problem?.code !== "#VALUE!")
            problem = strongerError(problem, notANumber(names[1], r, c, b, domain.expected));
          continue;
        }
      }
      if (problem !== undefined) continue;
      const x = a as number;
      const y = b as number;
      if (
        x >= min &&
        x <= max &&
        y >= min &&
        y <= max &&
        (!integer || (Math.floor(x) === x && Math.floor(y) === y))
      )
        visit(state, x, y);
      else problem = new ExcelError("#NUM!");
    }
  }
  return problem;
}

/**
 * The first error cell of a range in reading order, if any: rule 1 of the catalogue's precedence.
 *
 * @param rows - the range's rows
 * @returns that error, or `undefined`
 *
 * @example
 * firstErrorCell([[1, { code: "#N/A" }], [{ code: "#REF!" }]]).code
 * //=> "#N/A"
 */
export function firstErrorCell(rows: readonly unknown[]): ExcelError | undefined {
  for (const row of rows) for (const cell of cellsOf(row)) if (isExcelError(cell)) return asExcelError(cell);
  return undefined;
}

/**
 * Every cell of a range in reading order, as one array: for the small ranges of single-value arguments,
 * not for hot paths.
 *
 * @param range - the range as Excel passed it
 * @returns its cells
 *
 * @example
 * allCells([[1, 2], [3]])
 * //=> [1, 2, 3]
 */
export function allCells(range: unknown): unknown[] {
  return asRows(range).flatMap(cellsOf);
}

/**
 * A range's shape as rows × columns of its first row.
 *
 * @param rows - the range's rows
 * @returns [rows, columns]
 *
 * @example
 * shapeOf([[1, 2], [3, 4], [5, 6]])
 * //=> [3, 2]
 */
export function shapeOf(rows: readonly unknown[]): [number, number] {
  return [rows.length, rows.length === 0 ? 0 : cellsOf(rows[0]).length];
}

/**
 * What a cell that is not a number does to a scan: a blank leaves the problem as it was; an error cell is
 * returned as it is (marked passed through, so the caller stops); anything else is a `#VALUE!` naming the
 * cell, unless one was already found.
 *
 * @param cell - a cell that is not a number
 * @param problem - the problem found so far
 * @param argument - the argument's name
 * @param row - 0-based row
 * @param column - 0-based column
 * @param expected - what the argument accepts
 * @returns the problem to carry on with
 *
 * @example
 * afterNonNumber("", undefined, { en: "x", fr: "x" }, 0, 0, { en: "numbers", fr: "des nombres" })
 * //=> undefined
 * @example
 * afterNonNumber({ code: "#N/A" }, undefined, { en: "x", fr: "x" }, 0, 0, { en: "numbers", fr: "des nombres" }).passedThrough
 * //=> true
 */
export function afterNonNumber(
  cell: unknown,
  problem: ExcelError | undefined,
  argument: ArgumentName,
  row: number,
  column: number,
  expected: Bilingual,
): ExcelError | undefined {
  if (cell === null || cell === undefined || cell === "") return problem;
  if (isExcelError(cell)) return asExcelError(cell);
  if (problem?.code === "#VALUE!") return problem;
  return strongerError(problem, notANumber(argument, row, column, cell, expected));
}
