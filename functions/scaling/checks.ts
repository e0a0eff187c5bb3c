/**
 * The scaling audit's own input check: its scores, said of one value. The checks every planning core uses
 * (numbers, amounts, messages, item names) are in functions/checks/checks.ts.
 */
import type { NumberRule } from "../checks/checks";
import { SCORE } from "./scaling";

/** Scores of the scaling audit ("Scaler son activité CSM"): `CSM.SCALE_RATIO`'s, said of one value. */
export const SCORE_RULE: NumberRule = {
  ...SCORE,
  expected: { en: "a whole number from 1 to 5", fr: "un nombre entier de 1 à 5" },
};
