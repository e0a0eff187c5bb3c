import { readNumber } from "../excel/arguments";
import { scanNumbers } from "../excel/cells";
import { AMOUNT, ARPA_ARGUMENT, COUNT, GROSS_MARGIN, RATE } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import { finiteResult, strongestError } from "../excel/results";

/**
 * Customer Acquisition Cost: sales and marketing spend ÷ new customers won in the same period. Either
 * argument may be a range (spend lines, or new customers per channel): each is summed. No new customer
 * gives `#DIV/0!`; a negative spend or a count that is not a whole number gives `#NUM!`.
 *
 * @param spend - sales and marketing spend of the period
 * @param newCustomers - customers acquired in the period
 * @returns the cost per new customer
 *
 * @example
 * customerAcquisitionCost([[30000], [20000]], 25)
 * //=> 2000
 */
export function customerAcquisitionCost(spend: unknown, newCustomers: unknown): number | ExcelError {
  let totalSpend = 0;
  let customers = 0;
  const spendProblem = scanNumbers(spend, { en: "spend", fr: "dépenses" }, AMOUNT, (value) => {
    totalSpend += value;
  });
  const countProblem = scanNumbers(
    newCustomers,
    { en: "new_customers", fr: "nouveaux_clients" },
    COUNT,
    (value) => {
      customers += value;
    },
  );
  const error = strongestError([spendProblem, countProblem]);
  if (error !== undefined) return error;
  return customers === 0 ? new ExcelError("#DIV/0!") : finiteResult(totalSpend / customers);
}

/**
 * CAC payback: months of gross margin a new customer takes to repay their acquisition cost,
 * CAC ÷ (ARPA × gross margin), with ARPA per month. A margin or ARPA of 0 gives `#DIV/0!`.
 *
 * @param cac - customer acquisition cost
 * @param arpa - average revenue per account per month
 * @param grossMargin - gross margin, a fraction; `null` for 1
 * @returns months to pay back
 *
 * @example
 * cacPayback(1200, 100, 0.8)
 * //=> 15
 */
export function cacPayback(cac: unknown, arpa: unknown, grossMargin: unknown): number | ExcelError {
  const cost = readNumber(cac, { en: "cac", fr: "cac" }, AMOUNT, undefined);
  const revenue = readNumber(arpa, ARPA_ARGUMENT, AMOUNT, undefined);
  const margin = readNumber(grossMargin, GROSS_MARGIN, RATE, 1);
  const error = strongestError([cost, revenue, margin]);
  if (error !== undefined) return error;
  const monthly = (revenue as number) * (margin as number);
  return monthly === 0 ? new ExcelError("#DIV/0!") : finiteResult((cost as number) / monthly);
}
