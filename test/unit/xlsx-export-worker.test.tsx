// @vitest-environment jsdom
// The standalone .xlsx export off the pane's thread (issue 17; taskpane/app/xlsx-export-run.ts): the host sends
// the workbook's contents to a worker, which writes the file and moves its bytes back; where there is no
// worker (jsdom), where it cannot start, or where the contents cannot be sent, the page writes the file; a
// worker that fails once started gives its reason and the plan stays as it was. jsdom has no Worker: a fake
// one stands in for it, driven by the test; the real worker is walked in Chromium by
// test/e2e/large-plan.e2e.mjs.
import "../support/jsdom-pane";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { createNotebook } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";
import { exportPlan, type Plan } from "../../notebook/plan/schema";
import { notebookHost } from "../../taskpane/app/notebook-host";
import { ownBuffer, type ExportMessage, type ExportRequest } from "../../taskpane/app/xlsx-export-run";
import { NotebookView } from "../../taskpane/features/notebook/notebook-view";
import { HOSTILE_LABELS_PLAN } from "../support/hostile-plan";

/** A worker the test drives: it records what it was sent and whether it was terminated. */
class FakeWorker {
  static made: FakeWorker[] = [];
  /** When set, `postMessage` throws it, as a browser does with what it cannot copy. */
  static refuse: Error | undefined;
  onmessage: ((event: MessageEvent<ExportMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: ExportRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: ExportRequest) {
    if (FakeWorker.refuse) throw FakeWorker.refuse;
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** What the worker would send back. */
  say(message: ExportMessage) {
    this.onmessage?.({ data: message } as MessageEvent<ExportMessage>);
  }
}

const makeFake = () => new FakeWorker() as unknown as Worker;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeWorker.made = [];
  FakeWorker.refuse = undefined;
});

function storage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: items.set.bind(items) };
}

function hostilePlan() {
  const notebook = createNotebook(notebookKinds);
  notebook.restore(HOSTILE_LABELS_PLAN);
  return notebook;
}

/** An .xlsx is a zip: its first bytes are the local file header's signature, "PK\x03\x04". */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const signature = (bytes: Uint8Array | ArrayBuffer) => [...new Uint8Array(bytes).slice(0, 4)];

/** Lets the host's awaits (writing the plan into the workbook) run until the worker has been sent the job. */
async function sentTo(): Promise<FakeWorker> {
  for (let i = 0; i < 100 && FakeWorker.made[0]?.sent.length !== 1; i++)
    await new Promise((resolve) => setTimeout(resolve, 0));
  const worker = FakeWorker.made[0];
  if (worker === undefined) throw new Error("no worker was made");
  return worker;
}

