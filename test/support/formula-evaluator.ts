/**
 * A small evaluator of the Excel formulas CSM Kit writes as text, for tests: a second way, independent of the
 * code that writes them, to see what a formula computes. It knows the functions and operators the segmentation's
 * tier formulas use (IF, AND, OR, the IS functions, N, TRIM, CLEAN, MIN, INDEX, MATCH, COUNTIF, COUNTIFS,
 * SUMPRODUCT; comparison, arithmetic, `&`, `:`), with Excel's rules for them: IF evaluates only the branch it
 * takes, errors pass through, text compares without case, a blank is 0 or "" as the other side needs, numbers
 * sort before text and text before booleans. Not modelled: implicit intersection, wildcards in COUNTIF criteria,
 * any other function (an unknown one throws, so a formula that needs more fails the test loudly).
 */

import { parseFormula, type Node } from "./formula-parser";

/** An Excel error value, e.g. `#N/A`. */
export class FormulaError {
  constructor(readonly code: string) {}
}

/** What one cell holds: `null` is a blank cell. */
export type Scalar = number | string | boolean | null | FormulaError;

/** Cells `from` to `to` (0-based, inclusive) of one named column. */
export interface Range {
  readonly column: string;
  readonly from: number;
  readonly to: number;
}

/** The columns a formula's names point into, and what each name means. */
export interface Sheet {
  readonly columns: Readonly<Record<string, readonly Scalar[]>>;
  /** A name as the formula writes it (a cell, a column, a defined name): a range, or a value. */
  readonly resolve: (name: string) => Range | Scalar;
}

type Value = Scalar | Range | readonly Scalar[];
const isRange = (value: Value): value is Range =>
  typeof value === "object" && value !== null && "column" in value;
const errorIn = (...values: readonly Scalar[]): FormulaError | undefined =>
  values.find((v): v is FormulaError => v instanceof FormulaError);

function cells(sheet: Sheet, value: Value): readonly Scalar[] {
  if (Array.isArray(value)) return value;
  if (!isRange(value)) return [value as Scalar];
  const column = sheet.columns[value.column];
  if (!column) throw new Error(`no column ${value.column}`);
  return Array.from({ length: value.to - value.from + 1 }, (_, k) => column[value.from + k] ?? null);
}

function scalar(sheet: Sheet, value: Value): Scalar {
  const all = cells(sheet, value);
  return all.length === 1 ? (all[0] ?? null) : new FormulaError("#VALUE!");
}

function toNumber(value: Scalar): number | FormulaError {
  if (value instanceof FormulaError || typeof value === "number") return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : new FormulaError("#VALUE!");
}

const toText = (value: Exclude<Scalar, FormulaError>): string =>
  value === null ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);

