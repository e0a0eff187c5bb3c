import { readNumber, ZERO_IS_BLANK } from "../excel/arguments";
import { allCells, readsAsBlank } from "../excel/cells";
import { AMOUNT } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import type { ArgumentName } from "../excel/messages";
import { finiteResult, strongestError } from "../excel/results";

const NEW_MRR: ArgumentName = { en: "new_mrr", fr: "mrr_nouveau" };

/**
 * SaaS Quick Ratio (Mamoon Hamid): MRR gained over MRR lost, (new + expansion + reactivation) ÷ (contraction +
 * churned), reactivation counted as a gain as ChartMogul does. Above 4 is commonly read as efficient growth.
 * `new` may also hold every movement, with the other arguments omitted (or 0): the 1 × 4 row of
 * `CSM.MRR_MOVEMENTS` (new, expansion, contraction, churned), or one month of `CSM.MRR_BRIDGE`, 7 cells
 * (start, new, expansion, reactivation, contraction, churned, end) or 8 with the month on top. A blank
 * expansion, contraction, churned or reactivation reads as 0 MRR, as Windows desktop passes an empty cell, so
 * that both give the same ratio; a blank `new` gives `#N/A`. Negative amounts give `#NUM!`; nothing lost gives
 * `#DIV/0!`.
 *
 * @param newMrr - new MRR, or the four movements as one row
 * @param expansion - expansion MRR; `null` for 0 (or when `newMrr` holds all four)
 * @param contraction - contraction MRR; `null` for 0
 * @param churned - churned MRR; `null` for 0
 * @param reactivation - reactivation MRR; `null` (or omitted) for 0
 * @returns the quick ratio
 *
 * @example
 * quickRatio(30, 20, 15, 10)
 * //=> 2
 * @example
 * quickRatio([[30, 20, 15, 10]], null, null, null)
 * //=> 2
 * @example
 * quickRatio(30, null, 15, 0)
 * //=> 2
 * @example
 * quickRatio(0, 0, 0, 40, 80)
 * //=> 2
 * @example
 * quickRatio([[46143], [670], [0], [0], [80], [0], [40], [710]], null, null, null, null)
 * //=> 2
 */
export function quickRatio(
  newMrr: unknown,
  expansion: unknown,
  contraction: unknown,
  churned: unknown,
  reactivation: unknown = null,
): number | ExcelError {
  const movements = [newMrr, expansion, contraction, churned, reactivation];
  // The row form: the others omitted, or 0 from empty cells on Windows desktop.
  if (
    [expansion, contraction, churned, reactivation].every((x) => readsAsBlank(x, ZERO_IS_BLANK)) &&
    Array.isArray(newMrr)
  ) {
    const cells = allCells(newMrr);
    if (cells.length === 4) movements.splice(0, 4, ...cells);
    // A month of the bridge: [month,] start, new, expansion, reactivation, contraction, churned, end.
    const bridge = cells.length === 7 ? cells : cells.length === 8 ? cells.slice(1) : undefined;
    if (bridge !== undefined) movements.splice(0, 5, bridge[1], bridge[2], bridge[4], bridge[5], bridge[3]);
  }
  const names: readonly ArgumentName[] = [
    NEW_MRR,
    { en: "expansion", fr: "expansion" },
    { en: "contraction", fr: "contraction" },
    { en: "churned", fr: "perdu" },
    { en: "reactivation", fr: "réactivation" },
  ];
  const values = movements.map((value, i) =>
    readNumber(value, names[i] ?? NEW_MRR, AMOUNT, i === 0 ? undefined : 0),
  );
  const [gainedNew, gainedExpansion, lostContraction, lostChurn, gainedBack] = values;
  const lost =
    typeof lostContraction === "number" && typeof lostChurn === "number" ? lostContraction + lostChurn : NaN;
  const error = strongestError([...values, lost === 0 ? new ExcelError("#DIV/0!") : undefined]);
  if (error !== undefined) return error;
  return finiteResult(((gainedNew as number) + (gainedExpansion as number) + (gainedBack as number)) / lost);
}
