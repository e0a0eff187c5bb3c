// The segmentation as Excel tables: the tables, headers, rows and native formulas "Write to workbook" asks
// for in each language, the rows left out of the Segments table, and the look-ups into the person's table.
// That the formulas compute the core's tiers is checked by LibreOffice in test/templates/segment-export.
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { foldName } from "../../addin/ownership";
import type { TableWrite } from "../../addin/workbook-port";
import { storedFormula, type TableRef } from "../../addin/xlsx-export";
import { coverage, suggestSpecialists } from "../../functions/segmentation/coverage";
import type { SegmentationRules } from "../../functions/segmentation/rules";
import { segmentAccounts, type AccountRow } from "../../functions/segmentation/segment";
import { SEGMENT_HEADERS, SEGMENT_TABLES } from "../../notebook/segmentation/formulas";
import { SEGMENT_SHEET, type SegmentWriteInput } from "../../notebook/segmentation/sheet";
import { segmentTables } from "../../notebook/segmentation/tables";

const RULES: SegmentationRules = {
  tiers: [
    { name: { en: "High touch", fr: "Accompagnement dédié" }, currentMin: 100_000, potentialMin: 250_000 },
    { name: { en: "Low touch", fr: "Accompagnement allégé" }, currentMin: 25_000, potentialMin: null },
    { name: { en: "Tech touch", fr: "Accompagnement digital" }, currentMin: 5_000, potentialMin: 9_000 },
  ],
  potentialOutweighs: true,
  strategicIndustries: ["Health", "Public sector"],
  historical: { before: "2019-01-01", firstN: 10, floorTier: 1 },
};

const ROWS: readonly AccountRow[] = [
  {
    account: "Acme",
    currentArr: 120_000,
    potentialArr: 300_000,
    industry: "Retail",
    region: "EMEA",
    customerSince: "2018-03-01",
  },
  { account: "Globex", currentArr: 30_000, industry: "health", customerSince: 44_000 },
  {},
  { account: "  ", currentArr: 5_000 },
  { account: "Acme ", currentArr: 1 },
  { account: 1042, currentArr: "12k", customerSince: "01/02/2019" },
  {
    account: "Initech",
    currentArr: 9_000,
    potentialArr: Number.NaN,
    customerSince: new Date(Date.UTC(2020, 0, 1)),
  },
  { account: "1042", currentArr: 3 },
  { account: null, industry: "Retail" },
];

