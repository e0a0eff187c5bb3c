/**
 * The subscription table the billing import writes into the workbook: one row per subscription, with the
 * columns `CSM.MRR_MATRIX(customers, amounts, starts, ends, [period_months])` reads — customer, amount,
 * months, start, end — and beside them the customer's name, the currency, the monthly amount (a native
 * formula, so it follows edits without the add-in) and the row of the file it came from. Dates are real
 * dates (Excel serials); amounts carry the currency's format. The table is the add-in's own
 * (`CSMKit_Subscriptions`, on the sheet `CSM Kit billing`): a new import replaces it in place, after the pane
 * has asked, or goes beside it under the next free name.
 */
import { excelSerial } from "../../functions/excel/dates";
import type { Bilingual, Language } from "../../functions/excel/language";
import type { TableInfo, TableWrite, WorkbookPort } from "../../addin/workbook-port";
import { rowRef } from "../../addin/structured-references";
import { CURRENCIES, moneyFormat, type Currency } from "../plan/currency";
import type { Subscription } from "./subscriptions";

/** The table's name, and the sheet that holds it. */
export const BILLING_TABLE = "CSMKit_Subscriptions";
export const BILLING_SHEET = "CSM Kit billing";

/** The built-in short date (number format 14): the reader's own order, as the plan's tables write dates. */
const DATE = "mm-dd-yy";

/**
 * The table's headers in each language, in order: its first five columns are those of the KPI workbook's
 * Subscriptions table (templates/kpi-monthly.ts), in the same order, so that they paste there as they are.
 */
