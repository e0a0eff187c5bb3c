import { describe, expect, it } from "vitest";
import { initialLanguage } from "../../taskpane/i18n/language";
import { en, fr } from "../../taskpane/i18n/strings";

describe("the pane's words", () => {
  it("has every English key in French, and no other", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it("has no empty or untranslated French string, except names and samples that stay the same", () => {
    const same = new Set(["appTitle", "tryResult", "tryPlaceholder"]);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(fr[key].trim(), key).not.toBe("");
      if (!same.has(key)) expect(fr[key], key).not.toBe(en[key]);
    }
  });

  it("keeps the same {placeholders} in both languages", () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(holes(fr[key]), key).toEqual(holes(en[key]));
  });
});

describe("initialLanguage", () => {
  it("prefers the person's earlier choice", () => {
    expect(initialLanguage("fr", "en-US", "en-GB")).toBe("fr");
    expect(initialLanguage("en", "fr-FR", "fr-FR")).toBe("en");
  });

  it("then follows Office's display language, then the browser's", () => {
    expect(initialLanguage(null, "fr-CA", "en-US")).toBe("fr");
    expect(initialLanguage(null, "en-US", "fr-FR")).toBe("en");
    expect(initialLanguage(null, undefined, "fr-BE")).toBe("fr");
    expect(initialLanguage(undefined, undefined, "de-DE")).toBe("en");
  });

  it("ignores a stored value it does not know", () => {
    expect(initialLanguage("klingon", undefined, "fr-FR")).toBe("fr");
  });
});
