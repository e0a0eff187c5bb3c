import { describe, expect, it } from "vitest";
import { normalizeWord, readChoice, readLanguage, readNumber } from "../../functions/excel/arguments";
import { asRows, scanPairs } from "../../functions/excel/cells";
import { ExcelError, strongerError } from "../../functions/excel/errors";

const RATE = { min: 0, max: 1, expected: { en: "a rate", fr: "un taux" } };
const NAME = { en: "rate", fr: "taux" };
const codeOf = (value: unknown) => (value instanceof ExcelError ? value.code : value);

describe("readNumber", () => {
  it("takes the default when an optional argument is omitted (null) or its cell is blank", () => {
    expect(readNumber(null, NAME, RATE, 0.5)).toBe(0.5);
    expect(readNumber(undefined, NAME, RATE, 0.5)).toBe(0.5);
    expect(readNumber("", NAME, RATE, 0.5)).toBe(0.5);
    expect(readNumber([[null]], NAME, RATE, 0.5)).toBe(0.5);
  });

  it("returns #N/A naming the argument when a required argument is blank", () => {
    const result = readNumber(null, NAME, RATE, undefined) as ExcelError;
    expect(result.code).toBe("#N/A");
    expect(result.message?.en).toContain("rate is blank");
    expect(result.message?.fr).toContain("taux est vide");
  });

  it("reads a one-cell range as its value and refuses a larger range with #VALUE!", () => {
    expect(readNumber([[0.25]], NAME, RATE, undefined)).toBe(0.25);
    const result = readNumber([[0.1], [0.2]], NAME, RATE, undefined) as ExcelError;
    expect(result.code).toBe("#VALUE!");
    expect(result.message?.en).toContain("2 cells");
  });

  it("passes an error through, even from a range that is too large", () => {
    expect(codeOf(readNumber({ code: "#REF!" }, NAME, RATE, undefined))).toBe("#REF!");
    expect(codeOf(readNumber([[0.1], [{ code: "#N/A" }]], NAME, RATE, undefined))).toBe("#N/A");
  });

  it("gives #VALUE! for text and logical values, #NUM! outside the domain", () => {
    expect(codeOf(readNumber("5%", NAME, RATE, undefined))).toBe("#VALUE!");
    expect(codeOf(readNumber(true, NAME, RATE, undefined))).toBe("#VALUE!");
    expect(codeOf(readNumber(1.5, NAME, RATE, undefined))).toBe("#NUM!");
    expect(codeOf(readNumber(-0.1, NAME, RATE, undefined))).toBe("#NUM!");
  });

  it("reads −0 as 0", () => {
    expect(Object.is(readNumber(-0, NAME, RATE, undefined), 0)).toBe(true);
  });

  it("reads 0 as blank when asked to, as Windows desktop passes an empty cell as 0, and as 0 otherwise", () => {
    const zeroIsBlank = { zeroIsBlank: true };
    expect(readNumber(0, NAME, RATE, 0.5, zeroIsBlank)).toBe(0.5);
    expect(readNumber([[0]], NAME, RATE, 0.5, zeroIsBlank)).toBe(0.5);
    expect(readNumber(-0, NAME, RATE, 0.5, zeroIsBlank)).toBe(0.5);
    expect(readNumber(0.25, NAME, RATE, 0.5, zeroIsBlank)).toBe(0.25);
    expect(readNumber(0, NAME, RATE, 0.5)).toBe(0);
  });
});

