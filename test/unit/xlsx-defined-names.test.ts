import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { withDefinedNames } from "../../xlsx/defined-names";

const WHEN = new Date(Date.UTC(2026, 0, 1));
const file = (workbook: string) => zipSync({ "xl/workbook.xml": strToU8(workbook) });
const workbookOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/workbook.xml"] ?? new Uint8Array());

describe("withDefinedNames", () => {
  it("adds a name whose formula is a whole table column beside the names already there", () => {
    const bytes = file(
      `<workbook><sheets/><definedNames><definedName name="Start">Roadmap!$C$4</definedName></definedNames></workbook>`,
    );
    expect(workbookOf(withDefinedNames(bytes, new Map([["ActionNames", "Actions[[Action]]"]]), WHEN))).toBe(
      `<workbook><sheets/><definedNames><definedName name="Start">Roadmap!$C$4</definedName><definedName name="ActionNames">Actions[[Action]]</definedName></definedNames></workbook>`,
    );
  });

  it("opens the list of names after the sheets when the file has none, and escapes the formula", () => {
    const bytes = file(`<workbook><sheets><sheet name="A"/></sheets><calcPr/></workbook>`);
    expect(workbookOf(withDefinedNames(bytes, new Map([["Odd", `T[[A & B]]`]]), WHEN))).toBe(
      `<workbook><sheets><sheet name="A"/></sheets><definedNames><definedName name="Odd">T[[A &amp; B]]</definedName></definedNames><calcPr/></workbook>`,
    );
  });

  it("returns the file as it is when there is no name to add", () => {
    const bytes = file(`<workbook><sheets/></workbook>`);
    expect(withDefinedNames(bytes, new Map(), WHEN)).toBe(bytes);
  });

  it("refuses a name the file already defines", () => {
    const bytes = file(
      `<workbook><sheets/><definedNames><definedName name="X">A!$A$1</definedName></definedNames></workbook>`,
    );
    expect(() => withDefinedNames(bytes, new Map([["X", "T[[A]]"]]), WHEN)).toThrow(
      "already defines the name X",
    );
  });
});
