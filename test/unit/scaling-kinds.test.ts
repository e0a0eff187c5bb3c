// The scaling audit's cells in the notebook: actions → scores → decisions → roadmap → capacity. Expected
// tables and figures are worked out by hand from "Scaler son activité CSM"'s rules (ratio = time ÷ value; Human < 1,
// Arbitrate = 1, Automate > 1; end = start + 7 × weeks days; first-year cost = one-off + 12 × monthly;
// hours freed = Σ hours × share × accounts; FTE = hours ÷ 1,600), never by calling the code under test. The
// property checks that row reuse and early cut-off never leave a stale result: after any edit, the live
// notebook shows exactly what a fresh notebook restored from the same snapshot computes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createNotebook,
  type CellOutput,
  type CellSpec,
  type CellView,
  type Json,
  type NamedValue,
  type Notebook,
  type NotebookSnapshot,
  type Table,
} from "../../notebook/engine/engine";
import { notebookKinds, starterPlan } from "../../notebook/plan/kinds";

// ------------------------------------------------------------------------------------------ a small plan

const ITEMS = [
  { id: "tickets", label: "Answer tickets", stage: "support" },
  { id: "welcome", label: "Send the welcome email", stage: "onboarding" },
  { id: "qbr", label: "Run the QBR", stage: "review" },
  { id: "deck", label: "Build the review deck", stage: "review" },
  { id: "inactive", label: "Call inactive users", stage: "adoption" },
];

// tickets 5/1 = 5 automate; welcome 2/1 = 2 automate; qbr 3/5 = 0.6 human; deck 4/2 = 2 automate;
// inactive 3/3 = 1 arbitrate. Priorities: tickets (ratio 5) 1; welcome and deck tie at 2, welcome has the
// lower value (1 < 2) so it comes first: welcome 2, deck 3.
const SCORES: Record<string, Json> = {
  tickets: { time: 5, value: 1 },
  welcome: { time: 2, value: 1 },
  qbr: { time: 3, value: 5 },
  deck: { time: 4, value: 2 },
  inactive: { time: 3, value: 3 },
};

type JsonObject = { readonly [key: string]: Json };

const ROADMAP_ITEMS: readonly JsonObject[] = [
  {
    actionId: "tickets",
    action: "Answer tickets",
    solution: "Help centre",
    kind: "knowledge",
    owner: "Support lead",
    priority: 1,
    oneOffCost: 6000,
    monthlyCost: 250,
    weeks: 6,
    validated: true,
  },
  {
    actionId: "welcome",
    action: "Send the welcome email",
    solution: "Welcome sequence",
    kind: "email",
    oneOffCost: 800,
    monthlyCost: 60,
    weeks: 2,
    validated: true,
  },
  // A candidate for deck, not validated yet: not on the timeline.
  { actionId: "deck", action: "Build the review deck", kind: "plans", oneOffCost: 3000, weeks: 4 },
];

const CAPACITY = {
  accounts: 300,
  hours: { tickets: 6, welcome: 4 },
  shares: { welcome: 0.5 },
  loadedCostPerCsm: 96000,
  csmHeadcount: 3,
  csmHoursPerAccount: 40,
};

function smallPlan(capacity: Record<string, Json> = CAPACITY): NotebookSnapshot {
  return {
    cells: [
      { id: "actions", kind: "actions", inputs: { items: ITEMS } },
      { id: "scores", kind: "scores", inputs: SCORES },
      { id: "decisions", kind: "decisions", inputs: {} },
      { id: "roadmap", kind: "roadmap", inputs: { start: "2026-02-02", items: ROADMAP_ITEMS } },
      { id: "capacity", kind: "capacity", inputs: capacity },
    ],
  };
}

function open(snapshot: NotebookSnapshot) {
  const computed: string[] = [];
  const notebook = createNotebook(notebookKinds, { onCompute: (id) => computed.push(id) });
  notebook.restore(snapshot);
  computed.length = 0;
  return { notebook, computed };
}

type OkOutput = Extract<CellOutput, { kind: "ok" }>;

function ok(notebook: Notebook, id: string): OkOutput {
  const output = notebook.output(id);
  if (output?.kind !== "ok") throw new Error(`cell ${id} is not computed: ${JSON.stringify(output)}`);
  return output;
}

const errorOf = (notebook: Notebook, id: string): string | undefined => {
  const output = notebook.output(id);
  return output?.kind === "error" ? output.message.en : undefined;
};

