/**
 * The decisions of the scaling audit ("Scaler son activité CSM") for typed scores: Human when time ÷ value < 1, Arbitrate at 1,
 * Automate above. The rule, the score domain and the labels are those of `CSM.SCALE_DECISION` (scaling.ts),
 * so the notebook and the workbook can never disagree.
 */
import { inDomain } from "../excel/elementwise";
import { decide, DECISION_LABELS, SCORE, type Decision } from "./scaling";
import type { Bilingual } from "../excel/language";

export { DECISION_LABELS, type Decision };

/** The decisions, from "keep with the CSM" to "automate". */
export const DECISIONS: readonly Decision[] = ["human", "arbitrate", "automate"];

/** The colour of each decision on the time/value chart: the workbook template's colour bands. */
export const DECISION_COLOURS: Readonly<Record<Decision, "green" | "amber" | "red">> = {
  human: "green",
  arbitrate: "amber",
  automate: "red",
};

/** The hints on a tie (ratio 1), as the workbook template's Next step column writes them. */
export const TIE_HINTS = {
  keep: { en: "High value: keep human", fr: "Forte valeur : garder en humain" },
  tool: { en: "Automate if a simple tool fits", fr: "Automatiser si un outil simple suffit" },
} as const satisfies Record<string, Bilingual>;

/** Value from which a tied action stays human ("Scaler son activité CSM": "forte et très forte valeur ajoutée", 4 and 5). */
export const HIGH_VALUE = 4;

/** A scored pair's ratio and decision. */
export interface Decided {
  readonly ratio: number;
  readonly decision: Decision;
}

/**
 * Ratio and decision of many (time, value) pairs, as `CSM.SCALE_RATIO` and `CSM.SCALE_DECISION` give them.
 * A pair those functions refuse (a score that is not a whole number from 1 to 5) gives `null` at its position.
 *
 * @param pairs - (time, value) pairs
 * @returns one result per pair, in order
 *
 * @example
 * decideAll([[2, 4], [3, 3], [5, 2], [6, 1]])
 * //=> [{ ratio: 0.5, decision: "human" }, { ratio: 1, decision: "arbitrate" }, { ratio: 2.5, decision: "automate" }, null]
 */
export function decideAll(pairs: readonly (readonly [number, number])[]): (Decided | null)[] {
  return pairs.map(([time, value]) =>
    inDomain(time, SCORE) && inDomain(value, SCORE)
      ? { ratio: time / value, decision: decide(time, value) }
      : null,
  );
}

/**
 * The decision for one action's scores, `null` when a score is not a whole number from 1 to 5.
 *
 * @param time - time the action takes, 1–5
 * @param value - value the action brings, 1–5
 * @returns the decision, or `null`
 *
 * @example
 * decisionOf(3, 3)
 * //=> "arbitrate"
 * @example
 * decisionOf(5, 0)
 * //=> null
 */
export function decisionOf(time: number, value: number): Decision | null {
  return decideAll([[time, value]])[0]?.decision ?? null;
}

/**
 * What to do with an action on a tie ("Scaler son activité CSM"): keep it human when its value is high (4 or 5), otherwise
 * automate it if a simple tool fits.
 *
 * @param value - the tied action's value, 1–5
 * @returns the hint in both languages
 *
 * @example
 * tieHint(4).en
 * //=> "High value: keep human"
 * @example
 * tieHint(2).fr
 * //=> "Automatiser si un outil simple suffit"
 */
export function tieHint(value: number): Bilingual {
  return value >= HIGH_VALUE ? TIE_HINTS.keep : TIE_HINTS.tool;
}
