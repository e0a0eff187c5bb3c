// Large plans in Chromium, standalone (issue 17): where the plan is stored and what the pane offers when it
// cannot be kept. A stored plan that cannot be read and that the storage has no room to keep aside is offered
// as a download, byte for byte, and the pane then starts afresh; a plan of 100,000 accounts imported from a
// .csv is saved (in IndexedDB: localStorage stops at about 50,000) and is all there after a reload; its
// Export .xlsx is written in a worker while a heartbeat in the page shows the pane kept answering.
// Screenshots: test-results/large-plan-*.png.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert, check, finish, openPlanner, results } from "./browser.mjs";
import { startHeartbeat, stopHeartbeat } from "./heartbeat.mjs";
import { sheetsInLibreOffice } from "./libreoffice.mjs";
import { storedText } from "./stored-plan.mjs";

const KEY = "csmkit.plan";
const ACCOUNTS = 100_000;
/** The most the page may go without answering while the plan is exported. */
const ANSWERS_WITHIN_MS = 1_000;

/** An unreadable stored plan of about 2 MB: a plan whose text was cut short. */
const CUT = `{"format":"csm-kit.plan","version":1,"metadata":{},"cells":[{"id":"notes","kind":"calculation","order":0,"inputs":{"name":"x","expression":"${"1+".repeat(1_000_000)}`;

/** Opens the plan's tab, clicking again until the pane, still starting, has taken the click. */
async function openPlan(page) {
  const tab = page.getByRole("tab", { name: "Scaling plan", exact: true });
  for (let i = 0; i < 100; i++) {
    await tab.click();
    if ((await tab.getAttribute("aria-selected")) === "true") return;
    await page.waitForTimeout(100);
  }
  throw new Error("the plan's tab does not open");
}

async function answersAtOnce(page) {
  const asked = Date.now();
  await page.evaluate(() => 1);
  const took = Date.now() - asked;
  assert(took < 1000, `the page took ${took} ms to answer`);
}

await check(
  "a stored plan too large to keep aside is downloaded exactly, then the pane starts afresh",
  async () => {
    const { context, page, problems } = await openPlanner("", {
      prepare: (context) =>
        context.addInitScript(
          ({ key, text }) => {
            if (localStorage.getItem(key) === null && sessionStorage.getItem("seeded") === null) {
              localStorage.setItem(key, text);
              sessionStorage.setItem("seeded", "1");
            }
            // No room for a second copy: a plan kept aside is refused, as a full disk refuses it.
            const put = IDBObjectStore.prototype.put;
            IDBObjectStore.prototype.put = function (value, name) {
              if (String(name).includes(".aside."))
                throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
              return put.call(this, value, name);
            };
          },
          { key: KEY, text: CUT },
        ),
    });
    try {
      await openPlan(page);
      await page
        .getByText("The plan saved here could not be read", { exact: false })
        .waitFor({ timeout: 15_000 });
      await answersAtOnce(page);
      await page.getByRole("button", { name: "Keep it aside and start a new plan" }).click();
      await page.getByText("could not be kept aside", { exact: false }).waitFor({ timeout: 10_000 });
      assert((await storedText(page, KEY)) === CUT, "the stored plan changed when keeping it aside failed");
      const startAfresh = page.getByRole("button", { name: "Start afresh" });
      assert(await startAfresh.isDisabled(), "starting afresh was offered before the download");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the stored plan" }).click(),
      ]);
      assert(download.suggestedFilename() === "csm-kit-stored-plan.json", download.suggestedFilename());
      const file = join(mkdtempSync(join(tmpdir(), "csm-large-")), "stored.json");
      writeFileSync(file, readFileSync(await download.path()));
      assert(readFileSync(file, "utf8") === CUT, "the downloaded text is not the stored text");
      await page.screenshot({ path: join(results, "large-plan-blocked.png") });

      await startAfresh.click();
      await page.getByRole("region", { name: "Actions" }).waitFor({ timeout: 10_000 });
      await page.getByText("csm-kit-stored-plan.json", { exact: false }).waitFor({ timeout: 5_000 });
      for (let i = 0; i < 50 && (await storedText(page, KEY)) === CUT; i++) await page.waitForTimeout(200);
      const fresh = JSON.parse((await storedText(page, KEY)) ?? "null");
      assert(fresh?.format === "csm-kit.plan", "the new plan was not saved");
      assert(problems.length === 0, problems.join("; "));
    } catch (error) {
      await page.screenshot({ path: join(results, "large-plan-blocked-failed.png") });
      throw error;
    } finally {
      await context.close();
    }
  },
);

