/**
 * The fields of a portfolio, what each is called, and the columns of the segmentation's output tables, by
 * key, in order. Keys are language-neutral: the views and the workbook writer put them in the person's
 * language.
 */
import type { AccountRow } from "../../functions/segmentation/segment";
import type { Bilingual } from "../../functions/excel/language";

/** The fields of a portfolio, in the order of the portfolio table's columns. */
export const PORTFOLIO_COLUMNS = [
  "account",
  "currentArr",
  "potentialArr",
  "industry",
  "region",
  "customerSince",
] as const satisfies readonly (keyof AccountRow)[];

/** A field of the portfolio. */
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];

/** The fields a portfolio cannot be segmented without. */
export const REQUIRED_COLUMNS: readonly PortfolioColumn[] = ["account", "currentArr"];

const FIELD_NAMES: Readonly<Record<PortfolioColumn, Bilingual>> = {
  account: { en: "account", fr: "compte" },
  currentArr: { en: "current ARR", fr: "ARR actuel" },
  potentialArr: { en: "potential ARR", fr: "ARR potentiel" },
  industry: { en: "industry", fr: "secteur" },
  region: { en: "region", fr: "région" },
  customerSince: { en: "customer since", fr: "client depuis" },
};

/** What a field is called, in both languages. */
export const fieldName = (field: PortfolioColumn): Bilingual => FIELD_NAMES[field];

/** Column keys of each output table, in order. */
export const SEGMENT_COLUMNS = {
  portfolio: PORTFOLIO_COLUMNS,
  segments: ["row", ...PORTFOLIO_COLUMNS, "arrTier", "tier", "movedBy", "status"],
  segmentTiers: ["level", "nameEn", "nameFr", "accounts", "currentArr", "potentialArr"],
  coverage: [
    "level",
    "nameEn",
    "nameFr",
    "accounts",
    "currentArr",
    "basis",
    "perCsm",
    "csmsNeeded",
    "arrPerCsm",
    "reviewsPerYear",
    "touchPoints",
  ],
  specialists: ["role", "share", "people"],
} as const;
