// What a cell shows through the number formats the export writes, to size its column: expected texts typed by
// hand, as Excel shows them under en-US (the widths hold for any locale: same digits, separators one wide).
import { describe, expect, it } from "vitest";
import { shownText, textWidth } from "../../xlsx/shown-text";

describe("shownText", () => {
  it("rounds to the format's decimals and groups thousands", () => {
    expect(shownText(16.5351598173516, "#,##0.0")).toBe("16.5");
    expect(shownText(1382250, "#,##0")).toBe("1,382,250");
    expect(shownText(400.5, "#,##0.00")).toBe("400.50");
    expect(shownText(2.95880149, "0.0")).toBe("3.0");
  });

  it("keeps a currency symbol before or after the amount, and percentages", () => {
    expect(shownText(4500, '"$"#,##0')).toBe("$4,500");
    expect(shownText(75000, '#,##0 "€"')).toBe("75,000 €");
    expect(shownText(1234.5, '"CHF "#,##0.00')).toBe("CHF 1,234.50");
    expect(shownText(0.8, "0%")).toBe("80%");
    expect(shownText(-12, '"$"#,##0')).toBe("-$12");
  });

  it("shows a date serial as ten characters, whatever the date format", () => {
    expect(shownText(46083, "mm-dd-yy")).toBe("2026-03-02");
    expect(shownText(46083, "yyyy-mm-dd")).toBe("2026-03-02");
  });

  it("shows text, logical values and General numbers as they are, blanks as nothing", () => {
    expect(shownText("Grands comptes", "0")).toBe("Grands comptes");
    expect(shownText(true)).toBe("TRUE");
    expect(shownText(0.1 + 0.2)).toBe("0.3");
    expect(shownText(null)).toBe("");
  });
});

describe("textWidth", () => {
  it("counts a digit as one, narrow letters less, wide and capital letters more, bold a tenth more", () => {
    expect(textWidth("0000")).toBe(4);
    expect(textWidth("ili")).toBeCloseTo(1.8, 10);
    expect(textWidth("MW")).toBeCloseTo(3.2, 10);
    expect(textWidth("Ab")).toBeCloseTo(2.25, 10);
    expect(textWidth("00", true)).toBeCloseTo(2.2, 10);
  });
});
