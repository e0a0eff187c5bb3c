// Keys from data are ordinary keys (issue 17): an action id, a result name, an account, tier or industry
// name spelled `__proto__`, `constructor` or `toString` behaves as any other. Each entry point is checked
// against the same input with ordinary names, or against values worked out by hand.
import { describe, expect, it } from "vitest";
import { createNotebook } from "../../notebook/engine/engine";
import type { CellSpec, NotebookSnapshot } from "../../notebook/engine/types";
import { notebookKinds } from "../../notebook/plan/kinds";
import { readActionsTable } from "../../notebook/scaling-audit/actions-import";
import { dictionary, own } from "../../functions/excel/keyed";
import { realisticPlan } from "../support/realistic-plan";

const KEYS = ["__proto__", "constructor", "toString"] as const;

function outputsOf(snapshot: NotebookSnapshot) {
  const notebook = createNotebook(notebookKinds);
  notebook.restore(snapshot);
  return notebook;
}

const table = (notebook: ReturnType<typeof outputsOf>, id: string) => {
  const output = notebook.output(id);
  if (output?.kind !== "ok") throw new Error(`${id}: ${JSON.stringify(output)}`);
  return output.table;
};

describe("the one map type", () => {
  it("holds __proto__ and constructor as ordinary keys and reads only its own keys", () => {
    const record = dictionary([
      ["__proto__", 1],
      ["constructor", 2],
    ]);
    expect(Object.keys(record)).toEqual(["__proto__", "constructor"]);
    expect([own(record, "__proto__"), own(record, "constructor"), own(record, "toString")]).toEqual([
      1,
      2,
      undefined,
    ]);
    expect(own({}, "constructor")).toBeUndefined();
  });
});

describe("action ids", () => {
  const actions: CellSpec = {
    id: "actions",
    kind: "actions",
    inputs: { items: KEYS.map((id, i) => ({ id, label: `Action ${i}`, stage: "review" })) },
  };

  it("keeps the score of each action, whatever its id, through a score edit", () => {
    const notebook = outputsOf({
      cells: [
        actions,
        { id: "scores", kind: "scores", inputs: {} },
        { id: "decisions", kind: "decisions", inputs: {} },
      ],
    });
    KEYS.forEach((id, i) => notebook.setInput("scores", id, { time: 5, value: i + 1 }));
    // time ÷ value: 5, 2.5, 1.67; all three scored.
    expect(table(notebook, "scores")?.rows.map((row) => row.slice(3))).toEqual([
      [5, 1],
      [5, 2],
      [5, 3],
    ]);
    const output = notebook.output("decisions");
    expect(output?.kind === "ok" ? output.values.automateCount : undefined).toBe(3);
  });

  it("leaves an action without a score unscored, even when its id is a name every object has", () => {
    const notebook = outputsOf({ cells: [actions, { id: "scores", kind: "scores", inputs: {} }] });
    expect(table(notebook, "scores")?.rows.map((row) => row.slice(3))).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it("reads the scores of actions with such ids from a workbook table", () => {
    const read = readActionsTable({
      name: "Mine",
      headers: ["Id", "Action", "Time", "Value"],
      rows: KEYS.map((id, i) => [id, `Action ${i}`, 4, i + 1]),
    });
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.scores)).toEqual([...KEYS]);
    expect(KEYS.map((id) => own(read.scores, id))).toEqual([
      { time: 4, value: 1 },
      { time: 4, value: 2 },
      { time: 4, value: 3 },
    ]);
  });

  it("reads the hours of an action called constructor only when the capacity holds them", () => {
    const plan = realisticPlan();
    const renamed = JSON.parse(
      JSON.stringify(plan).replaceAll("relance-factures-impayees", "constructor"),
    ) as NotebookSnapshot;
    const plain = outputsOf(plan);
    const odd = outputsOf(renamed);
    expect(table(odd, "capacity")).toEqual(table(plain, "capacity"));
  });
});

describe("result names", () => {
  it.each(KEYS)("publishes a calculation named %s, which another calculation reads", (name) => {
    const notebook = outputsOf({
      cells: [
        { id: "a", kind: "calculation", inputs: { name, expression: "2 + 3" } },
        { id: "b", kind: "calculation", inputs: { name: "twice", expression: `${name} * 2` } },
      ],
    });
    const a = notebook.output("a");
    expect(a?.kind === "ok" ? Object.keys(a.values) : a).toEqual([name]);
    expect(notebook.output("b")).toMatchObject({ kind: "ok", values: { twice: 10 } });
  });

  it("publishes a calculation named constructor in French under its own name", () => {
    const notebook = outputsOf({
      cells: [
        { id: "a", kind: "calculation", inputs: { name: "constructor", expression: "1", language: "fr" } },
      ],
    });
    expect(table(notebook, "a")?.columns).toEqual(["constructor"]);
  });
});

describe("account, tier and industry names", () => {
  it("segments and covers a portfolio whose names are __proto__ and constructor as it does with ordinary names", () => {
    const plan = realisticPlan();
    const odd = JSON.parse(
      JSON.stringify(plan)
        .replaceAll("Société A Groupe Européen", "__proto__")
        .replaceAll("Société B Groupe Européen", "constructor")
        .replaceAll('"Santé"', '"__proto__"')
        .replaceAll('"Key accounts"', '"__proto__"')
        .replaceAll('"Grands comptes"', '"constructor"'),
    ) as NotebookSnapshot;
    expect(JSON.stringify(odd)).toContain('"strategicIndustries":["__proto__"]');
    const plain = outputsOf(plan);
    const renamed = outputsOf(odd);
    for (const id of ["segments", "coverage"]) {
      const before = table(plain, id);
      const after = table(renamed, id);
      expect(after?.rows.length).toBe(before?.rows.length);
      // Same numbers everywhere; only the names differ.
      const numbers = (rows: readonly (readonly unknown[])[] | undefined) =>
        rows?.map((row) => row.filter((cell) => typeof cell === "number"));
      expect(numbers(after?.rows)).toEqual(numbers(before?.rows));
    }
    const segments = table(renamed, "segments");
    expect(segments?.rows.some((row) => row.includes("__proto__"))).toBe(true);
  });
});