const named = (tables: readonly TableWrite[], name: string): TableWrite => {
  const table = tables.find((t) => t.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  return table;
};
const headersOf = (table: TableWrite) => table.columns.map((column) => column.header);
const formulaOf = (table: TableWrite, header: string): string => {
  const formula = table.columns.find((c) => c.header === header)?.formula;
  if (formula === undefined) throw new Error(`no formula in ${table.name}[${header}]`);
  return formula;
};
const occurrences = (text: string, part: string) => text.split(part).length - 1;

const WITH_COVERAGE: SegmentWriteInput = {
  rules: RULES,
  rows: ROWS,
  coverage: {
    capacity: [
      { perCsm: 12, reviewsPerYear: 4, touchPoints: "QBR, success plan" },
      { basis: "arr", perCsm: 2_000_000, reviewsPerYear: 1 },
    ],
    headcount: 2,
  },
};

describe("the segments sheet's tables", () => {
  it("names the rules, settings, strategic industries and segments tables on the add-in's sheet", () => {
    for (const language of ["en", "fr"] as const) {
      const { tables, problems } = segmentTables({ rules: RULES, rows: ROWS }, language);
      expect(tables.map((table) => [table.name, table.sheet])).toEqual([
        [SEGMENT_TABLES.rules, SEGMENT_SHEET],
        [SEGMENT_TABLES.settings, SEGMENT_SHEET],
        [SEGMENT_TABLES.strategic, SEGMENT_SHEET],
        [SEGMENT_TABLES.segments, SEGMENT_SHEET],
      ]);
      expect(problems).toHaveLength(2);
    }
    expect(SEGMENT_SHEET).toBe("CSM Kit segments");
  });

  it("adds the coverage, its summary and the specialists when a coverage model is given", () => {
    const { tables } = segmentTables(WITH_COVERAGE, "en");
    expect(tables.map((table) => table.name)).toEqual(Object.values(SEGMENT_TABLES));
  });

  it("writes the headers in English", () => {
    const { tables } = segmentTables(
      { ...WITH_COVERAGE, source: { table: "Accounts", headers: { account: "Name" } } },
      "en",
    );
    expect(tables.map(headersOf)).toEqual([
      ["Level", "Tier", "Current ARR at least", "Potential ARR at least"],
      [
        "Potential ARR alone can lift an account into a tier",
        "Historical customers signed before",
        "First N historical customers",
        "Historical floor level",
      ],
      ["Industry"],
      [
        "Account",
        "Current ARR",
        "Potential ARR",
        "Industry",
        "Region",
        "Customer since",
        "ARR level",
        "Level",
        "Tier",
        "Moved by",
        "Source row",
      ],
      [
        "Level",
        "Tier",
        "Accounts",
        "Current ARR",
        "Basis",
        "Per CSM",
        "CSMs needed",
        "Reviews per year",
        "Touch points",
      ],
      ["CSMs needed", "Headcount", "Gap", "Reference ARR per CSM", "CSMs at the reference"],
      ["Role", "Share", "People", "Note"],
    ]);
  });

  it("writes the headers in French", () => {
    const { tables } = segmentTables(
      { ...WITH_COVERAGE, source: { table: "Comptes", headers: { account: "Nom" } } },
      "fr",
    );
    expect(tables.map(headersOf)).toEqual([
      ["Niveau", "Palier", "ARR actuel au moins", "ARR potentiel au moins"],
      [
        "L'ARR potentiel seul peut faire entrer un compte dans un palier",
        "Clients historiques signés avant le",
        "N premiers clients historiques",
        "Niveau plancher des historiques",
      ],
      ["Secteur"],
      [
        "Compte",
        "ARR actuel",
        "ARR potentiel",
        "Secteur",
        "Région",
        "Client depuis",
        "Niveau selon l'ARR",
        "Niveau",
        "Palier",
        "Modifié par",
        "Ligne source",
      ],
      [
        "Niveau",
        "Palier",
        "Comptes",
        "ARR actuel",
        "Base",
        "Par CSM",
        "CSM nécessaires",
        "Revues par an",
        "Points de contact",
      ],
      ["CSM nécessaires", "Effectif", "Écart", "ARR par CSM de référence", "CSM selon la référence"],
      ["Rôle", "Part", "Personnes", "Note"],
    ]);
    expect(SEGMENT_HEADERS.fr.account).toBe("Compte");
  });

  it("writes one rules row per tier, blank thresholds blank and the last tier's unused", () => {
    const rules = named(segmentTables({ rules: RULES, rows: ROWS }, "fr").tables, SEGMENT_TABLES.rules);
    expect(rules.rows).toEqual([
      [1, "Accompagnement dédié", 100_000, 250_000],
      [2, "Accompagnement allégé", 25_000, null],
      [3, "Accompagnement digital", null, null],
    ]);
    // Amounts in the plan's currency: euros in French unless it chose another.
    expect(rules.columns.map((column) => column.numberFormat)).toEqual([
      "0",
      undefined,
      '#,##0 "€"',
      '#,##0 "€"',
    ]);
    const dollars = segmentTables({ rules: RULES, rows: ROWS, currency: "USD" }, "fr").tables;
    expect(named(dollars, SEGMENT_TABLES.rules).columns[2]?.numberFormat).toBe('#,##0 "$"');
  });

  it("writes the settings as one row, the date as a date serial with a date format", () => {
    const settings = named(segmentTables({ rules: RULES, rows: ROWS }, "en").tables, SEGMENT_TABLES.settings);
    expect(settings.rows).toEqual([[true, 43_466, 10, 2]]);
    expect(settings.columns.map((column) => column.numberFormat)).toEqual([
      undefined,
      "yyyy-mm-dd",
      "0",
      "0",
    ]);
    const without = named(
      segmentTables({ rules: { ...RULES, potentialOutweighs: false, historical: null }, rows: ROWS }, "en")
        .tables,
      SEGMENT_TABLES.settings,
    );
    expect(without.rows).toEqual([[false, null, null, null]]);
    const firstOnly = named(
      segmentTables(
        { rules: { ...RULES, historical: { firstN: 0, before: 43_000, floorTier: 0 } }, rows: ROWS },
        "en",
      ).tables,
      SEGMENT_TABLES.settings,
    );
    expect(firstOnly.rows).toEqual([[true, 43_000, null, 1]]);
  });

  it("writes one strategic industry per row, and none without a list", () => {
    const list = (rules: SegmentationRules) =>
      named(segmentTables({ rules, rows: ROWS }, "en").tables, SEGMENT_TABLES.strategic).rows;
    expect(list(RULES)).toEqual([["Health"], ["Public sector"]]);
    expect(list({ ...RULES, strategicIndustries: ["", "Energy"] })).toEqual([["Energy"]]);
    expect(list({ tiers: RULES.tiers, potentialOutweighs: false })).toEqual([]);
  });

  it("writes one segments row per distinct account, its values, a date as a serial and bad text as it is", () => {
    const segments = named(segmentTables({ rules: RULES, rows: ROWS }, "en").tables, SEGMENT_TABLES.segments);
    // The formula columns hold what they compute, for the export to store: Acme reaches 100,000 (level 1);
    // Globex's 30,000 reaches 25,000 (level 2) and health is strategic: up to level 1. 1042 ("12k") and
    // Initech (a potential that is not a number) are not classified: blank.
    expect(segments.rows).toEqual([
      ["Acme", 120_000, 300_000, "Retail", "EMEA", 43_160, 1, 1, "High touch", "—"],
      ["Globex", 30_000, null, "health", null, 44_000, 2, 1, "High touch", "Strategic industry"],
      [1042, "12k", null, null, null, "01/02/2019", null, null, null, null],
      ["Initech", 9_000, "NaN", null, null, 43_831, null, null, null, null],
    ]);
    expect(segments.columns.map((column) => column.numberFormat)).toEqual([
      undefined,
      '"$"#,##0',
      '"$"#,##0',
      undefined,
      undefined,
      "yyyy-mm-dd",
      "0",
      "0",
      undefined,
      undefined,
    ]);
  });

  it("lists the rows left out, without an account or repeating one, with their counts, in both languages", () => {
    const { problems } = segmentTables({ rules: RULES, rows: ROWS }, "en");
    expect(problems).toEqual([
      {
        en: "2 rows without an account are left out of the segmentation (rows 4, 9): give each account its name or id.",
        fr: "2 lignes sans compte sont laissées hors de la segmentation (lignes 4, 9) : indiquez le nom ou l'identifiant de chaque compte.",
      },
      {
        en: "2 rows repeating an account already listed are left out of the segmentation (rows 5, 8): only the first row of an account is segmented.",
        fr: "2 lignes répétant un compte déjà présent sont laissées hors de la segmentation (lignes 5, 8) : seule la première ligne d'un compte est segmentée.",
      },
    ]);
    const many = Array.from({ length: 8 }, (): AccountRow => ({ account: "Same", currentArr: 1 }));
    expect(segmentTables({ rules: RULES, rows: many }, "en").problems[0]?.en).toBe(
      "7 rows repeating an account already listed are left out of the segmentation (rows 2, 3, 4, 5, 6… (7 in all)): only the first row of an account is segmented.",
    );
    expect(
      segmentTables({ rules: RULES, rows: [{}, { account: "A", currentArr: 1 }] }, "en").problems,
    ).toEqual([]);
  });

  it("keys the segments rows as the core does: the accounts it lists, first row first", () => {
    const { tables } = segmentTables({ rules: RULES, rows: ROWS }, "en");
    const segmentation = segmentAccounts(ROWS, RULES);
    if (!segmentation.ok) throw new Error("valid rules");
    const written = named(tables, SEGMENT_TABLES.segments).rows.map((row) => String(row[0]).trim());
    const firsts = segmentation.accounts.filter(
      (entry) =>
        entry.account !== null &&
        (entry.status === "classified" || !entry.reasons.some((reason) => reason.reason === "duplicate")),
    );
    expect(written).toEqual(firsts.map((entry) => entry.account));
  });

  it("computes the ARR level, level, tier and moved by as formulas over the rules tables", () => {
    const segments = named(segmentTables({ rules: RULES, rows: ROWS }, "en").tables, SEGMENT_TABLES.segments);
    const arrLevel = formulaOf(segments, "ARR level");
    // Step 1: one test per tier but the last, each over both thresholds, in tier order.
    expect(occurrences(arrLevel, "INDEX(CSMKit_SegmentRules[[Current ARR at least]],1)")).toBe(2);
    expect(occurrences(arrLevel, "INDEX(CSMKit_SegmentRules[[Current ARR at least]],2)")).toBe(2);
    expect(occurrences(arrLevel, "INDEX(CSMKit_SegmentRules[[Current ARR at least]],3)")).toBe(0);
    expect(occurrences(arrLevel, "INDEX(CSMKit_SegmentRules[[Potential ARR at least]],2)")).toBe(2);
    expect(arrLevel).toContain(
      "INDEX(CSMKit_SegmentSettings[[Potential ARR alone can lift an account into a tier]],1)=TRUE",
    );
    expect(arrLevel).toMatch(/,2,3\)\),""\)$/);
    // Amounts are tested with ISNUMBER, which is FALSE for TRUE in Excel, as the core reads a logical value.
    expect(arrLevel.startsWith("=IF(AND(IF(ISNUMBER([@[Current ARR]]),[@[Current ARR]]>=0,FALSE),")).toBe(
      true,
    );
    const level = formulaOf(segments, "Level");
    expect(level).toContain("SUMPRODUCT((CSMKit_StrategicIndustries[[Industry]]=[@Industry])");
    expect(level).toContain(
      "[@[Customer since]]<INDEX(CSMKit_SegmentSettings[[Historical customers signed before]],1)",
    );
    // The first-N rank counts classified rows by their ARR level, never by Level (which would be circular).
    expect(level).toContain(
      'COUNTIFS(CSMKit_Segments[[Customer since]],"<"&[@[Customer since]],CSMKit_Segments[[Customer since]],">=1",CSMKit_Segments[[ARR level]],">0")+' +
        "COUNTIFS(INDEX(CSMKit_Segments[[Customer since]],1):[@[Customer since]],[@[Customer since]]," +
        'INDEX(CSMKit_Segments[[ARR level]],1):[@[ARR level]],">0")<=INDEX(CSMKit_SegmentSettings[[First N historical customers]],1)',
    );
    expect(level).not.toContain("CSMKit_Segments[[Level]]");
    expect(level).toMatch(/^=IF\(\[@\[ARR level\]\]="","",MIN\(/);
    expect(formulaOf(segments, "Tier")).toBe(
      '=IF([@Level]="","",INDEX(CSMKit_SegmentRules[[Tier]],[@Level]))',
    );
    const moved = formulaOf(segments, "Moved by");
    for (const label of [
      '"Strategic, then historical"',
      '"Strategic industry"',
      '"Historical customer"',
      '"—"',
    ])
      expect(moved).toContain(label);
  });

  it("escapes the French headers in the formulas", () => {
    const segments = named(segmentTables({ rules: RULES, rows: ROWS }, "fr").tables, SEGMENT_TABLES.segments);
    const level = formulaOf(segments, "Niveau");
    expect(level).toContain("[@[Niveau selon l''ARR]]");
    expect(level).toContain("CSMKit_Segments[[Niveau selon l''ARR]]");
    expect(formulaOf(segments, "Niveau selon l'ARR")).toContain(
      "INDEX(CSMKit_SegmentSettings[[L''ARR potentiel seul peut faire entrer un compte dans un palier]],1)=TRUE",
    );
    expect(formulaOf(segments, "Modifié par")).toContain('"Stratégique, puis historique"');
  });

  it("uses only functions both Excel and LibreOffice have, and keeps every formula within Excel's length", () => {
    const tiers = Array.from({ length: 8 }, (_, i) => ({
      name: { en: `Tier ${i + 1}`, fr: `Palier ${i + 1}` },
      currentMin: 10_000 * (8 - i),
      potentialMin: 20_000 * (8 - i),
    }));
    const long = "Une très longue colonne [avec] des #crochets et l'apostrophe";
    const { tables } = segmentTables(
      {
        ...WITH_COVERAGE,
        rules: { ...RULES, tiers },
        source: {
          table: "Portefeuille_des_comptes_clients_2026",
          headers: {
            account: long,
            currentArr: `${long} 1`,
            potentialArr: `${long} 2`,
            customerSince: `${long} 3`,
          },
        },
      },
      "fr",
    );
    const formulas = tables.flatMap((table) =>
      table.columns.flatMap((c) => (c.formula === undefined ? [] : [c.formula])),
    );
    expect(formulas.length).toBeGreaterThan(10);
    for (const formula of formulas) {
      expect(formula.length).toBeLessThanOrEqual(8192);
      expect(formula).not.toMatch(
        /\b(XLOOKUP|XMATCH|LET|LAMBDA|FILTER|UNIQUE|SORT|SEQUENCE|TEXT|IFS|SWITCH|MAXIFS|MINIFS|CONCAT|TEXTJOIN)\(/,
      );
    }
  });

  it("looks the values up in the person's table when the portfolio came from one", () => {
    const { tables } = segmentTables(
      {
        rules: RULES,
        rows: ROWS,
        source: {
          table: "Portfolio",
          headers: { account: "Account [id]", currentArr: "ARR #2026", customerSince: "Since" },
        },
      },
      "en",
    );
    const segments = named(tables, SEGMENT_TABLES.segments);
    const sourceRow = formulaOf(segments, "Source row");
    expect(sourceRow).toContain(
      "MATCH(IF(ISNUMBER([@Account]),[@Account],SUBSTITUTE(SUBSTITUTE(SUBSTITUTE([@Account],",
    );
    expect(sourceRow).toContain(",Portfolio[[Account '[id']]],0)");
    expect(sourceRow).toContain("EXACT(Portfolio[[Account '[id']]],[@Account])");
    expect(formulaOf(segments, "Current ARR")).toBe(
      '=IF([@[Source row]]="","",IF(INDEX(Portfolio[[ARR \'#2026]],[@[Source row]])="","",INDEX(Portfolio[[ARR \'#2026]],[@[Source row]])))',
    );
    expect(formulaOf(segments, "Customer since")).toContain(
      "IF(ISTEXT(INDEX(Portfolio[[Since]],[@[Source row]]))",
    );
    // Fields not mapped stay blank values; the looked-up and computed cells hold what was read and what the
    // core made of the rows given (the export stores them as the formulas' results): as in the test above,
    // Globex's health moves it up to level 1, and 1042 and Initech are not classified.
    for (const header of ["Potential ARR", "Industry", "Region"])
      expect(segments.columns.find((c) => c.header === header)?.formula).toBeUndefined();
    expect(segments.rows.map((row) => row.slice(1))).toEqual([
      [120_000, null, null, null, 43_160, 1, 1, "High touch", "—", null],
      [30_000, null, null, null, 44_000, 2, 1, "High touch", "Strategic industry", null],
      ["12k", null, null, null, "01/02/2019", null, null, null, null, null],
      [9_000, null, null, null, 43_831, null, null, null, null, null],
    ]);
    expect(segments.rows.map((row) => row[0])).toEqual(["Acme", "Globex", 1042, "Initech"]);
  });

  it("writes every table to the in-browser workbook, beside the person's table, with references that resolve", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({
      name: "Portfolio",
      sheet: "Data",
      headers: ["Account [id]", "ARR #2026", "Since"],
      rows: [["Acme", 120_000, 43_000]],
    });
    const { tables } = segmentTables(
      {
        ...WITH_COVERAGE,
        source: {
          table: "Portfolio",
          headers: { account: "Account [id]", currentArr: "ARR #2026", customerSince: "Since" },
        },
      },
      "fr",
    );
    for (const table of tables) await workbook.writeTable(table);
    const contents = workbook.contents();
    const refs = new Map<string, TableRef>(
      contents.sheets.flatMap((sheet) =>
        sheet.tables.map((t) => [
          foldName(t.name),
          { name: t.name, headers: t.columns.map((c) => c.header) },
        ]),
      ),
    );
    for (const table of tables)
      for (const column of table.columns)
        if (column.formula !== undefined)
          expect(() => storedFormula(column.formula ?? "", table.name, refs)).not.toThrow();
    expect(contents.sheets.map((sheet) => [sheet.name, sheet.tables.length])).toEqual([
      ["Data", 1],
      [SEGMENT_SHEET, 7],
    ]);
  });

  it("gives no table for rules the core rejects, only their problems", () => {
    const tiers = [
      { name: { en: "Top", fr: "Haut" }, currentMin: -1 },
      { name: { en: "Rest", fr: "Reste" } },
    ];
    const result = segmentTables({ rules: { ...RULES, tiers }, rows: ROWS }, "en");
    expect(result.tables).toEqual([]);
    expect(result.problems.map((problem) => problem.en)).toEqual([
      "Tier 1, current ARR at least: expected an amount of 0 or more, got -1.",
    ]);
    expect(result.problems[0]?.fr).toMatch(/^Palier 1, ARR actuel au moins/);
    expect(
      segmentTables({ rules: { tiers: [], potentialOutweighs: true }, rows: ROWS }, "fr").tables,
    ).toEqual([]);
  });
});

