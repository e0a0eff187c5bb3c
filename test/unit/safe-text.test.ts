// The one gate texts pass on their way into a workbook: each class of character XML 1.0 or Excel refuses is
// replaced by U+FFFD, each class it accepts is kept, and over-long cells are cut at Excel's 32,767 characters.
// Every expectation is written out by hand.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellInput } from "../../addin/excel-cells";
import { MAX_CELL_TEXT, safeText, textGate } from "../../xlsx/safe-text";
import { addTable, newWorkbook } from "../../xlsx/writer";

const R = "\uFFFD";

describe("safeText", () => {
  it.each([
    ["NUL", "\u0000"],
    ["the other C0 controls before tab", "\u0001\u0007\u0008"],
    ["vertical tab and form feed", "\u000B\u000C"],
    ["the C0 controls after carriage return", "\u000E\u001B\u001F"],
    ["U+FFFE", "\uFFFE"],
    ["U+FFFF", "\uFFFF"],
    ["the noncharacters U+FDD0 to U+FDEF", "\uFDD0\uFDE7\uFDEF"],
    ["the last two code points of the other planes", "\u{1FFFE}\u{1FFFF}\u{10FFFE}\u{10FFFF}"],
    ["a high surrogate alone", "\uD83D"],
    ["a low surrogate alone", "\uDE00"],
    ["a low surrogate before a high one", "\uDE00\uD83D"],
  ])("replaces %s, one U+FFFD per character", (_, text) => {
    const count = [...text].length;
    expect(safeText(`a${text}b`)).toBe(`a${R.repeat(count)}b`);
  });

  it.each([
    ["tab, line feed and carriage return", "\t\n\r"],
    ["DEL and the C1 controls, which XML 1.0 allows", "\u007F\u0080\u0085\u009F"],
    ["the characters beside the noncharacters", "\uFDCF\uFDF0\uFFFD\uFFFC\u{10FFFD}"],
    ["a surrogate pair (an emoji)", "😀"],
    ["accents, CJK, right-to-left and zero-width characters", "éß中文עברית\u200B\u200D"],
    ["text that looks like a formula or an escape", "=1+1 _x0041_ <b>&amp;"],
  ])("keeps %s", (_, text) => {
    expect(safeText(text)).toBe(text);
  });

  it("cuts a cell at 32,767 characters and keeps one at the limit", () => {
    expect(MAX_CELL_TEXT).toBe(32_767);
    expect(safeText("x".repeat(32_767))).toHaveLength(32_767);
    expect(safeText("x".repeat(40_000))).toBe("x".repeat(32_767));
  });

  it("never cuts between the two halves of a surrogate pair", () => {
    // 32,766 x then an emoji: its high half is character 32,767, so the emoji goes whole.
    expect(safeText(`${"x".repeat(32_766)}😀`)).toBe("x".repeat(32_766));
    expect(safeText("ab😀", 3)).toBe("ab");
    expect(safeText("ab😀", 4)).toBe("ab😀");
  });

  it("replaces before it cuts", () => {
    expect(safeText("\uFFFF\uFFFFabc", 3)).toBe(`${R}${R}a`);
  });

  it("runs its worked examples", () => {
    expect(safeText("Acme\uFFFF Corp\u0007")).toBe("Acme\uFFFD Corp\uFFFD");
    expect(safeText("Plan", 2)).toBe("Pl");
  });
});

describe("textGate", () => {
  it("passes values through, counting the texts it changed", () => {
    const gate = textGate();
    expect([gate.pass("ok"), gate.pass("bad\uFFFE"), gate.pass(42), gate.pass(null), gate.changed()]).toEqual(
      ["ok", "bad\uFFFD", 42, null, 1],
    );
    gate.pass("x".repeat(MAX_CELL_TEXT + 1));
    gate.pass("\u0000");
    expect(gate.changed()).toBe(3);
  });
});

describe("the writers that use it", () => {
  it("writes a text to an Excel cell through it (office.js)", () => {
    expect(cellInput("Acme \uFFFF")).toBe("Acme \uFFFD");
    expect(cellInput("=1 \u0000")).toBe("'=1 \uFFFD");
  });

  it("writes a table's headers and texts through it (.xlsx writer)", () => {
    const sheet = newWorkbook(ExcelJS, { created: new Date(0) }).addWorksheet("Plan");
    addTable(sheet, {
      name: "Plan",
      at: "A1",
      columns: [{ header: "Label \uFFFE" }],
      rows: [["Calls \uD83D"]],
    });
    expect([sheet.getCell("A1").value, sheet.getCell("A2").value]).toEqual(["Label \uFFFD", "Calls \uFFFD"]);
  });
});
