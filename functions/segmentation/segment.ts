/**
 * Segments a portfolio into tiers by the rules of ./rules.ts (ARR tier, then strategic industry, then
 * historical customer). Nothing is dropped silently: every input row is classified, or unclassified with its
 * reasons, or counted as a blank row. A row is unclassified when its account is missing or already given by
 * an earlier row (the first keeps it), when its current ARR is missing, not a number or negative, or when
 * its potential ARR is given but not an amount of 0 or more. A customer since given but not a date leaves the
 * row segmented by its ARR with a warning, the historical rule not applying to it; or unclassified when the
 * rules say `badDates: "exclude"`.
 * A blank potential ARR reaches no potential threshold; a blank industry or customer since triggers no
 * override, as in the workbook. Built for speed: typed arrays, one pass plus one for the first N historical
 * customers, and messages written only for rows with a problem.
 */
import type { Problem } from "../checks/checks";
import { accountId, empty, historicalRows, rowProblem, type RowProblem } from "./rows";
import { compileRules, dateSerial, type CompiledRules, type SegmentationRules } from "./rules";
import type { Bilingual } from "../excel/language";

/** One account as mapped from the user's table; cells as Excel or a .csv import give them. */
export interface AccountRow {
  /** The account's id or name: a text or a number. */
  readonly account?: unknown;
  /** An amount of 0 or more. */
  readonly currentArr?: unknown;
  /** An amount of 0 or more, or blank. */
  readonly potentialArr?: unknown;
  readonly industry?: unknown;
  readonly region?: unknown;
  /** `"YYYY-MM-DD"`, an Excel date serial or a `Date`, or blank. */
  readonly customerSince?: unknown;
}

/** The overrides, in the order they apply. */
export type { RowProblem, RowReason } from "./rows";

export type Override = "strategic" | "historical";

export interface ClassifiedAccount {
  readonly status: "classified";
  /** 0-based position in the input rows. */
  readonly row: number;
  readonly account: string;
  /** The tier after the overrides, from 0 (the highest touch). */
  readonly tier: number;
  readonly tierName: Bilingual;
  /** The tier by ARR alone (step 1). */
  readonly arrTier: number;
  /** The overrides that moved the account, in the order they applied; empty when none did. */
  readonly movedBy: readonly Override[];
}

export interface UnclassifiedAccount {
  readonly status: "unclassified";
  readonly row: number;
  /** `null` when the account is missing. */
  readonly account: string | null;
  readonly reasons: readonly RowProblem[];
}

export interface TierSummary {
  readonly name: Bilingual;
  readonly accounts: number;
  readonly currentArr: number;
  /** Blank potential ARR counts 0. */
  readonly potentialArr: number;
}

export interface Segmentation {
  readonly ok: true;
  /** One entry per row that is not blank, in input order. */
  readonly accounts: readonly (ClassifiedAccount | UnclassifiedAccount)[];
  readonly tiers: readonly TierSummary[];
  /** Input rows: classified + unclassified + blankRows. */
  readonly rows: number;
  readonly classified: number;
  readonly unclassified: number;
  readonly blankRows: number;
  /** Every row problem, in row order. */
  readonly problems: readonly RowProblem[];
  /**
   * Rows segmented despite a problem, in row order: a customer since that is not a date, when the rules keep
   * such accounts (the default: the historical rule does not apply to them).
   */
  readonly warnings: readonly RowProblem[];
}

/** How the rows are numbered in messages. */
export interface SegmentOptions {
  /** The row number the person sees for the first row (2 under a header row); 1 when not said. */
  readonly firstRow?: number;
}

export interface SegmentationProblems {
  readonly ok: false;
  readonly problems: readonly Problem[];
}

const NONE: readonly Override[] = Object.freeze([]);
const STRATEGIC: readonly Override[] = Object.freeze(["strategic"]);
const HISTORICAL: readonly Override[] = Object.freeze(["historical"]);
const BOTH: readonly Override[] = Object.freeze(["strategic", "historical"]);

