// @vitest-environment jsdom
// The .xlsx export says when it changed texts so that the file opens (issue 17): the standalone host counts
// them through the real export, and the pane lists the count beside "Downloaded", in English and French.
import "../support/jsdom-pane";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { browserPlanStore } from "../../addin/plan-store";
import { createNotebook } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";
import { planCodec } from "../../notebook/plan/schema";
import { notebookHost } from "../../taskpane/app/notebook-host";
import { NotebookView, type NotebookServices } from "../../taskpane/features/notebook/notebook-view";
import { HOSTILE_LABELS_PLAN } from "../support/hostile-plan";

function storage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: items.set.bind(items) };
}

function services(textsChanged: number): NotebookServices {
  return {
    host: "memory",
    store: browserPlanStore(storage(), "csmkit.plan", planCodec),
    writeToWorkbook: vi.fn(() => Promise.resolve({ en: "Written.", fr: "Écrit." })),
    listTables: vi.fn(() => Promise.resolve([])),
    readActions: vi.fn(() => Promise.resolve({ items: [], scores: {}, problems: [] })),
    readPortfolio: vi.fn(() => Promise.resolve({ headers: [], rows: [], problems: [] })),
    exportXlsx: vi.fn(() =>
      Promise.resolve({ bytes: new Uint8Array([80, 75]), chartsLeftOut: [], textsChanged }),
    ),
    today: () => "2026-11-23",
  };
}

describe("texts changed by the .xlsx export", () => {
  it("are counted by the standalone host: a label holding U+FFFF and one holding NUL", async () => {
    const notebook = createNotebook(notebookKinds);
    notebook.restore(HOSTILE_LABELS_PLAN);
    const host = notebookHost(new MemoryWorkbook(), storage());
    const exported = await host.exportXlsx?.(notebook, "en");
    // Each label is written once, in the audit table.
    expect(exported?.textsChanged).toBe(2);
  });

  it.each([
    ["en", "Export .xlsx", "Texts changed so that the file opens: 2."],
    ["fr", "Exporter le .xlsx", "Textes modifiés pour que le fichier s'ouvre : 2."],
  ] as const)("are listed by the pane (%s)", async (language, button, message) => {
    URL.createObjectURL = vi.fn(() => "blob:plan");
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(<NotebookView language={language} services={services(2)} />);
    fireEvent.click(await screen.findByRole("button", { name: button }));
    expect(await screen.findByText((text) => text.startsWith(message))).toBeTruthy();
  });

  it("are not mentioned when there are none", async () => {
    URL.createObjectURL = vi.fn(() => "blob:plan");
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(<NotebookView language="en" services={services(0)} />);
    fireEvent.click(await screen.findByRole("button", { name: "Export .xlsx" }));
    expect(await screen.findByText("Downloaded csm-kit-plan.xlsx.")).toBeTruthy();
    expect(screen.queryByText((text) => text.startsWith("Texts changed"))).toBeNull();
  });
});
