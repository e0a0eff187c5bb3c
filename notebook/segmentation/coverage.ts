/**
 * The coverage cell: per tier, what one CSM carries and the engagement model; the CSMs needed beside the
 * headcount and the public reference; and the suggested split between generalist and specialist roles.
 */
import { coverage, moreCsmsThanAccounts, type TierCapacity } from "../../functions/segmentation/coverage";
import {
  CellError,
  type CellInputs,
  type CellKind,
  type CellResult,
  type Json,
  type Table,
} from "../engine/types";
import { isObject, joined, remembered, tableOf } from "../engine/kind-helpers";
import { SEGMENT_COLUMNS } from "./columns";
import type { Bilingual, Language } from "../../functions/excel/language";

/** What one CSM carries in a tier, and how the tier is served (the engagement model). */
export interface CoverageTierInput extends TierCapacity {
  /** Business reviews per year with each account (4: quarterly). */
  readonly reviewsPerYear?: number | null;
  /** The touch points of the tier, in the team's words. */
  readonly touchPoints?: string | null;
}

/** The inputs of the coverage cell. */
export interface CoverageInputs {
  /** One per tier, in tier order; a missing one means no CSM for that tier. */
  readonly tiers?: readonly CoverageTierInput[];
  readonly headcount?: number | null;
  readonly referenceArrPerCsm?: number | null;
}

/** The figures the coverage cell publishes besides its tables. */
export const COVERAGE_FIGURES = ["csmsNeeded", "csmGap", "referenceCsms"] as const;

/** The default engagement model of the template's three tiers: accounts per CSM and how they are served. */
export const DEFAULT_COVERAGE: readonly {
  readonly perCsm: number;
  readonly reviewsPerYear: number;
  readonly touchPoints: Bilingual;
}[] = [
  {
    perCsm: 12,
    reviewsPerYear: 4,
    touchPoints: { en: "Monthly call, quarterly business review", fr: "Point mensuel, revue trimestrielle" },
  },
  {
    perCsm: 50,
    reviewsPerYear: 2,
    touchPoints: { en: "Webinars, half-yearly review", fr: "Webinaires, revue semestrielle" },
  },
  {
    perCsm: 300,
    reviewsPerYear: 0,
    touchPoints: { en: "Emails, in-app guides, community", fr: "E-mails, guides in-app, communauté" },
  },
];

/**
 * The default inputs of a coverage cell for a number of tiers, in a language (the touch points are the
 * team's own words once written).
 *
 * @param tiers - how many tiers
 * @param language - the language of the touch points
 * @returns the inputs
 * @example
 * defaultCoverage(3, "en").tiers[0]
 * //=> { basis: "accounts", perCsm: 12, reviewsPerYear: 4, touchPoints: "Monthly call, quarterly business review" }
 */
export function defaultCoverage(tiers: number, language: Language): CoverageInputs {
  return {
    tiers: Array.from({ length: tiers }, (_, i) => {
      const model = DEFAULT_COVERAGE[Math.min(i, DEFAULT_COVERAGE.length - 1)];
      return {
        basis: "accounts" as const,
        perCsm: model?.perCsm ?? null,
        reviewsPerYear: model?.reviewsPerYear ?? null,
        touchPoints: model?.touchPoints[language] ?? "",
      };
    }),
    headcount: null,
    referenceArrPerCsm: null,
  };
}

const numberOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** Rounds for a message: whole numbers as they are, others to one decimal. */
const shown = (value: number, language: Language): string =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);

/**
 * The warning of a tier that needs more CSMs than it has accounts, in both languages.
 *
 * @param index - the tier's position, from 0
 * @param tier - its name, accounts, CSMs needed, and what one CSM carries in which unit
 * @returns the warning
 * @example
 * implausibleNote(2, { name: { en: "Tech touch", fr: "Digital" }, accounts: 300, csmsNeeded: 1111.6, basis: "arr", perCsm: 300 }).en
 * //=> "Tier 3 (Tech touch): 1,111.6 CSMs for 300 accounts, more CSMs than accounts. One CSM carries 300 of ARR here: check the unit and the figure. The totals and the suggested split count this tier as it is."
 */
export function implausibleNote(
  index: number,
  tier: {
    readonly name: Bilingual;
    readonly accounts: number;
    readonly csmsNeeded: number;
    readonly basis: "accounts" | "arr";
    readonly perCsm: number | null;
  },
): Bilingual {
  const carried = (language: Language) =>
    tier.basis === "arr"
      ? { en: `${shown(tier.perCsm ?? 0, "en")} of ARR`, fr: `${shown(tier.perCsm ?? 0, "fr")} d'ARR` }[
          language
        ]
      : { en: `${shown(tier.perCsm ?? 0, "en")} accounts`, fr: `${shown(tier.perCsm ?? 0, "fr")} comptes` }[
          language
        ];
  return {
    en: `Tier ${index + 1} (${tier.name.en}): ${shown(tier.csmsNeeded, "en")} CSMs for ${shown(tier.accounts, "en")} account${tier.accounts === 1 ? "" : "s"}, more CSMs than accounts. One CSM carries ${carried("en")} here: check the unit and the figure. The totals and the suggested split count this tier as it is.`,
    fr: `Palier ${index + 1} (${tier.name.fr}) : ${shown(tier.csmsNeeded, "fr")} CSM pour ${shown(tier.accounts, "fr")} compte${tier.accounts === 1 ? "" : "s"}, plus de CSM que de comptes. Un CSM porte ici ${carried("fr")} : vérifiez l'unité et le chiffre. Les totaux et la répartition suggérée comptent ce palier tel quel.`,
  };
}