/**
 * Segments accounts by the rules (order and defaults as the workbook's Rules sheet: see ./rules.ts). Bad
 * rules give `{ ok: false, problems }`; bad rows are listed as unclassified with their reasons.
 *
 * @param rows - the accounts, one object per row of the user's table
 * @param rules - tiers and overrides; {@link DEFAULT_SEGMENTATION_RULES} are the workbook's
 * @param options - how rows are numbered in messages
 * @returns each account's tier, the per-tier counts and ARR, and the row problems
 *
 * @example
 * segmentAccounts([{ account: "Acme", currentArr: 120000 }], { tiers: [{ name: { en: "High", fr: "Haut" }, currentMin: 100000 }, { name: { en: "Tech", fr: "Digital" } }], potentialOutweighs: false }).accounts[0].tier
 * //=> 0
 * @example
 * segmentAccounts([{ account: "Acme", currentArr: 9000, industry: "Health" }], { tiers: [{ name: { en: "High", fr: "Haut" }, currentMin: 100000 }, { name: { en: "Tech", fr: "Digital" } }], potentialOutweighs: false, strategicIndustries: ["health"] }).accounts[0].movedBy
 * //=> ["strategic"]
 * @example
 * segmentAccounts([{ account: "Acme", currentArr: "12k" }], { tiers: [{ name: { en: "All", fr: "Tous" } }], potentialOutweighs: false }).problems[0].message.en
 * //=> 'Row 1 (Acme), current ARR: expected an amount of 0 or more, got the text "12k".'
 * @example
 * segmentAccounts([{ account: "Acme", currentArr: 5, customerSince: "soon" }], { tiers: [{ name: { en: "All", fr: "Tous" } }], potentialOutweighs: false }, { firstRow: 2 }).warnings[0].message.en
 * //=> 'Row 2 (Acme), customer since: expected a date (YYYY-MM-DD or an Excel date), got the text "soon". The account is segmented by its ARR; the historical-customers rule does not apply to it.'
 */
export function segmentAccounts(
  rows: readonly (AccountRow | null | undefined)[],
  rules: SegmentationRules,
  options: SegmentOptions = {},
): Segmentation | SegmentationProblems {
  const compiled = compileRules(rules);
  if (!compiled.ok) return compiled;
  const input: readonly unknown[] = Array.isArray(rows) ? rows : [];
  const firstRow = options.firstRow;
  return segmentCompiled(
    input,
    compiled.rules,
    typeof firstRow === "number" && Number.isInteger(firstRow) && firstRow >= 1 ? firstRow : 1,
  );
}

/** The warning of a row kept although its customer since is not a date. */
function keptDespiteDate(problem: RowProblem): RowProblem {
  return {
    ...problem,
    message: {
      en: `${problem.message.en} The account is segmented by its ARR; the historical-customers rule does not apply to it.`,
      fr: `${problem.message.fr} Le compte est segmenté selon son ARR ; la règle des clients historiques ne s'applique pas à lui.`,
    },
  };
}

