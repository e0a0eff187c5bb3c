// What the roadmap gives back: CSM hours and FTE freed, accounts per CSM, payback. Each expected value is
// worked out in the comment beside it from the formulas in functions/scaling/capacity.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_HOURS_PER_CSM,
  roadmapCapacity,
  type Capacity,
  type CapacityInput,
} from "../../functions/scaling/capacity";
import { planRoadmap } from "../../functions/scaling/roadmap";

const computed = (input: CapacityInput): Capacity => {
  const result = roadmapCapacity(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const problemsOf = (input: CapacityInput) => {
  const result = roadmapCapacity(input);
  return result.ok ? [] : result.problems;
};

const ACTIONS = [
  { actionId: "tickets", hoursPerAccount: 6 },
  { actionId: "crm", hoursPerAccount: 4, automationShare: 0.5 },
  { actionId: "report", hoursPerAccount: 2, automationShare: 0.75 },
];

describe("the capacity a roadmap frees", () => {
  const capacity = computed({
    actions: ACTIONS,
    accounts: 240,
    loadedCostPerCsm: 80_000,
    csmHeadcount: 3,
    csmHoursPerAccount: 19,
    roadmapCost: { oneOffCost: 18_900, monthlyCost: 1010 },
  });

  it("frees Σ hours × share per account, times the accounts, in hours and FTE", () => {
    // 6 × 1 + 4 × 0.5 + 2 × 0.75 = 9.5 hours per account; × 240 accounts = 2,280 hours; ÷ 1,600 = 1.425 FTE.
    expect(capacity.hoursFreedPerAccount).toBe(9.5);
    expect(capacity.hoursFreed).toBe(2280);
    expect(capacity.fteFreed).toBeCloseTo(1.425, 12);
  });

  it("compares accounts per CSM before and after at the same workload per CSM", () => {
    // Before: 240 ÷ 3 = 80. After: each account takes 19 − 9.5 = 9.5 hours instead of 19: 80 × 19 ÷ 9.5 = 160.
    expect(capacity.accountsPerCsmBefore).toBe(80);
    expect(capacity.accountsPerCsmAfter).toBe(160);
    expect(capacity.coverageNote).toBeNull();
  });

  it("pays the one-off cost back from the monthly value of the hours freed, net of running costs", () => {
    // Hourly cost 80,000 ÷ 1,600 = 50; monthly value 2,280 × 50 ÷ 12 = 9,500; saving 9,500 − 1,010 = 8,490;
    // payback 18,900 ÷ 8,490 = 2.2261 months.
    expect(capacity.hourlyCost).toBe(50);
    expect(capacity.monthlyValue).toBe(9500);
    expect(capacity.monthlySaving).toBe(8490);
    expect(capacity.paybackMonths).toBeCloseTo(2.2261, 4);
    expect(capacity.paybackNote).toBeNull();
  });

  it("takes its costs from a planned roadmap as it is", () => {
    const roadmap = planRoadmap({
      start: "2026-02-02",
      items: [
        { actionId: "tickets", oneOffCost: 6000, monthlyCost: 250, weeks: 6, validated: true },
        { actionId: "crm", oneOffCost: 1500, monthlyCost: 120, weeks: 2, validated: true },
      ],
    });
    if (!roadmap.ok) throw new Error("the roadmap should plan");
    // f = 6 + 4 × 0.5 = 8 hours; × 300 accounts = 2,400 hours; at 96,000 ÷ 1,600 = 60 an hour: 12,000 a month;
    // saving 12,000 − 370 = 11,630; payback 7,500 ÷ 11,630 = 0.6449 months.
    const result = computed({
      actions: ACTIONS.slice(0, 2),
      accounts: 300,
      loadedCostPerCsm: 96_000,
      roadmapCost: roadmap,
    });
    expect(result.monthlyValue).toBe(12_000);
    expect(result.paybackMonths).toBeCloseTo(0.6449, 4);
  });

  it("uses 1,600 hours per CSM unless told otherwise", () => {
    expect(DEFAULT_HOURS_PER_CSM).toBe(1600);
    // 2,280 hours ÷ 1,520 = 1.5 FTE; hourly cost 76,000 ÷ 1,520 = 50.
    const result = computed({ actions: ACTIONS, accounts: 240, hoursPerCsm: 1520, loadedCostPerCsm: 76_000 });
    expect(result.fteFreed).toBeCloseTo(1.5, 12);
    expect(result.hourlyCost).toBe(50);
  });
});

describe("when there is no payback or not enough to compute", () => {
  it("gives no payback when the running cost eats the whole value of the hours freed", () => {
    // 10 hours × 12 accounts = 120 hours a year at 50 an hour = 500 a month: a running cost of 500 saves nothing.
    const input = {
      actions: [{ actionId: "a", hoursPerAccount: 10 }],
      accounts: 12,
      loadedCostPerCsm: 80_000,
      roadmapCost: { oneOffCost: 1000, monthlyCost: 500 },
    };
    const even = computed(input);
    expect(even.monthlySaving).toBe(0);
    expect(even.paybackMonths).toBeNull();
    expect(even.paybackNote).toEqual({
      en: "No payback: the roadmap's monthly running cost is as high as or higher than the value of the hours it frees.",
      fr: "Pas de retour sur investissement : le coût mensuel de la feuille de route atteint ou dépasse la valeur des heures libérées.",
    });
    expect(computed({ ...input, roadmapCost: { oneOffCost: 1000, monthlyCost: 499 } }).paybackMonths).toBe(
      1000,
    );
  });

  it("pays back at once a roadmap without a one-off cost that saves money", () => {
    const result = computed({
      actions: [{ actionId: "a", hoursPerAccount: 10 }],
      accounts: 12,
      loadedCostPerCsm: 80_000,
      roadmapCost: { oneOffCost: 0, monthlyCost: 100 },
    });
    expect(result.paybackMonths).toBe(0);
  });

  it("says what to give when the loaded cost, the roadmap's costs or the headcount are missing", () => {
    const result = computed({ actions: ACTIONS, accounts: 240 });
    expect(result).toMatchObject({
      hoursFreed: 2280,
      hourlyCost: null,
      monthlyValue: null,
      paybackMonths: null,
      accountsPerCsmBefore: null,
      accountsPerCsmAfter: null,
    });
    expect(result.paybackNote?.en).toBe(
      "Give the loaded cost per CSM and the roadmap's costs to compute the payback.",
    );
    expect(result.coverageNote?.fr).toBe(
      "Indiquez l'effectif CSM et les heures CSM par compte pour comparer les comptes par CSM.",
    );
    // The headcount alone gives today's coverage, not tomorrow's.
    expect(computed({ actions: ACTIONS, accounts: 240, csmHeadcount: 4 }).accountsPerCsmBefore).toBe(60);
  });

  it("frees nothing and pays nothing back with zero accounts", () => {
    const result = computed({
      actions: ACTIONS,
      accounts: 0,
      loadedCostPerCsm: 80_000,
      csmHeadcount: 2,
      csmHoursPerAccount: 20,
      roadmapCost: { oneOffCost: 500, monthlyCost: 0 },
    });
    expect(result).toMatchObject({
      hoursFreed: 0,
      fteFreed: 0,
      accountsPerCsmBefore: 0,
      accountsPerCsmAfter: 0,
    });
    expect(result.monthlySaving).toBe(0);
    expect(result.paybackMonths).toBeNull();
  });

  it("leaves out the actions whose hours are not given, and says which", () => {
    const result = computed({
      actions: [
        { actionId: "a", hoursPerAccount: 3 },
        { actionId: "b" },
        { actionId: "c", hoursPerAccount: null },
      ],
      accounts: 10,
    });
    expect(result.hoursFreed).toBe(30);
    expect(result.unmeasured).toEqual(["b", "c"]);
    expect(computed({ actions: [], accounts: 10 }).hoursFreed).toBe(0);
  });
});

describe("what capacity refuses, in English and French", () => {
  it("refuses shares outside 0–1, negative hours, fractional accounts and zero hours per CSM", () => {
    const problems = problemsOf({
      actions: [
        { actionId: "a", hoursPerAccount: 2, automationShare: 1.2 },
        { actionId: "b", hoursPerAccount: -1 },
      ],
      accounts: 2.5,
      hoursPerCsm: 0,
      csmHeadcount: 0,
      loadedCostPerCsm: -5,
      roadmapCost: { oneOffCost: -1, monthlyCost: Number.NaN },
    });
    expect(problems.map((p) => p.field)).toEqual([
      "automationShare",
      "hoursPerAccount",
      "accounts",
      "hoursPerCsm",
      "loadedCostPerCsm",
      "csmHeadcount",
      "oneOffCost",
      "monthlyCost",
    ]);
    expect(problems[0]?.message).toEqual({
      en: "Roadmap action 1 (a), automation share: expected a share from 0 to 1 (0.5 for 50 %), got 1.2.",
      fr: "Action de la feuille de route 1 (a), part automatisée : attendu une part de 0 à 1 (0,5 pour 50 %), reçu 1,2.",
    });
    expect(problems[3]?.message.en).toBe(
      "Hours per CSM: expected hours from more than 0 to 8,784 (a leap year), got 0.",
    );
  });

  it("refuses an action listed twice, and a roadmap that frees all the hours spent per account", () => {
    const twice = problemsOf({
      actions: [
        { actionId: "a", hoursPerAccount: 2 },
        { actionId: "a", hoursPerAccount: 2 },
      ],
      accounts: 5,
    });
    expect(twice.map((p) => p.message.en)).toEqual([
      'Roadmap action 2 (a): "a" is listed twice; give each action\'s hours once.',
    ]);
    const all = problemsOf({ actions: ACTIONS, accounts: 5, csmHeadcount: 1, csmHoursPerAccount: 9.5 });
    expect(all.map((p) => p.message.en)).toEqual([
      "CSM hours per account: the roadmap frees 9.5 hours per account, not less than the 9.5 spent today; check the hours.",
    ]);
  });

  it("answers input that is not a capacity question with messages instead of throwing", () => {
    const result = roadmapCapacity(undefined as unknown as CapacityInput);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(["actions", "accounts"]);
  });
});

/** The hours a CSM works a year when the input leaves them out, written here rather than read from the code. */
const HOURS_PER_CSM_YEAR = 1600;

const hours = fc.integer({ min: 0, max: 4000 }).map((tenths) => tenths / 10);
const share = fc.option(
  fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  { nil: undefined },
);
const actions = fc
  .array(fc.record({ hoursPerAccount: hours, automationShare: share }), { maxLength: 12 })
  .map((list) => list.map((a, i) => ({ actionId: `a${i}`, ...a })));
const accounts = fc.integer({ min: 0, max: 100_000 });

describe("capacity properties", () => {
  it("never frees negative hours, and frees more (or as many) with more accounts", () => {
    fc.assert(
      fc.property(actions, accounts, accounts, (list, a, b) => {
        const [few, many] = [Math.min(a, b), Math.max(a, b)];
        const small = computed({ actions: list, accounts: few });
        const large = computed({ actions: list, accounts: many });
        expect(small.hoursFreed).toBeGreaterThanOrEqual(0);
        expect(large.hoursFreed).toBeGreaterThanOrEqual(small.hoursFreed);
        expect(small.fteFreed).toBeCloseTo(small.hoursFreed / HOURS_PER_CSM_YEAR, 9);
      }),
    );
  });

  it("frees Σ hours × share (share 1 when left out) for each account", () => {
    fc.assert(
      fc.property(actions, accounts, (list, n) => {
        const perAccount = list.reduce((sum, a) => sum + a.hoursPerAccount * (a.automationShare ?? 1), 0);
        const result = computed({ actions: list, accounts: n });
        expect(result.hoursFreedPerAccount).toBeCloseTo(perAccount, 9);
        expect(result.hoursFreed).toBeCloseTo(perAccount * n, 6);
      }),
    );
  });

  it("pays back exactly when the monthly saving is positive, in one-off ÷ saving months", () => {
    fc.assert(
      fc.property(
        actions,
        accounts,
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (list, n, loaded, oneOffCost, monthlyCost) => {
          const result = computed({
            actions: list,
            accounts: n,
            loadedCostPerCsm: loaded,
            roadmapCost: { oneOffCost, monthlyCost },
          });
          const saving = (result.hoursFreed * loaded) / HOURS_PER_CSM_YEAR / 12 - monthlyCost;
          expect(result.monthlySaving).toBeCloseTo(saving, 6);
          if ((result.monthlySaving ?? 0) > 0) {
            expect((result.paybackMonths ?? Number.NaN) * (result.monthlySaving ?? 0)).toBeCloseTo(
              oneOffCost,
              4,
            );
          } else {
            expect(result.paybackMonths).toBeNull();
            expect(result.paybackNote).not.toBeNull();
          }
        },
      ),
    );
  });

  it("lets a CSM carry at least as many accounts after the roadmap as before", () => {
    fc.assert(
      fc.property(actions, accounts, fc.integer({ min: 1, max: 50 }), (list, n, headcount) => {
        const freed = list.reduce((sum, a) => sum + a.hoursPerAccount * (a.automationShare ?? 1), 0);
        const result = computed({
          actions: list,
          accounts: n,
          csmHeadcount: headcount,
          csmHoursPerAccount: freed + 1,
        });
        expect(result.accountsPerCsmAfter ?? -1).toBeGreaterThanOrEqual(
          result.accountsPerCsmBefore ?? Infinity,
        );
      }),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 5 }), fc.anything(), (x, list, n) => {
        expect(typeof roadmapCapacity(x as CapacityInput).ok).toBe("boolean");
        const result = roadmapCapacity({
          actions: list,
          accounts: n,
          roadmapCost: x,
        } as unknown as CapacityInput);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
