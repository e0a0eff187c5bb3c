/**
 * The segmentation's rules ("Scaler son activité CSM", "Les clients"): tiers by current and potential ARR, then the overrides
 * the article asks about, in the order the workbook's Rules sheet documents (templates/segmentation-rules.ts):
 * 1. ARR tier: the first tier, from the top, whose current ARR threshold is reached, or whose potential ARR
 *    threshold is when potential outweighs current value; a blank threshold is not used; the last tier takes
 *    every other account (its thresholds are not used);
 * 2. strategic industry: an account of a listed industry moves up one tier (none above the first);
 * 3. historical customer: signed before a date, or among the first N by customer since, an account stays at
 *    least at a given tier.
 * Each step starts from the previous one's result. Tiers are numbered from 0, the highest touch; the
 * workbook's level is tier + 1. This module checks the rules and turns them into what the segmentation loop
 * reads; a bad rule is a problem, never a throw.
 */
import { DAY_MS, EXCEL_EPOCH, excelSerial, LAST_SERIAL } from "../excel/dates";
import {
  AMOUNT_RULE,
  checkNumber,
  COUNT_RULE,
  describeValue,
  expected,
  type NumberRule,
  type Problem,
} from "../checks/checks";
import { isBlank } from "../excel/cells";
import type { Bilingual, Language } from "../excel/language";

/** One tier, from the highest touch down. */
export interface TierDefinition {
  readonly name: Bilingual;
  /** Current ARR at least; blank (`null` or left out): not used. */
  readonly currentMin?: number | null;
  /** Potential ARR at least, used only when potential outweighs current value; blank: not used. */
  readonly potentialMin?: number | null;
}

/** Historical customers (step 3): signed before a date, or the first N by customer since, or both. */
export interface HistoricalRule {
  /** Customer since strictly before this date: `"YYYY-MM-DD"` or an Excel date serial; blank: not used. */
  readonly before?: string | number | null;
  /** The first N accounts by customer since (ties in row order); blank: not used. */
  readonly firstN?: number | null;
  /** The tier such an account stays at least at, from 0 (the highest touch). */
  readonly floorTier: number;
}

export interface SegmentationRules {
  /** From the highest touch down; at least one. */
  readonly tiers: readonly TierDefinition[];
  /** Whether potential ARR alone can lift an account into a tier (step 1). */
  readonly potentialOutweighs: boolean;
  /** Step 2; matched as the workbook's COUNTIF does: whole text, whatever the case. */
  readonly strategicIndustries?: readonly string[];
  /** Step 3; left out or `null`: no account is kept. */
  readonly historical?: HistoricalRule | null;
  /**
   * An account whose customer since is not a date: `"keep"` (the default, left out or `null`) segments it by
   * its ARR, the historical rule not applying to it; `"exclude"` leaves it unclassified.
   */
  readonly badDates?: "keep" | "exclude" | null;
}

/** The workbook's default tiers (templates/segmentation-sample.ts, `DEFAULT_RULES`). */
export const DEFAULT_TIERS: readonly TierDefinition[] = [
  { name: { en: "High touch", fr: "Accompagnement dédié" }, currentMin: 100_000, potentialMin: 250_000 },
  { name: { en: "Low touch", fr: "Accompagnement allégé" }, currentMin: 25_000, potentialMin: 75_000 },
  { name: { en: "Tech touch", fr: "Accompagnement digital" } },
];

/**
 * The workbook's default rules: its tiers, potential outweighing current value, customers since before
 * 2019-01-01 kept at least in low touch. No strategic industry: they depend on the portfolio's own names.
 */
export const DEFAULT_SEGMENTATION_RULES: SegmentationRules = {
  tiers: DEFAULT_TIERS,
  potentialOutweighs: true,
  strategicIndustries: [],
  historical: { before: "2019-01-01", floorTier: 1 },
};

/** Rules as the segmentation loop reads them: thresholds as numbers, `NaN` where not used. */
export interface CompiledRules {
  readonly tiers: readonly TierDefinition[];
  readonly currentMin: Float64Array;
  readonly potentialMin: Float64Array;
  readonly potentialOutweighs: boolean;
  /** Strategic industries in lower case. */
  readonly strategic: ReadonlySet<string>;
  /** Excel serial of the historical date; `NaN` when not used. */
  readonly historicalBefore: number;
  /** 0 when not used. */
  readonly historicalFirstN: number;
  /** -1 when no account is kept. */
  readonly floorTier: number;
  /** Whether an account whose customer since is not a date is left unclassified. */
  readonly excludeBadDates: boolean;
}

