// The Excel semantics every metric shares (functions/excel/): what a blank is in each of its three forms, how
// ranges that callers outside Excel build are read, which error wins, and the exact words of the messages.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readChoice, readNumber } from "../../functions/excel/arguments";
import { excelLanguage, excelResult, toRuntimeError } from "../../functions/excel/boundary";
import { afterNonNumber, asRows, scanNumbers, scanPairs, tallyScale } from "../../functions/excel/cells";
import {
  emptyRange,
  mapCells,
  mapPairs,
  readCell,
  readText,
  sameShape,
} from "../../functions/excel/elementwise";
import { asExcelError, ExcelError, isExcelError, strongerError } from "../../functions/excel/errors";
import { columnLetters, parseA1 } from "../../functions/excel/a1";
import { languageOf } from "../../functions/excel/language";
import { describeCell, notANumber, shapeMismatch } from "../../functions/excel/messages";
import { customerLifetimeValue } from "../../functions/clv/clv";
import { mrrMovements } from "../../functions/movements/mrr-movements";
import { monthlyRecurringRevenue } from "../../functions/mrr/mrr";
import { netPromoterScore } from "../../functions/nps/nps";
import { fakeRuntime, thrownBy } from "../support/runtime";

const NAME = { en: "values", fr: "valeurs" };
const NAMES = [
  { en: "start", fr: "début" },
  { en: "end", fr: "fin" },
] as const;
const NUMBERS = { expected: { en: "numbers", fr: "des nombres" } };
const UP_TO_TEN = { min: 0, max: 10, expected: { en: "0 to 10", fr: "0 à 10" } };
const WHOLE = { integer: true, expected: { en: "whole numbers", fr: "des nombres entiers" } };
const REF = { code: "#REF!" };
const NA = { code: "#N/A" };
const BLANKS = [null, undefined, ""] as const;
const codeOf = (value: unknown) => (value instanceof ExcelError ? value.code : value);

/** What scanNumbers visits, or the error it gives. */
const visited = (range: unknown, domain: Parameters<typeof scanNumbers>[2] = NUMBERS) => {
  const seen: number[] = [];
  const error = scanNumbers(range, NAME, domain, (value) => seen.push(value));
  return error ?? seen;
};
/** What scanPairs visits, or the error it gives. */
const pairs = (a: unknown, b: unknown, domain: Parameters<typeof scanPairs>[3] = NUMBERS) => {
  const seen: [number, number][] = [];
  const error = scanPairs(a, b, NAMES, domain, seen, (list, x, y) => list.push([x, y]));
  return error ?? seen;
};

describe("ranges as Excel passes them, and as other callers build them", () => {
  it("reads the 2-D array Excel passes as it is, without copying it (constant time)", () => {
    const range = [[1], [2]];
    expect(asRows(range)).toBe(range);
    const empty: unknown[] = [];
    expect(asRows(empty)).toBe(empty);
  });

  it("reads a row that is not an array as a one-cell row when counting a scale", () => {
    // NPS of 10 and 9: two promoters of two answers.
    expect(netPromoterScore([[10], 9])).toBe(100);
  });

  it("reads a row that is not an array as a one-cell row in paired ranges", () => {
    expect(pairs([[1], 5], [[2], 7])).toEqual([
      [1, 2],
      [5, 7],
    ]);
  });

  it("gives #VALUE! for paired rows of different lengths even when the row counts agree", () => {
    const error = pairs([[1, 2]], [[1]]) as ExcelError;
    expect(error.message?.en).toBe("start (1 × 2) and end (1 × 1) must have the same shape.");
    expect(error.message?.fr).toBe("début (1 × 2) et fin (1 × 1) doivent avoir la même forme.");
  });
});

describe("blanks: null, undefined and the empty text are all blank", () => {
  it("are skipped in a range of numbers", () => {
    for (const blank of BLANKS) expect(visited([[1], [blank], [2]])).toEqual([1, 2]);
  });

  it("are skipped in a pair where both cells are blank, and read as 0 where only one is", () => {
    for (const blank of BLANKS) {
      expect(pairs([[blank], [3]], [[blank], [4]]), String(blank)).toEqual([[3, 4]]);
      expect(pairs([[blank]], [[5]]), String(blank)).toEqual([[0, 5]]);
      expect(pairs([[5]], [[blank]]), String(blank)).toEqual([[5, 0]]);
    }
  });

  it("leave the problem found so far as it was", () => {
    const problem = new ExcelError("#NUM!");
    for (const blank of BLANKS) {
      expect(afterNonNumber(blank, problem, NAME, 0, 0, NUMBERS.expected)).toBe(problem);
      expect(afterNonNumber(blank, undefined, NAME, 0, 0, NUMBERS.expected)).toBeUndefined();
    }
  });

  it("read as blank in a cell of text, including a text of spaces only", () => {
    for (const blank of [...BLANKS, "   "]) expect(readText(blank, NAME)).toBeNull();
  });
});

