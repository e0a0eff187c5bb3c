/** Argument names and number domains that several metrics share. */
import type { NumberDomain } from "./cells";
import type { ArgumentName } from "./messages";

export const AMOUNT: NumberDomain = {
  min: 0,
  expected: { en: "amounts of 0 or more", fr: "des montants positifs ou nuls" },
};

export const RATE: NumberDomain = {
  min: 0,
  max: 1,
  expected: { en: "a rate from 0 to 1 (0.05 for 5 %)", fr: "un taux de 0 à 1 (0,05 pour 5 %)" },
};

export const COUNT: NumberDomain = {
  integer: true,
  min: 0,
  expected: { en: "a whole number of 0 or more", fr: "un nombre entier positif ou nul" },
};

export const START_MRR: ArgumentName = { en: "start_mrr", fr: "mrr_début" };
export const END_MRR: ArgumentName = { en: "end_mrr", fr: "mrr_fin" };
export const GROSS_MARGIN: ArgumentName = { en: "gross_margin", fr: "marge_brute" };
export const ARPA_ARGUMENT: ArgumentName = { en: "arpa", fr: "arpa" };
