// @vitest-environment jsdom
// The segmentation wizard's cells in the pane, in French, in Excel: the portfolio read from a workbook table
// (its columns guessed from French headers), the preview, the coverage, and the Tier column added to the
// person's table only after they confirm. Expected tiers are worked out by hand from the default rules (high
// touch: current ARR ≥ 100,000; tech touch below 25,000 without potential).
import "../support/jsdom-pane";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { browserPlanStore } from "../../addin/plan-store";
import { NotebookView, type NotebookServices } from "../../taskpane/features/notebook/notebook-view";
import { planCodec } from "../../notebook/plan/schema";

function services(): NotebookServices {
  const items = new Map<string, string>();
  return {
    host: "excel",
    store: browserPlanStore(
      { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => items.set(key, value) },
      "csmkit.plan",
      planCodec,
    ),
    writeToWorkbook: vi.fn(() => Promise.resolve({ en: "Written.", fr: "Écrit." })),
    listTables: vi.fn(() =>
      Promise.resolve([
        { name: "CSMKit_Audit", headers: ["Id"], owned: true },
        { name: "Comptes", headers: ["Client", "ARR actuel"], owned: false },
      ]),
    ),
    readActions: vi.fn(() => Promise.resolve({ items: [], problems: [] })),
    readPortfolio: vi.fn(() =>
      Promise.resolve({
        headers: ["Client", "ARR actuel", "Secteur"],
        rows: [
          ["Acme", 150_000, "Santé"],
          ["Globex", 9_000, "Commerce"],
          ["Initech", "n/d", "Commerce"],
        ],
        problems: [],
      }),
    ),
    addTierColumn: vi.fn(() => Promise.resolve("Palier CSM Kit")),
    today: () => "2026-11-23",
  };
}

const region = (name: string) => within(screen.getByRole("region", { name }));
// The wizard's cells appear after the plan has taken the new cell: wait for them on a slow machine.
const regionAppearing = async (name: string) => within(await screen.findByRole("region", { name }));
const fr = new Intl.NumberFormat("fr", { maximumFractionDigits: 0 });

