// Inputs that make sense (issue 16): the potential column's meaning, potential below current, accounts with a
// bad customer since kept in the counts, no override the person did not choose, rows numbered as the
// spreadsheet shows them, and a unit switch that converts the capacity and warns when a result cannot be
// right. Expected values are worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { createNotebook, type Json, type Table } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";
import { segmentationCells } from "../../notebook/segmentation/kinds";
import { convertedPerCsm } from "../../notebook/segmentation/coverage";
import { parseCsv } from "../../notebook/segmentation/portfolio-import/read";
import { segmentWriteInput } from "../../notebook/segmentation/workbook";

const HEADERS = ["Account", "Current ARR", "Expansion Potential", "Customer since"];
// Default tiers: high ≥ 100,000 current or ≥ 250,000 potential; low ≥ 25,000 or ≥ 75,000; tech the rest.
const ROWS: Json[] = [
  ["Acme", 90_000, 200_000, "2015-03-01"], // total: high by potential (200k < 250k? no) → low by current
  ["Beta", 60_000, 200_000, "2020-01-01"], // additional: 260,000 ≥ 250,000 → high
  ["Gamma", 52_000, 10_000, "31/02/2019"], // a date that does not exist; potential below current if total
  ["Delta", 10_000, null, "2016-06-01"], // tech, signed before 2019
];

function wizard(extra: { cellId: string; key: string; value: Json }[] = []) {
  const notebook = createNotebook(notebookKinds);
  notebook.restore({ cells: segmentationCells("en") });
  notebook.setInputs([
    { cellId: "portfolio", key: "headers", value: HEADERS },
    { cellId: "portfolio", key: "rows", value: ROWS },
    {
      cellId: "portfolio",
      key: "mapping",
      value: { account: 0, currentArr: 1, potentialArr: 2, customerSince: 3 },
    },
    ...extra,
  ]);
  return notebook;
}

const valuesOf = (notebook: ReturnType<typeof wizard>, id: string) => {
  const output = notebook.output(id);
  if (output?.kind !== "ok") throw new Error(`${id} is not ok`);
  return output;
};

describe("the potential column", () => {
  it("asks whether the column is the total or what an account could add, reading it as the total meanwhile", () => {
    const output = valuesOf(wizard(), "portfolio");
    const notes = output.notes?.map((note) => note.en) ?? [];
    expect(notes[0]).toBe(
      'The column "Expansion Potential" is read as each account\'s total potential ARR. If it is what an account could add on top of its current ARR (an upsell or expansion amount), say so above: the potential will be current ARR + "Expansion Potential".',
    );
    // Read as the total: Acme 90,000 → low; Beta 200,000 potential < 250,000, 60,000 current → low.
    const tiers = valuesOf(wizard(), "segments").values.tierAccounts;
    expect(tiers).toEqual([0, 3, 1]);
  });

  it("adds the column to the current ARR when the person says it is what an account could add", () => {
    const notebook = wizard([{ cellId: "portfolio", key: "potential", value: "additional" }]);
    const table = valuesOf(notebook, "portfolio").values.portfolio as Table;
    // Acme 90,000 + 200,000; Beta 60,000 + 200,000; Gamma 52,000 + 10,000; Delta blank stays blank.
    expect(table.rows.map((row) => row[2])).toEqual([290_000, 260_000, 62_000, null]);
    // Acme and Beta now reach 250,000 of potential: high; Gamma low by current; Delta tech.
    expect(valuesOf(notebook, "segments").values.tierAccounts).toEqual([2, 1, 1]);
    expect(valuesOf(notebook, "portfolio").notes ?? []).toEqual([]);
  });

  it("flags the accounts whose potential is below their current ARR, with their rows as the spreadsheet shows them", () => {
    const notes = valuesOf(
      wizard([{ cellId: "portfolio", key: "potential", value: "total" }]),
      "portfolio",
    ).notes;
    // Gamma: 10,000 < 52,000, the 3rd row under the headers: row 4.
    expect(notes?.map((note) => note.en)).toEqual([
      '1 account has a potential ARR below its current ARR: row 4 (Gamma). A total potential is at least the current ARR: check the column "Expansion Potential", and whether it is the total or the ARR an account could add.',
    ]);
    expect(notes?.[0]?.fr).toContain("ligne 4 (Gamma)");
  });

  it("writes the potential as values, not a look-up of the column, when the column is what an account could add", () => {
    const notebook = wizard([
      { cellId: "portfolio", key: "table", value: "Accounts" },
      { cellId: "portfolio", key: "potential", value: "additional" },
    ]);
    const input = segmentWriteInput(notebook.cells());
    expect(input?.source?.headers).toEqual({
      account: "Account",
      currentArr: "Current ARR",
      customerSince: "Customer since",
    });
    expect(input?.rows[0]?.potentialArr).toBe(290_000);
  });
});

