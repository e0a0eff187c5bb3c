/**
 * The CSM custom functions: thin `@customfunction` wrappers over the pure modules. The metadata generator
 * reads this file (ids, descriptions, parameter types) into functions.json and registers each function with
 * `CustomFunctions.associate`; French descriptions are in `functions-fr.source.json`.
 *
 * Every parameter is `any` (ranges `any[][]`) so that blanks, text and errors arrive as they are and the
 * catalogue's semantics apply, instead of Excel's own coercion (which would turn a blank into 0). Every
 * parameter that accepts a range is `any[][]`: one declared as one value is lifted by Excel over a range
 * (one call per cell). Windows desktop still passes an empty referenced cell as 0 to a one-value parameter
 * and to an optional range (office-js #4702, #5262): each optional argument says what its 0 does.
 *
 * Text results are the same in every Excel language; only error messages follow Excel's display language
 * (the boundary's job). Functions whose results are words for people take an explicit `language` argument.
 */
import { excelResult, excelSpill } from "./excel/boundary";
import { customerAcquisitionCost, cacPayback } from "./cac/cac";
import { annualChurn, churnRate } from "./churn/churn";
import { customerLifetimeValue } from "./clv/clv";
import { customerSatisfactionScore } from "./csat/csat";
import { grossRevenueRetention, mrrMovements, netRevenueRetention } from "./movements/mrr-movements";
import { quickRatio } from "./movements/quick-ratio";
import { mrrBridge } from "./billing/bridge";
import { cohorts } from "./billing/cohorts";
import { mrrMatrix } from "./billing/matrix";
import { trailingRate } from "./billing/trailing";
import { annualRecurringRevenue, averageRevenuePerAccount, monthlyRecurringRevenue } from "./mrr/mrr";
import { accountAlerts } from "./health/alerts";
import { pulsePoints, rescale } from "./health/components";
import { healthBand, healthExplain, healthScores } from "./health/health";
import { journeyDays } from "./journey/journey-days";
import { netPromoterScore } from "./nps/nps";
import { csmsNeeded, scaleDecision, scaleRatio } from "./scaling/scaling";
import { customerRetentionRate } from "./retention/customer-retention";

/**
 * Monthly Recurring Revenue: each amount divided by the months it covers, added up.
 * @customfunction MRR
 * @param amounts Contract amounts, one per cell; blank cells are skipped.
 * @param [period_months] Months each amount covers: one number for all, or a range shaped like amounts. Default 1 (monthly amounts); 12 for annual contracts. 0 gives #DIV/0!: omit the argument rather than point at an empty cell.
 * @returns Monthly recurring revenue.
 */
export function mrr(amounts: any[][], period_months?: any[][]): number {
  return excelResult(() => monthlyRecurringRevenue(amounts, period_months ?? null));
}

/**
 * Annual Recurring Revenue: 12 × MRR.
 * @customfunction ARR
 * @param amounts Contract amounts, one per cell; blank cells are skipped.
 * @param [period_months] Months each amount covers: one number for all, or a range shaped like amounts. Default 1. 0 gives #DIV/0!.
 * @returns Annual recurring revenue.
 */
