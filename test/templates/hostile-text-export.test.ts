// Texts XML 1.0 or Excel refuse, through the standalone planner's .xlsx export and back through LibreOffice
// (issue 17): action labels and account names hold every class of such character (C0 controls, U+FFFE,
// U+FFFF, the other noncharacters, surrogates standing alone). The file must open, and every text — those
// after the bad ones too, which a single U+FFFF in the shared strings used to blank — must read back as
// written, each bad character as U+FFFD. A plan cannot hold a text longer than a cell (writing it is refused
// with a message), so a second file, written from contents made by hand, holds one: it reads back cut at
// Excel's 32,767 characters.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import type { WorkbookContents } from "../../addin/workbook-contents";
import { workbookToXlsx } from "../../addin/xlsx-export";
import { createNotebook } from "../../notebook/engine/engine";
import type { NotebookSnapshot } from "../../notebook/engine/types";
import { notebookKinds } from "../../notebook/plan/kinds";
import { writePlan } from "../../notebook/plan/workbook";
import { convert } from "../support/libreoffice";
import { realisticPlan } from "../support/realistic-plan";

const results = join(__dirname, "../../test-results/hostile-text-export");

/** Each class of refused character, as typed, and the number of U+FFFD it becomes (one per code point). */
const BAD: readonly (readonly [string, number])[] = [
  ["\u0000", 1],
  ["\u0001\u0008", 2],
  ["\u000B\u000C", 2],
  ["\u000E\u001F", 2],
  ["\uFFFE", 1],
  ["\uFFFF", 1],
  ["\uFDD0\uFDEF", 2],
  ["\u{1FFFE}\u{10FFFF}", 2],
  ["\uD83D", 1],
  ["\uDE00", 1],
];

const R = "\uFFFD";

/** A long text: 40,017 characters, of which a cell keeps the first 32,767. */
const LONG = `Compte très long ${"x".repeat(40_000)}`;

/** Contents made by hand: a long text in a table and in a loose cell, and a bad text after each. */
const LONG_CONTENTS: WorkbookContents = {
  sheets: [
    {
      name: "Long",
      tables: [
        {
          name: "Accounts",
          row: 0,
          column: 0,
          columns: [{ header: "Account" }],
          rows: [[LONG], ["After \uFFFF it"]],
          charts: [],
          owned: true,
        },
      ],
      cells: [
        { row: 5, column: 3, value: LONG },
        { row: 6, column: 3, value: "Below \u0000 it" },
      ],
    },
  ],
  names: [],
};

interface Hostile {
  readonly plan: NotebookSnapshot;
  /** Every text that must read back, as it must read. */
  readonly expected: readonly string[];
}

/** The realistic plan with the bad characters in the middle of action labels and account names. */
function hostilePlan(): Hostile {
  const plan = realisticPlan("2026-03-02");
  const expected: string[] = [];
  const cells = plan.cells.map((cell) => {
    if (cell.kind === "actions") {
      const items = (cell.inputs.items as { id: string; label: string; stage: string }[]).map((item, i) => {
        const [bad, count] = BAD[i % BAD.length] ?? ["", 0];
        expected.push(`Action ${i} ${R.repeat(count)} fin`);
        return { ...item, label: `Action ${i} ${bad} fin` };
      });
      return { ...cell, inputs: { ...cell.inputs, items } };
    }
    if (cell.kind === "portfolio") {
      const rows = (cell.inputs.rows as (string | number | null)[][]).map((row, i) => {
        const [bad, count] = BAD[i % BAD.length] ?? ["", 0];
        expected.push(`Compte ${i} ${R.repeat(count)} fin`);
        return [`Compte ${i} ${bad} fin`, ...row.slice(1)];
      });
      return { ...cell, inputs: { ...cell.inputs, rows } };
    }
    return cell;
  });
  return { plan: { cells }, expected };
}

let texts = new Set<string>();
let textsChanged = 0;
let longTexts: string[] = [];
let longChanged = 0;
const { plan, expected } = hostilePlan();

beforeAll(async () => {
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const notebook = createNotebook(notebookKinds);
  notebook.restore(plan);
  const workbook = new MemoryWorkbook();
  const written = await writePlan(workbook, notebook.cells(), "fr");
  expect(written.refused).toEqual([]);
  const exported = await workbookToXlsx(workbook.contents(), { title: "Plan", results: written.results });
  textsChanged = exported.textsChanged;
  const file = join(results, "hostile.xlsx");
  writeFileSync(file, exported.bytes);
  const long = await workbookToXlsx(LONG_CONTENTS);
  longChanged = long.textsChanged;
  writeFileSync(join(results, "long.xlsx"), long.bytes);
  convert([file, join(results, "long.xlsx")], "csv", join(results, "csv"));
  const read = (prefix: string) =>
    readdirSync(join(results, "csv"))
      .filter((name) => name.startsWith(prefix))
      .flatMap((name) => Papa.parse<string[]>(readFileSync(join(results, "csv", name), "utf8")).data.flat());
  texts = new Set(read("hostile"));
  longTexts = read("long").filter((text) => text !== "");
}, 120_000);

describe("an export whose texts hold characters a workbook cannot hold", () => {
  it("reads back, in LibreOffice, every action label and account name, each bad character as U+FFFD", () => {
    expect(expected).toHaveLength(10 + 60);
    const missing = expected.filter((text) => !texts.has(text));
    expect(missing.map((text) => text.slice(0, 40))).toEqual([]);
  });

  it("keeps the texts around them: the tiers, the roadmap's solutions and the headers", () => {
    for (const text of ["Grands comptes", "Base de connaissances et chatbot", "Compte", "Secteur"])
      expect(texts.has(text), text).toBe(true);
  });

  it("counts the texts it changed: each bad label and account name, wherever it is written", () => {
    expect(textsChanged).toBeGreaterThanOrEqual(10 + 60);
  });

  it("cuts a text longer than a cell at 32,767 characters, in a table and in a loose cell, and counts it", () => {
    const cut = `Compte très long ${"x".repeat(32_767 - 17)}`;
    expect(cut).toHaveLength(32_767);
    expect(longTexts).toEqual(["Account", cut, "After \uFFFD it", cut, "Below \uFFFD it"]);
    expect(longChanged).toBe(4);
  });
});
