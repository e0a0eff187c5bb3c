// The segments sheet exported to .xlsx and recalculated by LibreOffice: a real spreadsheet engine, running
// the native tier formulas of functions/segmentation/tier-formulas.ts (placed by notebook/segmentation/
// formulas.ts), must put every account in the tier the TypeScript core (segmentAccounts) gives it, for
// seeded random portfolios full of edge cases (thresholds hit exactly, blank or bad values, strategic
// industries in odd case, ties at the first-N cut, duplicate and case-variant accounts, wildcards in names),
// with 1 to 8 tiers, with values written and with values looked up live in the person's table — including
// after that table changed. The coverage formulas must give the core's per-tier accounts, ARR and CSMs
// needed. All workbooks go through one LibreOffice call.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addTierColumn, TIER_COLUMN_HEADER } from "../../notebook/segmentation/workbook";
import { PORTFOLIO_COLUMNS } from "../../notebook/segmentation/columns";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import type { TableContentsAt, WorkbookContents } from "../../addin/workbook-contents";
import type { CellValue } from "../../addin/workbook-port";
import { workbookToXlsx } from "../../addin/xlsx-export";
import type { Language } from "../../functions/excel/language";
import { coverage, type Coverage } from "../../functions/segmentation/coverage";
import { dateSerial, type SegmentationRules } from "../../functions/segmentation/rules";
import { accountId } from "../../functions/segmentation/rows";
import {
  segmentAccounts,
  type AccountRow,
  type ClassifiedAccount,
  type Segmentation,
  type UnclassifiedAccount,
} from "../../functions/segmentation/segment";
import { MOVED_BY_LABELS } from "../../functions/segmentation/tier-formulas";
import { SEGMENT_HEADERS, SEGMENT_TABLES } from "../../notebook/segmentation/formulas";
import { SEGMENT_SHEET, type SegmentCapacity } from "../../notebook/segmentation/sheet";
import { segmentTables } from "../../notebook/segmentation/tables";
import { convert } from "../support/libreoffice";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";

const results = join(__dirname, "../../test-results/segment-export");
const recalculatedDir = join(results, "recalculated");

/** A small seeded generator (mulberry32), so that every run tests the same portfolios. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pickFrom = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

const EPOCH = Date.UTC(1899, 11, 30);
const iso = (serial: number) => new Date(EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
/** A few dates many accounts share, so that the first-N cut falls among ties. */
const DATE_POOL = [32_874, 36_526, 38_000, 40_000, 41_640, 41_640, 42_005, 43_466, 44_197, 45_000];
const INDUSTRIES: readonly CellValue[] = [
  null,
  "",
  "Health",
  "hEaLtH",
  "HEALTH",
  "Health ",
  "Retail",
  "retail",
  "Public Sector",
  "PUBLIC sector",
  "Finance",
  "Energy",
  42,
  "42",
  "*",
  "<>Retail",
  "=Health",
];
const STRATEGIC = ["health", "Public SECTOR", "42"];
/** Names that MATCH would read as patterns, were they not escaped. */
const SPECIAL_ACCOUNTS = ["Acct-0*", "A?ct-005", "Tilde~Inc", "Who?Co", "Star*Corp"];

/**
 * A portfolio of `n` rows: mostly clean accounts, with every kind of trouble the core handles. With
 * `cellsOnly`, every value is one a workbook cell can hold (for a person's table); otherwise dates may also
 * be `Date` objects and amounts `NaN`, as a .csv import could give. No logical value stands for an amount or
 * a date: LibreOffice has no logical type (TRUE is the number 1, and ISNUMBER(TRUE) is TRUE there), whereas
 * Excel's ISNUMBER(TRUE) is FALSE, as the core reads it; the unit tests check the formulas use ISNUMBER.
 */
