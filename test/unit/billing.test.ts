// The billing-export functions on one worked example, every figure worked out by hand below: six customers over
// January–June 2026 (docs/functions.md, "From a billing export"), first as a subscription list for
// CSM.MRR_MATRIX, then as the matrix CSM.MRR_BRIDGE, CSM.COHORTS, CSM.TRAILING_RATE and CSM.QUICK_RATIO read.
// Then Excel's semantics: blanks, text, errors, dates as serial numbers, an end before its start.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as csm from "../../functions/custom-functions";
import { mrrBridge } from "../../functions/billing/bridge";
import { cohorts } from "../../functions/billing/cohorts";
import { mrrMatrix } from "../../functions/billing/matrix";
import { trailingRate } from "../../functions/billing/trailing";
import { ExcelError } from "../../functions/excel/errors";
import { quickRatio } from "../../functions/movements/quick-ratio";
import { fakeRuntime, RuntimeError } from "../support/runtime";
// The matrix worked out below, shared with the field check's worked examples and the Excel-calling test.
import { SIX_CUSTOMERS_MRR } from "../../addin/excel-check-examples";

// The first day of each month of 2026 as Excel date serials (1 January 2026 is 46023: 2026-02-02 is 46055).
const JAN = 46023;
const FEB = 46054; // + 31
const MAR = 46082; // + 28
const APR = 46113; // + 31
const MAY = 46143; // + 30
const JUN = 46174; // + 31
const MONTHS = [JAN, FEB, MAR, APR, MAY, JUN];

//            Jan  Feb  Mar  Apr  May  Jun
// A          100  100  150  150  150  150   expands by 50 in March
// B          200  200  200  120  120  120   contracts by 80 in April
// C           50   50    0    0   80   80   churns in March, comes back in May (reactivation)
// D            0  300  300  300  300    0   new in February, churns in June
// E            0    0    0   60   60   90   new in April, expands by 30 in June
// F           40   40   40   40    0    0   churns in May
const AMOUNTS = SIX_CUSTOMERS_MRR.map((row) => [...row]);
const NAMES = ["A", "B", "C", "D", "E", "F"];
const MATRIX = [["MRR", ...MONTHS], ...AMOUNTS.map((row, i) => [NAMES[i], ...row])];

// The subscriptions behind it, in no particular order (columns: customer, amount, period, start, end):
// A: 100 a month from 10 Jan (46032); 50 more from 31 Mar (46112), counted in March, active on its last day.
// B: 2,400 a year (200 a month) from 1 Jan, stopped 1 Apr (46113): Jan–Mar; then 120 a month from 1 Apr.
// C: 50 from 5 Jan (46027), stopped 15 Mar (46096): Jan–Feb; 80 from 20 May (46162).
// D: 3,600 a year (300 a month) from 14 Feb (46067), stopped 30 Jun (46203): Feb–May, gone on June's last day.
// E: 60 from 2 Apr (46114); 30 more from 1 Jun (46174).
// F: 40 from 31 Jan (46053), stopped 1 May (46143): Jan–Apr.
// "  a " is A written otherwise: one customer, shown as first written ("A").
const SUBSCRIPTIONS: [string, number, number, number, number | ""][] = [
  ["D", 3600, 12, 46067, 46203],
  ["A", 100, 1, 46032, ""],
  ["C", 80, 1, 46162, ""],
  ["F", 40, 1, 46053, 46143],
  ["B", 2400, 12, JAN, APR],
  ["E", 30, 1, JUN, ""],
  ["C", 50, 1, 46027, 46096],
  ["  a ", 50, 1, 46112, ""],
  ["B", 120, 1, APR, ""],
  ["E", 60, 1, 46114, ""],
];
const column = (i: number) => SUBSCRIPTIONS.map((row) => [row[i]]);

const isError = (code: string, message?: RegExp) => (cell: unknown) =>
  cell instanceof ExcelError &&
  cell.code === code &&
  (message === undefined || message.test(cell.message?.en ?? ""));