const rowsOf = (notebook: Notebook, id: string) => ok(notebook, id).table?.rows;
const notesOf = (notebook: Notebook, id: string, language: "en" | "fr" = "en") =>
  (ok(notebook, id).notes ?? []).map((note) => note[language]);
const valueOf = (notebook: Notebook, id: string, name: string): NamedValue | undefined =>
  ok(notebook, id).values[name];

const DECISION_COLUMNS = [
  "id",
  "action",
  "stage",
  "time",
  "value",
  "ratio",
  "decision",
  "priority",
  "status",
];

describe("the audit cells on a small plan", () => {
  it("lists the actions and their scores, language-neutral", () => {
    const { notebook } = open(smallPlan());
    expect(ok(notebook, "actions").table).toEqual({
      columns: ["id", "action", "stage"],
      rows: ITEMS.map((item) => [item.id, item.label, item.stage]),
    });
    expect(valueOf(notebook, "actions", "actionCount")).toBe(5);
    expect(rowsOf(notebook, "scores")).toEqual([
      ["tickets", "Answer tickets", "support", 5, 1],
      ["welcome", "Send the welcome email", "onboarding", 2, 1],
      ["qbr", "Run the QBR", "review", 3, 5],
      ["deck", "Build the review deck", "review", 4, 2],
      ["inactive", "Call inactive users", "adoption", 3, 3],
    ]);
    expect(valueOf(notebook, "scores", "scoredCount")).toBe(5);
  });

  it("decides each action by its ratio and ranks the actions to automate", () => {
    const { notebook } = open(smallPlan());
    const decisions = ok(notebook, "decisions");
    expect(decisions.table).toEqual({
      columns: DECISION_COLUMNS,
      rows: [
        ["tickets", "Answer tickets", "support", 5, 1, 5, "automate", 1, "decided"],
        ["welcome", "Send the welcome email", "onboarding", 2, 1, 2, "automate", 2, "decided"],
        ["qbr", "Run the QBR", "review", 3, 5, 0.6, "human", null, "decided"],
        ["deck", "Build the review deck", "review", 4, 2, 2, "automate", 3, "decided"],
        ["inactive", "Call inactive users", "adoption", 3, 3, 1, "arbitrate", null, "decided"],
      ],
    });
    expect(decisions.values.automateCount).toBe(3);
    expect(decisions.values.humanCount).toBe(1);
    expect(decisions.values.arbitrateCount).toBe(1);
    expect(decisions.values.decisions).toBe(decisions.table);
    expect(decisions.notes).toBeUndefined();
  });

  it("keeps the list order between actions of the same ratio and the same value", () => {
    const { notebook } = open({
      cells: [
        {
          id: "actions",
          kind: "actions",
          inputs: {
            items: [
              { id: "b", label: "B", stage: "support" },
              { id: "a", label: "A", stage: "support" },
              { id: "c", label: "C", stage: "support" },
            ],
          },
        },
        // b 4/2 = 2, a 2/1 = 2, c 4/2 = 2: a has the lower value, then b before c by list order.
        {
          id: "scores",
          kind: "scores",
          inputs: { b: { time: 4, value: 2 }, a: { time: 2, value: 1 }, c: { time: 4, value: 2 } },
        },
        { id: "decisions", kind: "decisions", inputs: {} },
      ],
    });
    expect(rowsOf(notebook, "decisions")?.map((row) => [row[0], row[7]])).toEqual([
      ["b", 2],
      ["a", 1],
      ["c", 3],
    ]);
  });

  it("leaves an action without both scores unscored, not an error", () => {
    const { notebook } = open({
      cells: [
        { id: "actions", kind: "actions", inputs: { items: ITEMS.slice(0, 3) } },
        { id: "scores", kind: "scores", inputs: { tickets: { time: 5 }, welcome: { time: null, value: 1 } } },
        { id: "decisions", kind: "decisions", inputs: {} },
      ],
    });
    expect(rowsOf(notebook, "scores")).toEqual([
      ["tickets", "Answer tickets", "support", 5, null],
      ["welcome", "Send the welcome email", "onboarding", null, 1],
      ["qbr", "Run the QBR", "review", null, null],
    ]);
    expect(valueOf(notebook, "scores", "scoredCount")).toBe(0);
    expect(rowsOf(notebook, "decisions")?.map((row) => row.slice(5))).toEqual([
      [null, null, null, "unscored"],
      [null, null, null, "unscored"],
      [null, null, null, "unscored"],
    ]);
    expect(valueOf(notebook, "decisions", "automateCount")).toBe(0);
    expect(ok(notebook, "decisions").notes).toBeUndefined();
  });
});

