// The pane's layout at Excel's task pane widths (320 and 350 px) and on a wide screen (1280 px), in English and
// French, with a realistic plan loaded (test/fixtures/plan/layout-plan.json: ten actions with French names, a
// roadmap of four validated solutions, the capacity, two calculation cells and a 60-account portfolio segmented
// into three tiers with its coverage; written from test/support/realistic-plan.ts) and with a new plan whose
// segmentation wizard is walked step by step. In every view: the document is no wider than the viewport, nothing
// visible sticks out of it, no text is cut by its box, no two fields overlap, and every chart's text renders
// between 11 and 16 px whatever the width. Screenshots of each view at 320 px: test-results/layout/.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assert, check, finish, openPlanner, results, root } from "./browser.mjs";

const WIDTHS = [320, 350, 1280];
const LANGUAGES = ["en", "fr"];
const SHOTS = join(results, "layout");
mkdirSync(SHOTS, { recursive: true });
const PLAN = readFileSync(join(root, "test/fixtures/plan/layout-plan.json"), "utf8");
const PORTFOLIO = join(root, "test/fixtures/portfolio/portefeuille.csv");
/** The shell's tabs, in order. */
const TABS = ["home", "plan", "functions", "templates"];
/** The wizard's cells, by their headings' ids. */
const WIZARD = "[id*=portfolio], [id*=segments], [id*=coverage]";
/** Readable chart text, in CSS pixels as rendered. */
const SVG_TEXT = { min: 11, max: 16 };

/**
 * Everything wrong with the layout as it is drawn now, as sentences (runs in the page). Visually hidden
 * content (clipped to 1 px for screen readers) is measured too: it must not widen the page either.
 */
