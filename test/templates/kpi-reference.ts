// The KPI workbook's expected results, computed by the functions/ modules (what CSM.* returns in Excel) from
// the input values read back out of the rendered .xlsx: its Customers and Responses tables and its input
// names. Nothing here comes from the template's spec.
import type ExcelJS from "exceljs";
import { cacPayback, customerAcquisitionCost } from "../../functions/cac/cac";
import { churnRate } from "../../functions/churn/churn";
import { customerLifetimeValue } from "../../functions/clv/clv";
import { customerSatisfactionScore } from "../../functions/csat/csat";
import { ExcelError } from "../../functions/excel/errors";
import {
  grossRevenueRetention,
  mrrMovements,
  netRevenueRetention,
} from "../../functions/movements/mrr-movements";
import { quickRatio } from "../../functions/movements/quick-ratio";
import {
  annualRecurringRevenue,
  averageRevenuePerAccount,
  monthlyRecurringRevenue,
} from "../../functions/mrr/mrr";
import { netPromoterScore } from "../../functions/nps/nps";

export const KPI_RESULT_NAMES = [
  "MRR",
  "ARR",
  "ARPA",
  "NRR",
  "GRR",
  "LogoChurn",
  "GrossChurn",
  "NetChurn",
  "QuickRatio",
  "CLV",
  "CAC",
  "CACPayback",
  "NPS",
  "CSAT",
] as const;

type ResultName = (typeof KPI_RESULT_NAMES)[number];

/** The data rows of a named table, first `width` columns, as Excel would pass them to a function. */
function tableColumns(workbook: ExcelJS.Workbook, name: string, width: number): unknown[][][] {
  for (const sheet of workbook.worksheets) {
    const table = (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables[
      name
    ];
    if (!table) continue;
    const [from, to] = table.table.tableRef.split(":") as [string, string];
    const top = Number(/\d+/.exec(from)?.[0]);
    const bottom = Number(/\d+/.exec(to)?.[0]);
    const left = (/[A-Z]+/.exec(from)?.[0] ?? "A").charCodeAt(0) - 64;
    return Array.from({ length: width }, (_, c) =>
      Array.from({ length: bottom - top }, (_, r) => {
        const value = sheet.getCell(top + 1 + r, left + c).value;
        return [value === undefined ? null : value];
      }),
    );
  }
  throw new Error(`no table ${name}`);
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

const number = (name: string, value: unknown): number => {
  if (value instanceof ExcelError || typeof value !== "number")
    throw new Error(`${name} gave ${String(value)}`);
  return value;
};

/**
 * Computes every result of the KPI workbook with the CSM functions.
 *
 * @param workbook - the rendered KPI workbook (inputs only are read)
 * @returns the expected value of each result name
 */
export function kpiReference(workbook: ExcelJS.Workbook): Record<ResultName, number> {
  const [, , start, end] = tableColumns(workbook, "Customers", 4) as [
    unknown,
    unknown,
    unknown[][],
    unknown[][],
  ];
  const [, nps, csat] = tableColumns(workbook, "Responses", 3) as [unknown, unknown[][], unknown[][]];
  const spend = input(workbook, "SalesMarketingSpend");
  const newCustomers = input(workbook, "NewCustomers");
  const margin = input(workbook, "GrossMargin");
  const arpa = number("ARPA", averageRevenuePerAccount(end));
  const logo = number("LogoChurn", churnRate(start, end, "logo"));
  const cac = number("CAC", customerAcquisitionCost(spend, newCustomers));
  return {
    MRR: number("MRR", monthlyRecurringRevenue(end, null)),
    ARR: number("ARR", annualRecurringRevenue(end, null)),
    ARPA: arpa,
    NRR: number("NRR", netRevenueRetention(start, end)),
    GRR: number("GRR", grossRevenueRetention(start, end)),
    LogoChurn: logo,
    GrossChurn: number("GrossChurn", churnRate(start, end, "gross")),
    NetChurn: number("NetChurn", churnRate(start, end, "net")),
    QuickRatio: number("QuickRatio", quickRatio(mrrMovements(start, end), null, null, null)),
    CLV: number("CLV", customerLifetimeValue(arpa, logo, margin, null)),
    CAC: cac,
    CACPayback: number("CACPayback", cacPayback(cac, arpa, margin)),
    NPS: number("NPS", netPromoterScore(nps)),
    CSAT: number("CSAT", customerSatisfactionScore(csat, null, null)),
  };
}
