import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { excelLanguage, excelResult, toRuntimeError } from "../../functions/excel/boundary";
import { ExcelError } from "../../functions/excel/errors";
import { fakeRuntime, RuntimeError, thrownBy } from "../support/runtime";

const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };

beforeEach(() => {
  globals.CustomFunctions = fakeRuntime().runtime;
});
afterEach(() => {
  delete globals.CustomFunctions;
  delete globals.Office;
});

describe("the custom functions boundary", () => {
  it("returns a metric's value unchanged", () => {
    expect(excelResult(() => 42)).toBe(42);
  });

  it("throws the runtime's #VALUE! with the English message by default", () => {
    const error = thrownBy(() =>
      excelResult(() => new ExcelError("#VALUE!", { en: "bad scores", fr: "notes invalides" })),
    );
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error).toMatchObject({ code: "#VALUE!", message: "bad scores" });
  });

  it("speaks French when Excel's display language is French", () => {
    globals.Office = { context: { displayLanguage: "fr-FR" } };
    expect(excelLanguage()).toBe("fr");
    const error = thrownBy(() => excelResult(() => new ExcelError("#N/A", { en: "nothing", fr: "rien" })));
    expect(error).toMatchObject({ code: "#N/A", message: "rien" });
  });

  it("drops the message for codes where Excel shows none", () => {
    expect(toRuntimeError(new ExcelError("#NUM!", { en: "x", fr: "x" }), "en")).toMatchObject({
      code: "#NUM!",
      message: undefined,
    });
    expect(toRuntimeError(new ExcelError("#DIV/0!"), "en")).toMatchObject({
      code: "#DIV/0!",
      message: undefined,
    });
    expect(toRuntimeError(new ExcelError("#NULL!"), "en")).toMatchObject({ code: "#NULL!" });
  });

  it("reports an input error Excel cannot return (#REF!) as a #VALUE! that names it", () => {
    const error = toRuntimeError(new ExcelError("#REF!", undefined, true), "en");
    expect(error).toMatchObject({ code: "#VALUE!" });
    expect(error.message).toContain("#REF!");
  });

  it("turns an unexpected exception into an explained #VALUE!, never a bare one", () => {
    const error = thrownBy(() =>
      excelResult(() => {
        throw new TypeError("boom");
      }),
    );
    expect(error).toMatchObject({ code: "#VALUE!" });
    expect(error.message).toContain("boom");
  });
});
