// The billing import: a billing export's headers recognised (Stripe's subscription export from its documented
// columns, Stripe's API field names, a generic French file), its rows made subscriptions or rejected with
// their reasons, and the table written into the in-browser workbook. Files go through the portfolio's own
// reader (parseCsv), as in the pane. Every expected value is worked by hand from the fixture's text.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import {
  amountUnitOf,
  frenchHeaders,
  guessBillingColumns,
  isStripeExport,
} from "../../notebook/billing/headers";
import { readSubscriptions, rejectedLines } from "../../notebook/billing/subscriptions";
import {
  BILLING_SHEET,
  BILLING_TABLE,
  billingTables,
  nextBillingName,
  subscriptionTable,
  writeSubscriptions,
} from "../../notebook/billing/table";
import { guessMapping, parseCsv, readTableFile } from "../../notebook/segmentation/portfolio-import/read";

// Stripe's dashboard export of subscriptions (Billing → Subscriptions → Export), its columns as the export
// names them; the values are made up, one case per row.
const STRIPE_HEADERS = [
  "id",
  "Customer ID",
  "Customer Name",
  "Customer Email",
  "Plan",
  "Product",
  "Quantity",
  "Currency",
  "Interval",
  "Amount",
  "Status",
  "Created (UTC)",
  "Start (UTC)",
  "Start Date (UTC)",
  "Current Period Start (UTC)",
  "Current Period End (UTC)",
  "Trial Start (UTC)",
  "Trial End (UTC)",
  "Canceled At (UTC)",
  "Ended At (UTC)",
  "Cancel At Period End",
];
const stripeRow = (cells: Record<string, string>) =>
  STRIPE_HEADERS.map((header) => cells[header] ?? "").join(",");
const STRIPE_CSV = [
  STRIPE_HEADERS.join(","),
  // Row 2: monthly, active.
  stripeRow({
    id: "sub_1",
    "Customer ID": "cus_A",
    "Customer Name": "Acme",
    "Customer Email": "a@acme.test",
    Quantity: "1",
    Currency: "usd",
    Interval: "month",
    Amount: "49.00",
    Status: "active",
    "Created (UTC)": "2024-01-15 10:23",
    "Start (UTC)": "2024-01-15 10:23",
    "Start Date (UTC)": "2024-01-15 10:23",
    "Current Period Start (UTC)": "2024-03-15 10:23",
    "Current Period End (UTC)": "2024-04-15 10:23",
    "Cancel At Period End": "false",
  }),
  // Row 3: annual, 2 seats of 1,200.00 a year: 2,400 every 12 months (200 a month).
  stripeRow({
    id: "sub_2",
    "Customer ID": "cus_B",
    "Customer Name": "Beta",
    Quantity: "2",
    Currency: "usd",
    Interval: "year",
    Amount: "1200.00",
    Status: "active",
    "Created (UTC)": "2024-02-01 09:00",
    "Start Date (UTC)": "2024-02-01 09:00",
    "Current Period End (UTC)": "2025-02-01 09:00",
    "Cancel At Period End": "false",
  }),
  // Row 4: cancelled, ended on 5 March.
  stripeRow({
    id: "sub_3",
    "Customer ID": "cus_C",
    "Customer Name": "Gamma",
    Quantity: "1",
    Currency: "usd",
    Interval: "month",
    Amount: "99.00",
    Status: "canceled",
    "Created (UTC)": "2024-01-10 08:00",
    "Start Date (UTC)": "2024-01-10 08:00",
    "Current Period End (UTC)": "2024-03-10 08:00",
    "Canceled At (UTC)": "2024-03-01 16:40",
    "Ended At (UTC)": "2024-03-05 12:00",
    "Cancel At Period End": "false",
  }),
  // Row 5: active but set to cancel at the end of its period, 20 May.
  stripeRow({
    id: "sub_4",
    "Customer ID": "cus_D",
    "Customer Name": "Delta",
    Quantity: "1",
    Currency: "usd",
    Interval: "month",
    Amount: "29.00",
    Status: "active",
    "Created (UTC)": "2024-02-20 11:00",
    "Start Date (UTC)": "2024-02-20 11:00",
    "Current Period End (UTC)": "2024-05-20 11:00",
    "Canceled At (UTC)": "2024-04-02 09:00",
    "Cancel At Period End": "true",
  }),
  // Row 6: never paid.
  stripeRow({
    id: "sub_5",
    "Customer ID": "cus_E",
    "Customer Name": "Epsilon",
    Quantity: "1",
    Currency: "usd",
    Interval: "month",
    Amount: "19.00",
    Status: "incomplete_expired",
    "Created (UTC)": "2024-03-01 10:00",
    "Start Date (UTC)": "2024-03-01 10:00",
    "Cancel At Period End": "false",
  }),
  // Row 7: in trial until 1 April: it pays from then.
  stripeRow({
    id: "sub_6",
    "Customer ID": "cus_F",
    "Customer Name": "Zeta",
    Quantity: "1",
    Currency: "usd",
    Interval: "month",
    Amount: "39.00",
    Status: "trialing",
    "Created (UTC)": "2024-03-18 10:00",
    "Start Date (UTC)": "2024-03-18 10:00",
    "Trial Start (UTC)": "2024-03-18 10:00",
    "Trial End (UTC)": "2024-04-01 10:00",
    "Cancel At Period End": "false",
  }),
  // Row 8: a second subscription of Acme, 3 seats of 10.00.
  stripeRow({
    id: "sub_7",
    "Customer ID": "cus_A",
    "Customer Name": "Acme",
    Quantity: "3",
    Currency: "usd",
    Interval: "month",
    Amount: "10.00",
    Status: "active",
    "Created (UTC)": "2024-04-03 10:00",
    "Start Date (UTC)": "2024-04-03 10:00",
    "Cancel At Period End": "false",
  }),
  // Row 9: cancelled, no Ended At: its cancellation date ends it.
  stripeRow({
    id: "sub_8",
    "Customer ID": "cus_G",
    "Customer Name": "Eta",
    Quantity: "1",
    Currency: "usd",
    Interval: "month",
    Amount: "15.50",
    Status: "canceled",
    "Created (UTC)": "2024-01-05 10:00",
    "Start Date (UTC)": "2024-01-05 10:00",
    "Canceled At (UTC)": "2024-02-28 10:00",
    "Cancel At Period End": "false",
  }),
  // Row 10: in pounds while the others are in dollars.
  stripeRow({
    id: "sub_9",
    "Customer ID": "cus_H",
    "Customer Name": "Theta",
    Quantity: "1",
    Currency: "gbp",
    Interval: "month",
    Amount: "25.00",
    Status: "active",
    "Created (UTC)": "2024-01-20 10:00",
    "Start Date (UTC)": "2024-01-20 10:00",
    "Cancel At Period End": "false",
  }),
].join("\n");

