// A plan at the supported size (notebook/plan/limits.ts: 100,000 accounts), through the three paths a person
// takes with it, each beside a baseline doing the bare part of the same work in the same run:
// - import: a 100,000-row .csv (6 columns) through the portfolio's real reader (decoding, the bounded
//   papaparse run, each cell read as a number, date or text) — beside papaparse alone on the decoded text;
// - save: the plan serialised and stored by the standalone store (IndexedDB; here fake-indexeddb, whose
//   structured clone is Node's, not a browser's — the serialising and the store's checks are ours) — beside
//   JSON.stringify of the same plan;
// - export: the plan written to the in-browser workbook and exported as .xlsx (tables, shared formulas,
//   calculated columns, widths) — beside exceljs writing the same accounts as plain values on one sheet.
// Targets, as ratios to the baseline (this machine is shared, so absolute times swing with its load; they are
// printed beside): import within 6× papaparse, save within 3× JSON.stringify, export within 4× exceljs's
// plain values. The export took 57 s at 100,000 accounts before its formulas were shared, and failed at
// 200,000 ("Invalid string length"). Runs with BENCH_ONLY="plan size".
import "fake-indexeddb/auto";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { indexedDbPlanStore } from "../addin/plan-store";
import { MemoryWorkbook } from "../addin/memory-workbook";
import { workbookToXlsx } from "../addin/xlsx-export";
import { createNotebook } from "../notebook/engine/engine";
import type { Json } from "../notebook/engine/types";
import { notebookKinds, starterPlan } from "../notebook/plan/kinds";
import { planCodec, planFromSnapshot } from "../notebook/plan/schema";
import { writePlan } from "../notebook/plan/workbook";
import { segmentationCells } from "../notebook/segmentation/kinds";
import { guessMapping, readCsvPortfolio } from "../notebook/segmentation/portfolio-import/read";

export const PLAN_SIZE_CASE = "plan size: 100,000-account import, save, export";

const ACCOUNTS = Number(process.env.BENCH_PLAN_ACCOUNTS ?? 100_000);
const RUNS = Number(process.env.BENCH_PLAN_RUNS ?? 3);
const EXPORT_RUNS = Number(process.env.BENCH_PLAN_EXPORT_RUNS ?? 1);
const TARGETS = { import: 6, save: 3, export: 4 } as const;

/** A portfolio export as a CRM gives it: ARR over three decades, 1 potential in 10 blank, dates as ISO. */
function portfolioCsv(): Uint8Array {
  let state = 42;
  const next = () => ((state = (state * 1664525 + 1013904223) >>> 0), state / 2 ** 32);
  const industries = ["Software", "Retail", "Healthcare", "Public sector", "Energy", "Logistics"];
  const regions = ["France", "DACH", "UK & Ireland", "Benelux"];
  const lines = ["Account,Current ARR,Potential ARR,Industry,Region,Customer since"];
  for (let i = 0; i < ACCOUNTS; i++) {
    const current = Math.round(1000 * 10 ** (next() * 2.7));
    const potential = next() < 0.1 ? "" : String(Math.round(current * (1 + 3 * next())));
    const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(next() * 4500) * 86_400_000);
    lines.push(
      `ACC-${i},${current},${potential},${industries[i % industries.length]},${regions[i % regions.length]},${day.toISOString().slice(0, 10)}`,
    );
  }
  return new TextEncoder().encode(lines.join("\n"));
}

async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Median times of `ours` and `baseline`, alternated, after one warm-up of each. */
async function race(ours: () => unknown, baseline: () => unknown, runs: number): Promise<[number, number]> {
  await ours();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(await timed(baseline));
    a.push(await timed(ours));
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN;
  return [median(a), median(b)];
}

/**
 * Times the import, save and export of a 100,000-account plan beside their baselines, prints the table and
 * returns how many targets were missed (a result that does not check out counts as missed).
 */