function layoutProblems({ min, max }) {
  const problems = [];
  const width = window.innerWidth;
  const describe = (el) => {
    const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ");
    const name =
      el.tagName.toLowerCase() + (el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : "");
    return `${name} "${text.slice(0, 40)}"`;
  };
  const clippedAway = (el) => {
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.clip !== "auto" || style.clipPath !== "none") return true;
    }
    return false;
  };
  const shown = (el) => el.checkVisibility() && el.getClientRects().length > 0;

  const documentWidth = document.documentElement.scrollWidth;
  if (documentWidth > width)
    problems.push(`the document is ${documentWidth} px wide in a ${width} px viewport`);

  // With a modal dialog open, the page behind it is inert under the backdrop: the dialog is what is read.
  const scope = document.querySelector("[aria-modal=true]") ?? document.body;
  const elements = [...scope.querySelectorAll("*")].filter(shown);
  const visible = elements.filter((el) => !clippedAway(el));
  // Outside the viewport: only the outermost element that sticks out, not each of its children.
  const outside = new Set();
  for (const el of visible) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || (rect.right <= width + 0.5 && rect.left >= -0.5)) continue;
    outside.add(el);
    if (el.parentElement && outside.has(el.parentElement)) continue;
    problems.push(`${describe(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
  }
  // Cut text: a box whose content is wider than the box (a form control scrolls its own text: left out).
  for (const el of visible) {
    if (el.closest("input, textarea, select, svg")) continue;
    // A spinner's turning arc is drawn past its box while it turns: it holds no text to cut (its label is
    // checked on its own).
    if (el.closest(".fui-Spinner__spinner")) continue;
    if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
    const box = getComputedStyle(el);
    if (box.display === "inline") continue;
    // Fluent leaves its fields' and dialogs' focus outlines a few pixels of room past their box, on purpose.
    if (box.overflowX === "visible" && el.scrollWidth <= el.clientWidth + 4) continue;
    problems.push(`${describe(el)} holds ${el.scrollWidth} px of content in ${el.clientWidth} px`);
  }
  // A drop-down list cut short: its chosen option wider than the room its box leaves for it.
  const measure = document.createElement("canvas").getContext("2d");
  for (const select of visible.filter((el) => el.matches("select"))) {
    const chosen = select.selectedOptions[0]?.textContent ?? "";
    const style = getComputedStyle(select);
    measure.font = style.font;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const needed = measure.measureText(chosen).width;
    if (needed > room + 1)
      problems.push(`select "${chosen}" needs ${Math.ceil(needed)} px and has ${Math.floor(room)} px`);
  }
  // Fields and buttons that overlap one another.
  const controls = visible
    .filter((el) => el.matches("input, select, textarea, button, [role=tab], .fui-Checkbox"))
    .map((el) => [el, el.getBoundingClientRect()]);
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const [a, r] = controls[i];
      const [b, s] = controls[j];
      if (a.contains(b) || b.contains(a)) continue;
      const across = Math.min(r.right, s.right) - Math.max(r.left, s.left);
      const down = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
      if (across > 1 && down > 1) problems.push(`${describe(a)} overlaps ${describe(b)}`);
    }
  }
  // Chart text: rendered size (font size × the SVG's scale), and inside its chart.
  for (const text of document.querySelectorAll("svg text")) {
    if (!shown(text)) continue;
    const matrix = text.getScreenCTM();
    const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    if (size < min - 0.05 || size > max + 0.05)
      problems.push(`chart text "${text.textContent}" renders at ${size.toFixed(1)} px`);
    const box = text.getBoundingClientRect();
    const chart = text.ownerSVGElement.getBoundingClientRect();
    if (
      box.left < chart.left - 1 ||
      box.right > chart.right + 1 ||
      box.top < chart.top - 1 ||
      box.bottom > chart.bottom + 1
    )
      problems.push(`chart text "${text.textContent}" is cut by its chart`);
  }
  return problems;
}

/** Asserts the layout of what the page shows now. */
async function assertLayout(page) {
  const problems = await page.evaluate(layoutProblems, SVG_TEXT);
  assert(problems.length === 0, `${problems.length} problem(s): ${problems.slice(0, 6).join("; ")}`);
}

/** Picks the pane's language with the header's toggle buttons. */
async function chooseLanguage(page, language) {
  await page.getByRole("button", { name: language.toUpperCase(), exact: true }).click();
  await page.waitForFunction((code) => document.documentElement.lang === code, language);
}

/** Opens one of the shell's tabs and waits for what it loads. */
async function openTab(page, tab) {
  await page.getByRole("tab").nth(TABS.indexOf(tab)).click();
  const region = page.locator("main section").first();
  if (tab === "plan") await page.locator("main section section").first().waitFor({ timeout: 10_000 });
  if (tab === "functions") await region.getByRole("list").first().waitFor({ timeout: 10_000 });
  if (tab === "templates") await region.getByRole("list").first().waitFor({ timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Every width for the view the page shows; the screenshots at 320 px, of the page and of the plan's cells that
 * `cells` (a selector inside a cell) picks, as the plan is long.
 */
async function walkWidths(page, language, view, cells) {
  for (const width of WIDTHS) {
    await check(`${language}, ${width} px: ${view}`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(100);
      if (width === 320) {
        await page.screenshot({ path: join(SHOTS, `${language}-${view}.png`), fullPage: true });
        const shown = cells
          ? page.locator("main section section").filter({ visible: true, has: page.locator(cells) })
          : page.locator("nothing");
        for (let i = 0; i < (await shown.count()); i++) {
          const id = await shown.nth(i).locator("h3").getAttribute("id");
          const name = (id ?? String(i)).replace(/^nb-|-heading$/g, "");
          await shown.nth(i).screenshot({ path: join(SHOTS, `${language}-${view}-${name}.png`) });
        }
      }
      await assertLayout(page);
    });
  }
}

/** Drives the pane as a check of its own; what follows is walked only when it worked. */
async function step(name, body) {
  let done = false;
  await check(name, async () => {
    await body();
    done = true;
  });
  return done;
}

for (const language of LANGUAGES) {
  const { context, page, problems } = await openPlanner("", {
    prepare: (context) =>
      context.addInitScript((plan) => {
        if (localStorage.getItem("csmkit.plan") === null) localStorage.setItem("csmkit.plan", plan);
      }, PLAN),
  });
  try {
    await chooseLanguage(page, language);
    for (const tab of TABS) {
      if (await step(`${language}: the ${tab} tab opens`, () => openTab(page, tab)))
        await walkWidths(page, language, tab, tab === "plan" ? "h3" : undefined);
    }
    // Importing a plan over this one: the dialog that asks first, then the replaced plan kept to restore.
    const dialog = page.getByRole("alertdialog");
    const asked = await step(`${language}: a plan imported over this one is asked about first`, async () => {
      await openTab(page, "plan");
      await page
        .locator("main input[type=file][accept*=json]")
        .setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(PLAN) });
      await dialog.waitFor({ timeout: 5_000 });
    });
    if (asked) {
      await walkWidths(page, language, "replace-dialog");
      const replaced = await step(`${language}: the plan is replaced`, async () => {
        await dialog.getByRole("button").first().click();
        await dialog.waitFor({ state: "hidden", timeout: 5_000 });
      });
      if (replaced) await walkWidths(page, language, "plan-replaced");
    }
    await check(`${language}: no console or page errors with the plan loaded`, async () => {
      assert(problems.length === 0, problems.join("; "));
    });
  } finally {
    await context.close();
  }
}

// A new plan: the segmentation wizard added, then a portfolio imported (its columns, its preview).
for (const language of LANGUAGES) {
  const { context, page, problems } = await openPlanner();
  try {
    await chooseLanguage(page, language);
    const fileInput = page.locator("main input[type=file]").last();
    if (await step(`${language}: a new plan opens`, () => openTab(page, "plan"))) {
      await walkWidths(page, language, "plan-new");
      const added = await step(`${language}: the segmentation wizard is added`, async () => {
        await page
          .locator("main")
          .getByRole("button", { name: /segmentation/i })
          .click();
        await fileInput.waitFor({ state: "attached", timeout: 5_000 });
      });
      if (added) {
        await walkWidths(page, language, "wizard-empty", WIZARD);
        const imported = await step(`${language}: a portfolio is imported`, async () => {
          await fileInput.setInputFiles(PORTFOLIO);
          await page.locator("main select").last().waitFor({ timeout: 10_000 });
          await page.waitForTimeout(300);
        });
        if (imported) await walkWidths(page, language, "wizard-imported", WIZARD);
      }
    }
    await check(`${language}: no console or page errors in a new plan`, async () => {
      assert(problems.length === 0, problems.join("; "));
    });
  } finally {
    await context.close();
  }
}

await finish();
