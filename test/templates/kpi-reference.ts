// The KPI workbook's expected results, computed by the functions/ modules (what CSM.* returns in Excel) and by
// hand from the input values read back out of the rendered .xlsx: its Customers, Responses and Tickets tables
// (columns found by their headers) and its input names. Nothing here comes from the template's spec. Where a
// function gives an error value (nobody lost, no answer…), the workbook is expected to show "–".
import type ExcelJS from "exceljs";
import { cacPayback, customerAcquisitionCost } from "../../functions/cac/cac";
import { annualChurn, churnRate } from "../../functions/churn/churn";
import { customerLifetimeValue } from "../../functions/clv/clv";
import { customerSatisfactionScore } from "../../functions/csat/csat";
import { ExcelError } from "../../functions/excel/errors";
import {
  grossRevenueRetention,
  mrrMovements,
  netRevenueRetention,
  summarizeMovements,
} from "../../functions/movements/mrr-movements";
import { quickRatio } from "../../functions/movements/quick-ratio";
import {
  annualRecurringRevenue,
  averageRevenuePerAccount,
  monthlyRecurringRevenue,
} from "../../functions/mrr/mrr";
import { netPromoterScore } from "../../functions/nps/nps";

/** Every numeric result name of the workbook (on its sample data, each one a number). */
export const KPI_RESULT_NAMES = [
  "PeriodMonths",
  "MRR",
  "ARR",
  "ARPA",
  "NRR",
  "NRRAnnual",
  "GRR",
  "GRRAnnual",
  "LogoChurn",
  "LogoChurnAnnual",
  "GrossChurn",
  "GrossChurnAnnual",
  "NetChurn",
  "NetChurnAnnual",
  "QuickRatio",
  "NewCustomers",
  "ReactivatedCustomers",
  "CLV",
  "CAC",
  "CACPayback",
  "LTVtoCAC",
  "CustomersAtStart",
  "StartMRR",
  "NewMRR",
  "ExpansionMRR",
  "ReactivationMRR",
  "ContractionMRR",
  "ChurnedMRR",
  "BridgeEndMRR",
  "EndMRR",
  "CustomersLost",
  "NPS",
  "NPSAnswers",
  "CSAT",
  "CSATAnswers",
  "TicketsPerCustomer",
  "MedianFirstResponse",
] as const;

export type ResultName = (typeof KPI_RESULT_NAMES)[number];

/** What a result shows when the data cannot give it. */
export const DASH = "–";
export type Expected = number | typeof DASH;

type Column = unknown[][];

/** The headers the reference reads, in both languages: the workbook's contract. */
const HEADERS = {
  segment: ["Segment", "Segment"],
  start: ["Start MRR", "MRR début"],
  end: ["End MRR", "MRR fin"],
  previously: ["Previously a customer", "Déjà client avant"],
  nps: ["NPS score", "Note NPS"],
  csat: ["CSAT score", "Note CSAT"],
  ticket: ["Ticket", "Ticket"],
  hours: ["First response hours", "Heures avant 1re réponse"],
} as const;
const YES = ["Yes", "Oui"];

/** The data rows of a named table, one column per header, as Excel would pass them to a function. */
function tableColumns(workbook: ExcelJS.Workbook, name: string): Map<string, Column> {
  for (const sheet of workbook.worksheets) {
    const table = (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables[
      name
    ];
    if (!table) continue;
    const [from, to] = table.table.tableRef.split(":") as [string, string];
    const top = Number(/\d+/.exec(from)?.[0]);
    const bottom = Number(/\d+/.exec(to)?.[0]);
    const letters = (cell: string) => /[A-Z]+/.exec(cell)?.[0] ?? "A";
    const column = (letter: string) => [...letter].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    const columns = new Map<string, Column>();
    for (let c = column(letters(from)); c <= column(letters(to)); c++)
      columns.set(
        String(sheet.getCell(top, c).value),
        Array.from({ length: bottom - top }, (_, r) => {
          const value = sheet.getCell(top + 1 + r, c).value;
          return [value === undefined ? null : value];
        }),
      );
    return columns;
  }
  throw new Error(`no table ${name}`);
}

function pick(columns: Map<string, Column>, headers: readonly string[]): Column {
  for (const header of headers) {
    const found = columns.get(header);
    if (found) return found;
  }
  throw new Error(`no column ${headers.join(" / ")}`);
}

/** The sheet and address of the cell a workbook-level defined name points at. */
export function namedCell(workbook: ExcelJS.Workbook, name: string): { sheet: string; address: string } {
  const [range] = workbook.definedNames.getRanges(name).ranges;
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range ?? "");
  if (!match) throw new Error(`no defined name ${name}`);
  return { sheet: match[1] as string, address: `${match[2]}${match[3]}` };
}