describe("CSM.MRR_MATRIX on the six customers' subscriptions", () => {
  it("spreads each subscription over the months it is active on the last day of, annual plans at 1/12", () => {
    const matrix = mrrMatrix(column(0), column(1), column(3), column(4), column(2), null);
    // Default range: the first start (January) to the latest start or end (D's end, 30 June).
    expect(matrix).toEqual(MATRIX);
  });

  it("takes its months from the months argument, earliest to latest, and counts nothing outside them", () => {
    // March to May only, given as two dates in the middle of those months (their days do not matter).
    const matrix = mrrMatrix(column(0), column(1), column(3), column(4), column(2), [[MAY + 9, MAR + 20]]);
    expect(matrix).toEqual([
      ["MRR", MAR, APR, MAY],
      ...AMOUNTS.map((row, i) => [NAMES[i], ...row.slice(2, 5)]),
    ]);
  });

  it("reads one period for every row, and a blank period as 1", () => {
    // 1,200 a year and 600 a year, both 12 months: 100 and 50 a month.
    expect(mrrMatrix([["X"], ["Y"]], [[1200], [600]], [[JAN], [JAN]], [[""], [""]], [[12]], null)).toEqual([
      ["MRR", JAN],
      ["X", 100],
      ["Y", 50],
    ]);
    expect(mrrMatrix([["X"]], [[70]], [[JAN]], [[""]], [[""]], null)).toEqual([
      ["MRR", JAN],
      ["X", 70],
    ]);
  });

  it("sorts customers: numbers first, then text ignoring case", () => {
    const names = [["beta"], [1002], ["Alpha"], [17]];
    const matrix = mrrMatrix(
      names,
      [[1], [2], [3], [4]],
      [[JAN], [JAN], [JAN], [JAN]],
      [[""], [""], [""], [""]],
      null,
      null,
    );
    expect((matrix as unknown[][]).map((row) => row[0])).toEqual(["MRR", 17, 1002, "Alpha", "beta"]);
  });
});

describe("CSM.MRR_BRIDGE on the six customers", () => {
  // Each month from the month before (p → c per customer):
  // Feb: start 390 (100+200+50+40); D 0→300 new 300; end 690.
  // Mar: start 690; A 100→150 expansion 50; C 50→0 churned 50; end 690 (150+200+0+300+0+40).
  // Apr: start 690; E 0→60 new 60 (never paid before); B 200→120 contraction 80; end 670.
  // May: start 670; C 0→80 reactivation 80 (paid in Jan–Feb); F 40→0 churned 40; end 710.
  // Jun: start 710; E 60→90 expansion 30; D 300→0 churned 300; end 440.
  const BRIDGE = [
    ["MRR", FEB, MAR, APR, MAY, JUN],
    ["Starting MRR", 390, 690, 690, 670, 710],
    ["New", 300, 0, 60, 0, 0],
    ["Expansion", 0, 50, 0, 0, 30],
    ["Reactivation", 0, 0, 0, 80, 0],
    ["Contraction", 0, 0, 80, 0, 0],
    ["Churned", 0, 50, 0, 40, 300],
    ["Ending MRR", 690, 690, 670, 710, 440],
  ];

  it("splits each month's movement as ChartMogul does, reactivation apart from new", () => {
    expect(mrrBridge(MATRIX, null)).toEqual(BRIDGE);
  });

  it("reads a matrix of amounts only, without months on top, and labels in French", () => {
    expect(mrrBridge(AMOUNTS, "fr")).toEqual([
      ["MRR de début", 390, 690, 690, 670, 710],
      ["Nouveau", 300, 0, 60, 0, 0],
      ["Expansion", 0, 50, 0, 0, 30],
      ["Réactivation", 0, 0, 0, 80, 0],
      ["Contraction", 0, 0, 80, 0, 0],
      ["Perdu", 0, 50, 0, 40, 300],
      ["MRR de fin", 690, 690, 670, 710, 440],
    ]);
  });

  it("feeds CSM.QUICK_RATIO, reactivation counted as a gain", () => {
    // May: (0 new + 0 expansion + 80 reactivation) ÷ (0 contraction + 40 churned) = 2.
    const may = BRIDGE.map((row) => [row[4]]);
    expect(quickRatio(may, null, null, null, null)).toBe(2);
    expect(quickRatio(may.slice(1), null, null, null, null)).toBe(2);
    expect(quickRatio(0, 0, 0, 40, 80)).toBe(2);
    // June: (0 + 30 + 0) ÷ (0 + 300) = 0.1. The four arguments of before still mean what they meant.
    expect(quickRatio(0, 30, 0, 300)).toBeCloseTo(0.1, 12);
    expect(quickRatio([[10, 5, 2, 3]], null, null, null)).toBe(3);
  });
});

