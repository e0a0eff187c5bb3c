// The scaling audit's list, computed in each test and worked by hand: an action made invalid by its id gets
// neither a ratio nor a decision and never reaches the ranking or the matrix; the problems' exact words; and
// the verdict brought up to date, which refuses what it cannot update and leaves the previous one as it was.
import { describe, expect, it } from "vitest";
import { auditActions, idProblems, readAction, type AuditAction } from "../../functions/scaling/audit";
import { judgeList, rejudgeList } from "../../functions/scaling/list-verdict";

const action = (id: unknown, time: unknown, value: unknown): AuditAction =>
  ({ id, label: String(id), stage: "support", time, value }) as AuditAction;

describe("an action whose id is repeated", () => {
  it("is invalid: no ratio, no decision, no priority, and not placed on the matrix", () => {
    // Both score 5/1 = 5 (automate); the second repeats the id "a".
    const audit = auditActions([action("a", 5, 1), action("a", 5, 1)]);
    expect(audit.actions.map((a) => [a.status, a.ratio, a.decision, a.priority])).toEqual([
      ["decided", 5, "automate", 1],
      ["invalid", null, null, null],
    ]);
    expect(audit.priorities.map((a) => a.index)).toEqual([0]);
    expect(audit.matrix.find((cell) => cell.time === 5 && cell.value === 1)?.actions).toEqual(["a"]);
    expect(audit.counts).toEqual({ human: 0, arbitrate: 0, automate: 1, unscored: 0, invalid: 1, total: 2 });
  });

  it("names the first action that has the id, however often it is repeated", () => {
    expect(idProblems(["a", "a", "a"]).map((problem) => problem?.message.en ?? null)).toEqual([
      null,
      'Action 2 (a), id: "a" is already the id of action 1; ids must be unique.',
      'Action 3 (a), id: "a" is already the id of action 1; ids must be unique.',
    ]);
  });

  it("gives its problem with the id, in both languages", () => {
    expect(idProblems(["a", "a"])[1]).toEqual({
      field: "id",
      index: 1,
      id: "a",
      message: {
        en: 'Action 2 (a), id: "a" is already the id of action 1; ids must be unique.',
        fr: "Action 2 (a), identifiant : « a » est déjà l'identifiant de l'action 1 ; chaque identifiant doit être unique.",
      },
    });
  });
});

describe("an action whose id is blank or not a text", () => {
  it("gets a problem without an id, in both languages", () => {
    expect(idProblems([" ", 7])).toEqual([
      {
        field: "id",
        index: 0,
        message: {
          en: 'Action 1, id: expected a non-blank text, got the text " ".',
          fr: "Action 1, identifiant : attendu un texte non vide, reçu le texte «   ».",
        },
      },
      {
        field: "id",
        index: 1,
        message: {
          en: "Action 2, id: expected a non-blank text, got 7.",
          fr: "Action 2, identifiant : attendu un texte non vide, reçu 7.",
        },
      },
    ]);
  });

  it("carries no id in its score problems either", () => {
    const audit = auditActions([action(undefined, 9, 1)]);
    const scoreProblem = audit.problems.find((problem) => problem.field === "time");
    expect(scoreProblem).toStrictEqual({
      field: "time",
      index: 0,
      message: {
        en: "Action 1, time: expected a whole number from 1 to 5, got 9.",
        fr: "Action 1, temps : attendu un nombre entier de 1 à 5, reçu 9.",
      },
    });
  });
});

describe("an action with a wrong score", () => {
  it("keeps no score for it, and gets no ratio", () => {
    const read = readAction(action("x", 9, 2), 0);
    expect([read.time, read.value, read.ratio, read.decision]).toEqual([null, 2, null, null]);
    expect(auditActions([action("x", 2, 0)]).actions[0]).toMatchObject({
      time: 2,
      value: null,
      status: "invalid",
    });
  });
});

