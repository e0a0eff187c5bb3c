// The scaling plan in the standalone planner, walked as a person would in Chromium, with the keyboard and with
// role and label queries only: pick actions, score them, read the decisions and the matrix, build a roadmap,
// read the capacity figures, export the .xlsx and check its contents, reload and find the plan again.
// Expected figures are worked out here from the scores and costs typed, by hand, not read from the product.
// Screenshots of each step: test-results/notebook-*.png.
import { join } from "node:path";
import { assert, check, finish, openPlanner, results } from "./browser.mjs";
import { readExport } from "./xlsx-read.mjs";

const shot = (page, name) => page.screenshot({ path: join(results, `notebook-${name}.png`), fullPage: true });

/** Presses a button from the keyboard: focus, then Enter. */
async function press(page, button) {
  await button.focus();
  await page.keyboard.press("Enter");
}

/** Types into a field and commits it with Enter, as fields commit on Enter or when left. */
async function type(page, field, text) {
  await field.focus();
  await field.fill(text);
  await page.keyboard.press("Enter");
}

const TICKETS = "Answer level-1 support tickets";
const ESCALATE = "Escalate critical incidents and follow up";
const ARTICLES = "Write help articles from recurring questions";
const REPORT = "Monthly usage report";
// Time, value → ratio: tickets 5/1 = 5 (automate), escalate 3/4 = 0.75 (human), articles 3/3 = 1 (arbitrate),
// report 4/2 = 2 (automate). Priority: the highest ratio first, so tickets then report.
const SCORES = [
  [TICKETS, 5, 1],
  [ESCALATE, 3, 4],
  [ARTICLES, 3, 3],
  [REPORT, 4, 2],
];

const { context, page, problems } = await openPlanner();
const plan = page.getByRole("region", { name: "Scaling plan" });
const cell = (name) => plan.getByRole("region", { name, exact: true });

