// The segmentation grows: accounts added to the Accounts table (one inside it, two at the end), rendered
// from the spec with those rows and recalculated by LibreOffice. The coverage must count them in their tier,
// their ARR, their region (or "Other regions") and the CSMs needed; the strategic industries must count them;
// a workbook with its sample cleared, or a single account, must show no error value. Each added account's
// tier is worked out by hand from the default rules (written beside it); the sample's counts are written out.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import { segmentation } from "../../templates/segmentation";
import { INDUSTRIES, REGIONS } from "../../templates/segmentation-sample";
import { day } from "../../templates/sample";
import {
  cleared,
  errorCells,
  inserted,
  recalculate,
  withRows,
  type Recalculated,
  type Row,
} from "./template-variants";

const dir = join(__dirname, "../../test-results/segmentation-growth");

/** Current ARR 150,000 ≥ 100,000: high touch (level 1). Inserted as the 11th account, in France. */
const ANALYTICS: Row = {
  account: "Added Analytics",
  current: 150_000,
  potential: 200_000,
  industry: INDUSTRIES.software,
  region: REGIONS.france,
  since: day(2024, 1, 15),
};
/** 30,000 ≥ 25,000: low touch, then up one tier as healthcare is strategic: high touch. A region not listed. */
const CLINIC: Row = {
  account: "Harbour Clinic",
  current: 30_000,
  potential: 40_000,
  industry: INDUSTRIES.healthcare,
  region: { en: "Nordics", fr: "Pays nordiques" },
  since: day(2023, 5, 1),
};
/** Under every threshold, recent, not strategic: tech touch (level 3). */
const SHOP: Row = {
  account: "Tiny Shop",
  current: 2_000,
  potential: 3_000,
  industry: INDUSTRIES.retail,
  region: REGIONS.benelux,
  since: day(2025, 1, 1),
};

const VARIANTS = {
  sample: segmentation,
  grown: withRows(segmentation, {
    Accounts: (rows) => [...inserted(rows, 10, ANALYTICS), CLINIC, SHOP],
  }),
  single: withRows(segmentation, { Accounts: () => [SHOP] }),
  empty: cleared(segmentation),
};

const COVERAGE: Bilingual = { en: "Coverage", fr: "Couverture" };
const RULES: Bilingual = { en: "Rules", fr: "Règles" };
const ACCOUNTS: Bilingual = { en: "Accounts", fr: "Comptes" };

let book: (variant: keyof typeof VARIANTS, language: Language) => Recalculated;
beforeAll(async () => {
  book = await recalculate(dir, VARIANTS, LANGUAGES);
});

describe.each(LANGUAGES)("the segmentation (%s)", (language) => {
  const at = (variant: keyof typeof VARIANTS, address: string, sheet: Bilingual = COVERAGE) =>
    book(variant, language).value(sheet[language], address);

  it("puts each added account in the tier the rules give it", () => {
    // The Accounts table's rows from row 5: the analytics account is row 15, the clinic 54, the shop 55.
    expect([15, 54, 55].map((r) => at("grown", `J${r}`, ACCOUNTS))).toEqual([1, 1, 3]);
  });

  it("counts the added accounts per tier, and the CSMs they need", () => {
    // The sample: 15 high touch, 22 low touch, 11 tech touch.
    expect(["B5", "B6", "B7", "B8"].map((a) => at("sample", a))).toEqual([15, 22, 11, 48]);
    expect(["B5", "B6", "B7", "B8"].map((a) => at("grown", a))).toEqual([17, 22, 12, 51]);
    expect(book("grown", language).named("CsmsNeeded")).toBeCloseTo(17 / 12 + 22 / 50 + 12 / 300, 12);
    expect(book("grown", language).named("CsmGap")).toBeCloseTo(17 / 12 + 22 / 50 + 12 / 300 - 1.5, 12);
  });

  it("adds the added accounts' current and potential ARR to their tier's", () => {
    const added = (address: string) => (at("grown", address) as number) - (at("sample", address) as number);
    expect(["C5", "C6", "C7", "C8"].map(added)).toEqual([150_000 + 30_000, 0, 2_000, 182_000]);
    expect(["D5", "D6", "D7", "D8"].map(added)).toEqual([200_000 + 40_000, 0, 3_000, 243_000]);
    expect(
      (book("grown", language).named("CsmsByReference") as number) -
        (book("sample", language).named("CsmsByReference") as number),
    ).toBeCloseTo(182_000 / 2_000_000, 12);
  });

  it("counts the added accounts in their region, and a region not listed in Other regions", () => {
    const added = (address: string) => (at("grown", address) as number) - (at("sample", address) as number);
    // Regions from row 21: France, DACH, UK & Ireland, Benelux, Southern Europe, North America; Other row 27.
    expect(["B21", "C21", "D21", "E21"].map(added)).toEqual([1, 0, 0, 1]);
    expect(["B24", "C24", "D24", "E24"].map(added)).toEqual([0, 0, 1, 1]);
    expect(["B27", "C27", "D27", "E27"].map((a) => at("grown", a))).toEqual([1, 0, 0, 1]);
    expect(["B27", "C27", "D27", "E27"].map((a) => at("sample", a))).toEqual([0, 0, 0, 0]);
  });

  it("counts the added account of a strategic industry beside the industry", () => {
    // StrategicIndustries from row 29: healthcare (6 accounts in the sample), then public sector.
    expect(at("sample", "B29", RULES)).toBe(6);
    expect(at("grown", "B29", RULES)).toBe(7);
  });

  it("reads sensibly with a single account", () => {
    const wb = book("single", language);
    expect(errorCells(wb)).toEqual([]);
    expect(["B5", "B6", "B7", "B8"].map((a) => at("single", a))).toEqual([0, 0, 1, 1]);
    expect(wb.named("CsmsNeeded")).toBeCloseTo(1 / 300, 12);
  });

  it("shows no error value once the sample is cleared, and zeros where there is nothing", () => {
    const wb = book("empty", language);
    expect(errorCells(wb)).toEqual([]);
    expect(["B8", "C8", "D8", "E8", "F8", "G8"].map((a) => at("empty", a))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(wb.named("CsmsNeeded")).toBe(0);
    expect(wb.named("CsmGap")).toBe(-1.5);
    expect(wb.named("CsmsByReference")).toBe(0);
  });
});