function portfolio(seed: number, n: number, rules: SegmentationRules, cellsOnly: boolean): AccountRow[] {
  const r = random(seed);
  const pick = <T>(items: readonly T[]): T => pickFrom(r, items);
  const thresholds = rules.tiers
    .flatMap((tier) => [tier.currentMin, tier.potentialMin])
    .filter((x): x is number => typeof x === "number");
  const accounts: (string | number)[] = [];
  const specials = [...SPECIAL_ACCOUNTS];
  const rows: AccountRow[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.02) {
      rows.push(r() < 0.5 ? {} : { account: " ", currentArr: null, industry: "" });
      continue;
    }
    let account: CellValue;
    const a = r();
    if (a < 0.02) account = pick([null, "", "   "]);
    else if (a < 0.06 && accounts.length > 0) {
      const earlier = pick(accounts);
      account = typeof earlier === "number" ? String(earlier) : r() < 0.5 ? ` ${earlier} ` : earlier;
    } else if (a < 0.09 && accounts.some((x) => typeof x === "string" && x.toUpperCase() !== x))
      account = pick(accounts.filter((x): x is string => typeof x === "string")).toUpperCase();
    else if (a < 0.11 && i > 10 && specials.length > 0) account = specials.shift() ?? "";
    else if (a < 0.13) account = 100_000 + i;
    else account = `Acct-${String(i).padStart(3, "0")}`;
    if ((typeof account === "string" && account.trim() !== "") || typeof account === "number")
      accounts.push(typeof account === "string" ? account.trim() : account);

    const c = r();
    const currentArr: unknown =
      c < 0.05
        ? pick<unknown>(["12k", -5, null, " ", "n/a", ...(cellsOnly ? [] : [Number.NaN])])
        : c < 0.28
          ? pick(thresholds)
          : c < 0.32
            ? 0
            : c < 0.4
              ? Math.round(r() * 50_000_000) / 100
              : Math.round(r() * 500_000);
    const p = r();
    const potentialArr: unknown =
      p < 0.3
        ? null
        : p < 0.34
          ? pick(["", " "])
          : p < 0.37
            ? pick(["n/a", -1])
            : p < 0.57
              ? pick(thresholds)
              : Math.round(r() * 900_000);
    const s = r();
    const pooled = pick(DATE_POOL);
    const customerSince: unknown =
      s < 0.15
        ? null
        : s < 0.19
          ? pick<unknown>(["01/02/2019", 0, "soon", -3, "2019-02-30", "1899-12-31", 2_958_466, " "])
          : s < 0.25
            ? iso(pooled)
            : s < 0.28 && !cellsOnly
              ? new Date(EPOCH + pooled * 86_400_000)
              : s < 0.65
                ? pooled
                : 32_874 + Math.floor(r() * 12_600) + (r() < 0.05 ? 0.5 : 0);
    rows.push({
      account,
      currentArr,
      potentialArr,
      industry: pick(INDUSTRIES),
      region: pick(["EMEA", "NA", null]),
      customerSince,
    });
  }
  return rows;
}

/** The same portfolio after the person edited their table: ARR and dates changed on a third of the rows. */
function edited(rows: readonly AccountRow[], seed: number): AccountRow[] {
  const r = random(seed);
  return rows.map((row) => {
    if (r() > 0.35 || row.account === undefined) return row;
    const e = r();
    if (e < 0.4) return { ...row, currentArr: Math.round(r() * 600_000) };
    if (e < 0.55) return { ...row, currentArr: "tbd" };
    if (e < 0.8) return { ...row, potentialArr: r() < 0.3 ? null : Math.round(r() * 900_000) };
    return { ...row, customerSince: pickFrom(r, DATE_POOL) };
  });
}

const tier = (en: string, fr: string, currentMin?: number | null, potentialMin?: number | null) => ({
  name: { en, fr },
  currentMin,
  potentialMin,
});

/** The person's table, as the source case writes it: headers that need escaping in formulas. */
const SOURCE_HEADERS = {
  account: "Account [id]",
  currentArr: "ARR #2026",
  potentialArr: "Potential 'ARR' 2026",
  industry: "Secteur d'activité",
  region: "Region",
  customerSince: "Client since",
} as const;
const SOURCE_FIELDS = PORTFOLIO_COLUMNS;
const SOURCE_TABLE = "Portfolio_2026";

const asCell = (value: unknown): CellValue =>
  value === undefined
    ? null
    : typeof value === "object" && value !== null
      ? String(value)
      : (value as CellValue);
const sourceRows = (rows: readonly AccountRow[]): CellValue[][] =>
  rows.map((row) => SOURCE_FIELDS.map((field) => asCell(row[field])));

interface Case {
  readonly name: string;
  readonly language: Language;
  readonly rules: SegmentationRules;
  readonly seed: number;
  readonly rows: number;
  /** Look values up in a person's table; `edit`: change that table before the export. */
  readonly source?: { readonly edit: boolean };
  readonly capacity: readonly SegmentCapacity[];
  readonly headcount?: number | null;
  /**
   * A date of {@link DATE_POOL}: the first N is then set so that the cut falls in the middle of the accounts
   * signed that day, where only the row order decides who is in.
   */
  readonly firstNCut?: number;
}

