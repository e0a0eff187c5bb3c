import { readNumber } from "../excel/arguments";
import type { NumberDomain } from "../excel/cells";
import { AMOUNT, ARPA_ARGUMENT, GROSS_MARGIN, RATE } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import { finiteResult, strongestError } from "../excel/results";

const CHURN_RATE: NumberDomain = {
  min: 0,
  max: 1,
  expected: {
    en: "a churn rate below 1 (0.05 for 5 %)",
    fr: "un taux de churn inférieur à 1 (0,05 pour 5 %)",
  },
};

const DISCOUNT_RATE: NumberDomain = {
  min: 0,
  expected: {
    en: "a discount rate of 0 or more per period",
    fr: "un taux d'actualisation positif ou nul par période",
  },
};

/**
 * Customer Lifetime Value from ARPA and the churn rate of the same period (monthly with monthly, yearly with
 * yearly).
 * - Without a discount rate: ARPA × gross margin ÷ churn (ChartMogul: ARPA 100, churn 5 % → 2,000).
 * - With a discount rate i: m × r ÷ (1 + i − r), where m = ARPA × gross margin and r = 1 − churn
 *   (Gupta & Lehmann, "Customers as Assets", 2003: margins received at the end of each period, discounted).
 * A churn rate of 1 or more, or below 0, gives `#NUM!`; a churn of 0 without discount gives `#DIV/0!`.
 *
 * @param arpa - average revenue per account per period
 * @param churn - churn rate per period, a fraction
 * @param grossMargin - gross margin, a fraction; `null` for 1
 * @param discountRate - discount rate per period; `null` for none
 * @returns the lifetime value, or an Excel error value
 *
 * @example
 * customerLifetimeValue(100, 0.05, null, null)
 * //=> 2000
 * @example
 * customerLifetimeValue(100, 0.2, 0.8, 0.1)
 * //=> 213.33 (rounded)
 */
export function customerLifetimeValue(
  arpa: unknown,
  churn: unknown,
  grossMargin: unknown,
  discountRate: unknown,
): number | ExcelError {
  const revenue = readNumber(arpa, ARPA_ARGUMENT, AMOUNT, undefined);
  const rate = readNumber(churn, { en: "churn_rate", fr: "taux_churn" }, CHURN_RATE, undefined);
  const margin = readNumber(grossMargin, GROSS_MARGIN, RATE, 1);
  const discount = readNumber(
    discountRate,
    { en: "discount_rate", fr: "taux_actualisation" },
    DISCOUNT_RATE,
    Number.NaN,
  );
  const error = strongestError([revenue, rate, margin, discount]);
  if (error !== undefined) return error;
  if (rate === 1) return new ExcelError("#NUM!");
  const perPeriod = (revenue as number) * (margin as number);
  if (Number.isNaN(discount))
    return rate === 0 ? new ExcelError("#DIV/0!") : finiteResult(perPeriod / (rate as number));
  const retention = 1 - (rate as number);
  const denominator = 1 + (discount as number) - retention;
  return denominator === 0 ? new ExcelError("#DIV/0!") : finiteResult((perPeriod * retention) / denominator);
}
