// The scaling audit of "Scaler son activité CSM" over typed actions: the action library, ratios, decisions, priorities, counts
// and the time/value matrix. Expected values are worked out by hand from the article's rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTION_LIBRARY,
  libraryAction,
  libraryActions,
  STAGES,
  stageLabel,
} from "../../functions/scaling/action-library";
import { auditActions, timeValueMatrix, type AuditAction } from "../../functions/scaling/audit";
import { DECISION_LABELS, decisionOf, tieHint } from "../../functions/scaling/decisions";
import { scaleDecision } from "../../functions/scaling/scaling";
import { SOLUTION_KINDS } from "../../functions/scaling/solution-kinds";

const action = (id: string, time?: number | null, value?: number | null, stage = "support"): AuditAction => ({
  id,
  label: id,
  stage,
  time,
  value,
});

describe("the action library", () => {
  it("lists at least 25 actions with unique ids, over every lifecycle stage of the issue", () => {
    expect(ACTION_LIBRARY.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ACTION_LIBRARY.map((a) => a.id)).size).toBe(ACTION_LIBRARY.length);
    const stages = new Set<string>(ACTION_LIBRARY.map((a) => a.stage));
    for (const stage of ["onboarding", "training", "adoption", "review", "renewal", "expansion", "support"]) {
      expect(stages.has(stage)).toBe(true);
    }
    expect(stages.has("advocacy")).toBe(true);
    expect([...stages].every((stage) => (STAGES as readonly string[]).includes(stage))).toBe(true);
  });

  it("gives every action labels in both languages, whole scores 1–5 and a known solution kind", () => {
    for (const a of ACTION_LIBRARY) {
      expect(a.label.en.trim()).not.toBe("");
      expect(a.label.fr.trim()).not.toBe("");
      for (const score of [a.time, a.value]) expect([1, 2, 3, 4, 5]).toContain(score);
      expect(SOLUTION_KINDS).toContain(a.kind);
    }
    // French is French: most labels differ from the English ones.
    expect(ACTION_LIBRARY.filter((a) => a.label.en === a.label.fr).length).toBe(0);
  });

  it("gives the actions in one language, filtered by stage, scored or not", () => {
    const renewal = libraryActions("fr", ["renewal"]);
    expect(renewal.map((a) => a.label)).toEqual([
      "Envoyer les rappels et devis de renouvellement",
      "Négocier le renouvellement avec le décideur",
      "Détecter les risques de churn et agir",
    ]);
    expect(libraryActions("en")).toHaveLength(ACTION_LIBRARY.length);
    expect(libraryActions("en", [], false).every((a) => a.time === undefined && a.value === undefined)).toBe(
      true,
    );
    expect(libraryActions("en", ["no such stage"])).toEqual([]);
    expect(libraryAction("qbr")?.stage).toBe("review");
    expect(stageLabel("advocacy", "fr")).toBe("Ambassadeurs");
    expect(stageLabel("toString", "fr")).toBe("toString");
  });
});

