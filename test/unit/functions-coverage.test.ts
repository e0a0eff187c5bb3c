// Coverage, worked by hand: what is needed per tier, the problems of bad input in both languages, and the
// suggested split between generalists and specialists at the edges of its stages.
import { describe, expect, it } from "vitest";
import { coverage, suggestSpecialists, type CoverageInput } from "../../functions/segmentation/coverage";

const HIGH = { name: { en: "High", fr: "Haut" }, accounts: 30, currentArr: 6_000_000 };
const TECH = { name: { en: "Tech", fr: "Digital" }, accounts: 1500, currentArr: 1_500_000 };
const problemsOf = (input: unknown) => {
  const result = coverage(input as CoverageInput);
  return result.ok ? [] : result.problems;
};

describe("coverage of a portfolio", () => {
  it("reads what one CSM carries in accounts unless ARR is said, and gives no gap without a headcount", () => {
    const result = coverage({
      tiers: [HIGH, TECH],
      capacity: [{ perCsm: 10 }, { basis: "arr", perCsm: 500_000 }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // High: 30 accounts ÷ 10 = 3 CSMs; Tech: 1,500,000 ÷ 500,000 = 3 CSMs. Total 6; no headcount, no gap.
    expect(result.tiers.map((t) => [t.basis, t.perCsm, t.csmsNeeded])).toEqual([
      ["accounts", 10, 3],
      ["arr", 500_000, 3],
    ]);
    expect([result.csmsNeeded, result.headcount, result.gap]).toEqual([6, null, null]);
    // 7,500,000 ÷ 2,000,000 = 3.75 at the public reference; a reference given replaces it.
    expect(result.reference.csmsNeeded).toBe(3.75);
    const own = coverage({ tiers: [HIGH], capacity: [{ perCsm: 10 }], referenceArrPerCsm: 1_500_000 });
    expect(own.ok && own.reference).toEqual({ arrPerCsm: 1_500_000, csmsNeeded: 4, difference: -1 });
  });

  it("needs no CSM for a tier without a capacity, whatever its size", () => {
    const result = coverage({ tiers: [HIGH], capacity: [{ perCsm: null }], headcount: 0 });
    expect(result.ok && [result.tiers[0]?.csmsNeeded, result.tiers[0]?.arrPerCsm, result.gap]).toEqual([
      0,
      null,
      0,
    ]);
  });

  it("asks for one capacity per tier, and for at least one tier", () => {
    expect(problemsOf({ tiers: [], capacity: [] })).toEqual([
      {
        field: "capacity",
        message: {
          en: "Give one capacity per tier: 0 tiers, 0 capacities.",
          fr: "Indiquez une capacité par palier : 0 paliers, 0 capacités.",
        },
      },
    ]);
    expect(problemsOf(null).map((p) => p.message.en)).toEqual([
      "Give one capacity per tier: 0 tiers, 0 capacities.",
    ]);
    expect(problemsOf({ tiers: "High", capacity: "10" }).map((p) => p.message.en)).toEqual([
      "Give one capacity per tier: 0 tiers, 0 capacities.",
    ]);
  });

  it("names the tier and the figure that is wrong, in both languages", () => {
    const problems = problemsOf({
      tiers: [{ ...HIGH, accounts: -1, currentArr: "lots" }],
      capacity: [{ basis: "arr", perCsm: 0 }],
      headcount: "two",
      referenceArrPerCsm: -5,
    });
    expect(problems).toEqual([
      {
        field: "accounts",
        index: 0,
        message: {
          en: "Tier 1 (High), accounts: expected an amount of 0 or more, got -1.",
          fr: "Palier 1 (Haut), comptes : attendu un montant positif ou nul, reçu -1.",
        },
      },
      {
        field: "currentArr",
        index: 0,
        message: {
          en: 'Tier 1 (High), current ARR: expected an amount of 0 or more, got the text "lots".',
          fr: "Palier 1 (Haut), ARR actuel : attendu un montant positif ou nul, reçu le texte « lots ».",
        },
      },
      {
        field: "perCsm",
        index: 0,
        message: {
          en: "Tier 1 (High), ARR per CSM: expected a number greater than 0, got 0.",
          fr: "Palier 1 (Haut), ARR par CSM : attendu un nombre strictement positif, reçu 0.",
        },
      },
      {
        field: "headcount",
        message: {
          en: 'CSM headcount: expected an amount of 0 or more, got the text "two".',
          fr: "Effectif CSM : attendu un montant positif ou nul, reçu le texte « two ».",
        },
      },
      {
        field: "referenceArrPerCsm",
        message: {
          en: "Reference ARR per CSM: expected a number greater than 0, got -5.",
          fr: "ARR par CSM de référence : attendu un nombre strictement positif, reçu -5.",
        },
      },
    ]);
  });

  it("names the accounts per CSM when the capacity is in accounts", () => {
    expect(problemsOf({ tiers: [TECH], capacity: [{ perCsm: -300 }] })[0]?.message.fr).toBe(
      "Palier 1 (Digital), comptes par CSM : attendu un nombre strictement positif, reçu -300.",
    );
  });
});

describe("the suggested split of the team", () => {
  const people = (csms: number) => suggestSpecialists(csms).roles.map((r) => [r.role, r.people]);

  it("has no one for a team that is not a positive number", () => {
    for (const csms of [0, -3, Number.NaN, Infinity])
      expect(suggestSpecialists(csms), String(csms)).toMatchObject({
        team: 0,
        roles: [{ role: "generalist", share: 1, people: 0 }],
      });
  });

  it("rounds the CSMs needed up to whole people, forgiving a rounding error", () => {
    expect(suggestSpecialists(4.01).team).toBe(5);
    expect(suggestSpecialists(3 + 1e-12).team).toBe(3);
  });

  it("keeps generalists below 5 and says so; from 5, specialists, and says they are a suggestion", () => {
    expect(people(4)).toEqual([["generalist", 4]]);
    expect(suggestSpecialists(4).note).toEqual({
      en: "Suggestion: below 5 CSMs, generalists who cover the whole customer journey.",
      fr: "Suggestion : sous 5 CSM, des généralistes qui couvrent tout le parcours client.",
    });
    // 5 × (0.6, 0.2, 0.2) = 3, 1, 1 exactly.
    expect(people(5)).toEqual([
      ["accountManagement", 3],
      ["onboarding", 1],
      ["support", 1],
    ]);
    expect(suggestSpecialists(5).note).toEqual({
      en: "Suggestion, not a benchmark: as the team grows, experts take over parts of the journey.",
      fr: "Suggestion, pas une référence : l'équipe grandissant, des experts reprennent des étapes du parcours.",
    });
  });

  it("gives the places left to the largest remainders, the role listed first on a tie", () => {
    // 10 × (0.4, 0.15, 0.2, 0.1, 0.15) = 4, 1.5, 2, 1, 1.5: floors add up to 9; the one place left goes to
    // onboarding, listed before professional services with the same remainder 0.5.
    expect(people(10)).toEqual([
      ["accountManagement", 4],
      ["onboarding", 2],
      ["support", 2],
      ["training", 1],
      ["professionalServices", 1],
    ]);
    // 9 × (0.6, 0.2, 0.2) = 5.4, 1.8, 1.8: floors 5, 1, 1; two places left, to the remainders 0.8 and 0.8.
    expect(people(9)).toEqual([
      ["accountManagement", 5],
      ["onboarding", 2],
      ["support", 2],
    ]);
    // 6 × (0.6, 0.2, 0.2) = 3.6, 1.2, 1.2: floors 3, 1, 1; the place left goes to 0.6.
    expect(people(6)).toEqual([
      ["accountManagement", 4],
      ["onboarding", 1],
      ["support", 1],
    ]);
  });
});
