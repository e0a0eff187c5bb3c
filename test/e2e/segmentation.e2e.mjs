// The segmentation wizard in the standalone planner, walked as a person would in Chromium, with role and label
// queries only: add the wizard to the plan, import a French portfolio (.csv, `;`, "182 000", DD/MM/YYYY),
// check and correct the guessed columns, read the distribution, choose a strategic industry, size the team,
// export the .xlsx and check its Segments table, reload and find the portfolio again.
// Expected figures are worked out by hand from test/fixtures/portfolio/portefeuille.csv with the default rules
// (high touch: current ≥ 100,000 or potential ≥ 250,000; low touch: ≥ 25,000 or ≥ 75,000; no override until
// one is set: then customers since before 2019-01-01 kept at least in low touch), never read from the product.
// Rows are numbered as the spreadsheet shows them: the headers in row 1, Northwind in row 2.
// Screenshots of each step: test-results/segmentation-*.png.
import { join } from "node:path";
import { assert, check, finish, openPlanner, results, root } from "./browser.mjs";
import { readExport } from "./xlsx-read.mjs";

const shot = (page, name) =>
  page.screenshot({ path: join(results, `segmentation-${name}.png`), fullPage: true });
const FIXTURE = join(root, "test/fixtures/portfolio/portefeuille.csv");

/** Types into a field and commits it with Enter. */
async function type(page, field, text) {
  await field.focus();
  await field.fill(text);
  await page.keyboard.press("Enter");
}

