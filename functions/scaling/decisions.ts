/**
 * The decisions of the scaling audit (seed 001) for typed scores: Human when time ÷ value < 1, Arbitrate at 1,
 * Automate above. The rule itself lives in {@link scaleRatio} and {@link scaleDecision} (the `CSM.SCALE_RATIO`
 * and `CSM.SCALE_DECISION` functions); this module calls them rather than writing it a second time, so the
 * notebook and the workbook can never disagree.
 */
import type { LocalizedText } from "../excel/errors";
import { scaleDecision, scaleRatio } from "./scaling";

export type Decision = "human" | "arbitrate" | "automate";

/** The decisions, from "keep with the CSM" to "automate". */
export const DECISIONS: readonly Decision[] = ["human", "arbitrate", "automate"];

/** As `CSM.SCALE_DECISION` writes them in each language. */
export const DECISION_LABELS: Readonly<Record<Decision, LocalizedText>> = {
  human: { en: "Human", fr: "Humain" },
  arbitrate: { en: "Arbitrate", fr: "Arbitrer" },
  automate: { en: "Automate", fr: "Automatiser" },
};

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
} as const satisfies Record<string, LocalizedText>;

/** Value from which a tied action stays human (seed 001: "forte et très forte valeur ajoutée", 4 and 5). */
export const HIGH_VALUE = 4;

const BY_ENGLISH_LABEL: Readonly<Record<string, Decision>> = {
  Human: "human",
  Arbitrate: "arbitrate",
  Automate: "automate",
};

/** A scored pair's ratio and decision. */
export interface Decided {
  readonly ratio: number;
  readonly decision: Decision;
}

/**
 * Ratio and decision of many (time, value) pairs in one pass through `CSM.SCALE_RATIO` and
 * `CSM.SCALE_DECISION`. A pair those functions refuse (a score that is not a whole number from 1 to 5)
 * gives `null` at its position.
 *
 * @param pairs - (time, value) pairs
 * @returns one result per pair, in order
 *
 * @example
 * decideAll([[2, 4], [3, 3], [5, 2], [6, 1]])
 * //=> [{ ratio: 0.5, decision: "human" }, { ratio: 1, decision: "arbitrate" }, { ratio: 2.5, decision: "automate" }, null]
 */
export function decideAll(pairs: readonly (readonly [number, number])[]): (Decided | null)[] {
  if (pairs.length === 0) return [];
  const times = pairs.map(([time]) => [time]);
  const values = pairs.map(([, value]) => [value]);
  const ratios = scaleRatio(times, values);
  const decisions = scaleDecision(times, values, "en");
  return pairs.map((_, i) => {
    const ratio = Array.isArray(ratios) ? ratios[i]?.[0] : undefined;
    const label = Array.isArray(decisions) ? decisions[i]?.[0] : undefined;
    const decision = typeof label === "string" ? BY_ENGLISH_LABEL[label] : undefined;
    return typeof ratio === "number" && decision !== undefined ? { ratio, decision } : null;
  });
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
 * What to do with an action on a tie (seed 001): keep it human when its value is high (4 or 5), otherwise
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
export function tieHint(value: number): LocalizedText {
  return value >= HIGH_VALUE ? TIE_HINTS.keep : TIE_HINTS.tool;
}