describe("the headers of a billing export", () => {
  it("recognises Stripe's subscription export, column by column", () => {
    expect(isStripeExport(STRIPE_HEADERS)).toBe(true);
    // Columns counted from 0 in STRIPE_HEADERS: Customer ID is 1, Customer Name 2, Quantity 6…; "Start (UTC)"
    // (12) loses to "Start Date (UTC)" (13), the longer name; Created, the periods' ends and the dates of
    // trial, cancellation and end each have their own field.
    expect(guessBillingColumns(STRIPE_HEADERS)).toEqual({
      customer: 1,
      name: 2,
      quantity: 6,
      currency: 7,
      interval: 8,
      amount: 9,
      status: 10,
      created: 11,
      start: 13,
      periodEnd: 15,
      trialEnd: 17,
      canceledAt: 18,
      endedAt: 19,
      cancelAtPeriodEnd: 20,
    });
    expect(amountUnitOf("Amount")).toBe("units");
  });

  it("recognises Stripe's API field names, whose amounts are in cents", () => {
    const headers = [
      "id",
      "customer",
      "plan.amount",
      "currency",
      "plan.interval",
      "plan.interval_count",
      "start_date",
      "ended_at",
      "status",
    ];
    expect(guessBillingColumns(headers)).toEqual({
      customer: 1,
      amount: 2,
      currency: 3,
      interval: 4,
      intervalCount: 5,
      start: 6,
      endedAt: 7,
      status: 8,
    });
    expect([
      amountUnitOf("plan.amount"),
      amountUnitOf("price.unit_amount"),
      amountUnitOf("amount_cents"),
      amountUnitOf("Montant (centimes)"),
      amountUnitOf("Montant"),
    ]).toEqual(["cents", "cents", "cents", "cents", "units"]);
    expect(isStripeExport(headers)).toBe(false);
  });

  it("recognises a generic layout in French", () => {
    const headers = ["Client", "Montant", "Périodicité", "Début", "Fin", "Devise", "Statut"];
    expect(guessBillingColumns(headers)).toEqual({
      customer: 0,
      amount: 1,
      interval: 2,
      start: 3,
      end: 4,
      currency: 5,
      status: 6,
    });
    expect(frenchHeaders(headers)).toBe(true);
    expect(frenchHeaders(["Customer", "Amount", "Start date"])).toBe(false);
    expect(
      guessBillingColumns(["Nom du client", "Intervalle", "Date de résiliation", "Date de début", "Prix"]),
    ).toEqual({
      customer: 0,
      interval: 1,
      end: 2,
      start: 3,
      amount: 4,
    });
  });

  it("keeps the segmentation's guess as it was", () => {
    expect(
      guessMapping(["Nom du compte", "ARR actuel", "Potentiel", "Secteur", "Pays", "Client depuis"]),
    ).toEqual({
      account: 0,
      currentArr: 1,
      potentialArr: 2,
      industry: 3,
      region: 4,
      customerSince: 5,
    });
  });
});