describe("CSM.COHORTS on the six customers", () => {
  // Cohorts by first paying month: January A, B, C, F (MRR 100 + 200 + 50 + 40 = 390); February D (300);
  // April E (60). No one first paid in March, May or June.
  it("logo: the share of the cohort's customers still paying", () => {
    // January: Feb all 4; Mar and Apr C gone (3/4); May and Jun C back, F gone (3/4).
    expect(cohorts(MATRIX, null, null)).toEqual([
      ["Cohort", "Size", 0, 1, 2, 3, 4, 5],
      [JAN, 4, 1, 1, 0.75, 0.75, 0.75, 0.75],
      [FEB, 1, 1, 1, 1, 1, 0, ""],
      [APR, 1, 1, 1, 1, "", "", ""],
    ]);
  });

  it("net: the cohort's MRR over its month-0 MRR, expansion and reactivation counted", () => {
    // January: Feb 390; Mar 150 + 200 + 0 + 40 = 390; Apr 150 + 120 + 0 + 40 = 310; May and Jun 150 + 120 + 80
    // + 0 = 350. April: 60, 60, 90 → 1, 1, 1.5.
    const table = cohorts(MATRIX, "net", null) as unknown[][];
    expect(table[1]).toEqual([JAN, 390, 1, 1, 1, 310 / 390, 350 / 390, 350 / 390]);
    expect(table[3]).toEqual([APR, 60, 1, 1, 1.5, "", "", ""]);
  });

  it("gross: each customer capped at its month-0 MRR, so expansion does not count", () => {
    // January, min(MRR, month 0) per customer (A 100, B 200, C 50, F 40): Mar 100 + 200 + 0 + 40 = 340;
    // Apr 100 + 120 + 0 + 40 = 260; May and Jun 100 + 120 + 50 + 0 = 270. April: E's 90 counts 60.
    const table = cohorts(MATRIX, "brut", "fr") as unknown[][];
    expect(table[0]).toEqual(["Cohorte", "Taille", 0, 1, 2, 3, 4, 5]);
    expect(table[1]).toEqual([JAN, 390, 1, 1, 340 / 390, 260 / 390, 270 / 390, 270 / 390]);
    expect(table[3]).toEqual([APR, 60, 1, 1, 1, "", "", ""]);
  });

  it("numbers the cohorts by column when the matrix has no months", () => {
    expect((cohorts(AMOUNTS, "logo", null) as unknown[][]).map((row) => row[0])).toEqual(["Cohort", 1, 2, 4]);
  });
});

describe("CSM.TRAILING_RATE on the six customers", () => {
  it("NRR and GRR over five months: January's customers in June", () => {
    // January's customers A, B, C, F: 390. In June they pay 150 + 120 + 80 + 0 = 350 (NRR 350/390); capped at
    // January's MRR, 100 + 120 + 50 + 0 = 270 (GRR 270/390).
    expect(trailingRate(MATRIX, "nrr", 5)).toEqual([[JUN], [350 / 390]]);
    expect(trailingRate(MATRIX, "grr", 5)).toEqual([[JUN], [270 / 390]]);
  });

  it("the monthly series of logo, gross and net MRR churn (window 1)", () => {
    // Logo: Feb 0/4; Mar C of A, B, C, D, F (1/5); Apr 0/4; May F of A, B, D, E, F (1/5); Jun D of 5.
    expect(trailingRate(AMOUNTS, "logo", 1)).toEqual([[0, 0.2, 0, 0.2, 0.2]]);
    // Gross: (churned + contraction) ÷ start of the customers present: Feb 0; Mar 50/690; Apr 80/690;
    // May 40/670 (C's reactivation is not in the base: C was at 0 in April); Jun 300/710.
    expect(trailingRate(AMOUNTS, "gross", 1)).toEqual([[0, 50 / 690, 80 / 690, 40 / 670, 300 / 710]]);
    // Net: gross − expansion: Mar (50 − 50)/690 = 0; Jun (300 − 30)/710.
    expect(trailingRate(AMOUNTS, "net", 1)).toEqual([[0, 0, 80 / 690, 40 / 670, 270 / 710]]);
  });

  it("defaults to NRR over 12 months, and says how many months that needs", () => {
    const result = trailingRate(MATRIX, null, null);
    expect(result).toBeInstanceOf(ExcelError);
    expect((result as ExcelError).code).toBe("#N/A");
    expect((result as ExcelError).message?.en).toBe("matrix has 6 months: a window of 12 needs 13 or more.");
  });

  it("gives #DIV/0! in the one month with nobody at its start", () => {
    // Customer at 0 in January, then 10, 10: nobody to retain from January.
    expect(trailingRate([[0, 10, 10]], "nrr", 1)).toEqual([[new ExcelError("#DIV/0!"), 1]]);
  });
});