describe("numbers and their domain", () => {
  it("visits a number equal to the domain's bounds, and refuses one beyond them", () => {
    expect(visited([[0], [10]], UP_TO_TEN)).toEqual([0, 10]);
    expect(codeOf(visited([[10.5]], UP_TO_TEN))).toBe("#NUM!");
    expect(codeOf(visited([[-0.5]], UP_TO_TEN))).toBe("#NUM!");
  });

  it("visits the largest finite number and refuses infinity when the domain has no bound", () => {
    expect(visited([[Number.MAX_VALUE], [-Number.MAX_VALUE]])).toEqual([Number.MAX_VALUE, -Number.MAX_VALUE]);
    expect(codeOf(visited([[Infinity]]))).toBe("#NUM!");
    expect(codeOf(monthlyRecurringRevenue([[Infinity]], null))).toBe("#NUM!");
  });

  it("reads −0 as 0", () => {
    const [zero] = visited([[-0]]) as number[];
    expect(Object.is(zero, 0)).toBe(true);
    expect(Object.is(readCell(-0, NAME, 0, 0, NUMBERS), 0)).toBe(true);
  });

  it("checks pairs against the domain on both sides, bounds included", () => {
    expect(pairs([[-5]], [[-7]])).toEqual([[-5, -7]]);
    expect(pairs([[0], [10]], [[10], [0]], UP_TO_TEN)).toEqual([
      [0, 10],
      [10, 0],
    ]);
    for (const [a, b] of [
      [11, 1],
      [1, 11],
      [-1, 1],
      [1, -1],
    ])
      expect(codeOf(pairs([[a]], [[b]], UP_TO_TEN)), `${a}, ${b}`).toBe("#NUM!");
    expect(codeOf(pairs([[Infinity]], [[1]]))).toBe("#NUM!");
    expect(codeOf(pairs([[1]], [[Infinity]]))).toBe("#NUM!");
    expect(codeOf(mrrMovements([[Infinity]], [[1]]))).toBe("#NUM!");
  });

  it("accepts fractions in pairs unless the domain asks for whole numbers", () => {
    expect(pairs([[1.5]], [[2.5]])).toEqual([[1.5, 2.5]]);
    expect(pairs([[2]], [[3]], WHOLE)).toEqual([[2, 3]]);
    expect(codeOf(pairs([[1.5]], [[2]], WHOLE))).toBe("#NUM!");
    expect(codeOf(pairs([[2]], [[2.5]], WHOLE))).toBe("#NUM!");
  });
});

describe("errors in paired ranges", () => {
  it("passes an error cell of the second range through even beside a text of the first", () => {
    expect(codeOf(pairs([["x"]], [[REF]]))).toBe("#REF!");
    expect(codeOf(pairs([[1], ["x"]], [[1], [NA]]))).toBe("#N/A");
  });

  it("names the first range for its text, and the second for its own", () => {
    expect((pairs([["x"]], [[1]]) as ExcelError).message?.en).toBe(
      'start: row 1, column 1 holds the text "x"; expected numbers.',
    );
    expect((pairs([[1, 2]], [[3, "y"]]) as ExcelError).message?.fr).toBe(
      "fin : la ligne 1, colonne 2 contient le texte « y » ; attendu : des nombres.",
    );
  });

  it("reports the first text found when there are several", () => {
    expect((pairs([["x"], ["z"]], [[1], [1]]) as ExcelError).message?.en).toContain("row 1");
    expect((pairs([[1], [1]], [["x"], ["z"]]) as ExcelError).message?.en).toContain("row 1");
  });
});

describe("reading one cell", () => {
  it("gives #VALUE! for a logical value in a cell of text, naming the argument", () => {
    const error = readText(true, { en: "labels", fr: "libellés" }) as ExcelError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toEqual({
      en: "labels holds the logical value TRUE; expected text.",
      fr: "libellés contient la valeur logique VRAI ; attendu : du texte.",
    });
  });

  it("passes an error value in a cell of text through, marked as coming from a cell", () => {
    const error = readText(REF, NAME) as ExcelError;
    expect(error.code).toBe("#REF!");
    expect(error.passedThrough).toBe(true);
  });
});

