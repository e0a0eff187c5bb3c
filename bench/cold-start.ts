// Cold start of the task pane: from navigation start to the paint of Home's heading, in Chromium at 320 px (the
// narrowest task pane), with a fresh browser context each run (no HTTP cache, no code cache) and the CPU of
// this machine (no throttling). The floor, measured in the same run the same way: the smallest React page (a
// header and a line of text, bench/floor/index.tsx) built by the same webpack configuration. Both are built
// here into a temporary folder (production mode) and served from localhost with caching forbidden.
// Reported: the median of BENCH_COLD_RUNS runs of each (interleaved, after one discarded warm-up of each), the
// ratio to the floor, and the target: the first view within 1 s.
import type { Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, serveFolder } from "../test/support/chromium.mjs";
import type { Configuration } from "webpack";

export const COLD_START_CASE = "task pane cold start";
const TARGET_MS = 1000;
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 9);
const WIDTH = 320;
const HEIGHT = 800;

/** Builds the task pane and the floor page, each into its own folder under `out`. */
export async function buildBoth(out: string): Promise<void> {
  const require = createRequire(__filename);
  const webpack = require("webpack") as typeof import("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin") as typeof import("html-webpack-plugin");
  const { createConfig } = require("../webpack.config.js") as {
    createConfig: (options: { outputPath: string; mode: "production" }) => Configuration;
  };
  const app = createConfig({ outputPath: join(out, "app"), mode: "production" });
  // The same configuration (mode, loaders, resolution, source maps, page template) with one entry of its own.
  const floor: Configuration = {
    ...app,
    entry: { floor: "./bench/floor/index.tsx" },
    output: { ...app.output, path: join(out, "floor") },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["floor"],
      }),
    ],
  };
  await new Promise<void>((done, fail) =>
    webpack([app, floor], (error, stats) =>
      error || stats?.hasErrors() ? fail(error ?? new Error(stats?.toString("errors-only"))) : done(),
    ),
  );
}

/**
 * Evaluated in the page: the time, from the navigation's start, at which the browser painted the element marked
 * `elementtiming="<identifier>"` (the Element Timing API: the frame that showed it, not the moment it entered
 * the DOM). A string, so that what runs in the page is exactly this (no helper a TypeScript runner adds).
 */
const paintedAt = (identifier: string) => `new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error(${JSON.stringify(identifier + " not painted in 30 s")})), 30000);
  new PerformanceObserver((list) => {
    const entry = list.getEntries().find((candidate) => candidate.identifier === ${JSON.stringify(identifier)});
    if (entry) resolve(entry.renderTime || entry.loadTime);
  }).observe({ type: "element", buffered: true });
})`;

/** One cold load of `url` in a fresh context: the milliseconds until the element `identifier` was painted. */
async function firstView(browser: Browser, url: string, identifier: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: "en-US" });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: "commit" });
    const ms = Number(await page.evaluate(paintedAt(identifier)));
    if (errors.length > 0) throw new Error(`${url}: ${errors.join("; ")}`);
    return ms;
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/**
 * Builds, serves and measures the task pane's cold start beside the floor; prints the table.
 *
 * @returns the number of missed targets (0 or 1)
 */
export async function coldStart(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), "csm-cold-"));
  try {
    await buildBoth(out);
    return await measureColdStart(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Measures the builds in `out` (`app/` and `floor/`, as {@link coldStart} makes them) and prints the table.
 *
 * @returns the number of missed targets (0 or 1)
 */
export async function measureColdStart(out: string): Promise<number> {
  let server: Server | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    // Every response marked not to be cached: each load is a cold one.
    const served = await serveFolder(out, { noStore: true });
    server = served.server;
    chromium = await launchChromium();
    const browser = chromium.browser;
    const pane = () => firstView(browser, `${served.base}/app/taskpane.html`, "home-heading");
    const floor = () => firstView(browser, `${served.base}/floor/taskpane.html`, "floor-heading");
    // The browser's first pages also pay for starting its processes: one of each, not counted.
    await floor();
    await pane();
    const paneMs: number[] = [];
    const floorMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      floorMs.push(await floor());
      paneMs.push(await pane());
    }
    const paneMedian = median(paneMs);
    const floorMedian = median(floorMs);
    const missed = !(paneMedian <= TARGET_MS);
    console.log(
      `\n| ${COLD_START_CASE} (Chromium, ${WIDTH} px, no cache, median of ${RUNS}) | ms | × floor |`,
    );
    console.log("|---|---|---|");
    console.log(`| floor: React page, header + text | ${floorMedian.toFixed(0)} | 1.00× |`);
    console.log(
      `| task pane: navigation → Home on screen | ${paneMedian.toFixed(0)} (target ≤ ${TARGET_MS}: ${missed ? "missed" : "met"}) | ${(paneMedian / floorMedian).toFixed(2)}× |`,
    );
    console.log(
      `| (task pane runs, ms: ${paneMs.map((ms) => ms.toFixed(0)).join(", ")}; floor: ${floorMs.map((ms) => ms.toFixed(0)).join(", ")}) | | |`,
    );
    return missed ? 1 : 0;
  } finally {
    await chromium?.close();
    server?.close();
  }
}
