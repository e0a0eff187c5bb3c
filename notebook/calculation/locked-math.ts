/**
 * The locked-down mathjs instance behind calculation cells. It is built from the few factories a calculation
 * needs (arithmetic, comparisons, rounding, a handful of statistics) rather than from `all`, and then every
 * escape hatch named by mathjs's security notes (`import`, `createUnit`, `reviver`, `evaluate`, `parse`,
 * `simplify`, `derivative`, `resolve`, …) and every allocator that the chosen factories drag in (`zeros`,
 * `identity`, `concat`, …) is replaced by a function that throws. This is the second line of defence: the first
 * is the syntax check of `expression.ts`, which only lets through the node kinds and names listed here.
 *
 * See https://mathjs.org/docs/expressions/security.html
 */
import {
  absDependencies,
  addDependencies,
  andDependencies,
  cbrtDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  expDependencies,
  fixDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  log2Dependencies,
  logDependencies,
  maxDependencies,
  meanDependencies,
  medianDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  prodDependencies,
  roundDependencies,
  signDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  stdDependencies,
  subtractDependencies,
  sumDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  varianceDependencies,
  type ConfigOptions,
  type FactoryFunctionMap,
  type MathNode,
} from "mathjs";

/** Functions a calculation may call on numbers: one value (or two, such as `round(x, 1)`) in, one out. */
export const SCALAR_FUNCTIONS: ReadonlySet<string> = new Set([
  "abs",
  "ceil",
  "floor",
  "round",
  "fix",
  "sign",
  "sqrt",
  "cbrt",
  "exp",
  "log",
  "log10",
  "log2",
  "pow",
  "mod",
]);

/** Functions that may also take a list (a table column, or `[1, 2, 3]`) and reduce it to one number. */
export const AGGREGATE_FUNCTIONS: ReadonlySet<string> = new Set([
  "min",
  "max",
  "sum",
  "mean",
  "median",
  "prod",
  "std",
  "variance",
]);

/** Operators, by the name of the mathjs function behind them (`+` is `add`, `-x` is `unaryMinus`). */
export const OPERATORS: ReadonlySet<string> = new Set([
  "add",
  "subtract",
  "multiply",
  "divide",
  "pow",
  "mod",
  "unaryMinus",
  "unaryPlus",
  "larger",
  "smaller",
  "largerEq",
  "smallerEq",
  "equal",
  "unequal",
  "and",
  "or",
  "not",
]);

/** Named constants an expression may use when no cell output has that name. */
export const CONSTANTS: ReadonlySet<string> = new Set(["pi", "e"]);

/** The factory map, checked: mathjs types each `…Dependencies` export as possibly undefined. */
function factories(map: Record<string, FactoryFunctionMap | undefined>): FactoryFunctionMap {
  const missing = Object.keys(map).filter((name) => map[name] === undefined);
  if (missing.length > 0) throw new Error(`mathjs does not export ${missing.join(", ")}`);
  return map as FactoryFunctionMap;
}

const math = create(
  factories({
    parseDependencies,
    absDependencies,
    addDependencies,
    andDependencies,
    cbrtDependencies,
    ceilDependencies,
    divideDependencies,
    eDependencies,
    equalDependencies,
    expDependencies,
    fixDependencies,
    floorDependencies,
    largerDependencies,
    largerEqDependencies,
    log10Dependencies,
    log2Dependencies,
    logDependencies,
    maxDependencies,
    meanDependencies,
    medianDependencies,
    minDependencies,
    modDependencies,
    multiplyDependencies,
    notDependencies,
    orDependencies,
    piDependencies,
    powDependencies,
    prodDependencies,
    roundDependencies,
    signDependencies,
    smallerDependencies,
    smallerEqDependencies,
    sqrtDependencies,
    stdDependencies,
    subtractDependencies,
    sumDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    unequalDependencies,
    varianceDependencies,
  }),
  // Plain arrays instead of Matrix objects; `predictable` keeps sqrt(-1) a number (NaN), never a Complex.
  { matrix: "Array", predictable: true },
);

/**
 * Names that must never be callable from an expression: mathjs's documented escape hatches, the ways to build
 * or reach the expression machinery, and every function in the namespace that can allocate a matrix.
 */
export const DISABLED_FUNCTIONS: readonly string[] = [
  "import",
  "createUnit",
  "reviver",
  "replacer",
  "evaluate",
  "parse",
  "compile",
  "simplify",
  "simplifyConstant",
  "simplifyCore",
  "derivative",
  "resolve",
  "rationalize",
  "parser",
  "chain",
  "help",
  "create",
  "factory",
  "typed",
  "ones",
  "zeros",
  "identity",
  "range",
  "matrix",
  "sparse",
  "concat",
  "subset",
  "resize",
  "reshape",
  "size",
  "dot",
  "det",
  "inv",
  "partitionSelect",
  "format",
  "print",
  "map",
  "forEach",
  "filter",
];

/** The parser, kept before the namespace's `parse` is disabled. */
const parseWithMathjs = math.parse;

// mathjs creates its functions lazily and resolves their dependencies from the namespace when first used.
// Resolve them all now, so that the functions we keep hold the real dependencies and not the stubs below.
for (const name of Object.keys(math)) void (math as unknown as Record<string, unknown>)[name];

const disabled = (name: string) => () => {
  throw new Error(`Function ${name} is disabled`);
};

// `config(...)` would let an expression change the instance's settings. Expressions compile against a copy of
// the namespace that reads `config.matrix`, so the stub keeps the settings readable as properties.
const settings: Record<string, unknown> = { ...(math.config as () => ConfigOptions)() };
const frozenConfig = Object.assign(disabled("config"), settings);

/** mathjs's own median, kept for what {@link sortedMedian} leaves to it. */
const mathjsMedian = math.median as (...args: unknown[]) => unknown;

/**
 * The median of numbers, by sorting a copy: O(n log n) whatever the values. mathjs's median selects with a
 * quickselect that is quadratic on repeated values (100,000 equal values took 222 s). Anything but plain
 * numbers (an empty list, NaN, a nested list, a boolean) goes to mathjs's median, for its result or its error.
 *
 * @param args - one list, or the values themselves
 * @returns the middle value, or the mean of the two middle values for an even count
 * @example
 * sortedMedian([3, -1, 5, 7])
 * //=> 4
 */
export function sortedMedian(...args: unknown[]): unknown {
  const values: unknown[] = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const numbers = values.length > 0 && values.every((v) => typeof v === "number" && !Number.isNaN(v));
  if (!numbers) return mathjsMedian(...args);
  const sorted = Float64Array.from(values as number[]).sort();
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2;
}

math.import(
  {
    ...Object.fromEntries(DISABLED_FUNCTIONS.map((name) => [name, disabled(name)])),
    config: frozenConfig,
    median: sortedMedian,
  },
  { override: true },
);

/**
 * Parses an expression with the locked-down instance. The tree it returns compiles against that instance, so
 * that even a node the syntax check let through can only reach the functions kept above.
 *
 * @param text - the expression as typed
 * @returns the mathjs expression tree; throws a mathjs `SyntaxError` when the text is not an expression
 * @example
 * parseLocked("accounts / csms").type
 * //=> "OperatorNode"
 */
export function parseLocked(text: string): MathNode {
  return parseWithMathjs(text);
}

/**
 * The locked-down instance itself, for tests that check its escape hatches throw. Never evaluate user text
 * with it directly: go through `evaluateExpression`, which checks the syntax first.
 *
 * @internal
 */
export const lockedMath: Readonly<Record<string, unknown>> = math as unknown as Record<string, unknown>;
