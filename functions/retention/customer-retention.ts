import { readNumber } from "../excel/arguments";
import { COUNT } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import { finiteResult, strongestError } from "../excel/results";

/**
 * Customer Retention Rate: (E − N) ÷ S, customers at the end minus new ones, over customers at the start
 * (Zendesk, Totango). Counts are whole numbers of 0 or more (`#NUM!` otherwise); more new customers than
 * customers at the end cannot be, and gives `#NUM!` too; no customer at the start gives `#DIV/0!`.
 *
 * @param startCount - customers at the start of the period (S)
 * @param endCount - customers at the end (E)
 * @param newCount - customers acquired during the period (N)
 * @returns the retention rate, a fraction
 *
 * @example
 * customerRetentionRate(1000, 1050, 200)
 * //=> 0.85
 */
export function customerRetentionRate(
  startCount: unknown,
  endCount: unknown,
  newCount: unknown,
): number | ExcelError {
  const s = readNumber(startCount, { en: "start_count", fr: "clients_début" }, COUNT, undefined);
  const e = readNumber(endCount, { en: "end_count", fr: "clients_fin" }, COUNT, undefined);
  const n = readNumber(newCount, { en: "new_count", fr: "nouveaux_clients" }, COUNT, undefined);
  const error = strongestError([s, e, n]);
  if (error !== undefined) return error;
  if ((n as number) > (e as number)) return new ExcelError("#NUM!");
  if (s === 0) return new ExcelError("#DIV/0!");
  return finiteResult(((e as number) - (n as number)) / (s as number));
}
