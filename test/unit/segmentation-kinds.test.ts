// The segmentation wizard's cells in the notebook: portfolio → segments → coverage. Expected tiers and head
// counts are worked out by hand from the rules (step 1 ARR tier, step 2 strategic industry up one tier,
// step 3 historical customers kept at least at the floor; CSMs = accounts ÷ accounts per CSM), never by
// calling the code under test. The property checks that the live notebook, after any edit, shows what a
// fresh notebook restored from the same snapshot computes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createNotebook, type Json, type Table } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";
import { segmentationCells } from "../../notebook/segmentation/kinds";

const HEADERS = ["Compte", "ARR actuel", "Potentiel", "Secteur", "Région", "Client depuis"];
// Default rules: high ≥ 100k current or ≥ 250k potential; low ≥ 25k or ≥ 75k; tech the rest; set below:
// customers since before 2019-01-01 kept at least in low touch, and the strategic industry "Santé".
const ROWS: Json[] = [
  ["Alpha", 150_000, null, "Retail", "EU", "2021-05-01"], // high by current
  ["Bravo", 20_000, 300_000, "Retail", "EU", "2022-01-10"], // high by potential
  ["Charlie", 30_000, 40_000, "santé", "EU", "2020-03-01"], // low, strategic → high
  ["Delta", 5_000, 10_000, "Retail", "US", "2016-02-01"], // tech, historical → low
  ["Echo", 5_000, null, "Retail", "US", "2023-02-01"], // tech
  [null, null, null, null, null, null], // blank row
  ["Foxtrot", "12k", null, "Retail", "US", null], // unclassified: ARR is text
  ["Alpha", 1_000, null, "Retail", "US", null], // unclassified: duplicate
];

function wizard() {
  const notebook = createNotebook(notebookKinds);
  notebook.restore({ cells: segmentationCells("en") });
  notebook.setInputs([
    { cellId: "portfolio", key: "headers", value: HEADERS },
    { cellId: "portfolio", key: "rows", value: ROWS },
    {
      cellId: "portfolio",
      key: "mapping",
      value: { account: 0, currentArr: 1, potentialArr: 2, industry: 3, region: 4, customerSince: 5 },
    },
    { cellId: "segments", key: "strategicIndustries", value: ["Santé"] },
    { cellId: "segments", key: "historical", value: { before: "2019-01-01", floorTier: 1 } },
  ]);
  return notebook;
}

const tableOf = (value: unknown): Table => value as Table;

describe("segmentation cells", () => {
  it("segments the portfolio, with each override and each unclassified row accounted for", () => {
    const notebook = wizard();
    const output = notebook.output("segments");
    expect(output?.kind).toBe("ok");
    if (output?.kind !== "ok") return;
    const rows = tableOf(output.values.segments).rows.map((row) => [row[1], row[7], row[8], row[9], row[10]]);
    expect(rows).toEqual([
      ["Alpha", 1, 1, "", "classified"],
      ["Bravo", 1, 1, "", "classified"],
      ["Charlie", 2, 1, "strategic", "classified"],
      ["Delta", 3, 2, "historical", "classified"],
      ["Echo", 3, 3, "", "classified"],
      ["Foxtrot", null, null, "", "unclassified"],
      ["Alpha", null, null, "", "unclassified"],
    ]);
    expect(output.values.tierAccounts).toEqual([3, 1, 1]);
    expect(output.values.tierArr).toEqual([200_000, 5_000, 5_000]);
    expect(output.values.classifiedCount).toBe(5);
    expect(output.values.unclassifiedCount).toBe(2);
    const notes = output.notes?.map((note) => note.en) ?? [];
    expect(notes).toHaveLength(3);
    // Rows as the spreadsheet shows them: headers in row 1, Foxtrot (the 7th row under them) in row 8.
    expect(notes[0]).toContain("Row 8 (Foxtrot), current ARR");
    expect(notes[1]).toContain("already appears in row 2");
    expect(notes[2]).toContain("1 blank row");
  });

  it("sizes the team per tier from the default engagement model", () => {
    const notebook = wizard();
    notebook.setInput("coverage", "headcount", 1);
    const output = notebook.output("coverage");
    expect(output?.kind).toBe("ok");
    if (output?.kind !== "ok") return;
    // 3 ÷ 12 + 1 ÷ 50 + 1 ÷ 300 = 0.25 + 0.02 + 0.00333…
    const needed = 3 / 12 + 1 / 50 + 1 / 300;
    expect(output.values.csmsNeeded).toBeCloseTo(needed, 12);
    expect(output.values.csmGap).toBeCloseTo(needed - 1, 12);
    // 210,000 ARR ÷ 2,000,000 per CSM.
    expect(output.values.referenceCsms).toBeCloseTo(0.105, 12);
    expect(tableOf(output.values.specialists).rows).toEqual([["generalist", 1, 1]]);
  });

  it("asks for the columns it cannot do without, and says which", () => {
    const notebook = wizard();
    notebook.setInput("portfolio", "mapping", { account: 0 });
    const output = notebook.output("portfolio");
    expect(output).toEqual({
      kind: "error",
      message: {
        en: "Say which column holds the current ARR.",
        fr: "Indiquez la colonne de : ARR actuel.",
      },
    });
    expect(notebook.output("segments")?.kind).toBe("error");
  });

  it("reports bad rules on the segments cell, and a coverage without capacity as a note", () => {
    const notebook = wizard();
    notebook.setInput("segments", "tiers", [{ name: { en: "Top", fr: "Haut" }, currentMin: -1 }]);
    const segments = notebook.output("segments");
    expect(segments?.kind === "error" && segments.message.en).toContain("Tier 1, current ARR at least");
    notebook.undo();
    notebook.setInput("coverage", "tiers", []);
    const coverage = notebook.output("coverage");
    expect(coverage?.kind === "ok" && coverage.values.csmsNeeded).toBe(0);
    expect(coverage?.kind === "ok" && coverage.notes?.[0]?.en).toContain("Tier 1 (High touch): no capacity");
  });

  it("raising a threshold in the notebook never moves an account up, and the live result is a fresh one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        (high, raise) => {
          const notebook = wizard();
          const levels = () => {
            const output = notebook.output("segments");
            if (output?.kind !== "ok") throw new Error("segments failed");
            return tableOf(output.values.segments).rows.map((row) => row[8]);
          };
          const tiers = (current: number): Json => [
            { name: { en: "High", fr: "Haut" }, currentMin: current, potentialMin: null },
            { name: { en: "Low", fr: "Bas" }, currentMin: 25_000, potentialMin: 75_000 },
            { name: { en: "Tech", fr: "Digital" }, currentMin: null, potentialMin: null },
          ];
          notebook.setInput("segments", "tiers", tiers(high));
          const before = levels();
          notebook.setInput("segments", "tiers", tiers(high + raise));
          const after = levels();
          after.forEach((level, i) => {
            if (typeof level === "number") expect(level).toBeGreaterThanOrEqual(before[i] as number);
          });
          const fresh = createNotebook(notebookKinds);
          fresh.restore(notebook.snapshot());
          expect(JSON.stringify(fresh.cells())).toBe(JSON.stringify(notebook.cells()));
        },
      ),
      { numRuns: 40 },
    );
  });
});
