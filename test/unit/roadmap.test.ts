// The automation roadmap of "Scaler son activité CSM": candidate solutions, the validated timeline and its cost. Dates are
// worked out by hand on a calendar; costs are added up in the comments.
import fc from "fast-check";
import { excelSerial, isIsoDate } from "../../functions/excel/dates";
import { describe, expect, it } from "vitest";
import { libraryActions } from "../../functions/scaling/action-library";
import { auditActions } from "../../functions/scaling/audit";
import {
  planRoadmap,
  type Roadmap,
  type RoadmapInput,
  type RoadmapItem,
} from "../../functions/scaling/roadmap";
import { addWeeks, daysBetween } from "../../functions/scaling/roadmap-dates";
import { notOnRoadmap, roadmapDrafts, sortByPriority } from "../../functions/scaling/roadmap-drafts";
import { SOLUTION_KIND_LABELS, solutionKindOf, suggestedKind } from "../../functions/scaling/solution-kinds";

/** Excel's date serial of a calendar date, computed independently of the code. */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

const planned = (input: RoadmapInput): Roadmap => {
  const result = planRoadmap(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};
const problemsOf = (input: RoadmapInput) => {
  const result = planRoadmap(input);
  return result.ok ? [] : result.problems;
};

// The workbook template's sample roadmap; the first eight (done, in progress, planned) are validated.
const item = (
  actionId: string,
  kind: RoadmapItem["kind"],
  oneOffCost: number,
  monthlyCost: number,
  weeks: number,
  validated: boolean,
): RoadmapItem => ({
  actionId,
  kind,
  oneOffCost,
  monthlyCost,
  weeks,
  validated,
  owner: "CS Ops",
  solution: "",
});
const SAMPLE: RoadmapItem[] = [
  item("tickets", "knowledge", 6000, 250, 6, true),
  item("howto", "knowledge", 500, 0, 1, true),
  item("report", "other", 2500, 80, 3, true),
  item("crm", "other", 1500, 120, 2, true),
  item("welcome", "email", 800, 60, 2, true),
  item("materials", "academy", 4000, 300, 6, true),
  item("tips", "inApp", 3000, 200, 4, true),
  item("reminders", "email", 600, 0, 1, true),
  item("users", "academy", 1000, 50, 3, false),
  item("deck", "plans", 2000, 0, 4, false),
  item("collect", "plans", 1200, 40, 2, false),
  item("usage", "alerts", 5000, 200, 8, false),
  item("signals", "alerts", 800, 0, 2, false),
];

describe("the validated roadmap", () => {
  const roadmap = planned({ start: "2026-02-02", items: SAMPLE });

  it("runs the validated items one after the other from the start date", () => {
    // 6 weeks from Mon 2 Feb 2026 = 42 days: 26 to 28 Feb, 16 more to 16 Mar; then 1, 3, 2, 2, 6, 4, 1 weeks.
    expect(roadmap.timeline.map((e) => [e.actionId, e.start, e.end])).toEqual([
      ["tickets", "2026-02-02", "2026-03-16"],
      ["howto", "2026-03-16", "2026-03-23"],
      ["report", "2026-03-23", "2026-04-13"],
      ["crm", "2026-04-13", "2026-04-27"],
      ["welcome", "2026-04-27", "2026-05-11"],
      ["materials", "2026-05-11", "2026-06-22"],
      ["tips", "2026-06-22", "2026-07-20"],
      ["reminders", "2026-07-20", "2026-07-27"],
    ]);
    expect(roadmap.end).toBe("2026-07-27");
    expect(roadmap.weeks).toBe(25);
    expect(roadmap.candidates).toBe(13);
  });

  it("adds up the costs of the validated items only", () => {
    // One-off: 6000 + 500 + 2500 + 1500 + 800 + 4000 + 3000 + 600 = 18,900.
    // Monthly: 250 + 0 + 80 + 120 + 60 + 300 + 200 + 0 = 1,010. First year: 18,900 + 12 × 1,010 = 31,020.
    expect(roadmap.oneOffCost).toBe(18_900);
    expect(roadmap.monthlyCost).toBe(1010);
    expect(roadmap.firstYearCost).toBe(31_020);
  });

  it("costs the whole sample 28,900 one-off and 44,500 the first year when every item is validated", () => {
    // One-off: 18,900 + 1000 + 2000 + 1200 + 5000 + 800; monthly: 1,010 + 50 + 0 + 40 + 200 + 0 = 1,300.
    // 44 weeks = 308 days from 2 Feb 2026: 7 Dec 2026.
    const all = planned({ start: "2026-02-02", items: SAMPLE.map((i) => ({ ...i, validated: true })) });
    expect([all.oneOffCost, all.monthlyCost, all.firstYearCost]).toEqual([28_900, 1300, 44_500]);
    expect(all.end).toBe("2026-12-07");
  });

  it("ends where it starts when nothing is validated, at no cost", () => {
    const none = planned({ start: "2026-09-01", items: SAMPLE.map((i) => ({ ...i, validated: false })) });
    expect(none).toMatchObject({
      timeline: [],
      end: "2026-09-01",
      oneOffCost: 0,
      firstYearCost: 0,
      weeks: 0,
    });
    expect(planned({ start: "2026-09-01", items: [] }).end).toBe("2026-09-01");
  });

  it("places a zero-week item at a single date, and keeps candidates without estimates", () => {
    const result = planned({
      start: "2026-01-05",
      items: [
        { actionId: "a", oneOffCost: 0, monthlyCost: 0, weeks: 0, validated: true },
        { actionId: "b", solution: "to be estimated" },
        { actionId: "c", oneOffCost: 100, monthlyCost: 10, weeks: 2, validated: true },
      ],
    });
    expect(result.timeline.map((e) => [e.actionId, e.start, e.end])).toEqual([
      ["a", "2026-01-05", "2026-01-05"],
      ["c", "2026-01-05", "2026-01-19"],
    ]);
    expect(result.timeline[1]?.index).toBe(2);
  });

  it("reads a kind from its label in either language, and takes 'other' when it is left out", () => {
    const result = planned({
      start: "2026-01-05",
      items: [
        {
          actionId: "a",
          kind: "Guides in-app" as never,
          oneOffCost: 0,
          monthlyCost: 0,
          weeks: 1,
          validated: true,
        },
        { actionId: "b", oneOffCost: 0, monthlyCost: 0, weeks: 1, validated: true },
      ],
    });
    expect(result.timeline.map((e) => e.kind)).toEqual(["inApp", "other"]);
  });
});

describe("what the roadmap refuses, in English and French", () => {
  const base = { actionId: "tickets", oneOffCost: 100, monthlyCost: 10, weeks: 2, validated: true };

  it("refuses negative costs, weeks that are not whole or out of 0–260, and priorities below 1", () => {
    const problems = problemsOf({
      start: "2026-02-02",
      items: [
        { ...base, oneOffCost: -1 },
        { ...base, monthlyCost: -0.5 },
        { ...base, weeks: 1.5 },
        { ...base, weeks: -2 },
        { ...base, weeks: 261 },
        { ...base, priority: 0 },
        { ...base, oneOffCost: Number.POSITIVE_INFINITY },
      ],
    });
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, "oneOffCost"],
      [1, "monthlyCost"],
      [2, "weeks"],
      [3, "weeks"],
      [4, "weeks"],
      [5, "priority"],
      [6, "oneOffCost"],
    ]);
    expect(problems[0]?.message).toEqual({
      en: "Roadmap item 1 (tickets), one-off cost: expected an amount of 0 or more, got -1.",
      fr: "Élément de la feuille de route 1 (tickets), coût ponctuel : attendu un montant positif ou nul, reçu -1.",
    });
    expect(problems[2]?.message.fr).toBe(
      "Élément de la feuille de route 3 (tickets), semaines : attendu un nombre entier de semaines de 0 à 260, reçu 1,5.",
    );
  });

  it("needs the costs and weeks of a validated item, not of a candidate", () => {
    const problems = problemsOf({
      start: "2026-02-02",
      items: [{ actionId: "a", validated: true }, { actionId: "b" }],
    });
    expect(problems.map((p) => [p.id, p.field])).toEqual([
      ["a", "oneOffCost"],
      ["a", "monthlyCost"],
      ["a", "weeks"],
    ]);
    expect(problems[2]?.message.en).toBe(
      "Roadmap item 1 (a), weeks: expected a whole number of weeks from 0 to 260, got nothing.",
    );
  });

  it("refuses a start that is not a real YYYY-MM-DD date, an unknown kind, a missing id, a validated flag that is not true or false", () => {
    for (const start of ["2026-02-30", "02/02/2026", "2026-2-2", 46055, null]) {
      const problems = problemsOf({ start: start as string, items: [] });
      expect(problems.map((p) => p.field)).toEqual(["start"]);
    }
    expect(problemsOf({ start: "2026-02-30", items: [] })[0]?.message.fr).toBe(
      "Début de la feuille de route : attendu une date écrite AAAA-MM-JJ, reçu le texte « 2026-02-30 ».",
    );
    const problems = problemsOf({
      start: "2026-02-02",
      items: [
        { ...base, kind: "fax" as never },
        { ...base, actionId: "" },
        { ...base, validated: "yes" as never },
      ],
    });
    expect(problems.map((p) => p.message.en)).toEqual([
      'Roadmap item 1 (tickets), solution kind: expected one of the solution kinds, got the text "fax".',
      'Roadmap item 2, action id: expected an action\'s id, got the text "".',
      'Roadmap item 3 (tickets), validated: expected true or false, got the text "yes".',
    ]);
  });

  it("answers input that is not a roadmap with messages instead of throwing", () => {
    const result = planRoadmap(null as unknown as RoadmapInput);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(["start", "items"]);
  });
});

