// The account health workbook as a CS team uses it: accounts added anywhere in the HealthSignals table (written
// through the spec's rows, as Excel fills a row from the calculated column formulas), a new account known only
// by its CSM's pulse, the sample cleared. Recalculated by LibreOffice. The expected scores come from
// functions/health (CSM.SCALE, CSM.PULSE_POINTS, CSM.HEALTH) with the Settings sheet's documented defaults
// written out here, never from the template's own formulas.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pulsePoints, rescale } from "../../functions/health/components";
import { healthScores } from "../../functions/health/health";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import { health } from "../../templates/health";
import { inLanguage, type CellValue } from "../../templates/spec";
import {
  cleared,
  errorCells,
  inserted,
  recalculate,
  withRows,
  type Recalculated,
  type Row,
} from "./template-variants";

const dir = join(__dirname, "../../test-results/health-workbook");
const TABLE = "HealthSignals";
const SAMPLE = (health.sheets.flatMap((s) => s.tables ?? []).find((t) => t.name === TABLE)?.rows ??
  []) as readonly Row[];

const HEALTHY: Bilingual = { en: "Healthy", fr: "Sain" };
const WORDS = {
  red: { en: "Red", fr: "Rouge" },
  yellow: { en: "Yellow", fr: "Jaune" },
  green: { en: "Green", fr: "Vert" },
  thin: { en: "Insufficient data", fr: "Données insuffisantes" },
} as const;

/** A new account whose CSM has only given a pulse: 15 % of the weights. Inserted third. */
const PULSE_ONLY: Row = { account: "Nova Pulse", csm: "Hugo", pulse: HEALTHY };
/** Copies of sample accounts (renamed), spread through the table. */
const copy = (index: number, name: string): Row => ({ ...(SAMPLE[index] as Row), account: name });
const grow = (rows: readonly Row[]): Row[] => {
  let grown = inserted(rows, 2, PULSE_ONLY);
  grown = inserted(grown, 0, copy(3, "Dunmore Retail 2"));
  grown = inserted(grown, 10, copy(0, "Alpina Foods 2"), copy(12, "Maple Insurance 2"));
  grown = inserted(grown, grown.length, copy(6, "Granite Bank 2"), copy(18, "Saffron Studios 2"));
  return grown;
};
const GROWN = grow(SAMPLE);

const VARIANTS = {
  sample: health,
  grown: withRows(health, { [TABLE]: grow }),
  empty: cleared(health),
};

// The Settings sheet's defaults: scores 0 at, scores 100 at, weight; bands and minimum coverage.
const WEIGHTS = [20, 10, 10, 10, 10, 5, 10, 10, 15];
const RED_MAX = 50;
const YELLOW_MAX = 75;
const MIN_COVERAGE = 0.6;
const AS_OF = Date.UTC(2026, 9, 15);
const RENEWAL_WINDOW = 180;

type Value = CellValue | Bilingual | undefined;
const num = (v: Value): number | null => (typeof v === "number" ? v : null);
const ratio = (a: Value, b: Value): number | null => {
  const [x, y] = [num(a), num(b)];
  return x === null || y === null || y === 0 ? null : x / y;
};
/** CSM.SCALE of one value, "" for a blank. */
const scaled = (value: number | null, min: number, max: number): number | "" =>
  value === null ? "" : ((rescale([[value]], min, max) as unknown[][])[0]?.[0] as number);

interface Expected {
  readonly coverage: number;
  readonly score: number | null;
  readonly band: keyof typeof WORDS;
}

/** One account's coverage, score and band, computed by functions/health from its signals. */
function expected(row: Row): Expected {
  const pulse = row.pulse === undefined || row.pulse === null ? "" : inLanguage(row.pulse, "en");
  const components = [
    scaled(num(row.active), 0, 0.8),
    scaled(num(row.adminDays), 90, 0),
    scaled(num(row.loginMonths), 3, 0),
    scaled(ratio(row.modulesUsed, row.modulesOwned), 0, 1),
    scaled(num(row.nps), -100, 100),
    scaled(num(row.csat), 0.5, 1),
    scaled(ratio(row.usedNow, row.bought), 0.5, 1),
    scaled(
      ratio(row.arrNow, row.arrLast) === null ? null : (ratio(row.arrNow, row.arrLast) as number) - 1,
      -0.1,
      0.1,
    ),
    (pulsePoints([[pulse]]) as unknown[][])[0]?.[0] as number | "",
  ];
  const coverage =
    components.reduce<number>((sum, c, i) => sum + (c === "" ? 0 : (WEIGHTS[i] as number)), 0) /
    WEIGHTS.reduce((a, b) => a + b, 0);
  if (coverage < MIN_COVERAGE) return { coverage, score: null, band: "thin" };
  const score = (healthScores([components], [WEIGHTS]) as unknown[][])[0]?.[0] as number;
  return {
    coverage,
    score,
    band: score <= RED_MAX ? "red" : score <= YELLOW_MAX ? "yellow" : "green",
  };
}

