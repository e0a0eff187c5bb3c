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
  const groups = npsGroups(scores);
  if (groups instanceof ExcelError) return groups;
  if (groups.responses === 0) return new ExcelError("#DIV/0!");
  return ((groups.promoters - groups.detractors) * 100) / groups.responses;
}

/** How many answers fall in each NPS group; what the score is computed from. */
export interface NpsGroups {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly responses: number;
}

/**
 * Counts promoters (9–10), passives (7–8) and detractors (0–6) with the same reading of the range as
 * {@link netPromoterScore}: blanks skipped, text `#VALUE!`, out-of-scale `#NUM!`, errors passed through.
 *
 * @param scores - a range of answers, 0–10
 * @returns the counts, or an Excel error value
 *
 * @example
 * npsGroups([[10], [9], [8], [6], [""]]).detractors
 * //=> 1
 */
export function npsGroups(scores: unknown): NpsGroups | ExcelError {
  const counts = tallyScale(scores, SCORES, NPS_SCORE);
  if (counts instanceof ExcelError) return counts;
  let responses = 0;
  for (const count of counts) responses += count;
  const promoters = (counts[9] as number) + (counts[10] as number);
  const passives = (counts[7] as number) + (counts[8] as number);
  return { promoters, passives, detractors: responses - promoters - passives, responses };
}
