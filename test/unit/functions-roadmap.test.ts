// The roadmap and the scaling checks, computed in each test and worked by hand: every problem with its exact
// words, calendar dates at their edges, the drafts and the ordering by priority, and CSMs needed over tiers
// with blanks.
import { describe, expect, it } from "vitest";
import { describeValue, itemSubject, textOf } from "../../functions/checks/checks";
import { planRoadmap, type RoadmapInput } from "../../functions/scaling/roadmap";
import { isIsoDate } from "../../functions/excel/dates";
import { daysBetween } from "../../functions/scaling/roadmap-dates";
import { roadmapDrafts, sortByPriority } from "../../functions/scaling/roadmap-drafts";
import { csmsNeeded } from "../../functions/scaling/scaling";
import { solutionKindOf } from "../../functions/scaling/solution-kinds";
import { ExcelError } from "../../functions/excel/errors";

const problemsOf = (input: unknown) => {
  const result = planRoadmap(input as RoadmapInput);
  return result.ok ? [] : result.problems;
};

describe("what the roadmap refuses", () => {
  it("a start that is not a date and items that are not a list, in both languages", () => {
    expect(problemsOf({ start: "soon", items: "tickets" })).toEqual([
      {
        field: "start",
        message: {
          en: 'Roadmap start: expected a date written YYYY-MM-DD, got the text "soon".',
          fr: "Début de la feuille de route : attendu une date écrite AAAA-MM-JJ, reçu le texte « soon ».",
        },
      },
      {
        field: "items",
        message: {
          en: 'Roadmap items: expected a list, got the text "tickets".',
          fr: "Éléments de la feuille de route : attendu une liste, reçu le texte « tickets ».",
        },
      },
    ]);
  });

  it("an item without an action id, with no id in its problem", () => {
    for (const actionId of [undefined, 5, "  "]) {
      const problems = problemsOf({ start: "2026-02-02", items: [{ actionId }] });
      expect(problems, String(actionId)).toStrictEqual([
        {
          field: "actionId",
          index: 0,
          ...(typeof actionId === "string" ? { id: actionId } : {}),
          message: {
            en: `Roadmap item 1, action id: expected an action's id, got ${describeValue(actionId).en}.`,
            fr: `Élément de la feuille de route 1, identifiant de l'action : attendu l'identifiant d'une action, reçu ${describeValue(actionId).fr}.`,
          },
        },
      ]);
    }
  });

  it("an unknown kind and a validated flag that is not true or false, naming the item", () => {
    expect(
      problemsOf({ start: "2026-02-02", items: [{ actionId: "crm", kind: "fax", validated: "yes" }] }),
    ).toEqual([
      {
        field: "kind",
        index: 0,
        id: "crm",
        message: {
          en: 'Roadmap item 1 (crm), solution kind: expected one of the solution kinds, got the text "fax".',
          fr: "Élément de la feuille de route 1 (crm), type de solution : attendu un des types de solution, reçu le texte « fax ».",
        },
      },
      {
        field: "validated",
        index: 0,
        id: "crm",
        message: {
          en: 'Roadmap item 1 (crm), validated: expected true or false, got the text "yes".',
          fr: "Élément de la feuille de route 1 (crm), validé : attendu vrai ou faux, reçu le texte « yes ».",
        },
      },
    ]);
  });
});

describe("the validated roadmap's totals", () => {
  it("add up the weeks of the validated items only", () => {
    const roadmap = planRoadmap({
      start: "2026-01-05",
      items: [
        { actionId: "a", oneOffCost: 100, monthlyCost: 10, weeks: 3, validated: true },
        { actionId: "b", weeks: 50 },
        { actionId: "c", oneOffCost: 50, monthlyCost: 5, weeks: 2, validated: true },
      ],
    });
    // 3 + 2 = 5 weeks: 2026-01-05 + 35 days = 2026-02-09. First year: 150 + 12 × 15 = 330.
    expect(roadmap.ok && [roadmap.weeks, roadmap.end, roadmap.firstYearCost, roadmap.candidates]).toEqual([
      5,
      "2026-02-09",
      330,
      3,
    ]);
  });
});