/** The recalculated value of a column of HealthSignals on the n-th data row (0-based), by header. */
function column(book: Recalculated, language: Language, header: Bilingual): (index: number) => unknown {
  const xml = tablePart(book);
  const ref = /\bref="([A-Z]+)(\d+):[A-Z]+\d+"/.exec(xml);
  const names = [...xml.matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  const at = names.indexOf(header[language]);
  if (!ref || at < 0) throw new Error(`no column ${header[language]} in ${TABLE}`);
  const first = (ref[1] as string).charCodeAt(0) - 65;
  const letter = (i: number): string =>
    (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : "") + String.fromCharCode(65 + (i % 26));
  const sheet = language === "en" ? "Accounts" : "Comptes";
  return (index) => book.value(sheet, `${letter(first + at)}${Number(ref[2]) + 1 + index}`);
}

/** The XML of the HealthSignals table part. */
function tablePart(book: Recalculated): string {
  for (let i = 1; i < 20; i++) {
    let xml: string;
    try {
      xml = book.part(`xl/tables/table${i}.xml`);
    } catch {
      break;
    }
    if (new RegExp(`\\bname="${TABLE}"`).test(xml)) return xml;
  }
  throw new Error(`no table ${TABLE}`);
}

const HEADERS = {
  score: { en: "Score", fr: "Score" },
  coverage: { en: "Coverage", fr: "Couverture" },
  band: { en: "Band", fr: "Bande" },
  rank: { en: "Rank", fr: "Rang" },
} as const;

let book: (variant: keyof typeof VARIANTS, language: Language) => Recalculated;
beforeAll(async () => {
  book = await recalculate(dir, VARIANTS, LANGUAGES);
});

describe.each(LANGUAGES)("the account health workbook (%s)", (language) => {
  it("scores every sample account as CSM.HEALTH does, with its coverage and band", () => {
    const wb = book("sample", language);
    const [score, coverage, band] = [HEADERS.score, HEADERS.coverage, HEADERS.band].map((h) =>
      column(wb, language, h),
    ) as [(i: number) => unknown, (i: number) => unknown, (i: number) => unknown];
    SAMPLE.forEach((row, i) => {
      const want = expected(row);
      const name = String(row.account);
      expect(coverage(i), name).toBeCloseTo(want.coverage, 12);
      expect(band(i), name).toBe(WORDS[want.band][language]);
      if (want.score === null) expect(score(i), name).toBe("–");
      else expect(score(i) as number, name).toBeCloseTo(want.score, 9);
    });
  });

  it("counts accounts added anywhere in the table in every summary", () => {
    const wb = book("grown", language);
    const bands = GROWN.map(expected);
    const count = (b: keyof typeof WORDS) => bands.filter((e) => e.band === b).length;
    // 19 sample accounts and 6 added: the pulse-only one and five copies.
    expect(wb.named("AccountCount")).toBe(25);
    expect(wb.named("GreenAccounts")).toBe(count("green"));
    expect(wb.named("YellowAccounts")).toBe(count("yellow"));
    expect(wb.named("RedAccounts")).toBe(count("red"));
    expect(wb.named("InsufficientDataAccounts")).toBe(count("thin"));
    expect(count("green") + count("yellow") + count("red") + count("thin")).toBe(25);
    const scores = bands.flatMap((e) => (e.score === null ? [] : [e.score]));
    expect(wb.named("AverageScore") as number).toBeCloseTo(
      scores.reduce((a, b) => a + b, 0) / scores.length,
      9,
    );
    const arr = (rows: readonly Row[]) => rows.reduce((sum, r) => sum + (num(r.arrNow) ?? 0), 0);
    expect(wb.named("HealthARR")).toBe(arr(GROWN));
    const atRisk = GROWN.filter((_, i) => ["red", "yellow"].includes(bands[i]?.band as string));
    expect(wb.named("ARRAtRisk")).toBe(arr(atRisk));
    const renewing = atRisk.filter((r) => {
      const days = r.renewal instanceof Date ? (r.renewal.getTime() - AS_OF) / 86_400_000 : -1;
      return days >= 0 && days <= RENEWAL_WINDOW;
    });
    expect(wb.named("ARRAtRiskRenewing")).toBe(arr(renewing));
    expect(wb.named("ARRInsufficientData")).toBe(arr(GROWN.filter((_, i) => bands[i]?.band === "thin")));
    // The sample alone: the same sums, without the added rows.
    expect(book("sample", language).named("AccountCount")).toBe(19);
  });

  it("gives an account known by its pulse alone 15 % coverage, no score, no rank and no colour band", () => {
    const wb = book("grown", language);
    const at = GROWN.indexOf(PULSE_ONLY);
    expect(at).toBe(3);
    expect(column(wb, language, HEADERS.coverage)(at)).toBeCloseTo(0.15, 12);
    expect(column(wb, language, HEADERS.score)(at)).toBe("–");
    expect(column(wb, language, HEADERS.rank)(at)).toBe("–");
    expect(column(wb, language, HEADERS.band)(at)).toBe(WORDS.thin[language]);
    // Rank 1 goes to the best score measured on enough of the weights.
    const scores = GROWN.map((r) => expected(r).score ?? -1);
    const best = scores.indexOf(Math.max(...scores));
    expect(column(wb, language, HEADERS.rank)(best)).toBe(1);
  });

  it("shows a dash or 0, never an error value, with the sample cleared", () => {
    const wb = book("empty", language);
    expect(errorCells(wb)).toEqual([]);
    expect(wb.named("AccountCount")).toBe(0);
    expect(wb.named("AverageScore")).toBe("–");
    expect(wb.named("ARRAtRisk")).toBe(0);
    expect(wb.named("InsufficientDataAccounts")).toBe(0);
  });

  it('writes no `0.#` number format, which shows 2 as "2." or "2,"', () => {
    const styles = book("sample", language).part("xl/styles.xml");
    expect(styles).not.toMatch(/formatCode="[^"]*0\.#(?!#)[^"]*"/);
  });
});