/** The rules with the first N that puts the cut among the classified accounts signed on `cut`. */
function cutAmongTies(rules: SegmentationRules, rows: readonly AccountRow[], cut: number): SegmentationRules {
  const plain = segmentAccounts(rows, { ...rules, historical: null });
  if (!plain.ok) throw new Error("valid rules");
  const dates = plain.accounts
    .filter((entry) => entry.status === "classified")
    .map((entry) => dateSerial(rows[entry.row]?.customerSince));
  const before = dates.filter((date) => date !== null && date < cut).length;
  const at = dates.filter((date) => date === cut).length;
  expect(at).toBeGreaterThan(3);
  const historical = rules.historical ?? { floorTier: 0 };
  return { ...rules, historical: { ...historical, firstN: before + Math.floor(at / 2) } };
}

const CASES: readonly Case[] = [
  {
    name: "three-tiers-potential",
    language: "en",
    seed: 1,
    rows: 320,
    rules: {
      tiers: [
        tier("High touch", "Dédié", 100_000, 250_000),
        tier("Low touch", "Allégé", 25_000, 75_000),
        tier("Tech touch", "Digital"),
      ],
      potentialOutweighs: true,
      strategicIndustries: STRATEGIC,
      historical: { before: "2015-01-01", floorTier: 1 },
    },
    capacity: [{ perCsm: 12 }, { perCsm: 60 }, { basis: "arr", perCsm: 2_000_000 }],
    headcount: 4,
  },
  {
    name: "two-tiers-first-n",
    language: "fr",
    seed: 2,
    rows: 330,
    rules: {
      tiers: [tier("Top", "Haut", 150_000, 300_000), tier("Rest", "Reste")],
      potentialOutweighs: false,
      strategicIndustries: ["retail"],
      historical: { firstN: 1, floorTier: 0 },
    },
    firstNCut: 38_000,
    capacity: [{ perCsm: 20 }, {}],
  },
  {
    name: "five-tiers-blank-thresholds",
    language: "en",
    seed: 3,
    rows: 340,
    rules: {
      tiers: [
        tier("Strategic", "Stratégique", 400_000, null),
        tier("Key", "Clé", null, 500_000),
        tier("Core", "Cœur", 100_000, 200_000),
        tier("Growth", "Croissance", 20_000, 50_000),
        tier("Digital", "Digital", 1, 1),
      ],
      potentialOutweighs: true,
      strategicIndustries: STRATEGIC,
      historical: { before: "2000-01-01", firstN: 1, floorTier: 2 },
    },
    firstNCut: 41_640,
    capacity: [{ perCsm: 5 }, { perCsm: 10 }, { basis: "arr", perCsm: 1_500_000 }, { perCsm: 80 }, {}],
    headcount: 9.5,
  },
  {
    name: "five-tiers-source-edited",
    language: "fr",
    seed: 4,
    rows: 320,
    source: { edit: true },
    rules: {
      tiers: [
        tier("Strategic", "Stratégique", 300_000, 600_000),
        tier("Key", "Clé", 150_000, 350_000),
        tier("Core", "Cœur", 60_000, null),
        tier("Growth", "Croissance", null, 100_000),
        tier("Digital", "Digital"),
      ],
      potentialOutweighs: true,
      strategicIndustries: STRATEGIC,
      historical: { before: "2005-06-30", firstN: 1, floorTier: 1 },
    },
    firstNCut: 42_005,
    capacity: [{ perCsm: 4 }, { perCsm: 15 }, { perCsm: 40 }, { basis: "arr", perCsm: 1_000_000 }, {}],
    headcount: 12,
  },
  {
    name: "three-tiers-source",
    language: "en",
    seed: 5,
    rows: 310,
    source: { edit: false },
    rules: {
      tiers: [
        tier("High touch", "Dédié", 300_000, 450_000),
        tier("Low touch", "Allégé", 150_000, 300_000),
        tier("Tech touch", "Digital"),
      ],
      potentialOutweighs: false,
      strategicIndustries: STRATEGIC,
      historical: { firstN: 1, floorTier: 0 },
    },
    firstNCut: 40_000,
    capacity: [{ perCsm: 10 }, { perCsm: 50 }, { perCsm: 400 }],
  },
  {
    name: "eight-tiers",
    language: "fr",
    seed: 6,
    rows: 300,
    rules: {
      tiers: [
        tier("T1", "P1", 450_000, 800_000),
        tier("T2", "P2", 350_000, 700_000),
        tier("T3", "P3", 250_000, null),
        tier("T4", "P4", null, 400_000),
        tier("T5", "P5", 100_000, 200_000),
        tier("T6", "P6", 50_000, 100_000),
        tier("T7", "P7", 10_000, 20_000),
        tier("T8", "P8"),
      ],
      potentialOutweighs: true,
      strategicIndustries: STRATEGIC,
      historical: { before: "2001-01-01", firstN: 10, floorTier: 4 },
    },
    capacity: Array.from({ length: 8 }, (_, i) => ({ perCsm: 5 * (i + 1) })),
    headcount: 20,
  },
  {
    name: "one-tier",
    language: "en",
    seed: 7,
    rows: 300,
    rules: {
      tiers: [tier("Everyone", "Tous")],
      potentialOutweighs: true,
      strategicIndustries: STRATEGIC,
      historical: { firstN: 3, floorTier: 0 },
    },
    capacity: [{ perCsm: 100 }],
  },
];

