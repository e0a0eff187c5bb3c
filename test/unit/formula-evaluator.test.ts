// The test evaluator of Excel formulas (test/support/formula-evaluator.ts) follows Excel on what the tier
// formulas use: it is the second way their results are checked, so its own rules are checked here, against
// what Excel documents for each function.
import { describe, expect, it } from "vitest";
import { evaluateFormula, FormulaError, type Scalar } from "../support/formula-evaluator";
import { parseFormula } from "../support/formula-parser";

/** A sheet with one column A (rows 1 up, as `A1`, `A2`…) and the whole column as `Col`. */
const withColumn = (values: readonly Scalar[]) => ({
  columns: { A: values },
  resolve: (name: string) => {
    if (name === "Col") return { column: "A", from: 0, to: values.length - 1 };
    const row = /^A(\d+)$/.exec(name)?.[1];
    if (row === undefined) throw new Error(`unknown name ${name}`);
    return { column: "A", from: Number(row) - 1, to: Number(row) - 1 };
  },
});
const evaluate = (formula: string, values: readonly Scalar[] = []) =>
  evaluateFormula(formula, withColumn(values));
const code = (value: Scalar) => (value instanceof FormulaError ? value.code : value);

describe("the test evaluator of Excel formulas", () => {
  it("reads operators by Excel's precedence, unary minus first", () => {
    expect(parseFormula("-A1+2")).toEqual({
      kind: "binary",
      op: "+",
      left: { kind: "negate", operand: { kind: "name", name: "A1" } },
      right: { kind: "value", value: 2 },
    });
    expect(evaluate('1+2*3&"x"="7X"')).toBe(true);
  });

  it("evaluates only the branch IF takes", () => {
    expect(evaluate("IF(TRUE,1,1/0)")).toBe(1);
    expect(code(evaluate("IF(FALSE,1,1/0)"))).toBe("#DIV/0!");
    expect(evaluate("IF(FALSE,1)")).toBe(false);
  });

  it("passes errors through operators, AND and OR, and lets the IS functions catch them", () => {
    expect(code(evaluate("AND(TRUE,A1>0)", [new FormulaError("#N/A")]))).toBe("#N/A");
    expect(code(evaluate("OR(TRUE,1/0)"))).toBe("#DIV/0!");
    expect(evaluate("ISERROR(A1)", [new FormulaError("#N/A")])).toBe(true);
    expect(evaluate("ISNUMBER(A1)", [new FormulaError("#N/A")])).toBe(false);
  });

  it("compares text without case, a blank as 0 or as empty text, numbers before text before booleans", () => {
    expect(evaluate('"Health"="HEALTH"')).toBe(true);
    expect(evaluate('AND(A1=0,A1="",A1=FALSE)', [null])).toBe(true);
    expect(evaluate('AND(9<"1","z"<FALSE,FALSE<TRUE)')).toBe(true);
  });

  it("counts with COUNTIFS criteria: a comparison in text, or a value that must be equal", () => {
    const values = [1, 5, "5", null, 9];
    expect(evaluate('COUNTIFS(Col,"<6")', values)).toBe(2);
    expect(evaluate('COUNTIFS(Col,">0",Col,"<>5")', values)).toBe(2);
    expect(evaluate("COUNTIF(Col,5)", values)).toBe(1);
    expect(evaluate('COUNTIFS(INDEX(Col,1):A2,">0")', values)).toBe(2);
  });

  it("works element by element inside SUMPRODUCT", () => {
    expect(evaluate('SUMPRODUCT((Col="b")*(Col<>""))', ["a", "B", "", "b"])).toBe(2);
  });

  it("gives #REF! outside INDEX's range and #N/A when MATCH finds nothing", () => {
    expect(code(evaluate("INDEX(Col,3)", [1, 2]))).toBe("#REF!");
    expect(code(evaluate('MATCH("c",Col,0)', ["a", "b"]))).toBe("#N/A");
    expect(evaluate('MATCH("B",Col,0)', ["a", "b"])).toBe(2);
  });

  it("trims spaces only, cleans control characters only, and reads N and MIN as Excel does", () => {
    expect(evaluate('CLEAN(TRIM(A1))=""', [" \t "])).toBe(true);
    expect(evaluate("TRIM(A1)", ["  a   b  "])).toBe("a b");
    expect(evaluate('N(A1)+N(A2)+N("7")', [true, "x"])).toBe(1);
    expect(evaluate("MIN(Col,4)", [5, "1", null, 3])).toBe(3);
  });
});
