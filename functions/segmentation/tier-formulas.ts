/**
 * The segmentation's rule (./rules.ts) as native Excel formulas, so that a workbook re-segments without the
 * add-in: the one home of the tier formulas, for both workbooks that carry them.
 *
 * - {@link tierTableFormulas}: the plan's segments sheet (notebook/segmentation/tables.ts), any number of
 *   tiers, the rules in tables, every step of ./rules.ts: rows the core would not classify stay blank,
 *   potential ARR counts only as a number, strategic industries match as whole text in any case, historical
 *   customers are those signed before a date or the first N by customer since.
 * - {@link namedTierFormulas}: the segmentation template (templates/segmentation.ts), three tiers, the rules
 *   in named cells of its Rules sheet, where typed values are checked by data validation: historical
 *   customers are those signed before a date; strategic industries are counted with COUNTIF.
 *
 * Both compose the same steps — the first tier reached from the top ({@link firstReachedFormula} over
 * {@link reachesFormula}), up one tier for a strategic industry ({@link upOneTierFormula}), the tier's name
 * ({@link tierNameFormula}) and the words of the Moved by column ({@link MOVED_BY_LABELS}) — and keep the
 * differences listed above, which the files they write have always had. Formulas are written without
 * their `=`, with the English function names an .xlsx file stores, and use only functions Excel 2010+
 * and LibreOffice share.
 */
import { LAST_SERIAL } from "../excel/dates";
import type { Bilingual, Language } from "../excel/language";
import { textLiteral } from "../excel/literals";

/** What the Moved by column says, by the overrides that moved the account (none: "—"). */
export const MOVED_BY_LABELS = {
  strategic: { en: "Strategic industry", fr: "Secteur stratégique" },
  historical: { en: "Historical customer", fr: "Client historique" },
  both: { en: "Strategic, then historical", fr: "Stratégique, puis historique" },
  none: { en: "—", fr: "—" },
} as const satisfies Record<string, Bilingual>;

/** A Moved by label as a formula's text literal. */
const movedBy = (key: keyof typeof MOVED_BY_LABELS, language: Language): string =>
  textLiteral(MOVED_BY_LABELS[key][language]);

/**
 * Whether an account reaches a tier's thresholds (step 1): its current ARR reaches the current threshold,
 * or, when potential outweighs current, its potential ARR reaches the potential threshold; a blank (not
 * numeric) threshold reaches nothing.
 *
 * @param current - the account's current ARR and the tier's threshold
 * @param potential - the account's potential ARR, the tier's threshold, the condition under which potential
 *   counts, and whether the potential ARR must itself be a number (else a blank counts as 0)
 * @returns the condition
 *
 * @example
 * reachesFormula({ arr: "B5", min: "HighCurrentMin" }, { arr: "C5", min: "HighPotentialMin", counts: 'UsePotential="Yes"', mustBeNumber: false })
 * //=> 'OR(AND(ISNUMBER(HighCurrentMin),B5>=HighCurrentMin),AND(UsePotential="Yes",ISNUMBER(HighPotentialMin),C5>=HighPotentialMin))'
 */
export function reachesFormula(
  current: { readonly arr: string; readonly min: string },
  potential: {
    readonly arr: string;
    readonly min: string;
    readonly counts: string;
    readonly mustBeNumber: boolean;
  },
): string {
  const { arr, min, counts, mustBeNumber } = potential;
  const number = mustBeNumber ? `ISNUMBER(${arr}),` : "";
  return (
    `OR(AND(ISNUMBER(${current.min}),${current.arr}>=${current.min}),` +
    `AND(${counts},ISNUMBER(${min}),${number}${arr}>=${min}))`
  );
}

/**
 * The first tier from the top whose test holds, the last tier taking every other account (step 1).
 *
 * @param tests - one condition per tier but the last, from the top
 * @param tiers - what each tier gives (its level or its name), one more than the tests
 * @returns the nested IF
 *
 * @example
 * firstReachedFormula(["B5>=100", "B5>=10"], ["1", "2", "3"])
 * //=> "IF(B5>=100,1,IF(B5>=10,2,3))"
 */
