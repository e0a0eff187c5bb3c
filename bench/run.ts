// `npm run bench`: every speed target of the project, each beside its baseline measured in the same run,
// printed with its target; a missed target makes the command exit 1. BENCH_ONLY=<text> runs only the cases
// whose name contains that text (e.g. BENCH_ONLY=CSM.HEALTH, BENCH_ONLY="weights column", BENCH_ONLY=notebook).
// The catalogue's functions are in bench/functions.ts (each function on each shape beside a plain loop,
// target 1.5×); the timing helpers in bench/measure.ts.
import { benchFunctions } from "./functions";
import { race, random } from "./measure";

const only = process.env.BENCH_ONLY;
let failures = 0;

// ---------------------------------------------------------------------------------------------------------
// notebook: recompute a 500-action plan after one score changes. The audit chain of the planning notebook,
// with the kinds the pane uses (notebook/scaling-audit/): actions → scores → ratio and decision →
// roadmap → capacity. The incremental figure is what a person waits for: `setInput` of one action's score,
// which recomputes that cell and what depends on it, reusing unchanged rows. The full figure computes every
// cell of the same plan from scratch: `recomputeAll`, which empties every cell's memory first, so nothing is
// reused. Target: incremental at least 5× faster. A second line, without a target, changes an input of
// the last cell instead. The process exits after this section, so that its target counts too.
import { createNotebook } from "../notebook/engine/engine";
import { scalingKinds } from "../notebook/scaling-audit/kinds";
import { ACTION_LIBRARY } from "../functions/scaling/action-library";

const NOTEBOOK_CASE = "notebook: recompute a 500-action plan after one score changes";
const NOTEBOOK_ACTIONS = Number(process.env.BENCH_NOTEBOOK_ACTIONS ?? 500);
const NOTEBOOK_RUNS = Number(process.env.BENCH_NOTEBOOK_RUNS ?? 201);
const auditKinds = scalingKinds;

function auditPlan() {
  const next = random(11);
  const items = Array.from({ length: NOTEBOOK_ACTIONS }, (_, i) => {
    const model = ACTION_LIBRARY[i % ACTION_LIBRARY.length];
    return {
      id: `a${i}`,
      label: `${model?.label.en ?? "Action"} ${i + 1}`,
      stage: model?.stage ?? "support",
    };
  });
  const scores = Object.fromEntries(
    items.map(({ id }) => [id, { time: 1 + Math.floor(next() * 5), value: 1 + Math.floor(next() * 5) }]),
  );
  // A validated solution for every tenth action, whatever its decision: the roadmap's notes say which.
  const roadmapItems = items
    .filter((_, i) => i % 10 === 0)
    .map(({ id, label }, i) => ({
      actionId: id,
      action: label,
      solution: "Email sequence",
      kind: "email",
      oneOffCost: 1500,
      monthlyCost: 40,
      weeks: 2,
      owner: "CS Ops",
      priority: i + 1,
      validated: true,
    }));
  const hours = Object.fromEntries(roadmapItems.map(({ actionId }) => [actionId, 0.5]));
  const notebook = createNotebook(auditKinds);
  notebook.restore({
    cells: [
      { id: "actions", kind: "actions", inputs: { items } },
      { id: "scores", kind: "scores", inputs: scores },
      { id: "decisions", kind: "decisions", inputs: {} },
      { id: "roadmap", kind: "roadmap", inputs: { start: "2026-01-05", items: roadmapItems } },
      {
        id: "capacity",
        kind: "capacity",
        inputs: { hours, accounts: 400, csmHeadcount: 4, csmHoursPerAccount: 40, loadedCostPerCsm: 90_000 },
      },
    ],
  });
  return notebook;
}

interface NotebookLine {
  readonly what: string;
  /** Makes one real change: each turn alternates between two values. */
  readonly edit: (notebook: ReturnType<typeof createNotebook>, turn: number) => void;
  readonly target: boolean;
}

const notebookLines: NotebookLine[] = [
  {
    what: "one score changes",
    edit: (notebook, turn) => notebook.setInput("scores", "a250", { time: turn % 2 ? 5 : 1, value: 3 }),
    target: true,
  },
  {
    what: "a capacity input changes (no target)",
    edit: (notebook, turn) => notebook.setInput("capacity", "accounts", turn % 2 ? 450 : 400),
    target: false,
  },
];

