/**
 * Reads the text of an Excel formula (English function names, `,` separators, no `=`) into a tree, for
 * test/support/formula-evaluator.ts: numbers, text in double quotes, TRUE and FALSE, names, function calls, and
 * the operators by Excel's precedence (`:`, unary `-`, `*` `/`, `+` `-`, `&`, comparisons).
 */
export type Node =
  | { readonly kind: "value"; readonly value: number | string | boolean }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: "binary"; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly kind: "negate"; readonly operand: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(<=|>=|<>|[-+*/&=<>:(),])|([A-Za-z_][\w.]*))/y;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) throw new Error(`cannot read the formula at ${at}: ${formula.slice(at, at + 20)}`);
    tokens.push(match[0].trim());
  }
  return tokens;
}

/**
 * The tree of a formula.
 *
 * @param formula - the formula text
 * @returns its tree; an unreadable formula throws
 *
 * @example
 * parseFormula("-A1+2")
 * //=> { kind: "binary", op: "+", left: { kind: "negate", operand: { kind: "name", name: "A1" } }, right: { kind: "value", value: 2 } }
 */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string): string => {
    const token = tokens[i++];
    if (token === undefined || (expected !== undefined && token !== expected))
      throw new Error(`expected ${expected ?? "more"} at token ${i - 1} of ${formula}`);
    return token;
  };
  const binary = (ops: readonly string[], next: () => Node) => (): Node => {
    let left = next();
    while (ops.includes(peek() ?? "")) left = { kind: "binary", op: take(), left, right: next() };
    return left;
  };
  const primary = (): Node => {
    const token = take();
    if (token === "(") {
      const inner = comparison();
      take(")");
      return inner;
    }
    if (/^\d/.test(token)) return { kind: "value", value: Number(token) };
    if (token.startsWith('"')) return { kind: "value", value: token.slice(1, -1).replace(/""/g, '"') };
    if (token === "TRUE" || token === "FALSE") return { kind: "value", value: token === "TRUE" };
    if (!/^[A-Za-z_]/.test(token)) throw new Error(`unexpected ${token} in ${formula}`);
    if (peek() !== "(") return { kind: "name", name: token };
    take("(");
    const args: Node[] = [];
    if (peek() !== ")") {
      args.push(comparison());
      while (peek() === ",") {
        take(",");
        args.push(comparison());
      }
    }
    take(")");
    return { kind: "call", name: token, args };
  };
  const range = binary([":"], primary);
  const unary = (): Node => (peek() === "-" ? (take(), { kind: "negate", operand: unary() }) : range());
  const product = binary(["*", "/"], unary);
  const sum = binary(["+", "-"], product);
  const concat = binary(["&"], sum);
  const comparison: () => Node = binary(["=", "<>", "<", ">", "<=", ">="], concat);
  const tree = comparison();
  if (i !== tokens.length) throw new Error(`unread tokens from ${tokens[i]} in ${formula}`);
  return tree;
}