export function firstReachedFormula(tests: readonly string[], tiers: readonly string[]): string {
  if (tiers.length !== tests.length + 1) throw new Error("one tier more than tests: the last takes the rest");
  return tests.reduceRight(
    (rest, test, i) => `IF(${test},${tiers[i]},${rest})`,
    // Stryker disable next-line StringLiteral: never used, the check above leaves a last tier after the tests
    tiers[tests.length] ?? "",
  );
}

/**
 * A level moved up one tier when a condition holds (step 2): the level minus 1 or 0.
 *
 * @param level - the level before the step
 * @param movedUp - the condition that moves the account up
 * @returns the expression (unparenthesized)
 *
 * @example
 * upOneTierFormula("[@[ARR level]]", "S5")
 * //=> "[@[ARR level]]-IF(S5,1,0)"
 */
export function upOneTierFormula(level: string, movedUp: string): string {
  return `${level}-IF(${movedUp},1,0)`;
}

/**
 * The name of the tier at a level, blank while the level is.
 *
 * @param level - a reference to the level
 * @param names - the tiers' names in level order (a range or a table column)
 * @returns the formula
 *
 * @example
 * tierNameFormula("[@Level]", "CSMKit_SegmentRules[[Tier]]")
 * //=> 'IF([@Level]="","",INDEX(CSMKit_SegmentRules[[Tier]],[@Level]))'
 */
export function tierNameFormula(level: string, names: string): string {
  return `IF(${level}="","",INDEX(${names},${level}))`;
}

/**
 * The CSMs one tier needs, `CSM.CSMS_NEEDED` for one tier: its workload ÷ what one CSM carries, not
 * rounded; 0 when the capacity is blank or not above 0 (no CSM for that tier).
 *
 * @param workload - the tier's accounts or ARR
 * @param perCsm - what one CSM carries in the tier
 * @returns the formula
 *
 * @example
 * tierCsmsFormula("B5", "E5")
 * //=> "IF(N(E5)>0,B5/E5,0)"
 */
export function tierCsmsFormula(workload: string, perCsm: string): string {
  return `IF(N(${perCsm})>0,${workload}/${perCsm},0)`;
}

/** References the plan's Segments table formulas are written over: its row, its columns, the rules tables. */
export interface TierTableRefs {
  /** Cells of the row: the values read, then the columns the formulas fill. */
  readonly row: {
    readonly currentArr: string;
    readonly potentialArr: string;
    readonly customerSince: string;
    readonly industry: string;
    readonly arrLevel: string;
    readonly level: string;
  };
  /** Whole columns of the Segments table, for the first-N rank. */
  readonly column: { readonly customerSince: string; readonly arrLevel: string };
  /** The tiers' columns of the rules table, in level order: names and thresholds. */
  readonly tiers: { readonly name: string; readonly currentMin: string; readonly potentialMin: string };
  /** The settings, each one value: potential outweighs current (TRUE/FALSE), and step 3's date, N, floor. */
  readonly settings: {
    readonly potentialOutweighs: string;
    readonly before: string;
    readonly firstN: string;
    readonly floor: string;
  };
  /** The strategic industries' column. */
  readonly strategicIndustries: string;
}

/**
 * The formulas of the plan's Segments table (without their `=`): step 1 (ARR level), steps 2 and 3 (Level),
 * the tier's name and what moved the account, for any number of tiers.
 *
 * @param refs - where the row's values, the table's columns and the rules are
 * @param tierCount - how many tiers the rules have
 * @param options - whether an account whose customer since is not a date is left unclassified (the rules'
 *   `badDates: "exclude"`); by default it is segmented by its ARR, the historical rule not applying to it
 * @returns each column's formula; Moved by's by the language of its labels
 *
 * @example
 * tierTableFormulas({ row: { currentArr: "C2", potentialArr: "D2", customerSince: "E2", industry: "F2", arrLevel: "G2", level: "H2" }, column: { customerSince: "E:E", arrLevel: "G:G" }, tiers: { name: "T", currentMin: "CM", potentialMin: "PM" }, settings: { potentialOutweighs: "PO", before: "B", firstN: "N", floor: "FL" }, strategicIndustries: "S" }, 1).arrLevel.endsWith(',1,"")')
 * //=> true
 * @example
 * tierTableFormulas({ row: { currentArr: "C2", potentialArr: "D2", customerSince: "E2", industry: "F2", arrLevel: "G2", level: "H2" }, column: { customerSince: "E:E", arrLevel: "G:G" }, tiers: { name: "T", currentMin: "CM", potentialMin: "PM" }, settings: { potentialOutweighs: "PO", before: "B", firstN: "N", floor: "FL" }, strategicIndustries: "S" }, 3).tier
 * //=> 'IF(H2="","",INDEX(T,H2))'
 */
