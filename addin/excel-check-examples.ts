/**
 * One worked example per CSM function, from docs/functions.md, for the field check: each is
 * written into a cell of the scratch sheet and its result compared with the published one. Arguments are
 * array constants and numbers only, so that a result depends on the function and not on how Excel passes
 * empty or error cells (the probes measure that). Formulas are written in en-US syntax (`,` between arguments,
 * `;` between rows of a constant), which is what `Range.formulas` takes in every Excel language.
 *
 * Text results are expected in English in every Excel language, as the catalogue's contract says.
 */
import { shownCell, type CellReading } from "./excel-check-probes";

type Constant = number | string;

/** An argument of a worked example: a number or text, or an array constant written as a column, a row or a table. */
export type ExampleArgument =
  | Constant
  | { readonly column: readonly Constant[] }
  | { readonly row: readonly Constant[] }
  | { readonly table: readonly (readonly Constant[])[] };

/** A published result cell: a number (to `decimals` places when given), a text, or `null` when not checked. */
export type ExpectedCell =
  { readonly number: number; readonly decimals?: number } | { readonly text: string } | null;

export interface WorkedExample {
  /** The function's id, without the `CSM.` namespace. */
  readonly id: string;
  readonly args: readonly ExampleArgument[];
  /** The result, row by row; a spilled result has several cells, and its size is the room left for it. */
  readonly expected: readonly (readonly ExpectedCell[])[];
}

/** How one function answered its worked example. */
export interface FunctionOutcome {
  readonly id: string;
  readonly formula: string;
  /** `not-registered` when Excel shows `#NAME?`: it does not know the function. */
  readonly status: "ok" | "wrong" | "error" | "not-registered";
  /** The checked cells as Excel showed them, e.g. `20` or `#VALUE!`. */
  readonly got: string;
  readonly expected: string;
}

const n = (number: number, decimals?: number): ExpectedCell =>
  decimals === undefined ? { number } : { number, decimals };
const text = (value: string): ExpectedCell => ({ text: value });
const column = (...values: Constant[]) => ({ column: values });
const row = (...values: Constant[]) => ({ row: values });
const numbers = (...values: number[]) => values.map((value) => n(value));

// docs/functions.md's smaller bridge and cohorts example: three customers over three months.
const THREE_CUSTOMERS = {
  table: [
    [100, 0, 80],
    [50, 70, 70],
    [0, 40, 20],
  ],
};

/**
 * The six customers of docs/functions.md's billing-export functions, MRR January–June 2026 (one row each, A to
 * F): new, expansion, contraction, churn and reactivation. Worked out by hand in test/unit/billing.test.ts.
 */
export const SIX_CUSTOMERS_MRR: readonly (readonly number[])[] = [
  [100, 100, 150, 150, 150, 150],
  [200, 200, 200, 120, 120, 120],
  [50, 50, 0, 0, 80, 80],
  [0, 300, 300, 300, 300, 0],
  [0, 0, 0, 60, 60, 90],
  [40, 40, 40, 40, 0, 0],
];
const SIX_CUSTOMERS = { table: SIX_CUSTOMERS_MRR };

// The month of ChartMogul-style customers reused by docs/functions.md: one churns 10, one contracts 10, one expands
// 10 and one is new at 50 (a start of 0 is not yet a customer, an end of 0 is gone).
const START = column(40, 30, 20, 10, 0);
const END = column(40, 20, 30, 0, 50);
/** Delighted's published NPS example: 10 promoters, 5 passives, 5 detractors (NPS 25). */
export const NPS_ANSWERS: readonly number[] = [
  10, 10, 10, 10, 10, 9, 9, 9, 9, 9, 8, 8, 7, 7, 7, 0, 2, 4, 6, 5,
];
/** Delighted's published CSAT example: 42 fives, 32 fours, 10 threes, 9 twos, 14 ones (74 satisfied of 107). */
export const CSAT_ANSWERS: readonly number[] = [
  ...Array<number>(42).fill(5),
  ...Array<number>(32).fill(4),
  ...Array<number>(10).fill(3),
  ...Array<number>(9).fill(2),
  ...Array<number>(14).fill(1),
];
// Gainsight's account: scores 47, 59, 21 weighted 20, 15, 22 (Σ 57).
const SCORES = row(47, 59, 21);
const WEIGHTS = row(20, 15, 22);
const share = (weight: number) => weight / 57;

