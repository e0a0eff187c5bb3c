/**
 * The segmentation workbook ("Scaler son activité CSM"): the portfolio split into high-touch, low-touch and tech-touch tiers by
 * current ARR, potential ARR, strategic industries and tenure, and the CSMs the tiers need (CSM.CSMS_NEEDED:
 * Σ workload ÷ capacity, not rounded), next to the public reference of 1 CSM per 2M ARR.
 *
 * Contract, the same in both languages: tables `Accounts` (account, current ARR, potential ARR, industry,
 * region, customer since, ARR tier, tier, moved by, level) and `StrategicIndustries` (industry, accounts);
 * range name `IndustryNames` (the Accounts table's Industry column: the strategic industries' drop-down);
 * input names `TierHigh`, `TierLow`, `TierTech`, `HighCurrentMin`, `HighPotentialMin`, `LowCurrentMin`,
 * `LowPotentialMin`, `UsePotential`, `HistoricalBefore`, `HistoricalFloor`, `CsmHeadcount`,
 * `ReferenceArrPerCsm`; result names `CsmsNeeded`, `CsmGap`, `CsmsByReference`.
 */
import { textLiteral } from "../functions/excel/literals";
import { MOVED_BY_LABELS, namedTierFormulas } from "../functions/segmentation/tier-formulas";
import { SAMPLE_NOTE } from "./sample";
import {
  ACCOUNT_HEADERS,
  DATE,
  INDUSTRY_NAMES,
  MONEY,
  strategicColumn,
  tierRange,
  YES,
} from "./segmentation-common";
import { COVERAGE_SHEET } from "./segmentation-coverage";
import { RULES_SHEET } from "./segmentation-rules";
import { ACCOUNT_ROWS } from "./segmentation-sample";
import { FORMATS, say, type ColumnSpec, type TableSpec, type TemplateSpec } from "./spec";
import type { Language } from "../functions/excel/language";

/** Where the tier formulas of functions/segmentation/tier-formulas.ts point, for one row. */
const tierFormulas = (row: (key: string) => string, language: Language) =>
  namedTierFormulas(
    {
      row: {
        account: row("account"),
        currentArr: row("current"),
        potentialArr: row("potential"),
        industry: row("industry"),
        customerSince: row("since"),
        arrTier: row("arrTier"),
        level: row("level"),
      },
      tiers: [
        { name: "TierHigh", currentMin: "HighCurrentMin", potentialMin: "HighPotentialMin" },
        { name: "TierLow", currentMin: "LowCurrentMin", potentialMin: "LowPotentialMin" },
        { name: "TierTech" },
      ],
      tierNames: tierRange(language),
      potentialCounts: `UsePotential=${say(YES, language)}`,
      strategicIndustries: strategicColumn(language),
      historicalBefore: "HistoricalBefore",
      historicalFloor: "HistoricalFloor",
    },
    language,
  );

const ACCOUNT_COLUMNS: readonly ColumnSpec[] = [
  { key: "account", header: ACCOUNT_HEADERS.account },
  {
    key: "current",
    header: ACCOUNT_HEADERS.current,
    format: MONEY,
    validation: { kind: "decimal", min: 0, max: 1e12 },
  },
  {
    key: "potential",
    header: ACCOUNT_HEADERS.potential,
    format: MONEY,
    validation: { kind: "decimal", min: 0, max: 1e12 },
  },
  { key: "industry", header: ACCOUNT_HEADERS.industry },
  { key: "region", header: ACCOUNT_HEADERS.region },
  { key: "since", header: ACCOUNT_HEADERS.since, format: DATE, validation: { kind: "date" } },
  {
    key: "arrTier",
    header: ACCOUNT_HEADERS.arrTier,
    // Step 1: the first tier whose thresholds the account reaches, from the top.
    formula: (row, language) => tierFormulas(row, language).arrTier,
  },
  {
    key: "tier",
    header: ACCOUNT_HEADERS.tier,
    formula: (row, language) => tierFormulas(row, language).tier,
  },
  {
    key: "moved",
    header: ACCOUNT_HEADERS.moved,
    // Which override changed the ARR tier: step 2, step 3, both, or none.
    formula: (row, language) => tierFormulas(row, language).movedBy,
  },
  {
    key: "level",
    header: ACCOUNT_HEADERS.level,
    format: FORMATS.integer,
    // Steps 2 and 3: strategic industry up one tier, then historical customers kept at least at their floor.
    formula: (row, language) => tierFormulas(row, language).level,
  },
];

const ACCOUNTS: TableSpec = {
  name: "Accounts",
  at: "A4",
  columns: ACCOUNT_COLUMNS,
  rows: ACCOUNT_ROWS,
  colours: {
    moved: [{ when: `AND($I5<>"",$I5<>${textLiteral(MOVED_BY_LABELS.none.en)})`, colour: "amber" }],
  },
};

export const segmentation: TemplateSpec = {
  name: "segmentation",
  title: { en: "Segmentation", fr: "Segmentation" },
  sheets: [
    {
      key: "accounts",
      name: { en: "Accounts", fr: "Comptes" },
      freezeRows: 4,
      landscape: true,
      widths: { A: 30, B: 13, C: 14, D: 20, E: 21, F: 14, G: 24, H: 24, I: 28, J: 9 },
      tables: [ACCOUNTS],
      cells: [
        {
          at: "A1",
          role: "title",
          value: { en: "Portfolio segmentation", fr: "Segmentation du portefeuille" },
        },
        {
          at: "A2",
          role: "note",
          value: {
            en: "Tier = ARR tier from the thresholds, then strategic industry (up one tier), then historical customer (kept at least at a level): see the Rules sheet.",
            fr: "Palier = palier selon les seuils d'ARR, puis secteur stratégique (un palier de plus), puis client historique (maintenu au moins à un niveau) : voir la feuille Règles.",
          },
        },
        { at: "A3", role: "note", value: SAMPLE_NOTE },
      ],
    },
    RULES_SHEET,
    COVERAGE_SHEET,
  ],
  names: [{ name: INDUSTRY_NAMES, formula: (refs) => refs.column("Accounts", "industry") }],
};
