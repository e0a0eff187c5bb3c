/**
 * The CSM custom functions: thin `@customfunction` wrappers over the pure modules. The metadata generator
 * reads this file (ids, descriptions, parameter types) into functions.json and registers each function with
 * `CustomFunctions.associate`; French descriptions are in `functions-fr.source.json`.
 *
 * Every parameter is `any` (ranges `any[][]`) so that blanks, text and errors arrive as they are and the
 * catalogue's semantics apply, instead of Excel's own coercion (which would turn a blank into 0).
 */
import { excelResult } from "./excel/boundary";
import { customerAcquisitionCost, cacPayback } from "./cac/cac";
import { annualChurn, churnRate } from "./churn/churn";
import { customerLifetimeValue } from "./clv/clv";
import { customerSatisfactionScore } from "./csat/csat";
import { grossRevenueRetention, mrrMovements, netRevenueRetention } from "./movements/mrr-movements";
import { quickRatio } from "./movements/quick-ratio";
import { annualRecurringRevenue, averageRevenuePerAccount, monthlyRecurringRevenue } from "./mrr/mrr";
import { netPromoterScore } from "./nps/nps";
import { customerRetentionRate } from "./retention/customer-retention";

/**
 * Monthly Recurring Revenue: each amount divided by the months it covers, added up.
 * @customfunction MRR
 * @param amounts Contract amounts, one per cell; blank cells are skipped.
 * @param [period_months] Months each amount covers: one number for all, or a range shaped like amounts. Default 1 (monthly amounts); 12 for annual contracts.
 * @returns Monthly recurring revenue.
 */
export function mrr(amounts: any[][], period_months?: any): number {
  return excelResult(() => monthlyRecurringRevenue(amounts, period_months ?? null));
}

/**
 * Annual Recurring Revenue: 12 × MRR.
 * @customfunction ARR
 * @param amounts Contract amounts, one per cell; blank cells are skipped.
 * @param [period_months] Months each amount covers: one number for all, or a range shaped like amounts. Default 1.
 * @returns Annual recurring revenue.
 */
export function arr(amounts: any[][], period_months?: any): number {
  return excelResult(() => annualRecurringRevenue(amounts, period_months ?? null));
}

/**
 * Average revenue per account: the mean MRR of the customers who pay (MRR above 0).
 * @customfunction ARPA
 * @param mrr Each customer's MRR, one per cell; zeros and blanks are left out.
 * @returns Average MRR per paying customer.
 */
export function arpa(mrr: any[][]): number {
  return excelResult(() => averageRevenuePerAccount(mrr));
}

/**
 * MRR movements of a period as one row: new, expansion, contraction, churned.
 * @customfunction MRR_MOVEMENTS
 * @param start_mrr Each customer's MRR at the start of the period, one row per customer.
 * @param end_mrr The same customers' MRR at the end of the period, same shape; blank reads as 0.
 * @returns A row of four amounts: new, expansion, contraction, churned.
 */
export function mrrMovementsRow(start_mrr: any[][], end_mrr: any[][]): number[][] {
  return excelResult(() => mrrMovements(start_mrr, end_mrr));
}

/**
 * Net revenue retention: end MRR of the customers present at the start ÷ their start MRR (new business excluded).
 * @customfunction NRR
 * @param start_mrr Each customer's MRR at the start of the period, one row per customer.
 * @param end_mrr The same customers' MRR at the end of the period, same shape.
 * @returns NRR as a fraction (format the cell as %).
 */
export function nrr(start_mrr: any[][], end_mrr: any[][]): number {
  return excelResult(() => netRevenueRetention(start_mrr, end_mrr));
}

/**
 * Gross revenue retention: MRR kept from the customers present at the start, expansion not counted (at most 100 %).
 * @customfunction GRR
 * @param start_mrr Each customer's MRR at the start of the period, one row per customer.
 * @param end_mrr The same customers' MRR at the end of the period, same shape.
 * @returns GRR as a fraction (format the cell as %).
 */
export function grr(start_mrr: any[][], end_mrr: any[][]): number {
  return excelResult(() => grossRevenueRetention(start_mrr, end_mrr));
}

/**
 * Churn rate of a period: customers lost (logo), or MRR lost (gross), or MRR lost net of expansion (net).
 * @customfunction CHURN
 * @param start_mrr Each customer's MRR at the start of the period, one row per customer.
 * @param end_mrr The same customers' MRR at the end of the period, same shape.
 * @param [basis] "logo" (default), "gross" or "net".
 * @returns The churn rate as a fraction (format the cell as %).
 */
