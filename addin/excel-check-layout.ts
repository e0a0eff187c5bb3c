/**
 * Where the field check puts things on its scratch sheet, and the pure steps around the office-js calls: a free
 * name for the sheet, the one block of formulas holding the probes and the worked examples, the cells read back,
 * and the worked examples judged from them.
 *
 * The block, from A1: the probe cells in column A, the probe formulas in column C, the worked examples one under
 * the other in column E (each with the rows its result spills over; spills run right, up to column I). The table
 * and the chart are tried on data of their own further right (K1:L3, N1:O3).
 */
import { formulaOf, judgeExample, type FunctionOutcome, type WorkedExample } from "./excel-check-examples";
import { PROBE_CELLS, PROBE_COLUMN, PROBE_FORMULAS, type CellReading } from "./excel-check-probes";

/** The scratch sheet's name, with a number after it when a sheet already has it. */
export const SCRATCH_SHEET_NAME = "CSM Kit check";

/** The column the worked examples go in (E); their results may spill over the four columns right of it. */
export const EXAMPLE_COLUMN = 4;
/** How many columns are read back, from A: the probes, and the examples with their spills. */
export const READ_COLUMNS = EXAMPLE_COLUMN + 5;
/** Where the table and the chart are tried, right of everything else: a header row and two rows each. */
export const TABLE_DATA = {
  address: "K1:L3",
  values: [
    ["Item", "Value"],
    ["a", 1],
    ["b", 2],
  ],
};
export const CHART_DATA = {
  address: "N1:O3",
  values: [
    ["Item", "Value"],
    ["a", 1],
    ["b", 2],
  ],
};
/** What a cell shows while a custom function is still calculating. */
const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);

/**
 * A name for the scratch sheet that no sheet has (Excel compares sheet names without case).
 *
 * @param taken - the names of the workbook's sheets
 * @returns `CSM Kit check`, or `CSM Kit check 2`, `3`… when taken
 *
 * @example
 * scratchSheetName(["Sheet1"])
 * //=> "CSM Kit check"
 * @example
 * scratchSheetName(["csm kit CHECK", "CSM Kit check 2"])
 * //=> "CSM Kit check 3"
 */
export function scratchSheetName(taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.toLowerCase()));
  let candidate = SCRATCH_SHEET_NAME;
  for (let suffix = 2; names.has(candidate.toLowerCase()); suffix += 1)
    candidate = `${SCRATCH_SHEET_NAME} ${suffix}`;
  return candidate;
}

/**
 * The row (0-based) of each worked example in the examples' column: one under the other, each with the rows
 * its result spills over.
 *
 * @param examples - the worked examples
 * @returns each example with its row
 *
 * @example
 * exampleRows([{ id: "PULSE", args: [], expected: [[null], [null], [null]] }, { id: "ARR", args: [], expected: [[null]] }]).map((placed) => placed.row)
 * //=> [0, 3]
 */
export function exampleRows(
  examples: readonly WorkedExample[],
): { readonly example: WorkedExample; readonly row: number }[] {
  let next = 0;
  return examples.map((example) => {
    const row = next;
    next += example.expected.length;
    return { example, row };
  });
}

/**
 * Pairs the `values` and `valueTypes` Excel read back into cells.
 *
 * @param values - `Range.values`
 * @param types - `Range.valueTypes`
 * @returns the cells, row by row
 *
 * @example
 * readingsOf([[1, "#N/A"]], [["Double", "Error"]])
 * //=> [[{ value: 1, type: "Double" }, { value: "#N/A", type: "Error" }]]
 */
export function readingsOf(
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[],
): CellReading[][] {
  return values.map((row, r) => row.map((value, c) => ({ value, type: types[r]?.[c] ?? "Unknown" })));
}

/**
 * Tells whether some results are still calculating (`#BUSY!`), so that they must be read again.
 *
 * @param grid - the cells read back
 * @returns true while a cell shows that a function has not answered yet
 *
 * @example
 * stillCalculating([[{ value: "#BUSY!", type: "Error" }]])
 * //=> true
 */
export function stillCalculating(grid: readonly (readonly CellReading[])[]): boolean {
  return grid.some((row) => row.some((cell) => cell.type === "Error" && PENDING.has(String(cell.value))));
}

/**
 * The block of formulas written from A1 in one assignment: the probe cells, the probe formulas and the worked
 * examples, `""` everywhere else (cells a result spills over must be empty).
 *
 * @param examples - the worked examples
 * @returns the rows of the block, five columns wide (A to E)
 *
 * @example
 * checkFormulas([{ id: "ARR", args: [25], expected: [[{ number: 300 }]] }]).slice(0, 2)
 * //=> [["", "", "=CSM.SCALE(A1,0,100)", "", "=CSM.ARR(25)"], ["=NA()", "", "=CSM.SCALE(50,A1,100)", "", ""]]
 */
export function checkFormulas(examples: readonly WorkedExample[]): (string | number)[][] {
  const placed = exampleRows(examples);
  const rows = Math.max(
    PROBE_FORMULAS.errors.row + 4,
    ...placed.map(({ example, row }) => row + example.expected.length),
  );
  const block = Array.from({ length: rows }, () => Array<string | number>(EXAMPLE_COLUMN + 1).fill(""));
  const put = (row: number, column: number, formula: string | number) =>
    ((block[row] as (string | number)[])[column] = formula);
  PROBE_CELLS.formulas.forEach(([formula], row) => put(row, 0, formula));
  for (const { row, formula } of Object.values(PROBE_FORMULAS)) put(row, PROBE_COLUMN, formula);
  for (const { example, row } of placed) put(row, EXAMPLE_COLUMN, formulaOf(example));
  return block;
}

/**
 * Judges each worked example from the block read back (A1 at `[0][0]`), where {@link checkFormulas} put it.
 *
 * @param examples - the worked examples, as written
 * @param grid - the cells read back
 * @returns one outcome per example
 *
 * @example
 * judgeExamples([{ id: "ARR", args: [25], expected: [[{ number: 300 }]] }], [[0, 0, 0, 0, { value: 300, type: "Double" }]]).map((outcome) => outcome.status)
 * //=> ["ok"]
 */
export function judgeExamples(
  examples: readonly WorkedExample[],
  grid: readonly (readonly (CellReading | undefined)[])[],
): FunctionOutcome[] {
  return exampleRows(examples).map(({ example, row }) =>
    judgeExample(
      example,
      example.expected.map((_, r) => (grid[row + r] ?? []).slice(EXAMPLE_COLUMN)),
    ),
  );
}
