// What every browser walk-through shares: dist/ (built by `npm run build`) served on localhost, Debian's
// Chromium driven by playwright-core, a check runner that prints "N passed, N failed" for test/e2e/run.mjs,
// and a fresh page per check that records console and page errors.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serveFolder } from "../support/chromium.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
// CSM_DIST serves another build (one made with `webpack --output-path`), so that a run is not disturbed by a
// rebuild of dist/ going on beside it.
const dist = process.env.CSM_DIST ?? join(root, "dist");
export const results = join(root, "test-results");
mkdirSync(results, { recursive: true });

const served = await serveFolder(dist);
const server = served.server;
export const base = served.base;

const chromium = await launchChromium();
export const browser = chromium.browser;

const outcomes = [];
export async function check(name, body) {
  try {
    await body();
    outcomes.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    outcomes.push(false);
    console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** A fresh page that records console errors and page errors; `allowed` lists failures that are expected. */
export async function openPlanner(query = "", { locale = "en-US", allowed = [], prepare } = {}) {
  const context = await browser.newContext({
    locale,
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
  });
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !allowed.some((pattern) => pattern.test(message.text())))
      problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  const started = Date.now();
  await page.goto(`${base}/taskpane.html${query}`, { waitUntil: "domcontentloaded" });
  return { context, page, problems, started };
}

/** Closes the browser and the server, prints the summary line and exits with the outcome. */
export async function finish() {
  await chromium.close();
  server.close();
  const failed = outcomes.filter((ok) => !ok).length;
  console.log(`${outcomes.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