export async function planSizeBench(): Promise<number> {
  let missed = 0;
  const csv = portfolioCsv();

  // Import, and the plan it makes.
  const read = readCsvPortfolio(csv);
  if (read.sheet.rows.length !== ACCOUNTS || read.problems.length > 0) {
    console.error(
      `${PLAN_SIZE_CASE}: the import read ${read.sheet.rows.length} rows, ${read.problems.length} problems`,
    );
    missed++;
  }
  const [importMs, papaMs] = await race(
    () => readCsvPortfolio(csv),
    () => Papa.parse(new TextDecoder().decode(csv), { skipEmptyLines: false }),
    RUNS,
  );
  const notebook = createNotebook(notebookKinds);
  notebook.restore({ cells: [...starterPlan("2026-12-01").cells, ...segmentationCells("en")] });
  notebook.setInputs([
    { cellId: "portfolio", key: "source", value: "accounts.csv" },
    { cellId: "portfolio", key: "headers", value: [...read.sheet.headers] },
    { cellId: "portfolio", key: "rows", value: read.sheet.rows as Json },
    { cellId: "portfolio", key: "mapping", value: guessMapping(read.sheet.headers) as Json },
    { cellId: "portfolio", key: "firstRow", value: 2 },
  ]);

  // Save: each run saves an edited plan over the one saved before, as the pane does after an edit.
  const noLegacy = { length: 0, key: () => null, getItem: () => null, setItem() {}, removeItem() {} };
  const store = indexedDbPlanStore(indexedDB, noLegacy, "csmkit.plan.bench", planCodec);
  let edits = 0;
  const plan = () => planFromSnapshot(notebook.snapshot(), { title: `Bench ${edits++}` });
  const [saveMs, stringifyMs] = await race(
    () => store.save(plan()),
    () => JSON.stringify(plan()),
    RUNS,
  );
  const back = await store.load();
  const rows =
    back.kind === "ok" ? back.plan.cells.find((cell) => cell.kind === "portfolio")?.inputs.rows : [];
  if (!Array.isArray(rows) || rows.length !== ACCOUNTS) {
    console.error(`${PLAN_SIZE_CASE}: the saved plan did not read back with its ${ACCOUNTS} accounts`);
    missed++;
  }

  // Export.
  let exported = 0;
  const [exportMs, exceljsMs] = await race(
    async () => {
      const workbook = new MemoryWorkbook();
      const written = await writePlan(workbook, notebook.cells(), "en");
      exported = (await workbookToXlsx(workbook.contents(), { results: written.results })).bytes.length;
    },
    async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Accounts");
      sheet.addRow([...read.sheet.headers]);
      for (const row of read.sheet.rows) sheet.addRow([...row]);
      return workbook.xlsx.writeBuffer();
    },
    EXPORT_RUNS,
  );
  if (exported === 0) missed++;

  const line = (what: string, ms: number, target: number, baseline: string, baseMs: number) => {
    const ratio = ms / baseMs;
    const met = ratio <= target;
    if (!met) missed++;
    const seconds = (n: number) => (n / 1000).toFixed(2);
    return `| ${what} | ${seconds(ms)} | ${baseline} | ${seconds(baseMs)} | ${ratio.toFixed(1)}× (target ≤ ${target}×: ${met ? "met" : "missed"}) |`;
  };
  console.log(
    `\n${PLAN_SIZE_CASE} (${ACCOUNTS.toLocaleString("en")} accounts; median of ${RUNS} runs, export ${EXPORT_RUNS})\n`,
  );
  console.log("| path | CSM Kit s | baseline | baseline s | vs baseline |");
  console.log("|---|---|---|---|---|");
  console.log(
    line(
      `import: .csv of ${(csv.length / 1e6).toFixed(1)} MB read into accounts`,
      importMs,
      TARGETS.import,
      "papaparse alone",
      papaMs,
    ),
  );
  console.log(
    line(
      "save: serialise, check and store in IndexedDB",
      saveMs,
      TARGETS.save,
      "JSON.stringify alone",
      stringifyMs,
    ),
  );
  console.log(
    line(
      `export: .xlsx of ${(exported / 1e6).toFixed(1)} MB`,
      exportMs,
      TARGETS.export,
      "exceljs, plain values",
      exceljsMs,
    ),
  );
  return missed;
}