/** The worked example of each of the 29 CSM functions, in docs/functions.md's order. */
export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  { id: "MRR", args: [1200, 12], expected: [[n(100)]] },
  { id: "ARR", args: [25], expected: [[n(300)]] },
  { id: "ARPA", args: [column(1, 1, 3, 5, 5)], expected: [[n(3)]] },
  { id: "MRR_MOVEMENTS", args: [START, END], expected: [[n(50), n(10), n(10), n(10)]] },
  { id: "NRR", args: [START, END], expected: [[n(0.9)]] },
  { id: "GRR", args: [START, END], expected: [[n(0.8)]] },
  { id: "CHURN", args: [START, END, "gross"], expected: [[n(0.2)]] },
  { id: "RETENTION", args: [1000, 1050, 200], expected: [[n(0.85)]] },
  { id: "ANNUAL_CHURN", args: [0.05], expected: [[n(0.4596, 4)]] },
  { id: "CLV", args: [100, 0.05], expected: [[n(2000)]] },
  { id: "CAC", args: [50000, 25], expected: [[n(2000)]] },
  { id: "CAC_PAYBACK", args: [10000, 1000, 0.8], expected: [[n(12.5)]] },
  { id: "QUICK_RATIO", args: [10, 5, 2, 3], expected: [[n(3)]] },
  // A pays 100 a month from 15 January 2026 and 50 more from 1 March; B pays 1,200 a year from 1 February and
  // stops on 10 April. Months are the first day of each month, as date serials.
  {
    id: "MRR_MATRIX",
    args: [
      column("A", "B", "A"),
      column(100, 1200, 50),
      column(46037, 46054, 46082),
      column("", 46122, ""),
      column(1, 12, 1),
    ],
    expected: [
      [text("MRR"), ...numbers(46023, 46054, 46082, 46113)],
      [text("A"), ...numbers(100, 100, 150, 150)],
      [text("B"), ...numbers(0, 100, 100, 0)],
    ],
  },
  // Three customers over three months, narrow enough for the check's five columns: A churns then comes back
  // (reactivation), B expands, C is new then contracts.
  {
    id: "MRR_BRIDGE",
    args: [THREE_CUSTOMERS],
    expected: [
      [text("Starting MRR"), ...numbers(150, 110)],
      [text("New"), ...numbers(40, 0)],
      [text("Expansion"), ...numbers(20, 0)],
      [text("Reactivation"), ...numbers(0, 80)],
      [text("Contraction"), ...numbers(0, 20)],
      [text("Churned"), ...numbers(100, 0)],
      [text("Ending MRR"), ...numbers(110, 170)],
    ],
  },
  {
    id: "COHORTS",
    args: [THREE_CUSTOMERS],
    expected: [
      [text("Cohort"), text("Size"), ...numbers(0, 1, 2)],
      numbers(1, 2, 1, 0.5, 1),
      [...numbers(2, 1, 1, 1), null],
    ],
  },
  { id: "TRAILING_RATE", args: [SIX_CUSTOMERS, "logo", 1], expected: [numbers(0, 0.2, 0, 0.2, 0.2)] },
  { id: "NPS", args: [column(...NPS_ANSWERS)], expected: [[n(25)]] },
  { id: "CSAT", args: [column(...CSAT_ANSWERS)], expected: [[n(0.6916, 4)]] },
  { id: "HEALTH", args: [SCORES, WEIGHTS], expected: [[n(40.12, 2)]] },
  {
    id: "HEALTH_BAND",
    args: [column(50, 51, 76)],
    expected: [[text("Red")], [text("Yellow")], [text("Green")]],
  },
  {
    // A header row and a total row, whose words may follow a language: only the components are checked.
    id: "HEALTH_EXPLAIN",
    args: [SCORES, WEIGHTS, row("Usage", "NPS", "Support")],
    expected: [
      [null, null, null, null, null],
      [text("Support"), n(21), n(share(22), 4), n(8.11, 2), n(30.49, 2)],
      [text("Usage"), n(47), n(share(20), 4), n(16.49, 2), n(18.6, 2)],
      [text("NPS"), n(59), n(share(15), 4), n(15.53, 2), n(10.79, 2)],
      [null, n(40.12, 2), n(1), n(40.12, 2), n(59.88, 2)],
    ],
  },
  { id: "PULSE", args: [column("Poor", "Concerning", "Healthy")], expected: [[n(0)], [n(50)], [n(100)]] },
  { id: "SCALE", args: [40, -100, 100], expected: [[n(70)]] },
  {
    id: "ALERTS",
    args: [4, 0, 40, 30],
    expected: [[text("Admin inactive for 4 months; licences down 25 % (40 → 30)")]],
  },
  // Signed on day 46000; first contact 7, 20 and 3 days later.
  {
    id: "JOURNEY_DAYS",
    args: [column(46000, 46000, 46000), column(46007, 46020, 46003)],
    expected: [[n(7)]],
  },
  { id: "SCALE_RATIO", args: [5, 2], expected: [[n(2.5)]] },
  {
    id: "SCALE_DECISION",
    args: [column(2, 3, 5), column(4, 3, 2)],
    expected: [[text("Human")], [text("Arbitrate")], [text("Automate")]],
  },
  { id: "CSMS_NEEDED", args: [30_000_000, 2_000_000], expected: [[n(15)]] },
];

