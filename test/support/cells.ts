import { ExcelError } from "../../functions/excel/errors";

/** A column as Excel passes it: one value per row. */
export const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

/** The code of an Excel error value, or the value itself: for short assertions. */
export const codeOf = (value: unknown): unknown => (value instanceof ExcelError ? value.code : value);
