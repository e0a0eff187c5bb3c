// The segmentation's checks, worked by hand: each bad rule and each bad row with its exact problem in both
// languages, and which accounts count as historical customers.
import { describe, expect, it } from "vitest";
import { accountId, empty, historicalRows, rowProblem } from "../../functions/segmentation/rows";
import { compileRules, type SegmentationRules } from "../../functions/segmentation/rules";

const ALL = { name: { en: "All", fr: "Tous" } };
const problemsOf = (rules: unknown) => {
  const result = compileRules(rules as SegmentationRules);
  return result.ok ? [] : result.problems;
};

describe("segmentation rules that cannot be used", () => {
  it("give a problem for missing tiers and a missing choice about potential", () => {
    expect(problemsOf(null)).toEqual([
      {
        field: "tiers",
        message: {
          en: "Tiers: expected at least one tier, got nothing.",
          fr: "Paliers : attendu au moins un palier, reçu rien.",
        },
      },
      {
        field: "potentialOutweighs",
        message: {
          en: "Potential outweighs current: expected yes or no (true or false), got nothing.",
          fr: "Le potentiel prime : attendu oui ou non (true ou false), reçu rien.",
        },
      },
    ]);
  });

  it("say an empty list of tiers has none, and name what was given instead of a list", () => {
    expect(problemsOf({ tiers: [], potentialOutweighs: false })).toEqual([
      {
        field: "tiers",
        message: {
          en: "Tiers: expected at least one tier, got none.",
          fr: "Paliers : attendu au moins un palier, reçu aucun.",
        },
      },
    ]);
    expect(problemsOf({ tiers: "High, Low", potentialOutweighs: false })[0]?.message.en).toBe(
      'Tiers: expected at least one tier, got the text "High, Low".',
    );
  });

  it("ask each tier for a name in both languages", () => {
    const unnamed = [
      null,
      { name: "Gold" },
      { name: { en: "Gold", fr: " " } },
      { name: { en: "", fr: "Or" } },
      { name: { en: 5, fr: "Or" } },
      { name: null },
    ];
    const problems = problemsOf({ tiers: unnamed, potentialOutweighs: false });
    expect(problems).toEqual(
      unnamed.map((_, index) => ({
        field: "tiers.name",
        index,
        message: { en: `Tier ${index + 1}: give it a name.`, fr: `Palier ${index + 1} : donnez-lui un nom.` },
      })),
    );
  });

  it("name the tier and the threshold that is not an amount", () => {
    const problems = problemsOf({
      tiers: [
        { ...ALL, currentMin: -1 },
        { ...ALL, potentialMin: "lots" },
      ],
      potentialOutweighs: true,
    });
    expect(problems).toEqual([
      {
        field: "tiers.currentMin",
        index: 0,
        message: {
          en: "Tier 1, current ARR at least: expected an amount of 0 or more, got -1.",
          fr: "Palier 1, ARR actuel au moins : attendu un montant positif ou nul, reçu -1.",
        },
      },
      {
        field: "tiers.potentialMin",
        index: 1,
        message: {
          en: 'Tier 2, potential ARR at least: expected an amount of 0 or more, got the text "lots".',
          fr: "Palier 2, ARR potentiel au moins : attendu un montant positif ou nul, reçu le texte « lots ».",
        },
      },
    ]);
  });

  it("name a strategic industry that is not a text, and a list that is not a list", () => {
    expect(problemsOf({ tiers: [ALL], potentialOutweighs: false, strategicIndustries: ["Bank", 5] })).toEqual(
      [
        {
          field: "strategicIndustries",
          index: 1,
          message: {
            en: "Strategic industry 2: expected a text, got 5.",
            fr: "Secteur stratégique 2 : attendu un texte, reçu 5.",
          },
        },
      ],
    );
    expect(problemsOf({ tiers: [ALL], potentialOutweighs: false, strategicIndustries: "Bank" })).toEqual([
      {
        field: "strategicIndustries",
        message: {
          en: 'Strategic industries: expected a list, got the text "Bank".',
          fr: "Secteurs stratégiques : attendu une liste, reçu le texte « Bank ».",
        },
      },
    ]);
    for (const blank of [null, undefined, ""])
      expect(problemsOf({ tiers: [ALL], potentialOutweighs: false, strategicIndustries: blank })).toEqual([]);
  });

  it("name the historical customers' date, count and tier when they are wrong", () => {
    const base = { tiers: [ALL, ALL], potentialOutweighs: false };
    expect(problemsOf({ ...base, historical: { before: "soon", floorTier: 0 } })).toEqual([
      {
        field: "historical.before",
        message: {
          en: 'Historical customers, signed before: expected a date (YYYY-MM-DD or an Excel date), got the text "soon".',
          fr: "Clients historiques, signés avant le : attendu une date (AAAA-MM-JJ ou une date Excel), reçu le texte « soon ».",
        },
      },
    ]);
    expect(problemsOf({ ...base, historical: { firstN: 2.5, floorTier: 0 } })).toEqual([
      {
        field: "historical.firstN",
        message: {
          en: "Historical customers, first N: expected a whole number of 0 or more, got 2.5.",
          fr: "Clients historiques, N premiers : attendu un nombre entier positif ou nul, reçu 2,5.",
        },
      },
    ]);
    const floor = (floorTier: unknown) =>
      problemsOf({ ...base, historical: { firstN: 3, floorTier } }).map((p) => [p.field, p.message.en]);
    for (const bad of [2, -1, 0.5, "1", null])
      expect(floor(bad), String(bad)).toEqual([
        [
          "historical.floorTier",
          `Historical customers, kept at least in tier: expected a tier from 0 to 1, got ${typeof bad === "string" ? `the text "${bad}"` : bad === null ? "nothing" : String(bad)}.`,
        ],
      ]);
    expect(problemsOf({ ...base, historical: { firstN: 3, floorTier: 7 } })[0]?.message.fr).toBe(
      "Clients historiques, maintenus au moins au palier : attendu un palier de 0 à 1, reçu 7.",
    );
    expect(floor(1)).toEqual([]);
  });

  it("refuse a historical rule that is not a rule, instead of keeping nobody", () => {
    const base = { tiers: [ALL, ALL], potentialOutweighs: false };
    expect(problemsOf({ ...base, historical: "2019-01-01" })).toEqual([
      {
        field: "historical",
        message: {
          en: 'Historical customers: expected a rule with its date, first N and tier, got the text "2019-01-01".',
          fr: "Clients historiques : attendu une règle avec sa date, ses N premiers et son palier, reçu le texte « 2019-01-01 ».",
        },
      },
    ]);
    expect(problemsOf({ ...base, historical: 5 }).map((p) => p.message.en)).toEqual([
      "Historical customers: expected a rule with its date, first N and tier, got 5.",
    ]);
    for (const bad of [true, [{ before: "2019-01-01", floorTier: 0 }]])
      expect(
        problemsOf({ ...base, historical: bad }).map((p) => p.field),
        String(bad),
      ).toEqual(["historical"]);
    for (const blank of [null, undefined, ""]) expect(problemsOf({ ...base, historical: blank })).toEqual([]);
  });
});

