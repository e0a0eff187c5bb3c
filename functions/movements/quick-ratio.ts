import { readNumber } from "../excel/arguments";
import { allCells, isBlank } from "../excel/cells";
import { AMOUNT } from "../excel/domains";
import { ExcelError } from "../excel/errors";
import type { ArgumentName } from "../excel/messages";
import { finiteResult, strongestError } from "../excel/results";

const NEW_MRR: ArgumentName = { en: "new_mrr", fr: "mrr_nouveau" };

/**
 * SaaS Quick Ratio (Mamoon Hamid): MRR gained over MRR lost, (new + expansion) ÷ (contraction + churned).
 * Above 4 is commonly read as efficient growth. `new` may also be the 1 × 4 row of `CSM.MRR_MOVEMENTS`
 * (new, expansion, contraction, churned) with the other three arguments omitted. Negative amounts give
 * `#NUM!`; nothing lost gives `#DIV/0!`.
 *
 * @param newMrr - new MRR, or the four movements as one row
 * @param expansion - expansion MRR; `null` when `newMrr` holds all four
 * @param contraction - contraction MRR
 * @param churned - churned MRR
 * @returns the quick ratio
 *
 * @example
 * quickRatio(30, 20, 15, 10)
 * //=> 2
 * @example
 * quickRatio([[30, 20, 15, 10]], null, null, null)
 * //=> 2
 */
export function quickRatio(
  newMrr: unknown,
  expansion: unknown,
  contraction: unknown,
  churned: unknown,
): number | ExcelError {
  const movements = [newMrr, expansion, contraction, churned];
  if ([expansion, contraction, churned].every(isBlank) && Array.isArray(newMrr)) {
    const cells = allCells(newMrr);
    if (cells.length === 4) movements.splice(0, 4, ...cells);
  }
  const names: readonly ArgumentName[] = [
    NEW_MRR,
    { en: "expansion", fr: "expansion" },
    { en: "contraction", fr: "contraction" },
    { en: "churned", fr: "perdu" },
  ];
  const values = movements.map((value, i) => readNumber(value, names[i] ?? NEW_MRR, AMOUNT, undefined));
  const error = strongestError(values);
  if (error !== undefined) return error;
  const [gainedNew, gainedExpansion, lostContraction, lostChurn] = values as number[];
  const lost = (lostContraction as number) + (lostChurn as number);
  return lost === 0
    ? new ExcelError("#DIV/0!")
    : finiteResult(((gainedNew as number) + (gainedExpansion as number)) / lost);
}
