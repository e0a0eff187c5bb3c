import { ExcelError } from "../../../functions/excel/errors";
import { netPromoterScore, npsGroups, type NpsGroups } from "../../../functions/nps/nps";

export interface NpsTrial {
  /** The score, an Excel error value, or `undefined` when nothing was typed. */
  readonly result: number | ExcelError | undefined;
  readonly groups: NpsGroups | undefined;
}

/**
 * Reads what the person typed as the column Excel would pass (one answer per cell, tokens that are not
 * numbers kept as text so that the real function reports them) and computes its NPS.
 *
 * @param text - answers separated by new lines, commas, semicolons or spaces
 */
export function tryNps(text: string): NpsTrial {
  const tokens = text.split(/[\s,;]+/).filter((token) => token !== "");
  if (tokens.length === 0) return { result: undefined, groups: undefined };
  const cells = tokens.map((token) => [/^[-+]?\d+(\.\d+)?$/.test(token) ? Number(token) : token]);
  const groups = npsGroups(cells);
  return { result: netPromoterScore(cells), groups: groups instanceof ExcelError ? undefined : groups };
}
