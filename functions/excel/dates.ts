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

/**
 * The month of an Excel date serial, as a month number (year × 12 + month − 1, January 2026 is 24,312): what the
 * MRR matrix counts in. A time of day (the fraction) is ignored. Integer arithmetic only (Hinnant's
 * civil-from-days), so that it runs in the hot loop of a 100,000-row subscription list.
 *
 * @param serial - a date serial of the 1900 date system, from 1900-03-01 (61) on
 * @returns its month number
 *
 * @example
 * monthOfSerial(46037.75)
 * //=> 24312
 * @example
 * monthOfSerial(46081)
 * //=> 24313
 */
export function monthOfSerial(serial: number): number {
  // Days since 0000-03-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil, shifted).
  const z = Math.floor(serial) - 25_569 + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/**
 * The date serial of the first day of a month number (the inverse of {@link monthOfSerial} on the 1st).
 *
 * @param month - year × 12 + month − 1
 * @returns the serial of that month's first day
 *
 * @example
 * firstDayOfMonth(24312)
 * //=> 46023
 */
export function firstDayOfMonth(month: number): number {
  const year = Math.floor(month / 12);
  return Math.round((Date.UTC(year, month - year * 12, 1) - EXCEL_EPOCH) / DAY_MS);
}

/**
 * An Excel date serial written as an ISO date, for messages (the same in both languages).
 *
 * @param serial - a date serial
 * @returns `"YYYY-MM-DD"`
 *
 * @example
 * isoOfSerial(46122)
 * //=> "2026-04-10"
 */
export function isoOfSerial(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