describe("segmentation rules compiled", () => {
  it("keep the strategic industries in lower case, leaving out empty names", () => {
    const compiled = compileRules({
      tiers: [ALL],
      potentialOutweighs: false,
      strategicIndustries: ["Bank", "", "RETAIL"],
    });
    expect(compiled.ok && [...compiled.rules.strategic]).toEqual(["bank", "retail"]);
  });

  it("keep nobody when the historical rule has neither a date nor a count, whatever its tier", () => {
    const compiled = compileRules({
      tiers: [ALL],
      potentialOutweighs: false,
      historical: { before: null, firstN: 0, floorTier: 9 },
    });
    expect(compiled.ok && compiled.rules).toMatchObject({
      historicalBefore: Number.NaN,
      historicalFirstN: 0,
      floorTier: -1,
    });
  });

  it("turn the historical rule's date into a serial and keep its count and tier", () => {
    const compiled = compileRules({
      tiers: [ALL, ALL],
      potentialOutweighs: true,
      historical: { before: "2019-01-01", firstN: 5, floorTier: 1 },
    });
    expect(compiled.ok && compiled.rules).toMatchObject({
      potentialOutweighs: true,
      historicalBefore: 43466,
      historicalFirstN: 5,
      floorTier: 1,
    });
  });
});

