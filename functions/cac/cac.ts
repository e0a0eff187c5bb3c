import { readNumber } from "../excel/arguments";
import { scanNumbers, sumClean } from "../excel/cells";
import { AMOUNT, ARPA_ARGUMENT, COUNT, GROSS_MARGIN, RATE } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import type { ArgumentName } from "../excel/messages";
import { finiteResult, strongestError } from "../excel/results";

const SPEND: ArgumentName = { en: "spend", fr: "dépenses" };
const NEW_CUSTOMERS: ArgumentName = { en: "new_customers", fr: "nouveaux_clients" };

/**
 * Customer Acquisition Cost: sales and marketing spend ÷ new customers won in the same period. Either
 * argument may be a range (spend lines, or new customers per channel): each is summed, blanks skipped.
 * No new customer (0) gives `#DIV/0!`; a negative spend or a count that is not a whole number `#NUM!`;
 * an argument whose every cell is blank `#N/A` naming it (a blank is "not known", not 0).
 *
 * @param spend - sales and marketing spend of the period
 * @param newCustomers - customers acquired in the period
 * @returns the cost per new customer
 *
 * @example
 * customerAcquisitionCost([[30000], [20000]], 25)
 * //=> 2000
 * @example
 * customerAcquisitionCost([[""]], 25).code
 * //=> "#N/A"
 */
export function customerAcquisitionCost(spend: unknown, newCustomers: unknown): number | ExcelError {
  const cleanSpend = sumClean(spend, false);
  const cleanCount = sumClean(newCustomers, true);
  let totalSpend = cleanSpend?.total ?? 0;
  let spendCells = cleanSpend?.count ?? 0;
  let customers = cleanCount?.total ?? 0;
  let countCells = cleanCount?.count ?? 0;
  const spendProblem = cleanSpend
    ? undefined
    : scanNumbers(spend, SPEND, AMOUNT, (value) => {
        totalSpend += value;
        spendCells++;
      });
  const countProblem = cleanCount
    ? undefined
    : scanNumbers(newCustomers, NEW_CUSTOMERS, COUNT, (value) => {
        customers += value;
        countCells++;
      });
  const error = strongestError([
    spendProblem,
    countProblem,
    countCells > 0 && customers === 0 ? new ExcelError("#DIV/0!") : undefined,
    spendCells === 0 ? allBlank(SPEND) : undefined,
    countCells === 0 ? allBlank(NEW_CUSTOMERS) : undefined,
  ]);
  if (error !== undefined) return error;
  return finiteResult(totalSpend / customers);
}

function allBlank(argument: ArgumentName): ExcelError {
  return new ExcelError("#N/A", {
    en: `${argument.en}: every cell is blank; enter the period's figure (0 if there was none).`,
    fr: `${argument.fr} : toutes les cellules sont vides ; saisissez le chiffre de la période (0 s'il n'y en a pas eu).`,
  });
}

/**
 * CAC payback: months of gross margin a new customer takes to repay their acquisition cost,
 * CAC ÷ (ARPA × gross margin), with ARPA per month. A margin or ARPA of 0 gives `#DIV/0!`: a gross margin of
 * 0 is a real 0 % margin, never the default, so an empty margin cell (0 on Windows desktop) gives `#DIV/0!`
 * there; omit the argument for 100 %.
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
