// What the roadmap gives back, computed in each test and worked by hand: the notes that say what to give when
// a figure cannot be computed, the payback's edges, and each problem with its exact words.
import { describe, expect, it } from "vitest";
import { roadmapCapacity, type CapacityInput } from "../../functions/scaling/capacity";

// 6 × 1 + 4 × 0.5 = 8 hours freed per account; × 200 accounts = 1,600 hours, one CSM's year (1 FTE).
const ACTIONS = [
  { actionId: "tickets", hoursPerAccount: 6 },
  { actionId: "crm", hoursPerAccount: 4, automationShare: 0.5 },
];
const BASE = { actions: ACTIONS, accounts: 200 };
const computed = (input: CapacityInput) => {
  const result = roadmapCapacity(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const problemsOf = (input: unknown) => {
  const result = roadmapCapacity(input as CapacityInput);
  return result.ok ? [] : result.problems;
};
const COVERAGE_NOTE = {
  en: "Give the CSM headcount and the CSM hours per account to compare accounts per CSM.",
  fr: "Indiquez l'effectif CSM et les heures CSM par compte pour comparer les comptes par CSM.",
};
const PAYBACK_NOTE = {
  en: "Give the loaded cost per CSM and the roadmap's costs to compute the payback.",
  fr: "Indiquez le coût chargé par CSM et les coûts de la feuille de route pour calculer le retour sur investissement.",
};
const NO_PAYBACK = {
  en: "No payback: the roadmap's monthly running cost is as high as or higher than the value of the hours it frees.",
  fr: "Pas de retour sur investissement : le coût mensuel de la feuille de route atteint ou dépasse la valeur des heures libérées.",
};

describe("accounts per CSM", () => {
  it("compare before and after when both the headcount and the hours per account are given", () => {
    // Before 200 ÷ 2 = 100; after 100 × 32 ÷ (32 − 8) = 133.33.
    const result = computed({ ...BASE, csmHeadcount: 2, csmHoursPerAccount: 32 });
    expect(result.accountsPerCsmBefore).toBe(100);
    expect(result.accountsPerCsmAfter).toBeCloseTo(400 / 3, 12);
    expect(result.coverageNote).toBeNull();
  });

  it("are not compared without the hours per account, and the note says what to give", () => {
    const result = computed({ ...BASE, csmHeadcount: 2 });
    expect([result.accountsPerCsmBefore, result.accountsPerCsmAfter, result.coverageNote]).toEqual([
      100,
      null,
      COVERAGE_NOTE,
    ]);
  });

  it("are not computed without the headcount", () => {
    const result = computed({ ...BASE, csmHoursPerAccount: 32 });
    expect([result.accountsPerCsmBefore, result.accountsPerCsmAfter, result.coverageNote]).toEqual([
      null,
      null,
      COVERAGE_NOTE,
    ]);
  });
});

describe("the payback", () => {
  // Hourly cost 96,000 ÷ 1,600 = 60; the 1,600 hours freed are worth 1,600 × 60 ÷ 12 = 8,000 a month.
  const costed = (roadmapCost: CapacityInput["roadmapCost"]) =>
    computed({ ...BASE, loadedCostPerCsm: 96_000, roadmapCost });

  it("is the one-off cost over the monthly saving", () => {
    // Saving 8,000 − 370 = 7,630; 11,445 ÷ 7,630 = 1.5 months.
    const result = costed({ oneOffCost: 11_445, monthlyCost: 370 });
    expect([result.monthlyValue, result.monthlySaving, result.paybackMonths, result.paybackNote]).toEqual([
      8000,
      7630,
      1.5,
      null,
    ]);
  });

  it("is none when the running cost equals the value of the hours freed, or exceeds it", () => {
    for (const monthlyCost of [8000, 9000]) {
      const result = costed({ oneOffCost: 100, monthlyCost });
      expect([result.monthlySaving, result.paybackMonths, result.paybackNote]).toEqual([
        8000 - monthlyCost,
        null,
        NO_PAYBACK,
      ]);
    }
  });

  it("needs the one-off cost, the monthly cost and the loaded cost, and the note says so", () => {
    const withoutOneOff = costed({
      oneOffCost: null,
      monthlyCost: 370,
    } as unknown as CapacityInput["roadmapCost"]);
    expect([withoutOneOff.monthlySaving, withoutOneOff.paybackMonths, withoutOneOff.paybackNote]).toEqual([
      7630,
      null,
      PAYBACK_NOTE,
    ]);
    const withoutMonthly = costed({ oneOffCost: 100 } as unknown as CapacityInput["roadmapCost"]);
    expect([withoutMonthly.monthlySaving, withoutMonthly.paybackNote]).toEqual([null, PAYBACK_NOTE]);
    const withoutCosts = costed(null);
    expect([withoutCosts.monthlyValue, withoutCosts.monthlySaving, withoutCosts.paybackNote]).toEqual([
      8000,
      null,
      PAYBACK_NOTE,
    ]);
    const withoutLoadedCost = computed({ ...BASE, roadmapCost: { oneOffCost: 100, monthlyCost: 10 } });
    expect([
      withoutLoadedCost.hourlyCost,
      withoutLoadedCost.monthlyValue,
      withoutLoadedCost.paybackNote,
    ]).toEqual([null, null, PAYBACK_NOTE]);
  });
});

describe("problems with the capacity's input", () => {
  it("refuse actions that are not a list", () => {
    expect(problemsOf({ actions: "tickets", accounts: 10 })).toEqual([
      {
        field: "actions",
        message: {
          en: 'Roadmap actions: expected a list, got the text "tickets".',
          fr: "Actions de la feuille de route : attendu une liste, reçu le texte « tickets ».",
        },
      },
    ]);
  });

  it("name an action listed twice, but not two actions without an id", () => {
    expect(
      problemsOf({
        actions: [
          { actionId: "crm", hoursPerAccount: 1 },
          { actionId: "crm", hoursPerAccount: 2 },
        ],
        accounts: 10,
      }),
    ).toEqual([
      {
        field: "actionId",
        index: 1,
        id: "crm",
        message: {
          en: 'Roadmap action 2 (crm): "crm" is listed twice; give each action\'s hours once.',
          fr: "Action de la feuille de route 2 (crm) : « crm » figure deux fois ; indiquez les heures de chaque action une seule fois.",
        },
      },
    ]);
    expect(problemsOf({ actions: [{ hoursPerAccount: 1 }, { hoursPerAccount: 2 }], accounts: 10 })).toEqual(
      [],
    );
  });

  it("give an action whose id is not a text the empty id, and leave it unmeasured without hours", () => {
    expect(problemsOf({ actions: [{ actionId: 7, hoursPerAccount: -1 }], accounts: 10 })).toEqual([
      {
        field: "hoursPerAccount",
        index: 0,
        id: "",
        message: {
          en: "Roadmap action 1, hours per account: expected an amount of 0 or more, got -1.",
          fr: "Action de la feuille de route 1, heures par compte : attendu un montant positif ou nul, reçu -1.",
        },
      },
    ]);
    expect(computed({ actions: [{ actionId: 7 } as never], accounts: 10 }).unmeasured).toEqual([""]);
  });

  it("refuse a roadmap that frees as many hours per account as are spent today", () => {
    expect(problemsOf({ ...BASE, csmHoursPerAccount: 8 })).toEqual([
      {
        field: "csmHoursPerAccount",
        message: {
          en: "CSM hours per account: the roadmap frees 8 hours per account, not less than the 8 spent today; check the hours.",
          fr: "Heures CSM par compte : la feuille de route libère 8 heures par compte, pas moins que les 8 passées aujourd'hui ; vérifiez les heures.",
        },
      },
    ]);
  });

  it("name each team figure that is wrong by its field", () => {
    const problems = problemsOf({
      ...BASE,
      hoursPerCsm: 9000,
      loadedCostPerCsm: -1,
      csmHeadcount: 0,
      csmHoursPerAccount: "many",
      roadmapCost: { oneOffCost: -5, monthlyCost: "x" },
    });
    expect(problems.map((p) => [p.field, p.message.en])).toEqual([
      ["hoursPerCsm", "Hours per CSM: expected hours from more than 0 to 8,784 (a leap year), got 9000."],
      ["loadedCostPerCsm", "Loaded cost per CSM: expected an amount of 0 or more, got -1."],
      ["csmHeadcount", "CSM headcount: expected a number greater than 0, got 0."],
      ["csmHoursPerAccount", 'CSM hours per account: expected a number greater than 0, got the text "many".'],
      ["oneOffCost", "Roadmap one-off cost: expected an amount of 0 or more, got -5."],
      ["monthlyCost", 'Roadmap monthly cost: expected an amount of 0 or more, got the text "x".'],
    ]);
  });
});
