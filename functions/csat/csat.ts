import { readNumber, ZERO_IS_BLANK } from "../excel/arguments";
import { scanNumbers, tallyScale, type NumberDomain } from "../excel/cells";
import { ExcelError } from "../excel/errors";
import { strongestError } from "../excel/results";
import type { Bilingual } from "../excel/language";

const SCALE_MAX: NumberDomain = {
  integer: true,
  min: 2,
  max: 100,
  expected: { en: "the top of the scale (5, 7 or 10)", fr: "le haut de l'échelle (5, 7 ou 10)" },
};

/**
 * Customer Satisfaction Score: the share of responses at or above `satisfied_min` — "top-two-box" by default
 * (4 and 5 on a 1–5 scale), as Delighted and Intercom report it. Scales run from 1 to `scale_max`, except a
 * 10-point scale (or larger), which runs from 0. Text among the answers gives `#VALUE!` (even when the
 * scale is wrong too); an answer off the scale, or not a whole number, `#NUM!`; no answer `#DIV/0!`.
 * `scale_max` and `satisfied_min` of 0 read as blank, so their defaults apply: no scale tops at 0, and
 * "satisfied from 0" counts everyone (an empty cell arrives as 0 on Windows desktop).
 *
 * @param scores - survey answers, one per cell
 * @param scaleMax - top of the scale; `null` or 0 for 5
 * @param satisfiedMin - lowest answer that counts as satisfied; `null` or 0 for scale_max − 1
 * @returns the share of satisfied answers, a fraction
 *
 * @example
 * customerSatisfactionScore([[5], [4], [3], [2]], null, null)
 * //=> 0.5
 * @example
 * customerSatisfactionScore([[10], [8], [9], [0]], 10, 9)
 * //=> 0.5
 */
export function customerSatisfactionScore(
  scores: unknown,
  scaleMax: unknown,
  satisfiedMin: unknown,
): number | ExcelError {
  const top = readNumber(scaleMax, { en: "scale_max", fr: "échelle_max" }, SCALE_MAX, 5, ZERO_IS_BLANK);
  if (top instanceof ExcelError) return strongestError([top, unreadableScore(scores)]) ?? top;
  const bottom = top >= 10 ? 0 : 1;
  const threshold = readNumber(
    satisfiedMin,
    { en: "satisfied_min", fr: "satisfait_min" },
    onScale(bottom, top, { en: "a whole number", fr: "un nombre entier" }),
    top - 1,
    ZERO_IS_BLANK,
  );
  let satisfied = 0;
  let responses = 0;
  const limit = typeof threshold === "number" ? threshold : Infinity;
  const counts = tallyScale(
    scores,
    { en: "scores", fr: "notes" },
    onScale(bottom, top, { en: "whole numbers", fr: "des nombres entiers" }),
  );
  const problem = counts instanceof ExcelError ? counts : undefined;
  if (!(counts instanceof ExcelError)) {
    for (let score = bottom; score <= top; score++) {
      const count = counts[score - bottom] as number;
      responses += count;
      if (score >= limit) satisfied += count;
    }
  }
  const error = strongestError([problem, threshold]);
  if (error !== undefined) return error;
  return responses === 0 ? new ExcelError("#DIV/0!") : satisfied / responses;
}

/**
 * With the scale unreadable, what among the scores still outranks it: an error cell (rule 1 of the
 * precedence) or an answer that is not a number (`#VALUE!`). Numbers are not checked against a scale that is
 * not known.
 */
function unreadableScore(scores: unknown): ExcelError | undefined {
  return scanNumbers(
    scores,
    { en: "scores", fr: "notes" },
    { expected: { en: "whole numbers", fr: "des nombres entiers" } },
    () => undefined,
  );
}

/** The whole numbers of a scale, for an answer or a threshold. */
function onScale(bottom: number, top: number, what: Bilingual): NumberDomain {
  return {
    integer: true,
    min: bottom,
    max: top,
    expected: { en: `${what.en} from ${bottom} to ${top}`, fr: `${what.fr} de ${bottom} à ${top}` },
  };
}
