// Hostile texts and a hostile stored plan, in Chromium, in English and in French (issue 17). A plan whose
// action labels hold U+FFFF, NUL and a surrogate standing alone exports an .xlsx that says how many texts it
// changed, and that LibreOffice reopens with every label — those after the bad ones too — each bad character
// shown as U+FFFD. A stored plan nested 5,000 levels deep opens a pane that answers at once, says why the
// plan cannot be read, and leaves the stored text where it was.
// Screenshots: test-results/hostile-text-*.png.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert, check, finish, openPlanner, results } from "./browser.mjs";
import { storedText } from "./stored-plan.mjs";
import { textsInLibreOffice } from "./libreoffice.mjs";

const KEY = "csmkit.plan";

const LABELS = ["Relance \uFFFF", "Notes \u0000", "Tickets \uD83D", "Revue trimestrielle"];
/** The labels as the file must hold them, written out by hand. */
const WRITTEN = ["Relance \uFFFD", "Notes \uFFFD", "Tickets \uFFFD", "Revue trimestrielle"];

const HOSTILE = JSON.stringify({
  format: "csm-kit.plan",
  version: 1,
  metadata: {},
  cells: [
    {
      id: "actions",
      kind: "actions",
      inputs: { items: LABELS.map((label, i) => ({ id: `a${i}`, label, stage: "review" })) },
    },
    {
      id: "scores",
      kind: "scores",
      inputs: Object.fromEntries(LABELS.map((_, i) => [`a${i}`, { time: 5, value: i + 1 }])),
    },
    { id: "decisions", kind: "decisions", inputs: {} },
  ].map((cell, order) => ({ ...cell, order })),
});

const DEEP = `{"format":"csm-kit.plan","version":1,"metadata":{},"cells":[{"id":"a","kind":"number","order":0,"inputs":{"x":${"[".repeat(5000)}1${"]".repeat(5000)}}}]}`;

const WORDS = {
  en: {
    tab: "Scaling plan",
    export: "Export .xlsx",
    changed: "Texts changed so that the file opens: 3.",
    deep: "more than 64 levels deep",
  },
  fr: {
    tab: /^Plan de /,
    export: "Exporter le .xlsx",
    changed: "Textes modifiés pour que le fichier s'ouvre : 3.",
    deep: "plus de 64 niveaux",
  },
};

function seeded(language, text) {
  return openPlanner("", {
    locale: language === "fr" ? "fr-FR" : "en-US",
    prepare: (context) =>
      context.addInitScript(
        ({ key, text, language }) => {
          if (localStorage.getItem(key) === null) {
            localStorage.setItem(key, text);
            localStorage.setItem("csmkit.language", language);
          }
        },
        { key: KEY, text, language },
      ),
  });
}

/** Opens the plan's tab, clicking again until the pane, still starting, has taken the click. */
async function openPlan(page, w) {
  const tab = page.getByRole("tab", { name: w.tab, exact: true });
  for (let i = 0; i < 50; i++) {
    await tab.click();
    if ((await tab.getAttribute("aria-selected")) === "true") return;
    await page.waitForTimeout(100);
  }
  throw new Error("the plan's tab does not open");
}

/**
 * Opens the pane over a stored plan, on the plan's tab, and runs `body`; checks no error was logged, keeps a
 * screenshot of a failure, and closes the page.
 */
async function onPlan(language, text, name, body) {
  const { context, page, problems, started } = await seeded(language, text);
  try {
    await openPlan(page, WORDS[language]);
    await body(page, started);
    await page.screenshot({ path: join(results, `hostile-text-${name}-${language}.png`) });
    assert(problems.length === 0, problems.join("; "));
  } catch (error) {
    await page.screenshot({ path: join(results, `hostile-text-${name}-failed-${language}.png`) });
    throw error;
  } finally {
    await context.close();
  }
}

for (const language of ["en", "fr"]) {
  const w = WORDS[language];

  await check(
    `${language}: the export says how many texts it changed, and LibreOffice reads every label`,
    () =>
      onPlan(language, HOSTILE, "export", async (page) => {
        const button = page.getByRole("button", { name: w.export });
        await button.waitFor({ timeout: 15_000 });
        const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
        await page.getByText(w.changed, { exact: false }).waitFor({ timeout: 10_000 });
        const file = join(mkdtempSync(join(tmpdir(), "csm-hostile-")), "plan.xlsx");
        writeFileSync(file, readFileSync(await download.path()));
        const texts = textsInLibreOffice(file);
        for (const label of WRITTEN)
          assert(texts.includes(label), `LibreOffice does not show ${JSON.stringify(label)}`);
      }),
  );

  await check(
    `${language}: a stored plan 5,000 levels deep is refused at once, with the reason, and kept`,
    () =>
      onPlan(language, DEEP, "deep", async (page, started) => {
        await page.getByText(w.deep, { exact: false }).first().waitFor({ timeout: 10_000 });
        const answer = Date.now();
        await page.evaluate(() => 1);
        assert(Date.now() - answer < 1000, `the page took ${Date.now() - answer} ms to answer`);
        assert(Date.now() - started < 15_000, "the pane took too long to open");
        const stored = await storedText(page, KEY);
        assert(stored === DEEP, "the stored plan changed");
      }),
  );
}

await finish();