await check(
  "a 100,000-account portfolio imported from a .csv is saved and is all there after a reload",
  async () => {
    const lines = ["Account,Current ARR,Potential ARR,Industry"];
    for (let i = 0; i < ACCOUNTS; i++) lines.push(`ACC-${i},${1000 + (i % 997) * 13},${5000 + i},Software`);
    const csv = join(mkdtempSync(join(tmpdir(), "csm-large-")), "accounts.csv");
    writeFileSync(csv, lines.join("\n"));
    const { context, page, problems } = await openPlanner();
    try {
      await openPlan(page);
      const plan = page.getByRole("region", { name: "Scaling plan" });
      await plan.getByRole("button", { name: "Add the segmentation wizard" }).click();
      const portfolio = plan.getByRole("region", { name: "Portfolio", exact: true });
      await portfolio.getByLabel("Portfolio file to import").setInputFiles(csv);
      await portfolio.getByText(/^100,?000 rows read from “accounts\.csv”\.$/).waitFor({ timeout: 120_000 });
      await page.getByText("Saved", { exact: true }).waitFor({ timeout: 60_000 });
      const saved = JSON.parse((await storedText(page, KEY)) ?? "null");
      const rows = saved?.cells.find((cell) => cell.kind === "portfolio")?.inputs.rows ?? [];
      assert(rows.length === ACCOUNTS, `${rows.length} accounts saved`);
      // The 54,321st account, worked out by hand: 1000 + (54321 mod 997 = 483) × 13 = 7279.
      assert(
        JSON.stringify(rows[54_321]) === JSON.stringify(["ACC-54321", 7279, 59_321, "Software"]),
        JSON.stringify(rows[54_321]),
      );
      assert(
        (await page.evaluate((key) => localStorage.getItem(key), KEY)) === null,
        "the plan went to localStorage",
      );

      await page.reload();
      await openPlan(page);
      const again = page.getByRole("region", { name: "Portfolio", exact: true });
      await again.waitFor({ timeout: 60_000 });
      await answersAtOnce(page);
      const reloaded = JSON.parse((await storedText(page, KEY)) ?? "null");
      const back = reloaded?.cells.find((cell) => cell.kind === "portfolio")?.inputs.rows ?? [];
      assert(back.length === ACCOUNTS, `${back.length} accounts after the reload`);
      await again.getByText(/^100,?000 rows from “accounts\.csv”\.$/).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(results, "large-plan-reloaded.png") });

      // An export of 100,000 accounts takes seconds: cancelled, it downloads nothing and can be run again.
      const downloads = [];
      const countDownloads = () => downloads.push(1);
      page.on("download", countDownloads);
      await page.getByRole("button", { name: "Export .xlsx" }).click();
      await page.getByRole("button", { name: "Cancel the export" }).click({ timeout: 10_000 });
      await page.getByText("Export cancelled: nothing was downloaded.").waitFor({ timeout: 10_000 });
      await page.waitForTimeout(1_000);
      page.off("download", countDownloads);
      assert(downloads.length === 0, "a cancelled export downloaded a file");

      // Export .xlsx at 100,000 accounts: written in a worker, the page answering throughout.
      const workers = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      await startHeartbeat(page);
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 300_000 }),
        page.getByRole("button", { name: "Export .xlsx" }).click(),
      ]);
      await page.getByText("Downloaded csm-kit-plan.xlsx.").waitFor({ timeout: 30_000 });
      const longest = await stopHeartbeat(page);
      console.log(
        `    export of ${ACCOUNTS} accounts: ${Math.round((Date.now() - started) / 1000)} s, ` +
          `the page answered within ${longest} ms throughout`,
      );
      assert(longest < ANSWERS_WITHIN_MS, `the page did not answer for ${longest} ms during the export`);
      assert(workers.length > 0, "the export ran on the page, not in a worker");
      const bytes = readFileSync(await download.path());
      assert(bytes.length > 0, "the exported file is empty");
      // The file reopens in LibreOffice (about 10 s) with the 54,321st account's figures, worked out above.
      const xlsx = join(mkdtempSync(join(tmpdir(), "csm-large-")), "plan.xlsx");
      writeFileSync(xlsx, bytes);
      const segments = sheetsInLibreOffice(xlsx, { asShown: false }).get("CSM Kit segments") ?? "";
      assert(
        segments.includes(",ACC-54321,7279,59321,Software,"),
        "LibreOffice does not read the account back",
      );
      assert(problems.length === 0, problems.join("; "));
    } catch (error) {
      await page.screenshot({ path: join(results, "large-plan-100k-failed.png") });
      throw error;
    } finally {
      await context.close();
    }
  },
);

await finish();
