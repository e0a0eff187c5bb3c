// @vitest-environment jsdom
// The pane's doors to the plan's limits (notebook/plan/limits.ts) and its long lists: at 2,000 actions an
// action added, typed or from the library, is refused with the limit and nothing changes; a selected range of
// 100,001 accounts is refused whole; and the lists show a page at a time, with a search that finds any
// action and a score set on it that is saved. The messages are written out here by hand.
import "../support/jsdom-pane";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { browserPlanStore } from "../../addin/plan-store";
import { NotebookView, type NotebookServices } from "../../taskpane/features/notebook/notebook-view";
import { planCodec, type Plan } from "../../notebook/plan/schema";
import { largePlan } from "../support/large-plan";
import { ACTION_LIBRARY } from "../../functions/scaling/action-library";
import { ActionsCell } from "../../taskpane/features/notebook/actions-cell";
import { ScoresCell } from "../../taskpane/features/notebook/scores-cell";
import { notebookEn } from "../../taskpane/features/notebook/notebook-strings";
import { createNotebook } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";

const KEY = "csmkit.plan";

function services(stored?: Plan): { host: NotebookServices; items: Map<string, string> } {
  const items = new Map<string, string>();
  if (stored !== undefined) items.set(KEY, JSON.stringify(stored));
  const host: NotebookServices = {
    host: "excel",
    store: browserPlanStore(
      { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => items.set(key, value) },
      KEY,
      planCodec,
    ),
    writeToWorkbook: vi.fn(() => Promise.resolve({ en: "Written.", fr: "Écrit." })),
    listTables: vi.fn(() => Promise.resolve([])),
    readActions: vi.fn(() => Promise.resolve({ items: [], problems: [] })),
    readPortfolio: vi.fn(() => Promise.resolve({ headers: [], rows: [], problems: [] })),
    today: () => "2026-11-23",
  };
  return { host, items };
}

const region = async (name: string) => within(await screen.findByRole("region", { name }));

/** A notebook of the plan's actions and scores cells, and the one cell of `kind` as the view shows it. */
function notebookOf(plan: Plan, kind: "actions" | "scores") {
  const notebook = createNotebook(notebookKinds);
  notebook.restore({
    cells: plan.cells
      .filter((cell) => cell.kind === "actions" || cell.kind === "scores")
      .map(({ id, kind: cellKind, inputs }) => ({ id, kind: cellKind, inputs })),
  });
  const cells = notebook.cells();
  const cell = cells.find((one) => one.kind === kind);
  if (cell === undefined) throw new Error(`no ${kind} cell`);
  return { notebook, cells, cell };
}

// The cells are drawn alone: the whole notebook at 2,000 actions takes minutes in jsdom on a busy machine.
describe("a plan's actions in the pane", () => {
  it(
    "at 2,000 refuses one more action, typed or from the library, with the limit, and changes nothing",
    { timeout: 120_000 },
    async () => {
      const { host } = services();
      const { notebook, cells, cell } = notebookOf(largePlan(2000), "actions");
      render(
        <ActionsCell
          cell={cell}
          cells={cells}
          notebook={notebook}
          language="en"
          t={notebookEn}
          services={host}
        />,
      );
      const actions = await region("Actions");
      expect(actions.getByRole("heading", { name: "Your actions (2000)" })).toBeTruthy();

      fireEvent.change(actions.getByLabelText("New action"), { target: { value: "Call the sponsor" } });
      fireEvent.click(actions.getByRole("button", { name: "Add the action" }));
      expect(
        await actions.findByText(
          "The plan would have 2,001 actions; a CSM Kit plan takes 2,000 actions at most. Group similar actions, or split the audit into several plans.",
        ),
      ).toBeTruthy();
      // The label typed stays, to be added once room is made.
      expect((actions.getByLabelText("New action") as HTMLInputElement).value).toBe("Call the sponsor");

      // The library's support stage, none of whose actions is in the plan (its ids are a0…a1999).
      const support = ACTION_LIBRARY.filter((action) => action.stage === "support").length;
      fireEvent.change(actions.getByLabelText("Library stage"), { target: { value: "support" } });
      fireEvent.click(actions.getByRole("button", { name: "Add all of this stage" }));
      expect(
        await actions.findByText(new RegExp(`^The plan would have 2,00${support} actions;`)),
      ).toBeTruthy();
      const items = notebook.cells().find((one) => one.kind === "actions")?.inputs.items;
      expect((items as unknown[]).length).toBe(2000);
    },
  );

  it(
    "shows the scores a page at a time, finds any action, and sets the score chosen on it",
    { timeout: 60_000 },
    async () => {
      // 60 actions are three pages of 25; what a page holds does not depend on the plan's size.
      const { notebook, cells, cell } = notebookOf(largePlan(60), "scores");
      render(<ScoresCell cell={cell} cells={cells} notebook={notebook} language="en" t={notebookEn} />);
      const scores = await region("Scores");
      expect(scores.getByText("1–25 of 60")).toBeTruthy();
      expect(scores.getAllByRole("radiogroup", { name: /^Time for / })).toHaveLength(25);
      fireEvent.click(scores.getByRole("button", { name: "Next 25" }));
      expect(scores.getByText("26–50 of 60")).toBeTruthy();
      expect(scores.getAllByRole("radiogroup", { name: /^Time for / })).toHaveLength(25);

      // Action 60 (id a59) by its number: no other label or id holds "60".
      fireEvent.change(scores.getByRole("searchbox", { name: "Find an action" }), {
        target: { value: "60" },
      });
      expect(scores.getByText("1–1 of 1")).toBeTruthy();
      const [time] = scores.getAllByRole("radiogroup", { name: /^Time for / });
      expect(time?.getAttribute("aria-label")).toMatch(/ 60$/);
      // Its scores as largePlan made them: time 1 + 59 % 5 = 5, value 1 + floor(59 / 5) % 5 = 1 + 11 % 5 = 2.
      fireEvent.click(within(time as HTMLElement).getByRole("radio", { name: "2" }));
      expect(notebook.cells().find((one) => one.kind === "scores")?.inputs.a59).toEqual({
        time: 2,
        value: 2,
      });

      fireEvent.change(scores.getByRole("searchbox", { name: "Find an action" }), {
        target: { value: "no such action" },
      });
      expect(scores.getByText("No action matches “no such action”.")).toBeTruthy();
    },
  );
});

