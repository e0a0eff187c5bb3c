// Amounts as people type them (functions/checks/amounts.ts), and calculations typed in French or English
// (notebook/calculation/localize.ts). Expected values are written by hand.
import { describe, expect, it } from "vitest";
import { readAmount } from "../../functions/checks/amounts";
import {
  evaluateExpression,
  expressionNames,
  isValidResultName,
} from "../../notebook/calculation/expression";
import { nameIn, publishedName, standardExpression } from "../../notebook/calculation/localize";
import { calculationKind } from "../../notebook/calculation/expression";

describe("readAmount", () => {
  it.each([
    ["75 000 €", "fr", 75000],
    ["75\u202f000\u00a0€", "fr", 75000],
    ["0,5", "fr", 0.5],
    ["0,5", "en", 0.5],
    ["12 000,50 €", "fr", 12000.5],
    ["12 000,50 €", "en", 12000.5],
    ["1 234,5", "en", 1234.5],
    ["75,000", "en", 75000],
    ["75,000", "fr", 75],
    ["1.234", "en", 1.234],
    ["1.234", "fr", 1234],
    ["1.234,56", "en", 1234.56],
    ["$1,234.50", "fr", 1234.5],
    ["€12,000", "fr", 12000],
    ["12,000 €", "en", 12],
    ["-3", "en", -3],
    ["−2,5", "fr", -2.5],
    ["1e3", "en", 1000],
  ] as const)("reads %j in %s as %d", (text, convention, value) => {
    expect(readAmount(text, convention)).toBe(value);
  });

  it.each(["", "12k", "50 %", "007", "1,2,3", "abc", "1 23", "1234567890123456"])(
    "reads %j as no amount",
    (text) => {
      expect(readAmount(text, "fr")).toBeNull();
      expect(readAmount(text, "en")).toBeNull();
    },
  );

  it("keeps an amount both conventions read differently unread when neither may win", () => {
    expect(readAmount("1,234", "either")).toBeNull();
    expect(readAmount("1,5", "either")).toBe(1.5);
  });
});

describe("calculations typed in French", () => {
  it("reads a decimal comma in French: hoursFreed * 0,5 is half the hours", () => {
    expect(evaluateExpression("hoursFreed * 0,5", { hoursFreed: 301 }, "fr")).toEqual({
      kind: "ok",
      value: 150.5,
    });
  });

  it("separates arguments by ; in French and by , or ; in English", () => {
    expect(evaluateExpression("round(x / 3; 1)", { x: 10 }, "fr")).toEqual({ kind: "ok", value: 3.3 });
    expect(evaluateExpression("max(1,5; 2)", {}, "fr")).toEqual({ kind: "ok", value: 2 });
    expect(evaluateExpression("max(1,5)", {}, "fr")).toEqual({ kind: "ok", value: 1.5 });
    expect(evaluateExpression("max(1,5)", {}, "en")).toEqual({ kind: "ok", value: 5 });
    expect(evaluateExpression("round(x / 3; 1)", { x: 10 }, "en")).toEqual({ kind: "ok", value: 3.3 });
  });

  it("reads amounts with spaces and a currency sign in a calculation", () => {
    expect(evaluateExpression("75 000 € / 12", {}, "fr")).toEqual({ kind: "ok", value: 6250 });
    expect(evaluateExpression("12 000,50 € * 2", {}, "fr")).toEqual({ kind: "ok", value: 24001 });
    expect(evaluateExpression("75 000 / 12", {}, "en")).toEqual({ kind: "ok", value: 6250 });
  });

  it("keeps a point a decimal point in French", () => {
    expect(evaluateExpression("x * 1.234", { x: 1000 }, "fr")).toEqual({ kind: "ok", value: 1234 });
  });

  it("says how to write a decimal when 0,5 is typed in English", () => {
    const result = evaluateExpression("hoursFreed * 0,5", { hoursFreed: 10 }, "en");
    expect(result.kind).toBe("error");
    if (result.kind === "error") expect(result.message.en).toContain("write decimals with a point (0.5)");
  });

  it("leaves names with digits alone", () => {
    expect(standardExpression("q1 + q2 * 2,5", "fr")).toBe("q1 + q2 * 2.5");
  });

  it("reads the French names of published figures, with or without accents, in either language", () => {
    expect(
      evaluateExpression("heuresLibérées / nbActions", { hoursFreed: 30, actionCount: 4 }, "fr"),
    ).toEqual({
      kind: "ok",
      value: 7.5,
    });
    expect(evaluateExpression("heuresliberees * 2", { hoursFreed: 30 }, "en")).toEqual({
      kind: "ok",
      value: 60,
    });
    expect(expressionNames("csmNécessaires - écartCsm", "fr")).toEqual(["csmsNeeded", "csmGap"]);
    expect(publishedName("nbAutomatiser")).toBe("automateCount");
    expect(nameIn("paybackMonths", "fr")).toBe("moisAmortissement");
    expect(nameIn("paybackMonths", "en")).toBe("paybackMonths");
  });

  it("refuses a result named like a French figure, which would hide it", () => {
    expect(isValidResultName("heuresLibérées")).toBe(false);
    expect(isValidResultName("tauxAutomatisation")).toBe(true);
  });

  it("gives the same result in either pane: the cell keeps the language it was typed in", () => {
    const inputs = { name: "half", expression: "heuresLibérées * 0,5", language: "fr" };
    expect(calculationKind.reads(inputs)).toEqual(["hoursFreed"]);
    expect(calculationKind.compute(inputs, { hoursFreed: 80 }, new Map()).values).toEqual({ half: 40 });
    // An older cell without a language is English, as it always was.
    expect(calculationKind.reads({ name: "m", expression: "max(1,5)" })).toEqual([]);
    expect(calculationKind.compute({ name: "m", expression: "max(1,5)" }, {}, new Map()).values).toEqual({
      m: 5,
    });
  });
});
