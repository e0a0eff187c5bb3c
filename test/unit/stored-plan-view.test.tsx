// @vitest-environment jsdom
// No plan stranded: whatever the store holds (unreadable, nested too deep, too large to keep aside, from a
// newer version) the notebook offers to keep it aside, to download it exactly as stored, and — once it is
// downloaded — to start afresh; nothing throws. And when the storage is full, the pane says the plan is not
// saved and offers it as a file, edits included; the next save, once there is room, stores them.
import "../support/jsdom-pane";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browserPlanStore, type PlanStore } from "../../addin/plan-store";
import { NotebookView, type NotebookServices } from "../../taskpane/features/notebook/notebook-view";
import { planCodec, readPlan, type Plan } from "../../notebook/plan/schema";

const KEY = "csmkit.plan";

/** The browser's storage in memory; `room`: the longest text it takes, like a quota. */
class QuotaStorage {
  readonly items = new Map<string, string>();
  room = Infinity;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (value.length > this.room)
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, value);
  }
}

const services = (store: PlanStore<Plan>): NotebookServices => ({
  host: "memory",
  store,
  writeToWorkbook: vi.fn(),
  listTables: vi.fn(() => Promise.resolve([])),
  readActions: vi.fn(),
  readPortfolio: vi.fn(),
  today: () => "2026-11-23",
});

/** What was offered as downloads: each Blob's text and the file name, in order. */
let downloads: { text: Promise<string>; file: string }[] = [];

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

beforeEach(() => {
  downloads = [];
  let pending: Blob | undefined;
  URL.createObjectURL = vi.fn((blob: Blob) => ((pending = blob), "blob:stored"));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (pending !== undefined) downloads.push({ text: blobText(pending), file: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const button = (name: string) => screen.getByRole("button", { name });

/** A JSON text nested `levels` arrays deep. */
const nested = (levels: number) =>
  `{"format":"csm-kit.plan","version":1,"cells":${"[".repeat(levels)}${"]".repeat(levels)}}`;

describe("the blocked view", () => {
  it.each([
    ["unreadable", "{not json", /could not be read/],
    ["nested 5,000 levels deep", nested(5000), /more than 64 levels deep/],
    ["from a newer version", '{"format":"csm-kit.plan","version":7,"pages":[]}', /newer/i],
  ])("offers a plan %s as the exact text stored, then a fresh start", async (_, raw, message) => {
    const storage = new QuotaStorage();
    storage.items.set(KEY, raw);
    render(<NotebookView language="en" services={services(browserPlanStore(storage, KEY, planCodec))} />);
    expect(await screen.findByText(message)).toBeTruthy();
    // Starting afresh replaces the stored plan: it waits for the download.
    expect(button("Start afresh").hasAttribute("disabled")).toBe(true);
    fireEvent.click(button("Download the stored plan"));
    expect(downloads.map((d) => d.file)).toEqual(["csm-kit-stored-plan.json"]);
    expect(await downloads[0]?.text).toBe(raw);
    expect(storage.getItem(KEY)).toBe(raw);

    fireEvent.click(button("Start afresh"));
    await screen.findByRole("region", { name: "Actions" });
    expect(screen.getByText(/you downloaded it as “csm-kit-stored-plan.json”/)).toBeTruthy();
    await waitFor(() => expect(readPlan(storage.getItem(KEY)).kind).toBe("ok"));
  });

  it("downloads a stored plan too large to keep aside, in French too, and changes nothing when keeping fails", async () => {
    const storage = new QuotaStorage();
    const raw = `{"format":"csm-kit.plan","version":1,"cells":[${'"x",'.repeat(200_000)}`;
    storage.items.set(KEY, raw);
    storage.room = raw.length - 1;
    render(<NotebookView language="fr" services={services(browserPlanStore(storage, KEY, planCodec))} />);
    expect(await screen.findByText(/Le plan enregistré ici est illisible/)).toBeTruthy();
    fireEvent.click(button("Le mettre de côté et commencer un nouveau plan"));
    expect(await screen.findByText(/n'a pas pu être mis de côté/)).toBeTruthy();
    expect([...storage.items.keys()]).toEqual([KEY]);

    fireEvent.click(button("Télécharger le plan enregistré"));
    expect(await downloads[0]?.text).toBe(raw);
    expect(button("Repartir de zéro").hasAttribute("disabled")).toBe(false);
    expect(storage.getItem(KEY)).toBe(raw);
  });

  it("says so when the browser refuses the download, and leaves a fresh start closed", async () => {
    const storage = new QuotaStorage();
    storage.items.set(KEY, "{not json");
    URL.createObjectURL = vi.fn(() => {
      throw new Error("Blocked by the browser");
    });
    render(<NotebookView language="en" services={services(browserPlanStore(storage, KEY, planCodec))} />);
    fireEvent.click(await screen.findByRole("button", { name: "Download the stored plan" }));
    expect(screen.getByText("The download failed: Blocked by the browser")).toBeTruthy();
    expect(button("Start afresh").hasAttribute("disabled")).toBe(true);
  });
});

describe("a save the storage refuses", () => {
  it("says the plan is not saved, offers it with the edit as a file, and saves it once there is room", async () => {
    const storage = new QuotaStorage();
    render(<NotebookView language="en" services={services(browserPlanStore(storage, KEY, planCodec))} />);
    const actions = within(await screen.findByRole("region", { name: "Actions" }));
    const labelsIn = (text: string | null) => {
      const saved = readPlan(text);
      const items = saved.kind === "ok" ? saved.plan.cells.find((c) => c.kind === "actions") : undefined;
      return (items?.inputs.items as { label: string }[] | undefined)?.map((item) => item.label).sort();
    };
    fireEvent.click(actions.getByRole("checkbox", { name: "Configure the account and integrations" }));
    await waitFor(() =>
      expect(labelsIn(storage.getItem(KEY))).toEqual(["Configure the account and integrations"]),
    );
    const before = storage.getItem(KEY);
    storage.room = 0;
    fireEvent.click(actions.getByRole("checkbox", { name: "Send the welcome email and access details" }));
    const alert = await screen.findByText(/Not saved: The plan could not be stored \(QuotaExceededError/);
    expect(storage.getItem(KEY)).toBe(before);

    fireEvent.click(
      within(alert.closest("[role=alert]") as HTMLElement).getByRole("button", { name: "Download the plan" }),
    );
    expect(downloads.map((d) => d.file)).toEqual(["csm-kit-plan.json"]);
    expect(labelsIn(await (downloads[0]?.text ?? Promise.resolve("")))).toEqual([
      "Configure the account and integrations",
      "Send the welcome email and access details",
    ]);

    // Room again: the next edit's save stores all three edits.
    storage.room = Infinity;
    fireEvent.click(
      actions.getByRole("checkbox", { name: "Collect onboarding data (users, settings, imports)" }),
    );
    await waitFor(() =>
      expect(labelsIn(storage.getItem(KEY))).toEqual([
        "Collect onboarding data (users, settings, imports)",
        "Configure the account and integrations",
        "Send the welcome email and access details",
      ]),
    );
  });
});
