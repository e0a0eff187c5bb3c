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
 * yearly), one formula family: m × (1 + i) ÷ (1 + i − r), where m = ARPA × gross margin, r = 1 − churn and
 * i the discount rate per period (Gupta & Lehmann, "Customers as Assets", 2003, with the first margin
 * received at once: Σ over t ≥ 0 of m rᵗ ÷ (1 + i)ᵗ). As 1 + i − r = i + churn, it is computed as
 * m × (1 + i) ÷ (i + churn).
 * - Without a discount rate (or with 0): ARPA × gross margin ÷ churn (ChartMogul: ARPA 100, churn 5 % →
 *   2,000), so omitting the rate and typing 0 agree.
 * - A gross margin of 0 is a real 0 % margin (CLV 0), not the default; a blank margin is 1.
 * A churn rate of 1 or more, or below 0, gives `#NUM!`; a churn of 0 without discount gives `#DIV/0!`.
 *
 * @param arpa - average revenue per account per period
 * @param churn - churn rate per period, a fraction
 * @param grossMargin - gross margin, a fraction; `null` for 1
 * @param discountRate - discount rate per period; `null` for none (the same as 0)
 * @returns the lifetime value, or an Excel error value
 *
 * @example
 * customerLifetimeValue(100, 0.05, null, null)
 * //=> 2000
 * @example
 * customerLifetimeValue(100, 0.05, null, 0)
 * //=> 2000
 * @example
 * customerLifetimeValue(100, 0.2, 0.8, 0.1)
 * //=> 293.33 (rounded)
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
    0,
  );
  // A churn of 1 is inside the rate's domain but not CLV's (#NUM!); both it and a zero denominator are
  // ranked with the arguments' own errors, so that #NUM! and #DIV/0! outrank a blank argument's #N/A.
  const denominator = typeof rate === "number" && typeof discount === "number" ? discount + rate : Number.NaN;
  const error = strongestError([
    revenue,
    rate,
    margin,
    discount,
    rate === 1 ? new ExcelError("#NUM!") : undefined,
    denominator === 0 ? new ExcelError("#DIV/0!") : undefined,
  ]);
  if (error !== undefined) return error;
  const perPeriod = (revenue as number) * (margin as number);
  return finiteResult((perPeriod * (1 + (discount as number))) / denominator);
}