describe("accounts whose customer since is not a date", () => {
  it("keep them in every count, segmented by their ARR, and say why", () => {
    const segments = valuesOf(wizard(), "segments");
    // Gamma (52,000: low) is counted: 4 classified, 0 unclassified.
    expect(segments.values.classifiedCount).toBe(4);
    expect(segments.values.unclassifiedCount).toBe(0);
    expect(segments.values.tierArr).toEqual([0, 90_000 + 60_000 + 52_000, 10_000]);
    expect(segments.notes?.map((note) => note.en)).toContain(
      'Row 4 (Gamma), customer since: expected a date (YYYY-MM-DD or an Excel date), got the text "31/02/2019". The account is segmented by its ARR; the historical-customers rule does not apply to it.',
    );
  });

  it("leave them out when the person chooses to", () => {
    const segments = valuesOf(
      wizard([{ cellId: "segments", key: "badDates", value: "exclude" }]),
      "segments",
    );
    expect(segments.values.classifiedCount).toBe(3);
    expect(segments.values.unclassifiedCount).toBe(1);
    expect(segments.values.tierArr).toEqual([0, 150_000, 10_000]);
  });

  it("never make them historical customers", () => {
    const notebook = wizard([
      { cellId: "segments", key: "historical", value: { before: "2019-01-01", floorTier: 1 } },
    ]);
    const rows = (valuesOf(notebook, "segments").values.segments as Table).rows;
    // Delta (2016, tech) is held in low touch; Gamma, with no date, is not moved.
    expect(rows.map((row) => [row[1], row[9]])).toEqual([
      ["Acme", ""],
      ["Beta", ""],
      ["Gamma", ""],
      ["Delta", "historical"],
    ]);
  });
});

describe("overrides and rows", () => {
  it("starts a segmentation with no historical rule and no strategic industry", () => {
    const segments = valuesOf(wizard(), "segments");
    const rows = (segments.values.segments as Table).rows;
    // Delta, signed in 2016, stays in tech touch: nobody asked to keep historical customers higher.
    expect(rows.find((row) => row[1] === "Delta")?.[8]).toBe(3);
    expect(rows.every((row) => row[9] === "")).toBe(true);
  });

  it("numbers rows as the spreadsheet shows them: headers in row 1, the first account in row 2", () => {
    const rows = (valuesOf(wizard(), "segments").values.segments as Table).rows;
    expect(rows.map((row) => row[0])).toEqual([2, 3, 4, 5]);
  });

  it("numbers rows from where the file's headers are", () => {
    // Two blank lines, then the headers in row 3: Beta, with its text ARR, is in row 5.
    const { sheet } = parseCsv("\n\nAccount,ARR\nAcme,10\nBeta,lots\n");
    expect(sheet.firstRow).toBe(4);
    const notebook = createNotebook(notebookKinds);
    notebook.restore({ cells: segmentationCells("en") });
    notebook.setInputs([
      { cellId: "portfolio", key: "headers", value: [...sheet.headers] },
      { cellId: "portfolio", key: "rows", value: sheet.rows as Json },
      { cellId: "portfolio", key: "mapping", value: { account: 0, currentArr: 1 } },
      { cellId: "portfolio", key: "firstRow", value: sheet.firstRow ?? 2 },
    ]);
    expect(valuesOf(notebook, "segments").notes?.[0]?.en).toBe(
      'Row 5 (Beta), current ARR: expected an amount of 0 or more, got the text "lots".',
    );
  });
});

describe("a coverage unit switch", () => {
  it("converts accounts per CSM to ARR per CSM at the tier's average ARR per account, and back", () => {
    // 300 accounts, 15,600,000 of ARR: 52,000 an account; 300 accounts per CSM = 15,600,000 of ARR per CSM.
    expect(convertedPerCsm(300, "arr", { accounts: 300, currentArr: 15_600_000 })).toBe(15_600_000);
    // 10 accounts, 1,000,000: 100,000 an account; 250,000 of ARR per CSM = 2.5 accounts per CSM.
    expect(convertedPerCsm(250_000, "accounts", { accounts: 10, currentArr: 1_000_000 })).toBe(2.5);
    // Nothing to convert with: cleared.
    expect(convertedPerCsm(300, "arr", { accounts: 5, currentArr: 0 })).toBeNull();
  });

  it("warns when a tier needs more CSMs than it has accounts", () => {
    const notebook = wizard([{ cellId: "portfolio", key: "potential", value: "total" }]);
    // Tech touch holds Delta only (10,000 of ARR); 300 taken as ARR per CSM: 10,000 ÷ 300 = 33.3 CSMs.
    notebook.setInput("coverage", "tiers", [
      { basis: "accounts", perCsm: 12 },
      { basis: "accounts", perCsm: 50 },
      { basis: "arr", perCsm: 300 },
    ]);
    const notes = valuesOf(notebook, "coverage").notes?.map((note) => note.en) ?? [];
    expect(notes).toContain(
      "Tier 3 (Tech touch): 33.3 CSMs for 1 account, more CSMs than accounts. One CSM carries 300 of ARR here: check the unit and the figure. The totals and the suggested split count this tier as it is.",
    );
    notebook.setInput("coverage", "tiers", [
      { basis: "accounts", perCsm: 12 },
      { basis: "accounts", perCsm: 50 },
      { basis: "arr", perCsm: 10_000 },
    ]);
    expect(
      valuesOf(notebook, "coverage").notes?.some((note) => note.en.includes("more CSMs than accounts")),
    ).toBe(false);
  });
});