describe("the roadmap cell", () => {
  it("chains the validated items from the start date and totals their costs", () => {
    const { notebook } = open(smallPlan());
    const roadmap = ok(notebook, "roadmap");
    // tickets: 2026-02-02 + 7 × 6 = 42 days → 2026-03-16; welcome: 2026-03-16 + 14 days → 2026-03-30.
    expect(roadmap.table).toEqual({
      columns: [
        "actionId",
        "action",
        "solution",
        "kind",
        "owner",
        "priority",
        "oneOffCost",
        "monthlyCost",
        "weeks",
        "start",
        "end",
      ],
      rows: [
        [
          "tickets",
          "Answer tickets",
          "Help centre",
          "knowledge",
          "Support lead",
          1,
          6000,
          250,
          6,
          "2026-02-02",
          "2026-03-16",
        ],
        [
          "welcome",
          "Send the welcome email",
          "Welcome sequence",
          "email",
          "",
          null,
          800,
          60,
          2,
          "2026-03-16",
          "2026-03-30",
        ],
      ],
    });
    // One-off 6,000 + 800 = 6,800; monthly 250 + 60 = 310; first year 6,800 + 12 × 310 = 10,520.
    expect(roadmap.values.roadmapOneOff).toBe(6800);
    expect(roadmap.values.roadmapMonthly).toBe(310);
    expect(roadmap.values.roadmapCost).toBe(10520);
    expect(roadmap.values.roadmapWeeks).toBe(8);
  });

  it("names the actions by their labels, and follows a label renamed", () => {
    const { notebook } = open(smallPlan());
    const items = notebook.cells().find((cell) => cell.id === "actions")?.inputs.items as Json[];
    notebook.setInput(
      "actions",
      "items",
      items.map((item) =>
        (item as { id: string }).id === "deck" ? { ...(item as object), label: "Deck QBR" } : item,
      ),
    );
    expect(notesOf(notebook, "roadmap")).toEqual([
      "1 action(s) to automate have no validated solution yet: Deck QBR.",
    ]);
    expect(notesOf(notebook, "roadmap", "fr")).toEqual([
      "1 action(s) à automatiser n'ont pas encore de solution validée : Deck QBR.",
    ]);
  });

  it("names the actions to automate that have no validated solution yet", () => {
    const { notebook } = open(smallPlan());
    expect(notesOf(notebook, "roadmap")).toEqual([
      "1 action(s) to automate have no validated solution yet: Build the review deck.",
    ]);
    // welcome becomes human (1/2): it is still on the roadmap, but no longer to automate.
    notebook.setInput("scores", "welcome", { time: 1, value: 2 });
    expect(notesOf(notebook, "roadmap")).toEqual([
      "1 action(s) to automate have no validated solution yet: Build the review deck.",
      "On the roadmap but no longer to automate by their scores: Send the welcome email.",
    ]);
    notebook.setInput("roadmap", "items", [
      ...ROADMAP_ITEMS.slice(0, 2),
      { ...ROADMAP_ITEMS[2], monthlyCost: 100, validated: true },
    ]);
    expect(notesOf(notebook, "roadmap")).toEqual([
      "On the roadmap but no longer to automate by their scores: Send the welcome email.",
    ]);
    // deck: 2026-03-30 + 28 days → 2026-04-27; one-off 9,800, monthly 410, first year 9,800 + 4,920.
    expect(rowsOf(notebook, "roadmap")?.[2]?.slice(9)).toEqual(["2026-03-30", "2026-04-27"]);
    expect(valueOf(notebook, "roadmap", "roadmapCost")).toBe(14720);
  });

  it("starts with an empty roadmap on the Monday after today", () => {
    const { notebook } = open(starterPlan("2026-11-25"));
    expect(notebook.snapshot().cells.find((cell) => cell.id === "roadmap")?.inputs.start).toBe("2026-11-30");
    expect(rowsOf(notebook, "roadmap")).toEqual([]);
    expect(valueOf(notebook, "roadmap", "roadmapCost")).toBe(0);
    expect(valueOf(notebook, "actions", "actionCount")).toBe(0);
  });

  it("shows what is wrong with an item instead of a timeline", () => {
    const { notebook } = open(smallPlan());
    notebook.setInput("roadmap", "items", [{ ...ROADMAP_ITEMS[0], weeks: 1.5 }]);
    expect(errorOf(notebook, "roadmap")).toBe(
      "Roadmap item 1 (tickets), weeks: expected a whole number of weeks from 0 to 260, got 1.5.",
    );
    expect(errorOf(notebook, "capacity")).toBe(
      '"roadmap" is not available because the cell that computes it has an error; fix that cell first.',
    );
    notebook.undo();
    expect(valueOf(notebook, "roadmap", "roadmapCost")).toBe(10520);
    expect(valueOf(notebook, "capacity", "hoursFreed")).toBe(2400);
  });
});

