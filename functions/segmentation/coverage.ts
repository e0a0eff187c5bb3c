/**
 * Coverage ("Scaler son activité CSM", "Les compétences CSM"): the CSMs each tier needs, beside the current headcount and the
 * public reference, and a suggested split between generalist and specialist roles as the team grows.
 *
 * Formulas, the workbook's Coverage sheet's (templates/segmentation-coverage.ts):
 * - CSMs needed per tier = workload ÷ what one CSM carries, not rounded (CSM.CSMS_NEEDED, reused here); the
 *   workload is the tier's accounts, or its current ARR when the capacity is given in ARR; a blank capacity
 *   means no CSM for that tier (0);
 * - CSMs needed = Σ over tiers; gap = CSMs needed − headcount (negative: spare capacity);
 * - at the reference: current ARR of all tiers ÷ ARR one CSM carries (public reference: 1 CSM per $2M ARR,
 *   Gainsight), which ignores tiers.
 *
 * The specialist split is a suggestion of this kit, not a benchmark: the article says only that specialists
 * (onboarding, training, support, professional services, account management) come with scale. The rule, on
 * the team the tiers need rounded up: below 5 CSMs, generalists only; from 5, account management 60 %,
 * onboarding 20 %, support 20 %; from 10, account management 40 %, onboarding 15 %, support 20 %, training
 * 10 %, professional services 15 %. People per role are whole, by largest remainder, and add up to the team.
 */
import { AMOUNT_RULE, checkNumber, POSITIVE_RULE, type Problem } from "../checks/checks";
import { isBlank } from "../excel/cells";
import { ExcelError } from "../excel/errors";
import { csmsNeeded } from "../scaling/scaling";
import { optionalNumber } from "./rules";
import type { Bilingual } from "../excel/language";

/** The public reference: ARR one CSM carries (Gainsight: 1 CSM per $2M ARR). */
export const REFERENCE_ARR_PER_CSM = 2_000_000;

/** What one CSM carries in a tier. */
export interface TierCapacity {
  /** `"accounts"` (the default) or `"arr"` (current ARR). */
  readonly basis?: "accounts" | "arr";
  /** Accounts, or ARR, one CSM carries; blank: no CSM for this tier. */
  readonly perCsm?: number | null;
}

/** A tier's size, as `segmentAccounts` sums it. */
export interface TierLoad {
  readonly name: Bilingual;
  readonly accounts: number;
  readonly currentArr: number;
}

export interface CoverageInput {
  readonly tiers: readonly TierLoad[];
  /** One per tier, in the same order. */
  readonly capacity: readonly TierCapacity[];
  /** CSMs today (full-time equivalents); blank: no gap computed. */
  readonly headcount?: number | null;
  /** Blank: {@link REFERENCE_ARR_PER_CSM}. */
  readonly referenceArrPerCsm?: number | null;
}

export interface TierCoverage extends TierLoad {
  readonly basis: "accounts" | "arr";
  readonly perCsm: number | null;
  /** Not rounded. */
  readonly csmsNeeded: number;
  /** Current ARR per CSM needed; `null` when no CSM is needed. */
  readonly arrPerCsm: number | null;
}

export type SpecialistRole =
  "generalist" | "accountManagement" | "onboarding" | "support" | "training" | "professionalServices";

export const ROLE_LABELS: Readonly<Record<SpecialistRole, Bilingual>> = {
  generalist: { en: "Generalist CSM", fr: "CSM généraliste" },
  accountManagement: { en: "Account management", fr: "Gestion de comptes" },
  onboarding: { en: "Onboarding", fr: "Onboarding" },
  support: { en: "Support", fr: "Support" },
  training: { en: "Training", fr: "Formation" },
  professionalServices: { en: "Professional services", fr: "Services professionnels" },
};

export interface SpecialistSplit {
  /** Always true: a rule of thumb of this kit, to discuss, not a benchmark. */
  readonly suggestion: true;
  /** The team split: CSMs needed, rounded up. */
  readonly team: number;
  readonly roles: readonly {
    readonly role: SpecialistRole;
    readonly share: number;
    readonly people: number;
  }[];
  readonly note: Bilingual;
}

