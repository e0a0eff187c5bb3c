// Random inputs for property tests, junk included: what a user's sheet can hold.
import fc from "fast-check";
import { ExcelError } from "../../functions/excel/errors";

export const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    null,
    undefined,
    "",
    "text",
    true,
    -0,
    Number.NaN,
    -1,
    1e308,
    { code: "#REF!" },
    { code: "#N/A" },
  ),
  fc.double(),
);
export const cell = fc.oneof(junk, fc.integer({ min: 0, max: 10 }));
export const range = fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 12 });
export const argument = fc.oneof(cell, range);

/** A result as Excel may show it: a finite number, a text, an error value, or a 2-D array of those. */
export function isExcelResult(result: unknown): boolean {
  const single = (x: unknown) =>
    x instanceof ExcelError || typeof x === "string" || (typeof x === "number" && Number.isFinite(x));
  if (Array.isArray(result))
    return (
      result.length > 0 && result.every((row) => Array.isArray(row) && row.length > 0 && row.every(single))
    );
  return single(result);
}