describe("the capacity cell", () => {
  it("computes the hours and FTE freed, accounts per CSM and the payback, by hand", () => {
    const { notebook } = open(smallPlan());
    // Per account: tickets 6 × 1 + welcome 4 × 0.5 = 8 hours; × 300 accounts = 2,400 hours = 1.5 FTE.
    // Accounts per CSM: 300 / 3 = 100 before; 100 × 40 / (40 − 8) = 125 after.
    // Hourly cost 96,000 / 1,600 = 60; monthly value 2,400 × 60 / 12 = 12,000; saving 12,000 − 310.
    const payback = 6800 / (12000 - 310);
    const capacity = ok(notebook, "capacity");
    expect(capacity.values).toEqual({
      hoursFreed: 2400,
      fteFreed: 1.5,
      accountsPerCsmBefore: 100,
      accountsPerCsmAfter: 125,
      paybackMonths: payback,
    });
    expect(capacity.table).toEqual({
      columns: ["figure", "value"],
      rows: [
        ["hoursFreed", 2400],
        ["fteFreed", 1.5],
        ["accountsPerCsmBefore", 100],
        ["accountsPerCsmAfter", 125],
        ["paybackMonths", payback],
      ],
    });
    expect(capacity.notes).toBeUndefined();
  });

  it("publishes NaN for a figure it cannot compute, and says why", () => {
    const { notebook } = open(smallPlan({ accounts: 300, hours: { tickets: 6 }, shares: {} }));
    // welcome has no hours: 6 × 1 × 300 = 1,800 hours = 1.125 FTE.
    const capacity = ok(notebook, "capacity");
    expect(capacity.values.hoursFreed).toBe(1800);
    expect(capacity.values.fteFreed).toBe(1.125);
    expect(capacity.values.accountsPerCsmBefore).toBeNaN();
    expect(capacity.values.accountsPerCsmAfter).toBeNaN();
    expect(capacity.values.paybackMonths).toBeNaN();
    expect(capacity.table?.rows.slice(2)).toEqual([
      ["accountsPerCsmBefore", null],
      ["accountsPerCsmAfter", null],
      ["paybackMonths", null],
    ]);
    expect(notesOf(notebook, "capacity")).toEqual([
      "Hours per account not given, so not counted: welcome.",
      "Give the CSM headcount and the CSM hours per account to compare accounts per CSM.",
      "Give the loaded cost per CSM and the roadmap's costs to compute the payback.",
    ]);
  });

  it("has no payback when the running cost eats the value of the hours freed", () => {
    // Hourly cost 1,600 / 1,600 = 1; monthly value 2,400 × 1 / 12 = 200, less than the 310 a month.
    const { notebook } = open(smallPlan({ ...CAPACITY, loadedCostPerCsm: 1600 }));
    expect(valueOf(notebook, "capacity", "paybackMonths")).toBeNaN();
    expect(notesOf(notebook, "capacity")).toEqual([
      "No payback: the roadmap's monthly running cost is as high as or higher than the value of the hours it frees.",
    ]);
  });

  it("waits for the accounts with a note, not an error, and still computes nothing", () => {
    const { notebook } = open(smallPlan({ hours: {}, shares: {} }));
    const output = notebook.output("capacity");
    expect(output?.kind === "ok" && output.notes?.map((note) => note.en)).toEqual([
      "Enter the number of accounts to see the hours the roadmap frees and its payback.",
    ]);
    expect(output?.kind === "ok" && Object.values(output.values).every(Number.isNaN)).toBe(true);
  });

  it("is an error with a message when the accounts are not a count", () => {
    const { notebook } = open(smallPlan({ accounts: -3, hours: {}, shares: {} }));
    expect(errorOf(notebook, "capacity")).toBe("Accounts: expected a whole number of 0 or more, got -3.");
  });
});

