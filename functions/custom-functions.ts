/**
 * The CSM custom functions: thin `@customfunction` wrappers over the pure modules. The metadata generator
 * reads this file (ids, descriptions, parameter types) into functions.json and registers each function with
 * `CustomFunctions.associate`; the functions themselves are in the modules they call.
 *
 * Every range parameter is `any[][]` so that blanks, text and errors arrive as they are.
 */
import { scalarResult } from "./excel/boundary";
import { netPromoterScore } from "./nps/nps";

/**
 * Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to 100. Blanks are skipped.
 * @customfunction NPS
 * @param scores Survey answers from 0 to 10, one per cell; blank cells are skipped.
 * @returns The Net Promoter Score, from −100 to 100.
 */
export function nps(scores: any[][]): number {
  return scalarResult(() => netPromoterScore(scores));
}