describe("readChoice", () => {
  const BASES = { logo: "logo", gross: "gross", brut: "gross" } as const;

  it("ignores case, spaces and accents", () => {
    expect(readChoice("  GROSS", NAME, BASES, "logo")).toBe("gross");
    expect(normalizeWord("Préoccupant")).toBe("preoccupant");
  });

  it("takes the default when omitted or blank", () => {
    expect(readChoice(null, NAME, BASES, "logo")).toBe("logo");
    expect(readChoice("", NAME, BASES, "logo")).toBe("logo");
  });

  it("lists the accepted words in its #VALUE! message", () => {
    const result = readChoice("yearly", NAME, BASES, "logo") as ExcelError;
    expect(result.code).toBe("#VALUE!");
    expect(result.message?.en).toContain('"logo", "gross", "brut"');
    expect(codeOf(readChoice(3, NAME, BASES, "logo"))).toBe("#VALUE!");
  });

  it("describes a number given where a word is expected as that number, in both languages", () => {
    const five = readChoice(5, NAME, BASES, "logo") as ExcelError;
    expect(five.message?.en).toBe('rate: 5 is not an option; use one of "logo", "gross", "brut".');
    expect(five.message?.fr).toBe('taux : 5 n\'est pas une option ; utilisez "logo", "gross", "brut".');
    const fraction = readChoice(2.5, NAME, BASES, "logo") as ExcelError;
    expect(fraction.message?.en).toContain("2.5 is not an option");
    expect(fraction.message?.fr).toContain("2,5 n'est pas une option");
  });

  it("reads a 0 option as blank when asked to, so that the default applies", () => {
    expect(readChoice(0, NAME, BASES, "logo", { zeroIsBlank: true })).toBe("logo");
    expect(readChoice([[0]], NAME, BASES, "logo", { zeroIsBlank: true })).toBe("logo");
    expect(codeOf(readChoice(0, NAME, BASES, "logo"))).toBe("#VALUE!");
  });
});

describe("readLanguage", () => {
  it("reads en or fr, their names in English or French, whatever the case and accents", () => {
    expect(readLanguage("FR")).toBe("fr");
    expect(readLanguage(" Français ")).toBe("fr");
    expect(readLanguage("french")).toBe("fr");
    expect(readLanguage("Anglais")).toBe("en");
    expect(readLanguage("English")).toBe("en");
    expect(readLanguage([["en"]])).toBe("en");
  });

  it("takes English when the language is omitted, blank or 0 (an empty cell on Windows desktop)", () => {
    expect(readLanguage(null)).toBe("en");
    expect(readLanguage("")).toBe("en");
    expect(readLanguage(0)).toBe("en");
  });

  it("returns #VALUE! listing the options for any other language", () => {
    const german = readLanguage("de") as ExcelError;
    expect(german.code).toBe("#VALUE!");
    expect(german.message?.en).toContain('"en"');
    expect(german.message?.en).toContain('"fr"');
    expect(codeOf(readLanguage({ code: "#REF!" }))).toBe("#REF!");
  });
});

describe("scanPairs", () => {
  const names = [
    { en: "start", fr: "début" },
    { en: "end", fr: "fin" },
  ] as const;
  const domain = { min: 0, expected: { en: "amounts", fr: "des montants" } };
  const pairs = (a: unknown, b: unknown) => {
    const seen: [number, number][] = [];
    const error = scanPairs(a, b, names, domain, seen, (list, x, y) => list.push([x, y]));
    return error ?? seen;
  };

  it("reads a blank as 0 when the other side has a value, and skips rows blank on both sides", () => {
    expect(pairs([[100], [null], [""], [50]], [[null], [20], [""], [60]])).toEqual([
      [100, 0],
      [0, 20],
      [50, 60],
    ]);
  });

  it("gives #VALUE! naming both shapes when they differ", () => {
    const error = pairs([[1], [2]], [[1, 2]]) as ExcelError;
    expect(error.message?.en).toBe("start (2 × 1) and end (1 × 2) must have the same shape.");
  });

  it("passes an error cell through before reporting a shape mismatch", () => {
    expect(codeOf(pairs([[1], [2]], [[{ code: "#DIV/0!" }]]))).toBe("#DIV/0!");
  });

  it("names the second range when its cell holds text", () => {
    const error = pairs([[1]], [["ten"]]) as ExcelError;
    expect(error.message?.en).toContain("end: row 1, column 1");
  });
});

describe("error precedence", () => {
  it("ranks an error from a cell above #VALUE!, #NUM!, #DIV/0! and #N/A, in that order", () => {
    const fromCell = new ExcelError("#N/A", undefined, true);
    const order = [
      fromCell,
      new ExcelError("#VALUE!"),
      new ExcelError("#NUM!"),
      new ExcelError("#DIV/0!"),
      new ExcelError("#N/A"),
    ];
    for (let i = 0; i < order.length; i++)
      for (let j = i + 1; j < order.length; j++) {
        expect(strongerError(order[j], order[i])).toBe(order[i]);
        expect(strongerError(order[i], order[j])).toBe(order[i]);
      }
  });

  it("reads a flat array as one column", () => {
    expect(asRows([1, 2])).toEqual([[1], [2]]);
  });
});
