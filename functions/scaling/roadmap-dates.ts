/**
 * Calendar dates of the automation roadmap: a start plus weeks, and the days between two dates. Dates are
 * ISO 8601 calendar dates, `"YYYY-MM-DD"`, read as functions/excel/dates.ts reads them (in UTC, so that a
 * daylight-saving change never shifts a date); the workbook wants Excel date serials, which that module's
 * `excelSerial` gives.
 */
import { DAY_MS, isoDateUtc } from "../excel/dates";

const isoOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * The date a number of weeks after another: `date + 7 × weeks` days. `null` when the date is not an ISO
 * calendar date or the weeks are not a finite number.
 *
 * @param iso - the start date, `"YYYY-MM-DD"`
 * @param weeks - weeks to add (whole or not)
 * @returns the date, `"YYYY-MM-DD"`, or `null`
 *
 * @example
 * addWeeks("2026-02-23", 1)
 * //=> "2026-03-02"
 * @example
 * addWeeks("2026-12-28", 0)
 * //=> "2026-12-28"
 */
export function addWeeks(iso: string, weeks: number): string | null {
  const time = isoDateUtc(iso);
  if (time === null || !Number.isFinite(weeks)) return null;
  return isoOf(time + Math.round(7 * weeks) * DAY_MS);
}

/**
 * Days from one date to another (negative when `to` comes first); `null` when either is not an ISO date.
 *
 * @param from - `"YYYY-MM-DD"`
 * @param to - `"YYYY-MM-DD"`
 * @returns whole days
 *
 * @example
 * daysBetween("2026-02-02", "2026-03-16")
 * //=> 42
 */
export function daysBetween(from: string, to: string): number | null {
  const a = isoDateUtc(from);
  const b = isoDateUtc(to);
  return a === null || b === null ? null : Math.round((b - a) / DAY_MS);
}