/** What one case exported and what the core says about the portfolio Excel ends up with. */
interface Prepared {
  readonly test: Case;
  /** The case's rules, with the first N worked out when the case asks for a cut among ties. */
  readonly rules: SegmentationRules;
  readonly contents: WorkbookContents;
  /** The rows the Segments table ends up reading: the edited ones when the person's table was changed. */
  readonly finalRows: readonly AccountRow[];
  readonly segmentation: Segmentation;
  readonly coverage: Coverage;
  readonly file: string;
}

/** The contents with one table's rows replaced: the person editing their table after the write. */
function withTableRows(
  contents: WorkbookContents,
  name: string,
  rows: readonly (readonly CellValue[])[],
): WorkbookContents {
  return {
    ...contents,
    sheets: contents.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables.map((table) =>
        table.name === name
          ? {
              ...table,
              // Formula columns (the Tier column) keep their formula: their cells are left blank here.
              rows: rows.map((row) => [...row, ...Array<null>(table.columns.length - row.length).fill(null)]),
            }
          : table,
      ),
    })),
  };
}

async function prepare(test: Case): Promise<Prepared> {
  const rows = portfolio(test.seed, test.rows, test.rules, test.source !== undefined);
  // The person's edits, known in advance: the cut among ties is placed in the portfolio Excel ends up with.
  const finalRows = test.source?.edit === true ? edited(rows, test.seed + 100) : rows;
  const rules =
    test.firstNCut === undefined ? test.rules : cutAmongTies(test.rules, finalRows, test.firstNCut);
  const workbook = new MemoryWorkbook();
  if (test.source !== undefined)
    workbook.addUserTable({
      name: SOURCE_TABLE,
      sheet: "Portfolio",
      headers: SOURCE_FIELDS.map((field) => SOURCE_HEADERS[field]),
      rows: sourceRows(rows),
    });
  const { tables, problems } = segmentTables(
    {
      rules,
      rows,
      ...(test.source === undefined ? {} : { source: { table: SOURCE_TABLE, headers: SOURCE_HEADERS } }),
      coverage: { capacity: test.capacity, headcount: test.headcount ?? null },
    },
    test.language,
  );
  expect(tables.map((t) => t.name)).toEqual(Object.values(SEGMENT_TABLES));
  expect(problems.length).toBeGreaterThan(0); // every portfolio has rows left out
  for (const table of tables) await workbook.writeTable(table);
  // The Tier column the person may add to their own table: a lookup into the Segments table.
  if (test.source !== undefined)
    await addTierColumn(workbook, SOURCE_TABLE, SOURCE_HEADERS.account, test.language);
  const contents =
    finalRows === rows
      ? workbook.contents()
      : withTableRows(workbook.contents(), SOURCE_TABLE, sourceRows(finalRows));
  const segmentation = segmentAccounts(finalRows, rules);
  if (!segmentation.ok) throw new Error("the rules are valid");
  const covered = coverage({
    tiers: segmentation.tiers,
    capacity: test.capacity,
    headcount: test.headcount ?? null,
  });
  if (!covered.ok) throw new Error("the coverage is valid");
  const file = join(results, `${test.name}.${test.language}.xlsx`);
  writeFileSync(file, (await workbookToXlsx(contents, { title: test.name })).bytes);
  return { test, rules, contents, finalRows, segmentation, coverage: covered, file };
}

