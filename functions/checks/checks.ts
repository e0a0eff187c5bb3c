/**
 * Checks for the planning cores' typed inputs (the scaling audit's actions, roadmap and capacity; the
 * segmentation's rules, rows and coverage): a bad value gives a readable message in English and French,
 * never a throw. The numeric domains are the Excel layer's, so that a number the notebook refuses is one
 * the worksheet functions refuse too. Shared by functions/scaling and functions/segmentation, which depend
 * on this module and not on each other.
 */
import type { NumberDomain } from "../excel/cells";
import { AMOUNT, COUNT } from "../excel/domains";
import { inDomain } from "../excel/elementwise";
import type { Bilingual } from "../excel/language";

/** One thing wrong with an input: which field of which item, and what to type instead. */
export interface Problem {
  /** The input field at fault, e.g. `"time"`, `"weeks"`, `"accounts"`. */
  readonly field: string;
  /** 0-based position of the item in its list; absent for a single-value input. */
  readonly index?: number;
  /** The item's id, when it has one. */
  readonly id?: string;
  readonly message: Bilingual;
}

/** A numeric domain, optionally with an exclusive lower bound (`above: 0` for "more than 0"). */
export interface NumberRule extends NumberDomain {
  readonly above?: number;
}

export const AMOUNT_RULE: NumberRule = {
  ...AMOUNT,
  expected: { en: "an amount of 0 or more", fr: "un montant positif ou nul" },
};

export const COUNT_RULE: NumberRule = COUNT;

export const POSITIVE_RULE: NumberRule = {
  above: 0,
  expected: { en: "a number greater than 0", fr: "un nombre strictement positif" },
};

export const SHARE_RULE: NumberRule = {
  min: 0,
  max: 1,
  expected: { en: "a share from 0 to 1 (0.5 for 50 %)", fr: "une part de 0 à 1 (0,5 pour 50 %)" },
};

/**
 * How a value is quoted in a message: numbers as digits, text in quotes (shortened to 20 characters), and
 * the kind of anything else.
 *
 * @param value - the value received
 * @returns the description in both languages
 *
 * @example
 * describeValue("lots").fr
 * //=> "le texte « lots »"
 * @example
 * describeValue(2.5).en
 * //=> "2.5"
 */
export function describeValue(value: unknown): Bilingual {
  if (typeof value === "number") return { en: String(value), fr: String(value).replace(".", ",") };
  if (typeof value === "string") {
    const text = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    return { en: `the text "${text}"`, fr: `le texte « ${text} »` };
  }
  if (value === null || value === undefined) return { en: "nothing", fr: "rien" };
  return { en: `a value of type ${typeof value}`, fr: `une valeur de type ${typeof value}` };
}

/**
 * Checks a number against a rule. `null` when it fits; otherwise the message
 * "subject: expected …, got …." in both languages.
 *
 * @param value - the value received
 * @param rule - the numbers accepted
 * @param subject - what the value is, e.g. "Action 2 (welcome), time"
 * @returns `null`, or the message
 *
 * @example
 * checkNumber(2.5, COUNT_RULE, { en: "accounts", fr: "comptes" }).en
 * //=> "accounts: expected a whole number of 0 or more, got 2.5."
 * @example
 * checkNumber(0, POSITIVE_RULE, { en: "hours per CSM", fr: "heures par CSM" }).fr
 * //=> "heures par CSM : attendu un nombre strictement positif, reçu 0."
 * @example
 * checkNumber(3, AMOUNT_RULE, { en: "ARR", fr: "ARR" })
 * //=> null
 */
export function checkNumber(value: unknown, rule: NumberRule, subject: Bilingual): Bilingual | null {
  const fits =
    typeof value === "number" && inDomain(value, rule) && (rule.above === undefined || value > rule.above);
  if (fits) return null;
  return expected(subject, rule.expected, describeValue(value));
}

/**
 * The message "subject: expected …, got …." in both languages.
 *
 * @param subject - what the value is
 * @param wanted - what was expected
 * @param got - what was received, as {@link describeValue} quotes it
 * @returns the message
 *
 * @example
 * expected({ en: "kind", fr: "type" }, { en: "a known kind", fr: "un type connu" }, describeValue("fax")).en
 * //=> 'kind: expected a known kind, got the text "fax".'
 */
export function expected(subject: Bilingual, wanted: Bilingual, got: Bilingual): Bilingual {
  return {
    en: `${subject.en}: expected ${wanted.en}, got ${got.en}.`,
    fr: `${subject.fr} : attendu ${wanted.fr}, reçu ${got.fr}.`,
  };
}

/**
 * How an item of a list is named in messages: its 1-based position and its id.
 *
 * @param noun - the kind of item, e.g. `{ en: "Action", fr: "Action" }`
 * @param index - 0-based position in the list
 * @param id - the item's id, if any
 * @param field - the field at fault, if any
 * @returns the subject of a message
 *
 * @example
 * itemSubject({ en: "Action", fr: "Action" }, 1, "welcome", { en: "time", fr: "temps" }).fr
 * //=> "Action 2 (welcome), temps"
 */
export function itemSubject(noun: Bilingual, index: number, id: unknown, field?: Bilingual): Bilingual {
  const named = typeof id === "string" && id.trim() !== "" ? ` (${id})` : "";
  const tail = field ? { en: `, ${field.en}`, fr: `, ${field.fr}` } : { en: "", fr: "" };
  return { en: `${noun.en} ${index + 1}${named}${tail.en}`, fr: `${noun.fr} ${index + 1}${named}${tail.fr}` };
}

/**
 * A free-text field as text: a string as it is, a number or a logical value as written, anything else
 * (blank, an object) as `""`. Never throws, whatever it is given.
 *
 * @param value - the value received
 * @returns the text
 *
 * @example
 * textOf(2026)
 * //=> "2026"
 * @example
 * textOf(null)
 * //=> ""
 */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}