describe("Excel semantics of CSM.MRR_MATRIX", () => {
  const TWO = [["A"], ["B"]];

  it("an end before its start is an error in that customer's row only", () => {
    const matrix = mrrMatrix(TWO, [[10], [20]], [[FEB], [FEB]], [[""], [JAN]], null, [
      [JAN, FEB],
    ]) as unknown[][];
    expect(matrix[1]).toEqual(["A", 0, 10]);
    expect(matrix[2]?.[0]).toBe("B");
    expect(
      matrix[2]
        ?.slice(1)
        .every(isError("#VALUE!", /^ends: row 2 ends on 2026-01-01, before its start on 2026-02-01\.$/)),
    ).toBe(true);
  });

  it("a subscription that starts and ends in the same month counts in no month, and is no error", () => {
    expect(mrrMatrix([["A"]], [[10]], [[JAN + 3]], [[JAN + 20]], null, null)).toEqual([
      ["MRR", JAN],
      ["A", 0],
    ]);
  });

  it("reads dates as serial numbers, a time of day ignored; dates typed as text are #VALUE! in their row", () => {
    expect(mrrMatrix([["A"]], [[10]], [[JAN + 0.75]], [[""]], null, null)).toEqual([
      ["MRR", JAN],
      ["A", 10],
    ]);
    const matrix = mrrMatrix(
      TWO,
      [[10], [20]],
      [[JAN], ["2026-01-01"]],
      [[""], [""]],
      null,
      null,
    ) as unknown[][];
    expect(matrix[1]).toEqual(["A", 10]);
    expect(
      isError(
        "#VALUE!",
        /^starts: row 2, column 1 holds the text "2026-01-01"; expected a date\.$/,
      )(matrix[2]?.[1]),
    ).toBe(true);
  });

  it("skips blank rows and rows with only a customer; a blank end is active", () => {
    const matrix = mrrMatrix(
      [["A"], [""], ["B"], ["C"]],
      [[10], [""], [""], [30]],
      [[JAN], [""], [""], [FEB]],
      [[""], [""], [""], [""]],
      null,
      null,
    );
    expect(matrix).toEqual([
      ["MRR", JAN, FEB],
      ["A", 10, 10],
      ["C", 0, 30],
    ]);
  });

  it("keeps a problem of one row in its customer's row: text, negative amounts, a period of 0, error cells", () => {
    const matrix = mrrMatrix(
      [["A"], ["B"], ["C"], ["D"], ["E"]],
      [["ten"], [-5], [30], [40], [50]],
      [[JAN], [JAN], [JAN], [{ code: "#REF!" }], [JAN]],
      [[""], [""], [""], [""], [""]],
      [[1], [1], [0], [1], [1]],
      null,
    ) as unknown[][];
    expect(isError("#VALUE!", /^amounts: row 1, column 1 holds the text "ten"/)(matrix[1]?.[1])).toBe(true);
    expect(isError("#NUM!")(matrix[2]?.[1])).toBe(true);
    expect(isError("#DIV/0!")(matrix[3]?.[1])).toBe(true);
    expect(isError("#REF!")(matrix[4]?.[1])).toBe(true);
    expect(matrix[5]).toEqual(["E", 50]);
  });

  it("an amount without its start, or a start without its amount, is #N/A in that row", () => {
    const matrix = mrrMatrix(TWO, [[10], [""]], [[""], [JAN]], [[""], [""]], null, [[JAN]]) as unknown[][];
    expect(isError("#N/A", /^starts: row 1 is blank/)(matrix[1]?.[1])).toBe(true);
    expect(isError("#N/A", /^amounts: row 2 is blank/)(matrix[2]?.[1])).toBe(true);
  });

  it("a subscription without a customer, or ranges of different lengths, fail the whole result", () => {
    const orphan = mrrMatrix([["A"], [""]], [[10], [20]], [[JAN], [JAN]], [[""], [""]], null, null);
    expect(isError("#N/A", /^customers: row 2 is blank, but the row holds a subscription/)(orphan)).toBe(
      true,
    );
    const short = mrrMatrix(TWO, [[10]], [[JAN], [JAN]], [[""], [""]], null, null);
    expect(isError("#VALUE!", /^customers \(2 cells\) and amounts \(1 cells\)/)(short)).toBe(true);
    expect(
      isError(
        "#VALUE!",
        /^months: row 1, column 1 holds the text "soon"/,
      )(mrrMatrix(TWO, [[1], [2]], [[JAN], [JAN]], [[""], [""]], null, [["soon"]])),
    ).toBe(true);
    expect(isError("#N/A")(mrrMatrix([[""]], [[""]], [[""]], [[""]], null, null))).toBe(true);
  });
});