describe("bad inputs", () => {
  it("leaves an action with a wrong score undecided, says so, and still decides the others", () => {
    const { notebook } = open(smallPlan());
    notebook.setInput("scores", "welcome", { time: 7, value: 1 });
    notebook.setInput("scores", "qbr", { time: 3, value: "x" });
    expect(rowsOf(notebook, "scores")?.slice(1, 3)).toEqual([
      ["welcome", "Send the welcome email", "onboarding", 7, 1],
      ["qbr", "Run the QBR", "review", 3, "x"],
    ]);
    expect(rowsOf(notebook, "decisions")).toEqual([
      ["tickets", "Answer tickets", "support", 5, 1, 5, "automate", 1, "decided"],
      ["welcome", "Send the welcome email", "onboarding", null, 1, null, null, null, "invalid"],
      ["qbr", "Run the QBR", "review", 3, null, null, null, null, "invalid"],
      ["deck", "Build the review deck", "review", 4, 2, 2, "automate", 2, "decided"],
      ["inactive", "Call inactive users", "adoption", 3, 3, 1, "arbitrate", null, "decided"],
    ]);
    expect(notesOf(notebook, "decisions")).toEqual([
      "Action 2 (welcome), time: expected a whole number from 1 to 5, got 7.",
      'Action 3 (qbr), value: expected a whole number from 1 to 5, got the text "x".',
    ]);
    expect(valueOf(notebook, "decisions", "automateCount")).toBe(2);
    expect(valueOf(notebook, "decisions", "humanCount")).toBe(0);
    expect(valueOf(notebook, "decisions", "arbitrateCount")).toBe(1);
  });

  it("makes a repeated id invalid, and a blank one too", () => {
    const { notebook } = open(smallPlan());
    notebook.setInput("actions", "items", [
      ITEMS[0] as Json,
      { id: "tickets", label: "Answer tickets again", stage: "support" },
      42,
      ITEMS[2] as Json,
    ]);
    expect(rowsOf(notebook, "actions")).toEqual([
      ["tickets", "Answer tickets", "support"],
      ["tickets", "Answer tickets again", "support"],
      ["", "", ""],
      ["qbr", "Run the QBR", "review"],
    ]);
    expect(rowsOf(notebook, "decisions")?.map((row) => [row[0], row[6], row[7], row[8]])).toEqual([
      ["tickets", "automate", 1, "decided"],
      ["tickets", null, null, "invalid"],
      ["", null, null, "invalid"],
      ["qbr", "human", null, "decided"],
    ]);
    expect(notesOf(notebook, "decisions")).toEqual([
      'Action 2 (tickets), id: "tickets" is already the id of action 1; ids must be unique.',
      'Action 3, id: expected a non-blank text, got the text "".',
    ]);
    expect(valueOf(notebook, "decisions", "automateCount")).toBe(1);
  });

  it("shows a message on the actions cell when the items are not a list, and on the cells after it", () => {
    const { notebook } = open(smallPlan());
    notebook.setInput("actions", "items", "oops");
    expect(errorOf(notebook, "actions")).toBe(
      "The actions are not a list; import the plan again or start from the library.",
    );
    expect(errorOf(notebook, "scores")).toBe(
      '"actions" is not available because the cell that computes it has an error; fix that cell first.',
    );
    expect(errorOf(notebook, "decisions")).toBe(
      '"scores" is not available because the cell that computes it has an error; fix that cell first.',
    );
    notebook.undo();
    expect(valueOf(notebook, "decisions", "automateCount")).toBe(3);
  });
});

// ------------------------------------------------------------------------------------------ early cut-off