describe("a selected range in the pane", () => {
  it("of 100,001 accounts is refused whole, with the limit", { timeout: 60_000 }, async () => {
    const { host } = services();
    const rows = Array.from({ length: 100_001 }, (_, i) => [`ACC-${i}`, 1000]);
    const readSelection = vi.fn(() =>
      Promise.resolve({ address: "Sheet1!A1:B100002", headers: ["Account", "ARR"], rows }),
    );
    render(<NotebookView language="fr" services={{ ...host, readSelection }} />);
    fireEvent.click(await screen.findByRole("button", { name: "Ajouter l'assistant de segmentation" }));
    const portfolio = await region("Portefeuille");
    fireEvent.click(portfolio.getByRole("button", { name: "Lire la plage sélectionnée" }));
    expect(
      await portfolio.findByText(
        // The queries read a no-break space as a space.
        "La sélection Sheet1!A1:B100002 a 100 001 lignes ; un plan CSM Kit accepte 100 000 comptes au plus. Découpez le portefeuille en fichiers plus petits.",
      ),
    ).toBeTruthy();
    expect(portfolio.queryByText(/lignes lues/)).toBeNull();
  });

  it(
    "too large to save in Excel's workbook is refused at the door there, and taken standalone",
    { timeout: 60_000 },
    async () => {
      // 20,000 accounts of a 40-character name and an ARR: each row is ["<40 characters>",12345] in the
      // plan's text, 2 + 40 + 2 + 5 + 1 = 50 characters, so 20,000 × 50 + 19,999 commas + 2 brackets =
      // 1,020,001, plus ["Account","ARR"] (17): 1,020,018, over Excel's 1,000,000. About 1,000,000 × 20,000 ÷
      // 1,020,018 = 19,607.5 accounts would fit.
      const rows = Array.from({ length: 20_000 }, (_, i) => [
        `Account ${String(i).padStart(32, "0")}`,
        12345,
      ]);
      expect(JSON.stringify(rows).length + JSON.stringify(["Account", "ARR"]).length).toBe(1_020_018);
      const readSelection = vi.fn(() =>
        Promise.resolve({ address: "Sheet1!A1:B20001", headers: ["Account", "ARR"], rows }),
      );
      const { host } = services();
      const excel = render(<NotebookView language="en" services={{ ...host, readSelection }} />);
      fireEvent.click(await screen.findByRole("button", { name: "Add the segmentation wizard" }));
      const portfolio = await region("Portfolio");
      fireEvent.click(portfolio.getByRole("button", { name: "Read the selected range" }));
      expect(
        await portfolio.findByText(
          "In Excel the plan is saved inside the workbook, which holds 1,000,000 characters of plan at most; this portfolio alone takes 1,020,018 (about 19,607 of its accounts would fit). Nothing was changed. Import fewer accounts or columns, or use the standalone planner, which takes 100,000 accounts.",
        ),
      ).toBeTruthy();
      expect(portfolio.queryByText(/rows read/)).toBeNull();
      excel.unmount();

      // The same range standalone (no such limit: the plan is kept in IndexedDB) is read.
      const fresh = services().host;
      render(<NotebookView language="en" services={{ ...fresh, host: "memory", readSelection }} />);
      fireEvent.click(await screen.findByRole("button", { name: "Add the segmentation wizard" }));
      const standalone = await region("Portfolio");
      fireEvent.click(standalone.getByRole("button", { name: "Read the selected range" }));
      expect(await standalone.findByText(/^20,?000 rows read from “Sheet1!A1:B20001”\.$/)).toBeTruthy();
    },
  );
});