/** A zero-based column number as Excel's letters. */
function letters(column: number): string {
  let n = column + 1;
  let text = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    text = String.fromCharCode(65 + rest) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function tableOf(contents: WorkbookContents, name: string): TableContentsAt {
  const table = contents.sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  return table;
}

/** The recalculated value of a formula cell of a table: `table`, data row `row` (0-based), column `header`. */
function valueAt(
  cells: ReadonlyMap<string, CachedCell>,
  table: TableContentsAt,
  row: number,
  header: string,
): CachedCell["value"] {
  const column = table.columns.findIndex((c) => c.header === header);
  if (column < 0) throw new Error(`no column ${header} in ${table.name}`);
  const address = `${letters(table.column + column)}${table.row + 2 + row}`;
  const cell = cells.get(`${SEGMENT_SHEET}!${address}`);
  if (cell === undefined) throw new Error(`no formula in ${table.name} ${address}`);
  return cell.value;
}

const blankValue = (value: CachedCell["value"]) => value === "" || value === undefined;

function movedLabel(account: ClassifiedAccount, language: Language): string {
  const [first, second] = account.movedBy;
  const key = second !== undefined ? "both" : (first ?? "none");
  return MOVED_BY_LABELS[key][language];
}

const prepared: Prepared[] = [];
const recalculated = new Map<string, ReadonlyMap<string, CachedCell>>();

beforeAll(async () => {
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  for (const test of CASES) prepared.push(await prepare(test));
  convert(
    prepared.map((p) => p.file),
    "xlsx",
    recalculatedDir,
  );
  for (const p of prepared) {
    const cells = formulaCells(join(recalculatedDir, `${p.test.name}.${p.test.language}.xlsx`));
    recalculated.set(p.test.name, new Map(cells.map((cell) => [`${cell.sheet}!${cell.address}`, cell])));
  }
});

describe.each(CASES.map((test) => [test.name, test] as const))(
  "the segments of %s, recalculated by LibreOffice",
  (name, test) => {
    const get = () => {
      const p = prepared.find((item) => item.test.name === name);
      const cells = recalculated.get(name);
      if (p === undefined || cells === undefined) throw new Error("not prepared");
      return { p, cells, h: SEGMENT_HEADERS[test.language] };
    };

    it("puts every account in the tier the core gives it, and leaves unclassified ones blank", () => {
      const { p, cells, h } = get();
      const segments = tableOf(p.contents, SEGMENT_TABLES.segments);
      const byAccount = new Map<string, ClassifiedAccount | UnclassifiedAccount>();
      for (const entry of p.segmentation.accounts)
        if (entry.account !== null && !byAccount.has(entry.account)) byAccount.set(entry.account, entry);
      expect(segments.rows.length).toBe(byAccount.size);
      const mismatches: string[] = [];
      let classified = 0;
      segments.rows.forEach((row, r) => {
        const id = accountId(row[0]);
        const expected = id === null ? undefined : byAccount.get(id);
        if (expected === undefined) throw new Error(`row ${r} has no account of the core`);
        const got = {
          arrLevel: valueAt(cells, segments, r, h.arrLevel),
          level: valueAt(cells, segments, r, h.level),
          tier: valueAt(cells, segments, r, h.tier),
          movedBy: valueAt(cells, segments, r, h.movedBy),
        };
        if (expected.status === "unclassified") {
          const reasons = expected.reasons.map((reason) => reason.message.en);
          if (!Object.values(got).every(blankValue))
            mismatches.push(`${id} unclassified (${reasons.join(" ")}), got ${JSON.stringify(got)}`);
        } else {
          classified++;
          const want = {
            arrLevel: expected.arrTier + 1,
            level: expected.tier + 1,
            tier: expected.tierName[test.language],
            movedBy: movedLabel(expected, test.language),
          };
          if (JSON.stringify(got) !== JSON.stringify(want))
            mismatches.push(`${id}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
        }
      });
      expect(mismatches).toEqual([]);
      expect(classified).toBe(p.segmentation.classified);
      expect(classified).toBeGreaterThan(test.rows / 2);
    });

    // Only the portfolios read from a table of the person's have a Tier column added to it: the others get no
    // such test (rather than a skipped one).
    if (test.source !== undefined)
      it("fills the Tier column added to the person's table with each account's tier", () => {
        const { p, cells } = get();
        const mine = tableOf(p.contents, SOURCE_TABLE);
        const column = mine.columns.findIndex((c) => c.header === TIER_COLUMN_HEADER[test.language]);
        expect(column).toBe(SOURCE_FIELDS.length);
        const tiers = new Map<string, string>();
        const seen = new Set<string>();
        for (const entry of p.segmentation.accounts) {
          if (entry.account === null || seen.has(entry.account)) continue;
          seen.add(entry.account);
          if (entry.status === "classified") tiers.set(entry.account, entry.tierName[test.language]);
        }
        const mismatches: string[] = [];
        p.finalRows.forEach((row, r) => {
          const id = accountId(row.account);
          const want = id === null ? "" : (tiers.get(id) ?? "");
          const cell = cells.get(`Portfolio!${letters(mine.column + column)}${mine.row + 2 + r}`);
          const got = cell?.value ?? "";
          if (got !== want)
            mismatches.push(
              `row ${r} (${JSON.stringify(row.account)}): want "${want}", got "${String(got)}"`,
            );
        });
        expect(mismatches).toEqual([]);
      });

    it("counts each tier's accounts and ARR, and the CSMs they need, as the core does", () => {
      const { p, cells, h } = get();
      const table = tableOf(p.contents, SEGMENT_TABLES.coverage);
      const close = (got: unknown, want: number, what: string) => {
        expect(typeof got, what).toBe("number");
        expect(Math.abs((got as number) - want), what).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(want)),
        );
      };
      p.coverage.tiers.forEach((tier, i) => {
        expect(valueAt(cells, table, i, h.tier)).toBe(tier.name[test.language]);
        close(valueAt(cells, table, i, h.accounts), tier.accounts, `accounts of tier ${i + 1}`);
        close(valueAt(cells, table, i, h.currentArr), tier.currentArr, `ARR of tier ${i + 1}`);
        close(valueAt(cells, table, i, h.csmsNeeded), tier.csmsNeeded, `CSMs of tier ${i + 1}`);
      });
      const summary = tableOf(p.contents, SEGMENT_TABLES.summary);
      close(valueAt(cells, summary, 0, h.csmsNeeded), p.coverage.csmsNeeded, "CSMs needed");
      close(valueAt(cells, summary, 0, h.referenceCsms), p.coverage.reference.csmsNeeded, "at the reference");
      const gap = valueAt(cells, summary, 0, h.gap);
      if (p.coverage.gap === null) expect(blankValue(gap)).toBe(true);
      else close(gap, p.coverage.gap, "gap");
    });

    it("has no error value in any formula cell", () => {
      const { cells } = get();
      const errors = [...cells.values()].filter(
        (cell) => cell.value === undefined || typeof cell.value === "object",
      );
      expect(
        errors.slice(0, 5).map((c) => `${c.address} =${c.formula} → ${JSON.stringify(c.value)}`),
      ).toEqual([]);
    });

    if (test.firstNCut !== undefined)
      it("cuts the first N among accounts signed the same day, so that the row order decides", () => {
        const { p } = get();
        const floor = p.rules.historical?.floorTier ?? -1;
        const atCut = p.segmentation.accounts.filter(
          (entry): entry is ClassifiedAccount =>
            entry.status === "classified" &&
            dateSerial(p.finalRows[entry.row]?.customerSince) === test.firstNCut,
        );
        // Some are held at the floor by the first N alone, others below the floor are left out.
        expect(atCut.filter((entry) => entry.movedBy.includes("historical")).length).toBeGreaterThan(0);
        expect(atCut.filter((entry) => entry.tier > floor).length).toBeGreaterThan(0);
      });

    if (test.source?.edit === true)
      it("follows the person's table: the levels are those of the edited portfolio", () => {
        const { p } = get();
        const before = segmentAccounts(portfolio(test.seed, test.rows, test.rules, true), p.rules);
        if (!before.ok) throw new Error("valid rules");
        const changed = p.segmentation.accounts.filter((entry, i) => {
          const old = before.accounts[i];
          return (
            old?.status !== entry.status ||
            (old.status === "classified" && entry.status === "classified" && old.tier !== entry.tier)
          );
        });
        // The edit must have moved accounts, so that the check above proves the formulas followed it.
        expect(changed.length).toBeGreaterThan(20);
      });
  },
);