describe("calendar dates", () => {
  it("are texts written YYYY-MM-DD and nothing around them", () => {
    for (const text of ["2026-02-02T00:00", " 2026-02-02", "x2026-02-02", "2026-02-02 "])
      expect(isIsoDate(text), text).toBe(false);
    expect(isIsoDate(new String("2026-02-02"))).toBe(false);
    expect(isIsoDate(20260202)).toBe(false);
  });

  it("start in 1900, as Excel's dates do", () => {
    expect([isIsoDate("1900-01-01"), isIsoDate("1899-12-31"), isIsoDate("0050-01-01")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("give no number of days when either is not a date", () => {
    expect([daysBetween("2026-02-02", "soon"), daysBetween("soon", "2026-02-02")]).toEqual([null, null]);
    expect(daysBetween("2026-03-16", "2026-02-02")).toBe(-42);
  });
});

describe("roadmap drafts and their order", () => {
  it("draft one candidate per action, with its text fields empty and its estimates to come", () => {
    expect(roadmapDrafts([{ id: "mine", label: "Mine", stage: "review", priority: 3 }])).toEqual([
      {
        actionId: "mine",
        action: "Mine",
        solution: "",
        kind: "plans",
        oneOffCost: null,
        monthlyCost: null,
        weeks: null,
        owner: "",
        priority: 3,
        validated: false,
      },
    ]);
  });

  it("keep the list order among items of the same priority", () => {
    const items = [
      { actionId: "d", priority: 2 },
      { actionId: "a", priority: 1 },
      { actionId: "e" },
      { actionId: "b", priority: 1 },
      { actionId: "c", priority: 1 },
      { actionId: "f" },
    ];
    expect(sortByPriority(items).map((i) => i.actionId)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("read a solution kind from a text only", () => {
    expect([solutionKindOf(5), solutionKindOf(null), solutionKindOf("Knowledge base")]).toEqual([
      null,
      null,
      "knowledge",
    ]);
  });
});

describe("the scaling checks' words", () => {
  it("quote a long text shortened to 20 characters, and one of 20 whole", () => {
    expect(describeValue("abcdefghijklmnopqrstu")).toEqual({
      en: 'the text "abcdefghijklmnopqrst…"',
      fr: "le texte « abcdefghijklmnopqrst… »",
    });
    expect(describeValue("abcdefghijklmnopqrst").en).toBe('the text "abcdefghijklmnopqrst"');
  });

  it("say nothing for a missing value, and the type of anything else", () => {
    expect([describeValue(null), describeValue(undefined)]).toEqual([
      { en: "nothing", fr: "rien" },
      { en: "nothing", fr: "rien" },
    ]);
    expect(describeValue(true)).toEqual({ en: "a value of type boolean", fr: "une valeur de type boolean" });
    expect(describeValue({}).fr).toBe("une valeur de type object");
  });

  it("name an item without a field by its position and id only", () => {
    expect(itemSubject({ en: "Action", fr: "Action" }, 1, "welcome")).toEqual({
      en: "Action 2 (welcome)",
      fr: "Action 2 (welcome)",
    });
  });

  it("write logical values as text, and anything else that is not a text or a number as nothing", () => {
    expect([textOf(true), textOf(false), textOf({}), textOf(undefined)]).toEqual(["true", "false", "", ""]);
  });
});

describe("CSMs needed over tiers with blanks", () => {
  it("skip a tier blank on both sides, and count a tier with a capacity but no workload as needing none", () => {
    // 12 ÷ 10 = 1.2; the blank row and the row without workload add nothing.
    expect(csmsNeeded([[12], [""], [null]], [[10], [""], [40]])).toBeCloseTo(1.2, 12);
    expect(csmsNeeded([[""]], [[40]])).toBe(0);
  });

  it("give #N/A, saying what to give, when every tier is blank", () => {
    expect(csmsNeeded([[""], [null]], [[null], [""]])).toEqual(
      new ExcelError("#N/A", {
        en: "workload and capacity are blank: give each tier's workload and what one CSM carries.",
        fr: "charge et capacité sont vides : indiquez la charge de chaque segment et ce qu'un CSM peut porter.",
      }),
    );
  });
});
