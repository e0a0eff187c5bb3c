/**
 * The limits of the portfolio import, one table used by every check (the .csv reader, the .xlsx inspection
 * before exceljs sees the file, the messages) and documented in docs/planner.md. A file beyond any of them
 * is refused before it is parsed, or as soon as the parser meets the excess, with the limit stated.
 */
import { PLAN_LIMITS } from "../../plan/limits";

export const PORTFOLIO_LIMITS = {
  /** The file's size, as picked. */
  bytes: 20 * 1024 * 1024,
  /** An .xlsx's parts once unpacked, in total: 200,000 rows of about ten columns unpack to 60–90 MB. */
  unpackedBytes: 100 * 1024 * 1024,
  /** Rows under the headers, in a .csv or in a sheet: the accounts a plan takes, the same at every door. */
  rows: PLAN_LIMITS.accounts,
  /** Columns of a sheet (or fields of a .csv row). */
  columns: 1_000,
  /** Cells an .xlsx sheet stores, filled or only formatted. */
  cells: 5_000_000,
  /** Cells covered by a sheet's merged areas, in total: exceljs makes an object for each. */
  mergedCells: 100_000,
  /** Characters in one cell: Excel's own limit. */
  cellText: 32_767,
} as const;
