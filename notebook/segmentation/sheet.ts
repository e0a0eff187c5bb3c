/**
 * The segments sheet: its name, what it is written from, and how values and numbers show in its cells — what
 * its tables share (./tables.ts for the rules and the Segments table, ./coverage-tables.ts for the coverage).
 */
import type { CellValue } from "../../addin/workbook-port";
import type { TierCapacity } from "../../functions/segmentation/coverage";
import type { SegmentationRules } from "../../functions/segmentation/rules";
import type { AccountRow } from "../../functions/segmentation/segment";
import type { Currency } from "../plan/currency";

/** The sheet the segmentation's tables go on, owned by the add-in. */
export const SEGMENT_SHEET = "CSM Kit segments";

/** What one CSM carries in a tier, and how the tier is served (the engagement model). */
export interface SegmentCapacity extends TierCapacity {
  /** Business reviews per year with each account. */
  readonly reviewsPerYear?: number | null;
  /** The tier's touch points, in the team's words. */
  readonly touchPoints?: string | null;
}

/** What the segments sheet is written from. */
export interface SegmentWriteInput {
  readonly rules: SegmentationRules;
  /** The mapped portfolio, in source order, blank rows included. */
  readonly rows: readonly AccountRow[];
  /** When the portfolio was read from a workbook table: its name and the header of each mapped field. */
  readonly source?: {
    readonly table: string;
    readonly headers: Partial<Record<keyof AccountRow, string>>;
  };
  /** One capacity per tier (missing ones: no CSM for the tier; extra ones are ignored). */
  readonly coverage?: {
    readonly capacity: readonly SegmentCapacity[];
    readonly headcount?: number | null;
    readonly referenceArrPerCsm?: number | null;
  };
  /** The plan's currency, for every amount; the language's when left out. */
  readonly currency?: Currency;
}

/**
 * The number formats of the sheet's columns: dates, whole numbers, full-time equivalents; amounts are in the
 * plan's currency (../plan/currency.ts).
 */
export const DATE = "yyyy-mm-dd";
export const WHOLE = "0";
export const FTE = "0.00";

/**
 * A value as a cell can hold it: text, logical and finite numbers as they are, blanks blank, else text.
 *
 * @param value - a value of the portfolio or of the coverage model
 * @returns the cell's value
 * @example
 * cellOf(Number.POSITIVE_INFINITY)
 * //=> "Infinity"
 * @example
 * cellOf(new Date(Date.UTC(2020, 0, 31)))
 * //=> "2020-01-31T00:00:00.000Z"
 */
export function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : "";
  return String(value);
}