describe("historical customers", () => {
  it("are the classified rows signed strictly before the date, tier 0 included", () => {
    // Rows: tier 0 signed at 100, tier 1 on the date, unclassified, blank, tier 2 after.
    const marks = historicalRows(
      Int32Array.of(0, 1, -1, -2, 2),
      Float64Array.of(100, 200, 50, 50, 300),
      200,
      0,
      1,
    );
    expect(Array.from(marks ?? [])).toEqual([1, 0, 0, 0, 0]);
  });

  it("are nobody when no tier is kept", () => {
    expect(historicalRows(Int32Array.of(0), Float64Array.of(1), 200, 3, -1)).toBeNull();
  });

  it("are all the dated classified rows when there are no more of them than N", () => {
    // Dated and classified: rows 0 and 3; row 1 is unclassified, row 2 has no date.
    const marks = historicalRows(Int32Array.of(0, -1, 1, 2), Float64Array.of(300, 10, NaN, 500), NaN, 2, 1);
    expect(Array.from(marks ?? [])).toEqual([1, 0, 0, 1]);
  });

  it("are the first N by date, ties at the cut in row order, unclassified rows not counted", () => {
    // Classified and dated: rows 1 (100), 2 (50), 3 (100), 4 (200); sorted 50, 100, 100, 200, so with N = 2
    // the cut is 100: row 2 is before it, and one place is left at the cut, for row 1 (the first in order).
    // Row 0 is unclassified: its early date takes no place.
    const marks = historicalRows(
      Int32Array.of(-1, 0, 1, 0, 2),
      Float64Array.of(10, 100, 50, 100, 200),
      NaN,
      2,
      0,
    );
    expect(Array.from(marks ?? [])).toEqual([0, 1, 1, 0, 0]);
  });

  it("count a first-tier account signed before the cut among the first N", () => {
    // Sorted 50, 100, 100 with N = 2: the cut is 100; row 0 (tier 0, 50) takes one place, row 1 the other.
    const marks = historicalRows(Int32Array.of(0, 1, 1), Float64Array.of(50, 100, 100), NaN, 2, 1);
    expect(Array.from(marks ?? [])).toEqual([1, 1, 0]);
  });

  it("add the first N to those signed before the date", () => {
    // Before 60: row 0 (50). First 1 by date among the classified: row 0 again (50). Row 2 (70) is neither.
    const marks = historicalRows(Int32Array.of(2, 1, 2), Float64Array.of(50, NaN, 70), 60, 1, 0);
    expect(Array.from(marks ?? [])).toEqual([1, 0, 0]);
  });
});

describe("the row checks", () => {
  it("read null, undefined, the empty text and spaces as blank, and nothing else", () => {
    for (const blank of [null, undefined, "", "  ", "\t"]) expect(empty(blank), String(blank)).toBe(true);
    for (const value of [0, " x ", false]) expect(empty(value), String(value)).toBe(false);
  });

  it("take a finite number as an account id, and nothing else that is not a text", () => {
    expect([accountId(1042.5), accountId(0)]).toEqual(["1042.5", "0"]);
    for (const value of [true, Number.NaN, Infinity, null, {}]) expect(accountId(value)).toBeNull();
  });

  it("name a duplicate of the first row, and carry the id only when there is one", () => {
    expect(rowProblem(3, "Acme", "account", "Acme", 0)).toEqual({
      field: "account",
      index: 3,
      id: "Acme",
      reason: "duplicate",
      message: {
        en: 'Row 4 (Acme), account: "Acme" already appears in row 1; only the first is segmented.',
        fr: "Ligne 4 (Acme), compte : « Acme » figure déjà ligne 1 ; seule la première est segmentée.",
      },
    });
    expect(rowProblem(0, null, "account", "")).toEqual({
      field: "account",
      index: 0,
      reason: "missing",
      message: {
        en: "Row 1, account: missing; give the account's name or id.",
        fr: "Ligne 1, compte : manquant ; indiquez le nom ou l'identifiant du compte.",
      },
    });
  });

  it("ask for an amount when the ARR is missing, and for a date when the customer since is wrong", () => {
    expect(rowProblem(1, "B", "currentArr", null)).toMatchObject({
      reason: "missing",
      message: {
        en: "Row 2 (B), current ARR: missing; give an amount of 0 or more.",
        fr: "Ligne 2 (B), ARR actuel : manquant ; indiquez un montant positif ou nul.",
      },
    });
    expect(rowProblem(1, "B", "customerSince", 7)).toMatchObject({
      field: "customerSince",
      reason: "notDate",
      message: {
        en: "Row 2 (B), customer since: expected a date (YYYY-MM-DD or an Excel date), got 7.",
        fr: "Ligne 2 (B), client depuis : attendu une date (AAAA-MM-JJ ou une date Excel), reçu 7.",
      },
    });
  });

  it("tell an account that is not a text from an ARR that is not a number", () => {
    expect(rowProblem(2, null, "account", true)).toMatchObject({
      reason: "notText",
      message: {
        en: "Row 3, account: expected a text or a number.",
        fr: "Ligne 3, compte : attendu un texte ou un nombre.",
      },
    });
    expect(rowProblem(2, "C", "potentialArr", "n/a")).toMatchObject({ reason: "notNumber" });
    expect(rowProblem(2, "C", "potentialArr", -3)).toMatchObject({
      reason: "negative",
      message: { fr: "Ligne 3 (C), ARR potentiel : attendu un montant positif ou nul, reçu -3." },
    });
  });
});
