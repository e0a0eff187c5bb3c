/**
 * The scaling audit's rule as native Excel formulas: the ratio time ÷ value, and the decision it gives —
 * below 1 Human, at 1 Arbitrate, above 1 Automate ({@link decide}), in the words of the workbook's language
 * ({@link DECISION_LABELS}). The one home of the rule in Excel: the scaling-audit template's Actions table
 * and the plan's audit table (notebook/plan/tables.ts) both build their Ratio and Decision columns here, so
 * that the rule, its words and the tests on them cannot drift apart.
 *
 * The two tables differ only in what they leave blank, and each keeps its own so that the files they write
 * stay as they were:
 * - `"not-numbers"` (the template, whose score cells validate whole numbers 1–5): the ratio is computed only
 *   when both scores are numbers and the value is above 0, the decision only when the ratio is a number;
 *   anything else is left blank.
 * - `"empty"` (the plan's table, written by the add-in from checked scores): blank while a score (or the
 *   ratio) is empty; anything else is computed, so a text typed over a score shows Excel's `#VALUE!`.
 */
import type { Language } from "../excel/language";
import { textLiteral } from "../excel/literals";
import { DECISION_LABELS, type Decision } from "./scaling";

/** What leaves a row's ratio and decision blank (see the module's note). */
export type BlankUnless = "not-numbers" | "empty";

/**
 * A decision's word as an Excel text literal, in a language: what the Decision column holds and what
 * formulas compare it with.
 *
 * @param decision - the decision
 * @param language - the workbook's language
 * @returns the quoted word
 *
 * @example
 * decisionLiteral("automate", "fr")
 * //=> '"Automatiser"'
 */
export function decisionLiteral(decision: Decision, language: Language): string {
  return textLiteral(DECISION_LABELS[decision][language]);
}

/**
 * The ratio time ÷ value of one row as a formula (without its `=`), over references to the row's two
 * scores (`C5`, `[@Time]`).
 *
 * @param time - a reference to the time score
 * @param value - a reference to the value score
 * @param blank - what leaves the ratio blank (see the module's note)
 * @returns the formula
 *
 * @example
 * scaleRatioFormula("C5", "D5", "not-numbers")
 * //=> 'IF(AND(ISNUMBER(C5),ISNUMBER(D5)),IF(D5>0,C5/D5,""),"")'
 * @example
 * scaleRatioFormula("[@Time]", "[@Value]", "empty")
 * //=> 'IF(OR([@Time]="",[@Value]=""),"",[@Time]/[@Value])'
 */
export function scaleRatioFormula(time: string, value: string, blank: BlankUnless): string {
  return blank === "not-numbers"
    ? `IF(AND(ISNUMBER(${time}),ISNUMBER(${value})),IF(${value}>0,${time}/${value},""),"")`
    : `IF(OR(${time}="",${value}=""),"",${time}/${value})`;
}

/**
 * The decision of one row as a formula (without its `=`), over a reference to the row's ratio: Human
 * below 1, Arbitrate at 1, Automate above, in the workbook's language.
 *
 * @param ratio - a reference to the ratio (`E5`, `[@Ratio]`)
 * @param language - the language of the decision's words
 * @param blank - what leaves the decision blank (see the module's note)
 * @returns the formula
 *
 * @example
 * scaleDecisionFormula("E5", "en", "not-numbers")
 * //=> 'IF(ISNUMBER(E5),IF(E5<1,"Human",IF(E5=1,"Arbitrate","Automate")),"")'
 * @example
 * scaleDecisionFormula("[@Ratio]", "fr", "empty")
 * //=> 'IF([@Ratio]="","",IF([@Ratio]<1,"Humain",IF([@Ratio]=1,"Arbitrer","Automatiser")))'
 */
export function scaleDecisionFormula(ratio: string, language: Language, blank: BlankUnless): string {
  const say = (decision: Decision) => decisionLiteral(decision, language);
  const rule = `IF(${ratio}<1,${say("human")},IF(${ratio}=1,${say("arbitrate")},${say("automate")}))`;
  return blank === "not-numbers" ? `IF(ISNUMBER(${ratio}),${rule},"")` : `IF(${ratio}="","",${rule})`;
}
