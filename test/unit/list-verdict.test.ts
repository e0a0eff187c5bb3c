// The audit's list verdict brought up to date after a few actions changed (rejudgeList), against the verdict
// of the whole list judged again (judgeList): a worked example by hand, then a property over random lists
// and random batches of edits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idProblems, readAction, type ReadAction } from "../../functions/scaling/audit";
import { judgeList, rejudgeList, type ListVerdict } from "../../functions/scaling/list-verdict";

const read = (id: unknown, time: unknown, value: unknown, index: number): ReadAction =>
  readAction({ id, label: String(id), stage: "support", time, value }, index);

describe("rejudgeList, worked by hand", () => {
  // a: 5/1 = 5, b: 4/2 = 2, c: 1/2 = 0.5 (human), d: 3/3 = 1 (arbitrate), e: 3/1 = 3.
  const before = [
    read("a", 5, 1, 0),
    read("b", 4, 2, 1),
    read("c", 1, 2, 2),
    read("d", 3, 3, 3),
    read("e", 3, 1, 4),
  ];
  const ids = idProblems(before.map((action) => action.rawId));
  const verdict = judgeList(before, ids);

  it("starts from the ranking a, e, b", () => {
    expect(verdict.priorities).toEqual([1, 3, null, null, 2]);
  });

  it("moves an action into the ranking and shifts the ones below it", () => {
    // c becomes 4/1 = 4: between a (5) and e (3); e and b move down one.
    const after = before.slice();
    after[2] = read("c", 4, 1, 2);
    const update = rejudgeList(before, verdict, after, ids, [2]);
    expect(update?.priorities).toEqual([1, 4, 2, null, 3]);
    expect(update?.counts).toEqual({
      human: 0,
      arbitrate: 1,
      automate: 4,
      unscored: 0,
      invalid: 0,
      total: 5,
    });
    expect(update?.ranked.map((action) => action.id)).toEqual(["a", "c", "e", "b"]);
    expect(new Set(update?.touched)).toEqual(new Set([2, 4, 1]));
  });

  it("takes an action out, makes a wrong score a problem, and leaves the ranks above as they were", () => {
    // e loses its value: unscored; b gets a time of 9: invalid, with its problem.
    const after = before.slice();
    after[4] = read("e", 3, null, 4);
    after[1] = read("b", 9, 2, 1);
    const update = rejudgeList(before, verdict, after, ids, [4, 1]);
    expect(update?.priorities).toEqual([1, null, null, null, null]);
    expect(update?.statuses).toEqual(["decided", "invalid", "decided", "decided", "unscored"]);
    expect(update?.counts).toEqual({
      human: 1,
      arbitrate: 1,
      automate: 1,
      unscored: 1,
      invalid: 1,
      total: 5,
    });
    expect(update?.problems.map((problem) => problem.message.en)).toEqual([
      "Action 2 (b), time: expected a whole number from 1 to 5, got 9.",
    ]);
  });

  it("gives no update when an id or the length changed: the list is judged again", () => {
    const renamed = before.slice();
    renamed[1] = read("z", 4, 2, 1);
    expect(rejudgeList(before, verdict, renamed, ids, [1])).toBeUndefined();
    expect(rejudgeList(before, verdict, before.slice(0, 4), ids, [])).toBeUndefined();
  });
});

// ------------------------------------------------------------------------------------------------ property

const scoreArb = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(1, 2, 3, 4, 5), weight: 8 },
  { arbitrary: fc.constantFrom<unknown>(null, "", 0, 7, 2.5, "x"), weight: 1 },
);
const idArb = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>("a", "b", "c", "d", "e", "f", "g", "h"), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => `x${n}`), weight: 6 },
  { arbitrary: fc.constantFrom<unknown>("", " ", 12, null), weight: 1 },
);
const actionArb = fc.record({ id: idArb, time: scoreArb, value: scoreArb });
const batchArb = fc.array(fc.record({ at: fc.nat(), time: scoreArb, value: scoreArb }), {
  minLength: 1,
  maxLength: 4,
});

/** The verdict without what only the update reports. */
const plain = ({ statuses, priorities, ranked, counts, problems }: ListVerdict) => ({
  statuses,
  priorities,
  ranked,
  counts,
  problems,
});

describe("rejudgeList against judgeList", () => {
  it("gives the verdict of the whole list after any batches of score edits, and names every row it moved", () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { minLength: 1, maxLength: 60 }),
        fc.array(batchArb, { maxLength: 12 }),
        (actions, batches) => {
          let list = actions.map((action, i) => read(action.id, action.time, action.value, i));
          const ids = idProblems(list.map((action) => action.rawId));
          let verdict = judgeList(list, ids);
          for (const batch of batches) {
            const next = list.slice();
            const changed: number[] = [];
            for (const edit of batch) {
              const i = edit.at % list.length;
              next[i] = read(actions[i]?.id, edit.time, edit.value, i);
              changed.push(i);
            }
            const update = rejudgeList(list, verdict, next, ids, changed);
            const whole = judgeList(next, ids);
            expect(update).toBeDefined();
            if (update === undefined) return;
            expect(plain(update)).toEqual(plain(whole));
            // Every row whose status or priority moved is named, so that its table row is rebuilt.
            const touched = new Set(update.touched);
            next.forEach((_, i) => {
              if (
                whole.statuses[i] !== verdict.statuses[i] ||
                whole.priorities[i] !== verdict.priorities[i]
              ) {
                expect(touched.has(i)).toBe(true);
              }
            });
            list = next;
            verdict = update;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