export function tierTableFormulas(
  refs: TierTableRefs,
  tierCount: number,
  options: { readonly excludeBadDates?: boolean } = {},
) {
  const { row, column, tiers, settings } = refs;
  const { currentArr: cur, potentialArr: pot, customerSince: since, arrLevel: arr, level } = row;
  const blank = (x: string): string => `IF(ISERROR(${x}),FALSE,CLEAN(TRIM(${x}))="")`;
  // A customer since that is a date serial; never an error, whatever the cell holds.
  const dated = `IF(ISNUMBER(${since}),AND(${since}>=1,${since}<=${LAST_SERIAL}),FALSE)`;
  // Classified (./segment.ts): current ARR an amount, potential ARR blank or an amount, and, when the rules
  // exclude bad dates, customer since blank or a date serial. Each test is an IF, so an error in a cell makes
  // the row unclassified.
  const valid =
    `AND(IF(ISNUMBER(${cur}),${cur}>=0,FALSE),IF(ISNUMBER(${pot}),${pot}>=0,${blank(pot)})` +
    (options.excludeBadDates === true
      ? `,IF(ISNUMBER(${since}),AND(${since}>=1,${since}<=${LAST_SERIAL}),${blank(since)}))`
      : ")");
  // Step 1: the first tier from the top whose current threshold, or potential threshold when potential
  // outweighs current, is reached; a blank threshold or potential reaches nothing; the last tier takes the rest.
  const counts = `${settings.potentialOutweighs}=TRUE`;
  const levels = Array.from({ length: tierCount }, (_, i) => String(i + 1));
  const reaches = levels
    .slice(0, -1)
    .map((i) =>
      reachesFormula(
        { arr: cur, min: `INDEX(${tiers.currentMin},${i})` },
        { arr: pot, min: `INDEX(${tiers.potentialMin},${i})`, counts, mustBeNumber: true },
      ),
    );
  const arrLevel = `IF(${valid},${firstReachedFormula(reaches, levels)},"")`;
  // Step 2: a strategic industry (whole text, any case) moves the account up one tier, none above the first.
  // `=` inside SUMPRODUCT rather than COUNTIF: both ignore case, but COUNTIF would read `*`, `?` and a
  // leading `<` or `=` in an industry as criteria.
  const list = refs.strategicIndustries;
  const strategic = `IF(ISTEXT(${row.industry}),SUMPRODUCT((${list}=${row.industry})*(${list}<>""))>0,FALSE)`;
  const movedUp = `IF(${arr}>1,${strategic},FALSE)`;
  const afterStrategic = upOneTierFormula(arr, movedUp);
  // Step 3: signed before the date, or among the first N classified rows by customer since (ties in row
  // order), the account stays at least at the floor level. The rank counts rows by ARR level (step 1),
  // never by Level, which depends on it.
  const { before, firstN, floor } = settings;
  // Rows whose customer since is not a date (kept, by default) are neither historical nor ranked.
  const rank =
    `COUNTIFS(${column.customerSince},"<"&${since},${column.customerSince},">=1",${column.arrLevel},">0")+` +
    `COUNTIFS(INDEX(${column.customerSince},1):${since},${since},INDEX(${column.arrLevel},1):${arr},">0")`;
  const historical =
    `OR(IF(AND(ISNUMBER(${before}),${dated}),${since}<${before},FALSE),` +
    `IF(AND(${dated},N(${firstN})>0),${rank}<=${firstN},FALSE))`;
  // The floor, when it applies; else the last level, which never lowers the level in MIN.
  const held = `IF(ISNUMBER(${floor}),IF(${historical},${floor},${tierCount}),${tierCount})`;
  const levelFormula = `IF(${arr}="","",MIN(${afterStrategic},${held}))`;
  const moved = (language: Language) =>
    `IF(${level}="","",IF(${movedUp},IF(${level}<${arr}-1,${movedBy("both", language)},${movedBy("strategic", language)}),` +
    `IF(${level}<${arr},${movedBy("historical", language)},${movedBy("none", language)})))`;
  return { arrLevel, level: levelFormula, movedBy: moved, tier: tierNameFormula(level, tiers.name) };
}