describe("a list that is not a list", () => {
  it("gives an empty audit with one problem, and the matrix of every pair of scores", () => {
    const audit = auditActions("qbr, tickets" as unknown as AuditAction[]);
    expect([audit.actions, audit.priorities, audit.stages]).toEqual([[], [], []]);
    expect(audit.counts.total).toBe(0);
    expect(audit.matrix).toHaveLength(25);
    expect(audit.matrix.every((cell) => cell.actions.length === 0)).toBe(true);
    expect(audit.problems).toEqual([
      {
        field: "actions",
        message: {
          en: 'actions: expected a list, got the text "qbr, tickets".',
          fr: "actions : attendu une liste, reçu le texte « qbr, tickets ».",
        },
      },
    ]);
  });
});

describe("the verdict brought up to date", () => {
  const list = () => [
    readAction(action("a", 5, 1), 0),
    readAction(action("b", 4, 2), 1),
    readAction(action("c", 1, 2), 2),
  ];

  it("leaves the verdict it started from as it was", () => {
    const before = list();
    const ids = idProblems(before.map((a) => a.rawId));
    const verdict = judgeList(before, ids);
    const snapshot = JSON.parse(JSON.stringify(verdict)) as unknown;
    const after = before.slice();
    after[2] = readAction(action("c", 5, 1), 2);
    after[1] = readAction(action("b", 9, 2), 1);
    const update = rejudgeList(before, verdict, after, ids, [2, 1]);
    // c becomes 5/1 = 5, tied with a on ratio and value: a keeps the first place (list order); b is invalid.
    expect(update?.priorities).toEqual([1, null, 2]);
    expect(update?.statuses).toEqual(["decided", "invalid", "decided"]);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(snapshot);
  });

  it("touches only the changed action when it keeps its rank among the actions to automate", () => {
    // a goes from 5/1 to 4/1: ratio 4, still above b (2): every priority stays as it was.
    const before = list();
    const ids = idProblems(before.map((a) => a.rawId));
    const after = before.slice();
    after[0] = readAction(action("a", 4, 1), 0);
    const update = rejudgeList(before, judgeList(before, ids), after, ids, [0]);
    expect(update?.priorities).toEqual([1, 2, null]);
    // Documented: an index may appear twice; b, whose priority did not move, is not touched.
    expect(new Set(update?.touched)).toEqual(new Set([0]));
  });

  it("touches only the changed action when no rank moves", () => {
    const before = list();
    const ids = idProblems(before.map((a) => a.rawId));
    const after = before.slice();
    after[2] = readAction(action("c", 1, 3), 2);
    const update = rejudgeList(before, judgeList(before, ids), after, ids, [2]);
    expect(update?.touched).toEqual([2]);
    expect(update?.priorities).toEqual([1, 2, null]);
  });

  it("gives no update for a verdict of another length, an index outside the list, or a moved action", () => {
    const before = list();
    const ids = idProblems(before.map((a) => a.rawId));
    const verdict = judgeList(before, ids);
    const shorter = judgeList(before.slice(0, 2), ids.slice(0, 2));
    expect(rejudgeList(before, shorter, before, ids, [0])).toBeUndefined();
    expect(rejudgeList(before, verdict, before, ids, [5])).toBeUndefined();
    const shorter2 = before.slice(0, 2);
    expect(rejudgeList(before, judgeList(shorter2, ids.slice(0, 2)), shorter2, ids, [0])).toBeUndefined();
    const moved = before.slice();
    moved[1] = readAction(action("b", 4, 2), 2);
    expect(rejudgeList(before, verdict, moved, ids, [1])).toBeUndefined();
  });

  it("gives no update when the verdict was not made from the actions given as before", () => {
    const before = list();
    const ids = idProblems(before.map((a) => a.rawId));
    const other = list();
    const verdict = judgeList(other, ids);
    const after = before.slice();
    after[0] = readAction(action("a", 4, 1), 0);
    expect(rejudgeList(before, verdict, after, ids, [0])).toBeUndefined();
  });
});
