// @vitest-environment jsdom
// The billing import in the pane, over the in-browser workbook: a Stripe-shaped .csv picked, its columns
// recognised, a correction, the rejected rows listed with their reasons, the table written; a second import
// asks before it replaces the table, and "keep it" writes a second one beside it. In English and French.
// Expected figures are worked by hand from the file's text.
import "../support/jsdom-pane";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { writeSubscriptions } from "../../notebook/billing/table";
import { BillingImport } from "../../taskpane/features/billing/billing-import";

const CSV = [
  "id,Customer ID,Customer Name,Quantity,Currency,Interval,Amount,Status,Created (UTC),Start Date (UTC),Current Period End (UTC),Canceled At (UTC),Ended At (UTC),Cancel At Period End",
  "sub_1,cus_A,Acme,1,usd,month,49.00,active,2024-01-15 10:23,2024-01-15 10:23,2024-04-15 10:23,,,false",
  "sub_2,cus_B,Beta,1,usd,year,1200.00,active,2024-02-01 09:00,2024-02-01 09:00,2025-02-01 09:00,,,false",
  "sub_3,,,1,usd,month,10.00,active,2024-02-01 09:00,2024-02-01 09:00,,,,false",
  "sub_4,cus_D,Delta,1,usd,month,abc,active,2024-02-01 09:00,2024-02-01 09:00,,,,false",
].join("\n");

function host() {
  const workbook = new MemoryWorkbook();
  return {
    workbook,
    services: {
      host: "memory" as const,
      listTables: async () =>
        (await workbook.listTables()).map(({ name, headers, owned, rowCount }) => ({
          name,
          headers,
          owned,
          rowCount,
        })),
      writeSubscriptions: (
        subscriptions: Parameters<typeof writeSubscriptions>[1],
        currency: string | null,
        language: "en" | "fr",
        name?: string,
      ) => writeSubscriptions(workbook, subscriptions, currency, language, name),
    },
  };
}

const pick = (label: string, text: string, name = "subscriptions.csv") =>
  fireEvent.change(screen.getByLabelText(label), { target: { files: [new File([text], name)] } });