describe("the segmentation wizard in the pane", () => {
  it(
    "reads a workbook table, previews the tiers, and adds the Tier column once confirmed",
    { timeout: 60_000 },
    async () => {
      const host = services();
      render(<NotebookView language="fr" services={host} />);
      fireEvent.click(await screen.findByRole("button", { name: "Ajouter l'assistant de segmentation" }));

      const portfolio = await regionAppearing("Portefeuille");
      fireEvent.click(portfolio.getByRole("button", { name: "Lire un tableau du classeur" }));
      const table = await portfolio.findByRole("combobox", { name: "Tableau du classeur" });
      // The person's table is offered first, not the add-in's own.
      expect((table as HTMLSelectElement).value).toBe("Comptes");
      // The add-in's own tables are written from the portfolio: they are not offered as one.
      expect([...(table as HTMLSelectElement).options].map((option) => option.value)).toEqual(["Comptes"]);
      fireEvent.click(portfolio.getByRole("button", { name: "Lire les comptes de ce tableau" }));
      expect(await portfolio.findByText("3 lignes lues depuis « Comptes ».")).toBeTruthy();
      expect(host.readPortfolio).toHaveBeenCalledWith("Comptes");
      const chosen = (name: string) =>
        (portfolio.getByRole("combobox", { name }) as HTMLSelectElement).selectedOptions[0]?.textContent;
      expect(chosen("Compte (obligatoire)")).toBe("Client");
      expect(chosen("ARR actuel (obligatoire)")).toBe("ARR actuel");
      expect(chosen("Secteur")).toBe("Secteur");
      expect(chosen("Région")).toBe("— absente de ce tableau —");

      // Acme 150,000 → high touch; Globex 9,000 → tech touch; Initech "n/d" is not segmented.
      const segments = region("Segments");
      const preview = within(segments.getByRole("table", { name: "Comptes et ARR par palier" }));
      expect(
        preview.getByRole("row", { name: `Accompagnement dédié 1 ${fr.format(150_000)} 0` }),
      ).toBeTruthy();
      expect(
        preview.getByRole("row", { name: `Accompagnement digital 1 ${fr.format(9_000)} 0` }),
      ).toBeTruthy();
      expect(
        segments.getByText("2 comptes segmentés, 1 lignes non segmentées, 0 lignes vides."),
      ).toBeTruthy();
      expect(segments.getByText(/Ligne 4 \(Initech\), ARR actuel/)).toBeTruthy();

      // A strategic industry, from the portfolio's own: Globex stays (Commerce is not chosen).
      fireEvent.click(segments.getByRole("checkbox", { name: "Santé" }));
      expect(segments.getByText("Montés d'un palier par un secteur stratégique (0)")).toBeTruthy();

      // Coverage: 1 ÷ 12 + 0 ÷ 50 + 1 ÷ 300 CSMs.
      const coverage = region("Couverture");
      const needed = new Intl.NumberFormat("fr", { maximumFractionDigits: 2 }).format(1 / 12 + 1 / 300);
      expect(
        within(coverage.getByRole("list", { name: "Équipe" })).getByText(`CSM nécessaires : ${needed}`),
      ).toBeTruthy();

      // A tier added above the last one: the coverage's models stay with their tiers, in one edit.
      const perCsm = (tier: string) =>
        (coverage.getByRole("textbox", { name: `Comptes par CSM, ${tier}` }) as HTMLInputElement).value;
      fireEvent.click(segments.getByRole("button", { name: "Ajouter un palier" }));
      expect(perCsm("Accompagnement digital")).toBe("300");
      expect(perCsm("Palier 4")).toBe("");
      fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
      expect(coverage.queryByRole("textbox", { name: "Comptes par CSM, Palier 4" })).toBeNull();
      expect(perCsm("Accompagnement digital")).toBe("300");

      // The Tier column: asked, explained, then added.
      fireEvent.click(portfolio.getByRole("button", { name: "Ajouter une colonne Palier à « Comptes »" }));
      expect(
        portfolio.getByText(
          /Ceci ajoute une colonne, « Palier CSM Kit », à droite de votre tableau « Comptes »/,
        ),
      ).toBeTruthy();
      expect(host.addTierColumn).not.toHaveBeenCalled();
      fireEvent.click(portfolio.getByRole("button", { name: "Ajouter la colonne" }));
      expect(
        await portfolio.findByText("La colonne « Palier CSM Kit » a été ajoutée à « Comptes »."),
      ).toBeTruthy();
      expect(host.addTierColumn).toHaveBeenCalledWith("Comptes", "Client", "fr");
      await waitFor(() => expect(screen.getByText("Enregistré")).toBeTruthy());
    },
  );

  it(
    "reads the selected range of the sheet, and says what to select when nothing is",
    { timeout: 30_000 },
    async () => {
      const host = services();
      const readSelection = vi
        .fn<NonNullable<NotebookServices["readSelection"]>>()
        .mockResolvedValueOnce(undefined)
        .mockResolvedValueOnce({
          address: "Feuil1!A1:B3",
          headers: ["Nom du compte", "CA annuel récurrent"],
          rows: [
            ["Acme", 150_000],
            ["Globex", 9_000],
          ],
        });
      render(<NotebookView language="en" services={{ ...host, readSelection }} />);
      fireEvent.click(await screen.findByRole("button", { name: "Add the segmentation wizard" }));
      const portfolio = await regionAppearing("Portfolio");
      fireEvent.click(portfolio.getByRole("button", { name: "Read the selected range" }));
      expect(await portfolio.findByText(/Select your accounts in the sheet first/)).toBeTruthy();
      fireEvent.click(portfolio.getByRole("button", { name: "Read the selected range" }));
      expect(await portfolio.findByText("2 rows read from “Feuil1!A1:B3”.")).toBeTruthy();
      // A range has no table to look values up in: no Tier column is offered for it.
      expect(portfolio.queryByRole("button", { name: /Add a Tier column/ })).toBeNull();
      const preview = within(region("Segments").getByRole("table", { name: "Accounts and ARR per tier" }));
      expect(preview.getByRole("row", { name: "High touch 1 150,000 0" })).toBeTruthy();
    },
  );

  it(
    "offers none of the add-in's own tables as the portfolio, and says so when they are all there is",
    { timeout: 30_000 },
    async () => {
      const host = services();
      const listTables = vi.fn(() =>
        Promise.resolve([{ name: "CSMKit_Segments", headers: ["Account"], owned: true }]),
      );
      render(<NotebookView language="en" services={{ ...host, listTables }} />);
      fireEvent.click(await screen.findByRole("button", { name: "Add the segmentation wizard" }));
      const portfolio = await regionAppearing("Portfolio");
      fireEvent.click(portfolio.getByRole("button", { name: "Read a workbook table" }));
      expect(
        await portfolio.findByText(/This workbook's tables are all written by CSM Kit, from the portfolio/),
      ).toBeTruthy();
      expect(portfolio.queryByRole("combobox", { name: "Workbook table" })).toBeNull();
      expect(host.readPortfolio).not.toHaveBeenCalled();
    },
  );
});