/** Excel's order: numbers, then text (without case), then FALSE, TRUE; a blank takes the other side's type. */
function compare(a: Exclude<Scalar, FormulaError>, b: Exclude<Scalar, FormulaError>): number {
  const blankAs = (other: Scalar) =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: number | string | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  const [p, q] = typeof x === "string" ? [x.toLowerCase(), String(y).toLowerCase()] : [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

function operate(op: string, a: Scalar, b: Scalar): Scalar {
  const error = errorIn(a, b);
  if (error) return error;
  const [x, y] = [a as Exclude<Scalar, FormulaError>, b as Exclude<Scalar, FormulaError>];
  const order = (): number => compare(x, y);
  switch (op) {
    case "=":
      return order() === 0;
    case "<>":
      return order() !== 0;
    case "<":
      return order() < 0;
    case ">":
      return order() > 0;
    case "<=":
      return order() <= 0;
    case ">=":
      return order() >= 0;
    case "&":
      return toText(x) + toText(y);
  }
  const [m, n] = [toNumber(x), toNumber(y)];
  if (m instanceof FormulaError) return m;
  if (n instanceof FormulaError) return n;
  if (op === "+") return m + n;
  if (op === "-") return m - n;
  if (op === "*") return m * n;
  return n === 0 ? new FormulaError("#DIV/0!") : m / n;
}

function truth(value: Scalar): boolean | FormulaError {
  if (value instanceof FormulaError || typeof value === "boolean") return value;
  if (typeof value === "string") return new FormulaError("#VALUE!");
  return value !== null && value !== 0;
}

/** Whether a cell meets a COUNTIF criterion: a value (equal), or a text starting with a comparison. */
function meets(cell: Scalar, criterion: Scalar): boolean {
  if (cell instanceof FormulaError || criterion instanceof FormulaError) return false;
  const [, op = "=", operand = ""] =
    typeof criterion === "string" ? (/^(<=|>=|<>|<|>|=)?(.*)$/s.exec(criterion) ?? []) : [];
  const wanted: Scalar =
    typeof criterion === "string"
      ? operand !== "" && Number.isFinite(Number(operand))
        ? Number(operand)
        : operand
      : criterion;
  if (typeof wanted === "number" && typeof cell !== "number") return op === "<>";
  if (typeof wanted === "string" && typeof cell !== "string")
    return op === "<>" || (cell === null && wanted === "");
  const result = operate(op, cell, wanted);
  return result === true;
}

function call(sheet: Sheet, name: string, args: readonly Node[]): Value {
  const value = (node: Node) => evaluate(sheet, node);
  const one = (node: Node) => scalar(sheet, value(node));
  const arg = (k: number): Node => {
    const node = args[k];
    if (!node) throw new Error(`${name} needs argument ${k + 1}`);
    return node;
  };
  switch (name) {
    case "IF": {
      const test = truth(one(arg(0)));
      if (test instanceof FormulaError) return test;
      const branch = args[test ? 1 : 2];
      return branch ? value(branch) : false;
    }
    case "AND":
    case "OR": {
      const tests = args.map((node) => truth(one(node)));
      const error = tests.find((t): t is FormulaError => t instanceof FormulaError);
      if (error) return error;
      return name === "AND" ? tests.every(Boolean) : tests.some(Boolean);
    }
    case "ISNUMBER":
      return typeof one(arg(0)) === "number";
    case "ISTEXT":
      return typeof one(arg(0)) === "string";
    case "ISERROR":
      return one(arg(0)) instanceof FormulaError;
    case "N": {
      const v = one(arg(0));
      return v instanceof FormulaError || typeof v === "number" ? v : v === true ? 1 : 0;
    }
    case "TRIM":
    case "CLEAN": {
      const v = one(arg(0));
      if (v instanceof FormulaError) return v;
      const text = toText(v);
      if (name === "TRIM") return text.replace(/ +/g, " ").replace(/^ | $/g, "");
      // CLEAN removes the control characters 0 to 31.
      return [...text].filter((c) => c.charCodeAt(0) > 31).join("");
    }
    case "MIN": {
      const all = args.flatMap((node) => {
        const v = value(node);
        return isRange(v) || Array.isArray(v)
          ? cells(sheet, v).filter((c) => typeof c === "number")
          : [toNumber(v as Scalar)];
      });
      const error = errorIn(...all);
      return error ?? (all.length === 0 ? 0 : Math.min(...(all as number[])));
    }
    case "INDEX": {
      const range = value(arg(0));
      const k = toNumber(one(arg(1)));
      if (k instanceof FormulaError) return k;
      if (!isRange(range)) throw new Error("INDEX over a range only");
      const row = range.from + Math.trunc(k) - 1;
      return k < 1 || row > range.to
        ? new FormulaError("#REF!")
        : { column: range.column, from: row, to: row };
    }
    case "MATCH": {
      const wanted = one(arg(0));
      if (wanted instanceof FormulaError) return wanted;
      if (one(arg(2)) !== 0) throw new Error("MATCH exact only");
      const at = cells(sheet, value(arg(1))).findIndex(
        (c) =>
          !(c instanceof FormulaError) &&
          c !== null &&
          typeof c === typeof wanted &&
          operate("=", c, wanted) === true,
      );
      return at < 0 ? new FormulaError("#N/A") : at + 1;
    }
    case "COUNTIF":
    case "COUNTIFS": {
      const pairs = Array.from({ length: args.length / 2 }, (_, k) => ({
        range: cells(sheet, value(arg(2 * k))),
        criterion: one(arg(2 * k + 1)),
      }));
      const size = pairs[0]?.range.length ?? 0;
      if (pairs.some((p) => p.range.length !== size)) return new FormulaError("#VALUE!");
      const error = errorIn(...pairs.map((p) => p.criterion));
      if (error) return error;
      return Array.from({ length: size }, (_, r) => r).filter((r) =>
        pairs.every((p) => meets(p.range[r] ?? null, p.criterion)),
      ).length;
    }
    case "SUMPRODUCT": {
      const all = cells(sheet, value(arg(0)));
      const error = errorIn(...all);
      return error ?? all.reduce<number>((total, c) => total + (typeof c === "number" ? c : 0), 0);
    }
  }
  throw new Error(`the evaluator does not know ${name}`);
}

function evaluate(sheet: Sheet, node: Node): Value {
  switch (node.kind) {
    case "value":
      return node.value;
    case "name":
      return sheet.resolve(node.name);
    case "call":
      return call(sheet, node.name, node.args);
    case "negate":
      return operate("-", 0, scalar(sheet, evaluate(sheet, node.operand)));
    case "binary": {
      const left = evaluate(sheet, node.left);
      const right = evaluate(sheet, node.right);
      if (node.op === ":") {
        if (!isRange(left) || !isRange(right) || left.column !== right.column)
          return new FormulaError("#REF!");
        return { column: left.column, from: left.from, to: right.to };
      }
      const [a, b] = [cells(sheet, left), cells(sheet, right)];
      if (a.length === 1 && b.length === 1) return operate(node.op, a[0] ?? null, b[0] ?? null);
      // An array operation (inside SUMPRODUCT): element by element, a single value against each.
      const length = Math.max(a.length, b.length);
      return Array.from({ length }, (_, k) =>
        operate(node.op, a[a.length === 1 ? 0 : k] ?? null, b[b.length === 1 ? 0 : k] ?? null),
      );
    }
  }
}

/** Formulas already read: a test evaluates the same few formulas over many rows. */
const parsed = new Map<string, Node>();

/**
 * Evaluates a formula (without its `=`) as Excel would, to a single value.
 *
 * @param formula - the formula text, English function names and `,` separators
 * @param sheet - the columns and names it reads
 * @returns the value; a range result is read as its single cell
 *
 * @example
 * evaluateFormula('IF(A1>=10,"big","small")', { columns: { A: [12] }, resolve: () => ({ column: "A", from: 0, to: 0 }) })
 * //=> "big"
 */
export function evaluateFormula(formula: string, sheet: Sheet): Scalar {
  let tree = parsed.get(formula);
  if (!tree) parsed.set(formula, (tree = parseFormula(formula)));
  return scalar(sheet, evaluate(sheet, tree));
}