/** The preview table's rows as [tier, accounts, current ARR] texts. */
async function distribution(segments) {
  const table = segments.getByRole("table", { name: "Accounts and ARR per tier" });
  return table.getByRole("row").evaluateAll((rows) =>
    rows.slice(1).map((row) =>
      Array.from(row.querySelectorAll("th, td"))
        .slice(0, 3)
        .map((cell) => cell.textContent.trim()),
    ),
  );
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const { context, page, problems } = await openPlanner();
const plan = page.getByRole("region", { name: "Scaling plan" });
const cell = (name) => plan.getByRole("region", { name, exact: true });

try {
  await check("the wizard's three cells are added to the plan", async () => {
    await page.getByRole("tab", { name: "Scaling plan" }).click();
    await plan.getByRole("button", { name: "Add the segmentation wizard" }).click();
    for (const name of ["Portfolio", "Segments", "Coverage"]) await cell(name).waitFor({ timeout: 5_000 });
    await shot(page, "1-added");
  });

  await check("a French .csv is imported and its columns are guessed from the headers", async () => {
    const portfolio = cell("Portfolio");
    await portfolio.getByLabel("Portfolio file to import").setInputFiles(FIXTURE);
    // 14 data rows: 13 accounts (one repeated, one with "12k", one with 32/13/2020) and a blank row.
    await portfolio.getByText("14 rows read from “portefeuille.csv”.").waitFor({ timeout: 10_000 });
    const guessed = {
      "Account (required)": "Compte",
      "Current ARR (required)": "ARR actuel",
      "Potential ARR": "ARR potentiel",
      Industry: "Secteur",
      Region: "Région",
      "Customer since": "Client depuis",
    };
    for (const [label, header] of Object.entries(guessed)) {
      const chosen = await portfolio
        .getByRole("combobox", { name: label, exact: true })
        .evaluate((select) => select.selectedOptions[0]?.textContent);
      assert(chosen === header, `${label}: ${chosen}, expected ${header}`);
    }
    await shot(page, "2-imported");
  });

  await check("a column mapped by mistake is corrected, and a required one cannot be left out", async () => {
    const portfolio = cell("Portfolio");
    const current = portfolio.getByRole("combobox", { name: "Current ARR (required)", exact: true });
    await current.selectOption({ label: "— not in this table —" });
    await portfolio.getByText("Say which column holds the current ARR.").waitFor({ timeout: 2_000 });
    await current.selectOption({ label: "ARR actuel" });
    await portfolio.getByText("Say which column holds the current ARR.").waitFor({ state: "detached" });
  });

  await check(
    "the preview shows accounts and ARR per tier, and every row not segmented with its reason",
    async () => {
      const segments = cell("Segments");
      // High: Northwind 182,000, Pixel (potential 300,000) 12,000, Zeta 150,000. Low: Brightwell 64,000,
      // Clinique 40,000, Verdi 25,000, Nordlys 99,999. Tech: Atelier 8,400, Boulangerie 3,000, Kappa 18,000,
      // Orion 7,500 (its customer since is not a date: kept, by its ARR).
      const expected = [
        ["High touch", "3", "344,000"],
        ["Low touch", "4", "228,999"],
        ["Tech touch", "4", "36,900"],
      ];
      const rows = await distribution(segments);
      assert(same(rows, expected), `distribution ${JSON.stringify(rows)}`);
      await segments.getByText("11 accounts segmented, 2 rows not segmented, 1 blank rows.").waitFor();
      for (const reason of [
        'Row 11 (Atlas), current ARR: expected an amount of 0 or more, got the text "12k".',
        'Row 12 (Verdi SA), account: "Verdi SA" already appears in row 8; only the first is segmented.',
        "Row 14 (Orion), customer since: expected a date",
      ])
        await segments.getByText(reason).waitFor({ timeout: 2_000 });
      await segments.getByRole("img", { name: /Chart of accounts and current ARR per tier/ }).waitFor();
      await shot(page, "3-preview");
    },
  );

  await check("a strategic industry moves its accounts up one tier, and the preview lists them", async () => {
    const segments = cell("Segments");
    await segments.getByRole("checkbox", { name: "Santé" }).check();
    // Clinique Dupont low → high; Kappa Labs tech → low.
    const expected = [
      ["High touch", "4", "384,000"],
      ["Low touch", "4", "206,999"],
      ["Tech touch", "3", "18,900"],
    ];
    await page.waitForFunction(() => document.body.textContent.includes("384,000"), null, { timeout: 3_000 });
    const rows = await distribution(segments);
    assert(same(rows, expected), `distribution ${JSON.stringify(rows)}`);
    await segments.getByRole("heading", { name: "Moved up by a strategic industry (2)" }).waitFor();
    await segments.getByText("Clinique Dupont (40,000): Low touch → High touch").waitFor();
    await segments.getByText("Kappa Labs (18,000): Tech touch → Low touch").waitFor();
    // No historical rule until one is set: nobody is held higher.
    await segments.getByRole("heading", { name: "Kept higher as historical customers (0)" }).waitFor();
    await shot(page, "4-strategic");
  });

  await check("a historical rule, once set, keeps earlier customers at least in low touch", async () => {
    const segments = cell("Segments");
    await type(page, segments.getByLabel("Signed before"), "2019-01-01");
    // Atelier Mercier (2016) tech → low; Orion, whose date is not one, is not moved.
    const expected = [
      ["High touch", "4", "384,000"],
      ["Low touch", "5", "215,399"],
      ["Tech touch", "2", "10,500"],
    ];
    await page.waitForFunction(() => document.body.textContent.includes("215,399"), null, { timeout: 3_000 });
    const rows = await distribution(segments);
    assert(same(rows, expected), `distribution ${JSON.stringify(rows)}`);
    await segments.getByRole("heading", { name: "Kept higher as historical customers (1)" }).waitFor();
    await segments.getByText("Atelier Mercier (8,400): Tech touch → Low touch").waitFor();
  });

  await check("the coverage gives the CSMs needed beside the headcount and the reference", async () => {
    const coverage = cell("Coverage");
    await type(page, coverage.getByRole("textbox", { name: "Accounts per CSM, High touch" }), "2");
    await type(page, coverage.getByRole("textbox", { name: "CSMs today" }), "1");
    // 4 ÷ 2 + 5 ÷ 50 + 2 ÷ 300 = 2.1067; gap 1.1067; reference: 609,899 ÷ 2,000,000 = 0.305
    const figures = coverage.getByRole("list", { name: "Team" });
    await figures.getByText("CSMs needed: 2.11").waitFor({ timeout: 3_000 });
    await figures.getByText("Gap (CSMs to hire; negative: spare): 1.11").waitFor();
    await figures.getByText("CSMs at the reference (1 CSM per 2,000,000 ARR, Gainsight): 0.3").waitFor();
    // A team of 3 (2.1 rounded up) stays generalist.
    const split = coverage.getByRole("table", { name: "Suggested split of the team" });
    await split.getByRole("row", { name: "Generalist CSM 100% 3" }).waitFor();
    await shot(page, "5-coverage");
  });

  await check(
    "the .xlsx export carries the Segments table, keyed by account, with live tier formulas",
    async () => {
      const toolbar = plan.getByRole("toolbar", { name: "Plan" });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        toolbar.getByRole("button", { name: "Export .xlsx" }).click(),
      ]);
      const workbook = await readExport(await download.path());
      const sheet = workbook.getWorksheet("CSM Kit segments");
      assert(sheet !== undefined, `sheets: ${workbook.worksheets.map((s) => s.name).join(", ")}`);
      const segments = sheet.getTable("CSMKit_Segments");
      assert(segments !== undefined, "no CSMKit_Segments table");
      const ref = segments.table.tableRef ?? segments.table.ref;
      // 14 rows − the blank one − the repeated Verdi SA = 12 accounts, one row each.
      const [[first, from], [last, to]] = ref
        .split(":")
        .map((address) => [
          sheet.getColumn(address.replace(/\d+$/, "")).number,
          Number(address.replace(/^[A-Z]+/, "")),
        ]);
      assert(to - from === 12, `Segments spans ${ref}`);
      const accounts = [];
      const formulas = [];
      for (let r = from + 1; r <= to; r++) {
        const row = sheet.getRow(r);
        accounts.push(row.getCell(first).value);
        for (let c = first; c <= last; c++) {
          const { formula } = row.getCell(c);
          if (formula) formulas.push(formula);
        }
      }
      assert(new Set(accounts).size === 12 && accounts.includes("Clinique Dupont"), `accounts ${accounts}`);
      assert(
        formulas.some((formula) => formula.includes("CSMKit_SegmentRules")),
        `no formula reads the rules: ${formulas.slice(0, 3).join(" | ")}`,
      );
      assert(sheet.getTable("CSMKit_Coverage") !== undefined, "no CSMKit_Coverage table");
      await shot(page, "6-exported");
    },
  );

  await check("after a reload the portfolio, the rules and the coverage are there again", async () => {
    await page.waitForTimeout(600); // the plan saves 400 ms after the last change
    await page.reload();
    await page.getByRole("tab", { name: "Scaling plan" }).click();
    await cell("Portfolio").getByText("14 rows from “portefeuille.csv”.").waitFor({ timeout: 5_000 });
    assert(await cell("Segments").getByRole("checkbox", { name: "Santé" }).isChecked(), "Santé unchecked");
    await cell("Coverage").getByRole("list", { name: "Team" }).getByText("CSMs needed: 2.11").waitFor();
    await shot(page, "7-reloaded");
  });

  await check("no console or page errors along the way", async () => {
    assert(problems.length === 0, problems.join("; "));
  });
} finally {
  await context.close();
  await finish();
}