describe("the coverage tables", () => {
  const { tables } = segmentTables(WITH_COVERAGE, "en");
  const segmentation = segmentAccounts(ROWS, RULES);
  if (!segmentation.ok) throw new Error("valid rules");
  const computed = coverage({
    tiers: segmentation.tiers,
    capacity: [{ perCsm: 12 }, { basis: "arr", perCsm: 2_000_000 }, {}],
    headcount: 2,
  });
  if (!computed.ok) throw new Error("valid coverage");

  it("writes one row per tier, a missing capacity meaning no CSM, with counts, ARR and CSMs as formulas", () => {
    const table = named(tables, SEGMENT_TABLES.coverage);
    // Acme and Globex in the first tier: 2 accounts, 150,000 of ARR, 2 ÷ 12 CSMs; nobody in the others.
    expect(table.rows).toEqual([
      [1, "High touch", 2, 150_000, "Accounts", 12, 2 / 12, 4, "QBR, success plan"],
      [2, "Low touch", 0, 0, "ARR", 2_000_000, 0, 1, null],
      [3, "Tech touch", 0, 0, "Accounts", null, 0, null, null],
    ]);
    expect(formulaOf(table, "Accounts")).toBe("=COUNTIF(CSMKit_Segments[[Level]],[@Level])");
    expect(formulaOf(table, "Current ARR")).toBe(
      "=SUMIF(CSMKit_Segments[[Level]],[@Level],CSMKit_Segments[[Current ARR]])",
    );
    expect(formulaOf(table, "CSMs needed")).toBe(
      '=IF(N([@[Per CSM]])>0,IF([@Basis]="ARR",[@[Current ARR]],[@Accounts])/[@[Per CSM]],0)',
    );
    expect(formulaOf(table, "Tier")).toBe("=INDEX(CSMKit_SegmentRules[[Tier]],[@Level])");
  });

  it("sums the CSMs needed and the gap in a one-row summary, the reference defaulting to 1 CSM per 2M ARR", () => {
    const summary = named(tables, SEGMENT_TABLES.summary);
    // 2 ÷ 12 CSMs needed, 2 − 2 ÷ 12 spare, 150,000 ÷ 2,000,000 at the reference.
    expect(summary.rows).toEqual([[2 / 12, 2, 2 / 12 - 2, 2_000_000, 150_000 / 2_000_000]]);
    expect(formulaOf(summary, "CSMs needed")).toBe("=SUM(CSMKit_Coverage[[CSMs needed]])");
    expect(formulaOf(summary, "Gap")).toBe('=IF(ISNUMBER([@Headcount]),[@[CSMs needed]]-[@Headcount],"")');
    expect(formulaOf(summary, "CSMs at the reference")).toBe(
      '=IF(N([@[Reference ARR per CSM]])>0,SUM(CSMKit_Coverage[[Current ARR]])/[@[Reference ARR per CSM]],"")',
    );
  });

  it("suggests specialists from the CSMs the core computes, as values, saying it is a suggestion", () => {
    const specialists = named(tables, SEGMENT_TABLES.specialists);
    const split = suggestSpecialists(computed.csmsNeeded);
    expect(specialists.rows.map((row) => [row[1], row[2]])).toEqual(
      split.roles.map((r) => [r.share, r.people]),
    );
    expect(specialists.rows[0]?.[3]).toBe(split.note.en);
    expect(String(specialists.rows[0]?.[3])).toMatch(/^Suggestion/);
    expect(specialists.rows.slice(1).every((row) => row[3] === null)).toBe(true);
  });

  it("writes the labels in French", () => {
    const fr = segmentTables(WITH_COVERAGE, "fr").tables;
    expect(named(fr, SEGMENT_TABLES.coverage).rows.map((row) => row[4])).toEqual([
      "Comptes",
      "ARR",
      "Comptes",
    ]);
    expect(named(fr, SEGMENT_TABLES.specialists).rows[0]?.[0]).toBe("CSM généraliste");
  });

  it("reports a capacity the core rejects and still writes the segments", () => {
    const result = segmentTables({ ...WITH_COVERAGE, coverage: { capacity: [{ perCsm: 0 }] } }, "en");
    expect(result.tables.map((t) => t.name)).toEqual([
      SEGMENT_TABLES.rules,
      SEGMENT_TABLES.settings,
      SEGMENT_TABLES.strategic,
      SEGMENT_TABLES.segments,
    ]);
    expect(result.problems.map((p) => p.en)).toContain(
      "Tier 1 (High touch), accounts per CSM: expected a number greater than 0, got 0.",
    );
  });
});
