/**
 * Excel's dates: ISO 8601 calendar dates (`"YYYY-MM-DD"`, without a time or a time zone: they survive JSON
 * and read the same everywhere) and the date serials of Excel's 1900 date system. Arithmetic is done in UTC
 * so that a daylight-saving change never shifts a date. The one home of the date system for the scaling
 * audit's roadmap, the segmentation's customer-since dates and the tables the add-in writes.
 */

/** A day, in milliseconds. */
export const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system (serial 1 is 1900-01-01, with Lotus' phantom 1900-02-29). */
export const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel's last date, 9999-12-31, as a serial. */
export const LAST_SERIAL = 2_958_465;

/**
 * Milliseconds since 1970 of an ISO calendar date at UTC midnight: a real date written `"YYYY-MM-DD"`, from
 * 1900 on (what Excel can show).
 *
 * @param iso - the value to read
 * @returns the time, or `null` when it is not such a date
 *
 * @example
 * isoDateUtc("1970-01-02")
 * //=> 86400000
 * @example
 * isoDateUtc("2026-02-30")
 * //=> null
 */
export function isoDateUtc(iso: unknown): number | null {
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
  return isoDateUtc(iso) !== null;
}

/**
 * The Excel date serial of an ISO calendar date (days since 1899-12-30, the 1900 date system), for writing
 * dates into the workbook as real dates (exact from 1900-03-01, after Excel's phantom 1900-02-29); `null`
 * when it is not an ISO date.
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
  const time = isoDateUtc(iso);
  return time === null ? null : Math.round((time - EXCEL_EPOCH) / DAY_MS);
}
