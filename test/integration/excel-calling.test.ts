// The whole catalogue called as Excel calls it: from dist/functions.json and dist/functions.js, under each
// platform's way of passing an empty cell, in English and in French Excel. Expected values are the published
// worked examples (ChartMogul, Delighted, Gainsight, the seeds) or worked out by hand beside each case.
// dist/ is built by `npm test` before vitest runs (`npm run build`).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// The published answer lists (Delighted's NPS and CSAT examples) and the billing export's six customers, shared
// with the field check's examples.
import { CSAT_ANSWERS, NPS_ANSWERS, SIX_CUSTOMERS_MRR } from "../../addin/excel-check-examples";
import {
  array,
  arrayColumn,
  emptyCell,
  ErrorCell,
  excelFromDist,
  NA,
  omitted,
  PROFILES,
  REF,
  ref,
  refColumn,
  value,
  type Argument,
  type ExcelCalls,
  type Profile,
  type Shown,
} from "../support/excel-calls";

const dist = join(__dirname, "../../dist");
let excel: ExcelCalls;

beforeAll(() => {
  if (!existsSync(join(dist, "functions.js")) || !existsSync(join(dist, "functions.json")))
    throw new Error("dist/functions.js or dist/functions.json is missing: run `npm run build` first");
  excel = excelFromDist(dist);
});

/** An expected cell: a number (compared to 9 decimals unless `close` says fewer), a text, or an error. */
type Expected = number | string | { close: number; digits: number } | { error: string; message?: RegExp };
const err = (code: string, message?: RegExp): Expected => ({ error: code, ...(message ? { message } : {}) });
const close = (n: number, digits: number): Expected => ({ close: n, digits });

interface Case {
  readonly formula: string; // how a person would type it, for the test's name
  readonly id: string;
  readonly args: readonly Argument[];
  /** The expected result, the same on every platform, or per platform where they differ (and docs/functions.md says so). */
  readonly expected: Expected | Expected[][] | Partial<Record<Profile, Expected | Expected[][]>>;
}

const isPerProfile = (e: Case["expected"]): e is Partial<Record<Profile, Expected | Expected[][]>> =>
  typeof e === "object" && !Array.isArray(e) && !("error" in e) && !("close" in e);

function expectCell(actual: Shown | undefined, expected: Expected, where: string, language: string): void {
  if (typeof expected === "number") expect(actual, where).toBeCloseTo(expected, 9);
  else if (typeof expected === "string") expect(actual, where).toBe(expected);
  else if ("close" in expected) expect(actual, where).toBeCloseTo(expected.close, expected.digits);
  else {
    expect(actual, where).toMatchObject({ error: expected.error });
    // Messages follow Excel's display language: the patterns are English, checked in English Excel.
    if (expected.message && language === "en-US")
      expect((actual as { message?: string }).message, where).toMatch(expected.message);
  }
}

function expectShown(
  actual: Shown[][],
  expected: Expected | Expected[][],
  where: string,
  language = "en-US",
): void {
  const grid = Array.isArray(expected) ? expected : [[expected]];
  expect(
    actual.map((row) => row.length),
    `${where}: shape`,
  ).toEqual(grid.map((row) => row.length));
  grid.forEach((row, r) =>
    row.forEach((cell, c) => expectCell(actual[r]?.[c], cell, `${where} [${r},${c}]`, language)),
  );
}

// Data reused by several cases.
const START = refColumn(40, 30, 20, 10, null); // ChartMogul-style month: start MRR 100
const END = refColumn(40, 20, 30, null, 50); //    one churns 10, one contracts 10, one expands 10, one new 50
// Six customers over six months (docs/functions.md, "From a billing export").
const SIX_CUSTOMERS = array(SIX_CUSTOMERS_MRR);
const HEALTH_ROWS: (number | null)[][] = [
  [47, 59, 21],
  [null, null, null],
  [100, 100, 100],
];
const WEIGHTS = array([[20, 15, 22]]);
// Gainsight: (47·20 + 59·15 + 21·22) ÷ 57 = 2287 ÷ 57.
const GAINSIGHT_SCORE = 2287 / 57;