describe("the subscriptions of a billing export", () => {
  it("reads Stripe's export: annual plans, seats, cancellations, trials; rejects the unpaid and another currency", () => {
    const { sheet } = parseCsv(STRIPE_CSV, "subscriptions.csv");
    const read = readSubscriptions(sheet, guessBillingColumns(sheet.headers), "units");
    expect(read.currency).toBe("USD");
    expect(read.subscriptions).toEqual([
      {
        customer: "cus_A",
        name: "Acme",
        amount: 49,
        months: 1,
        start: "2024-01-15",
        end: null,
        currency: "USD",
        row: 2,
      },
      // 1,200.00 × 2 seats, every 12 months.
      {
        customer: "cus_B",
        name: "Beta",
        amount: 2400,
        months: 12,
        start: "2024-02-01",
        end: null,
        currency: "USD",
        row: 3,
      },
      // Ended At wins over Canceled At.
      {
        customer: "cus_C",
        name: "Gamma",
        amount: 99,
        months: 1,
        start: "2024-01-10",
        end: "2024-03-05",
        currency: "USD",
        row: 4,
      },
      // Cancel At Period End: it ends with its current period.
      {
        customer: "cus_D",
        name: "Delta",
        amount: 29,
        months: 1,
        start: "2024-02-20",
        end: "2024-05-20",
        currency: "USD",
        row: 5,
      },
      // Trialing: it pays from the trial's end.
      {
        customer: "cus_F",
        name: "Zeta",
        amount: 39,
        months: 1,
        start: "2024-04-01",
        end: null,
        currency: "USD",
        row: 7,
      },
      // 10.00 × 3 seats.
      {
        customer: "cus_A",
        name: "Acme",
        amount: 30,
        months: 1,
        start: "2024-04-03",
        end: null,
        currency: "USD",
        row: 8,
      },
      // Cancelled without Ended At: its cancellation ends it.
      {
        customer: "cus_G",
        name: "Eta",
        amount: 15.5,
        months: 1,
        start: "2024-01-05",
        end: "2024-02-28",
        currency: "USD",
        row: 9,
      },
    ]);
    expect(rejectedLines(read.rejected).map((line) => line.en)).toEqual([
      'Row 6: status "incomplete_expired": never paid, no revenue.',
      "Row 10: in GBP while most rows are in USD: amounts in two currencies do not add up (import each currency on its own).",
    ]);
    expect(rejectedLines(read.rejected)[0]?.fr).toBe(
      "Ligne 6 : statut « incomplete_expired » : jamais payé, aucun revenu.",
    );
    expect(read.notes).toEqual([]);
  });

  it("divides amounts in cents by 100, except in currencies without cents, and reads Unix times", () => {
    // 1704067200 s is 2024-01-01 00:00 UTC (19,723 days × 86,400 s); 1711929600 s is 2024-04-01 (19,814 days).
    const csv =
      "id,customer,plan.amount,currency,plan.interval,plan.interval_count,start_date,ended_at,status\n" +
      "sub_1,cus_A,4990,usd,month,1,1704067200,,active\n" +
      "sub_2,cus_B,30000,usd,month,3,1704067200,1711929600,canceled\n";
    const { sheet } = parseCsv(csv);
    const mapping = guessBillingColumns(sheet.headers);
    const read = readSubscriptions(sheet, mapping, amountUnitOf("plan.amount"));
    expect(read.subscriptions.map(({ amount, months, start, end }) => [amount, months, start, end])).toEqual([
      [49.9, 1, "2024-01-01", null],
      // 300.00 every 3 months (a quarterly plan).
      [300, 3, "2024-01-01", "2024-04-01"],
    ]);
    const yen = parseCsv("customer,plan.amount,currency,start_date\ncus_J,5000,jpy,2024-01-01\n").sheet;
    expect(readSubscriptions(yen, guessBillingColumns(yen.headers), "cents").subscriptions[0]?.amount).toBe(
      5000,
    );
  });

  it("reads a generic French file: amounts in French, intervals in words, dates day first", () => {
    const csv =
      "Client;Montant;Périodicité;Début;Fin;Devise\r\n" +
      "Dupont SA;1 200,00 €;Annuel;15/01/2024;;EUR\r\n" +
      "Martin SARL;99,90;Mensuel;01/02/2024;31/05/2024;EUR\r\n" +
      "Durand;300;Trimestriel;01/03/2024;;eur\r\n" +
      "Petit;50;tous les 6 mois;01/04/2024;;EUR\r\n";
    const { sheet } = parseCsv(csv, "abonnements.csv");
    const read = readSubscriptions(sheet, guessBillingColumns(sheet.headers), "units");
    expect(read.subscriptions).toEqual([
      {
        customer: "Dupont SA",
        name: null,
        amount: 1200,
        months: 12,
        start: "2024-01-15",
        end: null,
        currency: "EUR",
        row: 2,
      },
      {
        customer: "Martin SARL",
        name: null,
        amount: 99.9,
        months: 1,
        start: "2024-02-01",
        end: "2024-05-31",
        currency: "EUR",
        row: 3,
      },
      {
        customer: "Durand",
        name: null,
        amount: 300,
        months: 3,
        start: "2024-03-01",
        end: null,
        currency: "EUR",
        row: 4,
      },
      {
        customer: "Petit",
        name: null,
        amount: 50,
        months: 6,
        start: "2024-04-01",
        end: null,
        currency: "EUR",
        row: 5,
      },
    ]);
    expect(read.rejected).toEqual([]);
  });

  it("rejects the rows of a dirty file, each with its reasons, and keeps the others", () => {
    const csv = [
      "Customer,Amount,Interval,Start,End",
      "Acme,100,month,2024-01-01,",
      ",50,month,2024-01-01,",
      "Beta,abc,month,2024-01-01,",
      "Gamma,80,week,2024-01-01,",
      "Delta,60,month,,",
      "",
      "Eps,70,month,2024-05-01,2024-03-01",
      "Zed,-5,fortnight,2024-13-45,",
      "Ok2,40,12,2024-02-01,",
    ].join("\n");
    const { sheet } = parseCsv(csv, "dirty.csv");
    const read = readSubscriptions(sheet, guessBillingColumns(sheet.headers), "units");
    expect(
      read.subscriptions.map(({ customer, amount, months, row }) => [customer, amount, months, row]),
    ).toEqual([
      ["Acme", 100, 1, 2],
      // "12" in the interval column: 12 months. The blank line 7 is passed over.
      ["Ok2", 40, 12, 10],
    ]);
    expect(rejectedLines(read.rejected).map((line) => line.en)).toEqual([
      "Row 3: no customer.",
      'Row 4: amount "abc" is not a number.',
      'Row 5: interval "week" is shorter than a month: the table counts months.',
      "Row 6: no start date.",
      "Row 8: ends (2024-03-01) before it starts (2024-05-01).",
      'Row 9: negative amount -5; interval "fortnight" is not a period; date "2024-13-45" is not a date.',
    ]);
  });

  it("reads an .xlsx export whose dates are real dates and amounts numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Abonnements");
    sheet.addRow(["Client", "Montant", "Intervalle", "Début", "Date de résiliation"]);
    sheet.addRow(["Dupont SA", 1200, "year", new Date(Date.UTC(2024, 0, 15)), null]);
    sheet.addRow(["Martin", 99.9, "month", new Date(Date.UTC(2024, 1, 1)), new Date(Date.UTC(2024, 4, 31))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = (await readTableFile(bytes, "abonnements.xlsx")).sheets[0];
    if (read === undefined) throw new Error("no sheet read");
    const mapping = guessBillingColumns(read.headers);
    expect(mapping).toEqual({ customer: 0, amount: 1, interval: 2, start: 3, end: 4 });
    const { subscriptions } = readSubscriptions(read, mapping, "units");
    expect(
      subscriptions.map(({ customer, amount, months, start, end }) => [customer, amount, months, start, end]),
    ).toEqual([
      ["Dupont SA", 1200, 12, "2024-01-15", null],
      ["Martin", 99.9, 1, "2024-02-01", "2024-05-31"],
    ]);
  });

  it("reads slash dates the way the file decides, and rejects them when nothing does", () => {
    const ambiguous = parseCsv("Customer,Amount,Start\nA,10,01/02/2024\nB,10,2024-03-01\n").sheet;
    const read = readSubscriptions(ambiguous, guessBillingColumns(ambiguous.headers), "units");
    expect(read.subscriptions.map((one) => one.start)).toEqual(["2024-03-01"]);
    expect(read.rejected.map((one) => one.row)).toEqual([2]);
    expect(read.notes.map((note) => note.en)).toEqual([
      "No interval column: every amount is read as monthly. Choose the interval column if the file has one.",
      "Dates such as 01/02/2024 could be 1 February or 2 January, and nothing in the file tells which: those rows are rejected. Export the dates as YYYY-MM-DD.",
    ]);
    // 02/13/2024 can only be month first: 01/02/2024 is then 2 January.
    const monthFirst = parseCsv("Customer,Amount,Start\nA,10,01/02/2024\nB,10,02/13/2024\n").sheet;
    expect(
      readSubscriptions(monthFirst, guessBillingColumns(monthFirst.headers), "units").subscriptions.map(
        (one) => one.start,
      ),
    ).toEqual(["2024-01-02", "2024-02-13"]);
  });
});

