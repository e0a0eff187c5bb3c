// pane: the planner's notebook in Chromium (the production build in dist/, or CSM_DIST), a plan of 2,000
// actions — the largest a plan takes (notebook/plan/limits.ts) — against the same plan of 20 actions in the
// same run, at the pane's 320 px width. Two measures:
// - one score edit: a click on a time score's radio button until the next frame is painted (requestAnimation
//   Frame, then a task after it), the median of BENCH_PANE_EDITS edits, each a real change (1 ↔ 5), spaced so
//   that the plan's save (400 ms after an edit) falls between them. Target: under 50 ms at 2,000 actions.
// - the main thread while the plan is imported (Import plan, a file of test/support/large-plan.ts) and
//   drawn, then reloaded and drawn from storage: the longest task (PerformanceObserver "longtask") and the
//   time until the actions' heading shows. Target: no task over 1 s.
// Prints its table and returns the number of missed targets.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveFolder } from "../test/support/chromium.mjs";
import { largePlan } from "../test/support/large-plan";

export const PANE_CASE = "pane: a 2,000-action plan in Chromium";
const EDITS = Number(process.env.BENCH_PANE_EDITS ?? 15);
const SIZES = [20, 2000] as const;
const EDIT_TARGET_MS = 50;
const TASK_TARGET_MS = 1000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Records every long task of the page from its start, in `window.csmLongTasks`. */
function recordLongTasks(): void {
  const tasks: number[] = [];
  (window as unknown as { csmLongTasks: number[] }).csmLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
}

/** The long tasks since the last call, and forgets them. */
const takeLongTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const tasks = (window as unknown as { csmLongTasks: number[] }).csmLongTasks;
    return tasks.splice(0, tasks.length);
  });

interface Measured {
  readonly importMs: number;
  readonly importLongest: number;
  readonly reloadMs: number;
  readonly reloadLongest: number;
  readonly edits: readonly number[];
}

/** Waits for the actions' heading with `count`, and a quiet second after it for the last long tasks. */
async function drawn(page: Page, count: number, started: number): Promise<[number, number]> {
  await page.getByRole("heading", { name: `Your actions (${count})` }).waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  await page.waitForTimeout(1_000);
  return [ms, Math.max(0, ...(await takeLongTasks(page)))];
}

async function measure(browser: Browser, base: string, actions: number): Promise<Measured> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 320, height: 900 } });
  await context.addInitScript(recordLongTasks);
  const page = await context.newPage();
  await page.goto(`${base}/taskpane.html`, { waitUntil: "domcontentloaded" });
  await page.getByRole("tab", { name: "Scaling plan" }).click();
  await page.getByRole("heading", { name: "Your actions (0)" }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await takeLongTasks(page);

  const file = Buffer.from(JSON.stringify(largePlan(actions)));
  let started = Date.now();
  await page
    .getByLabel("Plan file to import")
    .setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: file });
  // An empty plan is replaced at once; a plan with contents asks first.
  const confirm = page.getByRole("button", { name: "Replace the plan" });
  const heading = page.getByRole("heading", { name: `Your actions (${actions})` });
  await Promise.race([confirm.waitFor({ timeout: 120_000 }), heading.waitFor({ timeout: 120_000 })]);
  if (await confirm.isVisible()) {
    started = Date.now();
    await confirm.click();
  }
  const [importMs, importLongest] = await drawn(page, actions, started);

  started = Date.now();
  await page.reload({ waitUntil: "domcontentloaded" });
  await page.getByRole("tab", { name: "Scaling plan" }).click();
  const [reloadMs, reloadLongest] = await drawn(page, actions, started);

  const edits: number[] = [];
  for (let turn = 0; turn < EDITS + 2; turn++) {
    const ms = await page.evaluate(
      async (value) => {
        const group = document.querySelector('[role="radiogroup"][aria-label^="Time for "]');
        const input = group?.querySelector<HTMLInputElement>(`input[value="${value}"]`);
        if (!input) throw new Error("no time score to click");
        const start = performance.now();
        input.click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const took = performance.now() - start;
        if (!input.checked) throw new Error("the score did not change");
        return took;
      },
      turn % 2 ? "1" : "5",
    );
    // The first two edits warm up; the save of each edit runs before the next.
    if (turn >= 2) edits.push(ms);
    await page.waitForTimeout(600);
  }
  await context.close();
  return { importMs, importLongest, reloadMs, reloadLongest, edits };
}

/**
 * Runs the pane's benchmark on the production build.
 *
 * @returns the number of missed targets
 */
export async function paneBench(): Promise<number> {
  const dist = process.env.CSM_DIST ?? join(__dirname, "..", "dist");
  console.log(`\n${PANE_CASE} (build: ${dist})\n`);
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log(`| ${PANE_CASE} | no production build: run \`npm run build\` first (target missed) |`);
    return 1;
  }
  const { server, base } = await serveFolder(dist);
  const chromium = await launchChromium();
  const browser = chromium.browser;
  let missed = 0;
  try {
    const results: Measured[] = [];
    for (const size of SIZES) results.push(await measure(browser, base, size));
    const [baseline, full] = results as [Measured, Measured];
    const edit = median(full.edits);
    const editBase = median(baseline.edits);
    const editMissed = !(edit < EDIT_TARGET_MS);
    const longest = Math.max(full.importLongest, full.reloadLongest);
    const taskMissed = !(longest < TASK_TARGET_MS);
    missed = Number(editMissed) + Number(taskMissed);
    const ms = (value: number) => value.toFixed(1);
    const header = [PANE_CASE, `${SIZES[1]} actions`, `${SIZES[0]} actions (baseline)`, "ratio", "target"];
    console.log(`| ${header.join(" | ")} |`);
    console.log(`|${header.map(() => "---").join("|")}|`);
    const row = (what: string, a: number, b: number, target: string) =>
      console.log(
        `| ${what} | ${ms(a)} ms | ${ms(b)} ms | ${b > 0 ? `${(a / b).toFixed(2)}×` : "— (no long task in the baseline)"} | ${target} |`,
      );
    row(
      `one score edit, click → next paint (median of ${EDITS})`,
      edit,
      editBase,
      `< ${EDIT_TARGET_MS} ms: ${editMissed ? "missed" : "met"}`,
    );
    row(
      "import: longest main-thread task",
      full.importLongest,
      baseline.importLongest,
      `< ${TASK_TARGET_MS} ms: ${full.importLongest < TASK_TARGET_MS ? "met" : "missed"}`,
    );
    row("import: file chosen → list shown", full.importMs, baseline.importMs, "reported");
    row(
      "reload: longest main-thread task",
      full.reloadLongest,
      baseline.reloadLongest,
      `< ${TASK_TARGET_MS} ms: ${full.reloadLongest < TASK_TARGET_MS ? "met" : "missed"}`,
    );
    row("reload: page loaded → list shown", full.reloadMs, baseline.reloadMs, "reported");
  } catch (error) {
    console.log(
      `| ${PANE_CASE} | failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)} |`,
    );
    missed = 1;
  } finally {
    await chromium.close();
    server.close();
  }
  return missed;
}

// Run alone: `npx tsx bench/pane.ts`.
if (process.argv[1]?.endsWith("pane.ts"))
  void paneBench().then((missed) => process.exit(missed === 0 ? 0 : 1));
