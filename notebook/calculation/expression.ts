/**
 * Calculation cells: a person types an expression over the named outputs of other cells
 * (`automateCount / actionCount`, or `nbAutomatiser / nbActions` in French: see ./localize.ts),
 * and gets a number or a message saying what to change. Expressions are untrusted text, so they go through
 * three gates: a length limit; a syntax check that lets through only numbers, names, the arithmetic and
 * comparison operators, `? :`, and a short list of functions (lists of numbers only inside aggregates such as
 * `sum(hours)`); and evaluation by a locked-down mathjs instance whose escape hatches all throw. Nothing can
 * allocate more than the lists it is given, and nothing loops.
 */
import type { MathNode } from "mathjs";
import { AGGREGATE_FUNCTIONS, CONSTANTS, OPERATORS, SCALAR_FUNCTIONS, parseLocked } from "./locked-math";
import { CellError, type CellKind, type Json } from "../engine/types";
import { isAllowedNode, nodeChildren, refusal, type Refusal } from "./syntax";
import { publishedName, standardExpression } from "./localize";
import type { Bilingual, Language } from "../../functions/excel/language";
import { dictionary } from "../../functions/excel/keyed";

/** The longest expression accepted, in characters. */
export const MAX_EXPRESSION_LENGTH = 500;

/** The longest list of numbers an expression may read (a table column, for instance). */
export const MAX_LIST_LENGTH = 100_000;

/** What an expression can read: a number, or a list of numbers for an aggregate such as `sum(hours)`. */
export type ExpressionValue = number | readonly number[];

/** The result of an expression: a finite number, or why there is none. */
export type ExpressionResult =
  { readonly kind: "ok"; readonly value: number } | { readonly kind: "error"; readonly message: Bilingual };

const fail = (message: Bilingual): ExpressionResult => ({ kind: "error", message });

const FUNCTION_LIST = [...SCALAR_FUNCTIONS, ...AGGREGATE_FUNCTIONS].join(", ");

/**
 * Tells whether a name is reserved: a function of calculations, so that an output of that name could not
 * be read.
 *
 * @param name - a name
 * @returns true for the names of calculation functions
 * @example
 * isReservedName("sum")
 * //=> true
 */
export function isReservedName(name: string): boolean {
  return SCALAR_FUNCTIONS.has(name) || AGGREGATE_FUNCTIONS.has(name);
}

function parse(text: string, language: Language): MathNode | Refusal {
  if (text.length > MAX_EXPRESSION_LENGTH) return refusal("too-long", { limit: MAX_EXPRESSION_LENGTH });
  if (text.trim() === "") return refusal("empty", {});
  try {
    return parseLocked(standardExpression(text, language));
  } catch (thrown) {
    // `0,5` in an expression typed in English: the comma separates arguments there.
    if (language === "en" && /\d,\d/.test(text)) return refusal("decimal-comma", {});
    return refusal("syntax", { detail: thrown instanceof Error ? thrown.message : String(thrown) });
  }
}

/**
 * The names an expression reads from other cells, in order of first use, without the constants `pi` and
 * `e` and the names of functions. An expression that cannot be read reads nothing (evaluating it gives the
 * reason).
 *
 * @param text - the expression as typed
 * @param language - the language it was typed in (./localize.ts); English when not said
 * @returns the names of other cells' outputs it uses, French names given as the published ones
 * @example
 * expressionNames("round(accounts / csms, 1) + pi")
 * //=> ["accounts", "csms"]
 * @example
 * expressionNames("round(heuresLibérées / nbActions; 1)", "fr")
 * //=> ["hoursFreed", "actionCount"]
 */
export function expressionNames(text: string, language: Language = "en"): string[] {
  const tree = parse(text, language);
  if ("refused" in tree) return [];
  const names: string[] = [];
  const visit = (node: MathNode, callee: boolean): void => {
    if (node.type === "SymbolNode") {
      const { name } = node as unknown as { name: string };
      if (!callee && !CONSTANTS.has(name) && !isReservedName(name) && !names.includes(name)) names.push(name);
      return;
    }
    if (node.type === "FunctionNode") {
      const call = node as unknown as { fn: MathNode; args: MathNode[] };
      visit(call.fn, true);
      for (const arg of call.args) visit(arg, false);
      return;
    }
    for (const child of nodeChildren(node)) visit(child, false);
  };
  visit(tree, false);
  return names;
}

