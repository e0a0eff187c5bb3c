// The functions' help pages in a real browser (Debian's Chromium): what Excel opens from "Help on this function",
// read at the task pane's 320 px, offline (nothing but the page itself is requested).
import { join } from "node:path";
import { assert, base, browser, check, finish, results } from "./browser.mjs";

async function openHelp(file, anchor) {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${base}/${file}#${anchor}`, { waitUntil: "load" });
  return { context, page, requests, problems };
}

try {
  for (const [file, language, heading, syntax] of [
    ["help.html", "en", "CSM.ALERTS", "=CSM.MRR(amounts, [period_months])"],
    ["help-fr.html", "fr", "CSM.ALERTS", "=CSM.MRR(montants; [mois_période])"],
  ]) {
    await check(
      `${file} reads at 320 px, opens at the function's section, and loads nothing else`,
      async () => {
        const { context, page, requests, problems } = await openHelp(file, "alerts");
        assert((await page.locator("html").getAttribute("lang")) === language, "wrong page language");
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        assert(
          widths.scroll <= widths.client,
          `the page scrolls sideways: ${widths.scroll} > ${widths.client}`,
        );
        const target = page.locator("section:target");
        assert((await target.getAttribute("id")) === "alerts", "the #alerts section is not the target");
        await target.getByRole("heading", { name: heading }).waitFor({ timeout: 1_000 });
        const top = await target.evaluate((element) => element.getBoundingClientRect().top);
        assert(Math.abs(top) < 5, `the #alerts section is not scrolled into view (top ${top})`);
        assert((await page.locator("#mrr .syntax").textContent()) === syntax, "MRR's syntax is wrong");
        for (const section of await page.locator("main section").all()) {
          const box = await section.boundingBox();
          assert(box !== null && box.width <= 320, `section ${await section.getAttribute("id")} is too wide`);
        }
        await page.screenshot({ path: join(results, `help-${language}-320.png`) });
        assert(
          requests.every((url) => url.startsWith(`${base}/${file}`)),
          `requested more than the page: ${requests.join(", ")}`,
        );
        assert(problems.length === 0, problems.join("; "));
        await context.close();
      },
    );
  }
} finally {
  await finish();
}
