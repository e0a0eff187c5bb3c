/**
 * The MRR bridge of a customers × months matrix: how each month's MRR moved from the month before, split as
 * ChartMogul splits it (new business, expansion, reactivation, contraction, churn).
 */
import { readLanguage } from "../excel/arguments";
import { cellsOf } from "../excel/cells";
import type { Spill } from "../excel/elementwise";
import { ExcelError } from "../excel/errors";
import type { Language } from "../excel/language";
import { strongestError } from "../excel/results";
import { AmountReader, matrixLayout } from "./read-matrix";

/** The bridge's rows, in order. */
export interface BridgeMonths {
  readonly start: Float64Array;
  readonly newMrr: Float64Array;
  readonly expansion: Float64Array;
  readonly reactivation: Float64Array;
  readonly contraction: Float64Array;
  readonly churned: Float64Array;
  readonly end: Float64Array;
  /** The matrix's months, when it has a header row. */
  readonly header: readonly number[] | null;
}

const LABELS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Starting MRR", "New", "Expansion", "Reactivation", "Contraction", "Churned", "Ending MRR"],
  fr: ["MRR de début", "Nouveau", "Expansion", "Réactivation", "Contraction", "Perdu", "MRR de fin"],
};

/**
 * The movements of each month of a matrix after the first, from each customer's MRR the month before (p) and
 * in the month (c): new c where p = 0 and the customer never paid in an earlier month of the matrix;
 * reactivation c where p = 0 and they did (ChartMogul); expansion c − p where c > p > 0; contraction p − c
 * where 0 < c < p; churned p where c = 0 < p. Start + new + expansion + reactivation − contraction − churned =
 * end, every month. One pass over the matrix, reading each cell once.
 *
 * @param matrix - one row per customer, one column per month, with or without the header of `CSM.MRR_MATRIX`
 * @returns the movements, one element per month after the first, or an Excel error value
 *
 * @example
 * Array.from(bridgeMonths([[50, 0, 80], [0, 30, 30]]).reactivation)
 * //=> [0, 80]
 */
export function bridgeMonths(matrix: unknown): BridgeMonths | ExcelError {
  const layout = matrixLayout(matrix);
  if (layout instanceof ExcelError) return layout;
  const { rows, top, left, months } = layout;
  if (months < 2)
    return new ExcelError("#N/A", {
      en: "matrix has one month: the bridge compares each month with the one before, so give two or more.",
      fr: "matrice n'a qu'un mois : le pont compare chaque mois au précédent, il en faut deux ou plus.",
    });
  const n = months - 1;
  const start = new Float64Array(n);
  const newMrr = new Float64Array(n);
  const expansion = new Float64Array(n);
  const reactivation = new Float64Array(n);
  const contraction = new Float64Array(n);
  const churned = new Float64Array(n);
  const end = new Float64Array(n);
  const reader = new AmountReader();
  for (let r = top; r < rows.length; r++) {
    const cells = cellsOf(rows[r]);
    let p = reader.amount(cells[left], r, left);
    let paid = p > 0;
    for (let m = 0; m < n; m++) {
      const c = reader.amount(cells[left + m + 1], r, left + m + 1);
      start[m] = (start[m] as number) + p;
      end[m] = (end[m] as number) + c;
      if (p === 0) {
        if (c > 0) {
          if (paid) reactivation[m] = (reactivation[m] as number) + c;
          else newMrr[m] = (newMrr[m] as number) + c;
          paid = true;
        }
      } else if (c === 0) churned[m] = (churned[m] as number) + p;
      else if (c > p) expansion[m] = (expansion[m] as number) + (c - p);
      else if (c < p) contraction[m] = (contraction[m] as number) + (p - c);
      p = c;
    }
  }
  if (reader.problem !== undefined) return reader.problem;
  return { start, newMrr, expansion, reactivation, contraction, churned, end, header: layout.header };
}

/**
 * `CSM.MRR_BRIDGE`: the bridge of {@link bridgeMonths} as a spilled table, seven rows under a header column of
 * labels (English, or French with `language` "fr"), one column per month after the first, with the matrix's
 * months on top when it has them. A total too large for a number gives `#NUM!`.
 *
 * @param matrix - one row per customer, one column per month
 * @param language - `"en"` (default) or `"fr"`, for the labels
 * @returns the table, or an Excel error value
 *
 * @example
 * mrrBridge([["MRR", 46023, 46054], ["A", 100, 150], ["B", 0, 40]], null)
 * //=> [["MRR", 46054], ["Starting MRR", 100], ["New", 40], ["Expansion", 50], ["Reactivation", 0], ["Contraction", 0], ["Churned", 0], ["Ending MRR", 190]]
 */
export function mrrBridge(matrix: unknown, language: unknown): Spill | ExcelError {
  const chosen = readLanguage(language);
  const bridge = bridgeMonths(matrix);
  const error = strongestError([bridge, chosen]);
  if (error !== undefined) return error;
  const labels = LABELS[chosen as Language];
  const { header } = bridge as BridgeMonths;
  const series = (
    ["start", "newMrr", "expansion", "reactivation", "contraction", "churned", "end"] as const
  ).map((name) => (bridge as BridgeMonths)[name]);
  if (!series.every((values) => values.every(Number.isFinite))) return new ExcelError("#NUM!");
  const table: Spill = series.map((values, i) => [labels[i] as string, ...values]);
  if (header !== null) table.unshift(["MRR", ...header.slice(1)]);
  return table;
}