/**
 * Checks that every node of the tree is one a calculation may use, with lists only where an aggregate
 * reduces them, and every name known.
 */
function check(
  node: MathNode,
  scope: ReadonlyMap<string, ExpressionValue>,
  listAllowed: boolean,
): Refusal | undefined {
  const shape = isAllowedNode(node);
  if (shape !== true) return shape;
  switch (node.type) {
    case "ConstantNode":
      return undefined;
    case "SymbolNode": {
      const { name } = node as unknown as { name: string };
      const value = scope.get(name);
      if (value === undefined) {
        if (CONSTANTS.has(name)) return undefined;
        if (isReservedName(name)) return refusal("function-as-value", { name });
        return refusal("unknown-name", { name });
      }
      return typeof value === "number" || listAllowed
        ? undefined
        : refusal("list-outside-aggregate", { name });
    }
    case "FunctionNode": {
      const call = node as unknown as { fn: MathNode; args: MathNode[] };
      const { name } = call.fn as unknown as { name: string };
      if (!SCALAR_FUNCTIONS.has(name) && !AGGREGATE_FUNCTIONS.has(name)) {
        return refusal("unknown-function", { name, list: FUNCTION_LIST });
      }
      const aggregate = AGGREGATE_FUNCTIONS.has(name);
      if (call.args.length === 0) return refusal("no-arguments", { name });
      const lists = call.args.filter((arg) => isList(arg, scope)).length;
      if (lists > 0 && call.args.length > 1) return refusal("list-with-others", { name });
      for (const arg of call.args) {
        const problem = check(arg, scope, aggregate);
        if (problem) return problem;
      }
      return undefined;
    }
    case "OperatorNode": {
      const { fn, op } = node as unknown as { fn: string; op: string };
      if (!OPERATORS.has(fn)) return refusal("operator", { op });
      break;
    }
    case "ArrayNode":
      if (!listAllowed) return refusal("list-literal", {});
      for (const item of nodeChildren(node)) {
        if (item.type === "ArrayNode") return refusal("nested-list", {});
        const problem = check(item, scope, false);
        if (problem) return problem;
      }
      return undefined;
    case "RelationalNode": {
      const { conditionals } = node as unknown as { conditionals: string[] };
      if (!conditionals.every((fn) => OPERATORS.has(fn))) return refusal("operator", { op: "?" });
      break;
    }
    case "ParenthesisNode":
      return check((node as unknown as { content: MathNode }).content, scope, listAllowed);
  }
  for (const child of nodeChildren(node)) {
    const problem = check(child, scope, false);
    if (problem) return problem;
  }
  return undefined;
}

function isList(node: MathNode, scope: ReadonlyMap<string, ExpressionValue>): boolean {
  if (node.type === "ParenthesisNode")
    return isList((node as unknown as { content: MathNode }).content, scope);
  if (node.type === "ArrayNode") return true;
  if (node.type !== "SymbolNode") return false;
  return Array.isArray(scope.get((node as unknown as { name: string }).name));
}

function checkedScope(
  values: Readonly<Record<string, ExpressionValue>>,
): Map<string, ExpressionValue> | Refusal {
  const scope = new Map<string, ExpressionValue>();
  for (const [name, value] of Object.entries(values)) {
    if (isReservedName(name)) continue;
    if (typeof value === "number") scope.set(name, value);
    else if (value.length > MAX_LIST_LENGTH)
      return refusal("list-too-long", { name, limit: MAX_LIST_LENGTH });
    else if (!value.every((item) => typeof item === "number")) return refusal("list-not-numbers", { name });
    else scope.set(name, Object.freeze([...value]));
  }
  return scope;
}

/**
 * Evaluates a calculation over named values, safely: a number, or a message in English and French. Never
 * throws, whatever the text.
 *
 * @param text - the expression as typed, at most {@link MAX_EXPRESSION_LENGTH} characters
 * @param values - the named outputs it may read: numbers, or lists of numbers for aggregates
 * @param language - the language it was typed in (./localize.ts: `0,5` and `;` in French); English when
 *   not said
 * @returns the number it gives, or why it gives none
 * @example
 * evaluateExpression("accounts / csms", { accounts: 120, csms: 4 })
 * //=> { kind: "ok", value: 30 }
 * @example
 * evaluateExpression("round(hours * 0.8, 1)", { hours: 12.34 })
 * //=> { kind: "ok", value: 9.9 }
 * @example
 * evaluateExpression("heuresLibérées * 0,5", { hoursFreed: 120 }, "fr")
 * //=> { kind: "ok", value: 60 }
 * @example
 * evaluateExpression('import({}, {override: true})', {}).kind
 * //=> "error"
 */
