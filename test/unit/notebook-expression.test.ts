// Calculation cells: ordinary expressions work; known mathjs escape payloads, huge expressions and huge
// matrices are refused with a message in both languages. Each payload is tried twice: through the syntax
// check (what the pane uses), and straight against the locked-down instance, to show the second line of
// defence holds on its own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calculationKind,
  evaluateExpression,
  expressionNames,
  isValidResultName,
  MAX_EXPRESSION_LENGTH,
  MAX_LIST_LENGTH,
  type ExpressionResult,
} from "../../notebook/calculation/expression";
import { DISABLED_FUNCTIONS, lockedMath, parseLocked } from "../../notebook/calculation/locked-math";

const scope = { accounts: 120, csms: 4, hours: 12.34, a: 3, b: 9, list: [1, 2, 3, 10] };

function refusedWith(result: ExpressionResult): { en: string; fr: string } {
  if (result.kind !== "error") throw new Error(`expected a refusal, got ${result.value}`);
  expect(result.message.en.length).toBeGreaterThan(20);
  expect(result.message.fr.length).toBeGreaterThan(20);
  expect(result.message.fr).not.toBe(result.message.en);
  return result.message;
}

describe("ordinary calculations", () => {
  it.each([
    ["accounts / csms", 30],
    ["round(hours * 0.8, 1)", 9.9], // 12.34 × 0.8 = 9.872
    ["max(a, b)", 9],
    ["min(a, b, 1)", 1],
    ["sum(list)", 16],
    ["mean(list)", 4],
    ["median(list)", 2.5],
    ["max([4, 8, 2])", 8],
    ["(accounts - 20) / csms ^ 2", 6.25],
    ["a > b ? accounts : csms", 4],
    ["50% * accounts", 60],
    ["b mod 4", 1],
    ["sqrt(b) + abs(-a)", 6],
    ["2 pi", 2 * Math.PI],
    ["log(1000, 10)", 3],
    ["sum(list) / csms", 4],
  ])("%s gives %d", (expression, expected) => {
    const result = evaluateExpression(expression, scope);
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") expect(result.value).toBeCloseTo(expected, 12);
  });

  it("lists the names an expression reads, without the constants pi and e", () => {
    expect(expressionNames("round(accounts / csms, 1) + pi * e")).toEqual(["accounts", "csms"]);
    expect(expressionNames("sum(list) + max(a, a)")).toEqual(["list", "a"]);
    expect(expressionNames("accounts /")).toEqual([]);
  });

  it("lets a cell output named like a constant win over the constant", () => {
    expect(evaluateExpression("e * 2", { e: 5 })).toEqual({ kind: "ok", value: 10 });
  });
});

describe("escape payloads are refused", () => {
  const payloads = [
    "import({}, {override: true})",
    "import({evaluate: 1}, {override: true})",
    "createUnit('x')",
    'createUnit("foo", "1 cm")',
    "evaluate('1')",
    "parse('1')",
    "parse('1').compile().evaluate()",
    "simplify('x')",
    "derivative('x^2', 'x')",
    "compile('1')",
    "resolve(parse('x'))",
    "reviver('x', 1)",
    "chain(1)",
    "config({matrix: 'Matrix'})",
    "typed('f', {})",
    'cos.constructor("return process")()',
    'cos.constructor("return process")',
    '[].map.constructor("return this")()',
    '[].map.constructor("return this")',
    "f(x) = x; f.constructor",
    "f(x) = x",
    "x = 1",
    'max.constructor("return this")',
    "sum.toString",
    '"a".constructor',
    "'a'.constructor('return 1')",
    'a["constructor"]',
    "{}.constructor",
    "[1, 2].map",
    "accounts.__proto__",
    "a; b",
  ];

  it.each(payloads)("refuses %s with a message", (payload) => {
    refusedWith(evaluateExpression(payload, scope));
  });

  it.each(payloads)("refuses %s even without the syntax check, in the locked-down instance", (payload) => {
    let outcome: unknown;
    try {
      outcome = parseLocked(payload)
        .compile()
        .evaluate(new Map<string, unknown>(Object.entries(scope)));
    } catch (thrown) {
      outcome = thrown;
    }
    // Either it throws, or (assignments, definitions) it only produced plain data: never code or a function
    // taken from JavaScript.
    if (!(outcome instanceof Error)) {
      const entries = (outcome as { entries?: unknown[] } | undefined)?.entries ?? [outcome];
      for (const entry of entries) expect(["number", "function"]).toContain(typeof entry);
      if (typeof outcome === "function") expect(String(outcome)).not.toContain("[native code]");
    }
  });

  it("disables every documented escape hatch on the instance itself", () => {
    for (const name of ["import", "createUnit", "evaluate", "parse", "simplify", "derivative", "compile"]) {
      expect(DISABLED_FUNCTIONS).toContain(name);
      expect(() => (lockedMath[name] as () => unknown)()).toThrow(`Function ${name} is disabled`);
    }
    for (const name of ["resolve", "reviver", "chain", "zeros", "ones", "identity", "range", "config"]) {
      expect(() => (lockedMath[name] as () => unknown)()).toThrow(`Function ${name} is disabled`);
    }
  });

  it("says in English and French which function is not available", () => {
    expect(refusedWith(evaluateExpression("evaluate('1')", scope))).toEqual({
      en:
        'The function "evaluate" is not available in calculations; use one of abs, ceil, floor, round, fix, ' +
        "sign, sqrt, cbrt, exp, log, log10, log2, pow, mod, min, max, sum, mean, median, prod, std, variance.",
      fr:
        "La fonction « evaluate » n'est pas disponible dans les calculs ; utilisez l'une de abs, ceil, floor, " +
        "round, fix, sign, sqrt, cbrt, exp, log, log10, log2, pow, mod, min, max, sum, mean, median, prod, " +
        "std, variance.",
    });
  });
});