describe("early cut-off", () => {
  it("recomputes only the capacity when one of its inputs changes", () => {
    const { notebook, computed } = open(smallPlan());
    notebook.setInput("capacity", "accounts", 600);
    expect(computed).toEqual(["capacity"]);
    expect(valueOf(notebook, "capacity", "hoursFreed")).toBe(4800);
  });

  it("stops at the scores when a score is given to an action that is not listed", () => {
    const { notebook, computed } = open(smallPlan());
    notebook.setInput("scores", "nobody", { time: 5, value: 1 });
    expect(computed).toEqual(["scores"]);
  });

  it("does not recompute the capacity when the actions to automate stay the same", () => {
    const { notebook, computed } = open(smallPlan());
    const roadmapBefore = valueOf(notebook, "roadmap", "roadmap");
    notebook.setInput("scores", "qbr", { time: 2, value: 5 });
    expect(computed).toEqual(["scores", "decisions", "roadmap"]);
    expect(rowsOf(notebook, "decisions")?.[2]).toEqual([
      "qbr",
      "Run the QBR",
      "review",
      2,
      5,
      0.4,
      "human",
      null,
      "decided",
    ]);
    expect(valueOf(notebook, "roadmap", "roadmap")).toBe(roadmapBefore);
  });

  it("recomputes the roadmap, not the capacity, when a score flips a decision", () => {
    const { notebook, computed } = open(smallPlan());
    // deck 2/4 = 0.5: human now, so the roadmap no longer waits for a solution for it.
    notebook.setInput("scores", "deck", { time: 2, value: 4 });
    expect(computed).toEqual(["scores", "decisions", "roadmap"]);
    expect(valueOf(notebook, "decisions", "automateCount")).toBe(2);
    expect(ok(notebook, "roadmap").notes).toBeUndefined();
    // deck 5/1 = 5 ties with tickets (value 1 too): list order puts tickets first, then deck, then welcome.
    computed.length = 0;
    notebook.setInput("scores", "deck", { time: 5, value: 1 });
    expect(computed).toEqual(["scores", "decisions", "roadmap"]);
    expect(rowsOf(notebook, "decisions")?.map((row) => row[7])).toEqual([1, 3, null, 2, null]);
    expect(notesOf(notebook, "roadmap")).toEqual([
      "1 action(s) to automate have no validated solution yet: Build the review deck.",
    ]);
  });

  it("recomputes the capacity when the roadmap's validated items change", () => {
    const { notebook, computed } = open(smallPlan());
    notebook.setInput("roadmap", "items", ROADMAP_ITEMS.slice(0, 1));
    expect(computed).toEqual(["roadmap", "capacity"]);
    // Only tickets is left: 6 × 300 = 1,800 hours.
    expect(valueOf(notebook, "capacity", "hoursFreed")).toBe(1800);
  });

  it("recomputes everything from scratch after recomputeAll, with the same results", () => {
    const { notebook, computed } = open(smallPlan());
    const before = JSON.stringify(notebook.cells());
    notebook.recomputeAll();
    expect(computed).toEqual(["actions", "scores", "decisions", "roadmap", "capacity"]);
    expect(JSON.stringify(notebook.cells())).toBe(before);
  });
});

// ---------------------------------------------------------------------------------- the live/fresh property

/** The cells with their outputs as text; NaN and infinities kept apart from null. */
const serialised = (cells: readonly CellView[]): string =>
  JSON.stringify(cells, (_key, value: unknown) =>
    typeof value === "number" && !Number.isFinite(value) ? `number:${String(value)}` : value,
  );

const ID_POOL = [...Array.from({ length: 45 }, (_, i) => `a${i}`), "constructor", "__proto__", " a1 ", ""];
const idArb = fc.constantFrom(...ID_POOL);
const scoreValueArb = fc.oneof(
  { arbitrary: fc.constantFrom<Json>(1, 2, 3, 4, 5), weight: 6 },
  { arbitrary: fc.constantFrom<Json>(null, ""), weight: 2 },
  { arbitrary: fc.constantFrom<Json>(7, 0, 2.5, "x"), weight: 1 },
);
const scoreArb = fc.record({ time: scoreValueArb, value: scoreValueArb }, { requiredKeys: [] });
const itemArb = fc.record({
  id: idArb,
  label: fc.constantFrom("Answer tickets", "Run the QBR", "", " Deck "),
  stage: fc.constantFrom("support", "review", "Partners", ""),
});
const itemsArb = fc.oneof(
  { arbitrary: fc.uniqueArray(itemArb, { selector: (item) => item.id, maxLength: 40 }), weight: 4 },
  { arbitrary: fc.array(itemArb, { maxLength: 8 }), weight: 1 },
);
const goodOr = <T extends Json>(good: readonly T[], bad: readonly Json[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...good), weight: 30 },
    { arbitrary: fc.constantFrom(...bad), weight: 1 },
  );
