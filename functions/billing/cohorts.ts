/**
 * The cohort triangle of a customers × months matrix: customers grouped by their first paying month, and what
 * each cohort keeps month after month (customers, MRR gross of expansion, or net MRR).
 */
import { readChoice, readLanguage, ZERO_IS_BLANK } from "../excel/arguments";
import { cellsOf } from "../excel/cells";
import type { Spill } from "../excel/elementwise";
import { ExcelError } from "../excel/errors";
import { strongestError } from "../excel/results";
import type { Language } from "../excel/language";
import { CHURN_BASES, type ChurnBasis } from "../churn/churn";
import { AmountReader, matrixLayout } from "./read-matrix";

/** The cohorts of a matrix, each month k since the cohort's first month. */
export interface CohortTable {
  /** Index (0-based, among the matrix's months) of each cohort's first paying month, in order. */
  readonly firstMonth: readonly number[];
  /** Each cohort's size: customers (logo) or month-0 MRR (gross, net). */
  readonly size: readonly number[];
  /** Each cohort's rate for k = 0 … months − 1 − firstMonth. */
  readonly rates: readonly (readonly number[])[];
  /** How many months the matrix has. */
  readonly months: number;
  /** The matrix's months, when it has a header row. */
  readonly header: readonly number[] | null;
}

const HEADINGS: Readonly<Record<Language, readonly [string, string]>> = {
  en: ["Cohort", "Size"],
  fr: ["Cohorte", "Taille"],
};

/**
 * Groups the customers of a matrix by their first month with MRR > 0 and gives, for k months later: `"logo"`,
 * the share of the cohort's customers with MRR > 0; `"gross"`, Σ min(MRR in month k, MRR in month 0) ÷ Σ MRR
 * in month 0 (the cohort's GRR); `"net"`, Σ MRR in month k ÷ Σ MRR in month 0 (its NRR, ChartMogul's cohort
 * net MRR retention). Month 0 is 1 on every basis. Customers who never pay belong to no cohort. One pass over
 * the matrix.
 *
 * @param matrix - one row per customer, one column per month, with or without the header of `CSM.MRR_MATRIX`
 * @param basis - `"logo"`, `"gross"` or `"net"`
 * @returns the cohorts, or an Excel error value
 *
 * @example
 * cohortTable([[100, 100, 0], [0, 50, 75]], "net").rates
 * //=> [[1, 1, 0], [1, 1.5]]
 */
export function cohortTable(matrix: unknown, basis: ChurnBasis): CohortTable | ExcelError {
  const layout = matrixLayout(matrix);
  if (layout instanceof ExcelError) return layout;
  const { rows, top, left, months } = layout;
  const sums = new Float64Array(months * months); // [first month][k]
  const sizes = new Float64Array(months);
  const reader = new AmountReader();
  const amounts = new Float64Array(months);
  const logo = basis === "logo";
  const net = basis === "net";
  for (let r = top; r < rows.length; r++) {
    const cells = cellsOf(rows[r]);
    let first = -1;
    for (let m = 0; m < months; m++) {
      const value = reader.amount(cells[left + m], r, left + m);
      amounts[m] = value;
      if (first < 0 && value > 0) first = m;
    }
    if (first < 0) continue;
    const base = amounts[first] as number;
    const offset = first * months;
    const span = months - first;
    // One loop per basis, so that the hot loop tests no option.
    if (logo) {
      sizes[first] = (sizes[first] as number) + 1;
      for (let k = 0; k < span; k++)
        if ((amounts[first + k] as number) > 0) sums[offset + k] = (sums[offset + k] as number) + 1;
    } else if (net) {
      sizes[first] = (sizes[first] as number) + base;
      for (let k = 0; k < span; k++)
        sums[offset + k] = (sums[offset + k] as number) + (amounts[first + k] as number);
    } else {
      sizes[first] = (sizes[first] as number) + base;
      for (let k = 0; k < span; k++)
        sums[offset + k] = (sums[offset + k] as number) + Math.min(amounts[first + k] as number, base);
    }
  }
  if (reader.problem !== undefined) return reader.problem;
  const firstMonth: number[] = [];
  const size: number[] = [];
  const rates: number[][] = [];
  for (let f = 0; f < months; f++) {
    const cohortSize = sizes[f] as number;
    if (cohortSize === 0) continue;
    if (!Number.isFinite(cohortSize)) return new ExcelError("#NUM!");
    firstMonth.push(f);
    size.push(cohortSize);
    rates.push(Array.from(sums.subarray(f * months, f * months + months - f), (sum) => sum / cohortSize));
  }
  if (rates.some((row) => !row.every(Number.isFinite))) return new ExcelError("#NUM!");
  return { firstMonth, size, rates, months, header: layout.header };
}

/**
 * `CSM.COHORTS`: the triangle of {@link cohortTable} as a spilled table: a header row (`"Cohort"`, `"Size"`,
 * then 0, 1, 2… months since the first payment; French words with `language` "fr"), then one row per cohort:
 * its first month (the matrix's date when it has a header, else the column's number from 1), its size, and its
 * rates, blank (`""`) after the matrix's last month. Nobody paying gives `#N/A`.
 *
 * @param matrix - one row per customer, one column per month
 * @param basis - `"logo"` (default; also blank or 0), `"gross"` or `"net"`; `brut` and `client` accepted
 * @param language - `"en"` (default) or `"fr"`, for the two headings
 * @returns the table, or an Excel error value
 *
 * @example
 * cohorts([[100, 100, 0], [0, 50, 75]], null, null)
 * //=> [["Cohort", "Size", 0, 1, 2], [1, 1, 1, 1, 0], [2, 1, 1, 1, ""]]
 * @example
 * cohorts([["MRR", 46023, 46054], ["A", 100, 60]], "gross", "fr")
 * //=> [["Cohorte", "Taille", 0, 1], [46023, 100, 1, 0.6]]
 */
export function cohorts(matrix: unknown, basis: unknown, language: unknown): Spill | ExcelError {
  const chosen = readChoice(basis, { en: "basis", fr: "base" }, CHURN_BASES, "logo", ZERO_IS_BLANK);
  const words = readLanguage(language);
  // The matrix is read even when an option is wrong: an error cell in it outranks the option's #VALUE!.
  const table = cohortTable(matrix, chosen instanceof ExcelError ? "logo" : chosen);
  const error = strongestError([table, chosen, words]);
  if (error !== undefined) return error;
  const { firstMonth, size, rates, months, header } = table as CohortTable;
  if (firstMonth.length === 0)
    return new ExcelError("#N/A", {
      en: "matrix: no customer has MRR above 0, so there is no cohort.",
      fr: "matrice : aucun client n'a de MRR supérieur à 0, il n'y a donc pas de cohorte.",
    });
  const [cohortWord, sizeWord] = HEADINGS[words as Language];
  const spill: Spill = [[cohortWord, sizeWord, ...Array.from({ length: months }, (_, k) => k)]];
  firstMonth.forEach((f, i) => {
    const row = rates[i] ?? [];
    spill.push([
      header?.[f] ?? f + 1,
      size[i] as number,
      ...row,
      ...Array<string>(months - row.length).fill(""),
    ]);
  });
  return spill;
}