describe("decisions for typed scores", () => {
  it("follows CSM.SCALE_DECISION on all 25 score pairs", () => {
    for (let time = 1; time <= 5; time++) {
      for (let value = 1; value <= 5; value++) {
        const decision = decisionOf(time, value);
        const expected = time < value ? "human" : time === value ? "arbitrate" : "automate";
        expect(decision).toBe(expected);
        expect(scaleDecision([[time]], [[value]])).toEqual([[DECISION_LABELS[expected].en]]);
      }
    }
  });

  it("keeps a tied action human when its value is 4 or 5, else suggests a simple tool", () => {
    expect([1, 2, 3, 4, 5].map((value) => tieHint(value).en)).toEqual([
      "Automate if a simple tool fits",
      "Automate if a simple tool fits",
      "Automate if a simple tool fits",
      "High value: keep human",
      "High value: keep human",
    ]);
    expect(tieHint(5).fr).toBe("Forte valeur : garder en humain");
  });

  it("gives no decision for scores outside 1–5", () => {
    expect([decisionOf(0, 3), decisionOf(3, 6), decisionOf(2.5, 1), decisionOf(Number.NaN, 1)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("the audit of the library with its suggested scores", () => {
  const audit = auditActions(libraryActions("en"));
  const ids = (decision: string) => audit.actions.filter((a) => a.decision === decision).map((a) => a.id);

  it("keeps 12 actions human, arbitrates 5 and automates 16, as the template says", () => {
    // time < value: kickoff 3/5, plan 4/5, health 2/4, qbr 3/5, outcomes 3/4, negotiate 4/5, risk 3/5,
    // module 3/4, handover 1/3, escalate 3/4, testimonials 3/4, references 2/3.
    expect(ids("human")).toEqual([
      "kickoff",
      "plan",
      "health",
      "qbr",
      "outcomes",
      "negotiate",
      "risk",
      "module",
      "handover",
      "escalate",
      "testimonials",
      "references",
    ]);
    expect(ids("arbitrate")).toEqual(["configure", "admins", "inactive", "features", "articles"]);
    expect(audit.counts).toEqual({
      human: 12,
      arbitrate: 5,
      automate: 16,
      unscored: 0,
      invalid: 0,
      total: 33,
    });
    expect(audit.problems).toEqual([]);
  });

  it("ranks the actions to automate: highest ratio, then lowest value, then list order", () => {
    // 5/1 = 5; then 3/1 = 3 (list order); then ratio 2 with value 1 before value 2; then 3/2 = 1.5; 4/3 last.
    expect(audit.priorities.map((a) => a.id)).toEqual([
      "tickets",
      "howto",
      "report",
      "crm",
      "welcome",
      "materials",
      "tips",
      "reminders",
      "users",
      "deck",
      "collect",
      "usage",
      "signals",
      "surveys",
      "reporting",
      "community",
    ]);
    expect(audit.priorities.map((a) => a.priority)).toEqual(audit.priorities.map((_, i) => i + 1));
    expect(audit.actions.find((a) => a.id === "community")?.ratio).toBeCloseTo(4 / 3, 12);
    expect(audit.actions.find((a) => a.id === "qbr")?.priority).toBeNull();
  });

  it("gives the tie hint on the arbitrated actions only", () => {
    const hints = audit.actions.filter((a) => a.hint !== null).map((a) => [a.id, a.hint?.en]);
    expect(hints).toEqual([
      ["configure", "High value: keep human"],
      ["admins", "High value: keep human"],
      ["inactive", "Automate if a simple tool fits"],
      ["features", "Automate if a simple tool fits"],
      ["articles", "Automate if a simple tool fits"],
    ]);
  });

  it("counts the decisions per stage, stages in the order they appear", () => {
    expect(audit.stages.map((s) => s.stage)).toEqual([...STAGES]);
    // Onboarding: kickoff and plan human, configure tied, welcome and collect automated.
    expect(audit.stages[0]).toEqual({
      stage: "onboarding",
      human: 2,
      arbitrate: 1,
      automate: 2,
      unscored: 0,
      invalid: 0,
      total: 5,
    });
  });

  it("places every action in the matrix cell of its scores, coloured by decision", () => {
    expect(audit.matrix).toHaveLength(25);
    const tickets = audit.matrix.find((c) => c.time === 5 && c.value === 1);
    expect(tickets).toMatchObject({ decision: "automate", colour: "red", actions: ["tickets"] });
    const diagonal = audit.matrix.filter((c) => c.time === c.value);
    expect(diagonal.every((c) => c.colour === "amber" && c.ratio === 1)).toBe(true);
    expect(audit.matrix.find((c) => c.time === 3 && c.value === 5)?.actions).toEqual([
      "kickoff",
      "qbr",
      "risk",
    ]);
    expect(audit.matrix.reduce((n, c) => n + c.actions.length, 0)).toBe(33);
  });
});

describe("the audit's edge cases", () => {
  it("audits an empty list to zero counts and an empty matrix", () => {
    const audit = auditActions([]);
    expect(audit.counts.total).toBe(0);
    expect(audit.priorities).toEqual([]);
    expect(audit.stages).toEqual([]);
    expect(audit.matrix).toHaveLength(25);
    expect(audit.matrix.every((c) => c.actions.length === 0)).toBe(true);
  });

  it("treats missing scores as not scored yet, not as errors", () => {
    const audit = auditActions([action("a"), action("b", 3), action("c", null, 2), action("d", 4, 2)]);
    expect(audit.actions.map((a) => a.status)).toEqual(["unscored", "unscored", "unscored", "decided"]);
    expect(audit.actions[1]).toMatchObject({
      time: 3,
      value: null,
      ratio: null,
      decision: null,
      priority: null,
    });
    expect(audit.counts).toMatchObject({ unscored: 3, automate: 1, invalid: 0 });
    expect(audit.problems).toEqual([]);
  });

  it("reports each wrong score in English and French and still audits the other actions", () => {
    const audit = auditActions([
      action("zero", 0, 3),
      action("big", 2, 6),
      action("half", 2.5, 1),
      action("nan", Number.NaN, 1),
      action("text", "3" as unknown as number, 1),
      action("ok", 1, 2),
    ]);
    expect(audit.actions.map((a) => a.status)).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "decided",
    ]);
    expect(audit.problems.map((p) => [p.id, p.field])).toEqual([
      ["zero", "time"],
      ["big", "value"],
      ["half", "time"],
      ["nan", "time"],
      ["text", "time"],
    ]);
    expect(audit.problems[1]?.message).toEqual({
      en: "Action 2 (big), value: expected a whole number from 1 to 5, got 6.",
      fr: "Action 2 (big), valeur : attendu un nombre entier de 1 à 5, reçu 6.",
    });
    expect(audit.problems[4]?.message.en).toBe(
      'Action 5 (text), time: expected a whole number from 1 to 5, got the text "3".',
    );
    expect(audit.counts).toMatchObject({ invalid: 5, human: 1, total: 6 });
    // The valid score of an invalid action is kept, so that the team sees what it typed.
    expect(audit.actions[1]).toMatchObject({ time: 2, value: null, decision: null });
  });

  it("refuses blank and repeated ids, which the roadmap needs to link to actions", () => {
    const audit = auditActions([action("a", 5, 1), action("a", 4, 1), action(" ", 3, 1)]);
    expect(audit.actions.map((a) => a.status)).toEqual(["decided", "invalid", "invalid"]);
    expect(audit.problems.map((p) => p.message.en)).toEqual([
      'Action 2 (a), id: "a" is already the id of action 1; ids must be unique.',
      'Action 3, id: expected a non-blank text, got the text " ".',
    ]);
    expect(audit.problems[0]?.message.fr).toBe(
      "Action 2 (a), identifiant : « a » est déjà l'identifiant de l'action 1 ; chaque identifiant doit être unique.",
    );
    expect(audit.priorities.map((a) => a.id)).toEqual(["a"]);
  });

  it("answers something that is not a list with a message instead of throwing", () => {
    const audit = auditActions("kickoff" as unknown as AuditAction[]);
    expect(audit.problems[0]?.message.en).toBe('actions: expected a list, got the text "kickoff".');
    expect(audit.counts.total).toBe(0);
  });

  it("ranks equal ratios by lower value first, then by list order", () => {
    // 4/2 and 2/1 both give 2: the value-1 action first; two 3/1 keep their order.
    const audit = auditActions([action("x", 4, 2), action("y", 2, 1), action("z", 3, 1), action("w", 3, 1)]);
    expect(audit.priorities.map((a) => a.id)).toEqual(["z", "w", "y", "x"]);
  });

  it("leaves the matrix to decided actions only", () => {
    const cells = timeValueMatrix([
      { id: "a", time: 2, value: 2, decision: "arbitrate" },
      { id: "b", time: 2, value: null, decision: null },
    ]);
    expect(cells.flatMap((c) => c.actions)).toEqual(["a"]);
  });
});

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const actionList = fc
  .array(fc.record({ time: score, value: score, stage: fc.constantFrom("a", "b", "c") }), { maxLength: 40 })
  .map((list) => list.map((a, i) => ({ id: `action-${i}`, label: `Action ${i}`, ...a })));

describe("audit properties", () => {
  it("decides from the ratio: human below 1, arbitrate at 1, automate above, and ratio = time ÷ value", () => {
    fc.assert(
      fc.property(actionList, (list) => {
        for (const a of auditActions(list).actions) {
          if (a.time === null || a.value === null) {
            expect(a.decision).toBeNull();
            continue;
          }
          expect(a.ratio).toBe(a.time / a.value);
          const ratio = a.ratio ?? Number.NaN;
          expect(a.decision).toBe(ratio < 1 ? "human" : ratio === 1 ? "arbitrate" : "automate");
          expect(a.hint !== null).toBe(a.decision === "arbitrate");
        }
      }),
    );
  });

  it("lists as priorities exactly the actions to automate, sorted as documented, ranked 1, 2, 3…", () => {
    fc.assert(
      fc.property(actionList, (list) => {
        const audit = auditActions(list);
        const automate = audit.actions.filter((a) => a.decision === "automate").map((a) => a.id);
        expect([...audit.priorities.map((a) => a.id)].sort()).toEqual([...automate].sort());
        audit.priorities.forEach((a, i) => {
          expect(a.priority).toBe(i + 1);
          const next = audit.priorities[i + 1];
          if (!next) return;
          const [r1, r2] = [a.ratio ?? 0, next.ratio ?? 0];
          const [v1, v2] = [a.value ?? 0, next.value ?? 0];
          expect(r1 > r2 || (r1 === r2 && (v1 < v2 || (v1 === v2 && a.index < next.index)))).toBe(true);
        });
      }),
    );
  });

  it("adds the counts up: per decision to the total, per stage to the whole, matrix to the decided", () => {
    fc.assert(
      fc.property(actionList, (list) => {
        const { counts, stages, matrix } = auditActions(list);
        expect(counts.human + counts.arbitrate + counts.automate + counts.unscored + counts.invalid).toBe(
          counts.total,
        );
        expect(counts.total).toBe(list.length);
        for (const key of ["human", "arbitrate", "automate", "unscored", "total"] as const) {
          expect(stages.reduce((n, s) => n + s[key], 0)).toBe(counts[key]);
        }
        const placed = matrix.reduce((n, c) => n + c.actions.length, 0);
        expect(placed).toBe(counts.human + counts.arbitrate + counts.automate);
      }),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        const audit = auditActions(anything as AuditAction[]);
        expect(audit.matrix).toHaveLength(25);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 8 }), (list) => {
        expect(auditActions(list as AuditAction[]).counts.total).toBe(list.length);
      }),
      { numRuns: 300 },
    );
  });
});
