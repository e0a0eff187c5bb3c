import { readNumber } from "../excel/arguments";
import { COUNT } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import { finiteResult, strongestError } from "../excel/results";

/**
 * Customer Retention Rate: (E − N) ÷ S, customers at the end minus new ones, over customers at the start
 * (Zendesk, Totango). Counts are whole numbers of 0 or more (`#NUM!` otherwise). Two cases cannot be and give
 * `#NUM!` too: more new customers than customers at the end (N > E), and more customers kept than there were
 * at the start (E − N > S). No customer at the start gives `#DIV/0!`; a blank count `#N/A`.
 *
 * @param startCount - customers at the start of the period (S)
 * @param endCount - customers at the end (E)
 * @param newCount - customers acquired during the period (N)
 * @returns the retention rate, a fraction from 0 to 1
 *
 * @example
 * customerRetentionRate(1000, 1050, 200)
 * //=> 0.85
 * @example
 * customerRetentionRate(100, 200, 50).code
 * //=> "#NUM!"
 */
export function customerRetentionRate(
  startCount: unknown,
  endCount: unknown,
  newCount: unknown,
): number | ExcelError {
  const s = readNumber(startCount, { en: "start_count", fr: "clients_début" }, COUNT, undefined);
  const e = readNumber(endCount, { en: "end_count", fr: "clients_fin" }, COUNT, undefined);
  const n = readNumber(newCount, { en: "new_count", fr: "nouveaux_clients" }, COUNT, undefined);
  // Each check runs as soon as its counts are known, and ranks with the others: #NUM! beats a blank's #N/A.
  const known = (x: number | ExcelError): x is number => typeof x === "number";
  const impossible = (known(n) && known(e) && n > e) || (known(s) && known(e) && known(n) && e - n > s);
  const error = strongestError([
    s,
    e,
    n,
    impossible ? new ExcelError("#NUM!") : undefined,
    s === 0 ? new ExcelError("#DIV/0!") : undefined,
  ]);
  if (error !== undefined) return error;
  return finiteResult(((e as number) - (n as number)) / (s as number));
}
