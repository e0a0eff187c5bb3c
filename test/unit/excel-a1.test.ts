// Column letters and A1 addresses (functions/excel/a1.ts): the one conversion the templates, the add-in's
// adapters and its name checks use. Expected letters are written out by hand, with the two-letter and
// three-letter turns and Excel's last column, and every column is checked to round-trip.
import { describe, expect, it } from "vitest";
import { columnLetters, columnNumber, MAX_COLUMNS, MAX_ROWS, parseA1 } from "../../functions/excel/a1";

const KNOWN: readonly (readonly [number, string])[] = [
  [1, "A"],
  [26, "Z"],
  [27, "AA"],
  [52, "AZ"],
  [53, "BA"],
  [702, "ZZ"],
  [703, "AAA"],
  [16_384, "XFD"],
];

describe("column letters", () => {
  it.each(KNOWN)("column %i is %s, and back", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
    expect(columnNumber(letters.toLowerCase())).toBe(column);
  });

  it("round-trips every column of Excel's grid, in order", () => {
    let previous = "";
    for (let column = 1; column <= MAX_COLUMNS; column++) {
      const letters = columnLetters(column);
      expect(columnNumber(letters)).toBe(column);
      expect(
        letters.length > previous.length || (letters.length === previous.length && letters > previous),
      ).toBe(true);
      previous = letters;
    }
  });

  it("refuses numbers outside A…XFD", () => {
    for (const column of [0, -1, 16_385, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => columnLetters(column)).toThrow(RangeError);
  });

  it("reads no column from letters beyond XFD or from anything but one to three letters", () => {
    for (const text of ["XFE", "XGA", "ZZZ", "AAAA", "", "A1", "Ä", " A", "$A"])
      expect(columnNumber(text)).toBeUndefined();
  });
});

describe("A1 addresses", () => {
  it("gives a cell's row and column, numbered from 1, with or without $", () => {
    expect(parseA1("A1")).toEqual({ row: 1, column: 1 });
    expect(parseA1("C5")).toEqual({ row: 5, column: 3 });
    expect(parseA1("$AA$10")).toEqual({ row: 10, column: 27 });
    expect(parseA1("xfd1048576")).toEqual({ row: MAX_ROWS, column: MAX_COLUMNS });
  });

  it("refuses what is not one cell of the grid", () => {
    for (const text of ["A0", "XFE1", "A1048577", "A", "1", "A1:B2", "Sheet1!A1", "R1C1", ""])
      expect(() => parseA1(text)).toThrow(RangeError);
  });
});
