/**
 * The shapes a calculation may take, and the words for every refusal. Only these mathjs node kinds pass:
 * numbers, names, operators, parentheses, `? :`, chained comparisons, calls of a named function, and list
 * literals. Property access (`a.b`, `a["b"]`), indexing, assignments, function definitions, several
 * statements, objects, ranges (`1:10`), text and unit conversions are refused before anything is evaluated.
 */
import type { MathNode } from "mathjs";
import type { Bilingual } from "../../functions/excel/language";

/** Why an expression is refused, with the message to show. */
export interface Refusal {
  readonly refused: string;
  readonly message: Bilingual;
}

const messages = {
  "too-long": (p: { limit: number }): Bilingual => ({
    en: `The expression is longer than ${p.limit} characters; split it into several calculation cells.`,
    fr: `L'expression dépasse ${p.limit} caractères ; répartissez-la sur plusieurs cellules de calcul.`,
  }),
  empty: (_p: object): Bilingual => ({
    en: "The expression is empty; type a calculation such as automateCount / actionCount.",
    fr: "L'expression est vide ; tapez un calcul, par exemple nbAutomatiser / nbActions.",
  }),
  "decimal-comma": (_p: object): Bilingual => ({
    en: "In English a comma separates a function's arguments; write decimals with a point (0.5), or type the calculation in the French pane, where 0,5 is read as a decimal.",
    fr: "Cette expression a été saisie en anglais, où la virgule sépare les arguments : écrivez les décimales avec un point (0.5), ou saisissez à nouveau l'expression dans le volet en français, où 0,5 se lit comme un décimal.",
  }),
  syntax: (p: { detail: string }): Bilingual => ({
    en: `The expression cannot be read (${p.detail}); check its parentheses, commas and operators.`,
    fr: `L'expression est illisible (${p.detail}) ; vérifiez ses parenthèses, ses virgules et ses opérateurs.`,
  }),
  "not-allowed": (p: { what: Bilingual }): Bilingual => ({
    en: `Calculations cannot use ${p.what.en}; use numbers, names of other cells' results, operators and functions.`,
    fr: `Les calculs ne peuvent pas utiliser ${p.what.fr} ; utilisez des nombres, les noms des résultats d'autres cellules, des opérateurs et des fonctions.`,
  }),
  text: (_p: object): Bilingual => ({
    en: "Calculations work on numbers only; remove the text, true/false or null value.",
    fr: "Les calculs ne portent que sur des nombres ; retirez le texte, la valeur true/false ou null.",
  }),
  "unknown-name": (p: { name: string }): Bilingual => ({
    en: `"${p.name}" is not the result of any cell; check the spelling, or add the cell that computes it.`,
    fr: `« ${p.name} » n'est le résultat d'aucune cellule ; vérifiez l'orthographe ou ajoutez la cellule qui le calcule.`,
  }),
  "function-as-value": (p: { name: string }): Bilingual => ({
    en: `"${p.name}" is a function; call it with parentheses, such as ${p.name}(a, b).`,
    fr: `« ${p.name} » est une fonction ; appelez-la avec des parenthèses, par exemple ${p.name}(a, b).`,
  }),
  "unknown-function": (p: { name: string; list: string }): Bilingual => ({
    en: `The function "${p.name}" is not available in calculations; use one of ${p.list}.`,
    fr: `La fonction « ${p.name} » n'est pas disponible dans les calculs ; utilisez l'une de ${p.list}.`,
  }),
  "no-arguments": (p: { name: string }): Bilingual => ({
    en: `${p.name}() needs at least one value between its parentheses.`,
    fr: `${p.name}() demande au moins une valeur entre ses parenthèses.`,
  }),
  operator: (p: { op: string }): Bilingual => ({
    en: `The operator "${p.op}" is not available in calculations; use + - * / ^ %, comparisons, and, or, not.`,
    fr: `L'opérateur « ${p.op} » n'est pas disponible dans les calculs ; utilisez + - * / ^ %, les comparaisons, and, or, not.`,
  }),
  "list-outside-aggregate": (p: { name: string }): Bilingual => ({
    en: `"${p.name}" is a list of values; reduce it to one number first, such as sum(${p.name}) or mean(${p.name}).`,
    fr: `« ${p.name} » est une liste de valeurs ; ramenez-la d'abord à un nombre, par exemple sum(${p.name}) ou mean(${p.name}).`,
  }),
  "list-with-others": (p: { name: string }): Bilingual => ({
    en: `${p.name}() takes either one list or several numbers, not both; write ${p.name}(${p.name}(list), other).`,
    fr: `${p.name}() prend soit une liste, soit plusieurs nombres, pas les deux ; écrivez ${p.name}(${p.name}(liste), autre).`,
  }),
  "list-literal": (_p: object): Bilingual => ({
    en: "A list in brackets can only be given to sum, mean, median, min, max, prod, std or variance.",
    fr: "Une liste entre crochets ne peut être donnée qu'à sum, mean, median, min, max, prod, std ou variance.",
  }),
  "nested-list": (_p: object): Bilingual => ({
    en: "Lists inside lists (matrices) are not available in calculations; use a flat list of numbers.",
    fr: "Les listes de listes (matrices) ne sont pas disponibles dans les calculs ; utilisez une simple liste de nombres.",
  }),
  "list-too-long": (p: { name: string; limit: number }): Bilingual => ({
    en: `"${p.name}" holds more than ${p.limit.toLocaleString("en")} values, too many for a calculation cell.`,
    fr: `« ${p.name} » compte plus de ${p.limit.toLocaleString("fr")} valeurs, trop pour une cellule de calcul.`,
  }),
  "list-not-numbers": (p: { name: string }): Bilingual => ({
    en: `"${p.name}" holds values that are not numbers; calculations work on numbers only.`,
    fr: `« ${p.name} » contient des valeurs qui ne sont pas des nombres ; les calculs ne portent que sur des nombres.`,
  }),
  failed: (p: { detail: string }): Bilingual => ({
    en: `The calculation failed (${p.detail}); check the values given to its functions.`,
    fr: `Le calcul a échoué (${p.detail}) ; vérifiez les valeurs données à ses fonctions.`,
  }),
  boolean: (_p: object): Bilingual => ({
    en: "The expression gives true or false, not a number; write condition ? value : other value.",
    fr: "L'expression donne vrai ou faux, pas un nombre ; écrivez condition ? valeur : autre valeur.",
  }),
  "not-a-number": (_p: object): Bilingual => ({
    en: "The expression does not give a single number; reduce lists with sum, mean, min or max.",
    fr: "L'expression ne donne pas un seul nombre ; ramenez les listes à un nombre avec sum, mean, min ou max.",
  }),
  nan: (_p: object): Bilingual => ({
    en: "The result is not a number (such as the square root of a negative value, or 0 / 0); check the values.",
    fr: "Le résultat n'est pas un nombre (par exemple la racine carrée d'un nombre négatif, ou 0 / 0) ; vérifiez les valeurs.",
  }),
  infinite: (_p: object): Bilingual => ({
    en: "The result is infinite: a division by zero, or a number too large; check the values.",
    fr: "Le résultat est infini : une division par zéro, ou un nombre trop grand ; vérifiez les valeurs.",
  }),
};