if (!only || NOTEBOOK_CASE.includes(only)) {
  const notebookRows: string[][] = [];
  for (const line of notebookLines) {
    const notebook = auditPlan();
    let recomputed = 0;
    notebook.subscribe((change) => (recomputed = change.recomputed.length));
    let turn = 0;
    // The incremental result must equal a full recompute of the same plan, or the comparison means nothing.
    line.edit(notebook, ++turn);
    const fresh = createNotebook(auditKinds);
    fresh.restore(notebook.snapshot());
    if (JSON.stringify(fresh.cells()) !== JSON.stringify(notebook.cells())) {
      console.error(`${NOTEBOOK_CASE}, ${line.what}: the incremental outputs differ from a full recompute`);
      failures++;
    }
    const touched = recomputed;
    // The full figure runs on a second notebook of the same plan, so that starting over does not empty
    // the memory of the notebook being edited.
    const baseline = createNotebook(auditKinds);
    baseline.restore(notebook.snapshot());
    const [incremental, full] = race(
      () => line.edit(notebook, ++turn),
      () => baseline.recomputeAll(),
      NOTEBOOK_RUNS,
    );
    const ratio = full / incremental;
    const missed = line.target && ratio < 5;
    if (missed) failures++;
    notebookRows.push([
      line.what,
      incremental.toFixed(3),
      full.toFixed(3),
      `${touched} of ${notebook.cells().length}`,
      `${ratio.toFixed(2)}×${line.target ? (missed ? " (target 5×: missed)" : " (target 5×: met)") : ""}`,
    ]);
  }
  const notebookHeader = [
    `${NOTEBOOK_CASE} (${NOTEBOOK_ACTIONS} actions)`,
    "incremental median ms",
    "full recompute median ms",
    "cells recomputed",
    "full ÷ incremental",
  ];
  console.log(`\nmedian of ${NOTEBOOK_RUNS} runs\n`);
  console.log(`| ${notebookHeader.join(" | ")} |`);
  console.log(`|${notebookHeader.map(() => "---").join("|")}|`);
  for (const row of notebookRows) console.log(`| ${row.join(" | ")} |`);
}

// ---------------------------------------------------------------------------------------------------------
// segment: 50,000 accounts into tiers with the workbook's default rules (functions/segmentation/): every row
// validated (account, ARR, dates, duplicate ids), ARR tier, strategic industries, historical customers, and
// per-tier counts and ARR. Baseline: a plain loop that tiers by the thresholds alone, without validation or
// overrides. Target: median under 200 ms. Its ARR tiers must equal the baseline's, or the figure means nothing.
import { segmentAccounts, type AccountRow } from "../functions/segmentation/segment";
import { DEFAULT_SEGMENTATION_RULES, DEFAULT_TIERS } from "../functions/segmentation/rules";

const SEGMENT_CASE = "segment: 50,000 accounts into tiers";
const SEGMENT_ACCOUNTS = Number(process.env.BENCH_SEGMENT_ACCOUNTS ?? 50_000);
const SEGMENT_RUNS = Number(process.env.BENCH_SEGMENT_RUNS ?? 31);

/** Accounts as a mapped table gives them: ARR spread over three decades, 1 date in 10 as ISO text. */
function portfolio(): AccountRow[] {
  const next = random(17);
  const industries = ["Software", "Retail", "Healthcare", "Public sector", "Energy", "Logistics"];
  const regions = ["France", "DACH", "UK & Ireland", "Benelux"];
  return Array.from({ length: SEGMENT_ACCOUNTS }, (_, i) => {
    const current = Math.round(1000 * 10 ** (next() * 2.7));
    const serial = 40_000 + Math.floor(next() * 6000);
    return {
      account: `ACC-${i}`,
      currentArr: current,
      potentialArr: next() < 0.1 ? null : Math.round(current * (1 + 3 * next())),
      industry: industries[Math.floor(next() * industries.length)],
      region: regions[Math.floor(next() * regions.length)],
      customerSince:
        i % 10 === 0
          ? new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
          : serial,
    };
  });
}

/** Tiers by the thresholds alone, as a developer would write it: no validation, no overrides. */
function plainTiers(rows: readonly AccountRow[]): Int32Array {
  const [high, low] = DEFAULT_TIERS;
  const hc = high?.currentMin ?? Infinity;
  const hp = high?.potentialMin ?? Infinity;
  const lc = low?.currentMin ?? Infinity;
  const lp = low?.potentialMin ?? Infinity;
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as AccountRow;
    const c = row.currentArr as number;
    const p = (row.potentialArr as number | null) ?? -1;
    out[i] = c >= hc || p >= hp ? 0 : c >= lc || p >= lp ? 1 : 2;
  }
  return out;
}