describe("the subscription table", () => {
  const subscriptions = [
    {
      customer: "cus_A",
      name: "Acme",
      amount: 49,
      months: 1,
      start: "2024-01-15",
      end: null,
      currency: "USD",
      row: 2,
    },
    {
      customer: "cus_C",
      name: null,
      amount: 2400,
      months: 12,
      start: "2024-01-10",
      end: "2024-03-05",
      currency: "USD",
      row: 4,
    },
  ] as const;

  it("holds the columns CSM.MRR_MATRIX reads, dates as Excel dates, and the monthly amount as a formula", () => {
    const table = subscriptionTable(subscriptions, "USD", "en");
    expect(table.name).toBe("CSMKit_Subscriptions");
    expect(table.columns.map((column) => column.header)).toEqual([
      "Customer",
      "Amount",
      "Interval in months",
      "Start",
      "End",
      "MRR",
      "Name",
      "Currency",
      "File row",
    ]);
    expect(table.columns[5]?.formula).toBe("=[@Amount]/[@[Interval in months]]");
    expect(table.columns[1]?.numberFormat).toBe('"$"#,##0.00');
    // 2024-01-01 is serial 45292; 15 January is 45306, 10 January 45301, 5 March 45292 + 31 + 29 + 4 = 45356.
    expect(table.rows).toEqual([
      ["cus_A", 49, 1, 45306, null, null, "Acme", "USD", 2],
      ["cus_C", 2400, 12, 45301, 45356, null, null, "USD", 4],
    ]);
    const fr = subscriptionTable(subscriptions, "EUR", "fr");
    expect(fr.columns.map((column) => column.header).slice(0, 6)).toEqual([
      "Client",
      "Montant",
      "Périodicité en mois",
      "Début",
      "Fin",
      "MRR",
    ]);
    expect(fr.columns[5]?.formula).toBe("=[@Montant]/[@[Périodicité en mois]]");
  });

  it("is written into the in-browser workbook, replaced in place, or kept beside a new one", async () => {
    const workbook = new MemoryWorkbook();
    const said = await writeSubscriptions(workbook, subscriptions, "USD", "en");
    expect(said.en).toBe(
      `2 subscriptions written to the table ${BILLING_TABLE} on the sheet "${BILLING_SHEET}".`,
    );
    let tables = await workbook.listTables();
    expect(billingTables(tables).map((one) => [one.name, one.rowCount, one.owned])).toEqual([
      ["CSMKit_Subscriptions", 2, true],
    ]);
    expect(nextBillingName(tables)).toBe("CSMKit_Subscriptions2");
    await writeSubscriptions(workbook, subscriptions.slice(0, 1), "USD", "en");
    await writeSubscriptions(workbook, subscriptions, "USD", "en", nextBillingName(tables));
    tables = await workbook.listTables();
    expect(billingTables(tables).map((one) => [one.name, one.rowCount])).toEqual([
      ["CSMKit_Subscriptions", 1],
      ["CSMKit_Subscriptions2", 2],
    ]);
    expect(nextBillingName(tables)).toBe("CSMKit_Subscriptions3");
  });

  it("is refused over a table of the person's of the same name, which stays as it was", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({ name: BILLING_TABLE, sheet: "Mine", headers: ["Customer"], rows: [["kept"]] });
    await expect(writeSubscriptions(workbook, subscriptions, "USD", "en")).rejects.toMatchObject({
      reason: "not-owned",
    });
    expect((await workbook.readTable(BILLING_TABLE))?.rows).toEqual([["kept"]]);
  });
});
