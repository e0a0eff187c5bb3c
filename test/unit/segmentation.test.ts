// The segmentation compute core (functions/segmentation/): the workbook's sample portfolio segmented as the
// template's comments say, bad rows with their exact reasons, the documented override order, and properties.
// Expected values are worked out by hand in the comments beside them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverage, suggestSpecialists } from "../../functions/segmentation/coverage";
import {
  DEFAULT_SEGMENTATION_RULES,
  DEFAULT_TIERS,
  type SegmentationRules,
  type TierDefinition,
} from "../../functions/segmentation/rules";
import {
  segmentAccounts,
  type AccountRow,
  type ClassifiedAccount,
  type Segmentation,
} from "../../functions/segmentation/segment";
import { csmsNeeded } from "../../functions/scaling/scaling";
import { ACCOUNT_ROWS, DEFAULT_RULES } from "../../templates/segmentation-sample";

const segmented = (rows: readonly (AccountRow | null)[], rules: SegmentationRules): Segmentation => {
  const result = segmentAccounts(rows, rules);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const byAccount = (result: Segmentation, account: string): ClassifiedAccount => {
  const found = result.accounts.find((a) => a.account === account);
  if (found?.status !== "classified") throw new Error(`${account} is not classified`);
  return found;
};

const tier = (en: string, currentMin?: number | null, potentialMin?: number | null): TierDefinition => ({
  name: { en, fr: en },
  currentMin,
  potentialMin,
});

// ---------------------------------------------------------------------------------------------------------
describe("the workbook's sample portfolio, with the workbook's rules", () => {
  const text = (value: unknown) =>
    typeof value === "object" && value !== null && "en" in value ? (value as { en: string }).en : value;
  const rows: AccountRow[] = ACCOUNT_ROWS.map((row) => ({
    account: row.account,
    currentArr: row.current,
    potentialArr: row.potential,
    industry: text(row.industry),
    region: text(row.region),
    customerSince: row.since,
  }));
  const rules: SegmentationRules = {
    ...DEFAULT_SEGMENTATION_RULES,
    strategicIndustries: DEFAULT_RULES.strategic.map((industry) => industry.en),
  };
  const result = segmented(rows, rules);

  it("uses the template's defaults", () => {
    expect(DEFAULT_TIERS.map((t) => [t.name, t.currentMin ?? null, t.potentialMin ?? null])).toEqual([
      [DEFAULT_RULES.tiers[0], DEFAULT_RULES.highCurrent, DEFAULT_RULES.highPotential],
      [DEFAULT_RULES.tiers[1], DEFAULT_RULES.lowCurrent, DEFAULT_RULES.lowPotential],
      [DEFAULT_RULES.tiers[2], null, null],
    ]);
    expect(DEFAULT_SEGMENTATION_RULES.potentialOutweighs).toBe(DEFAULT_RULES.usePotential);
    expect(DEFAULT_SEGMENTATION_RULES.historical?.floorTier).toBe(DEFAULT_RULES.historicalFloor - 1);
    expect(DEFAULT_SEGMENTATION_RULES.historical?.before).toBe(
      DEFAULT_RULES.historicalBefore.toISOString().slice(0, 10),
    );
  });

  it("gives each account the tier the template's comment gives", () => {
    // [account, ARR tier, tier, moved by], from the comments of templates/segmentation-sample.ts.
    const cases: [string, number, number, string[]][] = [
      ["Northwind Health", 0, 0, []], // high (S at the top already; historical but already above the floor)
      ["Atelier Mercier", 2, 1, ["historical"]], // tech → H low
      ["Delta Énergie", 0, 0, []], // high on potential (300,000 ≥ 250,000)
      ["Ville de Rivebelle", 1, 0, ["strategic"]], // low → S high
      ["Helix Clinics", 2, 1, ["strategic"]], // tech → S low
      ["Valence Santé", 2, 1, ["strategic"]], // tech → S low (H: already low)
      ["Alder & Finch", 2, 2, []], // 24,500 < 25,000 and 32,000 < 75,000
      ["Hartwell Primary Trust", 2, 2, []], // signed 2019-09-02, after the date
      ["Juniper Academy", 1, 1, []], // low on potential (90,000 ≥ 75,000)
      ["Gallia Assurances", 0, 0, []], // high (H floor below)
    ];
    for (const [account, arrTier, final, moved] of cases)
      expect([
        account,
        byAccount(result, account).arrTier,
        byAccount(result, account).tier,
        byAccount(result, account).movedBy,
      ]).toEqual([account, arrTier, final, moved]);
  });

  it("counts and sums each tier as the comments add up", () => {
    // From the comments: 15 high, 22 low, 11 tech; ARR summed per final tier.
    expect(result.tiers.map((t) => [t.accounts, t.currentArr, t.potentialArr])).toEqual([
      [15, 2_195_000, 3_696_000],
      [22, 662_900, 1_283_000],
      [11, 104_100, 162_500],
    ]);
    expect([result.rows, result.classified, result.unclassified, result.blankRows]).toEqual([48, 48, 0, 0]);
  });

  it("sizes the team as the Coverage sheet does", () => {
    const cover = coverage({
      tiers: result.tiers,
      capacity: DEFAULT_RULES.accountsPerCsm.map((perCsm) => ({ perCsm })),
      headcount: DEFAULT_RULES.headcount,
    });
    if (!cover.ok) throw new Error(JSON.stringify(cover.problems));
    // 15 ÷ 12 + 22 ÷ 50 + 11 ÷ 300 = 1.25 + 0.44 + 0.0367 = 1.7267; gap 1.7267 − 1.5 = 0.2267.
    expect(cover.tiers.map((t) => t.csmsNeeded)).toEqual([1.25, 0.44, 11 / 300]);
    expect(cover.csmsNeeded).toBeCloseTo(1.72667, 5);
    expect(cover.gap).toBeCloseTo(0.22667, 5);
    // CSM.CSMS_NEEDED over the same columns gives the same total.
    expect(csmsNeeded([[15], [22], [11]], [[12], [50], [300]])).toBeCloseTo(cover.csmsNeeded, 12);
    // Reference: 2,962,000 ÷ 2,000,000 = 1.481.
    expect(cover.reference).toEqual({
      arrPerCsm: 2_000_000,
      csmsNeeded: 1.481,
      difference: cover.csmsNeeded - 1.481,
    });
    // 1 CSM per $2M ARR: high touch carries 2,195,000 ÷ 1.25 = 1,756,000 per CSM.
    expect(cover.tiers[0]?.arrPerCsm).toBe(1_756_000);
    expect(cover.specialists).toMatchObject({
      suggestion: true,
      team: 2,
      roles: [{ role: "generalist", people: 2 }],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("a small portfolio worked by hand", () => {
  const rules: SegmentationRules = {
    tiers: [tier("Gold", 100, 500), tier("Silver", 50, 200), tier("Bronze")],
    potentialOutweighs: true,
    strategicIndustries: ["Bank"],
    historical: { firstN: 2, floorTier: 1 },
  };
  const rows: AccountRow[] = [
    { account: "a", currentArr: 120, potentialArr: 0, customerSince: "2020-05-01" }, // Gold; 2nd oldest
    { account: "b", currentArr: 10, potentialArr: 600, customerSince: "2024-01-01" }, // Gold on potential
    { account: "c", currentArr: 10, potentialArr: 20, customerSince: "2018-01-01" }, // Bronze; oldest → Silver
    { account: "d", currentArr: 60, industry: "BANK" }, // Silver → Gold (strategic, whatever the case)
    { account: "e", currentArr: 5, industry: "bank", customerSince: 43000 }, // Bronze → Silver (strategic)
  ];
  // Customers since, oldest first: c (2018-01-01), e (43000 = 2017-09-22!), a, b. So the first two are e, c.
  const result = segmented(rows, rules);

  it("gives the tiers and the overrides", () => {
    expect(
      result.accounts.map((a) => (a.status === "classified" ? [a.account, a.arrTier, a.tier, a.movedBy] : a)),
    ).toEqual([
      ["a", 0, 0, []],
      ["b", 0, 0, []],
      ["c", 2, 1, ["historical"]],
      ["d", 1, 0, ["strategic"]],
      ["e", 2, 1, ["strategic"]],
    ]);
    // Gold: a, b, d = 120 + 10 + 60 = 190; Silver: c, e = 15; potential: 600 and 20 (blank counts 0).
    expect(result.tiers.map((t) => [t.accounts, t.currentArr, t.potentialArr])).toEqual([
      [3, 190, 600],
      [2, 15, 20],
      [0, 0, 0],
    ]);
  });

  it("ignores potential when it does not outweigh current value", () => {
    const current = segmented(rows, {
      ...rules,
      potentialOutweighs: false,
      strategicIndustries: [],
      historical: null,
    });
    expect(current.accounts.map((a) => (a.status === "classified" ? a.tier : -1))).toEqual([0, 2, 2, 1, 2]);
  });

  it("applies the overrides in the documented order: strategic, then historical", () => {
    // Tech-touch account of a strategic industry, historical, kept at least in tier 1. Strategic first:
    // 2 → 1, then the floor 1 changes nothing: tier 1. The other order would give 2 → 1 (floor) → 0.
    const one = segmented([{ account: "x", currentArr: 1, industry: "Bank", customerSince: "2010-01-01" }], {
      ...rules,
      historical: { before: "2019-01-01", floorTier: 1 },
    });
    expect(byAccount(one, "x")).toMatchObject({ arrTier: 2, tier: 1, movedBy: ["strategic"] });
    // Floor 0: strategic 2 → 1, then historical 1 → 0: both, in that order.
    const both = segmented([{ account: "x", currentArr: 1, industry: "Bank", customerSince: "2010-01-01" }], {
      ...rules,
      historical: { before: "2019-01-01", floorTier: 0 },
    });
    expect(byAccount(both, "x")).toMatchObject({ arrTier: 2, tier: 0, movedBy: ["strategic", "historical"] });
  });

  it("breaks first-N ties in row order", () => {
    const tied = segmented(
      [
        { account: "p", currentArr: 1, customerSince: "2020-01-01" },
        { account: "q", currentArr: 1, customerSince: "2019-01-01" },
        { account: "r", currentArr: 1, customerSince: "2020-01-01" },
      ],
      { ...rules, strategicIndustries: [], historical: { firstN: 2, floorTier: 1 } },
    );
    // q is the oldest; p and r tie at the cut, p comes first.
    expect(tied.accounts.map((a) => (a.status === "classified" ? a.tier : -1))).toEqual([1, 1, 2]);
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("bad rows: listed with their reason, counted unclassified, never dropped", () => {
  const rows: (AccountRow | null)[] = [
    { account: "A", currentArr: 1000 },
    null,
    { account: " ", currentArr: "", region: "" },
    { account: "B", currentArr: "12k" },
    { account: "C", currentArr: -5 },
    { account: "A", currentArr: 2000 },
    { currentArr: 100 },
    { account: "D", currentArr: 100, customerSince: "last year" },
    { account: "E" },
    { account: "F", currentArr: 10, potentialArr: "n/a" },
    { account: "G", currentArr: 10, customerSince: "2026-02-30" },
    { account: true, currentArr: 10 },
  ];
  // Rows whose customer since is not a date are left out only when the rules say so (the default keeps them:
  // see typed-inputs-sense.test.ts).
  const result = segmented(rows, { ...DEFAULT_SEGMENTATION_RULES, badDates: "exclude" });

  it("gives each reason, in English", () => {
    expect(result.problems.map((p) => [p.index, p.field, p.reason, p.message.en])).toEqual([
      [
        3,
        "currentArr",
        "notNumber",
        'Row 4 (B), current ARR: expected an amount of 0 or more, got the text "12k".',
      ],
      [4, "currentArr", "negative", "Row 5 (C), current ARR: expected an amount of 0 or more, got -5."],
      [
        5,
        "account",
        "duplicate",
        'Row 6 (A), account: "A" already appears in row 1; only the first is segmented.',
      ],
      [6, "account", "missing", "Row 7, account: missing; give the account's name or id."],
      [
        7,
        "customerSince",
        "notDate",
        'Row 8 (D), customer since: expected a date (YYYY-MM-DD or an Excel date), got the text "last year".',
      ],
      [8, "currentArr", "missing", "Row 9 (E), current ARR: missing; give an amount of 0 or more."],
      [
        9,
        "potentialArr",
        "notNumber",
        'Row 10 (F), potential ARR: expected an amount of 0 or more, got the text "n/a".',
      ],
      [
        10,
        "customerSince",
        "notDate",
        'Row 11 (G), customer since: expected a date (YYYY-MM-DD or an Excel date), got the text "2026-02-30".',
      ],
      [11, "account", "notText", "Row 12, account: expected a text or a number."],
    ]);
  });

  it("gives them in French too", () => {
    expect(result.problems[2]?.message.fr).toBe(
      "Ligne 6 (A), compte : « A » figure déjà ligne 1 ; seule la première est segmentée.",
    );
    expect(result.problems[1]?.message.fr).toBe(
      "Ligne 5 (C), ARR actuel : attendu un montant positif ou nul, reçu -5.",
    );
  });

  it("accounts for every row", () => {
    // 12 rows: A classified, 2 blank (null, and spaces with empty cells), 9 unclassified.
    expect([result.rows, result.classified, result.unclassified, result.blankRows]).toEqual([12, 1, 9, 2]);
    expect(result.accounts.map((a) => [a.row, a.status])).toEqual([
      [0, "classified"],
      ...[3, 4, 5, 6, 7, 8, 9, 10, 11].map((row) => [row, "unclassified"]),
    ]);
    // The duplicate keeps its id; a missing account has none.
    expect(result.accounts[3]).toMatchObject({ account: "A", reasons: [{ reason: "duplicate" }] });
    expect(result.accounts[4]).toMatchObject({ account: null });
    expect(result.tiers.map((t) => t.accounts)).toEqual([0, 0, 1]);
  });

  it("lists every problem of a row", () => {
    const many = segmented([{ account: "", currentArr: "x", customerSince: "soon" }], {
      ...DEFAULT_SEGMENTATION_RULES,
      badDates: "exclude",
    });
    expect(many.accounts[0]).toMatchObject({
      status: "unclassified",
      reasons: [{ reason: "missing" }, { reason: "notNumber" }, { reason: "notDate" }],
    });
  });

  it("refuses bad rules with problems, never a throw", () => {
    const refused = (rules: unknown) => {
      const result = segmentAccounts([], rules as SegmentationRules);
      return result.ok ? [] : result.problems.map((p) => p.message.en);
    };
    expect(refused({ tiers: [], potentialOutweighs: true })).toEqual([
      "Tiers: expected at least one tier, got none.",
    ]);
    expect(refused({ tiers: DEFAULT_TIERS, potentialOutweighs: "yes" })).toEqual([
      'Potential outweighs current: expected yes or no (true or false), got the text "yes".',
    ]);
    expect(
      refused({ ...DEFAULT_SEGMENTATION_RULES, historical: { before: "2019-01-01", floorTier: 3 } }),
    ).toEqual(["Historical customers, kept at least in tier: expected a tier from 0 to 2, got 3."]);
    expect(
      refused({ ...DEFAULT_SEGMENTATION_RULES, historical: { before: "01/01/2019", floorTier: 1 } }),
    ).toEqual([
      'Historical customers, signed before: expected a date (YYYY-MM-DD or an Excel date), got the text "01/01/2019".',
    ]);
    expect(refused(null)).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------------------
const INDUSTRIES = ["Bank", "Retail", "Health", ""];
const cell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", -3, "lots", Number.NaN) },
);
const rowArb: fc.Arbitrary<AccountRow | null> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      account: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `acc${n}`) },
        { weight: 1, arbitrary: fc.constantFrom(null, "", 7) },
      ),
      currentArr: cell,
      potentialArr: fc.oneof(cell, fc.constant(null)),
      industry: fc.constantFrom(...INDUSTRIES),
      customerSince: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 40000, max: 46000 }) },
        { weight: 1, arbitrary: fc.constantFrom(null, "2019-06-30", "someday") },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);
const threshold = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(null));
const rulesArb: fc.Arbitrary<SegmentationRules> = fc.integer({ min: 1, max: 4 }).chain((count) =>
  fc.record({
    tiers: fc
      .array(fc.record({ currentMin: threshold, potentialMin: threshold }), {
        minLength: count,
        maxLength: count,
      })
      .map((ts) => ts.map((t, i) => tier(`T${i}`, t.currentMin, t.potentialMin))),
    potentialOutweighs: fc.boolean(),
    strategicIndustries: fc.subarray(["bank", "HEALTH"]),
    historical: fc.oneof(
      fc.constant(null),
      fc.record({
        before: fc.oneof(fc.constant(null), fc.integer({ min: 40000, max: 46000 })),
        firstN: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10 })),
        floorTier: fc.integer({ min: 0, max: count - 1 }),
      }),
    ),
  }),
);
const rowsArb = fc.array(rowArb, { maxLength: 60 });

describe("properties", () => {
  it("every row is classified in exactly one tier, unclassified, or a counted blank row", () => {
    fc.assert(
      fc.property(rowsArb, rulesArb, (rows, rules) => {
        const result = segmented(rows, rules);
        const seen = result.accounts.map((a) => a.row);
        expect(new Set(seen).size).toBe(seen.length);
        expect([...seen].sort((a, b) => a - b)).toEqual(seen);
        expect(result.rows).toBe(rows.length);
        expect(result.classified + result.unclassified + result.blankRows).toBe(rows.length);
        expect(result.accounts).toHaveLength(rows.length - result.blankRows);
        for (const account of result.accounts) {
          if (account.status === "classified") {
            expect(
              Number.isInteger(account.tier) && account.tier >= 0 && account.tier < rules.tiers.length,
            ).toBe(true);
            expect(account.tierName).toBe(rules.tiers[account.tier]?.name);
          } else expect(account.reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("per-tier counts add up to the classified rows, and ARR sums equal a plain sum", () => {
    fc.assert(
      fc.property(rowsArb, rulesArb, (rows, rules) => {
        const result = segmented(rows, rules);
        expect(result.tiers.reduce((sum, t) => sum + t.accounts, 0)).toBe(result.classified);
        rules.tiers.forEach((_, t) => {
          let current = 0;
          let potential = 0;
          for (const account of result.accounts) {
            if (account.status !== "classified" || account.tier !== t) continue;
            const row = rows[account.row] as AccountRow;
            current += row.currentArr as number;
            potential += typeof row.potentialArr === "number" ? row.potentialArr : 0;
          }
          expect([result.tiers[t]?.currentArr, result.tiers[t]?.potentialArr]).toEqual([current, potential]);
        });
      }),
    );
  });

  it("raising a threshold never moves an account to a higher tier", () => {
    fc.assert(
      fc.property(
        rowsArb,
        rulesArb,
        fc.nat(),
        fc.boolean(),
        fc.integer({ min: 1, max: 500 }),
        (rows, rules, pick, potential, raise) => {
          const t = pick % rules.tiers.length;
          const key = potential ? "potentialMin" : "currentMin";
          // A blank threshold is not used, as if infinitely high: only a threshold that is set is raised.
          const raised = rules.tiers.map((d, i) => {
            const value = d[key];
            return i === t && value != null ? { ...d, [key]: value + raise } : d;
          });
          const before = segmented(rows, rules);
          const after = segmented(rows, { ...rules, tiers: raised });
          before.accounts.forEach((account, k) => {
            const later = after.accounts[k];
            if (account.status === "classified" && later?.status === "classified")
              expect(later.tier).toBeGreaterThanOrEqual(account.tier);
            else expect(later?.status).toBe(account.status);
          });
        },
      ),
    );
  });

  it("follows the documented steps: ARR tier, then strategic industry, then historical floor", () => {
    fc.assert(
      fc.property(rowsArb, rulesArb, (rows, rules) => {
        // Before-date rule only: the first N need the whole portfolio, tested by hand above.
        const simple = {
          ...rules,
          historical: rules.historical ? { ...rules.historical, firstN: null } : null,
        };
        const result = segmented(rows, simple);
        const last = rules.tiers.length - 1;
        for (const account of result.accounts) {
          if (account.status !== "classified") continue;
          const row = rows[account.row] as AccountRow;
          const c = row.currentArr as number;
          const p = typeof row.potentialArr === "number" ? row.potentialArr : -1;
          let arr = rules.tiers.findIndex(
            (d, i) =>
              i === last ||
              (d.currentMin != null && c >= d.currentMin) ||
              (rules.potentialOutweighs && d.potentialMin != null && p >= d.potentialMin),
          );
          expect(account.arrTier).toBe(arr);
          const strategic =
            typeof row.industry === "string" &&
            (rules.strategicIndustries ?? []).some(
              (s) => s.toLowerCase() === (row.industry as string).toLowerCase(),
            );
          if (strategic && arr > 0) arr--;
          const h = simple.historical;
          const since = row.customerSince === "2019-06-30" ? 43646 : row.customerSince;
          if (h?.before != null && typeof since === "number" && since < (h.before as number))
            arr = Math.min(arr, h.floorTier);
          expect(account.tier).toBe(arr);
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
describe("coverage", () => {
  const tiers = [
    { name: { en: "High", fr: "Haut" }, accounts: 30, currentArr: 6_000_000 },
    { name: { en: "Low", fr: "Bas" }, accounts: 200, currentArr: 4_000_000 },
    { name: { en: "Tech", fr: "Digital" }, accounts: 1500, currentArr: 1_500_000 },
  ];

  it("sizes each tier by accounts or by ARR", () => {
    const result = coverage({
      tiers,
      capacity: [{ perCsm: 10 }, { basis: "arr", perCsm: 2_000_000 }, { perCsm: null }],
      headcount: 4,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // 30 ÷ 10 = 3; 4,000,000 ÷ 2,000,000 = 2; blank capacity: 0. Total 5, gap 5 − 4 = 1.
    expect(result.tiers.map((t) => [t.csmsNeeded, t.arrPerCsm])).toEqual([
      [3, 2_000_000],
      [2, 2_000_000],
      [0, null],
    ]);
    expect([result.csmsNeeded, result.gap]).toEqual([5, 1]);
    // Reference: 11,500,000 ÷ 2,000,000 = 5.75; difference 5 − 5.75 = −0.75.
    expect(result.reference).toEqual({ arrPerCsm: 2_000_000, csmsNeeded: 5.75, difference: -0.75 });
    // Team of 5: account management 3, onboarding 1, support 1.
    expect(result.specialists.roles.map((r) => [r.role, r.people])).toEqual([
      ["accountManagement", 3],
      ["onboarding", 1],
      ["support", 1],
    ]);
  });

  it("lists bad capacities", () => {
    const result = coverage({
      tiers,
      capacity: [{ perCsm: -1 }, { perCsm: "ten" as unknown as number }],
      headcount: -2,
    });
    expect(result.ok ? [] : result.problems.map((p) => p.message.en)).toEqual([
      "Give one capacity per tier: 3 tiers, 2 capacities.",
      "Tier 1 (High), accounts per CSM: expected a number greater than 0, got -1.",
      'Tier 2 (Low), accounts per CSM: expected a number greater than 0, got the text "ten".',
      "CSM headcount: expected an amount of 0 or more, got -2.",
    ]);
  });

  it("suggests specialists as the team grows: generalists below 5, five roles from 10", () => {
    expect(suggestSpecialists(4).roles).toEqual([{ role: "generalist", share: 1, people: 4 }]);
    // 12 × (0.4, 0.15, 0.2, 0.1, 0.15) = 4.8, 1.8, 2.4, 1.2, 1.8 → floors 4, 1, 2, 1, 1 (9); 3 left to the
    // largest remainders 0.8, 0.8, 0.8 (account management, onboarding, professional services).
    expect(suggestSpecialists(12).roles.map((r) => [r.role, r.people])).toEqual([
      ["accountManagement", 5],
      ["onboarding", 2],
      ["support", 2],
      ["training", 1],
      ["professionalServices", 2],
    ]);
    expect(suggestSpecialists(0)).toMatchObject({ team: 0, roles: [{ role: "generalist", people: 0 }] });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), (csms) => {
        const split = suggestSpecialists(csms);
        expect(split.roles.reduce((sum, r) => sum + r.people, 0)).toBe(split.team);
        expect(split.roles.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});
