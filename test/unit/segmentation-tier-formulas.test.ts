// The segmentation's rule as Excel formulas (functions/segmentation/tier-formulas.ts), pinned: each expected
// formula is typed out here from the rule (./rules.ts, steps 1 to 3), piece by named piece, never produced by the
// code under test. What the formulas compute is checked a second way in
// segmentation-tier-formulas-evaluated.test.ts, and in LibreOffice by test/templates/segment-export.test.ts.
import { describe, expect, it } from "vitest";
import {
  firstReachedFormula,
  MOVED_BY_LABELS,
  namedTierFormulas,
  reachesFormula,
  tierCsmsFormula,
  tierNameFormula,
  tierTableFormulas,
  upOneTierFormula,
  type NamedTierRefs,
} from "../../functions/segmentation/tier-formulas";
import { NAMED as TEMPLATE_REFS, TABLE } from "../support/tier-sheets";

describe("the steps the tier formulas are made of", () => {
  it("reach a tier by current ARR at least its threshold, or by potential ARR when potential counts", () => {
    expect(
      reachesFormula(
        { arr: "B5", min: "CurMin" },
        { arr: "C5", min: "PotMin", counts: "PO", mustBeNumber: false },
      ),
    ).toBe("OR(AND(ISNUMBER(CurMin),B5>=CurMin),AND(PO,ISNUMBER(PotMin),C5>=PotMin))");
  });

  it("ask the potential ARR to be a number itself when a blank must not count as 0", () => {
    expect(
      reachesFormula(
        { arr: "B5", min: "CurMin" },
        { arr: "C5", min: "PotMin", counts: "PO", mustBeNumber: true },
      ),
    ).toBe("OR(AND(ISNUMBER(CurMin),B5>=CurMin),AND(PO,ISNUMBER(PotMin),ISNUMBER(C5),C5>=PotMin))");
  });

  it("give the only tier to every account when there is one tier and no test", () => {
    expect(firstReachedFormula([], ["1"])).toBe("1");
  });

  it("take the first tier from the top whose test holds, the last tier taking the rest", () => {
    expect(firstReachedFormula(["t1"], ["1", "2"])).toBe("IF(t1,1,2)");
    expect(firstReachedFormula(["t1", "t2", "t3", "t4"], ["A", "B", "C", "D", "E"])).toBe(
      "IF(t1,A,IF(t2,B,IF(t3,C,IF(t4,D,E))))",
    );
  });

  it("refuse a tier list that is not one longer than the tests, a mistake of the caller", () => {
    expect(() => firstReachedFormula(["t1", "t2"], ["1", "2"])).toThrow(
      "one tier more than tests: the last takes the rest",
    );
    expect(() => firstReachedFormula(["t1"], ["1", "2", "3"])).toThrow(/one tier more/);
    expect(() => firstReachedFormula([], [])).toThrow(/one tier more/);
  });

  it("move a level up one tier by subtracting 1 when the condition holds", () => {
    expect(upOneTierFormula("L", "S")).toBe("L-IF(S,1,0)");
  });

  it("name the tier at a level, blank while the level is blank", () => {
    expect(tierNameFormula("H2", "Names")).toBe('IF(H2="","",INDEX(Names,H2))');
  });

  it("count the CSMs a tier needs only when one CSM carries more than 0", () => {
    expect(tierCsmsFormula("B5", "E5")).toBe("IF(N(E5)>0,B5/E5,0)");
  });
});

/**
 * The segmentation template's references (templates/segmentation.ts), as the evaluated tests use them: row 5,
 * the account in A5, current ARR B5, potential C5, industry D5, customer since F5, ARR tier G5, level J5; the
 * tiers TierHigh and TierLow with their thresholds HighCurrentMin… and TierTech; UsePotential="Yes"; the list
 * Industries; HistoricalBefore, HistoricalFloor; here the tiers' names are on the Rules sheet.
 */
const NAMED: NamedTierRefs = { ...TEMPLATE_REFS, tierNames: "'Rules'!$B$8:$B$10" };

