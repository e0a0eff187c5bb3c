/**
 * What the segmentation sheets share: the tables' headers (structured references use them), where the tier
 * names lie on the Rules sheet, number formats and small formula helpers.
 */
import { FORMATS } from "./spec";
import type { Bilingual, Language } from "../functions/excel/language";

/** Amounts and dates padded on the right, so that they do not run into the text of the next column. */
export const MONEY = `${FORMATS.money}_)`;
export const DATE = FORMATS.date;

export const YES: Bilingual = { en: "Yes", fr: "Oui" };
export const NO: Bilingual = { en: "No", fr: "Non" };

export const RULES_NAME: Bilingual = { en: "Rules", fr: "Règles" };
/** The three tier names, level 1 to 3, on the Rules sheet. */
export const TIER_ROWS = [10, 11, 12] as const;
export const tierRange = (language: Language) =>
  `'${RULES_NAME[language]}'!$B$${TIER_ROWS[0]}:$B$${TIER_ROWS[2]}`;
export const TIER_NAMES = ["TierHigh", "TierLow", "TierTech"] as const;

export const ACCOUNT_HEADERS = {
  account: { en: "Account", fr: "Compte" },
  current: { en: "Current ARR", fr: "ARR actuel" },
  potential: { en: "Potential ARR", fr: "ARR potentiel" },
  industry: { en: "Industry", fr: "Secteur" },
  region: { en: "Region", fr: "Région" },
  since: { en: "Customer since", fr: "Client depuis" },
  arrTier: { en: "ARR tier", fr: "Palier selon ARR" },
  tier: { en: "Tier", fr: "Palier" },
  moved: { en: "Moved by", fr: "Modifié par" },
  level: { en: "Level", fr: "Niveau" },
} as const satisfies Record<string, Bilingual>;

export const STRATEGIC_HEADERS = {
  industry: { en: "Strategic industry", fr: "Secteur stratégique" },
  accounts: { en: "Accounts", fr: "Comptes" },
} as const satisfies Record<string, Bilingual>;

/** The defined name of the Accounts table's Industry column: the strategic industries' drop-down. */
export const INDUSTRY_NAMES = "IndustryNames";

export const strategicColumn = (language: Language) =>
  `StrategicIndustries[[${STRATEGIC_HEADERS.industry[language]}]]`;

export const money = { kind: "decimal", min: 0, max: 1e12 } as const;