export function churn(start_mrr: any[][], end_mrr: any[][], basis?: any): number {
  return excelResult(() => churnRate(start_mrr, end_mrr, basis ?? null));
}

/**
 * Customer retention rate: (customers at the end − new customers) ÷ customers at the start.
 * @customfunction RETENTION
 * @param start_count Customers at the start of the period.
 * @param end_count Customers at the end of the period.
 * @param new_count Customers acquired during the period.
 * @returns The retention rate as a fraction (format the cell as %).
 */
export function retention(start_count: any, end_count: any, new_count: any): number {
  return excelResult(() => customerRetentionRate(start_count, end_count, new_count));
}

/**
 * Compounds a monthly churn rate over a year (or any number of months): 1 − (1 − rate)^months.
 * @customfunction ANNUAL_CHURN
 * @param monthly_rate Monthly churn rate, as a fraction (0.05 for 5 %).
 * @param [months] Number of months. Default 12.
 * @returns The churn over those months, as a fraction.
 */
export function annualChurnRate(monthly_rate: any, months?: any): number {
  return excelResult(() => annualChurn(monthly_rate, months ?? null));
}

/**
 * Customer lifetime value: ARPA × gross margin ÷ churn, or discounted with a discount rate (Gupta & Lehmann).
 * @customfunction CLV
 * @param arpa Average revenue per account per period (month or year, as the churn rate).
 * @param churn_rate Churn rate per period, as a fraction below 1.
 * @param [gross_margin] Gross margin as a fraction. Default 1.
 * @param [discount_rate] Discount rate per period. Omit for no discounting.
 * @returns The lifetime value of a customer.
 */
export function clv(arpa: any, churn_rate: any, gross_margin?: any, discount_rate?: any): number {
  return excelResult(() =>
    customerLifetimeValue(arpa, churn_rate, gross_margin ?? null, discount_rate ?? null),
  );
}

/**
 * Customer acquisition cost: sales and marketing spend ÷ new customers.
 * @customfunction CAC
 * @param spend Sales and marketing spend of the period (a number or a range, summed).
 * @param new_customers Customers acquired in the period (a number or a range, summed).
 * @returns The cost of acquiring one customer.
 */
export function cac(spend: any[][], new_customers: any[][]): number {
  return excelResult(() => customerAcquisitionCost(spend, new_customers));
}

/**
 * Months to recover the cost of acquiring a customer: CAC ÷ (ARPA × gross margin).
 * @customfunction CAC_PAYBACK
 * @param cac Customer acquisition cost.
 * @param arpa Average revenue per account per month.
 * @param [gross_margin] Gross margin as a fraction. Default 1.
 * @returns Months to pay back.
 */
export function cacPaybackMonths(cac: any, arpa: any, gross_margin?: any): number {
  return excelResult(() => cacPayback(cac, arpa, gross_margin ?? null));
}

/**
 * SaaS quick ratio: (new + expansion MRR) ÷ (contraction + churned MRR).
 * @customfunction QUICK_RATIO
 * @param new_mrr New MRR, or the four-cell row of CSM.MRR_MOVEMENTS with the other arguments omitted.
 * @param [expansion] Expansion MRR.
 * @param [contraction] Contraction MRR.
 * @param [churned] Churned MRR.
 * @returns MRR gained for each unit of MRR lost.
 */
export function quick(new_mrr: any[][], expansion?: any, contraction?: any, churned?: any): number {
  return excelResult(() => quickRatio(new_mrr, expansion ?? null, contraction ?? null, churned ?? null));
}

/**
 * Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to 100. Blanks are skipped.
 * @customfunction NPS
 * @param scores Survey answers from 0 to 10, one per cell; blank cells are skipped.
 * @returns The Net Promoter Score, from −100 to 100.
 */
export function nps(scores: any[][]): number {
  return excelResult(() => netPromoterScore(scores));
}

/**
 * Customer satisfaction: the share of answers at or above satisfied_min (top-two-box by default).
 * @customfunction CSAT
 * @param scores Survey answers, one per cell; blank cells are skipped.
 * @param [scale_max] Top of the scale: 5 (default), 7 or 10. Scales start at 1, or at 0 for 10.
 * @param [satisfied_min] Lowest answer counted as satisfied. Default scale_max − 1.
 * @returns The share of satisfied answers, as a fraction.
 */
export function csat(scores: any[][], scale_max?: any, satisfied_min?: any): number {
  return excelResult(() => customerSatisfactionScore(scores, scale_max ?? null, satisfied_min ?? null));
}
