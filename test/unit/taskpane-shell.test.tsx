// @vitest-environment jsdom
import "../support/jsdom-pane";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../taskpane/app/app";
import type { InsertOutcome, TemplateFile, TemplateTarget } from "../../addin/template-insertion";
import { catalogueFrom, type CatalogueEntry } from "../../taskpane/features/functions/catalogue";
import { templateFilesFrom } from "../../taskpane/features/templates/template-list";

// The catalogue the pane shows is read from the same kind of metadata Excel reads: a hand-written sample here.
const SAMPLE = {
  functions: [
    {
      id: "NPS",
      name: "NPS",
      description: "Net Promoter Score",
      parameters: [{ name: "scores", description: "answers", type: "any", dimensionality: "matrix" }],
    },
    {
      id: "CHURN",
      name: "CHURN",
      description: "Churn rate",
      parameters: [
        { name: "start_mrr", type: "any" },
        { name: "end_mrr", type: "any" },
        { name: "basis", type: "any", optional: true },
      ],
    },
  ],
};

// Two entries of a templates index, as `npm run templates` writes it.
const TEMPLATE_FILES: TemplateFile[] = templateFilesFrom([
  {
    name: "kpi",
    language: "en",
    file: "kpi.en.xlsx",
    title: "Customer Success KPIs",
    sheets: ["Dashboard", "Customers"],
    tables: ["Customers"],
    names: ["MRR"],
  },
  {
    name: "kpi",
    language: "fr",
    file: "kpi.fr.xlsx",
    title: "Indicateurs du Customer Success",
    sheets: ["Tableau de bord", "Clients"],
    tables: ["Customers"],
    names: ["MRR"],
  },
]);

function renderApp(overrides: Partial<Parameters<typeof App>[0]> = {}) {
  const onLanguageChange = vi.fn();
  const loadCatalogue = vi.fn(() => Promise.resolve(catalogueFrom(SAMPLE)));
  const props = {
    connection: { kind: "standalone", reason: "no-office-host" } as const,
    language: "en" as const,
    onLanguageChange,
    loadCatalogue,
    templateTarget: undefined,
    loadTemplateFiles: () => Promise.resolve(TEMPLATE_FILES),
    loadTemplateBytes: () => Promise.resolve(new Uint8Array([1, 2, 3])),
    ...overrides,
  };
  const view = render(<App {...props} />);
  return { ...view, props, onLanguageChange, loadCatalogue };
}

describe("catalogueFrom", () => {
  it("writes each function's syntax with optional arguments in brackets", () => {
    expect(catalogueFrom(SAMPLE).map((entry) => entry.syntax)).toEqual([
      "CSM.NPS(scores)",
      "CSM.CHURN(start_mrr, end_mrr, [basis])",
    ]);
  });

  it("refuses a file that is not custom-functions metadata with a readable error", () => {
    expect(() => catalogueFrom({ hello: "world" })).toThrow(
      "functions.json is not custom-functions metadata",
    );
  });
});