describe("roadmap dates", () => {
  it("adds weeks as 7-day steps over month ends, leap days and daylight-saving changes", () => {
    expect(addWeeks("2028-02-22", 1)).toBe("2028-02-29");
    expect(addWeeks("2026-03-23", 2)).toBe("2026-04-06");
    expect(addWeeks("2026-10-19", 2)).toBe("2026-11-02");
    expect(addWeeks("2026-12-28", 1)).toBe("2027-01-04");
    expect(addWeeks("2026-13-01", 1)).toBeNull();
    expect(daysBetween("2026-02-02", "2026-12-07")).toBe(308);
    expect(isIsoDate("2027-02-29")).toBe(false);
  });

  it("converts to Excel date serials for the workbook", () => {
    for (const iso of ["2026-02-02", "2000-02-29", "1900-03-01", "2099-12-31"]) {
      expect(excelSerial(iso)).toBe(serial(iso));
    }
    expect(excelSerial("2026-02-02")).toBe(46_055);
  });
});

describe("drafts, coverage and order", () => {
  it("drafts one candidate per action to automate, in priority order, with the library's kind", () => {
    const audit = auditActions(libraryActions("en"));
    const drafts = roadmapDrafts(audit.priorities);
    expect(drafts.slice(0, 4).map((d) => [d.actionId, d.kind, d.priority])).toEqual([
      ["tickets", "knowledge", 1],
      ["howto", "knowledge", 2],
      ["report", "other", 3],
      ["crm", "other", 4],
    ]);
    expect(drafts.every((d) => d.validated === false && d.weeks === null)).toBe(true);
    // A draft is a valid candidate: the roadmap accepts it as it is.
    expect(planned({ start: "2026-02-02", items: drafts }).timeline).toEqual([]);
  });

  it("suggests a kind by stage for actions of the team's own", () => {
    expect(suggestedKind("support")).toBe("knowledge");
    expect(suggestedKind("constructor")).toBe("other");
    expect(solutionKindOf("WEBINAIRES ET ACADÉMIE")).toBe("academy");
    expect(SOLUTION_KIND_LABELS.alerts.fr).toBe("Alertes de santé");
  });

  it("lists the actions to automate that no validated item covers", () => {
    expect(notOnRoadmap(["tickets", "crm", "deck", "users"], SAMPLE)).toEqual(["deck", "users"]);
  });

  it("sorts by priority, items without one last, list order kept among equals", () => {
    const items = [
      { actionId: "a", priority: null },
      { actionId: "b", priority: 2 },
      { actionId: "c", priority: 1 },
      { actionId: "d", priority: 2 },
      { actionId: "e" },
    ];
    expect(sortByPriority(items).map((i) => i.actionId)).toEqual(["c", "b", "d", "a", "e"]);
  });
});

