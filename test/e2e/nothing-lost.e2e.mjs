// Nothing is lost, in Chromium, in English and in French: importing a plan over a full one asks first and
// says what it replaces; cancelling leaves the plan as it was; confirming keeps the replaced plan, which
// "Restore the previous plan" brings back whole — actions, scores, roadmap, capacity, calculation, portfolio,
// segmentation and coverage — after a reload that reopens the pane on the view the person left. When the
// storage has no room to keep the plan, nothing is replaced until the person chooses to go on without a copy.
// Expected contents are the plans written here, compared with what the browser stored.
// Screenshots: test-results/nothing-lost-*.png.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert, check, finish, openPlanner, results } from "./browser.mjs";
import { storedText } from "./stored-plan.mjs";

const KEY = "csmkit.plan";
const REPLACED = "csmkit.plan.replaced";

const cells = (list) => list.map((cell, order) => ({ ...cell, order }));
const plan = (list) => ({ format: "csm-kit.plan", version: 1, metadata: {}, cells: cells(list) });

const RELANCE = "Relancer les factures impayées";
const TICKETS = "Répondre aux tickets de niveau 1";
const REVUE = "Préparer la revue trimestrielle";

/** The plan already there: every part filled in. */
const FULL = plan([
  {
    id: "actions",
    kind: "actions",
    inputs: {
      items: [
        { id: "relance", label: RELANCE, stage: "renewal" },
        { id: "tickets", label: TICKETS, stage: "support" },
        { id: "revue", label: REVUE, stage: "review" },
      ],
    },
  },
  {
    id: "scores",
    kind: "scores",
    inputs: { relance: { time: 5, value: 1 }, tickets: { time: 4, value: 2 }, revue: { time: 2, value: 5 } },
  },
  { id: "decisions", kind: "decisions", inputs: {} },
  {
    id: "roadmap",
    kind: "roadmap",
    inputs: {
      start: "2027-01-04",
      items: [
        {
          actionId: "relance",
          action: RELANCE,
          solution: "Séquence d'e-mails",
          kind: "email",
          oneOffCost: 1200,
          monthlyCost: 50,
          weeks: 3,
          owner: "Ops",
          priority: 1,
          validated: true,
        },
        {
          actionId: "tickets",
          action: TICKETS,
          solution: "Base de connaissances",
          kind: "knowledge",
          oneOffCost: 3000,
          monthlyCost: 0,
          weeks: 5,
          owner: "",
          priority: 2,
          validated: false,
        },
      ],
    },
  },
  {
    id: "capacity",
    kind: "capacity",
    inputs: {
      accounts: 300,
      csmHeadcount: 6,
      hoursPerCsm: 1600,
      loadedCostPerCsm: 75000,
      csmHoursPerAccount: 30,
      hours: { relance: 2 },
      shares: {},
    },
  },
  { id: "calc", kind: "calculation", inputs: { name: "freedPerCsm", expression: "hoursFreed / 6" } },
  {
    id: "portfolio",
    kind: "portfolio",
    inputs: {
      source: "crm.csv",
      table: null,
      headers: ["Account", "ARR", "Potential"],
      rows: [
        ["Acme", 150000, 300000],
        ["Globex", 30000, 60000],
        ["Initech", 5000, 8000],
        ["Umbrella", 120000, 120000],
      ],
      mapping: { account: 0, currentArr: 1, potentialArr: 2 },
    },
  },
  {
    id: "segments",
    kind: "segments",
    inputs: {
      tiers: [
        { name: { en: "High touch", fr: "Accompagnement dédié" }, currentMin: 100000, potentialMin: 250000 },
        { name: { en: "Low touch", fr: "Accompagnement allégé" }, currentMin: 25000, potentialMin: 75000 },
        { name: { en: "Tech touch", fr: "Accompagnement digital" } },
      ],
      potentialOutweighs: true,
      strategicIndustries: [],
    },
  },
  {
    id: "coverage",
    kind: "coverage",
    inputs: {
      tiers: [
        { basis: "accounts", perCsm: 12, reviewsPerYear: 4, touchPoints: "Monthly call" },
        { basis: "accounts", perCsm: 50, reviewsPerYear: 2, touchPoints: "Webinars" },
        { basis: "accounts", perCsm: 300, reviewsPerYear: 0, touchPoints: "Emails" },
      ],
      headcount: 6,
      referenceArrPerCsm: null,
    },
  },
]);