describe("the shell", () => {
  it("says it is looking for Excel until the connection is known", () => {
    renderApp({ connection: undefined });
    expect(screen.getByText("Looking for Excel…")).toBeTruthy();
  });

  it("says when Office could not be reached", () => {
    renderApp({ connection: { kind: "standalone", reason: "office-unreachable" } });
    expect(screen.getByText(/Office could not be reached/)).toBeTruthy();
  });

  it("shows only the views that work, and moves between them", async () => {
    renderApp();
    const nav = within(screen.getByRole("navigation", { name: "Views" }));
    expect(nav.getAllByRole("tab")).toEqual([
      nav.getByRole("tab", { name: "Home" }),
      nav.getByRole("tab", { name: "Scaling plan" }),
      nav.getByRole("tab", { name: "Functions" }),
      nav.getByRole("tab", { name: "Templates" }),
    ]);
    expect(screen.getByRole("heading", { name: "Welcome to CSM Kit" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    expect(await screen.findByText("=CSM.CHURN(start_mrr, end_mrr, [basis])")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Welcome to CSM Kit" })).toBeNull();
  });

  it("asks for the other language when its button is pressed, and renders in French when told", () => {
    const { onLanguageChange, rerender, props } = renderApp();
    fireEvent.click(
      within(screen.getByRole("group", { name: "Language" })).getByRole("button", { name: "FR" }),
    );
    expect(onLanguageChange).toHaveBeenCalledWith("fr");
    rerender(<App {...props} language="fr" />);
    expect(screen.getByRole("heading", { name: "Bienvenue dans CSM Kit" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "FR" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("reports a function list that cannot be loaded instead of an empty view", async () => {
    renderApp({ loadCatalogue: () => Promise.reject(new Error("HTTP 404")) });
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    expect(await screen.findByText("The function list could not be loaded: HTTP 404")).toBeTruthy();
  });
});

describe("Try =CSM.NPS", () => {
  function typeAnswers(text: string) {
    fireEvent.change(screen.getByLabelText("Survey answers (0–10), one per line or separated by commas"), {
      target: { value: text },
    });
  }

  it("computes Delighted's worked example: 10 promoters, 5 passives, 5 detractors give 25", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    await screen.findByText("=CSM.NPS(scores)");
    typeAnswers("10 10 10 10 10 9 9 9 9 9 8 8 7 7 7 0 2 4 6 5");
    expect(screen.getByLabelText("NPS").textContent).toBe("NPS 25");
    expect(screen.getByText("Promoters (9–10): 10")).toBeTruthy();
    expect(screen.getByText("Passives (7–8): 5")).toBeTruthy();
    expect(screen.getByText("Detractors (0–6): 5")).toBeTruthy();
  });

  it("shows the Excel error and its message for text and for out-of-scale answers", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    // The function list loads beside the trial: wait for it, so that no update comes after the test.
    await screen.findByText("=CSM.NPS(scores)");
    typeAnswers("10, 9, maybe");
    const status = screen.getByRole("status");
    expect(status.textContent).toContain("#VALUE!");
    expect(status.textContent).toContain('"maybe"');
    typeAnswers("10 11");
    expect(screen.getByRole("status").textContent).toContain("#NUM!");
  });

  it("writes the score with a French decimal comma in French", async () => {
    const entries: CatalogueEntry[] = [];
    renderApp({ language: "fr", loadCatalogue: () => Promise.resolve(entries) });
    fireEvent.click(screen.getByRole("tab", { name: "Fonctions" }));
    // The (empty) function list loads beside the trial: wait for it, so that no update comes after the test.
    expect(screen.getByText("Chargement de la liste des fonctions…")).toBeTruthy();
    await waitFor(() => expect(screen.queryByText("Chargement de la liste des fonctions…")).toBeNull());
    fireEvent.change(screen.getByLabelText(/Réponses à l'enquête/), { target: { value: "10 10 0" } });
    // (2 − 1) / 3 × 100 = 33.33… → "33,3"
    expect(screen.getByLabelText("NPS").textContent).toBe("NPS 33,3");
  });
});

describe("Templates", () => {
  it("standalone, offers each workbook for download in the chosen language, and no insertion", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Templates" }));
    const link = await screen.findByRole("link", { name: "Download .xlsx: Customer Success KPIs" });
    expect(link.getAttribute("href")).toBe("templates/kpi.en.xlsx");
    expect(screen.queryByRole("button", { name: /Insert into this workbook/ })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Français" }));
    expect(
      screen.getByRole("link", { name: "Download .xlsx: Indicateurs du Customer Success" }),
    ).toBeTruthy();
  });

  it("in Excel, inserts a template and says which sheets were renamed because their names were taken", async () => {
    const insert = vi.fn((): Promise<InsertOutcome> =>
      Promise.resolve({
        kind: "inserted",
        sheets: ["Dashboard (2)", "Customers"],
        renamed: new Map([["Dashboard", "Dashboard (2)"]]),
      }),
    );
    const target: TemplateTarget = { canInsert: true, insert };
    renderApp({ templateTarget: target });
    fireEvent.click(screen.getByRole("tab", { name: "Templates" }));
    fireEvent.click(
      await screen.findByRole("button", { name: "Insert into this workbook: Customer Success KPIs" }),
    );
    const status = await screen.findByText(/Inserted: Dashboard \(2\), Customers\./);
    expect(status.textContent).toContain("Renamed because the names were taken: Dashboard → Dashboard (2).");
    expect(insert).toHaveBeenCalledWith(TEMPLATE_FILES[0], new Uint8Array([1, 2, 3]));
  });

  it("shows a refusal in the pane's language, and offers only the download where Excel cannot insert", async () => {
    const refusal: InsertOutcome = {
      kind: "refused",
      reason: { en: "Already has Customers.", fr: "A déjà Customers." },
    };
    renderApp({
      language: "fr",
      templateTarget: { canInsert: true, insert: () => Promise.resolve(refusal) },
    });
    fireEvent.click(screen.getByRole("tab", { name: "Modèles" }));
    fireEvent.click(
      await screen.findByRole("button", {
        name: "Insérer dans ce classeur: Indicateurs du Customer Success",
      }),
    );
    expect(await screen.findByText("A déjà Customers.")).toBeTruthy();
    cleanup();
    renderApp({ templateTarget: { canInsert: false, insert: vi.fn() } });
    fireEvent.click(screen.getByRole("tab", { name: "Templates" }));
    expect(await screen.findByText(/needs ExcelApi 1.13/)).toBeTruthy();
    // The note shows at once; the list of templates arrives when their index has loaded.
    expect(await screen.findByRole("link", { name: "Download .xlsx: Customer Success KPIs" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Insert into this workbook/ })).toBeNull();
  });

  it("says so when the templates cannot be loaded", async () => {
    renderApp({ loadTemplateFiles: () => Promise.reject(new Error("HTTP 404")) });
    fireEvent.click(screen.getByRole("tab", { name: "Templates" }));
    expect(await screen.findByText("The templates could not be loaded: HTTP 404")).toBeTruthy();
  });
});