describe("the billing import in the pane", () => {
  it(
    "imports a Stripe export, lists the rejected rows, writes the table, and asks before replacing it",
    { timeout: 60_000 },
    async () => {
      const { workbook, services } = host();
      render(<BillingImport language="en" services={services} />);
      pick("Billing export file (.csv or .xlsx)", CSV);
      expect(
        await screen.findByText(
          /4 rows read from subscriptions\.csv\. Recognised: Stripe's subscription export\./,
        ),
      ).toBeTruthy();
      const chosen = (name: string) =>
        (screen.getByRole("combobox", { name }) as HTMLSelectElement).selectedOptions[0]?.textContent;
      expect(chosen("Customer (id) (required)")).toBe("Customer ID");
      expect(chosen("Amount (required)")).toBe("Amount");
      expect(chosen("Interval")).toBe("Interval");
      expect(chosen("Ended at")).toBe("Ended At (UTC)");
      expect(screen.getByRole("radio", { name: "currency units (49.00)" })).toHaveProperty("checked", true);

      // Row 4 has no customer id, row 5 an amount that is not a number.
      expect(screen.getByText("2 subscriptions ready to write (USD).")).toBeTruthy();
      const rejected = within(screen.getByRole("list", { name: "2 rows rejected, and why:" }));
      expect(rejected.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
        "Row 4: no customer.",
        'Row 5: amount "abc" is not a number.',
      ]);

      // A correction: without the interval column, every amount is monthly, and the note says so.
      const interval = screen.getByRole("combobox", { name: "Interval" });
      fireEvent.change(interval, { target: { value: "" } });
      expect(screen.getByText(/No interval column: every amount is read as monthly/)).toBeTruthy();
      fireEvent.change(interval, { target: { value: "5" } });
      expect(screen.queryByText(/No interval column/)).toBeNull();

      fireEvent.click(screen.getByRole("button", { name: "Write the subscription table" }));
      expect(
        await screen.findByText(
          '2 subscriptions written to the table CSMKit_Subscriptions on the sheet "CSM Kit billing".',
        ),
      ).toBeTruthy();
      // 1,200.00 a year for Beta: Amount 1200, Interval in months 12; dates as serials (2024-01-15 is 45306, 2024-02-01 45323).
      expect(
        (await workbook.readTable("CSMKit_Subscriptions", "values"))?.rows.map((row) => row.slice(0, 5)),
      ).toEqual([
        ["cus_A", 49, 1, 45306, null],
        ["cus_B", 1200, 12, 45323, null],
      ]);
      expect(
        screen.getByText(/=CSM\.MRR_MATRIX\(CSMKit_Subscriptions\[Customer\],CSMKit_Subscriptions\[Amount\]/),
      ).toBeTruthy();

      // Writing again asks first: keeping the table writes a second one beside it.
      fireEvent.click(screen.getByRole("button", { name: "Write the subscription table" }));
      const dialog = within(
        await screen.findByRole("alertdialog", { name: "Replace the subscription table?" }),
      );
      expect(dialog.getByText(/already has the table CSMKit_Subscriptions \(2 rows\)/)).toBeTruthy();
      // By its text: a role query over the whole pane is slow on a busy machine.
      fireEvent.click(dialog.getByText("Keep it, write CSMKit_Subscriptions2"));
      await waitFor(async () =>
        expect((await workbook.listTables()).map((table) => table.name)).toEqual([
          "CSMKit_Subscriptions",
          "CSMKit_Subscriptions2",
        ]),
      );
      // Cancel leaves both as they are.
      fireEvent.click(screen.getByRole("button", { name: "Write the subscription table" }));
      const again = within(await screen.findByRole("alertdialog"));
      fireEvent.click(again.getByText("Cancel"));
      await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
      expect((await workbook.listTables()).map((table) => table.rowCount)).toEqual([2, 2]);
    },
  );

  it(
    "reads a French file in French, with amounts in cents when the person says so",
    { timeout: 60_000 },
    async () => {
      const { workbook, services } = host();
      render(<BillingImport language="fr" services={services} />);
      pick(
        "Fichier d'export de facturation (.csv ou .xlsx)",
        "Client;Montant;Périodicité;Début;Fin;Devise\nDupont SA;120000;Annuel;15/01/2024;;EUR\nMartin;9990;Mensuel;01/02/2024;31/05/2024;EUR\n",
        "abonnements.csv",
      );
      expect(await screen.findByText(/2 lignes lues dans abonnements\.csv\. Colonnes devinées/)).toBeTruthy();
      fireEvent.click(screen.getByRole("radio", { name: "centimes (4900)" }));
      expect(screen.getByText("2 abonnements prêts à écrire (EUR).")).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Écrire le tableau des abonnements" }));
      expect(
        await screen.findByText(
          "2 abonnements écrits dans le tableau CSMKit_Subscriptions de la feuille « CSM Kit billing ».",
        ),
      ).toBeTruthy();
      // 120000 cents = 1,200.00 a year; 9990 cents = 99.90 a month; 31/05/2024 is 45292 + 151 = 45443.
      const table = await workbook.readTable("CSMKit_Subscriptions", "values");
      expect(table?.headers.slice(0, 5)).toEqual([
        "Client",
        "Montant",
        "Périodicité en mois",
        "Début",
        "Fin",
      ]);
      expect(table?.rows.map((row) => row.slice(0, 5))).toEqual([
        ["Dupont SA", 1200, 12, 45306, null],
        ["Martin", 99.9, 1, 45323, 45443],
      ]);
    },
  );

  it("says what is missing, and refuses a file that is not text", { timeout: 60_000 }, async () => {
    const { services } = host();
    render(<BillingImport language="en" services={services} />);
    pick("Billing export file (.csv or .xlsx)", "Customer,Plan\nAcme,Pro\n");
    expect(await screen.findByText("Choose a column for: Amount, Start.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Write the subscription table" })).toBeNull();
    fireEvent.change(screen.getByLabelText("Billing export file (.csv or .xlsx)"), {
      target: { files: [new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])], "export.csv")] },
    });
    expect(await screen.findByText(/This file is not text/)).toBeTruthy();
  });

  it(
    "standalone, asks before the page is left once a table lives only in it; in Excel, never",
    { timeout: 60_000 },
    async () => {
      /** Whether leaving the page now would ask: the browser asks when a listener cancels the event. */
      const leavingAsks = () => {
        const event = new Event("beforeunload", { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const standalone = host();
      const view = render(<BillingImport language="fr" services={standalone.services} />);
      expect(leavingAsks()).toBe(false);
      pick("Fichier d'export de facturation (.csv ou .xlsx)", CSV);
      fireEvent.click(await screen.findByRole("button", { name: "Écrire le tableau des abonnements" }));
      expect(
        await screen.findByText(/Ce tableau n'existe que dans cette page : utilisez « Exporter le \.xlsx »/),
      ).toBeTruthy();
      expect(leavingAsks()).toBe(true);
      view.unmount();
      expect(leavingAsks()).toBe(false);

      const excel = host();
      render(<BillingImport language="en" services={{ ...excel.services, host: "excel" as const }} />);
      pick("Billing export file (.csv or .xlsx)", CSV);
      fireEvent.click(await screen.findByRole("button", { name: "Write the subscription table" }));
      expect(await screen.findByText(/2 subscriptions written to the table/)).toBeTruthy();
      expect(screen.queryByText(/lives in this page only/)).toBeNull();
      expect(leavingAsks()).toBe(false);
    },
  );
});