describe("the segmentation template's formulas (three named tiers)", () => {
  // Step 1, a blank potential ARR counting as 0 (the template validates what is typed).
  const highReached =
    'OR(AND(ISNUMBER(HighCurrentMin),B5>=HighCurrentMin),AND(UsePotential="Yes",ISNUMBER(HighPotentialMin),C5>=HighPotentialMin))';
  const lowReached =
    'OR(AND(ISNUMBER(LowCurrentMin),B5>=LowCurrentMin),AND(UsePotential="Yes",ISNUMBER(LowPotentialMin),C5>=LowPotentialMin))';
  const arrLevel = "MATCH(G5,'Rules'!$B$8:$B$10,0)";
  // Step 2: a listed industry (COUNTIF), below the first tier.
  const movedUp = `AND(AND(D5<>"",COUNTIF(Industries,D5)>0),${arrLevel}>1)`;
  const afterStrategic = `(${arrLevel}-IF(${movedUp},1,0))`;
  // Step 3: signed strictly before the date, with a floor given.
  const historical = "AND(ISNUMBER(F5),F5<HistoricalBefore,ISNUMBER(HistoricalFloor))";
  const heldUp = `AND(${historical},J5<${afterStrategic})`;

  it("give the ARR tier's name, the first reached from the top, blank without an account", () => {
    expect(namedTierFormulas(NAMED, "en").arrTier).toBe(
      `IF(A5="","",IF(${highReached},TierHigh,IF(${lowReached},TierLow,TierTech)))`,
    );
  });

  it("give the level: up one tier for a strategic industry, then at least the floor for a historical customer", () => {
    expect(namedTierFormulas(NAMED, "en").level).toBe(
      `IF(G5="","",IF(${historical},MIN(HistoricalFloor,${afterStrategic}),${afterStrategic}))`,
    );
  });

  it("say in English which override moved the account", () => {
    expect(namedTierFormulas(NAMED, "en").movedBy).toBe(
      `IF(J5="","",IF(AND(${movedUp},${heldUp}),"Strategic, then historical",` +
        `IF(${movedUp},"Strategic industry",IF(${heldUp},"Historical customer","—"))))`,
    );
  });

  it("say it in French in the French workbook, with the same English function names and commas", () => {
    const french = namedTierFormulas(
      { ...NAMED, potentialCounts: 'UsePotential="Oui"', tierNames: "'Règles'!$B$8:$B$10" },
      "fr",
    );
    const frenchLevel = "MATCH(G5,'Règles'!$B$8:$B$10,0)";
    const frenchMovedUp = `AND(AND(D5<>"",COUNTIF(Industries,D5)>0),${frenchLevel}>1)`;
    const frenchAfter = `(${frenchLevel}-IF(${frenchMovedUp},1,0))`;
    const frenchHeldUp = `AND(${historical},J5<${frenchAfter})`;
    expect(french.movedBy).toBe(
      `IF(J5="","",IF(AND(${frenchMovedUp},${frenchHeldUp}),"Stratégique, puis historique",` +
        `IF(${frenchMovedUp},"Secteur stratégique",IF(${frenchHeldUp},"Client historique","—"))))`,
    );
    expect(french.arrTier).toBe(
      `IF(A5="","",IF(${highReached.replaceAll('"Yes"', '"Oui"')},TierHigh,IF(${lowReached.replaceAll('"Yes"', '"Oui"')},TierLow,TierTech)))`,
    );
    expect(french.tier).toBe('IF(J5="","",INDEX(\'Règles\'!$B$8:$B$10,J5))');
    expect(`${french.arrTier}${french.level}${french.movedBy}`).not.toMatch(/;|\bSI\(|\bET\(|\bOU\(/);
  });

  it("keep the names it is given as they are, quotes and apostrophes included", () => {
    const quoted = namedTierFormulas({ ...NAMED, tierNames: "'O''Brien''s \"Rules\"'!$B$8:$B$10" }, "en");
    expect(quoted.tier).toBe("IF(J5=\"\",\"\",INDEX('O''Brien''s \"Rules\"'!$B$8:$B$10,J5))");
    expect(quoted.level).toContain("MATCH(G5,'O''Brien''s \"Rules\"'!$B$8:$B$10,0)");
  });

  it("give the tier's name at the level", () => {
    expect(namedTierFormulas(NAMED, "en").tier).toBe('IF(J5="","",INDEX(\'Rules\'!$B$8:$B$10,J5))');
  });

  it("let a tier without thresholds reach nothing, as blank threshold cells do", () => {
    const tiers = [{ name: "Top" }, { name: "Middle", currentMin: "MidMin" }, { name: "Rest" }];
    expect(namedTierFormulas({ ...NAMED, tiers }, "en").arrTier).toBe(
      'IF(A5="","",IF(OR(AND(ISNUMBER(""),B5>=""),AND(UsePotential="Yes",ISNUMBER(""),C5>="")),Top,' +
        'IF(OR(AND(ISNUMBER(MidMin),B5>=MidMin),AND(UsePotential="Yes",ISNUMBER(""),C5>="")),Middle,Rest)))',
    );
  });
});

/*
 * The plan's Segments table (notebook/segmentation/formulas.ts) as the evaluated tests rebuild it (TABLE): current
 * ARR in C2, potential D2, customer since E2, industry F2, ARR level G2, level H2; the whole columns Since and
 * Levels; the rules' columns Names, CurMin, PotMin; the settings PO, Before, FirstN, Floor; the list Strategic.
 */

describe("the plan's Segments table formulas (any number of tiers)", () => {
  // A row is classified when current ARR is an amount, potential ARR blank or an amount, customer since blank
  // or a date serial (1 to 2958465, 9999-12-31); blank is empty once trimmed and cleaned, and no error.
  const blankPotential = 'IF(ISERROR(D2),FALSE,CLEAN(TRIM(D2))="")';
  const blankSince = 'IF(ISERROR(E2),FALSE,CLEAN(TRIM(E2))="")';
  // By default a customer since that is not a date does not unclassify the row (the rules' badDates: keep).
  const valid = `AND(IF(ISNUMBER(C2),C2>=0,FALSE),IF(ISNUMBER(D2),D2>=0,${blankPotential}))`;
  const validExcludingBadDates =
    `AND(IF(ISNUMBER(C2),C2>=0,FALSE),IF(ISNUMBER(D2),D2>=0,${blankPotential}),` +
    `IF(ISNUMBER(E2),AND(E2>=1,E2<=2958465),${blankSince}))`;
  // A customer since that is a date serial, never an error.
  const dated = "IF(ISNUMBER(E2),AND(E2>=1,E2<=2958465),FALSE)";
  // Step 1 for tier i: the current threshold, or the potential one when potential outweighs current and the
  // potential ARR is a number.
  const reaches = (i: number) =>
    `OR(AND(ISNUMBER(INDEX(CurMin,${i})),C2>=INDEX(CurMin,${i})),` +
    `AND(PO=TRUE,ISNUMBER(INDEX(PotMin,${i})),ISNUMBER(D2),D2>=INDEX(PotMin,${i})))`;
  // Step 2: a listed industry, whole text in any case, below the first tier.
  const strategic = 'IF(ISTEXT(F2),SUMPRODUCT((Strategic=F2)*(Strategic<>""))>0,FALSE)';
  const movedUp = `IF(G2>1,${strategic},FALSE)`;
  // Step 3: before the date, or among the first N classified rows by customer since, ties in row order.
  // Rows whose customer since is not a date are neither historical nor counted in the rank.
  const rank =
    'COUNTIFS(Since,"<"&E2,Since,">=1",Levels,">0")+COUNTIFS(INDEX(Since,1):E2,E2,INDEX(Levels,1):G2,">0")';
  const historical =
    `OR(IF(AND(ISNUMBER(Before),${dated}),E2<Before,FALSE),` +
    `IF(AND(${dated},N(FirstN)>0),${rank}<=FirstN,FALSE))`;

  it("give every classified row the only level when there is one tier", () => {
    expect(tierTableFormulas(TABLE, 1).arrLevel).toBe(`IF(${valid},1,"")`);
  });

  it("leave a row whose customer since is not a date unclassified only when the rules exclude such rows", () => {
    expect(tierTableFormulas(TABLE, 1, { excludeBadDates: true }).arrLevel).toBe(
      `IF(${validExcludingBadDates},1,"")`,
    );
  });

  it("give the ARR level of two tiers", () => {
    expect(tierTableFormulas(TABLE, 2).arrLevel).toBe(`IF(${valid},IF(${reaches(1)},1,2),"")`);
  });

  it("give the ARR level of three tiers, the first reached from the top", () => {
    expect(tierTableFormulas(TABLE, 3).arrLevel).toBe(
      `IF(${valid},IF(${reaches(1)},1,IF(${reaches(2)},2,3)),"")`,
    );
  });

  it("give the ARR level of five tiers, testing the thresholds of all but the last", () => {
    expect(tierTableFormulas(TABLE, 5).arrLevel).toBe(
      `IF(${valid},IF(${reaches(1)},1,IF(${reaches(2)},2,IF(${reaches(3)},3,IF(${reaches(4)},4,5)))),"")`,
    );
  });

  it("give the level: up one tier for a strategic industry, held at the floor, the last level when none", () => {
    expect(tierTableFormulas(TABLE, 3).level).toBe(
      `IF(G2="","",MIN(G2-IF(${movedUp},1,0),IF(ISNUMBER(Floor),IF(${historical},Floor,3),3)))`,
    );
    expect(tierTableFormulas(TABLE, 4).level).toBe(
      `IF(G2="","",MIN(G2-IF(${movedUp},1,0),IF(ISNUMBER(Floor),IF(${historical},Floor,4),4)))`,
    );
  });

  it("say in English and in French which override moved the account", () => {
    const formulas = tierTableFormulas(TABLE, 3);
    expect(formulas.movedBy("en")).toBe(
      `IF(H2="","",IF(${movedUp},IF(H2<G2-1,"Strategic, then historical","Strategic industry"),` +
        'IF(H2<G2,"Historical customer","—")))',
    );
    expect(formulas.movedBy("fr")).toBe(
      `IF(H2="","",IF(${movedUp},IF(H2<G2-1,"Stratégique, puis historique","Secteur stratégique"),` +
        'IF(H2<G2,"Client historique","—")))',
    );
  });

  it("give the tier's name at the level", () => {
    expect(tierTableFormulas(TABLE, 3).tier).toBe('IF(H2="","",INDEX(Names,H2))');
  });

  it("keep structured references with escaped headers (an apostrophe doubled, a # after ') as they are", () => {
    const quoted = {
      ...TABLE,
      tiers: { ...TABLE.tiers, name: "Rules[[Tier '#]]" },
      strategicIndustries: "Strategic[[Secteur d''activité]]",
    };
    const formulas = tierTableFormulas(quoted, 2);
    expect(formulas.tier).toBe('IF(H2="","",INDEX(Rules[[Tier \'#]],H2))');
    expect(formulas.level).toContain(
      "SUMPRODUCT((Strategic[[Secteur d''activité]]=F2)*(Strategic[[Secteur d''activité]]<>\"\"))>0",
    );
  });
});

describe("the Moved by labels", () => {
  it("are the same words in the Segments table, the template and the pane, in both languages", () => {
    expect(MOVED_BY_LABELS).toEqual({
      strategic: { en: "Strategic industry", fr: "Secteur stratégique" },
      historical: { en: "Historical customer", fr: "Client historique" },
      both: { en: "Strategic, then historical", fr: "Stratégique, puis historique" },
      none: { en: "—", fr: "—" },
    });
  });
});