describe("spilled results over ranges without cells", () => {
  const twice = (cell: unknown) => (typeof cell === "number" ? cell * 2 : "");

  it("gives #N/A for a range without rows, with its message", () => {
    expect(mapCells([], twice)).toEqual(emptyRange());
    expect(mapPairs([], [], NAMES, () => 1)).toEqual(emptyRange());
    expect(emptyRange().message).toEqual({
      en: "The range is empty: there is nothing to compute.",
      fr: "La plage est vide : il n'y a rien à calculer.",
    });
  });

  it("reads a row without cells as one blank cell", () => {
    expect(mapCells([[]], (cell) => String(cell))).toEqual([["null"]]);
    expect(mapPairs([[]], [[]], NAMES, (a, b, r, c) => `${String(a)} ${String(b)} ${r} ${c}`)).toEqual([
      ["null null 0 0"],
    ]);
  });

  it("tells ranges whose rows differ in length apart from ranges of the same shape", () => {
    expect(sameShape([[1], [1, 2]], [[1], [1]], NAMES)?.message?.en).toBe(
      "start (2 × 1) and end (2 × 1) must have the same shape.",
    );
    expect(sameShape([[1], [1, 2]], [[1], [1, 2]], NAMES)).toBeUndefined();
  });

  it("reports an error cell of the first range before a shape mismatch, and one of the second after it", () => {
    expect(codeOf(sameShape([[REF], [1]], [[1]], NAMES))).toBe("#REF!");
    expect(codeOf(sameShape([[1], [1]], [[NA]], NAMES))).toBe("#N/A");
  });
});

describe("error values", () => {
  it("turn an error from a cell into one of ours, passed through, keeping its message", () => {
    const plain = asExcelError({ code: "#REF!" });
    expect(plain).toBeInstanceOf(ExcelError);
    expect([plain.code, plain.message, plain.passedThrough]).toEqual(["#REF!", undefined, true]);
    expect(asExcelError({ code: "#N/A", message: "No match" }).message).toEqual({
      en: "No match",
      fr: "No match",
    });
    expect(asExcelError({ code: "#N/A", message: "" }).message).toBeUndefined();
    expect(asExcelError({ code: "#N/A", message: 42 }).message).toBeUndefined();
  });

  it("mark one of ours as passed through, keeping its message, and leave one already marked as it is", () => {
    const ours = new ExcelError("#VALUE!", { en: "bad", fr: "mauvais" });
    const passed = asExcelError(ours);
    expect([passed.code, passed.message, passed.passedThrough]).toEqual(["#VALUE!", ours.message, true]);
    expect(asExcelError(passed)).toBe(passed);
  });

  it("recognise only the codes Excel has", () => {
    expect(isExcelError({ code: "#SPILL!" })).toBe(true);
    expect(isExcelError({ code: "#OOPS!" })).toBe(false);
    expect(isExcelError({ code: 7 })).toBe(false);
    expect(isExcelError(null)).toBe(false);
  });

  it("keep the first one found on a tie", () => {
    const first = new ExcelError("#VALUE!", { en: "first", fr: "premier" });
    const second = new ExcelError("#VALUE!", { en: "second", fr: "second" });
    expect(strongerError(first, second)).toBe(first);
    const cellA = asExcelError({ code: "#N/A" });
    const cellB = asExcelError({ code: "#REF!" });
    expect(strongerError(cellA, cellB)).toBe(cellA);
  });

  it("report the first argument's error when two arguments hold text", () => {
    const error = customerLifetimeValue("a lot", "some", null, null) as ExcelError;
    expect(error.message?.en).toBe('arpa holds the text "a lot"; expected amounts of 0 or more.');
  });

  it("read as their code and English message", () => {
    expect(String(new ExcelError("#NUM!"))).toBe("#NUM!");
    expect(String(new ExcelError("#N/A", { en: "nothing", fr: "rien" }))).toBe("#N/A nothing");
  });
});