describe("Excel semantics of the matrix that the bridge, cohorts and trailing rates read", () => {
  it("a blank amount is 0", () => {
    expect(
      mrrBridge(
        [
          [100, ""],
          ["", 50],
        ],
        null,
      ),
    ).toEqual([
      ["Starting MRR", 100],
      ["New", 50],
      ["Expansion", 0],
      ["Reactivation", 0],
      ["Contraction", 0],
      ["Churned", 100],
      ["Ending MRR", 50],
    ]);
  });

  it("text names its cell; a negative amount is #NUM!; an error cell is passed through and outranks them", () => {
    const text = mrrBridge(
      [
        ["MRR", JAN, FEB],
        ["A", 10, "x"],
      ],
      null,
    );
    expect(isError("#VALUE!", /^matrix: row 2, column 3 holds the text "x"/)(text)).toBe(true);
    expect(isError("#NUM!")(cohorts([[10, -1]], null, null))).toBe(true);
    expect(isError("#REF!")(trailingRate([[10, -1, "x", { code: "#REF!" }]], null, 1))).toBe(true);
  });

  it("a header month that is not a date, one month for a bridge, a wrong option: clear errors", () => {
    expect(
      isError(
        "#VALUE!",
        /^matrix: row 1, column 2 holds the text "Jan"/,
      )(
        mrrBridge(
          [
            ["MRR", "Jan"],
            ["A", 1],
          ],
          null,
        ),
      ),
    ).toBe(true);
    expect(isError("#N/A", /^matrix has one month/)(mrrBridge([[10], [20]], null))).toBe(true);
    expect(
      isError(
        "#VALUE!",
        /^basis: "best" is not an option|^basis: the text "best" is not an option/,
      )(cohorts(AMOUNTS, "best", null)),
    ).toBe(true);
    expect(isError("#VALUE!", /^measure: /)(trailingRate(AMOUNTS, "nps", 1))).toBe(true);
    expect(isError("#NUM!")(trailingRate(AMOUNTS, "nrr", 1.5))).toBe(true);
    expect(isError("#N/A", /no customer has MRR above 0/)(cohorts([[0, 0]], null, null))).toBe(true);
  });

  it("a window of 0 (an empty cell on Windows desktop) is the default 12", () => {
    expect(trailingRate(AMOUNTS, "nrr", 0)).toEqual(trailingRate(AMOUNTS, "nrr", null));
  });
});

describe("the @customfunction wrappers", () => {
  const globals = globalThis as { CustomFunctions?: unknown };
  beforeEach(() => {
    globals.CustomFunctions = fakeRuntime().runtime;
  });
  afterEach(() => {
    delete globals.CustomFunctions;
  });

  it("pass every argument through, errors in one row shown in that row", () => {
    expect(csm.mrrMatrixOf(column(0), column(1), column(3), column(4), column(2), [[MAR, MAY]])).toEqual([
      ["MRR", MAR, APR, MAY],
      ...AMOUNTS.map((row, i) => [NAMES[i], ...row.slice(2, 5)]),
    ]);
    const matrix = csm.mrrMatrixOf([["A"], ["B"]], [[10], [20]], [[FEB], [FEB]], [[""], [JAN]]);
    expect(matrix[1]).toEqual(["A", 10]);
    expect(matrix[2]?.[1]).toBeInstanceOf(RuntimeError);
    expect((matrix[2]?.[1] as RuntimeError).code).toBe("#VALUE!");
    expect(csm.mrrBridgeOf(AMOUNTS, "fr")[3]).toEqual(["Réactivation", 0, 0, 0, 80, 0]);
    expect(csm.cohortsOf(MATRIX, "net", "fr")[3]).toEqual([APR, 60, 1, 1, 1.5, "", "", ""]);
    expect(csm.trailingRateOf(MATRIX, "logo", 1)[1]).toEqual([0, 0.2, 0, 0.2, 0.2]);
    expect(csm.quick([[0]], 0, 0, 40, 80)).toBe(2);
  });

  it("one-month NRR, GRR and churn of a matrix equal CSM.NRR, CSM.GRR and CSM.CHURN of its two columns", () => {
    // Customers who leave, shrink, grow, come back and arrive between April and May, and between May and June.
    for (const m of [4, 5]) {
      const start = AMOUNTS.map((row) => [row[m - 1]]);
      const end = AMOUNTS.map((row) => [row[m]]);
      const series = (measure: string) => csm.trailingRateOf(AMOUNTS, measure, 1)[0]?.[m - 1];
      expect(series("nrr")).toBe(csm.nrr(start, end));
      expect(series("grr")).toBe(csm.grr(start, end));
      for (const basis of ["logo", "gross", "net"]) expect(series(basis)).toBe(csm.churn(start, end, basis));
    }
  });
});
