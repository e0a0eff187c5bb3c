import { readChoice, readNumber, ZERO_IS_BLANK } from "../excel/arguments";
import { RATE } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import type { NumberDomain } from "../excel/cells";
import { finiteResult, strongestError } from "../excel/results";
import { summarizeMovements } from "../movements/mrr-movements";

export type ChurnBasis = "logo" | "gross" | "net";

/** The words `basis` accepts (also in `CSM.COHORTS` and `CSM.TRAILING_RATE`), and what each means. */
export const CHURN_BASES: Readonly<Record<string, ChurnBasis>> = {
  logo: "logo",
  logos: "logo",
  customer: "logo",
  client: "logo",
  gross: "gross",
  brut: "gross",
  net: "net",
};

const MONTHS_DOMAIN: NumberDomain = {
  min: 0,
  expected: { en: "a number of months", fr: "un nombre de mois" },
};

/**
 * Churn rate over a period, on one of ChartMogul's three bases:
 * - `"logo"` (default): customers lost (start > 0, end = 0) ÷ customers at the start;
 * - `"gross"`: (churned + contraction MRR) ÷ starting MRR;
 * - `"net"`: (churned + contraction − expansion MRR) ÷ starting MRR, which is 1 − NRR and can be negative.
 * New customers (start = 0) count in none of them. French words `client` and `brut` are accepted too.
 * An unknown basis gives `#VALUE!`; nobody at the start gives `#DIV/0!`. A basis of 0 reads as blank (the
 * logo default): an empty cell arrives as 0 on Windows desktop.
 *
 * @param startMrr - each customer's MRR at the start of the period
 * @param endMrr - the same customers' MRR at the end, same shape
 * @param basis - `"logo"`, `"gross"` or `"net"`; `null` or 0 for logo
 * @returns the churn rate as a fraction, or an Excel error value
 *
 * @example
 * churnRate([[40], [30], [20], [10]], [[40], [20], [30], [0]], "gross")
 * //=> 0.2
 * @example
 * churnRate([[40], [30], [20], [10]], [[40], [20], [30], [0]], null)
 * //=> 0.25
 */
export function churnRate(startMrr: unknown, endMrr: unknown, basis: unknown): number | ExcelError {
  const chosen = readChoice(basis, { en: "basis", fr: "base" }, CHURN_BASES, "logo", ZERO_IS_BLANK);
  const summary = summarizeMovements(startMrr, endMrr);
  const error = strongestError([summary, chosen]);
  if (error !== undefined) return error;
  const s = summary as Exclude<typeof summary, ExcelError>;
  if (chosen === "logo") {
    return s.customersAtStart === 0 ? new ExcelError("#DIV/0!") : s.customersChurned / s.customersAtStart;
  }
  if (s.startTotal === 0) return new ExcelError("#DIV/0!");
  const lost = s.churned + s.contraction - (chosen === "net" ? s.expansion : 0);
  return finiteResult(lost / s.startTotal);
}

/**
 * Compounds a monthly churn rate over a number of months: 1 − (1 − m)^months. A rate outside 0–1 or a
 * negative number of months gives `#NUM!`. Months of 0 read as blank, so the default 12 applies: churn over
 * no time is meaningless, and an empty cell arrives as 0 on Windows desktop.
 *
 * @param monthlyRate - the monthly churn rate, a fraction
 * @param months - how many months; `null` or 0 for 12
 * @returns the churn over those months, a fraction
 *
 * @example
 * annualChurn(0.05, null)
 * //=> 0.4596 (rounded)
 * @example
 * annualChurn(0.05, 0)
 * //=> 0.4596 (rounded)
 */
export function annualChurn(monthlyRate: unknown, months: unknown): number | ExcelError {
  const rate = readNumber(monthlyRate, { en: "monthly_rate", fr: "taux_mensuel" }, RATE, undefined);
  const count = readNumber(months, { en: "months", fr: "mois" }, MONTHS_DOMAIN, 12, ZERO_IS_BLANK);
  const error = strongestError([rate, count]);
  if (error !== undefined) return error;
  return 1 - Math.pow(1 - (rate as number), count as number);
}
