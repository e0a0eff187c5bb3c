// @vitest-environment jsdom
// Reading a picked file off the pane's thread (issue 17; taskpane/features/notebook/file-parse.ts): the parse
// runs in a worker that reports progress, Cancel terminates it and changes nothing, and where there is no
// worker (jsdom) or it cannot start, the same parse runs on the page. jsdom has no Worker: a fake one stands in
// for it here, driven by the test; the real worker is walked in Chromium by test/e2e/reliability.e2e.mjs.
import "../support/jsdom-pane";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { browserPlanStore } from "../../addin/plan-store";
import { exportPlan, planCodec, type Plan } from "../../notebook/plan/schema";
import { startParse } from "../../taskpane/features/notebook/file-parse";
import type { ParseMessage } from "../../taskpane/features/notebook/parse-run";
import { NotebookView, type NotebookServices } from "../../taskpane/features/notebook/notebook-view";

/** A worker the test drives: it records what it was sent and whether it was terminated. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ParseMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** What the worker would send back. */
  say(message: ParseMessage) {
    this.onmessage?.({ data: message } as MessageEvent<ParseMessage>);
  }
}

const fake = () => {
  const worker = new FakeWorker();
  return { worker, make: () => worker as unknown as Worker };
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

const CSV = "Account;ARR\nAcme;10\nBeta;20\n";
const READ = {
  sheets: [
    {
      name: "a.csv",
      headers: ["Account", "ARR"],
      rows: [
        ["Acme", 10],
        ["Beta", 20],
      ],
    },
  ],
};

describe("a parse off the pane's thread", () => {
  it("reads on the page where there is no worker, with the same readers", async () => {
    const job = startParse(
      { kind: "table", name: "a.csv", file: new Blob([CSV]) },
      () => {},
      () => undefined,
    );
    expect(await job.done).toEqual({ status: "done", result: { ...READ, problems: [] } });
  });

  it("sends the file to the worker and gives its progress, then its result", async () => {
    const { worker, make } = fake();
    const file = new Blob([CSV]);
    const progress = vi.fn();
    const job = startParse({ kind: "table", name: "a.csv", file }, progress, make);
    expect(worker.sent).toEqual([{ kind: "table", name: "a.csv", file }]);
    worker.say({ type: "progress", progress: { fraction: 0.5, rows: 1 } });
    worker.say({ type: "done", result: { ...READ, problems: [] } });
    expect(await job.done).toEqual({ status: "done", result: { ...READ, problems: [] } });
    expect(progress).toHaveBeenCalledWith({ fraction: 0.5, rows: 1 });
    expect(worker.terminated).toBe(true);
  });

  it("cancels by terminating the worker, and ignores what it would still have said", async () => {
    const { worker, make } = fake();
    const progress = vi.fn();
    const job = startParse({ kind: "table", name: "a.csv", file: new Blob([CSV]) }, progress, make);
    job.cancel();
    worker.say({ type: "progress", progress: { fraction: 0.9, rows: 5 } });
    worker.say({ type: "done", result: { ...READ, problems: [] } });
    expect(await job.done).toEqual({ status: "cancelled" });
    expect(worker.terminated).toBe(true);
    expect(progress).not.toHaveBeenCalled();
  });

  it("reads on the page when the worker cannot start", async () => {
    const { worker, make } = fake();
    const job = startParse({ kind: "table", name: "a.csv", file: new Blob([CSV]) }, () => {}, make);
    worker.onerror?.({ message: "", preventDefault: () => {} } as ErrorEvent);
    expect(await job.done).toEqual({ status: "done", result: { ...READ, problems: [] } });
  });

  it("says why when the worker fails after it started", async () => {
    const { worker, make } = fake();
    const job = startParse({ kind: "plan", name: "p.json", file: new Blob(["{}"]) }, () => {}, make);
    worker.say({ type: "progress", progress: { fraction: 0, rows: 0 } });
    worker.say({ type: "failed", message: "Out of memory" });
    await expect(job.done).rejects.toThrow("Out of memory");
  });
});

function services(): NotebookServices {
  const items = new Map<string, string>();
  const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: items.set.bind(items) };
  return {
    host: "memory",
    store: browserPlanStore(storage, "csmkit.plan", planCodec),
    writeToWorkbook: vi.fn(() => Promise.resolve({ en: "Written.", fr: "Écrit." })),
    listTables: vi.fn(() => Promise.resolve([])),
    readActions: vi.fn(() => Promise.resolve({ items: [], scores: {}, problems: [] })),
    readPortfolio: vi.fn(() => Promise.resolve({ headers: [], rows: [], problems: [] })),
    today: () => "2026-11-23",
  };
}

const INCOMING: Plan = {
  format: "csm-kit.plan",
  version: 1,
  metadata: {},
  cells: [{ id: "c1", kind: "calculation", inputs: { name: "imported", expression: "1" }, order: 0 }],
};

describe("the plan import in the pane", () => {
  it.each([
    [
      "en",
      "Reading “plan.json”… 45 % read, 1,200 rows",
      "Cancel the import",
      "Import cancelled: nothing was changed.",
    ],
    [
      "fr",
      "Lecture de « plan.json »… 45 % lu, 1 200 lignes",
      "Annuler l'import",
      "Import annulé : rien n'a été modifié.",
    ],
  ] as const)(
    "shows the progress, and Cancel leaves the plan as it was (%s)",
    async (language, reading, cancel, cancelled) => {
      vi.stubGlobal("Worker", FakeWorker);
      render(<NotebookView language={language} services={services()} />);
      const input = await screen.findByLabelText(
        language === "en" ? "Plan file to import" : "Fichier de plan à importer",
      );
      fireEvent.change(input, { target: { files: [new File([exportPlan(INCOMING)], "plan.json")] } });
      const worker = FakeWorker.made[0];
      expect(worker).toBeDefined();
      act(() => worker?.say({ type: "progress", progress: { fraction: 0.45, rows: 1200 } }));
      // Spaces as Intl writes them in French (narrow no-break) read as spaces.
      const spaced = (text: string | null) => (text ?? "").replace(/\s+/gu, " ");
      const shown = await screen.findByText(
        (_, element) => element?.tagName === "SPAN" && spaced(element.textContent) === reading,
      );
      const status = shown.closest("[role=status]") as HTMLElement;
      expect(within(status).getByRole("progressbar")).toBeTruthy();
      fireEvent.click(within(status).getByRole("button", { name: cancel }));
      expect(await screen.findByText(cancelled)).toBeTruthy();
      expect(worker?.terminated).toBe(true);
      // What the worker would still have said changes nothing: no replace dialog, the plan's cells stay.
      act(() => worker?.say({ type: "done", result: { kind: "ok", plan: INCOMING } }));
      expect(screen.queryByRole("dialog")).toBeNull();
      expect(screen.queryByRole("button", { name: cancel })).toBeNull();
    },
  );
});