/**
 * What one CSM carries, converted when the unit changes, so that the tier needs the same CSMs as before:
 * accounts per CSM × the tier's average ARR per account = ARR per CSM, and back. `null` (the field is
 * cleared) when the tier has no accounts or no ARR to convert with, or there was no figure.
 *
 * @param perCsm - the figure in the old unit
 * @param to - the new unit
 * @param tier - the tier's accounts and current ARR
 * @returns the figure in the new unit (ARR to the unit, accounts to one decimal), or `null`
 * @example
 * [convertedPerCsm(300, "arr", { accounts: 300, currentArr: 15_600_000 }), convertedPerCsm(2_000_000, "accounts", { accounts: 10, currentArr: 1_000_000 })]
 * //=> [15600000, 20]
 * @example
 * [convertedPerCsm(300, "arr", { accounts: 0, currentArr: 0 }), convertedPerCsm(null, "arr", { accounts: 3, currentArr: 30 })]
 * //=> [null, null]
 */
export function convertedPerCsm(
  perCsm: number | null,
  to: "accounts" | "arr",
  tier: { readonly accounts: number; readonly currentArr: number },
): number | null {
  if (perCsm === null || !(tier.accounts > 0) || !(tier.currentArr > 0)) return null;
  const average = tier.currentArr / tier.accounts;
  return to === "arr" ? Math.round(perCsm * average) : Math.round((perCsm / average) * 10) / 10;
}

function coverageResult(tiers: Table | undefined, inputs: CellInputs): CellResult {
  const rows = tiers?.rows ?? [];
  const given = Array.isArray(inputs.tiers) ? (inputs.tiers as readonly Json[]) : [];
  const capacity = rows.map((_, i) => {
    const own = given[i];
    return (isObject(own) ? own : {}) as CoverageTierInput;
  });
  const loads = rows.map(([, nameEn, nameFr, accounts, currentArr]) => ({
    name: { en: String(nameEn ?? ""), fr: String(nameFr ?? "") },
    accounts: accounts as number,
    currentArr: currentArr as number,
  }));
  const result = coverage({
    tiers: loads,
    capacity,
    headcount: inputs.headcount as number | null | undefined,
    referenceArrPerCsm: inputs.referenceArrPerCsm as number | null | undefined,
  });
  if (!result.ok) throw new CellError(joined(result.problems.map((problem) => problem.message)));
  const table: Table = {
    columns: SEGMENT_COLUMNS.coverage,
    rows: result.tiers.map((tier, i) =>
      Object.freeze([
        i + 1,
        tier.name.en,
        tier.name.fr,
        tier.accounts,
        tier.currentArr,
        tier.basis,
        tier.perCsm,
        tier.csmsNeeded,
        tier.arrPerCsm,
        numberOrNull(capacity[i]?.reviewsPerYear),
        typeof capacity[i]?.touchPoints === "string" ? (capacity[i]?.touchPoints as string) : null,
      ]),
    ),
  };
  const specialists: Table = {
    columns: SEGMENT_COLUMNS.specialists,
    rows: result.specialists.roles.map((role) => Object.freeze([role.role, role.share, role.people])),
  };
  const notes: Bilingual[] = result.tiers
    .map((tier, i) => ({ tier, i }))
    .filter(({ tier }) => tier.perCsm === null && tier.accounts > 0)
    .map(({ tier, i }) => ({
      en: `Tier ${i + 1} (${tier.name.en}): no capacity given, so no CSM is counted for its ${tier.accounts} account(s).`,
      fr: `Palier ${i + 1} (${tier.name.fr}) : aucune capacité indiquée, aucun CSM n'est donc compté pour ses ${tier.accounts} compte(s).`,
    }));
  for (const [i, tier] of result.tiers.entries())
    if (moreCsmsThanAccounts(tier)) notes.push(implausibleNote(i, tier));
  notes.push(result.specialists.note);
  return {
    table,
    values: {
      coverage: table,
      specialists,
      csmsNeeded: result.csmsNeeded,
      csmGap: result.gap ?? Number.NaN,
      referenceCsms: result.reference.csmsNeeded,
    },
    notes,
  };
}

/**
 * Coverage: per tier, what one CSM carries (accounts or ARR) and the engagement model; CSMs needed per tier
 * and in total beside the headcount and the public reference (1 CSM per $2M ARR); and the suggested split
 * between generalist and specialist roles. Publishes `coverage`, `specialists`, `csmsNeeded`, `csmGap`
 * (`NaN` without a headcount) and `referenceCsms`. Inputs: {@link CoverageInputs}.
 */
export const coverageKind: CellKind = {
  reads: () => ["segmentTiers"],
  outputs: () => ["coverage", "specialists", ...COVERAGE_FIGURES],
  compute(inputs, values, memory) {
    return remembered(memory, "result", [tableOf(values.segmentTiers), inputs], coverageResult);
  },
};
