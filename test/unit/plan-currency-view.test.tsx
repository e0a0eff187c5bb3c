// @vitest-environment jsdom
// The plan's currency in the pane: chosen once for the plan (euros for a new French plan, dollars for an
// English one), shown beside the amounts the pane asks for, saved with the plan and handed to the export.
import "../support/jsdom-pane";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { browserPlanStore } from "../../addin/plan-store";
import { planCodec, readPlan } from "../../notebook/plan/schema";
import { NotebookView, type NotebookServices } from "../../taskpane/features/notebook/notebook-view";

const KEY = "csmkit.plan";

function services(): { services: NotebookServices; saved: () => unknown } {
  const items = new Map<string, string>();
  const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: items.set.bind(items) };
  return {
    services: {
      host: "memory",
      store: browserPlanStore(storage, KEY, planCodec),
      writeToWorkbook: vi.fn(() => Promise.resolve({ en: "Written.", fr: "Écrit." })),
      listTables: vi.fn(() => Promise.resolve([])),
      readActions: vi.fn(() => Promise.resolve({ items: [], scores: {}, problems: [] })),
      readPortfolio: vi.fn(() => Promise.resolve({ headers: [], rows: [], problems: [] })),
      exportXlsx: vi.fn(() => Promise.resolve({ bytes: new Uint8Array([80, 75]), chartsLeftOut: [] })),
      today: () => "2026-11-23",
    },
    saved: () => {
      const read = readPlan(items.get(KEY) ?? "");
      return read.kind === "ok" ? read.plan.metadata.currency : undefined;
    },
  };
}

describe("the plan's currency in the pane", () => {
  it("starts a French plan in euros, shown beside the loaded cost", async () => {
    render(<NotebookView language="fr" services={services().services} />);
    const select = await screen.findByRole("combobox", { name: "Devise des montants" });
    expect((select as HTMLSelectElement).value).toBe("EUR");
    expect(screen.getByRole("textbox", { name: "Coût chargé par CSM et par an (€)" })).toBeTruthy();
  });

  it("starts an English plan in dollars; another currency chosen is shown, saved with the plan and exported", async () => {
    URL.createObjectURL = vi.fn(() => "blob:plan");
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { services: host, saved } = services();
    render(<NotebookView language="en" services={host} />);
    const select = await screen.findByRole("combobox", { name: "Currency of the amounts" });
    expect((select as HTMLSelectElement).value).toBe("USD");
    expect(screen.getByRole("textbox", { name: "Loaded cost per CSM per year ($)" })).toBeTruthy();

    fireEvent.change(select, { target: { value: "GBP" } });
    await waitFor(() => expect(saved()).toBe("GBP"));
    expect(await screen.findByRole("textbox", { name: "Loaded cost per CSM per year (£)" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Export .xlsx" }));
    await waitFor(() => expect(host.exportXlsx).toHaveBeenCalled());
    expect(vi.mocked(host.exportXlsx ?? vi.fn()).mock.calls[0]?.[2]).toBe("GBP");
  });
});
