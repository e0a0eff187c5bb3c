/**
 * Trailing-window rates of a customers × months matrix: NRR, GRR and the three churn rates between each month
 * and the month `window` months before, each computed by the catalogue's own pair function on those two
 * columns, so that a name has one definition everywhere (`CSM.NRR` of two columns is the one-month NRR here).
 */
import { readChoice, readNumber, ZERO_IS_BLANK } from "../excel/arguments";
import type { NumberDomain } from "../excel/cells";
import type { Spill } from "../excel/elementwise";
import { ExcelError } from "../excel/errors";
import { strongestError } from "../excel/results";
import { CHURN_BASES, churnRate } from "../churn/churn";
import { grossRevenueRetention, netRevenueRetention } from "../movements/mrr-movements";
import { matrixColumns, matrixLayout } from "./read-matrix";

type Measure = "nrr" | "grr" | "logo" | "gross" | "net";

const MEASURES: Readonly<Record<string, Measure>> = { nrr: "nrr", grr: "grr", ...CHURN_BASES };

const WINDOW_DOMAIN: NumberDomain = {
  integer: true,
  min: 1,
  expected: { en: "a whole number of months, 1 or more", fr: "un nombre entier de mois, 1 ou plus" },
};

/** Each measure, as the catalogue's function of two columns (start MRR, end MRR). */
const PAIR_FUNCTIONS: Readonly<Record<Measure, (start: number[][], end: number[][]) => number | ExcelError>> =
  {
    nrr: netRevenueRetention,
    grr: grossRevenueRetention,
    logo: (start, end) => churnRate(start, end, "logo"),
    gross: (start, end) => churnRate(start, end, "gross"),
    net: (start, end) => churnRate(start, end, "net"),
  };

/**
 * `CSM.TRAILING_RATE`: for each month m of the matrix from month `window` + 1 on, the rate between month
 * m − `window` and month m: `"nrr"` (default) as `CSM.NRR`, `"grr"` as `CSM.GRR`, `"logo"`, `"gross"` or `"net"`
 * as `CSM.CHURN` on that basis. One row of rates, under the matrix's months when it has them; a month with
 * nobody at its start gives `#DIV/0!` in its cell only. A matrix of `window` months or fewer gives `#N/A`.
 *
 * @param matrix - one row per customer, one column per month, with or without the header of `CSM.MRR_MATRIX`
 * @param measure - `"nrr"` (default; also blank or 0), `"grr"`, `"logo"`, `"gross"` or `"net"`
 * @param window - months between the two columns compared; default 12 (also blank or 0)
 * @returns the rates, or an Excel error value
 *
 * @example
 * trailingRate([[100, 120, 0], [50, 30, 30], [0, 10, 10]], null, 1)
 * //=> [[1, 0.25]]
 * @example
 * trailingRate([["MRR", 46023, 46054, 46082], ["A", 100, 120, 0], ["B", 50, 30, 30]], "logo", 2)
 * //=> [[46082], [0.5]]
 */
export function trailingRate(matrix: unknown, measure: unknown, window: unknown): Spill | ExcelError {
  const chosen = readChoice(measure, { en: "measure", fr: "mesure" }, MEASURES, "nrr", ZERO_IS_BLANK);
  const span = readNumber(window, { en: "window", fr: "fenêtre" }, WINDOW_DOMAIN, 12, ZERO_IS_BLANK);
  const layout = matrixLayout(matrix);
  const columns = layout instanceof ExcelError ? layout : matrixColumns(layout);
  const error = strongestError([columns, chosen, span]);
  if (error !== undefined) return error;
  const w = span as number;
  const { months, header } = layout as Exclude<typeof layout, ExcelError>;
  if (months <= w)
    return new ExcelError("#N/A", {
      en: `matrix has ${months} months: a window of ${w} needs ${w + 1} or more.`,
      fr: `matrice a ${months} mois : une fenêtre de ${w} en demande ${w + 1} ou plus.`,
    });
  const asColumn = (values: Float64Array) => Array.from(values, (value) => [value]);
  const pair = PAIR_FUNCTIONS[chosen as Measure];
  const all = columns as Float64Array[];
  const rates: Spill[number] = [];
  for (let m = w; m < months; m++)
    rates.push(pair(asColumn(all[m - w] as Float64Array), asColumn(all[m] as Float64Array)));
  return header === null ? [rates] : [header.slice(w), rates];
}