/** The plan imported over it: one action, nothing else. */
const IMPORTED = plan([
  {
    id: "actions",
    kind: "actions",
    inputs: { items: [{ id: "x", label: "Imported action", stage: "support" }] },
  },
]);

const files = mkdtempSync(join(tmpdir(), "csm-nothing-lost-"));
const importedFile = join(files, "imported-plan.json");
writeFileSync(importedFile, JSON.stringify(IMPORTED, null, 2));

const WORDS = {
  en: {
    tab: "Scaling plan",
    functions: "Functions",
    region: "Scaling plan",
    yourActions: (n) => `Your actions (${n})`,
    label: (label) => `Label of '${label}'`,
    solution: (label) => `Solution for '${label}'`,
    calculation: "Calculation: freedPerCsm",
    portfolio: "4 rows from “crm.csv”.",
    file: "Plan file to import",
    dialog: "Replace the current plan with “imported-plan.json”?",
    replaces:
      "This replaces the whole current plan: 3 actions, 2 roadmap solutions (1 validated), a portfolio of 4 accounts, the segmentation and coverage, 1 calculation cell.",
    brings: "The imported plan has: 1 action, no roadmap solution.",
    kept: /The current plan is kept in this browser, with the last 5 replaced plans at most/,
    confirm: "Replace the plan",
    cancel: "Cancel",
    imported: /^Plan imported\. The plan it replaced is kept/,
    restore: "Restore the previous plan",
    restoreTitle: /^Restore the plan replaced on /,
    restoreConfirm: "Restore this plan",
    restored: /^Plan restored\./,
    keptPlans: "Replaced plans kept",
    noRoom: /The current plan could not be kept, so nothing was replaced/,
    withoutCopy: "Replace without keeping a copy",
    notKept: /the one before it was not kept/,
  },
  fr: {
    tab: /^Plan de /,
    functions: "Fonctions",
    region: /^Plan de /,
    yourActions: (n) => `Vos actions (${n})`,
    label: (label) => `Libellé de « ${label} »`,
    solution: (label) => `Solution pour « ${label} »`,
    calculation: "Calcul : freedPerCsm",
    portfolio: "4 lignes de « crm.csv ».",
    file: "Fichier de plan à importer",
    dialog: "Remplacer le plan actuel par « imported-plan.json » ?",
    replaces:
      "Cela remplace tout le plan actuel : 3 actions, 2 solutions de feuille de route (1 validée), un portefeuille de 4 comptes, la segmentation et la couverture, 1 cellule de calcul.",
    brings: "Le plan importé contient : 1 action, aucune solution de feuille de route.",
    kept: /Le plan actuel est conservé dans ce navigateur, avec au plus les 5 derniers plans remplacés/,
    confirm: "Remplacer le plan",
    cancel: "Annuler",
    imported: /^Plan importé\. Le plan qu'il remplace est conservé/,
    restore: "Restaurer le plan précédent",
    restoreTitle: /^Restaurer le plan remplacé le /,
    restoreConfirm: "Restaurer ce plan",
    restored: /^Plan restauré\./,
    keptPlans: "Plans remplacés conservés",
    noRoom: /Le plan actuel n'a pas pu être conservé, rien n'a donc été remplacé/,
    withoutCopy: "Remplacer sans garder de copie",
    notKept: /le précédent n'a pas été conservé/,
  },
};

