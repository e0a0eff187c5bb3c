// The persisted plan: valid plans round-trip through export and import; anything else is reported with its
// raw text kept, never thrown away or half-read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createNotebook } from "../../notebook/engine/engine";
import { calculationKind } from "../../notebook/calculation/expression";
import {
  exportPlan,
  importPlan,
  planFromSnapshot,
  readPlan,
  snapshotFromPlan,
  type Plan,
} from "../../notebook/plan/schema";

const plan: Plan = {
  format: "csm-kit.plan",
  version: 1,
  metadata: { title: "Scaling audit 2025", language: "fr", updatedAt: "2025-03-01T09:30:00.000Z" },
  cells: [
    { id: "accounts", kind: "number", inputs: { name: "accounts", value: 120 }, order: 0 },
    { id: "ratio", kind: "calculation", inputs: { name: "perCsm", expression: "accounts / csms" }, order: 2 },
    {
      id: "csms",
      kind: "number",
      inputs: { name: "csms", value: 4, tags: ["team", { lead: null }] },
      order: 1,
    },
  ],
};
const text = JSON.stringify(plan);

describe("reading a plan", () => {
  it("reads a valid plan from its text and from an already parsed value", () => {
    expect(readPlan(text)).toEqual({ kind: "ok", plan });
    expect(readPlan(JSON.parse(text))).toEqual({ kind: "ok", plan });
  });

  it("exports pretty JSON that imports back to the same plan", () => {
    const exported = exportPlan(plan);
    expect(exported.split("\n")[1]).toBe('  "format": "csm-kit.plan",');
    expect(JSON.parse(exported)).toEqual(plan);
    expect(importPlan(exported)).toEqual({ kind: "ok", plan });
  });

  it("reports a plan written by a newer CSM Kit with its version and raw text, whatever else it holds", () => {
    const newer = '{"format":"csm-kit.plan","version":2,"cells":{"shape":"unknown to us"}}';
    expect(readPlan(newer)).toEqual({ kind: "newer", version: 2, raw: newer });
    expect(importPlan(newer).kind).toBe("newer");
  });

  const damaged: [string, string, string][] = [
    ["text that is not JSON", "{not json", "not valid JSON"],
    ["a plan cut short", text.slice(0, 80), "not valid JSON"],
    ["a JSON array", "[1, 2]", "not a CSM Kit plan"],
    ["JSON that is not a plan", '{"name":"budget"}', "not a CSM Kit plan"],
    ["another format", '{"format":"other","version":1}', "says it is something else"],
    ["version 0", text.replace('"version":1', '"version":0'), 'at "version"'],
    ["a version written as text", text.replace('"version":1', '"version":"1"'), 'at "version"'],
    ["a missing version", text.replace('"version":1,', ""), 'at "version"'],
    ["an unknown field", text.replace('"version":1', '"version":1,"extra":true'), "in the plan itself"],
    ["a repeated cell id", text.replace('"id":"csms"', '"id":"accounts"'), 'at "cells.2.id"'],
    ["a cell without a kind", text.replace('"kind":"number",', ""), 'at "cells.0.kind"'],
    ["a negative order", text.replace('"order":2', '"order":-1'), 'at "cells.1.order"'],
    [
      "a date that is not a date",
      text.replace("2025-03-01T09:30:00.000Z", "yesterday"),
      "metadata.updatedAt",
    ],
    ["cells that are not a list", text.replace(/"cells":\[.*\]/, '"cells":{}'), 'at "cells"'],
  ];

  it.each(damaged)("reports %s as unreadable, keeping its raw text", (_what, raw, words) => {
    const reading = readPlan(raw);
    expect(reading.kind).toBe("unreadable");
    if (reading.kind !== "unreadable") return;
    expect(reading.raw).toBe(raw);
    expect(reading.reason.en).toContain(words);
    expect(reading.reason.fr.length).toBeGreaterThan(20);
  });

  it("keeps the raw text of a parsed value it cannot read, as JSON", () => {
    expect(readPlan({ format: "csm-kit.plan", version: 1 })).toMatchObject({
      kind: "unreadable",
      raw: '{"format":"csm-kit.plan","version":1}',
    });
    expect(readPlan(undefined)).toMatchObject({ kind: "unreadable", raw: "undefined" });
  });

  it("never throws, and keeps the raw text, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (input) => {
        const reading = readPlan(input);
        if (reading.kind !== "ok" && typeof input === "string") expect(reading.raw).toBe(input);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps an input named "__proto__" (an action id can be anything) as an ordinary input', () => {
    const text =
      '{"format":"csm-kit.plan","version":1,"metadata":{},"cells":[{"id":"scores","kind":"scores","inputs":{"__proto__":{"time":5,"value":1}},"order":0}]}';
    const read = importPlan(text);
    expect(read.kind === "ok" && Object.keys(read.plan.cells[0]?.inputs ?? {})).toEqual(["__proto__"]);
    expect(read.kind === "ok" && JSON.stringify(read.plan.cells[0]?.inputs)).toBe(
      '{"__proto__":{"time":5,"value":1}}',
    );
  });

  it("round-trips any valid plan through export and import", () => {
    const cell = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }),
      kind: fc.string({ minLength: 1, maxLength: 20 }),
      inputs: fc.dictionary(fc.string(), fc.jsonValue()),
      order: fc.nat(),
    });
    const plans = fc.record({
      format: fc.constant("csm-kit.plan" as const),
      version: fc.constant(1 as const),
      metadata: fc.record({ title: fc.string({ maxLength: 200 }) }, { requiredKeys: [] }),
      cells: fc.uniqueArray(cell, { selector: (c) => c.id, maxLength: 6 }),
    });
    fc.assert(
      fc.property(plans, (random) => {
        // JSON cannot hold -0: it comes back as 0, which is the same number to a plan.
        const expected = JSON.parse(JSON.stringify(random)) as Plan;
        expect(importPlan(exportPlan(random as Plan))).toEqual({ kind: "ok", plan: expected });
      }),
      { numRuns: 300 },
    );
  });
});

describe("plans and notebooks", () => {
  it("restores cells in their order, ties keeping their place in the file", () => {
    const snapshot = snapshotFromPlan({
      ...plan,
      cells: [...plan.cells, { id: "late", kind: "number", inputs: {}, order: 1 }],
    });
    expect(snapshot.cells.map((cell) => cell.id)).toEqual(["accounts", "csms", "late", "ratio"]);
  });

  it("saves a notebook as a plan that restores the same cells and outputs", () => {
    const registry = {
      number: {
        reads: () => [],
        outputs: (inputs: Record<string, unknown>) => [String(inputs.name)],
        compute: (inputs: Record<string, unknown>) => ({
          values: { [String(inputs.name)]: Number(inputs.value) },
        }),
      },
      calculation: calculationKind,
    };
    const notebook = createNotebook(registry);
    notebook.restore(snapshotFromPlan(plan));
    const output = notebook.output("ratio");
    expect(output?.kind === "ok" ? output.values.perCsm : output).toBe(30);

    const saved = exportPlan(planFromSnapshot(notebook.snapshot(), plan.metadata));
    const reading = importPlan(saved);
    if (reading.kind !== "ok") throw new Error(`expected a plan, got ${reading.kind}`);
    expect(reading.plan.cells.map((cell) => [cell.id, cell.order])).toEqual([
      ["accounts", 0],
      ["csms", 1],
      ["ratio", 2],
    ]);
    const copy = createNotebook(registry);
    copy.restore(snapshotFromPlan(reading.plan));
    expect(copy.cells()).toEqual(notebook.cells());
  });
});