export interface Coverage {
  readonly ok: true;
  readonly tiers: readonly TierCoverage[];
  readonly csmsNeeded: number;
  readonly headcount: number | null;
  /** CSMs needed − headcount; `null` without a headcount. */
  readonly gap: number | null;
  readonly reference: {
    readonly arrPerCsm: number;
    readonly csmsNeeded: number;
    readonly difference: number;
  };
  readonly specialists: SpecialistSplit;
}

export interface CoverageProblems {
  readonly ok: false;
  readonly problems: readonly Problem[];
}

const STAGES: readonly { readonly from: number; readonly shares: Partial<Record<SpecialistRole, number>> }[] =
  [
    {
      from: 10,
      shares: {
        accountManagement: 0.4,
        onboarding: 0.15,
        support: 0.2,
        training: 0.1,
        professionalServices: 0.15,
      },
    },
    { from: 5, shares: { accountManagement: 0.6, onboarding: 0.2, support: 0.2 } },
    { from: 0, shares: { generalist: 1 } },
  ];

/**
 * The suggested split of a team between generalist and specialist roles (rule in this module's header):
 * whole people per role, by largest remainder, adding up to the team.
 *
 * @param csms - CSMs needed (rounded up to the team)
 * @returns the roles, their shares and people, labelled as a suggestion
 *
 * @example
 * suggestSpecialists(3.2).roles
 * //=> [{ role: "generalist", share: 1, people: 4 }]
 * @example
 * suggestSpecialists(7).roles.map((r) => r.people)
 * //=> [4, 2, 1]
 */
export function suggestSpecialists(csms: number): SpecialistSplit {
  const team = Number.isFinite(csms) && csms > 0 ? Math.max(0, Math.ceil(csms - 1e-9)) : 0;
  const stage = STAGES.find((s) => team >= s.from) ?? STAGES[STAGES.length - 1];
  const entries = Object.entries(stage?.shares ?? {}) as [SpecialistRole, number][];
  const exact = entries.map(([, share]) => share * team);
  const people = exact.map((x) => Math.floor(x + 1e-9));
  let left = team - people.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties to the role listed first.
  const remainder = exact.map((x, i) => x - (people[i] ?? 0));
  const order = exact.map((_, i) => i).sort((a, b) => (remainder[b] ?? 0) - (remainder[a] ?? 0) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    people[i] = (people[i] ?? 0) + 1;
    left--;
  }
  return {
    suggestion: true,
    team,
    roles: entries.map(([role, share], i) => ({ role, share, people: people[i] ?? 0 })),
    note:
      team < 5
        ? {
            en: "Suggestion: below 5 CSMs, generalists who cover the whole customer journey.",
            fr: "Suggestion : sous 5 CSM, des généralistes qui couvrent tout le parcours client.",
          }
        : {
            en: "Suggestion, not a benchmark: as the team grows, experts take over parts of the journey.",
            fr: "Suggestion, pas une référence : l'équipe grandissant, des experts reprennent des étapes du parcours.",
          },
  };
}

const say = (en: string, fr: string): Bilingual => ({ en, fr });

/**
 * Whether a tier's result cannot be right: more CSMs than the tier has accounts. It is what a capacity typed in
 * the wrong unit gives (300 taken as 300 of ARR per CSM instead of 300 accounts), so the planner warns
 * instead of passing the figure on to the totals and the specialist split in silence.
 *
 * @param tier - the tier's accounts and the CSMs it needs
 * @returns true when the tier needs more CSMs than it has accounts
 * @example
 * [moreCsmsThanAccounts({ accounts: 300, csmsNeeded: 1111.6 }), moreCsmsThanAccounts({ accounts: 300, csmsNeeded: 1 }), moreCsmsThanAccounts({ accounts: 0, csmsNeeded: 0 })]
 * //=> [true, false, false]
 */
export function moreCsmsThanAccounts(tier: {
  readonly accounts: number;
  readonly csmsNeeded: number;
}): boolean {
  return tier.csmsNeeded > tier.accounts;
}

