// @vitest-environment jsdom
import "../support/jsdom-pane";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { browserPlanStore } from "../../addin/plan-store";
import { ACTION_LIBRARY } from "../../functions/scaling/action-library";
import { NotebookView, type NotebookServices } from "../../taskpane/features/notebook/notebook-view";
import { notebookEn, notebookFr } from "../../taskpane/features/notebook/notebook-strings";
import { exportPlan, planCodec, planFromSnapshot, readPlan } from "../../notebook/plan/schema";

const KEY = "csmkit.plan";

/** The browser's storage, in memory, with the keys written in the order they were written. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  readonly written: string[] = [];
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.written.push(key);
    this.items.set(key, String(value));
  }
}

function fakeServices(storage: MemoryStorage): NotebookServices {
  return {
    host: "memory",
    store: browserPlanStore(storage, KEY, planCodec),
    writeToWorkbook: vi.fn(() => Promise.resolve({ en: "Wrote 5 tables.", fr: "5 tableaux écrits." })),
    listTables: vi.fn(() =>
      Promise.resolve([{ name: "Team actions", headers: ["Action", "Stage"], owned: false }]),
    ),
    readActions: vi.fn(() =>
      Promise.resolve({
        items: [{ id: "calls", label: "Log calls", stage: "internal" }],
        scores: { calls: { time: 5, value: 1 } },
        problems: [{ en: "Row 3: no action label; the row is left out.", fr: "Ligne 3 : pas de libellé." }],
      }),
    ),
    readPortfolio: vi.fn(() =>
      Promise.resolve({
        headers: ["Client", "ARR actuel"],
        rows: [
          ["Acme", 150000],
          ["Globex", 9000],
        ],
        problems: [],
      }),
    ),
    exportXlsx: vi.fn(() =>
      Promise.resolve({ bytes: new Uint8Array([80, 75]), chartsLeftOut: ["Timeline"] }),
    ),
    today: () => "2026-11-23",
  };
}

const region = (name: string) => within(screen.getByRole("region", { name }));

/** Types into a field that commits when it is left. */
function typeIn(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

const en = new Intl.NumberFormat("en");

beforeEach(() => {
  // jsdom has no object URLs and does not download: record what would be downloaded instead.
  URL.createObjectURL = vi.fn(() => "blob:plan");
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
});

describe("the notebook's words", () => {
  it("has the same keys and {placeholders} in French, every one translated but a few", () => {
    expect(Object.keys(notebookFr).sort()).toEqual(Object.keys(notebookEn).sort());
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const same = new Set([
      "toolbar",
      "none",
      "cellActions",
      "cellScores",
      "action",
      "ratio",
      "solution",
      "calcExpression",
      "cellSegments",
      "mapCurrentArr",
      "basisArr",
      "perCsmFor",
    ]);
    for (const key of Object.keys(notebookEn) as (keyof typeof notebookEn)[]) {
      expect(holes(notebookFr[key]), key).toEqual(holes(notebookEn[key]));
      expect(notebookFr[key].trim(), key).not.toBe("");
      if (!same.has(key)) expect(notebookFr[key], key).not.toBe(notebookEn[key]);
    }
  });
});

describe("NotebookView", () => {
  // Fluent UI renders slowly in jsdom: the whole walk takes seconds, more on a busy machine.
  it(
    "walks the audit from the library to the capacity, with undo, redo and saving",
    { timeout: 60_000 },
    async () => {
      const storage = new MemoryStorage();
      const services = fakeServices(storage);
      render(<NotebookView language="en" services={services} />);

      // Actions: the library's support stage, all at once.
      await screen.findByRole("region", { name: "Actions" });
      const actions = region("Actions");
      fireEvent.change(actions.getByLabelText("Library stage"), { target: { value: "support" } });
      fireEvent.click(actions.getByRole("button", { name: "Add all of this stage" }));
      const support = ACTION_LIBRARY.filter((action) => action.stage === "support");
      // The expected figures below are worked out by hand from these three actions and their suggested scores.
      expect(support.map((action) => [action.id, action.time, action.value])).toEqual([
        ["tickets", 5, 1],
        ["escalate", 3, 4],
        ["articles", 3, 3],
      ]);
      for (const action of support)
        expect(actions.getByRole("textbox", { name: `Label of '${action.label.en}'` })).toBeTruthy();
      const [tickets] = support;
      if (tickets === undefined) throw new Error("the library has no support action");

      // Scores: one action by the keyboard, the others from the library's suggestions.
      const scores = region("Scores");
      const time = scores.getByRole("radiogroup", { name: `Time for ${tickets.label.en}` });
      const firstTime = within(time).getByRole("radio", { name: "1" });
      firstTime.focus();
      fireEvent.keyDown(firstTime, { key: "5" });
      const value = scores.getByRole("radiogroup", { name: `Value for ${tickets.label.en}` });
      fireEvent.keyDown(within(value).getByRole("radio", { name: "3" }), { key: "1" });
      expect((within(time).getByRole("radio", { name: "5" }) as HTMLInputElement).checked).toBe(true);
      expect((within(value).getByRole("radio", { name: "1" }) as HTMLInputElement).checked).toBe(true);

      // Tickets: time 5 ÷ value 1 = 5.00, above 1: Automate. The two others are not scored yet.
      let decisions = region("Decisions");
      expect(decisions.getByText("Automate: 1")).toBeTruthy();
      expect(decisions.getByText("Not scored: 2")).toBeTruthy();
      const row = decisions.getByRole("row", { name: new RegExp(tickets.label.en) });
      expect(within(row).getByText("5.00")).toBeTruthy();
      expect(within(row).getByText("Automate")).toBeTruthy();

      fireEvent.click(
        scores.getByRole("button", { name: "Use the library's suggested scores for unscored actions" }),
      );
      // Escalate: 3 ÷ 4 = 0.75, below 1: Human. Articles: 3 ÷ 3 = 1: Arbitrate, and its value 3 is not high
      // (4 or 5), so the hint is to automate it if a simple tool fits.
      decisions = region("Decisions");
      expect(decisions.getByText("Human: 1")).toBeTruthy();
      expect(decisions.getByText("Arbitrate: 1")).toBeTruthy();
      expect(decisions.getByText("Automate: 1")).toBeTruthy();
      expect(decisions.getByText("Not scored: 0")).toBeTruthy();
      expect(
        decisions.getByText("Write help articles from recurring questions: Automate if a simple tool fits"),
      ).toBeTruthy();
      expect(
        decisions.getByRole("img", {
          name: /^Time\/value matrix of 3 scored action\(s\): 1 to automate, 1 to arbitrate, 1 to keep human\./,
        }),
      ).toBeTruthy();

      // Roadmap: drafted from the actions to automate, one solution validated with its costs and weeks.
      const roadmap = region("Roadmap");
      fireEvent.click(roadmap.getByRole("button", { name: "Draft from the actions to automate" }));
      const label = tickets.label.en;
      typeIn(roadmap.getByRole("textbox", { name: `Solution for '${label}'` }), "Help centre");
      typeIn(roadmap.getByRole("textbox", { name: `One-off cost for '${label}'` }), "6000");
      typeIn(roadmap.getByRole("textbox", { name: `Monthly cost for '${label}'` }), "250");
      typeIn(roadmap.getByRole("textbox", { name: `Weeks for '${label}'` }), "6");
      fireEvent.click(roadmap.getByRole("checkbox", { name: `Validated: '${label}'` }));
      expect(roadmap.getByText(`First-year cost: ${en.format(6000 + 12 * 250)}`)).toBeTruthy();
      expect(roadmap.getByRole("img", { name: /Timeline of 1 validated solution/ })).toBeTruthy();

      // Capacity: 200 accounts, 6 hours per account a year on tickets, all automated.
      const capacity = region("Capacity");
      typeIn(capacity.getByRole("textbox", { name: "Accounts" }), "200");
      typeIn(capacity.getByRole("textbox", { name: `Hours per account per year for '${label}'` }), "6");
      expect(capacity.getByText(`Hours freed per year: ${en.format(6 * 200)}`)).toBeTruthy();

      // Undo and redo, by the toolbar and by the keyboard.
      const toolbar = within(screen.getByRole("toolbar", { name: "Plan" }));
      fireEvent.click(toolbar.getByRole("button", { name: "Undo" }));
      expect(region("Capacity").getByText("Hours freed per year: 0")).toBeTruthy();
      fireEvent.keyDown(toolbar.getByRole("button", { name: "Redo" }), { key: "y", ctrlKey: true });
      expect(region("Capacity").getByText(`Hours freed per year: ${en.format(1200)}`)).toBeTruthy();
      fireEvent.keyDown(toolbar.getByRole("button", { name: "Redo" }), { key: "z", ctrlKey: true });
      expect(region("Capacity").getByText("Hours freed per year: 0")).toBeTruthy();
      fireEvent.click(toolbar.getByRole("button", { name: "Redo" }));

      // Saved a moment later, as a plan that reads back.
      await screen.findByText("Saved");
      const saved = readPlan(storage.getItem(KEY));
      if (saved.kind !== "ok") throw new Error(`the saved plan does not read back: ${saved.kind}`);
      const inputs = (kind: string) => saved.plan.cells.find((cell) => cell.kind === kind)?.inputs;
      expect(inputs("scores")?.[tickets.id]).toEqual({ time: 5, value: 1 });
      expect(inputs("capacity")).toMatchObject({ accounts: 200, hours: { [tickets.id]: 6 } });
      expect(inputs("roadmap")?.items).toMatchObject([
        {
          actionId: tickets.id,
          solution: "Help centre",
          oneOffCost: 6000,
          monthlyCost: 250,
          weeks: 6,
          validated: true,
        },
      ]);
    },
  );

  it("in Excel, writes to the workbook and says what came of it", async () => {
    const inExcel: NotebookServices = { ...fakeServices(new MemoryStorage()), host: "excel" };
    delete (inExcel as { exportXlsx?: unknown }).exportXlsx;
    render(<NotebookView language="en" services={inExcel} />);
    const toolbar = within(await screen.findByRole("toolbar", { name: "Plan" }));
    fireEvent.click(toolbar.getByRole("button", { name: "Write to workbook" }));
    expect(await screen.findByText("Wrote 5 tables.")).toBeTruthy();
    expect(toolbar.queryByRole("button", { name: "Export .xlsx" })).toBeNull();
  });

  it("standalone, offers the .xlsx export and no in-browser workbook to write to; reads actions from a table", async () => {
    const services = fakeServices(new MemoryStorage());
    render(<NotebookView language="en" services={services} />);
    const toolbar = within(await screen.findByRole("toolbar", { name: "Plan" }));
    expect(toolbar.queryByRole("button", { name: /Write to/ })).toBeNull();
    expect(screen.getByText(/Export .xlsx downloads the plan as an Excel workbook/)).toBeTruthy();

    fireEvent.click(toolbar.getByRole("button", { name: "Export .xlsx" }));
    expect(await screen.findByText("These charts could not be included: Timeline.")).toBeTruthy();

    const actions = region("Actions");
    fireEvent.click(actions.getByRole("button", { name: "Read actions from a workbook table" }));
    await actions.findByRole("combobox", { name: "Workbook table" });
    fireEvent.click(actions.getByRole("button", { name: "Read the actions of this table" }));
    expect(await actions.findByText("Row 3: no action label; the row is left out.")).toBeTruthy();
    expect(services.readActions).toHaveBeenCalledWith("Team actions");
    expect(actions.getByRole("textbox", { name: "Label of 'Log calls'" })).toBeTruthy();
    // The scores read with the actions came too; one undo takes back both.
    const time = region("Scores").getByRole("radiogroup", { name: "Time for Log calls" });
    expect((within(time).getByRole("radio", { name: "5" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toolbar.getByRole("button", { name: "Undo" }));
    expect(actions.queryByRole("textbox", { name: "Label of 'Log calls'" })).toBeNull();
    expect(region("Scores").queryByRole("radiogroup", { name: "Time for Log calls" })).toBeNull();
  });

  it("adds, names and removes a calculation, and imports a plan or says why not", async () => {
    render(<NotebookView language="en" services={fakeServices(new MemoryStorage())} />);
    const toolbar = within(await screen.findByRole("toolbar", { name: "Plan" }));
    fireEvent.click(toolbar.getByRole("button", { name: "Add a calculation cell" }));
    const added = within(await screen.findByRole("region", { name: "Calculation: result1" }));
    typeIn(added.getByRole("textbox", { name: "Name" }), "twice");
    const calculation = region("Calculation: twice");
    typeIn(calculation.getByRole("textbox", { name: "Expression" }), "actionCount * 2 + 1");
    expect(calculation.getByText("Result: 1")).toBeTruthy();
    fireEvent.click(calculation.getByRole("button", { name: "Remove the calculation 'twice'" }));
    expect(screen.queryByRole("region", { name: "Calculation: twice" })).toBeNull();

    const plan = planFromSnapshot(
      {
        cells: [
          {
            id: "actions",
            kind: "actions",
            inputs: { items: [{ id: "x", label: "Imported", stage: "support" }] },
          },
        ],
      },
      {},
    );
    const input = screen.getByLabelText("Plan file to import");
    fireEvent.change(input, { target: { files: [new File([exportPlan(plan)], "plan.json")] } });
    const dialog = within(
      await screen.findByRole("alertdialog", { name: "Replace the current plan with “plan.json”?" }),
    );
    expect(dialog.getByText("The imported plan has: 1 action, no roadmap solution.")).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Replace the plan" }));
    expect(await screen.findByText(/Plan imported/)).toBeTruthy();
    expect(region("Actions").getByRole("textbox", { name: "Label of 'Imported'" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Scores" })).toBeNull();
    const newer = new File(['{"format":"csm-kit.plan","version":9}'], "newer.json");
    fireEvent.change(input, { target: { files: [newer] } });
    expect(await screen.findByText(/newer CSM Kit \(plan version 9\)/)).toBeTruthy();
  });

  it("leaves Ctrl+Z to the browser in a field being typed in, and undoes the notebook elsewhere", async () => {
    render(<NotebookView language="en" services={fakeServices(new MemoryStorage())} />);
    await screen.findByRole("region", { name: "Actions" });
    fireEvent.click(
      region("Actions").getByRole("checkbox", { name: "Send the welcome email and access details" }),
    );
    const accounts = region("Capacity").getByRole("textbox", { name: "Accounts" });
    fireEvent.change(accounts, { target: { value: "12" } });
    fireEvent.keyDown(accounts, { key: "z", ctrlKey: true });
    expect(region("Actions").getByText("Your actions (1)")).toBeTruthy();
    fireEvent.keyDown(accounts, { key: "Enter" });
    expect(accounts.getAttribute("data-dirty")).toBeNull();
    fireEvent.keyDown(accounts, { key: "z", ctrlKey: true });
    expect((accounts as HTMLInputElement).value).toBe("");
    fireEvent.keyDown(accounts, { key: "z", ctrlKey: true });
    expect(region("Actions").getByText("Your actions (0)")).toBeTruthy();
    fireEvent.keyDown(accounts, { key: "Z", ctrlKey: true, shiftKey: true });
    expect(region("Actions").getByText("Your actions (1)")).toBeTruthy();
  });

  it("speaks French", async () => {
    render(<NotebookView language="fr" services={fakeServices(new MemoryStorage())} />);
    const toolbar = within(await screen.findByRole("toolbar", { name: "Plan" }));
    expect(toolbar.getByRole("button", { name: "Annuler" })).toBeTruthy();
    expect(toolbar.getByRole("button", { name: "Exporter le .xlsx" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Feuille de route" })).toBeTruthy();
    expect(screen.getByLabelText("Étape de la bibliothèque")).toBeTruthy();
  });

  it("leaves an unreadable stored plan untouched until it is kept aside", async () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, "{not json");
    // Every call the view makes to the store, in order.
    const calls: string[] = [];
    const services = fakeServices(storage);
    const { store } = services;
    render(
      <NotebookView
        language="en"
        services={{
          ...services,
          store: {
            load: () => store.load(),
            save: (plan) => (calls.push("save"), store.save(plan)),
            keepAside: (raw) => (calls.push("keepAside"), store.keepAside(raw)),
            letReplace: (raw) => (calls.push("letReplace"), store.letReplace(raw)),
            readReplaced: () => store.readReplaced(),
            writeReplaced: (text) => (calls.push("writeReplaced"), store.writeReplaced(text)),
          },
        }}
      />,
    );
    expect(await screen.findByText(/The plan saved here could not be read/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Actions" })).toBeNull();
    expect(storage.getItem(KEY)).toBe("{not json");

    fireEvent.click(screen.getByRole("button", { name: "Keep it aside and start a new plan" }));
    await screen.findByRole("region", { name: "Actions" });
    const aside = [...storage.items.keys()].find((key) => key.startsWith(`${KEY}.aside.`));
    expect(aside && storage.getItem(aside)).toBe("{not json");
    await waitFor(() => expect(readPlan(storage.getItem(KEY)).kind).toBe("ok"));

    // An edit of the new plan is saved after the save delay: any save the blocked view had scheduled, with
    // the same delay, would have come before it. Once it is saved, the view has called the store only to keep
    // the plan aside and then to save, and the storage was written to in that order only.
    fireEvent.click(
      region("Actions").getByRole("checkbox", { name: "Send the welcome email and access details" }),
    );
    await waitFor(() => {
      const saved = readPlan(storage.getItem(KEY));
      const items =
        saved.kind === "ok" ? saved.plan.cells.find((cell) => cell.kind === "actions") : undefined;
      expect(items?.inputs.items).toMatchObject([{ label: "Send the welcome email and access details" }]);
    });
    expect(calls).toEqual(["keepAside", "save", "save"]);
    expect(storage.written).toEqual([KEY, aside, KEY, KEY]);
  });
});