const roadmapItemArb = fc.record(
  {
    actionId: idArb,
    kind: goodOr(["email", "knowledge", "plans"], ["fax"]),
    oneOffCost: goodOr([0, 500, 6000], [null, -5]),
    monthlyCost: goodOr([0, 60, 250], [null]),
    weeks: goodOr([0, 1, 2, 6], [null, 1.5]),
    validated: fc.boolean(),
  },
  { requiredKeys: ["actionId", "oneOffCost", "monthlyCost", "weeks"] },
);
const roadmapItemsArb = fc.array(roadmapItemArb, { maxLength: 6 });
const numberInputArb = fc.option(goodOr([1, 3, 40, 300, 1600, 96000], [0, -1, "x"]), { nil: undefined });
const CAPACITY_KEYS = [
  "accounts",
  "hoursPerCsm",
  "loadedCostPerCsm",
  "csmHeadcount",
  "csmHoursPerAccount",
] as const;

const editArb = fc.oneof(
  {
    arbitrary: fc.record({
      type: fc.constant("score" as const),
      id: idArb,
      score: fc.option(scoreArb, { nil: undefined }),
    }),
    weight: 8,
  },
  { arbitrary: fc.record({ type: fc.constant("items" as const), items: itemsArb }), weight: 1 },
  {
    arbitrary: fc.record({
      type: fc.constant("item" as const),
      at: fc.nat(),
      item: itemArb,
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ type: "notAList" as const }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant("roadmap" as const), items: roadmapItemsArb }), weight: 2 },
  {
    arbitrary: fc.record({
      type: fc.constant("start" as const),
      start: goodOr(["2026-02-02", "2026-03-01", "2028-02-28"], ["2026-02-30", 5]),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      type: fc.constant("capacity" as const),
      key: fc.constantFrom(...CAPACITY_KEYS),
      value: numberInputArb,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      type: fc.constant("hours" as const),
      which: fc.constantFrom("hours" as const, "shares" as const),
      id: idArb,
      value: fc.option(fc.constantFrom<Json>(0, 0.5, 1, 4, 6, 30, null, -1), { nil: undefined }),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ type: "undo" as const }), weight: 3 },
  { arbitrary: fc.constant({ type: "redo" as const }), weight: 2 },
  { arbitrary: fc.constant({ type: "recomputeAll" as const }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant("move" as const), to: fc.nat() }), weight: 1 },
);
type RandomEdit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

const planArb = fc
  .record({
    items: itemsArb,
    scores: fc.array(fc.tuple(idArb, scoreArb), { maxLength: 45 }),
    roadmap: roadmapItemsArb,
    accounts: fc.constantFrom<Json>(300, 40, 0),
    hours: fc.array(fc.tuple(idArb, fc.constantFrom<Json>(1, 4, 6)), { maxLength: 6 }),
  })
  .map(({ items, scores, roadmap, accounts, hours }): NotebookSnapshot => ({
    cells: [
      { id: "actions", kind: "actions", inputs: { items } },
      { id: "scores", kind: "scores", inputs: Object.fromEntries(scores) as Record<string, Json> },
      { id: "decisions", kind: "decisions", inputs: {} },
      { id: "roadmap", kind: "roadmap", inputs: { start: "2026-02-02", items: roadmap } },
      {
        id: "capacity",
        kind: "capacity",
        inputs: { accounts, hours: Object.fromEntries(hours) as Record<string, Json>, shares: {} },
      },
      {
        id: "share",
        kind: "calculation",
        inputs: { name: "share", expression: "automateCount / actionCount + scoredCount" },
      },
      {
        id: "cost",
        kind: "calculation",
        inputs: { name: "cost", expression: "roadmapCost / 1000 + fteFreed + humanCount - arbitrateCount" },
      },
    ],
  }));

const inputsOf = (notebook: Notebook, id: string): CellSpec["inputs"] =>
  notebook.snapshot().cells.find((cell) => cell.id === id)?.inputs ?? {};

/** An object with one key set (or removed), built so that "__proto__" stays an ordinary key. */
function withKey(value: Json | undefined, key: string, item: Json | undefined): Record<string, Json> {
  const entries = Object.entries(
    typeof value === "object" && value !== null && !Array.isArray(value) ? value : {},
  ).filter(([name]) => name !== key);
  return Object.fromEntries(item === undefined ? entries : [...entries, [key, item]]);
}