/**
 * A date as an Excel serial (the 1900 date system): a `"YYYY-MM-DD"` text, a serial from 1 to 2,958,465
 * (9999-12-31; a time of day is kept as the fraction), or a valid `Date` (its UTC day). `null` otherwise.
 *
 * @param value - the cell's value
 * @returns the serial, or `null` when it is not a date
 *
 * @example
 * dateSerial("2019-01-01")
 * //=> 43466
 * @example
 * dateSerial(43466.5)
 * //=> 43466.5
 * @example
 * dateSerial("01/01/2019")
 * //=> null
 */
export function dateSerial(value: unknown): number | null {
  if (typeof value === "number") return value >= 1 && value <= LAST_SERIAL ? value : null;
  if (typeof value === "string") return excelSerial(value);
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isFinite(time)) return null;
    return dateSerial(Math.floor((time - EXCEL_EPOCH) / DAY_MS));
  }
  return null;
}

const say = (en: string, fr: string): Bilingual => ({ en, fr });

/**
 * An optional number: `null` when blank, the number when it fits the rule; otherwise `null`, and the problem
 * is added to the list.
 *
 * @param value - the value received
 * @param rule - the numbers accepted
 * @param subject - what the value is, in both languages
 * @param field - the input field, for the problem
 * @param problems - where a problem is added
 * @returns the number, or `null`
 *
 * @example
 * optionalNumber("", { min: 0, expected: { en: "0 or more", fr: "0 ou plus" } }, { en: "N", fr: "N" }, "n", [])
 * //=> null
 * @example
 * optionalNumber(4, { min: 0, expected: { en: "0 or more", fr: "0 ou plus" } }, { en: "N", fr: "N" }, "n", [])
 * //=> 4
 */
export function optionalNumber(
  value: unknown,
  rule: NumberRule,
  subject: Bilingual,
  field: string,
  problems: Problem[],
): number | null {
  if (isBlank(value)) return null;
  const message = checkNumber(value, rule, subject);
  if (message) problems.push({ field, message });
  return message ? null : (value as number);
}

/** A threshold: blank is `NaN` (not used), an amount of 0 or more is itself; otherwise a problem. */
function threshold(value: unknown, index: number, field: "currentMin" | "potentialMin", problems: Problem[]) {
  if (isBlank(value)) return NaN;
  const what =
    field === "currentMin"
      ? say("current ARR at least", "ARR actuel au moins")
      : say("potential ARR at least", "ARR potentiel au moins");
  const message = checkNumber(
    value,
    AMOUNT_RULE,
    say(`Tier ${index + 1}, ${what.en}`, `Palier ${index + 1}, ${what.fr}`),
  );
  if (message) problems.push({ field: `tiers.${field}`, index, message });
  return message ? NaN : (value as number);
}

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/**
 * Checks segmentation rules and compiles them for {@link segmentAccounts}. Never throws: bad rules give the
 * list of problems, each with its field and a message in English and French.
 *
 * @param rules - tiers, whether potential outweighs current, strategic industries, historical customers
 * @returns `{ ok: true, rules }`, or `{ ok: false, problems }`
 *
 * @example
 * compileRules({ tiers: [{ name: { en: "All", fr: "Tous" } }], potentialOutweighs: false }).ok
 * //=> true
 * @example
 * compileRules({ tiers: [{ name: { en: "Top", fr: "Haut" }, currentMin: -1 }, { name: { en: "Rest", fr: "Reste" } }], potentialOutweighs: true }).problems[0].message.en
 * //=> "Tier 1, current ARR at least: expected an amount of 0 or more, got -1."
 */
