// The standalone planner in a real browser (Debian's Chromium, driven by playwright-core), as a person uses
// it: dist/ (built by `npm run build`) served on localhost, queries by role and label only. Screenshots are
// saved under test-results/ for a person to look at.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assert, check, finish, openPlanner, results } from "./browser.mjs";

try {
  await check(
    "the standalone planner renders its shell within 2 seconds, with no console errors",
    async () => {
      const { context, page, problems, started } = await openPlanner();
      await page.getByRole("heading", { name: "CSM Kit", level: 1 }).waitFor({ timeout: 2_000 });
      const elapsed = Date.now() - started;
      assert(elapsed < 2_000, `shell took ${elapsed} ms`);
      await page
        .getByText("Standalone planner: working on an in-browser workbook.")
        .waitFor({ timeout: 1_000 });
      await page.getByRole("heading", { name: "Welcome to CSM Kit" }).waitFor();
      await page.screenshot({ path: join(results, "standalone-home-en.png"), fullPage: true });
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );

  await check(
    "it opens in French in a French browser, and the switch changes the language and sticks",
    async () => {
      const { context, page, problems } = await openPlanner("", { locale: "fr-FR" });
      await page.getByRole("heading", { name: "Bienvenue dans CSM Kit" }).waitFor({ timeout: 2_000 });
      await page.screenshot({ path: join(results, "standalone-home-fr.png"), fullPage: true });
      await page.getByRole("group", { name: "Langue" }).getByRole("button", { name: "EN" }).click();
      await page.getByRole("heading", { name: "Welcome to CSM Kit" }).waitFor({ timeout: 1_000 });
      await page.reload();
      await page.getByRole("heading", { name: "Welcome to CSM Kit" }).waitFor({ timeout: 2_000 });
      assert((await page.locator("html").getAttribute("lang")) === "en", "html lang is not en");
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );

  await check("the Functions view lists the CSM functions and computes an NPS typed in", async () => {
    const { context, page, problems } = await openPlanner();
    await page.getByRole("tab", { name: "Functions" }).click();
    const list = page.getByRole("list", { name: "In-cell functions" });
    await list.getByText("=CSM.NPS(scores)").waitFor({ timeout: 2_000 });
    await list.getByText("=CSM.CHURN(start_mrr, end_mrr, [basis])").waitFor();
    // Delighted's example: 10 promoters, 5 passives, 5 detractors → 25.
    const answers = "10 10 10 10 10 9 9 9 9 9 8 8 7 7 7 0 2 4 6 5";
    await page.getByLabel("Survey answers (0–10), one per line or separated by commas").fill(answers);
    await page.getByLabel("NPS").getByText("NPS 25").waitFor({ timeout: 1_000 });
    await page.getByText("Promoters (9–10): 10").waitFor();
    await page.getByText("Detractors (0–6): 5").waitFor();
    await page.screenshot({ path: join(results, "standalone-functions.png"), fullPage: true });
    await page.getByLabel("Survey answers (0–10), one per line or separated by commas").fill("10 9 maybe");
    await page.getByText("#VALUE!").waitFor({ timeout: 1_000 });
    await page.getByText('scores: row 3, column 1 holds the text "maybe"', { exact: false }).waitFor();
    assert(problems.length === 0, problems.join("; "));
    await context.close();
  });

  await check(
    "in a 320-px pane, the Functions view and its Check this Excel fit, and the check says it needs Excel",
    async () => {
      const { context, page, problems } = await openPlanner();
      await page.setViewportSize({ width: 320, height: 800 });
      await page.getByRole("tab", { name: "Functions" }).click();
      await page.getByRole("heading", { name: "Check this Excel" }).waitFor({ timeout: 2_000 });
      await page.getByText("This check runs inside Excel", { exact: false }).waitFor();
      const run = page.getByRole("button", { name: "Check this Excel" });
      assert((await run.count()) === 0, "standalone, the check offers a button to run");
      // The view itself, not the tab bar above it (whose overflow at 320 px is issue #16's).
      const right = await page.evaluate(() =>
        Math.max(...[...document.querySelectorAll("main *")].map((el) => el.getBoundingClientRect().right)),
      );
      assert(right <= 320, `the Functions view reaches ${Math.round(right)} px in a 320-px pane`);
      await page.screenshot({ path: join(results, "standalone-functions-320.png"), fullPage: true });
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );

  await check(
    "with an Office sign but office.js unreachable, it falls back to the standalone planner and says so",
    async () => {
      // Offline, the request for office.js fails: that one failure is expected; nothing else may.
      const { context, page, problems, started } = await openPlanner("?host=office", {
        allowed: [/Failed to load resource/, /office\.js/],
      });
      await page.getByText("Office could not be reached", { exact: false }).waitFor({ timeout: 10_000 });
      const elapsed = Date.now() - started;
      await page.getByRole("heading", { name: "CSM Kit", level: 1 }).waitFor();
      console.log(`    (fell back after ${elapsed} ms)`);
      await page.screenshot({ path: join(results, "office-unreachable.png"), fullPage: true });
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );
  await check("the Templates view downloads a ready-made workbook in the chosen language", async () => {
    const { context, page, problems } = await openPlanner();
    await page.getByRole("tab", { name: "Templates" }).click();
    await page.getByRole("radio", { name: "Français" }).check();
    const link = page.getByRole("link", { name: "Download .xlsx: Indicateurs du Customer Success" });
    await link.waitFor({ timeout: 2_000 });
    await page.screenshot({ path: join(results, "standalone-templates.png"), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    assert(download.suggestedFilename() === "kpi.fr.xlsx", `downloaded ${download.suggestedFilename()}`);
    const bytes = readFileSync(await download.path());
    assert(
      bytes.subarray(0, 2).toString() === "PK" && bytes.length > 5_000,
      "the download is not an .xlsx file",
    );
    assert(problems.length === 0, problems.join("; "));
    await context.close();
  });

  await check(
    "when office.js never answers, the shell still shows within 2 seconds while it looks for Excel",
    async () => {
      const { context, page, problems, started } = await openPlanner("?host=office", {
        // A network that swallows the request: no answer, no failure.
        prepare: (ctx) => ctx.route("https://appsforoffice.microsoft.com/**", () => undefined),
      });
      await page.getByRole("heading", { name: "CSM Kit", level: 1 }).waitFor({ timeout: 2_000 });
      await page.getByText("Looking for Excel…").waitFor({ timeout: 500 });
      const elapsed = Date.now() - started;
      assert(elapsed < 2_000, `shell took ${elapsed} ms`);
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );
} finally {
  await finish();
}