function apply(notebook: Notebook, edit: RandomEdit): void {
  switch (edit.type) {
    case "score":
      notebook.setInput("scores", edit.id, edit.score);
      return;
    case "items":
      notebook.setInput("actions", "items", edit.items);
      return;
    case "item": {
      const items = inputsOf(notebook, "actions").items;
      if (!Array.isArray(items) || items.length === 0) return;
      const list = [...(items as readonly Json[])];
      list[edit.at % list.length] = edit.item;
      notebook.setInput("actions", "items", list);
      return;
    }
    case "notAList":
      notebook.setInput("actions", "items", "not a list");
      return;
    case "roadmap":
      notebook.setInput("roadmap", "items", edit.items);
      return;
    case "start":
      notebook.setInput("roadmap", "start", edit.start);
      return;
    case "capacity":
      notebook.setInput("capacity", edit.key, edit.value);
      return;
    case "hours": {
      const current = inputsOf(notebook, "capacity")[edit.which];
      notebook.setInput("capacity", edit.which, withKey(current, edit.id, edit.value));
      return;
    }
    case "undo":
      notebook.undo();
      return;
    case "redo":
      notebook.redo();
      return;
    case "recomputeAll":
      notebook.recomputeAll();
      return;
    case "move": {
      const cells = notebook.snapshot().cells;
      const last = cells[cells.length - 1];
      if (last !== undefined) notebook.moveCell(last.id, edit.to % cells.length);
      return;
    }
  }
}

describe("row reuse and early cut-off never leave a stale result", () => {
  it("shows after every edit exactly what a fresh notebook restored from the same snapshot shows", () => {
    fc.assert(
      fc.property(planArb, fc.array(editArb, { maxLength: 30 }), (plan, edits) => {
        const notebook = createNotebook(notebookKinds);
        notebook.restore(plan);
        for (const edit of edits) {
          apply(notebook, edit);
          const fresh = createNotebook(notebookKinds);
          fresh.restore(notebook.snapshot());
          expect(serialised(notebook.cells())).toBe(serialised(fresh.cells()));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives a decisions table that agrees with a reference written here", () => {
    // The reference: read each score on its own, an id seen before is invalid, rank the automated ones.
    const reference = (items: readonly { id: string }[], scores: Record<string, Json>) => {
      const seen = new Set<string>();
      const rows = items.map((item, index) => {
        const id = item.id.trim();
        const given = Object.hasOwn(scores, id) ? scores[id] : undefined;
        const score = (typeof given === "object" && given !== null ? given : {}) as Record<string, Json>;
        const valid = (x: Json | undefined) =>
          typeof x === "number" && Number.isInteger(x) && x >= 1 && x <= 5;
        const blank = (x: Json | undefined) => x === undefined || x === null || x === "";
        const [t, v] = [score.time, score.value];
        const badId = id === "" || seen.has(id);
        seen.add(id);
        const wrong = badId || (!blank(t) && !valid(t)) || (!blank(v) && !valid(v));
        const decided = !wrong && valid(t) && valid(v);
        const ratio = decided ? (t as number) / (v as number) : null;
        const decision = ratio === null ? null : ratio < 1 ? "human" : ratio === 1 ? "arbitrate" : "automate";
        const status = wrong ? "invalid" : decided ? "decided" : "unscored";
        return { index, id, ratio, decision, status, value: decided ? (v as number) : 0 };
      });
      const ranked = rows
        .filter((row) => row.decision === "automate")
        .sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0) || a.value - b.value || a.index - b.index);
      return rows.map((row) => {
        const rank = ranked.indexOf(row);
        return [row.id, row.ratio, row.decision, rank === -1 ? null : rank + 1, row.status];
      });
    };
    fc.assert(
      fc.property(planArb, fc.array(editArb, { maxLength: 20 }), (plan, edits) => {
        const notebook = createNotebook(notebookKinds);
        notebook.restore(plan);
        for (const edit of edits) apply(notebook, edit);
        const items = inputsOf(notebook, "actions").items;
        const decisions = notebook.output("decisions");
        if (!Array.isArray(items)) {
          expect(decisions?.kind).toBe("error");
          return;
        }
        const table = (decisions?.kind === "ok" ? decisions.table : undefined) as Table;
        const got = table.rows.map((row) => [row[0], row[5], row[6], row[7], row[8]]);
        expect(got).toEqual(reference(items as { id: string }[], inputsOf(notebook, "scores")));
      }),
      { numRuns: 150 },
    );
  });
});