describe("the messages' words", () => {
  it("name a single value without a row and column, and a cell of a range with them", () => {
    expect(notANumber(NAME, 0, 0, "x", NUMBERS.expected, true).message).toEqual({
      en: 'values holds the text "x"; expected numbers.',
      fr: "valeurs contient le texte « x » ; attendu : des nombres.",
    });
    expect(notANumber(NAME, 2, 1, "x", NUMBERS.expected).message).toEqual({
      en: 'values: row 3, column 2 holds the text "x"; expected numbers.',
      fr: "valeurs : la ligne 3, colonne 2 contient le texte « x » ; attendu : des nombres.",
    });
  });

  it("say what a single-value argument holds, and what it expects", () => {
    expect(readNumber("5 %", NAME, UP_TO_TEN, undefined)).toEqual(
      new ExcelError("#VALUE!", {
        en: 'values holds the text "5 %"; expected 0 to 10.',
        fr: "valeurs contient le texte « 5 % » ; attendu : 0 à 10.",
      }),
    );
  });

  it("shorten a text of more than 20 characters, and quote one of 20 whole", () => {
    expect(describeCell("abcdefghijklmnopqrstuvwxyz")).toEqual({
      en: 'the text "abcdefghijklmnopqrst…"',
      fr: "le texte « abcdefghijklmnopqrst… »",
    });
    expect(describeCell("abcdefghijklmnopqrst").fr).toBe("le texte « abcdefghijklmnopqrst »");
  });

  it("name logical values as Excel does in each language, and anything else as not a number", () => {
    expect(describeCell(false)).toEqual({ en: "the logical value FALSE", fr: "la valeur logique FAUX" });
    expect(describeCell(true)).toEqual({ en: "the logical value TRUE", fr: "la valeur logique VRAI" });
    for (const other of [{}, null, Symbol.iterator])
      expect(describeCell(other)).toEqual({
        en: "a value that is not a number",
        fr: "une valeur qui n'est pas un nombre",
      });
  });

  it("give both shapes of mismatched ranges in French too", () => {
    expect(shapeMismatch(NAMES, [2, 1], [1, 3]).message?.fr).toBe(
      "début (2 × 1) et fin (1 × 3) doivent avoir la même forme.",
    );
  });

  it("refuse a range given for a single value, in both languages", () => {
    expect(readNumber([[1], [2]], NAME, NUMBERS, undefined)).toEqual(
      new ExcelError("#VALUE!", {
        en: "values takes one value, not a range of 2 cells.",
        fr: "valeurs attend une seule valeur, pas une plage de 2 cellules.",
      }),
    );
    expect(readChoice([["gross"], ["net"]], NAME, { gross: "gross" }, "gross")).toEqual(
      new ExcelError("#VALUE!", {
        en: "values takes one value, not a range of 2 cells.",
        fr: "valeurs attend une seule valeur, pas une plage de 2 cellules.",
      }),
    );
  });

  it("refuse a word that only an object inherits, such as toString, as an option", () => {
    for (const word of ["toString", "constructor", "__proto__"])
      expect(codeOf(readChoice(word, NAME, { gross: "gross" }, "gross")), word).toBe("#VALUE!");
  });
});

describe("Excel's display language", () => {
  it("is French for fr and any French locale, whatever the case and spaces", () => {
    for (const tag of ["fr", "FR", "fr-CA", "fr_BE", " fr-FR "]) expect(languageOf(tag), tag).toBe("fr");
  });

  it("is English for any other tag, including English as spoken in France", () => {
    for (const tag of ["en-FR", "french", "fra", "de-DE", "", 7])
      expect(languageOf(tag), String(tag)).toBe("en");
  });
});

describe("the custom functions boundary, in each language", () => {
  const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };
  beforeEach(() => {
    globals.CustomFunctions = fakeRuntime().runtime;
  });
  afterEach(() => {
    delete globals.CustomFunctions;
    delete globals.Office;
  });

  it("reads English when Office has no context yet", () => {
    globals.Office = {};
    expect(excelLanguage()).toBe("en");
  });

  it("gives #N/A and #VALUE! without a message when the error has none", () => {
    expect(toRuntimeError(new ExcelError("#N/A"), "en")).toMatchObject({ code: "#N/A", message: undefined });
    expect(toRuntimeError(new ExcelError("#VALUE!"), "fr")).toMatchObject({
      code: "#VALUE!",
      message: undefined,
    });
  });

  it("names an input error Excel cannot return, in French", () => {
    expect(toRuntimeError(new ExcelError("#REF!", undefined, true), "fr").message).toBe(
      "Une entrée contient #REF! ; corrigez d'abord cette cellule.",
    );
  });

  it("explains an unexpected exception in French", () => {
    globals.Office = { context: { displayLanguage: "fr-FR" } };
    const error = thrownBy(() =>
      excelResult(() => {
        throw new RangeError("boom");
      }),
    );
    expect(error.message).toBe(
      "CSM Kit n'a pas pu calculer ce résultat (boom). Merci de le signaler avec les données.",
    );
  });

  it("explains an exception that is not an Error by what it is", () => {
    const error = thrownBy(() =>
      excelResult(() => {
        throw "no sheet";
      }),
    );
    expect(error.message).toBe(
      "CSM Kit could not compute this (no sheet). Please report it with the inputs.",
    );
  });
});

describe("a scale counted in one pass", () => {
  it("counts a row that is not an array, and passes the first error cell through", () => {
    const domain = { integer: true, min: 1, max: 3, expected: { en: "1 to 3", fr: "1 à 3" } };
    expect(Array.from(tallyScale([[1], 3, [3]], NAME, domain) as Float64Array)).toEqual([1, 0, 2]);
    expect(codeOf(tallyScale([[1], [NA], [REF]], NAME, domain))).toBe("#N/A");
  });
});

describe("A1 addresses of Excel's grid", () => {
  it("say which column number does not exist, and which text is not the address of a cell", () => {
    expect(() => columnLetters(0)).toThrow(
      new RangeError("Excel has no column number 0: columns go from 1 (A) to 16384 (XFD)."),
    );
    expect(() => parseA1("XFE1")).toThrow(new RangeError("Not the A1 address of a cell: XFE1"));
  });
});