try {
  await check("the Scaling plan tab opens a new plan with its five cells", async () => {
    await press(page, page.getByRole("tab", { name: "Scaling plan" }));
    for (const name of ["Actions", "Scores", "Decisions", "Roadmap", "Capacity"]) {
      await cell(name).waitFor({ timeout: 5_000 });
    }
    await shot(page, "1-new-plan");
  });

  await check("actions come from the library by stage, and one of the team's own is added", async () => {
    const actions = cell("Actions");
    await actions.getByRole("combobox", { name: "Library stage" }).selectOption("support");
    await press(page, actions.getByRole("button", { name: "Add all of this stage" }));
    await actions
      .getByRole("combobox", { name: "Stage of the new action" })
      .selectOption({ label: "Adoption" });
    await actions.getByRole("textbox", { name: "New action" }).fill(REPORT);
    await press(page, actions.getByRole("button", { name: "Add the action" }));
    await actions.getByRole("heading", { name: "Your actions (4)" }).waitFor({ timeout: 2_000 });
    for (const [label] of SCORES)
      await actions.getByRole("textbox", { name: `Label of '${label}'` }).waitFor();
    await shot(page, "2-actions");
  });

  await check("scores are typed with the keyboard: a digit in each row", async () => {
    const scores = cell("Scores");
    for (const [label, time, value] of SCORES) {
      await scores
        .getByRole("radiogroup", { name: `Time for ${label}` })
        .getByRole("radio")
        .first()
        .focus();
      await page.keyboard.press(String(time));
      await scores
        .getByRole("radiogroup", { name: `Value for ${label}` })
        .getByRole("radio")
        .first()
        .focus();
      await page.keyboard.press(String(value));
    }
    for (const [label, time, value] of SCORES) {
      const timeRadio = scores
        .getByRole("radiogroup", { name: `Time for ${label}` })
        .getByRole("radio", { name: String(time) });
      const valueRadio = scores
        .getByRole("radiogroup", { name: `Value for ${label}` })
        .getByRole("radio", { name: String(value) });
      assert(await timeRadio.isChecked(), `time ${time} is not checked for ${label}`);
      assert(await valueRadio.isChecked(), `value ${value} is not checked for ${label}`);
    }
    await shot(page, "3-scores");
  });

  await check("decisions follow time ÷ value, with the priorities and the matrix", async () => {
    const decisions = cell("Decisions");
    const counts = decisions.getByRole("list", { name: "Decisions" });
    for (const text of ["Human: 1", "Arbitrate: 1", "Automate: 2"])
      await counts.getByText(text).waitFor({ timeout: 2_000 });
    const rows = decisions.getByRole("table").first().getByRole("row");
    const first = await rows.nth(1).innerText();
    const second = await rows.nth(2).innerText();
    assert(/1\s+Answer level-1 support tickets\s+5\.00\s+Automate/.test(first), `first priority: ${first}`);
    assert(/2\s+Monthly usage report\s+2\.00\s+Automate/.test(second), `second priority: ${second}`);
    const matrix = decisions.getByRole("img", {
      name: /Time\/value matrix of 4 scored action\(s\): 2 to automate, 1 to arbitrate, 1 to keep human/,
    });
    await matrix.waitFor();
    await shot(page, "4-decisions");
  });

  await check(
    "the roadmap is drafted from the actions to automate; two validated solutions make the timeline and its cost",
    async () => {
      const roadmap = cell("Roadmap");
      await type(page, roadmap.getByLabel("Roadmap start"), "2027-01-04");
      await press(page, roadmap.getByRole("button", { name: "Draft from the actions to automate" }));
      const fill = async (label, solution, oneOff, monthly, weeks) => {
        await type(page, roadmap.getByRole("textbox", { name: `Solution for '${label}'` }), solution);
        await type(
          page,
          roadmap.getByRole("textbox", { name: `One-off cost for '${label}'` }),
          String(oneOff),
        );
        await type(
          page,
          roadmap.getByRole("textbox", { name: `Monthly cost for '${label}'` }),
          String(monthly),
        );
        await type(page, roadmap.getByRole("textbox", { name: `Weeks for '${label}'` }), String(weeks));
        await roadmap.getByRole("checkbox", { name: `Validated: '${label}'` }).focus();
        await page.keyboard.press("Space");
      };
      await fill(TICKETS, "Help centre and chatbot", 6000, 250, 6);
      await fill(REPORT, "Automated usage e-mail", 1500, 40, 2);
      // One-off 6,000 + 1,500 = 7,500; monthly 250 + 40 = 290; first year 7,500 + 12 × 290 = 10,980; 8 weeks.
      const totals = roadmap.getByRole("list", { name: "Totals" });
      await totals.getByText("First-year cost: 10,980").waitFor({ timeout: 2_000 });
      await totals.getByText("Weeks: 8").waitFor();
      // 2027-01-04 + 8 weeks = 2027-03-01.
      await totals.getByText("End: Mar 1, 2027").waitFor();
      await roadmap
        .getByRole("img", { name: /Timeline of 2 validated solution\(s\).*\(8 weeks\)/ })
        .waitFor();
      await shot(page, "5-roadmap");
    },
  );

  await check("capacity: hours freed, FTE, accounts per CSM before and after", async () => {
    const capacity = cell("Capacity");
    await type(page, capacity.getByRole("textbox", { name: "Accounts" }), "400");
    await type(page, capacity.getByRole("textbox", { name: "CSM headcount" }), "4");
    await type(page, capacity.getByRole("textbox", { name: "CSM hours per account per year today" }), "16");
    await type(
      page,
      capacity.getByRole("textbox", { name: `Hours per account per year for '${TICKETS}'` }),
      "3",
    );
    await type(
      page,
      capacity.getByRole("textbox", { name: `Hours per account per year for '${REPORT}'` }),
      "1",
    );
    // (3 + 1) h × 400 accounts = 1,600 h = 1 FTE of 1,600 h; 400 ÷ 4 = 100 accounts per CSM before, and
    // 100 × 16 ÷ (16 − 4) = 133.3 after.
    const figures = capacity.getByRole("list", { name: "Capacity figures" });
    await figures.getByText("Hours freed per year: 1,600").waitFor({ timeout: 2_000 });
    await figures.getByText(/^FTE freed: 1(\.0+)?$/).waitFor();
    await figures.getByText(/^Accounts per CSM before: 100(\.0+)?$/).waitFor();
    await figures.getByText(/^Accounts per CSM after: 133\.3/).waitFor();
    await shot(page, "6-capacity");
  });

  await check("undo and redo from the keyboard", async () => {
    const actions = cell("Actions");
    await press(page, actions.getByRole("button", { name: `Remove '${ARTICLES}'` }));
    await actions.getByRole("heading", { name: "Your actions (3)" }).waitFor({ timeout: 2_000 });
    await page.keyboard.press("Control+z");
    await actions.getByRole("heading", { name: "Your actions (4)" }).waitFor({ timeout: 2_000 });
    await page.keyboard.press("Control+y");
    await actions.getByRole("heading", { name: "Your actions (3)" }).waitFor({ timeout: 2_000 });
    await page.keyboard.press("Control+z");
    await actions.getByRole("heading", { name: "Your actions (4)" }).waitFor({ timeout: 2_000 });
  });

  await check("the .xlsx export holds the plan's tables with native formulas", async () => {
    const toolbar = plan.getByRole("toolbar", { name: "Plan" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      press(page, toolbar.getByRole("button", { name: "Export .xlsx" })),
    ]);
    assert(
      download.suggestedFilename() === "csm-kit-plan.xlsx",
      `downloaded ${download.suggestedFilename()}`,
    );
    const workbook = await readExport(await download.path());
    const sheet = workbook.getWorksheet("CSM Kit plan");
    assert(sheet !== undefined, `sheets: ${workbook.worksheets.map((s) => s.name).join(", ")}`);
    const audit = sheet.getTable("CSMKit_Audit");
    assert(audit !== undefined, "no CSMKit_Audit table");
    const roadmap = sheet.getTable("CSMKit_Roadmap");
    assert(roadmap !== undefined, "no CSMKit_Roadmap table");
    const labels = [];
    const ratios = [];
    sheet.eachRow((row) => {
      const label = row.getCell(2).value;
      if (SCORES.some(([name]) => name === label)) {
        labels.push(label);
        ratios.push(row.getCell(6).formula);
      }
    });
    assert(labels.length === 4, `audit labels: ${labels.join(" | ")}`);
    assert(
      ratios.every((formula) =>
        formula?.includes("CSMKit_Audit[[#This Row],[Time]]/CSMKit_Audit[[#This Row],[Value]]"),
      ),
      `ratio formulas: ${ratios.join(" | ")}`,
    );
    await shot(page, "7-exported");
  });

  await check("after a reload the plan is there again, saved in the browser", async () => {
    await page.waitForTimeout(600); // the plan saves 400 ms after the last change
    await page.reload();
    await press(page, page.getByRole("tab", { name: "Scaling plan" }));
    const actions = cell("Actions");
    await actions.getByRole("heading", { name: "Your actions (4)" }).waitFor({ timeout: 5_000 });
    const time = cell("Scores")
      .getByRole("radiogroup", { name: `Time for ${TICKETS}` })
      .getByRole("radio", { name: "5" });
    assert(await time.isChecked(), "the tickets' time score is not back");
    await cell("Roadmap")
      .getByRole("list", { name: "Totals" })
      .getByText("First-year cost: 10,980")
      .waitFor();
    await shot(page, "8-reloaded");
  });

  await check("no console or page errors along the way", async () => {
    assert(problems.length === 0, problems.join("; "));
  });
} finally {
  await context.close();
  await finish();
}