if (!only || SEGMENT_CASE.includes(only)) {
  const accountsToSegment = portfolio();
  const rules = {
    ...DEFAULT_SEGMENTATION_RULES,
    strategicIndustries: ["Healthcare", "Public sector"],
  };
  const ours = segmentAccounts(accountsToSegment, rules);
  const plain = plainTiers(accountsToSegment);
  const agree =
    ours.ok &&
    ours.classified === SEGMENT_ACCOUNTS &&
    ours.accounts.every((a) => a.status === "classified" && a.arrTier === plain[a.row]);
  if (!agree) {
    console.error(`${SEGMENT_CASE}: the ARR tiers differ from the plain loop's, or rows are unclassified`);
    failures++;
  }
  const [segmentMs, plainMs] = race(
    () => segmentAccounts(accountsToSegment, rules),
    () => plainTiers(accountsToSegment),
    SEGMENT_RUNS,
  );
  const missed = segmentMs >= 200;
  if (missed) failures++;
  const segmentHeader = [
    `${SEGMENT_CASE} (${SEGMENT_ACCOUNTS.toLocaleString("en")} accounts)`,
    "median ms",
    "plain loop ms",
    "vs plain loop",
  ];
  console.log(`\nmedian of ${SEGMENT_RUNS} runs\n`);
  console.log(`| ${segmentHeader.join(" | ")} |`);
  console.log(`|${segmentHeader.map(() => "---").join("|")}|`);
  console.log(
    `| tiers, overrides, checks, per-tier sums | ${segmentMs.toFixed(1)} (target < 200: ${missed ? "missed" : "met"}) | ${plainMs.toFixed(2)} | ${(segmentMs / plainMs).toFixed(1)}× |`,
  );
}

import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { COLD_START_CASE, coldStart } from "./cold-start";
import { PLAN_SIZE_CASE, planSizeBench } from "./plan-size";
import { BILLING_CASE, billingBench } from "./billing";
import { PANE_CASE, paneBench } from "./pane";

// ---------------------------------------------------------------------------------------------------------
// task pane size: the production build, in a temporary folder, measured gzip-compressed (level 9), as a
// browser downloads it. "Initial" is the JavaScript taskpane.html loads before the pane shows; the lazy
// chunks (each view but Home, mathjs, the importers, exceljs) load only when used. Target: initial at most
// 200 KB gzip. Baseline beside it: React + ReactDOM alone, the floor of any React pane.
const SIZE_CASE = "task pane JavaScript size";
async function measureSize(): Promise<void> {
  const require = createRequire(__filename);
  const webpack = require("webpack") as typeof import("webpack");
  const { createConfig } = require("../webpack.config.js") as {
    createConfig: (options: { outputPath: string; mode: "production" }) => import("webpack").Configuration;
  };
  const out = mkdtempSync(join(tmpdir(), "csm-size-"));
  await new Promise<void>((resolve, reject) =>
    webpack(createConfig({ outputPath: out, mode: "production" }), (error, stats) =>
      error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString("errors-only"))) : resolve(),
    ),
  );
  const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  const initialFiles = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+\.js)/g)].map((m) => m[1] ?? "");
  const initial = initialFiles.reduce((total, file) => total + gzip(join(out, file)), 0);
  const lazy = readdirSync(out)
    .filter((file) => file.endsWith(".js") && file !== "functions.js" && !initialFiles.includes(file))
    .map((file) => ({ file, size: gzip(join(out, file)) }));
  const packageFile = (name: string, file: string) =>
    join(dirname(require.resolve(`${name}/package.json`)), file);
  const react =
    gzip(packageFile("react", "cjs/react.production.js")) +
    gzip(packageFile("react-dom", "cjs/react-dom-client.production.js"));
  rmSync(out, { recursive: true, force: true });
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  // No script found would make the target meaningless: count it as missed.
  const missed = initialFiles.length === 0 || initial > 200 * 1024;
  if (missed) failures++;
  console.log(`\n| ${SIZE_CASE} | KB gzip | × React + ReactDOM (${kb(react)} KB) |`);
  console.log("|---|---|---|");
  console.log(
    `| initial (${initialFiles.join(", ")}) | ${kb(initial)} (target ≤ 200: ${missed ? "missed" : "met"}) | ${(initial / react).toFixed(2)}× |`,
  );
  for (const { file, size } of lazy)
    console.log(`| lazy: ${file} | ${kb(size)} | ${(size / react).toFixed(2)}× |`);
}
void (async () => {
  failures += await benchFunctions(only);
  if (!only || SIZE_CASE.includes(only)) await measureSize();
  if (!only || COLD_START_CASE.includes(only)) failures += await coldStart();
  if (!only || PLAN_SIZE_CASE.includes(only)) failures += await planSizeBench();
  if (!only || BILLING_CASE.includes(only)) failures += await billingBench();
  if (!only || PANE_CASE.includes(only)) failures += await paneBench();
  process.exit(failures === 0 ? 0 : 1);
})();
