// The boot in a real browser (Debian's Chromium) with a stand-in office.js served through a route: the custom
// functions register however late office.js arrives and whether or not Office.onReady answers; outside Office
// the page requests nothing beyond its own server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assert, base, check, finish, openPlanner, root } from "./browser.mjs";

const declared = JSON.parse(readFileSync(join(root, "dist/functions.json"), "utf8")).functions.map(
  (fn) => fn.id,
);

/** What office.js gives functions.js before Office.onReady: CustomFunctions (recording what is associated). */
const FAKE_OFFICE_JS = `
  window.__registered = [];
  window.CustomFunctions = {
    associate: (id) => window.__registered.push(id),
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
      nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  window.Office = { onReady: () => new Promise(() => undefined), context: {} };
`;

/** Serves the stand-in office.js after `delayMs`. */
const officeAfter = (delayMs) => (context) =>
  context.route("https://appsforoffice.microsoft.com/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fulfill({ contentType: "text/javascript", body: FAKE_OFFICE_JS }).catch(() => undefined);
  });

const registered = (page) => page.evaluate(() => window.__registered ?? []);

try {
  await check(
    "office.js arriving after 9 s, past the pane's 8 s, still registers every custom function",
    async () => {
      const { context, page, problems, started } = await openPlanner("?host=office", {
        prepare: officeAfter(9_000),
      });
      await page.getByText("Office could not be reached", { exact: false }).waitFor({ timeout: 10_000 });
      await page.waitForFunction((count) => (window.__registered ?? []).length === count, declared.length, {
        timeout: 15_000,
      });
      const ids = await registered(page);
      console.log(`    (registered ${ids.length} functions after ${Date.now() - started} ms)`);
      assert(
        JSON.stringify([...ids].sort()) === JSON.stringify([...declared].sort()),
        "not every id registered",
      );
      assert(problems.length === 0, problems.join("; "));
      await context.close();
    },
  );

  await check("Office.onReady never answering does not keep the functions from registering", async () => {
    const { context, page, problems } = await openPlanner("?host=office", { prepare: officeAfter(0) });
    await page.waitForFunction((count) => (window.__registered ?? []).length === count, declared.length, {
      timeout: 3_000,
    });
    await page.getByText("Looking for Excel…").waitFor({ timeout: 500 });
    assert(problems.length === 0, problems.join("; "));
    await context.close();
  });

  await check("outside Office the page requests nothing beyond its own server", async () => {
    const requests = [];
    const { context, page, problems } = await openPlanner("", {
      prepare: (ctx) => ctx.on("request", (request) => requests.push(request.url())),
    });
    await page.getByRole("heading", { name: "Welcome to CSM Kit" }).waitFor({ timeout: 2_000 });
    await page.waitForLoadState("networkidle");
    const outside = requests.filter((url) => !url.startsWith(base));
    assert(outside.length === 0, `requested ${outside.join(", ")}`);
    assert(
      !requests.some((url) => url.endsWith("/functions.js")),
      "functions.js was requested outside Office",
    );
    assert(problems.length === 0, problems.join("; "));
    await context.close();
  });
} finally {
  await finish();
}