export function compileRules(
  rules: SegmentationRules,
):
  | { readonly ok: true; readonly rules: CompiledRules }
  | { readonly ok: false; readonly problems: readonly Problem[] } {
  const given: Partial<Record<keyof SegmentationRules, unknown>> =
    typeof rules === "object" && rules !== null ? rules : {};
  const problems: Problem[] = [];
  const tiers: readonly unknown[] = Array.isArray(given.tiers) ? given.tiers : [];
  if (tiers.length === 0)
    problems.push({
      field: "tiers",
      message: expected(
        say("Tiers", "Paliers"),
        say("at least one tier", "au moins un palier"),
        Array.isArray(given.tiers) ? say("none", "aucun") : describeValue(given.tiers),
      ),
    });
  const currentMin = new Float64Array(tiers.length);
  const potentialMin = new Float64Array(tiers.length);
  tiers.forEach((raw, index) => {
    const tier: Partial<Record<keyof TierDefinition, unknown>> =
      typeof raw === "object" && raw !== null ? raw : {};
    const name: Partial<Record<Language, unknown>> =
      typeof tier.name === "object" && tier.name !== null ? tier.name : {};
    if (!isText(name.en) || !isText(name.fr))
      problems.push({
        field: "tiers.name",
        index,
        message: say(`Tier ${index + 1}: give it a name.`, `Palier ${index + 1} : donnez-lui un nom.`),
      });
    currentMin[index] = threshold(tier.currentMin, index, "currentMin", problems);
    potentialMin[index] = threshold(tier.potentialMin, index, "potentialMin", problems);
  });
  if (typeof given.potentialOutweighs !== "boolean")
    problems.push({
      field: "potentialOutweighs",
      message: expected(
        say("Potential outweighs current", "Le potentiel prime"),
        say("yes or no (true or false)", "oui ou non (true ou false)"),
        describeValue(given.potentialOutweighs),
      ),
    });
  const strategic = new Set<string>();
  const industries = given.strategicIndustries;
  if (Array.isArray(industries)) {
    industries.forEach((industry: unknown, index) => {
      if (typeof industry === "string") {
        if (industry !== "") strategic.add(industry.toLowerCase());
      } else
        problems.push({
          field: "strategicIndustries",
          index,
          message: expected(
            say(`Strategic industry ${index + 1}`, `Secteur stratégique ${index + 1}`),
            say("a text", "un texte"),
            describeValue(industry),
          ),
        });
    });
  } else if (!isBlank(industries))
    problems.push({
      field: "strategicIndustries",
      message: expected(
        say("Strategic industries", "Secteurs stratégiques"),
        say("a list", "une liste"),
        describeValue(industries),
      ),
    });
  const historical = compileHistorical(given.historical, tiers.length, problems);
  const badDates = given.badDates;
  if (!isBlank(badDates) && badDates !== "keep" && badDates !== "exclude")
    problems.push({
      field: "badDates",
      message: expected(
        say("Accounts whose customer since is not a date", "Comptes dont la date client n'est pas une date"),
        say('"keep" or "exclude"', "« keep » (garder) ou « exclude » (écarter)"),
        describeValue(badDates),
      ),
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    rules: {
      tiers: tiers as readonly TierDefinition[],
      currentMin,
      potentialMin,
      potentialOutweighs: given.potentialOutweighs === true,
      strategic,
      ...historical,
      excludeBadDates: badDates === "exclude",
    },
  };
}

function compileHistorical(raw: unknown, tierCount: number, problems: Problem[]) {
  const off = { historicalBefore: NaN, historicalFirstN: 0, floorTier: -1 };
  if (isBlank(raw)) return off;
  const rule: Partial<Record<keyof HistoricalRule, unknown>> | null =
    typeof raw === "object" && !Array.isArray(raw) ? raw : null;
  if (rule === null) {
    problems.push({
      field: "historical",
      message: expected(
        say("Historical customers", "Clients historiques"),
        say("a rule with its date, first N and tier", "une règle avec sa date, ses N premiers et son palier"),
        describeValue(raw),
      ),
    });
    return off;
  }
  let before = NaN;
  if (!isBlank(rule.before)) {
    const serial = dateSerial(rule.before);
    if (serial === null)
      problems.push({
        field: "historical.before",
        message: expected(
          say("Historical customers, signed before", "Clients historiques, signés avant le"),
          say("a date (YYYY-MM-DD or an Excel date)", "une date (AAAA-MM-JJ ou une date Excel)"),
          describeValue(rule.before),
        ),
      });
    else before = serial;
  }
  const firstN =
    optionalNumber(
      rule.firstN,
      COUNT_RULE,
      say("Historical customers, first N", "Clients historiques, N premiers"),
      "historical.firstN",
      problems,
    ) ?? 0;
  if (Number.isNaN(before) && firstN === 0) return off;
  const floor = rule.floorTier;
  if (typeof floor !== "number" || !Number.isInteger(floor) || floor < 0 || floor >= tierCount) {
    problems.push({
      field: "historical.floorTier",
      message: expected(
        say(
          "Historical customers, kept at least in tier",
          "Clients historiques, maintenus au moins au palier",
        ),
        say(`a tier from 0 to ${tierCount - 1}`, `un palier de 0 à ${tierCount - 1}`),
        describeValue(floor),
      ),
    });
    return off;
  }
  return { historicalBefore: before, historicalFirstN: firstN, floorTier: floor };
}
