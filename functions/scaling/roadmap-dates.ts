/**
 * Calendar dates of the automation roadmap. Dates are ISO 8601 calendar dates, `"YYYY-MM-DD"`, without a
 * time or a time zone: they survive JSON (the plan's persistence) and read the same everywhere. Arithmetic is
 * done in UTC so that a daylight-saving change never shifts a date. The workbook wants Excel date serials:
 * {@link excelSerial} converts.
 */

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system (serial 1 is 1900-01-01, with Lotus' phantom 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Milliseconds since 1970 of an ISO calendar date at UTC midnight, or `null` when it is not one. */
function utcOf(iso: unknown): number | null {
  if (typeof iso !== "string") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? time : null;
}

const isoOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * Tells whether a value is a real calendar date written `"YYYY-MM-DD"`, from 1900 on (what Excel can show).
 *
 * @param iso - the value to check
 * @returns true for a date such as `"2026-02-02"`; false for `"2026-02-30"` or `"02/02/2026"`
 *
 * @example
 * isIsoDate("2028-02-29")
 * //=> true
 * @example
 * isIsoDate("2026-02-30")
 * //=> false
 */
export function isIsoDate(iso: unknown): iso is string {
  return utcOf(iso) !== null;
}

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
  const time = utcOf(iso);
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
  const a = utcOf(from);
  const b = utcOf(to);
  return a === null || b === null ? null : Math.round((b - a) / DAY_MS);
}

/**
 * The Excel date serial of an ISO calendar date (days since 1899-12-30, the 1900 date system), for writing
 * the roadmap's dates into the workbook as real dates (exact from 1900-03-01, after Excel's phantom
 * 1900-02-29); `null` when it is not an ISO date.
 *
 * @param iso - `"YYYY-MM-DD"`
 * @returns the serial
 *
 * @example
 * excelSerial("2026-02-02")
 * //=> 46055
 * @example
 * excelSerial("soon")
 * //=> null
 */
export function excelSerial(iso: string): number | null {
  const time = utcOf(iso);
  return time === null ? null : Math.round((time - EXCEL_EPOCH) / DAY_MS);
}