function input(workbook: ExcelJS.Workbook, name: string): unknown {
  const { sheet, address } = namedCell(workbook, name);
  return workbook.getWorksheet(sheet)?.getCell(address).value;
}

/** A function's result, "–" for an error value. */
const shown = (value: number | ExcelError): Expected => (value instanceof ExcelError ? DASH : value);
const isNumber = (value: Expected): value is number => typeof value === "number";
const amount = (cell: unknown[] | undefined): number => (typeof cell?.[0] === "number" ? cell[0] : 0);

/** Months from the first to the last month, both counted (dates in UTC, as exceljs reads them). */
function periodMonths(first: unknown, last: unknown): Expected {
  if (!(first instanceof Date) || !(last instanceof Date) || last < first) return DASH;
  return (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
}

/** The customers split into those marked "previously a customer" and the others, same shapes. */
function byHistory(start: Column, end: Column, previously: Column) {
  const back = (i: number) => YES.includes(String(previously[i]?.[0] ?? ""));
  const keep = (column: Column, returning: boolean) => column.filter((_, i) => back(i) === returning);
  return {
    returning: { start: keep(start, true), end: keep(end, true) },
    others: { start: keep(start, false), end: keep(end, false) },
  };
}

/** The MRR of customers won in the period (start 0, end above 0): their sum and their number. */
function won(start: Column, end: Column): { mrr: number; count: number } {
  let mrr = 0;
  let count = 0;
  start.forEach((cell, i) => {
    const e = amount(end[i]);
    if (amount(cell) === 0 && e > 0) {
      mrr += e;
      count++;
    }
  });
  return { mrr, count };
}

/** The median of the numbers of a column, "–" without any. */
function median(column: Column): Expected {
  const values = column
    .map((cell) => cell[0])
    .filter((v): v is number => typeof v === "number")
    .sort((a, b) => a - b);
  if (values.length === 0) return DASH;
  const middle = Math.floor(values.length / 2);
  return values.length % 2
    ? (values[middle] as number)
    : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
}

const count = (column: Column, test: (value: unknown) => boolean) =>
  column.filter((cell) => test(cell[0])).length;

/**
 * Computes every result of the KPI workbook with the CSM functions, "–" where they give an error value.
 *
 * @param workbook - the rendered KPI workbook (inputs only are read)
 * @returns the expected value of each result name
 */
export function kpiExpected(workbook: ExcelJS.Workbook): Record<ResultName, Expected> {
  const customers = tableColumns(workbook, "Customers");
  const start = pick(customers, HEADERS.start);
  const end = pick(customers, HEADERS.end);
  const split = byHistory(start, end, pick(customers, HEADERS.previously));
  const responses = tableColumns(workbook, "Responses");
  const nps = pick(responses, HEADERS.nps);
  const csat = pick(responses, HEADERS.csat);
  const tickets = tableColumns(workbook, "Tickets");
  const spend = input(workbook, "SalesMarketingSpend");
  const margin = input(workbook, "GrossMargin");
  const months = periodMonths(input(workbook, "PeriodFirstMonth"), input(workbook, "PeriodLastMonth"));

  const summary = summarizeMovements(start, end);
  if (summary instanceof ExcelError) throw new Error(`the Customers table reads as ${summary.code}`);
  const newWon = won(split.others.start, split.others.end);
  const backWon = won(split.returning.start, split.returning.end);
  const paying = count(end, (v) => typeof v === "number" && v > 0);
  const arpa = shown(averageRevenuePerAccount(end));
  const nrr = shown(netRevenueRetention(start, end));
  const grr = shown(grossRevenueRetention(start, end));
  const logo = shown(churnRate(start, end, "logo"));
  const gross = shown(churnRate(start, end, "gross"));
  const annualRetention = (rate: Expected): Expected =>
    isNumber(rate) && isNumber(months) ? Math.pow(rate, 12 / months) : DASH;
  const annualRate = (rate: Expected): Expected =>
    isNumber(rate) && isNumber(months) ? shown(annualChurn(rate, 12 / months)) : DASH;
  const monthlyLogo = isNumber(logo) && isNumber(months) ? shown(annualChurn(logo, 1 / months)) : DASH;
  const clv =
    isNumber(arpa) && isNumber(monthlyLogo)
      ? shown(customerLifetimeValue(arpa, monthlyLogo, margin, null))
      : DASH;
  const cac = shown(customerAcquisitionCost(spend, newWon.count));
  const nrrAnnual = annualRetention(nrr);
  const movements = mrrMovements(start, end);
  const bridgeEnd =
    summary.startTotal + newWon.mrr + summary.expansion + backWon.mrr - summary.contraction - summary.churned;
  const mrr = monthlyRecurringRevenue(end, null);
  return {
    PeriodMonths: months,
    // An empty table holds no MRR: 0, where the function says there is nothing to add up.
    MRR: summary.rows === 0 ? 0 : shown(mrr),
    ARR: summary.rows === 0 ? 0 : shown(annualRecurringRevenue(end, null)),
    ARPA: arpa,
    NRR: nrr,
    NRRAnnual: nrrAnnual,
    GRR: grr,
    GRRAnnual: annualRetention(grr),
    LogoChurn: logo,
    LogoChurnAnnual: annualRate(logo),
    GrossChurn: gross,
    GrossChurnAnnual: annualRate(gross),
    NetChurn: shown(churnRate(start, end, "net")),
    NetChurnAnnual: isNumber(nrrAnnual) ? 1 - nrrAnnual : DASH,
    QuickRatio: movements instanceof ExcelError ? DASH : shown(quickRatio(movements, null, null, null)),
    NewCustomers: newWon.count,
    ReactivatedCustomers: backWon.count,
    CLV: clv,
    CAC: cac,
    CACPayback: isNumber(cac) && isNumber(arpa) ? shown(cacPayback(cac, arpa, margin)) : DASH,
    LTVtoCAC: isNumber(clv) && isNumber(cac) ? clv / cac : DASH,
    CustomersAtStart: summary.customersAtStart,
    StartMRR: summary.startTotal,
    NewMRR: newWon.mrr,
    ExpansionMRR: summary.expansion,
    ReactivationMRR: backWon.mrr,
    ContractionMRR: summary.contraction,
    ChurnedMRR: summary.churned,
    BridgeEndMRR: bridgeEnd,
    EndMRR: summary.rows === 0 ? 0 : shown(mrr),
    CustomersLost: summary.customersChurned,
    NPS: shown(netPromoterScore(nps)),
    NPSAnswers: count(nps, (v) => typeof v === "number"),
    CSAT: shown(customerSatisfactionScore(csat, null, null)),
    CSATAnswers: count(csat, (v) => typeof v === "number"),
    TicketsPerCustomer:
      paying === 0 ? DASH : count(pick(tickets, HEADERS.ticket), (v) => v !== null && v !== "") / paying,
    MedianFirstResponse: median(pick(tickets, HEADERS.hours)),
  };
}

/**
 * Computes every result of the KPI workbook with the CSM functions, where each must be a number (the sample).
 *
 * @param workbook - the rendered KPI workbook (inputs only are read)
 * @returns the expected value of each result name
 */
export function kpiReference(workbook: ExcelJS.Workbook): Record<ResultName, number> {
  const expected = kpiExpected(workbook);
  for (const name of KPI_RESULT_NAMES)
    if (!isNumber(expected[name])) throw new Error(`${name} gave ${String(expected[name])}`);
  return expected as Record<ResultName, number>;
}

/** The Customers rows' segment, start and end MRR, as read from the rendered workbook. */
export function customerColumns(workbook: ExcelJS.Workbook): Record<"segment" | "start" | "end", Column> {
  const customers = tableColumns(workbook, "Customers");
  return {
    segment: pick(customers, HEADERS.segment),
    start: pick(customers, HEADERS.start),
    end: pick(customers, HEADERS.end),
  };
}