export function arr(amounts: any[][], period_months?: any[][]): number {
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
 * @param [basis] "logo" (default; also when blank or 0), "gross" or "net".
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
 * @param [months] Number of months. Default 12 (also when blank or 0).
 * @returns The churn over those months, as a fraction.
 */
export function annualChurnRate(monthly_rate: any, months?: any): number {
  return excelResult(() => annualChurn(monthly_rate, months ?? null));
}

/**
 * Customer lifetime value: ARPA × gross margin × (1 + discount) ÷ (discount + churn); ARPA × gross margin ÷ churn without discount (Gupta & Lehmann).
 * @customfunction CLV
 * @param arpa Average revenue per account per period (month or year, as the churn rate).
 * @param churn_rate Churn rate per period, as a fraction below 1.
 * @param [gross_margin] Gross margin as a fraction. Default 1 when omitted; 0 is a 0 % margin.
 * @param [discount_rate] Discount rate per period. Omit it, or 0, for no discounting.
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
 * @param [gross_margin] Gross margin as a fraction. Default 1 when omitted; 0 is a 0 % margin (#DIV/0!).
 * @returns Months to pay back.
 */
export function cacPaybackMonths(cac: any, arpa: any, gross_margin?: any): number {
  return excelResult(() => cacPayback(cac, arpa, gross_margin ?? null));
}

/**
 * SaaS quick ratio: (new + expansion + reactivation MRR) ÷ (contraction + churned MRR).
 * @customfunction QUICK_RATIO
 * @param new_mrr New MRR, or with the other arguments omitted: the four-cell row of CSM.MRR_MOVEMENTS, or one month's column of CSM.MRR_BRIDGE.
 * @param [expansion] Expansion MRR. Blank is 0.
 * @param [contraction] Contraction MRR. Blank is 0.
 * @param [churned] Churned MRR. Blank is 0.
 * @param [reactivation] Reactivation MRR (customers back after a month at 0). Blank is 0.
 * @returns MRR gained for each unit of MRR lost.
 */
export function quick(
  new_mrr: any[][],
  expansion?: any,
  contraction?: any,
  churned?: any,
  reactivation?: any,
): number {
  return excelResult(() =>
    quickRatio(new_mrr, expansion ?? null, contraction ?? null, churned ?? null, reactivation ?? null),
  );
}

/**
 * Each customer's MRR in each month from a subscription list: customers sorted down, months across (first day of each month).
 * @customfunction MRR_MATRIX
 * @param customers Each subscription's customer, one row per subscription.
 * @param amounts Each subscription's amount, for period_months months.
 * @param starts Each subscription's start date. It counts in every month it is active on the last day of.
 * @param ends Each subscription's end date (the day it stops); blank while active.
 * @param [period_months] Months each amount covers: one number for all, or one per row. Default 1; 12 for annual plans (1/12 a month).
 * @param [months] Dates whose months the matrix spans (earliest to latest). Default: the first start to the latest start or end.
 * @returns A matrix with a header row of months and a first column of customers.
 */
export function mrrMatrixOf(
  customers: any[][],
  amounts: any[][],
  starts: any[][],
  ends: any[][],
  period_months?: any[][],
  months?: any[][],
): any[][] {
  return excelSpill(() => mrrMatrix(customers, amounts, starts, ends, period_months ?? null, months ?? null));
}

/**
 * MRR bridge of each month of a matrix: starting MRR, new, expansion, reactivation, contraction, churned, ending MRR.
 * @customfunction MRR_BRIDGE
 * @param matrix One row per customer, one column per month: the spill of CSM.MRR_MATRIX, or amounts only.
 * @param [language] Language of the labels: "en" (default) or "fr".
 * @returns Seven rows under a column of labels, one column per month after the first.
 */
export function mrrBridgeOf(matrix: any[][], language?: any): any[][] {
  return excelSpill(() => mrrBridge(matrix, language ?? null));
}

/**
 * Cohort triangle by first paying month: customers ("logo"), MRR gross of expansion ("gross") or net MRR ("net") kept each month since.
 * @customfunction COHORTS
 * @param matrix One row per customer, one column per month: the spill of CSM.MRR_MATRIX, or amounts only.
 * @param [basis] "logo" (default; also when blank or 0), "gross" or "net".
 * @param [language] Language of the headings: "en" (default) or "fr".
 * @returns One row per cohort: its month, its size and its rates from month 0 (100 %).
 */
export function cohortsOf(matrix: any[][], basis?: any, language?: any): any[][] {
  return excelSpill(() => cohorts(matrix, basis ?? null, language ?? null));
}

/**
 * NRR, GRR or churn of a matrix between each month and the month window months before (trailing twelve months by default).
 * @customfunction TRAILING_RATE
 * @param matrix One row per customer, one column per month: the spill of CSM.MRR_MATRIX, or amounts only.
 * @param [measure] "nrr" (default; also when blank or 0), "grr", or the churn bases "logo", "gross", "net".
 * @param [window] Months between the two months compared. Default 12 (also when blank or 0); 1 for monthly rates.
 * @returns One rate per month from month window + 1 on, under the months when the matrix has them.
 */
export function trailingRateOf(matrix: any[][], measure?: any, window?: any): any[][] {
  return excelSpill(() => trailingRate(matrix, measure ?? null, window ?? null));
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
 * @param [scale_max] Top of the scale: 5 (default; also when blank or 0), 7 or 10. Scales start at 1, or at 0 for 10.
 * @param [satisfied_min] Lowest answer counted as satisfied. Default scale_max − 1 (also when blank or 0).
 * @returns The share of satisfied answers, as a fraction.
 */
export function csat(scores: any[][], scale_max?: any, satisfied_min?: any): number {
  return excelResult(() => customerSatisfactionScore(scores, scale_max ?? null, satisfied_min ?? null));
}

/**
 * Health score of each account: the weighted mean of its components (0–100) present; a blank component's weight goes to the others.
 * @customfunction HEALTH
 * @param scores One row per account, one column per component, each scored 0–100.
 * @param [weights] One row of weights, one per component; 0 leaves a component out, so fill every weight. Omit for equal weights.
 * @returns One score from 0 to 100 per account (a column).
 */
export function health(scores: any[][], weights?: any[][]): any[][] {
  return excelSpill(() => healthScores(scores, weights ?? null));
}

/**
 * Colour band of health scores: Red up to red_max, Yellow up to yellow_max, Green above.
 * @customfunction HEALTH_BAND
 * @param score A health score from 0 to 100, or a range of them.
 * @param [red_max] Highest red score. Default 50 (also when blank or 0).
 * @param [yellow_max] Highest yellow score. Default 75 (also when blank or 0).
 * @returns "Red", "Yellow" or "Green" for each score.
 */
export function healthBandOf(score: any[][], red_max?: any, yellow_max?: any): any[][] {
  return excelSpill(() => healthBand(score, red_max ?? null, yellow_max ?? null));
}

/**
 * Why an account has its health score: each component's score, effective weight, points contributed and lost, largest loss first.
 * @customfunction HEALTH_EXPLAIN
 * @param scores One account's row of component scores, 0–100.
 * @param [weights] One row of weights, one per component. Omit for equal weights.
 * @param [labels] The components' names, one cell each. Default "Component 1", "Component 2"…
 * @param [language] Language of the header and default labels: "en" (default) or "fr".
 * @returns A table with a header row and a total row.
 */
export function healthExplainTable(
  scores: any[][],
  weights?: any[][],
  labels?: any[][],
  language?: any,
): any[][] {
  return excelSpill(() => healthExplain(scores, weights ?? null, labels ?? null, language ?? null));
}

/**
 * The CSM's pulse as a health component: Poor 0, Concerning 50, Healthy 100 (French words accepted).
 * @customfunction PULSE
 * @param pulse "Poor", "Concerning" or "Healthy" (or "Mauvais", "Préoccupant", "Sain"), or a range of them.
 * @returns 0, 50 or 100 for each pulse; blank for a blank pulse.
 */
export function pulseComponent(pulse: any[][]): any[][] {
  return excelSpill(() => pulsePoints(pulse));
}

/**
 * Rescales any indicator onto 0–100, clamped: min gives 0, max gives 100 (min above max inverts the scale).
 * @customfunction SCALE
 * @param value The indicator, or a range of them (NPS, days since last login…).
 * @param min The value that scores 0.
 * @param max The value that scores 100.
 * @returns A score from 0 to 100 for each value.
 */
export function scale(value: any[][], min: any, max: any): any[][] {
  return excelSpill(() => rescale(value, min, max));
}

/**
 * Alerts for each account: admin inactive, no login, licence drop, interest in a module not owned.
 * @customfunction ALERTS
 * @param admin_idle_months Months since the admin's last action, one row per account.
 * @param login_idle_months Months since any user logged in, one row per account.
 * @param licences_before Licences used last month, one row per account.
 * @param licences_now Licences used this month, one row per account.
 * @param [modules_of_interest] Modules each account showed interest in: its row's cells, or a list separated by commas.
 * @param [modules_owned] Modules each account owns: its row's cells, or a list separated by commas.
 * @param [admin_months] Months of admin inactivity that raise an alert. Default 2 (also when blank or 0).
 * @param [login_months] Months without login that raise an alert. Default 1 (also when blank or 0).
 * @param [licence_drop] Drop in licences, as a fraction, above which an alert is raised. Default 0.1 (also when blank or 0); 0.001 flags any drop.
 * @param [language] Language of the alerts: "en" (default) or "fr".
 * @returns The alerts raised for each account, or an empty text.
 */
export function alerts(
  admin_idle_months: any[][],
  login_idle_months: any[][],
  licences_before: any[][],
  licences_now: any[][],
  modules_of_interest?: any[][],
  modules_owned?: any[][],
  admin_months?: any,
  login_months?: any,
  licence_drop?: any,
  language?: any,
): any[][] {
  return excelSpill(() =>
    accountAlerts(
      admin_idle_months,
      login_idle_months,
      licences_before,
      licences_now,
      modules_of_interest ?? null,
      modules_owned ?? null,
      admin_months ?? null,
      login_months ?? null,
      licence_drop ?? null,
      language ?? null,
    ),
  );
}

/**
 * Days between two journey milestones over the accounts that reached both: median, mean or max.
 * @customfunction JOURNEY_DAYS
 * @param from_dates Dates of the earlier milestone, one row per account (one column per pair of milestones).
 * @param to_dates Dates of the later milestone, same shape.
 * @param [statistic] "median" (default; also when blank or 0), "mean" or "max".
 * @returns Days for each pair of milestones.
 */
export function journey(from_dates: any[][], to_dates: any[][], statistic?: any): any[][] {
  return excelSpill(() => journeyDays(from_dates, to_dates, statistic ?? null));
}

/**
 * Time ÷ value of each CSM action: below 1 keep it human, above 1 automate it.
 * @customfunction SCALE_RATIO
 * @param time Time each action takes, whole numbers from 1 to 5.
 * @param value Value each action brings, whole numbers from 1 to 5, same shape.
 * @returns The ratio for each action.
 */
export function scaleRatioOf(time: any[][], value: any[][]): any[][] {
  return excelSpill(() => scaleRatio(time, value));
}

/**
 * What to do with each CSM action: Human (time ÷ value < 1), Arbitrate (= 1) or Automate (> 1).
 * @customfunction SCALE_DECISION
 * @param time Time each action takes, whole numbers from 1 to 5.
 * @param value Value each action brings, whole numbers from 1 to 5, same shape.
 * @returns "Human", "Arbitrate" or "Automate" for each action, the same words in every Excel language.
 */
export function scaleDecisionOf(time: any[][], value: any[][]): any[][] {
  return excelSpill(() => scaleDecision(time, value));
}

/**
 * CSMs needed, in full-time equivalents (not rounded): Σ workload ÷ capacity over the tiers.
 * @customfunction CSMS_NEEDED
 * @param workload Accounts or ARR in each tier.
 * @param capacity What one CSM carries in each tier (accounts or ARR), same shape.
 * @returns Full-time CSMs needed.
 */
export function csmsNeededFor(workload: any[][], capacity: any[][]): number {
  return excelResult(() => csmsNeeded(workload, capacity));
}