function constantText(value: Constant): string {
  return typeof value === "number" ? String(value) : `"${value.replaceAll('"', '""')}"`;
}

function argumentText(argument: ExampleArgument): string {
  if (typeof argument === "number" || typeof argument === "string") return constantText(argument);
  if ("column" in argument) return `{${argument.column.map(constantText).join(";")}}`;
  if ("table" in argument)
    return `{${argument.table.map((line) => line.map(constantText).join(",")).join(";")}}`;
  return `{${argument.row.map(constantText).join(",")}}`;
}

/**
 * The formula of a worked example, in the en-US syntax `Range.formulas` takes.
 *
 * @param example - the worked example
 * @returns the formula
 *
 * @example
 * formulaOf({ id: "CHURN", args: [{ column: [40, 0] }, { column: [40, 50] }, "gross"], expected: [] })
 * //=> '=CSM.CHURN({40;0},{40;50},"gross")'
 * @example
 * formulaOf({ id: "HEALTH", args: [{ row: [47, 59, 21] }, { row: [20, 15, 22] }], expected: [] })
 * //=> "=CSM.HEALTH({47,59,21},{20,15,22})"
 */
export function formulaOf(example: WorkedExample): string {
  return `=CSM.${example.id}(${example.args.map(argumentText).join(",")})`;
}

function expectedText(cell: Exclude<ExpectedCell, null>): string {
  return "text" in cell ? `"${cell.text}"` : String(Number(cell.number.toPrecision(6)));
}

function matches(cell: CellReading | undefined, expected: Exclude<ExpectedCell, null>): boolean {
  if (cell === undefined || cell.type === "Error") return false;
  if ("text" in expected) return cell.value === expected.text;
  if (typeof cell.value !== "number") return false;
  if (expected.decimals !== undefined)
    return Math.abs(cell.value - expected.number) < 0.5 * 10 ** -expected.decimals + 1e-12;
  return Math.abs(cell.value - expected.number) <= 1e-9 * Math.max(1, Math.abs(expected.number));
}

/**
 * Compares what Excel showed for a worked example with its published result: ok, wrong (with what it got
 * and what was expected), an error, or not registered (`#NAME?`: Excel does not know the function).
 *
 * @param example - the worked example
 * @param cells - the cells of its result as read back, its formula's cell at `[0][0]`
 * @returns the outcome
 *
 * @example
 * judgeExample(WORKED_EXAMPLES[1], [[{ value: 300, type: "Double" }]]).status
 * //=> "ok"
 * @example
 * judgeExample({ id: "NPS", args: [10], expected: [[{ number: 25 }]] }, [[{ value: 20, type: "Double" }]])
 * //=> { id: "NPS", formula: "=CSM.NPS(10)", status: "wrong", got: "20", expected: "25" }
 * @example
 * judgeExample(WORKED_EXAMPLES[1], [[{ value: "#NAME?", type: "Error" }]]).status
 * //=> "not-registered"
 */
export function judgeExample(
  example: WorkedExample,
  cells: readonly (readonly (CellReading | undefined)[])[],
): FunctionOutcome {
  const formula = formulaOf(example);
  const checked = example.expected.flatMap((line, r) =>
    line.flatMap((expected, c) => (expected === null ? [] : [{ expected, cell: cells[r]?.[c] }])),
  );
  const expected = checked.map((check) => expectedText(check.expected)).join(", ");
  const first = cells[0]?.[0];
  if (first?.type === "Error") {
    const status = first.value === "#NAME?" ? "not-registered" : "error";
    return { id: example.id, formula, status, got: shownCell(first), expected };
  }
  const got = checked.map((check) => shownCell(check.cell)).join(", ");
  const ok = checked.every((check) => matches(check.cell, check.expected));
  return { id: example.id, formula, status: ok ? "ok" : "wrong", got, expected };
}
