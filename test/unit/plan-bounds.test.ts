// Reading a stored plan is total: text nested thousands of levels deep, or too long, or a value with a cycle
// is refused with a reason and its raw text kept, before the schema (which recurses) can overflow its stack.
import { describe, expect, it } from "vitest";
import { MAX_PLAN_DEPTH, MAX_PLAN_LENGTH, readPlan } from "../../notebook/plan/schema";

/** A valid plan text whose one cell holds `inner` as its input `x`. */
const planWith = (inner: string) =>
  `{"format":"csm-kit.plan","version":1,"metadata":{},"cells":[{"id":"a","kind":"number","inputs":{"x":${inner}},"order":0}]}`;

/** `levels` nested lists around the number 1. */
const nested = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;

function refusal(read: ReturnType<typeof readPlan>) {
  if (read.kind !== "unreadable") throw new Error(`expected a refusal, got ${read.kind}`);
  return read;
}

describe("a plan nested too deep", () => {
  it.each([5_000, 100_000])(
    "refuses a plan nested %i levels deep, keeping its text, without throwing",
    (levels) => {
      const text = planWith(nested(levels));
      const read = refusal(readPlan(text));
      expect(read.raw).toBe(text);
      expect(read.reason.en).toContain("more than 64 levels deep");
      expect(read.reason.fr).toContain("plus de 64 niveaux");
    },
  );

  it("refuses the same value when it comes already parsed", () => {
    const read = refusal(readPlan(JSON.parse(planWith(nested(100_000)))));
    expect(read.reason.en).toContain("64 levels");
  });

  it("reads a plan whose deepest value is at level 64 and refuses one at level 65", () => {
    // The plan is level 1, its cells 2, a cell 3, its inputs 4, the input x 5: 59 lists put the 1 at level 64.
    expect(MAX_PLAN_DEPTH).toBe(64);
    expect(readPlan(planWith(nested(59))).kind).toBe("ok");
    expect(refusal(readPlan(planWith(nested(60)))).reason.en).toContain("64 levels");
  });

  it("refuses a value that contains itself, without looping or throwing", () => {
    const value: Record<string, unknown> = { format: "csm-kit.plan", version: 1, metadata: {} };
    value.cells = [value];
    expect(refusal(readPlan(value)).raw).toBe("[object Object]");
  });

  it("refuses a value without a prototype, without throwing on its text", () => {
    const value = Object.assign(Object.create(null) as object, { format: "other" });
    expect(readPlan(value).kind).toBe("unreadable");
  });
});

describe("a plan too long", () => {
  it("refuses text longer than the limit before parsing it, keeping it", () => {
    const text = planWith(`1${" ".repeat(MAX_PLAN_LENGTH)}`);
    const read = refusal(readPlan(text));
    expect(read.raw).toBe(text);
    expect(read.reason.en).toContain("CSM Kit reads plans of up to 50,000,000");
  });
});