describe("the .xlsx export off the pane's thread", () => {
  it("sends the workbook's contents to the worker, as data a browser can copy, and gives back its file", async () => {
    const host = notebookHost(new MemoryWorkbook(), storage(), undefined, makeFake);
    const exported = host.exportXlsx?.(hostilePlan(), "en");
    const worker = await sentTo();
    const request = worker.sent[0];
    expect(request?.options.title).toBe("CSM Kit plan");
    // The plan's three actions are written in the audit table, whose rows go to the worker.
    const labels = JSON.stringify(request?.contents);
    expect(labels).toContain("Calls \uFFFF");
    expect(labels).toContain("Fine");
    // What structured cloning (postMessage) gives is the same data: no functions, no class instances.
    expect(structuredClone(request)).toEqual(request);
    worker.say({ type: "started" });
    const chart = { sheet: "Plan", table: "Actions", name: "Matrix", title: "Time and value" };
    worker.say({
      type: "done",
      result: { bytes: new Uint8Array([80, 75, 3, 4]), chartsLeftOut: [chart], textsChanged: 2 },
    });
    const result = await exported;
    expect(signature(result?.bytes ?? new Uint8Array())).toEqual(ZIP_SIGNATURE);
    expect(result?.chartsLeftOut).toEqual(["Matrix"]);
    expect(result?.textsChanged).toBe(2);
    expect(worker.terminated).toBe(true);
  });

  it("writes the file on the page where there is no worker", async () => {
    const host = notebookHost(new MemoryWorkbook(), storage(), undefined, () => undefined);
    const result = await host.exportXlsx?.(hostilePlan(), "en");
    expect(signature(result?.bytes ?? new Uint8Array())).toEqual(ZIP_SIGNATURE);
    // "Calls \uFFFF" and "Notes \u0000", each written once in the audit table (test/support/hostile-plan.ts).
    expect(result?.textsChanged).toBe(2);
  });

  it("writes the file on the page when the worker cannot start", async () => {
    const host = notebookHost(new MemoryWorkbook(), storage(), undefined, makeFake);
    const exported = host.exportXlsx?.(hostilePlan(), "en");
    const worker = await sentTo();
    worker.onerror?.({ message: "", preventDefault: () => {} } as ErrorEvent);
    const result = await exported;
    expect(signature(result?.bytes ?? new Uint8Array())).toEqual(ZIP_SIGNATURE);
    expect(result?.textsChanged).toBe(2);
    expect(worker.terminated).toBe(true);
  });

  it("writes the file on the page when the contents cannot be sent", async () => {
    FakeWorker.refuse = new DOMException("could not be cloned", "DataCloneError");
    const host = notebookHost(new MemoryWorkbook(), storage(), undefined, makeFake);
    const result = await host.exportXlsx?.(hostilePlan(), "en");
    expect(signature(result?.bytes ?? new Uint8Array())).toEqual(ZIP_SIGNATURE);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it("gives the file's bytes a buffer of their own, so that the whole buffer can be moved", () => {
    const buffer = new Uint8Array([9, 80, 75, 3, 4, 9]).buffer;
    const moved = ownBuffer(new Uint8Array(buffer, 1, 4));
    expect([...moved]).toEqual([80, 75, 3, 4]);
    expect(moved.buffer.byteLength).toBe(4);
    const alone = new Uint8Array([1, 2]);
    expect(ownBuffer(alone)).toBe(alone);
  });
});

describe("the export worker", () => {
  it("writes the file it is sent and moves its bytes back, said started first", async () => {
    const posted: { message: ExportMessage; transfer?: Transferable[] }[] = [];
    const scope: { onmessage: ((event: { data: ExportRequest }) => void) | null; postMessage: unknown } = {
      onmessage: null,
      postMessage: (message: ExportMessage, transfer?: Transferable[]) => posted.push({ message, transfer }),
    };
    vi.stubGlobal("self", scope);
    await import("../../taskpane/app/export.worker");
    const contents = {
      sheets: [{ name: "Notes", tables: [], cells: [{ row: 0, column: 0, value: "Hello" }] }],
      names: [],
    };
    scope.onmessage?.({ data: { contents, options: { title: "T" } } });
    for (let i = 0; i < 200 && posted.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(posted[0]?.message).toEqual({ type: "started" });
    const done = posted[1];
    if (done?.message.type !== "done") throw new Error(JSON.stringify(done?.message));
    expect(signature(done.message.result.bytes)).toEqual(ZIP_SIGNATURE);
    expect(done.message.result.textsChanged).toBe(0);
    // The bytes' buffer is in the transfer list: moved to the page, not copied.
    expect(done.transfer).toEqual([done.message.result.bytes.buffer]);
  });
});

const STORED: Plan = {
  format: "csm-kit.plan",
  version: 1,
  metadata: {},
  cells: [{ id: "c1", kind: "calculation", inputs: { name: "kept", expression: "1" }, order: 0 }],
};

describe("a worker that fails in the pane", () => {
  it.each([
    ["en", "Export .xlsx", "The .xlsx could not be made: Out of memory"],
    ["fr", "Exporter le .xlsx", "Le .xlsx n'a pas pu être créé : Out of memory"],
  ] as const)("gives its reason and loses nothing (%s)", async (language, button, message) => {
    vi.stubGlobal("Worker", FakeWorker);
    const store = storage();
    store.setItem("csmkit.plan", exportPlan(STORED));
    const download = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(<NotebookView language={language} services={notebookHost(new MemoryWorkbook(), store)} />);
    fireEvent.click(await screen.findByRole("button", { name: button }));
    const worker = await sentTo();
    act(() => worker.say({ type: "started" }));
    act(() => worker.say({ type: "failed", message: "Out of memory" }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(download).not.toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
    // The plan is as it was, in the pane and in the storage, and the export can be tried again.
    expect(screen.getByDisplayValue("kept")).toBeTruthy();
    expect(JSON.parse(store.getItem("csmkit.plan") ?? "null")?.cells[0]?.inputs.name).toBe("kept");
    expect(screen.getByRole("button", { name: button }).getAttribute("aria-disabled")).not.toBe("true");
  });
});

describe("an export cancelled in the pane", () => {
  it.each([
    ["en", "Export .xlsx", "Cancel the export", "Export cancelled: nothing was downloaded."],
    ["fr", "Exporter le .xlsx", "Annuler l'export", "Export annulé : rien n'a été téléchargé."],
  ] as const)(
    "stops the worker, downloads nothing and can be run again (%s)",
    async (language, button, cancel, message) => {
      vi.stubGlobal("Worker", FakeWorker);
      const store = storage();
      store.setItem("csmkit.plan", exportPlan(STORED));
      const download = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
      render(<NotebookView language={language} services={notebookHost(new MemoryWorkbook(), store)} />);
      // No Cancel before an export is under way.
      await screen.findByRole("button", { name: button });
      expect(screen.queryByRole("button", { name: cancel })).toBeNull();
      fireEvent.click(screen.getByRole("button", { name: button }));
      const worker = await sentTo();
      act(() => worker.say({ type: "started" }));
      fireEvent.click(await screen.findByRole("button", { name: cancel }));
      expect(await screen.findByText(message)).toBeTruthy();
      expect(worker.terminated).toBe(true);
      // A file the worker would still send is not downloaded: the export is over.
      act(() =>
        worker.say({
          type: "done",
          result: { bytes: new Uint8Array([80, 75, 3, 4]), chartsLeftOut: [], textsChanged: 0 },
        }),
      );
      expect(download).not.toHaveBeenCalled();
      expect(screen.queryByRole("button", { name: cancel })).toBeNull();
      expect(screen.getByRole("button", { name: button }).getAttribute("aria-disabled")).not.toBe("true");
      expect(JSON.parse(store.getItem("csmkit.plan") ?? "null")?.cells[0]?.inputs.name).toBe("kept");
    },
  );

  it("rejects at once when cancelled before it starts, with no worker made", async () => {
    const controller = new AbortController();
    controller.abort();
    const { exportOffPage } = await import("../../taskpane/app/xlsx-export-run");
    await expect(
      exportOffPage(
        { contents: new MemoryWorkbook().contents(), options: { title: "t" } },
        makeFake,
        controller.signal,
      ),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(FakeWorker.made).toEqual([]);
  });
});