/**
 * CSMs needed per tier and in total, beside the headcount and the public reference, with the suggested
 * specialist split (formulas in this module's header). Never throws: bad input gives the problems.
 *
 * @param input - each tier's accounts and ARR, what one CSM carries per tier, the headcount
 * @returns the coverage, or `{ ok: false, problems }`
 *
 * @example
 * coverage({ tiers: [{ name: { en: "High", fr: "Haut" }, accounts: 24, currentArr: 3000000 }, { name: { en: "Tech", fr: "Digital" }, accounts: 600, currentArr: 3000000 }], capacity: [{ perCsm: 12 }, { perCsm: 300 }], headcount: 3 }).gap
 * //=> 1
 * @example
 * coverage({ tiers: [{ name: { en: "All", fr: "Tous" }, accounts: 10, currentArr: 5000000 }], capacity: [{ basis: "arr", perCsm: 1000000 }] }).reference.csmsNeeded
 * //=> 2.5
 * @example
 * coverage({ tiers: [{ name: { en: "All", fr: "Tous" }, accounts: 10, currentArr: 0 }], capacity: [{ perCsm: 0 }] }).problems[0].message.en
 * //=> "Tier 1 (All), accounts per CSM: expected a number greater than 0, got 0."
 */
export function coverage(input: CoverageInput): Coverage | CoverageProblems {
  const given: Partial<Record<keyof CoverageInput, unknown>> =
    typeof input === "object" && input !== null ? input : {};
  const problems: Problem[] = [];
  const tiers: readonly Partial<Record<keyof TierLoad, unknown>>[] = Array.isArray(given.tiers)
    ? given.tiers
    : [];
  const capacity: readonly unknown[] = Array.isArray(given.capacity) ? given.capacity : [];
  if (tiers.length === 0 || capacity.length !== tiers.length)
    problems.push({
      field: "capacity",
      message: say(
        `Give one capacity per tier: ${tiers.length} tiers, ${capacity.length} capacities.`,
        `Indiquez une capacité par palier : ${tiers.length} paliers, ${capacity.length} capacités.`,
      ),
    });
  const rows = tiers.map((tier, index): TierCoverage => {
    const name = (tier.name ?? say("?", "?")) as Bilingual;
    const subject = (field: Bilingual) =>
      say(`Tier ${index + 1} (${name.en}), ${field.en}`, `Palier ${index + 1} (${name.fr}), ${field.fr}`);
    const amount = (value: unknown, field: "accounts" | "currentArr", label: Bilingual) => {
      const message = checkNumber(value, AMOUNT_RULE, subject(label));
      if (message) problems.push({ field, index, message });
      return message ? 0 : (value as number);
    };
    const accounts = amount(tier.accounts, "accounts", say("accounts", "comptes"));
    const currentArr = amount(tier.currentArr, "currentArr", say("current ARR", "ARR actuel"));
    const raw = capacity[index];
    const own: Partial<Record<keyof TierCapacity, unknown>> =
      typeof raw === "object" && raw !== null ? raw : {};
    const basis = own.basis === "arr" ? "arr" : "accounts";
    let perCsm: number | null = null;
    if (!isBlank(own.perCsm)) {
      const label =
        basis === "arr" ? say("ARR per CSM", "ARR par CSM") : say("accounts per CSM", "comptes par CSM");
      const message = checkNumber(own.perCsm, POSITIVE_RULE, subject(label));
      if (message) problems.push({ field: "perCsm", index, message });
      else perCsm = own.perCsm as number;
    }
    const workload = basis === "arr" ? currentArr : accounts;
    const needed = perCsm === null ? 0 : csmsNeeded([[workload]], [[perCsm]]);
    const csms = needed instanceof ExcelError ? 0 : needed;
    return {
      name,
      accounts,
      currentArr,
      basis,
      perCsm,
      csmsNeeded: csms,
      arrPerCsm: csms > 0 ? currentArr / csms : null,
    };
  });
  const headcount = optionalNumber(
    given.headcount,
    AMOUNT_RULE,
    say("CSM headcount", "Effectif CSM"),
    "headcount",
    problems,
  );
  const reference =
    optionalNumber(
      given.referenceArrPerCsm,
      POSITIVE_RULE,
      say("Reference ARR per CSM", "ARR par CSM de référence"),
      "referenceArrPerCsm",
      problems,
    ) ?? REFERENCE_ARR_PER_CSM;
  if (problems.length > 0) return { ok: false, problems };
  const total = rows.reduce((sum, row) => sum + row.csmsNeeded, 0);
  const arr = rows.reduce((sum, row) => sum + row.currentArr, 0);
  const byReference = arr / reference;
  return {
    ok: true,
    tiers: rows,
    csmsNeeded: total,
    headcount,
    gap: headcount === null ? null : total - headcount,
    reference: { arrPerCsm: reference, csmsNeeded: byReference, difference: total - byReference },
    specialists: suggestSpecialists(total),
  };
}
