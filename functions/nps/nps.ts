import { tallyScale, type ArgumentName, type NumberDomain } from "../excel/cells";
import { ExcelError } from "../excel/errors";

const SCORES: ArgumentName = { en: "scores", fr: "notes" };

const NPS_SCORE: NumberDomain = {
  integer: true,
  min: 0,
  max: 10,
  expected: { en: "whole numbers from 0 to 10", fr: "des nombres entiers de 0 à 10" },
};

/**
 * Net Promoter Score: the percentage of promoters (answers 9–10) minus the percentage of detractors (0–6),
 * over every answer given. Passives (7–8) count in the total only. The result runs from −100 to 100, as the
 * industry quotes it (Bain & Company; Delighted's worked example: 10 promoters, 5 passives, 5 detractors → 25).
 *
 * Blanks are "not asked" and are skipped. An answer that is not a whole number from 0 to 10 gives `#NUM!`;
 * text gives `#VALUE!`; no answer at all gives `#DIV/0!`; an error in a cell is passed through.
 * Complexity: one pass over the range, O(n), no allocation per answer.
 *
 * @param scores - a range of answers to "How likely are you to recommend us?", 0–10
 * @returns the score, −100…100, or an Excel error value
 *
 * @example
 * netPromoterScore([[10], [9], [8], [6], [""]])
 * //=> 25
 * @example
 * netPromoterScore([[11]]).code
 * //=> "#NUM!"
 */
export function netPromoterScore(scores: unknown): number | ExcelError {
  const counts = tallyScale(scores, SCORES, NPS_SCORE);
  if (counts instanceof ExcelError) return counts;
  let responses = 0;
  for (const count of counts) responses += count;
  const promoters = (counts[9] as number) + (counts[10] as number);
  const detractors = responses - promoters - (counts[7] as number) - (counts[8] as number);
  if (responses === 0) return new ExcelError("#DIV/0!");
  return ((promoters - detractors) * 100) / responses;
}