export const BILLING_HEADERS = {
  en: {
    customer: "Customer",
    amount: "Amount",
    months: "Interval in months",
    start: "Start",
    end: "End",
    mrr: "MRR",
    name: "Name",
    currency: "Currency",
    row: "File row",
  },
  fr: {
    customer: "Client",
    amount: "Montant",
    months: "Périodicité en mois",
    start: "Début",
    end: "Fin",
    mrr: "MRR",
    name: "Nom",
    currency: "Devise",
    row: "Ligne du fichier",
  },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * The table to write for a list of subscriptions.
 *
 * @param subscriptions - the subscriptions, in the file's order
 * @param currency - the currency of their amounts (ISO code), when known
 * @param language - the language of the headers
 * @param name - the table's name ({@link BILLING_TABLE} unless the person keeps the one already written)
 * @returns the table, as the workbook port takes it
 * @example
 * const table = subscriptionTable([{ customer: "cus_B", name: "Beta", amount: 490, months: 12, start: "2024-03-01", end: "2024-09-01", currency: "EUR", row: 3 }], "EUR", "en");
 * [table.name, table.sheet, table.columns.map((column) => column.header), table.columns[5].formula, table.rows]
 * //=> ["CSMKit_Subscriptions", "CSM Kit billing", ["Customer", "Amount", "Interval in months", "Start", "End", "MRR", "Name", "Currency", "File row"], "=[@Amount]/[@[Interval in months]]", [["cus_B", 490, 12, 45352, 45536, null, "Beta", "EUR", 3]]]
 */
export function subscriptionTable(
  subscriptions: readonly Subscription[],
  currency: string | null,
  language: Language,
  name: string = BILLING_TABLE,
): TableWrite {
  const h = BILLING_HEADERS[language];
  const money =
    currency !== null && currency in CURRENCIES ? moneyFormat(currency as Currency, language, 2) : "#,##0.00";
  return {
    name,
    sheet: BILLING_SHEET,
    columns: [
      { header: h.customer },
      { header: h.amount, numberFormat: money },
      { header: h.months, numberFormat: "0" },
      { header: h.start, numberFormat: DATE },
      { header: h.end, numberFormat: DATE },
      { header: h.mrr, numberFormat: money, formula: `=${rowRef(h.amount)}/${rowRef(h.months)}` },
      { header: h.name },
      { header: h.currency },
      { header: h.row, numberFormat: "0" },
    ],
    rows: subscriptions.map((one) => [
      one.customer,
      one.amount,
      one.months,
      excelSerial(one.start),
      one.end === null ? null : excelSerial(one.end),
      null,
      one.name,
      one.currency,
      one.row,
    ]),
  };
}

/**
 * The subscription tables the add-in wrote before, newest name last: `CSMKit_Subscriptions`, then
 * `CSMKit_Subscriptions2`… (those kept beside a newer import).
 *
 * @param tables - the workbook's tables
 * @returns the add-in's subscription tables
 * @example
 * const info = (name) => ({ name, sheet: "CSM Kit billing", headers: ["Customer"], rowCount: 2, owned: true });
 * billingTables([info("CSMKit_Subscriptions"), info("Accounts"), info("CSMKit_Subscriptions2"), info("CSMKit_Subscriptions_old")]).map((table) => table.name)
 * //=> ["CSMKit_Subscriptions", "CSMKit_Subscriptions2"]
 */
export function billingTables(tables: readonly TableInfo[]): TableInfo[] {
  const pattern = new RegExp(`^${BILLING_TABLE}(\\d*)$`, "i");
  return tables.filter((table) => pattern.test(table.name));
}

/**
 * A name for a table beside those already written: `CSMKit_Subscriptions2`, 3…
 *
 * @param tables - the workbook's tables
 * @returns the first name not taken
 * @example
 * const info = (name) => ({ name, sheet: "CSM Kit billing", headers: ["Customer"], rowCount: 2, owned: true });
 * nextBillingName([info("CSMKit_Subscriptions"), info("csmkit_subscriptions2")])
 * //=> "CSMKit_Subscriptions3"
 */
export function nextBillingName(tables: readonly TableInfo[]): string {
  const taken = new Set(tables.map((table) => table.name.toLowerCase()));
  let n = 2;
  while (taken.has(`${BILLING_TABLE}${n}`.toLowerCase())) n++;
  return `${BILLING_TABLE}${n}`;
}

/**
 * Writes the subscriptions into the workbook and says what was written.
 *
 * @param workbook - Excel's workbook, or the in-browser one
 * @param subscriptions - the subscriptions
 * @param currency - their currency
 * @param language - the language of the headers
 * @param name - the table's name
 * @returns what was written, in both languages
 * @example
 * const workbook = new MemoryWorkbook();
 * const acme = { customer: "cus_A", name: "Acme", amount: 49, months: 1, start: "2024-01-15", end: null, currency: "EUR", row: 2 };
 * const beta = { customer: "cus_B", name: "Beta", amount: 490, months: 12, start: "2024-03-01", end: "2024-09-01", currency: "EUR", row: 3 };
 * await writeSubscriptions(workbook, [acme, beta], "EUR", "en");
 * (await workbook.listTables()).map((table) => [table.name, table.sheet, table.rowCount, table.owned])
 * //=> [["CSMKit_Subscriptions", "CSM Kit billing", 2, true]]
 * @example
 * const acme = { customer: "cus_A", name: "Acme", amount: 49, months: 1, start: "2024-01-15", end: null, currency: "EUR", row: 2 };
 * await writeSubscriptions(new MemoryWorkbook(), [acme], "EUR", "fr")
 * //=> { en: "1 subscription written to the table CSMKit_Subscriptions on the sheet \"CSM Kit billing\".", fr: "1 abonnement écrit dans le tableau CSMKit_Subscriptions de la feuille « CSM Kit billing »." }
 */
export async function writeSubscriptions(
  workbook: WorkbookPort,
  subscriptions: readonly Subscription[],
  currency: string | null,
  language: Language,
  name: string = BILLING_TABLE,
): Promise<Bilingual> {
  const written = await workbook.writeTable(subscriptionTable(subscriptions, currency, language, name));
  const count = subscriptions.length;
  return {
    en: `${count} subscription${count === 1 ? "" : "s"} written to the table ${written.name} on the sheet "${written.sheet}".`,
    fr: `${count} abonnement${count === 1 ? "" : "s"} écrit${count === 1 ? "" : "s"} dans le tableau ${written.name} de la feuille « ${written.sheet} ».`,
  };
}
