import { readNumber, ZERO_IS_BLANK } from "../excel/arguments";
import { allCells, readsAsBlank } from "../excel/cells";
import { AMOUNT } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import type { ArgumentName } from "../excel/messages";
import { finiteResult, strongestError } from "../excel/results";

const NEW_MRR: ArgumentName = { en: "new_mrr", fr: "mrr_nouveau" };

/**
 * SaaS Quick Ratio (Mamoon Hamid): MRR gained over MRR lost, (new + expansion) ÷ (contraction + churned).
 * Above 4 is commonly read as efficient growth. `new` may also be the 1 × 4 row of `CSM.MRR_MOVEMENTS`
 * (new, expansion, contraction, churned) with the other three arguments omitted (or 0). A blank expansion,
 * contraction or churned reads as 0 MRR, as Windows desktop passes an empty cell, so that both give the
 * same ratio; a blank `new` gives `#N/A`. Negative amounts give `#NUM!`; nothing lost gives `#DIV/0!`.
 *
 * @param newMrr - new MRR, or the four movements as one row
 * @param expansion - expansion MRR; `null` for 0 (or when `newMrr` holds all four)
 * @param contraction - contraction MRR; `null` for 0
 * @param churned - churned MRR; `null` for 0
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
 */
export function quickRatio(
  newMrr: unknown,
  expansion: unknown,
  contraction: unknown,
  churned: unknown,
): number | ExcelError {
  const movements = [newMrr, expansion, contraction, churned];
  // The row form: the other three omitted, or 0 from empty cells on Windows desktop.
  if (
    [expansion, contraction, churned].every((x) => readsAsBlank(x, ZERO_IS_BLANK)) &&
    Array.isArray(newMrr)
  ) {
    const cells = allCells(newMrr);
    if (cells.length === 4) movements.splice(0, 4, ...cells);
  }
  const names: readonly ArgumentName[] = [
    NEW_MRR,
    { en: "expansion", fr: "expansion" },
    { en: "contraction", fr: "contraction" },
    { en: "churned", fr: "perdu" },
  ];
  const values = movements.map((value, i) =>
    readNumber(value, names[i] ?? NEW_MRR, AMOUNT, i === 0 ? undefined : 0),
  );
  const [gainedNew, gainedExpansion, lostContraction, lostChurn] = values;
  const lost =
    typeof lostContraction === "number" && typeof lostChurn === "number" ? lostContraction + lostChurn : NaN;
  const error = strongestError([...values, lost === 0 ? new ExcelError("#DIV/0!") : undefined]);
  if (error !== undefined) return error;
  return finiteResult(((gainedNew as number) + (gainedExpansion as number)) / lost);
}