export function evaluateExpression(
  text: string,
  values: Readonly<Record<string, ExpressionValue>>,
  language: Language = "en",
): ExpressionResult {
  const tree = parse(text, language);
  if ("refused" in tree) return fail(tree.message);
  const scope = checkedScope(values);
  if ("refused" in scope) return fail(scope.message);
  const problem = check(tree, scope, false);
  if (problem) return fail(problem.message);
  let result: unknown;
  try {
    result = tree.compile().evaluate(new Map(scope));
  } catch (thrown) {
    return fail(
      refusal("failed", { detail: thrown instanceof Error ? thrown.message : String(thrown) }).message,
    );
  }
  if (typeof result === "boolean") return fail(refusal("boolean", {}).message);
  if (typeof result !== "number") return fail(refusal("not-a-number", {}).message);
  if (Number.isNaN(result)) return fail(refusal("nan", {}).message);
  if (!Number.isFinite(result)) return fail(refusal("infinite", {}).message);
  return { kind: "ok", value: result };
}

/** Words of the expression language that cannot name a result. */
const KEYWORDS = new Set(["and", "or", "not", "xor", "mod", "to", "in", "end"]);

/**
 * Tells whether a calculation's result may be published under this name: a name the expression language
 * reads as a plain name, and not a function, a constant or a keyword.
 *
 * @param name - the name the person gave the result
 * @returns true when other calculations can use it
 * @example
 * isValidResultName("accountsPerCsm")
 * //=> true
 * @example
 * isValidResultName("sum")
 * //=> false
 * @example
 * isValidResultName("heuresLibérées")
 * //=> false
 */
export function isValidResultName(name: string): boolean {
  if (
    name.length === 0 ||
    name.length > 64 ||
    isReservedName(name) ||
    CONSTANTS.has(name) ||
    KEYWORDS.has(name) ||
    publishedName(name) !== name
  ) {
    return false;
  }
  try {
    const node = parseLocked(name);
    return node.type === "SymbolNode" && (node as unknown as { name: string }).name === name;
  } catch {
    return false;
  }
}

const text = (value: Json | undefined): string => (typeof value === "string" ? value : "");

/** The language an expression was typed in: French when the cell says so, else English (older plans). */
const languageOf = (value: Json | undefined): Language => (value === "fr" ? "fr" : "en");

/**
 * The calculation cell: inputs `name` (what its result is called), `expression` and `language` (the
 * language it was typed in, `"fr"` or `"en"`, English when absent: see ./localize.ts); it reads the names
 * the expression uses and publishes its result under `name`, as a number and as a one-cell table.
 *
 * @example
 * calculationKind.reads({ name: "ratio", expression: "accounts / csms" })
 * //=> ["accounts", "csms"]
 */
export const calculationKind: CellKind = {
  reads: (inputs) => expressionNames(text(inputs.expression), languageOf(inputs.language)),
  outputs: (inputs) => (isValidResultName(text(inputs.name)) ? [text(inputs.name)] : []),
  compute(inputs, values) {
    const name = text(inputs.name);
    if (!isValidResultName(name)) {
      throw new CellError({
        en: `"${name}" cannot name a result: use letters, digits and _, start with a letter, and avoid function names such as sum.`,
        fr: `« ${name} » ne peut pas nommer un résultat : utilisez des lettres, des chiffres et _, commencez par une lettre et évitez les noms de fonction comme sum.`,
      });
    }
    const scope = dictionary(
      Object.entries(values).map(([key, value]): [string, ExpressionValue] => {
        if (typeof value === "number" || Array.isArray(value)) return [key, value as ExpressionValue];
        throw new CellError({
          en: `"${key}" is a table; use one of its figures, or a column published as a list.`,
          fr: `« ${key} » est un tableau ; utilisez l'un de ses chiffres, ou une colonne publiée comme liste.`,
        });
      }),
    );
    const result = evaluateExpression(text(inputs.expression), scope, languageOf(inputs.language));
    if (result.kind === "error") throw new CellError(result.message);
    return { table: { columns: [name], rows: [[result.value]] }, values: dictionary([[name, result.value]]) };
  },
};