type Messages = typeof messages;

/**
 * Builds a refusal from the catalogue.
 *
 * @param reason - which refusal
 * @param params - the details its message names
 * @returns the refusal with its message in both languages
 * @example
 * refusal("empty", {}).message.en
 * //=> "The expression is empty; type a calculation such as automateCount / actionCount."
 */
export function refusal<K extends keyof Messages>(reason: K, params: Parameters<Messages[K]>[0]): Refusal {
  const make = messages[reason] as (p: typeof params) => Bilingual;
  return { refused: reason, message: make(params) };
}

const FORBIDDEN: Readonly<Record<string, Bilingual>> = {
  AccessorNode: { en: 'property access (a.b or a["b"])', fr: 'l\'accès à une propriété (a.b ou a["b"])' },
  IndexNode: { en: "indexes (a[1])", fr: "les index (a[1])" },
  AssignmentNode: { en: "assignments (a = 1)", fr: "les affectations (a = 1)" },
  FunctionAssignmentNode: {
    en: "function definitions (f(x) = …)",
    fr: "les définitions de fonction (f(x) = …)",
  },
  BlockNode: {
    en: "several statements (new lines)",
    fr: "plusieurs instructions (retours à la ligne)",
  },
  ObjectNode: { en: "objects ({a: 1})", fr: "les objets ({a: 1})" },
  RangeNode: { en: "ranges (1:10)", fr: "les plages (1:10)" },
};

const ALLOWED = new Set([
  "ConstantNode",
  "SymbolNode",
  "OperatorNode",
  "ParenthesisNode",
  "ConditionalNode",
  "RelationalNode",
  "FunctionNode",
  "ArrayNode",
]);

/**
 * Tells whether a node's kind may appear in a calculation (its children are checked separately).
 *
 * @param node - a mathjs expression node
 * @returns true, or the refusal
 * @example
 * isAllowedNode(parseLocked("accounts / csms"))
 * //=> true
 * @example
 * isAllowedNode(parseLocked("cos.constructor")).refused
 * //=> "not-allowed"
 */
export function isAllowedNode(node: MathNode): true | Refusal {
  const what = FORBIDDEN[node.type];
  if (what !== undefined) return refusal("not-allowed", { what });
  if (!ALLOWED.has(node.type)) {
    return refusal("not-allowed", { what: { en: `"${node.type}"`, fr: `« ${node.type} »` } });
  }
  if (node.type === "ConstantNode") {
    return typeof (node as unknown as { value: unknown }).value === "number" ? true : refusal("text", {});
  }
  if (node.type === "FunctionNode") {
    const { fn } = node as unknown as { fn: MathNode };
    if (fn.type !== "SymbolNode") {
      return refusal("not-allowed", { what: FORBIDDEN.AccessorNode as Bilingual });
    }
  }
  return true;
}

/**
 * The direct children of a node, in order.
 *
 * @param node - a mathjs expression node
 * @returns its child nodes
 * @example
 * nodeChildren(parseLocked("accounts + 1")).map((child) => child.toString())
 * //=> ["accounts", "1"]
 */
export function nodeChildren(node: MathNode): MathNode[] {
  const children: MathNode[] = [];
  node.forEach((child) => {
    children.push(child);
  });
  return children;
}