const money = fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100);
const roadmapItems = fc.array(
  fc.record({
    actionId: fc.constantFrom("a", "b", "c", "d"),
    oneOffCost: money,
    monthlyCost: money,
    weeks: fc.integer({ min: 0, max: 260 }),
    validated: fc.boolean(),
  }),
  { maxLength: 25 },
);
const startDate = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2090, 0, 1) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe("roadmap properties", () => {
  it("lays the validated items end to end, in list order, each lasting 7 × weeks days", () => {
    fc.assert(
      fc.property(startDate, roadmapItems, (start, items) => {
        const roadmap = planned({ start, items });
        const validated = items.filter((i) => i.validated);
        expect(roadmap.timeline.map((e) => e.actionId)).toEqual(validated.map((i) => i.actionId));
        let previousEnd = start;
        for (const entry of roadmap.timeline) {
          expect(entry.start).toBe(previousEnd);
          expect(daysBetween(entry.start, entry.end)).toBe(7 * entry.weeks);
          expect(entry.end >= entry.start).toBe(true);
          previousEnd = entry.end;
        }
        expect(roadmap.end).toBe(previousEnd);
        expect(daysBetween(start, roadmap.end)).toBe(7 * validated.reduce((n, i) => n + i.weeks, 0));
      }),
    );
  });

  it("costs the sum of the validated items, and a first year of one-off + 12 × monthly", () => {
    fc.assert(
      fc.property(startDate, roadmapItems, (start, items) => {
        const roadmap = planned({ start, items });
        const validated = items.filter((i) => i.validated);
        const oneOff = validated.reduce((n, i) => n + i.oneOffCost, 0);
        const monthly = validated.reduce((n, i) => n + i.monthlyCost, 0);
        expect(roadmap.oneOffCost).toBeCloseTo(oneOff, 6);
        expect(roadmap.monthlyCost).toBeCloseTo(monthly, 6);
        expect(roadmap.firstYearCost).toBeCloseTo(oneOff + 12 * monthly, 6);
      }),
    );
  });

  it("refuses any negative cost or fractional week, naming the item", () => {
    fc.assert(
      fc.property(
        roadmapItems.filter((items) => items.length > 0),
        fc.nat(),
        fc.constantFrom("oneOffCost", "monthlyCost", "weeks"),
        (items, at, field) => {
          const index = at % items.length;
          const bad = items.map((i, k) =>
            k === index ? { ...i, [field]: field === "weeks" ? 0.5 : -1 } : i,
          );
          const problems = problemsOf({ start: "2026-01-05", items: bad });
          expect(problems).toHaveLength(1);
          expect(problems[0]).toMatchObject({ index, field });
        },
      ),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 6 }), (start, items) => {
        const result = planRoadmap({ start, items } as unknown as RoadmapInput);
        expect(typeof result.ok).toBe("boolean");
        expect(planRoadmap(start as RoadmapInput).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
