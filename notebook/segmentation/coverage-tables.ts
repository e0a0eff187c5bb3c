/**
 * The coverage on the segments sheet, as tables that stay live: per tier, the CSMs it needs as formulas over the
 * Segments table (./formulas.ts) beside what one CSM carries; their one-row summary beside the headcount the
 * person types and the public reference; the suggested split between generalist and specialist roles.
 */
import type { CellValue, TableWrite } from "../../addin/workbook-port";
import type { Bilingual, Language } from "../../functions/excel/language";
import {
  coverage,
  REFERENCE_ARR_PER_CSM,
  ROLE_LABELS,
  suggestSpecialists,
  type TierLoad,
} from "../../functions/segmentation/coverage";
import {
  BASIS_LABELS,
  coverageFormulas,
  coverageSummaryFormulas,
  SEGMENT_HEADERS,
  SEGMENT_TABLES,
} from "./formulas";
import { cellOf, FTE, SEGMENT_SHEET, WHOLE, type SegmentWriteInput } from "./sheet";
import { decimalsFor, moneyFormat, planCurrency, type Currency } from "../plan/currency";

/**
 * Coverage per tier (the CSMs it needs as formulas over the Segments table), its one-row summary and the
 * suggested specialists, or the coverage's problems.
 *
 * @param input - what one CSM carries in each tier, the headcount, the reference ARR per CSM
 * @param loads - the tiers' accounts and ARR as the segmentation summed them, in level order
 * @param language - the language of headers and labels
 * @param currency - the plan's currency; the language's when left out
 * @returns the three tables, or none and the problems
 * @example
 * coverageTables({ capacity: [{ basis: "accounts", perCsm: 50 }] }, [{ name: { en: "All", fr: "Tous" }, accounts: 100, currentArr: 1000000 }], "en").tables.map((t) => t.name)
 * //=> ["CSMKit_Coverage", "CSMKit_CoverageSummary", "CSMKit_Specialists"]
 * @example
 * coverageTables({ capacity: [{ perCsm: -1 }] }, [{ name: { en: "All", fr: "Tous" }, accounts: 1, currentArr: 1 }], "en").problems.length
 * //=> 1
 */
export function coverageTables(
  input: NonNullable<SegmentWriteInput["coverage"]>,
  loads: readonly TierLoad[],
  language: Language,
  currency?: Currency,
): { tables: TableWrite[]; problems: Bilingual[] } {
  const capacity = loads.map((_, i) => input.capacity[i] ?? {});
  const computed = coverage({
    tiers: loads,
    capacity,
    headcount: input.headcount ?? null,
    referenceArrPerCsm: input.referenceArrPerCsm ?? null,
  });
  if (!computed.ok) return { tables: [], problems: computed.problems.map((p) => ({ ...p.message })) };
  const h = SEGMENT_HEADERS[language];
  const T = SEGMENT_TABLES;
  const inCurrency = (amounts: Iterable<unknown>) =>
    moneyFormat(planCurrency(currency, language), language, decimalsFor(amounts));
  const money = inCurrency(computed.tiers.map((tier) => tier.currentArr));
  const perTier = coverageFormulas(h, language);
  const tiers: TableWrite = {
    name: T.coverage,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.level, numberFormat: WHOLE },
      { header: h.tier, formula: perTier.tier },
      { header: h.accounts, numberFormat: WHOLE, formula: perTier.accounts },
      { header: h.currentArr, numberFormat: money, formula: perTier.currentArr },
      { header: h.basis },
      { header: h.perCsm },
      { header: h.csmsNeeded, numberFormat: FTE, formula: perTier.csmsNeeded },
      { header: h.reviewsPerYear },
      { header: h.touchPoints },
    ],
    // Formula cells hold what the core computed: the export stores them.
    rows: computed.tiers.map((tier, i): CellValue[] => [
      i + 1,
      tier.name[language],
      tier.accounts,
      tier.currentArr,
      BASIS_LABELS[tier.basis][language],
      tier.perCsm,
      tier.csmsNeeded,
      cellOf(capacity[i]?.reviewsPerYear),
      cellOf(capacity[i]?.touchPoints),
    ]),
  };
  const total = coverageSummaryFormulas(h);
  const summary: TableWrite = {
    name: T.summary,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.csmsNeeded, numberFormat: FTE, formula: total.csmsNeeded },
      { header: h.headcount },
      { header: h.gap, numberFormat: FTE, formula: total.gap },
      { header: h.referenceArrPerCsm, numberFormat: inCurrency([computed.reference.arrPerCsm]) },
      { header: h.referenceCsms, numberFormat: FTE, formula: total.referenceCsms },
    ],
    rows: [
      [
        computed.csmsNeeded,
        computed.headcount,
        computed.gap,
        computed.reference.arrPerCsm ?? REFERENCE_ARR_PER_CSM,
        computed.reference.csmsNeeded,
      ],
    ],
  };
  const split = suggestSpecialists(computed.csmsNeeded);
  const specialists: TableWrite = {
    name: T.specialists,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.role },
      { header: h.share, numberFormat: "0%" },
      { header: h.people, numberFormat: WHOLE },
      { header: h.note },
    ],
    rows: split.roles.map((role, i) => [
      ROLE_LABELS[role.role][language],
      role.share,
      role.people,
      i === 0 ? split.note[language] : null,
    ]),
  };
  return { tables: [tiers, summary, specialists], problems: [] };
}