const CASES: readonly Case[] = [
  // Finance
  { formula: "MRR(1200, 12)", id: "MRR", args: [value(1200), value(12)], expected: 100 },
  {
    formula: "MRR({1200;50;300}, {12;1;3})",
    id: "MRR",
    args: [arrayColumn(1200, 50, 300), arrayColumn(12, 1, 3)],
    expected: 1200 / 12 + 50 / 1 + 300 / 3,
  },
  {
    formula: "MRR(A1:A3, 12) with A2 empty",
    id: "MRR",
    args: [refColumn(1200, null, 300), value(12)],
    expected: 1500 / 12,
  },
  {
    formula: 'MRR({""}, 0): #DIV/0! before #N/A',
    id: "MRR",
    args: [arrayColumn(""), value(0)],
    expected: err("#DIV/0!"),
  },
  {
    formula: "MRR(A1:A2, B1) with B1 empty: 0 months is #DIV/0! on desktop, omit the argument instead",
    id: "MRR",
    args: [refColumn(100, 200), emptyCell],
    expected: { web: 300, emptyText: 300, desktop: err("#DIV/0!") },
  },
  { formula: "ARR(25)", id: "ARR", args: [value(25)], expected: 300 },
  {
    formula: "ARR({1200;50;300}, {12;1;3})",
    id: "ARR",
    args: [arrayColumn(1200, 50, 300), arrayColumn(12, 1, 3)],
    expected: 12 * 250,
  },
  { formula: "ARPA({1;1;3;5;5})", id: "ARPA", args: [arrayColumn(1, 1, 3, 5, 5)], expected: 3 },
  { formula: "ARPA(A1:A6), A3 empty", id: "ARPA", args: [refColumn(1, 1, null, 3, 5, 5)], expected: 3 },
  {
    formula: "MRR_MOVEMENTS(start, end)",
    id: "MRR_MOVEMENTS",
    args: [START, END],
    expected: [[50, 10, 10, 10]],
  },
  { formula: "NRR(start, end)", id: "NRR", args: [START, END], expected: 0.9 },
  { formula: "GRR(start, end)", id: "GRR", args: [START, END], expected: 0.8 },
  { formula: "CHURN(start, end)", id: "CHURN", args: [START, END], expected: 0.25 },
  { formula: 'CHURN(start, end, "gross")', id: "CHURN", args: [START, END, value("gross")], expected: 0.2 },
  { formula: 'CHURN(start, end, "net")', id: "CHURN", args: [START, END, value("net")], expected: 0.1 },
  { formula: "CHURN(start, end, B1), B1 empty", id: "CHURN", args: [START, END, emptyCell], expected: 0.25 },
  {
    formula: "CHURN(start, end, 5): a number is not an option",
    id: "CHURN",
    args: [START, END, value(5)],
    expected: err("#VALUE!", /5.*not an option/),
  },
  {
    formula: "RETENTION(1000, 1050, 200)",
    id: "RETENTION",
    args: [value(1000), value(1050), value(200)],
    expected: 0.85,
  },
  {
    formula: "RETENTION(100, 200, 50): more customers kept than there were",
    id: "RETENTION",
    args: [value(100), value(200), value(50)],
    expected: err("#NUM!"),
  },
  {
    formula: "RETENTION({100;200}, {90;190}, 0): lifted over the rows",
    id: "RETENTION",
    args: [arrayColumn(100, 200), arrayColumn(90, 190), value(0)],
    expected: [[0.9], [0.95]],
  },
  { formula: "ANNUAL_CHURN(5%)", id: "ANNUAL_CHURN", args: [value(0.05)], expected: close(0.4596, 4) },
  {
    formula: "ANNUAL_CHURN(5%, B2), B2 empty",
    id: "ANNUAL_CHURN",
    args: [value(0.05), emptyCell],
    expected: close(1 - 0.95 ** 12, 12),
  },
  { formula: "CLV(100, 5%)", id: "CLV", args: [value(100), value(0.05)], expected: 2000 },
  {
    formula: "CLV(100, 5%, , 0): a 0 % discount rate is no discounting",
    id: "CLV",
    args: [value(100), value(0.05), omitted, value(0)],
    expected: 2000,
  },
  {
    formula: "CLV(100, 5%, , B4), B4 empty",
    id: "CLV",
    args: [value(100), value(0.05), omitted, emptyCell],
    expected: 2000,
  },
  {
    // Margins m at t = 0, 1, 2…, kept with probability rᵗ and discounted by (1 + i)ᵗ: m (1 + i) ÷ (1 + i − r).
    formula: "CLV(100, 5%, 1, 1%)",
    id: "CLV",
    args: [value(100), value(0.05), value(1), value(0.01)],
    expected: (100 * 1.01) / (1.01 - 0.95),
  },
  {
    formula: "CLV(100, 5%, C1), C1 empty: a 0 % margin on desktop, omit the argument instead",
    id: "CLV",
    args: [value(100), value(0.05), emptyCell],
    expected: { web: 2000, emptyText: 2000, desktop: 0 },
  },
  { formula: "CAC(50000, 25)", id: "CAC", args: [value(50000), value(25)], expected: 2000 },
  {
    formula: "CAC(A1:A2, 25)",
    id: "CAC",
    args: [refColumn(30000, 20000), value(25)],
    expected: 2000,
  },
  {
    formula: "CAC(A1:A2, 25), spend all blank",
    id: "CAC",
    args: [refColumn(null, null), value(25)],
    expected: err("#N/A", /spend/),
  },
  {
    formula: "CAC_PAYBACK(10000, 1000, 80%)",
    id: "CAC_PAYBACK",
    args: [value(10000), value(1000), value(0.8)],
    expected: 12.5,
  },
  {
    formula: "QUICK_RATIO(10, 5, 2, 3)",
    id: "QUICK_RATIO",
    args: [value(10), value(5), value(2), value(3)],
    expected: 3,
  },
  {
    formula: "QUICK_RATIO(10, B1, 2, 3), B1 empty: no expansion",
    id: "QUICK_RATIO",
    args: [value(10), emptyCell, value(2), value(3)],
    expected: 2,
  },
  {
    formula: "QUICK_RATIO(0, 0, 0, 40, 80): 80 reactivated for 40 churned",
    id: "QUICK_RATIO",
    args: [value(0), value(0), value(0), value(40), value(80)],
    expected: 2,
  },
  {
    formula: "QUICK_RATIO({670;0;0;80;0;40;710}): one month of MRR_BRIDGE",
    id: "QUICK_RATIO",
    args: [arrayColumn(670, 0, 0, 80, 0, 40, 710)],
    expected: 2,
  },
  // From a billing export (docs/functions.md): A pays 100 a month from 15 Jan 2026 (46037) and 50 more from
  // 1 Mar (46082); B pays 1,200 a year (100 a month) from 1 Feb (46054) and stops on 10 Apr (46122), so it is
  // gone on April's last day.
  {
    formula: "MRR_MATRIX(A1:A3, B1:B3, C1:C3, D1:D3, E1:E3) with D1 and D3 empty (active)",
    id: "MRR_MATRIX",
    args: [
      refColumn("A", "B", "A"),
      refColumn(100, 1200, 50),
      refColumn(46037, 46054, 46082),
      refColumn(null, 46122, null),
      refColumn(1, 12, 1),
    ],
    expected: [
      ["MRR", 46023, 46054, 46082, 46113],
      ["A", 100, 100, 150, 150],
      ["B", 0, 100, 100, 0],
    ],
  },
  {
    formula: "MRR_MATRIX(…, , F1) with F1 empty: the default months",
    id: "MRR_MATRIX",
    args: [refColumn("A"), refColumn(100), refColumn(46037), refColumn(null), omitted, emptyCell],
    expected: [
      ["MRR", 46023],
      ["A", 100],
    ],
  },
  {
    formula: "MRR_MATRIX with an end before its start: #VALUE! in that customer's row only",
    id: "MRR_MATRIX",
    args: [refColumn("A", "B"), refColumn(10, 20), refColumn(46054, 46054), refColumn(null, 46023)],
    expected: [
      ["MRR", 46054],
      ["A", 10],
      ["B", err("#VALUE!", /^ends: row 2 ends on 2026-01-01, before its start on 2026-02-01\.$/)],
    ],
  },
  // The six customers of docs/functions.md, January–June: new, expansion, contraction, churn, reactivation.
  {
    formula: "MRR_BRIDGE(six customers × six months)",
    id: "MRR_BRIDGE",
    args: [SIX_CUSTOMERS],
    expected: [
      ["Starting MRR", 390, 690, 690, 670, 710],
      ["New", 300, 0, 60, 0, 0],
      ["Expansion", 0, 50, 0, 0, 30],
      ["Reactivation", 0, 0, 0, 80, 0],
      ["Contraction", 0, 0, 80, 0, 0],
      ["Churned", 0, 50, 0, 40, 300],
      ["Ending MRR", 690, 690, 670, 710, 440],
    ],
  },
  {
    formula: 'COHORTS(six customers, "net")',
    id: "COHORTS",
    args: [SIX_CUSTOMERS, value("net")],
    expected: [
      ["Cohort", "Size", 0, 1, 2, 3, 4, 5],
      [1, 390, 1, 1, 1, 310 / 390, 350 / 390, 350 / 390],
      [2, 300, 1, 1, 1, 1, 0, ""],
      [4, 60, 1, 1, 1.5, "", "", ""],
    ],
  },
  {
    formula: 'TRAILING_RATE(six customers, "logo", 1): monthly logo churn',
    id: "TRAILING_RATE",
    args: [SIX_CUSTOMERS, value("logo"), value(1)],
    expected: [[0, 0.2, 0, 0.2, 0.2]],
  },
  {
    formula: 'TRAILING_RATE(six customers, "nrr", B1) with B1 empty: the default 12 months, too many for six',
    id: "TRAILING_RATE",
    args: [SIX_CUSTOMERS, value("nrr"), emptyCell],
    expected: err("#N/A", /^matrix has 6 months: a window of 12 needs 13 or more\.$/),
  },
  // Surveys
  {
    formula: "NPS(10 promoters, 5 passives, 5 detractors)",
    id: "NPS",
    args: [arrayColumn(...NPS_ANSWERS)],
    expected: 25,
  },
  {
    formula: "NPS(A1:A22) with two empty cells",
    id: "NPS",
    args: [refColumn(...NPS_ANSWERS, null, null)],
    expected: 25,
  },
  {
    formula: 'NPS(A1:A2) with "n/a" in A2',
    id: "NPS",
    args: [refColumn(9, "n/a")],
    expected: err("#VALUE!", /row 2/),
  },
  { formula: "NPS(A1:A2) with #N/A in A2", id: "NPS", args: [refColumn(9, NA)], expected: err("#N/A") },
  {
    formula: "NPS(A1:A2) with #REF! in A2: explained",
    id: "NPS",
    args: [refColumn(9, REF)],
    expected: err("#VALUE!", /#REF!/),
  },
  {
    formula: "CSAT(Delighted's 107 answers)",
    id: "CSAT",
    args: [arrayColumn(...CSAT_ANSWERS)],
    expected: 74 / 107,
  },
  {
    formula: "CSAT(answers, B1, B2), B1 and B2 empty",
    id: "CSAT",
    args: [arrayColumn(...CSAT_ANSWERS), emptyCell, emptyCell],
    expected: 74 / 107,
  },
  {
    formula: 'CSAT({"x"}, 1): text wins over the scale',
    id: "CSAT",
    args: [arrayColumn("x"), value(1)],
    expected: err("#VALUE!"),
  },
  // Health, journey and scaling
  {
    formula: "HEALTH({47,59,21}, {20,15,22})",
    id: "HEALTH",
    args: [array([[47, 59, 21]]), WEIGHTS],
    expected: [[GAINSIGHT_SCORE]],
  },
  {
    formula: "HEALTH(A1:C3, weights), an account without data",
    id: "HEALTH",
    args: [ref(HEALTH_ROWS), WEIGHTS],
    expected: [[GAINSIGHT_SCORE], [err("#N/A", /row 2/)], [100]],
  },
  {
    formula: "HEALTH({47,59,21}, E1:G1), G1 empty: a 0 weight on desktop leaves Support out",
    id: "HEALTH",
    args: [array([[47, 59, 21]]), ref([[20, 15, null]])],
    expected: {
      web: [[err("#N/A")]],
      emptyText: [[err("#N/A")]],
      desktop: [[(47 * 20 + 59 * 15) / 35]],
    },
  },
  {
    formula: "HEALTH_BAND({50;51;76})",
    id: "HEALTH_BAND",
    args: [arrayColumn(50, 51, 76)],
    expected: [["Red"], ["Yellow"], ["Green"]],
  },
  {
    formula: "HEALTH_BAND(30, B1), B1 empty",
    id: "HEALTH_BAND",
    args: [value(30), emptyCell],
    expected: [["Red"]],
  },
  {
    formula: "HEALTH_EXPLAIN({47,59,21}, {20,15,22}, {Usage,NPS,Support})",
    id: "HEALTH_EXPLAIN",
    args: [array([[47, 59, 21]]), WEIGHTS, array([["Usage", "NPS", "Support"]])],
    expected: [
      ["Component", "Score", "Effective weight", "Points contributed", "Points lost"],
      ["Support", 21, 22 / 57, (21 * 22) / 57, (79 * 22) / 57],
      ["Usage", 47, 20 / 57, (47 * 20) / 57, (53 * 20) / 57],
      ["NPS", 59, 15 / 57, (59 * 15) / 57, (41 * 15) / 57],
      ["Health score", GAINSIGHT_SCORE, 1, GAINSIGHT_SCORE, 100 - GAINSIGHT_SCORE],
    ],
  },
  {
    formula: "PULSE(A1:A4), A4 empty",
    id: "PULSE",
    args: [refColumn("Poor", "Concerning", "Healthy", null)],
    expected: [[0], [50], [100], [""]],
  },
  {
    formula: "SCALE(40, -100, 100)",
    id: "SCALE",
    args: [value(40), value(-100), value(100)],
    expected: [[70]],
  },
  { formula: "SCALE(15, 60, 0)", id: "SCALE", args: [value(15), value(60), value(0)], expected: [[75]] },
  {
    formula: "SCALE(A1, 0, 100), A1 empty",
    id: "SCALE",
    args: [emptyCell, value(0), value(100)],
    expected: [[""]],
  },
  {
    formula: "ALERTS(4, 0, 40, 30)",
    id: "ALERTS",
    args: [value(4), value(0), value(40), value(30)],
    expected: [["Admin inactive for 4 months; licences down 25 % (40 → 30)"]],
  },
  {
    formula: "ALERTS(A1:A2, B1:B2, C1:C2, D1:D2, , , G1, H1, I1), thresholds empty",
    id: "ALERTS",
    args: [
      refColumn(1, 4),
      refColumn(0, 0),
      refColumn(40, 40),
      refColumn(40, 30),
      omitted,
      omitted,
      emptyCell,
      emptyCell,
      emptyCell,
    ],
    expected: [[""], ["Admin inactive for 4 months; licences down 25 % (40 → 30)"]],
  },
  {
    formula: "JOURNEY_DAYS(signed, first contact) after 7, 20 and 3 days",
    id: "JOURNEY_DAYS",
    args: [refColumn(45000, 45010, 45020), refColumn(45007, 45030, 45023)],
    expected: [[7]],
  },
  {
    formula: "JOURNEY_DAYS(signed, first contact, C1), C1 empty",
    id: "JOURNEY_DAYS",
    args: [refColumn(45000, 45010, 45020), refColumn(45007, 45030, 45023), emptyCell],
    expected: [[7]],
  },
  {
    formula: 'JOURNEY_DAYS(A1:A2, B1:B2, "bogus") with #N/A in A1: the input error wins',
    id: "JOURNEY_DAYS",
    args: [refColumn(NA, 45010), refColumn(45007, 45030), value("bogus")],
    expected: [[err("#N/A")]],
  },
  {
    formula: "SCALE_RATIO(5, 2)",
    id: "SCALE_RATIO",
    args: [value(5), value(2)],
    expected: [[2.5]],
  },
  {
    formula: "SCALE_DECISION({2;3;5}, {4;3;2})",
    id: "SCALE_DECISION",
    args: [arrayColumn(2, 3, 5), arrayColumn(4, 3, 2)],
    expected: [["Human"], ["Arbitrate"], ["Automate"]],
  },
  {
    formula: "CSMS_NEEDED(30,000,000, 2,000,000)",
    id: "CSMS_NEEDED",
    args: [value(30_000_000), value(2_000_000)],
    expected: 15,
  },
];

const LANGUAGES = ["en-US", "fr-FR"] as const;

describe.each(PROFILES)("the catalogue as Excel calls it, empty cells as on %s", (profile) => {
  it.each(CASES)("=CSM.$formula", ({ formula, id, args, expected }) => {
    const wanted = isPerProfile(expected) ? expected[profile] : expected;
    if (wanted === undefined) throw new Error(`${formula}: no expectation for ${profile}`);
    for (const language of LANGUAGES)
      expectShown(
        excel.call(id, args, profile, language),
        wanted,
        `=CSM.${formula} (${profile}, ${language})`,
        language,
      );
  });
});

describe("the catalogue under the calling convention", () => {
  it("has a case for every function that functions.json declares", () => {
    const covered = new Set(CASES.map((c) => c.id));
    expect(excel.metadata.functions.map((f) => f.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("gives the same values in French and English Excel (only the messages are translated)", () => {
    const valuesOnly = (shown: Shown[][]) =>
      shown.map((row) => row.map((cell) => (typeof cell === "object" ? cell.error : cell)));
    for (const { id, args, formula } of CASES)
      for (const profile of PROFILES)
        expect(valuesOnly(excel.call(id, args, profile, "fr-FR")), formula).toEqual(
          valuesOnly(excel.call(id, args, profile, "en-US")),
        );
  });

  it("keeps an account without data in its own cell when HEALTH_BAND is chained on HEALTH", () => {
    const scores = excel.call("HEALTH", [ref(HEALTH_ROWS), WEIGHTS], "web");
    const bands = excel.call("HEALTH_BAND", [array(scores.map((row) => row.map(asCell)))], "web");
    expectShown(bands, [["Red"], [err("#N/A")], ["Green"]], "HEALTH_BAND(HEALTH(…))");
  });

  it("feeds the spilled MRR_MOVEMENTS row into QUICK_RATIO", () => {
    const row = excel.call("MRR_MOVEMENTS", [START, END], "web");
    // (new 50 + expansion 10) ÷ (contraction 10 + churned 10)
    expectShown(excel.call("QUICK_RATIO", [array(row.map((r) => r.map(asCell)))], "web"), 3, "QUICK_RATIO");
  });
});

describe("the model fails when the metadata is wrong", () => {
  it("shows a whole column of #N/A for HEALTH_BAND(HEALTH(…)) without allowErrorForDataTypeAny", () => {
    const withoutFlag = excel.withMetadata((metadata) => ({ ...metadata, allowErrorForDataTypeAny: false }));
    const scores = withoutFlag.call("HEALTH", [ref(HEALTH_ROWS), WEIGHTS], "web");
    expect(withoutFlag.call("HEALTH_BAND", [array(scores.map((row) => row.map(asCell)))], "web")).toEqual([
      [{ error: "#N/A" }],
    ]);
    // …and an input #REF! shows as itself, unexplained.
    expect(withoutFlag.call("NPS", [refColumn(9, REF)], "web")).toEqual([[{ error: "#REF!" }]]);
  });

  it("spills three wrong numbers for MRR({1200;50;300},{12;1;3}) when period_months is declared as one value", () => {
    const scalarPeriod = excel.withMetadata((metadata) => ({
      ...metadata,
      functions: metadata.functions.map((f) =>
        f.id === "MRR"
          ? {
              ...f,
              parameters: f.parameters.map((p) =>
                p.name === "period_months" ? { ...p, dimensionality: "scalar" as const } : p,
              ),
            }
          : f,
      ),
    }));
    const shown = scalarPeriod.call("MRR", [arrayColumn(1200, 50, 300), arrayColumn(12, 1, 3)], "web");
    expect(shown).toHaveLength(3);
    expect(shown).not.toEqual([[250]]);
  });
});

/** A spilled result used as the argument of another function: errors stay errors. */
function asCell(shown: Shown): number | string | boolean | ErrorCell {
  return typeof shown === "object" ? new ErrorCell(shown.error) : shown;
}