/** A context whose storage starts with the full plan and the language; `full` makes the replaced list refuse. */
async function seeded(language, { full = false } = {}) {
  return openPlanner("", {
    locale: language === "fr" ? "fr-FR" : "en-US",
    prepare: (context) =>
      context.addInitScript(
        ({ key, replaced, text, language, full }) => {
          if (localStorage.getItem(key) === null) {
            localStorage.setItem(key, text);
            localStorage.setItem("csmkit.language", language);
          }
          if (full) {
            // The plan lives in IndexedDB (localStorage where the browser refuses it): both refuse the list.
            const put = IDBObjectStore.prototype.put;
            IDBObjectStore.prototype.put = function (value, name) {
              if (name === replaced)
                throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
              return put.call(this, value, name);
            };
            const setItem = Storage.prototype.setItem;
            Storage.prototype.setItem = function (name, value) {
              if (name === replaced)
                throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
              return setItem.call(this, name, value);
            };
          }
        },
        { key: KEY, replaced: REPLACED, text: JSON.stringify(FULL), language, full },
      ),
  });
}

/** The cells of the plan the browser stored, without their order. */
async function storedCells(page, key = KEY) {
  const text = await storedText(page, key);
  assert(text !== null, `nothing stored under ${key}`);
  return JSON.parse(text).cells.map(({ id, kind, inputs }) => ({ id, kind, inputs }));
}
const cellsOf = (written) => written.cells.map(({ id, kind, inputs }) => ({ id, kind, inputs }));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Waits until the stored plan's cells are `expected` (the plan saves 400 ms after a change). */
async function storedBecomes(page, expected, what) {
  for (let i = 0; i < 40; i++) {
    if (same(await storedCells(page), expected)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the stored plan is not ${what}: ${JSON.stringify(await storedCells(page)).slice(0, 300)}`);
}

/** The parts of the full plan the pane shows: actions, roadmap, calculation, portfolio and segmentation. */
async function showsFullPlan(page, w) {
  const plan = page.getByRole("region", { name: w.region });
  const actions = plan.getByRole("region", { name: /^Actions$/ });
  await actions.getByRole("heading", { name: w.yourActions(3) }).waitFor({ timeout: 5_000 });
  for (const label of [RELANCE, TICKETS, REVUE])
    await actions.getByRole("textbox", { name: w.label(label) }).waitFor();
  const solution = plan.getByRole("textbox", { name: w.solution(RELANCE) });
  assert((await solution.inputValue()) === "Séquence d'e-mails", "the validated solution is not back");
  await plan.getByRole("region", { name: w.calculation }).waitFor();
  await plan.getByText(w.portfolio, { exact: true }).waitFor();
}

for (const language of ["en", "fr"]) {
  const w = WORDS[language];

  await check(
    `${language}: importing over a full plan asks first, and cancelling changes nothing`,
    async () => {
      const { context, page, problems } = await seeded(language);
      await page.getByRole("tab", { name: w.tab }).click();
      await showsFullPlan(page, w);
      await page.getByLabel(w.file).setInputFiles(importedFile);
      const dialog = page.getByRole("alertdialog", { name: w.dialog });
      await dialog.waitFor({ timeout: 2_000 });
      await dialog.getByText(w.replaces, { exact: true }).waitFor();
      await dialog.getByText(w.brings, { exact: true }).waitFor();
      await dialog.getByText(w.kept).waitFor();
      await page.setViewportSize({ width: 320, height: 700 });
      await page.screenshot({ path: join(results, `nothing-lost-ask-${language}-320.png`) });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= 320, `the page is ${wide} px wide with the dialog open at 320 px`);
      await dialog.getByRole("button", { name: w.cancel }).click();
      await dialog.waitFor({ state: "detached", timeout: 2_000 });
      await showsFullPlan(page, w);
      await page.waitForTimeout(600);
      assert(same(await storedCells(page), cellsOf(FULL)), "cancelling changed the stored plan");
      const replaced = await storedText(page, REPLACED);
      assert(replaced === null, "cancelling kept a plan it did not replace");
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );

  await check(
    `${language}: confirming keeps the replaced plan; after a reload the pane reopens on the plan, and restoring brings every part back`,
    async () => {
      const { context, page, problems } = await seeded(language);
      await page.getByRole("tab", { name: w.tab }).click();
      await showsFullPlan(page, w);
      await page.getByLabel(w.file).setInputFiles(importedFile);
      const dialog = page.getByRole("alertdialog", { name: w.dialog });
      await dialog.getByRole("button", { name: w.confirm }).click();
      await dialog.waitFor({ state: "detached", timeout: 2_000 });
      await page.getByText(w.imported).waitFor({ timeout: 2_000 });
      const plan = page.getByRole("region", { name: w.region });
      await plan.getByRole("heading", { name: w.yourActions(1) }).waitFor();
      await storedBecomes(page, cellsOf(IMPORTED), "the imported one");

      // The pane reopens on the view the person left, with the replaced plan kept.
      await page.reload();
      const tab = page.getByRole("tab", { name: w.tab });
      await tab.waitFor({ timeout: 5_000 });
      assert((await tab.getAttribute("aria-selected")) === "true", "the pane did not reopen on the plan");
      const kept = page.getByRole("group", { name: w.keptPlans });
      await kept.getByRole("button", { name: w.restore }).click();
      const restore = page.getByRole("alertdialog", { name: w.restoreTitle });
      await restore.getByText(w.replaces.split(/: | : /)[1].replace(/\.$/, ""), { exact: false }).waitFor();
      await page.screenshot({ path: join(results, `nothing-lost-restore-${language}.png`) });
      await restore.getByRole("button", { name: w.restoreConfirm }).click();
      await restore.waitFor({ state: "detached", timeout: 2_000 });
      await page.getByText(w.restored).waitFor({ timeout: 2_000 });
      await showsFullPlan(page, w);
      await storedBecomes(page, cellsOf(FULL), "the full plan, whole");
      // The imported plan is kept in its turn: nothing is lost either way.
      const list = JSON.parse(await storedText(page, REPLACED));
      assert(list.plans.length === 1, `${list.plans.length} plans kept`);
      assert(same(cellsOf(list.plans[0].plan), cellsOf(IMPORTED)), "the imported plan was not kept");
      assert(list.plans[0].replacedBy === "restore", `replaced by ${list.plans[0].replacedBy}`);
      await page.screenshot({ path: join(results, `nothing-lost-restored-${language}.png`), fullPage: true });
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );

  await check(
    `${language}: with no room to keep the plan, nothing is replaced until the person goes on without a copy`,
    async () => {
      const { context, page, problems } = await seeded(language, { full: true });
      await page.getByRole("tab", { name: w.tab }).click();
      await showsFullPlan(page, w);
      await page.getByLabel(w.file).setInputFiles(importedFile);
      const dialog = page.getByRole("alertdialog", { name: w.dialog });
      await dialog.getByRole("button", { name: w.confirm }).click();
      await dialog.getByText(w.noRoom).waitFor({ timeout: 2_000 });
      await page.screenshot({ path: join(results, `nothing-lost-no-room-${language}.png`) });
      await page.waitForTimeout(600);
      assert(same(await storedCells(page), cellsOf(FULL)), "the plan changed although it could not be kept");
      await dialog.getByRole("button", { name: w.withoutCopy }).click();
      await dialog.waitFor({ state: "detached", timeout: 2_000 });
      await page.getByText(w.notKept).waitFor({ timeout: 2_000 });
      await storedBecomes(page, cellsOf(IMPORTED), "the imported one");
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );

  await check(`${language}: the pane reopens on the view the person left`, async () => {
    const { context, page, problems } = await seeded(language);
    await page.getByRole("tab", { name: w.functions }).click();
    await page.reload();
    const tab = page.getByRole("tab", { name: w.functions });
    await tab.waitFor({ timeout: 5_000 });
    assert((await tab.getAttribute("aria-selected")) === "true", "the pane did not reopen on Functions");
    assert(problems.length === 0, problems.join("; "));
    await context.close();
  });
}

await finish();