describe("huge expressions, matrices and lists are refused", () => {
  it("refuses an expression longer than the limit", () => {
    const long = Array.from({ length: 300 }, () => "1").join("+"); // 599 characters
    expect(long.length).toBeGreaterThan(MAX_EXPRESSION_LENGTH);
    expect(refusedWith(evaluateExpression(long, {})).en).toContain("longer than 500 characters");
    const justUnder = Array.from({ length: 250 }, () => "1").join("+"); // 499 characters
    expect(evaluateExpression(justUnder, {})).toEqual({ kind: "ok", value: 250 });
  });

  it.each([
    "ones(1e9)",
    "zeros(1e5, 1e5)",
    "zeros(1e9)",
    "identity(1e5)",
    "range(1, 1e9)",
    "1:1e9",
    "sum(1:1e9)",
    "matrix([1])",
    "concat(list, list)",
    "[list] * [list]'",
    "list * list",
    "[1, 2] * 1e9",
    "sum([[1, 2], [3, 4]])",
    "resize([1], [1e9])",
    "max(list, 1)",
  ])("refuses %s without allocating anything", (expression) => {
    refusedWith(evaluateExpression(expression, scope));
  });

  it("refuses deep nesting beyond the length limit and evaluates it below", () => {
    const deep = `${"(".repeat(200)}1${")".repeat(200)}`;
    expect(evaluateExpression(deep, {})).toEqual({ kind: "ok", value: 1 });
    refusedWith(evaluateExpression(`${"(".repeat(300)}1${")".repeat(300)}`, {}));
  });

  it("refuses a list longer than the limit, and lists holding anything but numbers", () => {
    const big = new Array<number>(MAX_LIST_LENGTH + 1).fill(1);
    expect(refusedWith(evaluateExpression("sum(big)", { big })).en).toContain("more than 100,000 values");
    const mixed = [1, "2"] as unknown as number[];
    refusedWith(evaluateExpression("sum(mixed)", { mixed }));
  });

  it("sums the largest allowed list", () => {
    const big = new Array<number>(MAX_LIST_LENGTH).fill(2);
    expect(evaluateExpression("sum(big)", { big })).toEqual({ kind: "ok", value: 200_000 });
  });
});

describe("results that are not a number", () => {
  it.each([
    ["1 / 0", "infinite"],
    ["1e999", "infinite"],
    ["10 ^ 400", "infinite"],
    ["sqrt(-1)", "not a number"],
    ["a > b", "true or false"],
    ["unknown * 2", '"unknown" is not the result of any cell'],
    ["sum", '"sum" is a function'],
    ["list", "is a list of values"],
    ["", "empty"],
    ["2 +", "cannot be read"],
    ["'text' + 1", "numbers only"],
    ["mean([])", "The calculation failed"],
    ["round(1.5, 20)", "The calculation failed"],
    ["sum()", "needs at least one value"],
    ["5 cm to inch", 'operator "to"'],
    ["5!", 'operator "!"'],
  ])("%s is refused: %s", (expression, words) => {
    expect(refusedWith(evaluateExpression(expression, scope)).en).toContain(words);
  });

  it("never throws and never gives anything but a finite number or a message, whatever the text", () => {
    const alphabet = "abcdlistsumaxe0123456789.+-*/^%()[]{},;:=!'\"<>?&|~ ".split("");
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((chars) => chars.join("")),
    );
    fc.assert(
      fc.property(text, (expression) => {
        const result = evaluateExpression(expression, scope);
        if (result.kind === "ok") expect(Number.isFinite(result.value)).toBe(true);
        else expect(typeof result.message.fr).toBe("string");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the calculation cell", () => {
  it("publishes its result under its name, as a number and a one-cell table", () => {
    const inputs = { name: "perCsm", expression: "accounts / csms" };
    expect(calculationKind.reads(inputs)).toEqual(["accounts", "csms"]);
    expect(calculationKind.outputs(inputs)).toEqual(["perCsm"]);
    expect(calculationKind.compute(inputs, { accounts: 120, csms: 4 }, new Map())).toEqual({
      table: { columns: ["perCsm"], rows: [[30]] },
      values: { perCsm: 30 },
    });
  });

  it("refuses a result name that expressions could not read", () => {
    for (const name of ["", "sum", "pi", "and", "2x", "a b", "a.b", "x".repeat(65)]) {
      expect(isValidResultName(name)).toBe(false);
    }
    for (const name of ["accountsPerCsm", "heures_libérées", "_x1"])
      expect(isValidResultName(name)).toBe(true);
    expect(calculationKind.outputs({ name: "sum", expression: "1" })).toEqual([]);
    expect(() => calculationKind.compute({ name: "sum", expression: "1" }, {}, new Map())).toThrow(
      "cannot name a result",
    );
  });

  it("says so when it is given a table instead of a number", () => {
    const table = { columns: ["x"], rows: [[1]] };
    expect(() =>
      calculationKind.compute({ name: "r", expression: "t * 2" }, { t: table }, new Map()),
    ).toThrow("is a table");
  });
});