/** References the segmentation template's Accounts table formulas are written over. */
export interface NamedTierRefs {
  /** Cells of the row: the values typed, then the columns the formulas fill. */
  readonly row: {
    readonly account: string;
    readonly currentArr: string;
    readonly potentialArr: string;
    readonly industry: string;
    readonly customerSince: string;
    readonly arrTier: string;
    readonly level: string;
  };
  /**
   * The tiers from the top: each one's name (a defined name) and, but for the last, its thresholds' cells.
   */
  readonly tiers: readonly {
    readonly name: string;
    readonly currentMin?: string;
    readonly potentialMin?: string;
  }[];
  /** The range of the tiers' names, in level order. */
  readonly tierNames: string;
  /** The condition under which potential ARR counts (step 1). */
  readonly potentialCounts: string;
  /** The strategic industries' column. */
  readonly strategicIndustries: string;
  /** Step 3: the date before which a customer is historical, and the level it stays at least at. */
  readonly historicalBefore: string;
  readonly historicalFloor: string;
}

/** A threshold left out of a named tier: the empty text, no number, reaches nothing as a blank cell does. */
const NO_THRESHOLD = textLiteral("");

/**
 * The formulas of the segmentation template's Accounts table (without their `=`): the ARR tier's name
 * (step 1), the level after steps 2 and 3, the tier's name and what moved the account.
 *
 * @param refs - where the row's values and the named rules are
 * @param language - the language of the Moved by labels
 * @returns each column's formula
 *
 * @example
 * namedTierFormulas({ row: { account: "A5", currentArr: "B5", potentialArr: "C5", industry: "D5", customerSince: "F5", arrTier: "G5", level: "J5" }, tiers: [{ name: "TierHigh", currentMin: "HC", potentialMin: "HP" }, { name: "TierTech" }], tierNames: "Names", potentialCounts: "TRUE", strategicIndustries: "S", historicalBefore: "HB", historicalFloor: "HF" }, "en").tier
 * //=> 'IF(J5="","",INDEX(Names,J5))'
 */
export function namedTierFormulas(refs: NamedTierRefs, language: Language) {
  const { row, tierNames } = refs;
  // Step 1: the first tier whose thresholds the account reaches, from the top.
  const reaches = refs.tiers.slice(0, -1).map((tier) =>
    reachesFormula(
      { arr: row.currentArr, min: tier.currentMin ?? NO_THRESHOLD },
      {
        arr: row.potentialArr,
        min: tier.potentialMin ?? NO_THRESHOLD,
        counts: refs.potentialCounts,
        mustBeNumber: false,
      },
    ),
  );
  const names = refs.tiers.map((tier) => tier.name);
  const arrTier = `IF(${row.account}="","",${firstReachedFormula(reaches, names)})`;
  // The ARR tier's level, 1 to 3.
  const base = `MATCH(${row.arrTier},${tierNames},0)`;
  const strategic = `AND(${row.industry}<>"",COUNTIF(${refs.strategicIndustries},${row.industry})>0)`;
  const movedUp = `AND(${strategic},${base}>1)`;
  // The level after step 2 (strategic industry up one tier).
  const afterStrategic = `(${upOneTierFormula(base, movedUp)})`;
  const { historicalBefore: before, historicalFloor: floor } = refs;
  const historical = `AND(ISNUMBER(${row.customerSince}),${row.customerSince}<${before},ISNUMBER(${floor}))`;
  // Steps 2 and 3: strategic industry up one tier, then historical customers kept at least at their floor.
  const level = `IF(${row.arrTier}="","",IF(${historical},MIN(${floor},${afterStrategic}),${afterStrategic}))`;
  // Which override changed the ARR tier: step 2, step 3, both, or none.
  const heldUp = `AND(${historical},${row.level}<${afterStrategic})`;
  const moved =
    `IF(${row.level}="","",IF(AND(${movedUp},${heldUp}),${movedBy("both", language)},` +
    `IF(${movedUp},${movedBy("strategic", language)},IF(${heldUp},${movedBy("historical", language)},${movedBy("none", language)}))))`;
  return { arrTier, level, movedBy: moved, tier: tierNameFormula(row.level, tierNames) };
}