function segmentCompiled(input: readonly unknown[], rules: CompiledRules, firstRow: number): Segmentation {
  const n = input.length;
  const tierCount = rules.tiers.length;
  const last = tierCount - 1;
  const { currentMin, potentialMin, potentialOutweighs, strategic, floorTier } = rules;
  const before = rules.historicalBefore;
  // Per row: the ARR tier (-1 unclassified, -2 blank), the tier after step 2, customer since (NaN: none).
  const arrTier = new Int32Array(n);
  const afterStrategic = new Int32Array(n);
  const since = new Float64Array(n);
  const current = new Float64Array(n);
  const potential = new Float64Array(n);
  const ids: (string | null)[] = new Array<string | null>(n);
  const reasons = new Map<number, RowProblem[]>();
  const seen = new Map<string, number>();
  const industryCache = new Map<string, boolean>();
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const report = (row: number, problem: RowProblem) => {
    problems.push(problem);
    const list = reasons.get(row);
    if (list) list.push(problem);
    else reasons.set(row, [problem]);
  };
  let blankRows = 0;
  for (let i = 0; i < n; i++) {
    const raw = input[i];
    const row: AccountRow = typeof raw === "object" && raw !== null ? raw : {};
    const { account, currentArr, potentialArr, industry, region, customerSince } = row;
    if (
      empty(account) &&
      empty(currentArr) &&
      empty(potentialArr) &&
      empty(industry) &&
      empty(region) &&
      empty(customerSince)
    ) {
      arrTier[i] = -2;
      ids[i] = null;
      blankRows++;
      continue;
    }
    const id = accountId(account);
    ids[i] = id;
    let bad = false;
    if (id === null) {
      report(i, rowProblem(i, null, "account", account, -1, firstRow));
      bad = true;
    } else {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else {
        report(i, rowProblem(i, id, "account", account, first, firstRow));
        bad = true;
      }
    }
    let c = NaN;
    if (typeof currentArr === "number" && currentArr >= 0 && currentArr < Infinity) c = currentArr;
    else {
      report(i, rowProblem(i, id, "currentArr", currentArr, -1, firstRow));
      bad = true;
    }
    let p = NaN;
    if (typeof potentialArr === "number" && potentialArr >= 0 && potentialArr < Infinity) p = potentialArr;
    else if (!empty(potentialArr)) {
      report(i, rowProblem(i, id, "potentialArr", potentialArr, -1, firstRow));
      bad = true;
    }
    let s = NaN;
    if (!empty(customerSince)) {
      const serial = dateSerial(customerSince);
      if (serial === null) {
        const problem = rowProblem(i, id, "customerSince", customerSince, -1, firstRow);
        // A row already unclassified lists the date among its problems; a row kept says why in a warning.
        if (rules.excludeBadDates || bad) {
          report(i, problem);
          bad = true;
        } else warnings.push(keptDespiteDate(problem));
      } else s = serial;
    }
    if (bad) {
      arrTier[i] = -1;
      continue;
    }
    current[i] = c;
    potential[i] = p;
    since[i] = s;
    // Step 1: NaN thresholds (blank) and NaN potential never compare true.
    let t = 0;
    if (potentialOutweighs)
      while (t < last && !(c >= (currentMin[t] ?? NaN) || p >= (potentialMin[t] ?? NaN))) t++;
    else while (t < last && !(c >= (currentMin[t] ?? NaN))) t++;
    arrTier[i] = t;
    // Step 2.
    if (t > 0 && strategic.size > 0 && typeof industry === "string" && industry !== "") {
      let hit = industryCache.get(industry);
      if (hit === undefined) {
        hit = strategic.has(industry.toLowerCase());
        industryCache.set(industry, hit);
      }
      if (hit) t--;
    }
    afterStrategic[i] = t;
  }
  const tierNames = rules.tiers.map((definition) => definition.name);
  const historical = historicalRows(arrTier, since, before, rules.historicalFirstN, floorTier);

  const counts = new Float64Array(tierCount);
  const currentSums = new Float64Array(tierCount);
  const potentialSums = new Float64Array(tierCount);
  const accounts: (ClassifiedAccount | UnclassifiedAccount)[] = new Array(n - blankRows);
  let k = 0;
  let classified = 0;
  for (let i = 0; i < n; i++) {
    const base = arrTier[i] ?? -2;
    if (base === -2) continue;
    if (base === -1) {
      accounts[k++] = {
        status: "unclassified",
        row: i,
        account: ids[i] ?? null,
        reasons: reasons.get(i) ?? [],
      };
      continue;
    }
    const step2 = afterStrategic[i] ?? base;
    // Step 3: kept at least at the floor tier.
    const held = historical !== null && historical[i] === 1 && floorTier < step2;
    const tier = held ? floorTier : step2;
    const movedUp = step2 < base;
    const movedBy = movedUp ? (held ? BOTH : STRATEGIC) : held ? HISTORICAL : NONE;
    counts[tier] = (counts[tier] ?? 0) + 1;
    currentSums[tier] = (currentSums[tier] ?? 0) + (current[i] ?? 0);
    const p = potential[i] ?? NaN;
    if (p === p) potentialSums[tier] = (potentialSums[tier] ?? 0) + p;
    classified++;
    accounts[k++] = {
      status: "classified",
      row: i,
      account: ids[i] as string,
      tier,
      tierName: tierNames[tier] as Bilingual,
      arrTier: base,
      movedBy,
    };
  }
  const tiers: TierSummary[] = rules.tiers.map((definition, t) => ({
    name: definition.name,
    accounts: counts[t] ?? 0,
    currentArr: currentSums[t] ?? 0,
    potentialArr: potentialSums[t] ?? 0,
  }));
  return {
    ok: true,
    accounts,
    tiers,
    rows: n,
    classified,
    unclassified: n - blankRows - classified,
    blankRows,
    problems,
    warnings,
  };
}
