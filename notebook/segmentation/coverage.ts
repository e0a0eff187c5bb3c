/**
 * The coverage cell: per tier, what one CSM carries and the engagement model; the CSMs needed beside the
 * headcount and the public reference; and the suggested split between generalist and specialist roles.
 */
import { coverage, type TierCapacity } from "../../functions/segmentation/coverage";
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
