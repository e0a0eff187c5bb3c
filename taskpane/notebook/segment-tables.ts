/**
 * The segmentation as Excel tables that stay live: what "Write to workbook" puts on the segments sheet, in
 * the person's language. The rules are tables (tiers and thresholds, the settings, the strategic
 * industries) and every account's tier is a native formula over them, implementing the core's rule order
 * (functions/segmentation/rules.ts): change a threshold, an industry or, when the portfolio came from a
 * table of the person's, an ARR in that table, and Excel re-segments without the add-in.
 *
 * Layout decisions:
 * - Settings and the coverage summary are one-row tables, one column per figure, because a column has one
 *   number format and one formula: the historical date shows as a date, and the summary's figures can be
 *   formulas beside the headcount the person types.
 * - Formulas use functions Excel 2010+ and LibreOffice share (INDEX, MATCH, COUNTIFS, SUMIF, SUMPRODUCT,
 *   EXACT…), no dynamic arrays. Strategic industries are matched with `=` inside SUMPRODUCT rather than
 *   COUNTIF: both ignore case, but COUNTIF would read `*`, `?` and a leading `<` or `=` in an industry as
 *   criteria. The first-N rank counts rows by "ARR level" (step 1), never by Level, which depends on it.
 * - The Segments table holds one row per distinct account (its first row): a row without an account or
 *   repeating one is left out and reported. With a source table, a "Source row" column finds the account
 *   in it (MATCH, wildcards escaped, case-sensitive like the core when two accounts differ only by case) and
 *   the value columns read that row, so edits to the person's table flow through.
 */
import { escapeColumnName, rowRef } from "../../addin/structured-references";
import type { CellValue, ColumnSpec, TableWrite } from "../../addin/workbook-port";
import type { Language } from "../../functions/excel/language";
import {
  coverage,
  REFERENCE_ARR_PER_CSM,
  ROLE_LABELS,
  suggestSpecialists,
  type TierCapacity,
} from "../../functions/segmentation/coverage";
import { compileRules, dateSerial, type SegmentationRules } from "../../functions/segmentation/rules";
import { accountId, empty } from "../../functions/segmentation/rows";
import { segmentAccounts, type AccountRow } from "../../functions/segmentation/segment";

/** The sheet the segmentation's tables go on, owned by the add-in. */
export const SEGMENT_SHEET = "CSM Kit segments";

/** The tables' names; they do not depend on the language, so a rewrite updates the same tables. */
export const SEGMENT_TABLES = {
  rules: "CSMKit_SegmentRules",
  settings: "CSMKit_SegmentSettings",
  strategic: "CSMKit_StrategicIndustries",
  segments: "CSMKit_Segments",
  coverage: "CSMKit_Coverage",
  summary: "CSMKit_CoverageSummary",
  specialists: "CSMKit_Specialists",
} as const;

/** What one CSM carries in a tier, and how the tier is served (the engagement model). */
export interface SegmentCapacity extends TierCapacity {
  /** Business reviews per year with each account. */
  readonly reviewsPerYear?: number | null;
  /** The tier's touch points, in the team's words. */
  readonly touchPoints?: string | null;
}

/** What the segments sheet is written from. */
export interface SegmentWriteInput {
  readonly rules: SegmentationRules;
  /** The mapped portfolio, in source order, blank rows included. */
  readonly rows: readonly AccountRow[];
  /** When the portfolio was read from a workbook table: its name and the header of each mapped field. */
  readonly source?: {
    readonly table: string;
    readonly headers: Partial<Record<keyof AccountRow, string>>;
  };
  /** One capacity per tier (missing ones: no CSM for the tier; extra ones are ignored). */
  readonly coverage?: {
    readonly capacity: readonly SegmentCapacity[];
    readonly headcount?: number | null;
    readonly referenceArrPerCsm?: number | null;
  };
}

/** Every header of the segments sheet's tables, by language. */
export const SEGMENT_HEADERS = {
  en: {
    level: "Level",
    tier: "Tier",
    currentMin: "Current ARR at least",
    potentialMin: "Potential ARR at least",
    potentialOutweighs: "Potential outweighs current",
    before: "Historical customers signed before",
    firstN: "First N historical customers",
    floor: "Historical floor level",
    industry: "Industry",
    account: "Account",
    currentArr: "Current ARR",
    potentialArr: "Potential ARR",
    region: "Region",
    customerSince: "Customer since",
    arrLevel: "ARR level",
    movedBy: "Moved by",
    sourceRow: "Source row",
    accounts: "Accounts",
    basis: "Basis",
    perCsm: "Per CSM",
    csmsNeeded: "CSMs needed",
    reviewsPerYear: "Reviews per year",
    touchPoints: "Touch points",
    headcount: "Headcount",
    gap: "Gap",
    referenceArrPerCsm: "Reference ARR per CSM",
    referenceCsms: "CSMs at the reference",
    role: "Role",
    share: "Share",
    people: "People",
    note: "Note",
  },
  fr: {
    level: "Niveau",
    tier: "Palier",
    currentMin: "ARR actuel au moins",
    potentialMin: "ARR potentiel au moins",
    potentialOutweighs: "Le potentiel prime sur l'actuel",
    before: "Clients historiques signés avant le",
    firstN: "N premiers clients historiques",
    floor: "Niveau plancher des historiques",
    industry: "Secteur",
    account: "Compte",
    currentArr: "ARR actuel",
    potentialArr: "ARR potentiel",
    region: "Région",
    customerSince: "Client depuis",
    arrLevel: "Niveau selon l'ARR",
    movedBy: "Modifié par",
    sourceRow: "Ligne source",
    accounts: "Comptes",
    basis: "Base",
    perCsm: "Par CSM",
    csmsNeeded: "CSM nécessaires",
    reviewsPerYear: "Revues par an",
    touchPoints: "Points de contact",
    headcount: "Effectif",
    gap: "Écart",
    referenceArrPerCsm: "ARR par CSM de référence",
    referenceCsms: "CSM selon la référence",
    role: "Rôle",
    share: "Part",
    people: "Personnes",
    note: "Note",
  },
} as const satisfies Record<Language, Record<string, string>>;

type Headers = (typeof SEGMENT_HEADERS)[Language];

/** What the Moved by column says, by the overrides that moved the account (none: "—"). */
export const MOVED_BY_LABELS = {
  strategic: { en: "Strategic industry", fr: "Secteur stratégique" },
  historical: { en: "Historical customer", fr: "Client historique" },
  both: { en: "Strategic, then historical", fr: "Stratégique, puis historique" },
  none: { en: "—", fr: "—" },
} as const satisfies Record<string, Record<Language, string>>;

/** What the Basis column says: workload counted in accounts or in current ARR. */
export const BASIS_LABELS = {
  accounts: { en: "Accounts", fr: "Comptes" },
  arr: { en: "ARR", fr: "ARR" },
} as const satisfies Record<string, Record<Language, string>>;

const MONEY = "#,##0";
const DATE = "yyyy-mm-dd";
const WHOLE = "0";
const FTE = "0.00";
/** Excel's last date, 9999-12-31, as the core's `dateSerial` bounds it. */
const LAST_SERIAL = 2_958_465;

/** An Excel text literal, quotes doubled. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;
/** A whole column of a table, in the bracketed form Excel accepts for any header. */
const column = (table: string, header: string): string => `${table}[[${escapeColumnName(header)}]]`;
/** The first cell of a one-row table's column (INDEX keeps it a single value if rows are added). */
const single = (table: string, header: string): string => `INDEX(${column(table, header)},1)`;
/** Blank as the core reads it (empty or spaces only), never an error. */
const blank = (x: string): string => `IF(ISERROR(${x}),FALSE,CLEAN(TRIM(${x}))="")`;

/** The formulas of the Segments table's computed columns, over the rules tables and the row's values. */
function segmentFormulas(h: Headers, tierCount: number) {
  const T = SEGMENT_TABLES;
  const cur = rowRef(h.currentArr);
  const pot = rowRef(h.potentialArr);
  const since = rowRef(h.customerSince);
  const industry = rowRef(h.industry);
  const arr = rowRef(h.arrLevel);
  const level = rowRef(h.level);
  const rule = (header: string, i: number) => `INDEX(${column(T.rules, header)},${i})`;
  // Classified (./segment.ts): current ARR an amount, potential ARR blank or an amount, customer since
  // blank or a date serial. Each test is an IF, so an error in a cell makes the row unclassified.
  const valid =
    `AND(IF(ISNUMBER(${cur}),${cur}>=0,FALSE),IF(ISNUMBER(${pot}),${pot}>=0,${blank(pot)}),` +
    `IF(ISNUMBER(${since}),AND(${since}>=1,${since}<=${LAST_SERIAL}),${blank(since)}))`;
  // Step 1: the first tier from the top whose current threshold, or potential threshold when potential
  // outweighs current, is reached; a blank threshold or potential reaches nothing; the last tier takes the rest.
  const outweighs = `${single(T.settings, h.potentialOutweighs)}=TRUE`;
  const reaches = (i: number) => {
    const c = rule(h.currentMin, i);
    const p = rule(h.potentialMin, i);
    return `OR(AND(ISNUMBER(${c}),${cur}>=${c}),AND(${outweighs},ISNUMBER(${p}),ISNUMBER(${pot}),${pot}>=${p}))`;
  };
  let chain = String(tierCount);
  for (let i = tierCount - 1; i >= 1; i--) chain = `IF(${reaches(i)},${i},${chain})`;
  const arrLevel = `=IF(${valid},${chain},"")`;
  // Step 2: a strategic industry (whole text, any case) moves the account up one tier, none above the first.
  const list = column(T.strategic, h.industry);
  const strategic = `IF(ISTEXT(${industry}),SUMPRODUCT((${list}=${industry})*(${list}<>""))>0,FALSE)`;
  const movedUp = `IF(${arr}>1,${strategic},FALSE)`;
  const afterStrategic = `${arr}-IF(${movedUp},1,0)`;
  // Step 3: signed before the date, or among the first N classified rows by customer since (ties in row
  // order), the account stays at least at the floor level.
  const before = single(T.settings, h.before);
  const firstN = single(T.settings, h.firstN);
  const floor = single(T.settings, h.floor);
  const sinceColumn = column(T.segments, h.customerSince);
  const arrColumn = column(T.segments, h.arrLevel);
  const rank =
    `COUNTIFS(${sinceColumn},"<"&${since},${arrColumn},">0")+` +
    `COUNTIFS(INDEX(${sinceColumn},1):${since},${since},INDEX(${arrColumn},1):${arr},">0")`;
  const historical =
    `OR(AND(ISNUMBER(${before}),ISNUMBER(${since}),${since}<${before}),` +
    `IF(AND(ISNUMBER(${since}),N(${firstN})>0),${rank}<=${firstN},FALSE))`;
  // The floor, when it applies; else the last level, which never lowers the level in MIN.
  const held = `IF(ISNUMBER(${floor}),IF(${historical},${floor},${tierCount}),${tierCount})`;
  const levelFormula = `=IF(${arr}="","",MIN(${afterStrategic},${held}))`;
  const say = (key: keyof typeof MOVED_BY_LABELS, language: Language) =>
    literal(MOVED_BY_LABELS[key][language]);
  const movedBy = (language: Language) =>
    `=IF(${level}="","",IF(${movedUp},IF(${level}<${arr}-1,${say("both", language)},${say("strategic", language)}),` +
    `IF(${level}<${arr},${say("historical", language)},${say("none", language)})))`;
  const tier = `=IF(${level}="","",INDEX(${column(T.rules, h.tier)},${level}))`;
  return { arrLevel, level: levelFormula, movedBy, tier };
}

/**
 * The row of a table's account column holding an account: MATCH (wildcards escaped, case ignored), then,
 * when the match differs in case, the first row whose account is exactly the same (EXACT), as the core keys
 * accounts case-sensitively; blank when the account is not there. Used both ways: the Segments table
 * finding an account in the person's table, and the Tier column of the person's table finding it in Segments.
 *
 * @param accounts - a structured reference to the account column searched
 * @param account - the account looked for (a reference to a cell)
 * @returns the formula, with its `=`
 * @example
 * sourceRowFormula("Mine[Account]", "[@Account]").startsWith("=IFERROR(IF(EXACT(INDEX(Mine[Account],MATCH(")
 * //=> true
 */
export function sourceRowFormula(accounts: string, account: string): string {
  const key = `IF(ISNUMBER(${account}),${account},SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${account},"~","~~"),"*","~*"),"?","~?"))`;
  const match = `MATCH(${key},${accounts},0)`;
  const fromEnd = `SUMPRODUCT(MAX(EXACT(${accounts},${account})*(ROWS(${accounts})+ROW(INDEX(${accounts},1))-ROW(${accounts}))))`;
  const exact = `IF(${fromEnd}=0,"",ROWS(${accounts})+1-${fromEnd})`;
  return `=IFERROR(IF(EXACT(INDEX(${accounts},${match}),${account}),${match},${exact}),"")`;
}

/**
 * A text `YYYY-MM-DD` read as the date it names, as the core's `dateSerial` does (a real calendar date from
 * 1900); any other value as it is. TEXT() is avoided: its format codes change with Excel's language.
 */
function isoDate(v: string): string {
  const y = `--LEFT(${v},4)`;
  const m = `--MID(${v},6,2)`;
  const d = `--MID(${v},9,2)`;
  const date = `DATE(${y},${m},${d})`;
  const shape =
    `AND(LEN(${v})=10,MID(${v},5,1)="-",MID(${v},8,1)="-",` +
    `SUMPRODUCT(--ISNUMBER(FIND(MID(${v},{1,2,3,4,6,7,9,10},1),"0123456789")))=8)`;
  return `IF(ISTEXT(${v}),IFERROR(IF(AND(${shape},${y}>=1900,MONTH(${date})=${m},DAY(${date})=${d}),${date},${v}),${v}),${v})`;
}

/** A value as a cell can hold it: text, logical and finite numbers as they are, blanks blank, else text. */
function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : "";
  return String(value);
}

/** A customer since as Excel should see it: a date as its serial, anything else as it is. */
const sinceCell = (value: unknown): CellValue => dateSerial(value) ?? cellOf(value);

const VALUE_FIELDS = ["currentArr", "potentialArr", "industry", "region", "customerSince"] as const;

/** The rows the Segments table holds (first row of each account) and those left out. */
function distinctRows(rows: readonly AccountRow[]) {
  const kept: AccountRow[] = [];
  const missing: number[] = [];
  const repeated: number[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, index) => {
    const row: AccountRow = typeof raw === "object" && raw !== null ? raw : {};
    if (empty(row.account) && VALUE_FIELDS.every((field) => empty(row[field]))) return;
    const id = accountId(row.account);
    if (id === null) missing.push(index + 1);
    else if (seen.has(id)) repeated.push(index + 1);
    else {
      seen.add(id);
      kept.push(row);
    }
  });
  return { kept, missing, repeated };
}

/** Row numbers for a message: the first few, then how many in all. */
function rowList(rows: readonly number[], language: Language): string {
  const shown = rows.slice(0, 5).join(", ");
  if (rows.length <= 5) return shown;
  return language === "fr" ? `${shown}… (${rows.length} en tout)` : `${shown}… (${rows.length} in all)`;
}

function leftOutProblems(missing: readonly number[], repeated: readonly number[]) {
  const problems: { en: string; fr: string }[] = [];
  const s = (n: number) => (n > 1 ? "s" : "");
  if (missing.length > 0) {
    const n = missing.length;
    problems.push({
      en: `${n} row${s(n)} without an account ${n > 1 ? "are" : "is"} left out of ${SEGMENT_TABLES.segments} (row${s(n)} ${rowList(missing, "en")}): give each account its name or id.`,
      fr: `${n} ligne${s(n)} sans compte ${n > 1 ? "sont laissées" : "est laissée"} hors de ${SEGMENT_TABLES.segments} (ligne${s(n)} ${rowList(missing, "fr")}) : indiquez le nom ou l'identifiant de chaque compte.`,
    });
  }
  if (repeated.length > 0) {
    const n = repeated.length;
    problems.push({
      en: `${n} row${s(n)} repeating an account already listed ${n > 1 ? "are" : "is"} left out of ${SEGMENT_TABLES.segments} (row${s(n)} ${rowList(repeated, "en")}): only the first row of an account is segmented.`,
      fr: `${n} ligne${s(n)} répétant un compte déjà présent ${n > 1 ? "sont laissées" : "est laissée"} hors de ${SEGMENT_TABLES.segments} (ligne${s(n)} ${rowList(repeated, "fr")}) : seule la première ligne d'un compte est segmentée.`,
    });
  }
  return problems;
}

/** The Segments table: values (or look-ups into the source table) and the tier formulas. */
function segmentsTable(
  input: SegmentWriteInput,
  kept: readonly AccountRow[],
  language: Language,
): TableWrite {
  const h = SEGMENT_HEADERS[language];
  const formulas = segmentFormulas(h, input.rules.tiers.length);
  // Without its account column, a source table cannot be looked into: its rows all lack an account anyway.
  const key = input.source?.headers.account;
  const source = key === undefined ? undefined : input.source;
  const valueColumn = (field: (typeof VALUE_FIELDS)[number]): ColumnSpec => {
    const header = h[field];
    const numberFormat =
      field === "customerSince"
        ? DATE
        : field === "currentArr" || field === "potentialArr"
          ? MONEY
          : undefined;
    const format = numberFormat === undefined ? {} : { numberFormat };
    const mapped = source?.headers[field];
    if (source === undefined || mapped === undefined) return { header, ...format };
    const at = rowRef(h.sourceRow);
    const cell = `INDEX(${column(source.table, mapped)},${at})`;
    const read = field === "customerSince" ? isoDate(cell) : cell;
    return { header, ...format, formula: `=IF(${at}="","",IF(${cell}="","",${read}))` };
  };
  const columns: ColumnSpec[] = [
    { header: h.account },
    ...VALUE_FIELDS.map(valueColumn),
    { header: h.arrLevel, numberFormat: WHOLE, formula: formulas.arrLevel },
    { header: h.level, numberFormat: WHOLE, formula: formulas.level },
    { header: h.tier, formula: formulas.tier },
    { header: h.movedBy, formula: formulas.movedBy(language) },
  ];
  if (source !== undefined && key !== undefined)
    columns.push({
      header: h.sourceRow,
      numberFormat: WHOLE,
      formula: sourceRowFormula(column(source.table, key), rowRef(h.account)),
    });
  const rows = kept.map((row): CellValue[] => {
    const values = VALUE_FIELDS.map((field) =>
      source !== undefined || field !== "customerSince" ? cellOf(row[field]) : sinceCell(row[field]),
    );
    const formulaCells = columns.length - 1 - values.length;
    return [
      cellOf(row.account),
      ...(source === undefined ? values : values.map(() => null)),
      ...Array<null>(formulaCells).fill(null),
    ];
  });
  return { name: SEGMENT_TABLES.segments, sheet: SEGMENT_SHEET, columns, rows };
}

/** The rules as three tables: tiers and thresholds, the settings (one row), the strategic industries. */
function rulesTables(rules: SegmentationRules, language: Language): TableWrite[] {
  const h = SEGMENT_HEADERS[language];
  const last = rules.tiers.length - 1;
  const threshold = (value: number | null | undefined, i: number): CellValue =>
    i === last || typeof value !== "number" ? null : value;
  const tiers: TableWrite = {
    name: SEGMENT_TABLES.rules,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.level, numberFormat: WHOLE },
      { header: h.tier },
      { header: h.currentMin, numberFormat: MONEY },
      { header: h.potentialMin, numberFormat: MONEY },
    ],
    rows: rules.tiers.map((tier, i) => [
      i + 1,
      tier.name[language],
      threshold(tier.currentMin, i),
      threshold(tier.potentialMin, i),
    ]),
  };
  const historical = rules.historical ?? null;
  const before = historical === null ? null : dateSerial(historical.before);
  const firstN = typeof historical?.firstN === "number" && historical.firstN > 0 ? historical.firstN : null;
  const floor = historical?.floorTier;
  const floorLevel =
    typeof floor === "number" && Number.isInteger(floor) && floor >= 0 && floor <= last ? floor + 1 : null;
  const settings: TableWrite = {
    name: SEGMENT_TABLES.settings,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.potentialOutweighs },
      { header: h.before, numberFormat: DATE },
      { header: h.firstN, numberFormat: WHOLE },
      { header: h.floor, numberFormat: WHOLE },
    ],
    rows: [[rules.potentialOutweighs, before, firstN, floorLevel]],
  };
  const strategic: TableWrite = {
    name: SEGMENT_TABLES.strategic,
    sheet: SEGMENT_SHEET,
    columns: [{ header: h.industry }],
    rows: (rules.strategicIndustries ?? [])
      .filter((industry) => industry !== "")
      .map((industry) => [industry]),
  };
  return [tiers, settings, strategic];
}

/** Coverage per tier, its one-row summary and the suggested specialists, or the coverage's problems. */
function coverageTables(
  input: NonNullable<SegmentWriteInput["coverage"]>,
  rules: SegmentationRules,
  rows: readonly AccountRow[],
  language: Language,
): { tables: TableWrite[]; problems: { en: string; fr: string }[] } {
  const segmentation = segmentAccounts(rows, rules);
  if (!segmentation.ok) return { tables: [], problems: segmentation.problems.map((p) => ({ ...p.message })) };
  const capacity = rules.tiers.map((_, i) => input.capacity[i] ?? {});
  const computed = coverage({
    tiers: segmentation.tiers,
    capacity,
    headcount: input.headcount ?? null,
    referenceArrPerCsm: input.referenceArrPerCsm ?? null,
  });
  if (!computed.ok) return { tables: [], problems: computed.problems.map((p) => ({ ...p.message })) };
  const h = SEGMENT_HEADERS[language];
  const T = SEGMENT_TABLES;
  const segLevel = column(T.segments, h.level);
  const arrLabel = literal(BASIS_LABELS.arr[language]);
  const perCsm = rowRef(h.perCsm);
  const tiers: TableWrite = {
    name: T.coverage,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.level, numberFormat: WHOLE },
      { header: h.tier, formula: `=INDEX(${column(T.rules, h.tier)},${rowRef(h.level)})` },
      { header: h.accounts, numberFormat: WHOLE, formula: `=COUNTIF(${segLevel},${rowRef(h.level)})` },
      {
        header: h.currentArr,
        numberFormat: MONEY,
        formula: `=SUMIF(${segLevel},${rowRef(h.level)},${column(T.segments, h.currentArr)})`,
      },
      { header: h.basis },
      { header: h.perCsm },
      {
        header: h.csmsNeeded,
        numberFormat: FTE,
        formula: `=IF(N(${perCsm})>0,IF(${rowRef(h.basis)}=${arrLabel},${rowRef(h.currentArr)},${rowRef(h.accounts)})/${perCsm},0)`,
      },
      { header: h.reviewsPerYear },
      { header: h.touchPoints },
    ],
    rows: computed.tiers.map((tier, i): CellValue[] => [
      i + 1,
      null,
      null,
      null,
      BASIS_LABELS[tier.basis][language],
      tier.perCsm,
      null,
      cellOf(capacity[i]?.reviewsPerYear),
      cellOf(capacity[i]?.touchPoints),
    ]),
  };
  const needed = rowRef(h.csmsNeeded);
  const headcount = rowRef(h.headcount);
  const reference = rowRef(h.referenceArrPerCsm);
  const summary: TableWrite = {
    name: T.summary,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.csmsNeeded, numberFormat: FTE, formula: `=SUM(${column(T.coverage, h.csmsNeeded)})` },
      { header: h.headcount },
      { header: h.gap, numberFormat: FTE, formula: `=IF(ISNUMBER(${headcount}),${needed}-${headcount},"")` },
      { header: h.referenceArrPerCsm, numberFormat: MONEY },
      {
        header: h.referenceCsms,
        numberFormat: FTE,
        formula: `=IF(N(${reference})>0,SUM(${column(T.coverage, h.currentArr)})/${reference},"")`,
      },
    ],
    rows: [[null, computed.headcount, null, computed.reference.arrPerCsm ?? REFERENCE_ARR_PER_CSM, null]],
  };
  const split = suggestSpecialists(computed.csmsNeeded);
  const specialists: TableWrite = {
    name: T.specialists,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.role },
      { header: h.share, numberFormat: "0%" },
      { header: h.people, numberFormat: WHOLE },
      { header: h.note },
    ],
    rows: split.roles.map((role, i) => [
      ROLE_LABELS[role.role][language],
      role.share,
      role.people,
      i === 0 ? split.note[language] : null,
    ]),
  };
  return { tables: [tiers, summary, specialists], problems: [] };
}

/**
 * The segments sheet's tables, in the person's language: the rules (tiers, settings, strategic
 * industries), the Segments table with each account's ARR level, level, tier and what moved it as native
 * formulas over the rules, and, with a coverage model, the CSMs each tier needs (formulas over the
 * Segments table), their summary and the suggested specialists. Rules the core rejects give no tables and
 * their problems; rows left out of the Segments table (no account, or an account already listed) are
 * listed in the problems.
 *
 * @param input - the rules, the mapped rows, the source table if any, the coverage model if any
 * @param language - the language of headers and labels
 * @returns the tables to write, in order, and the problems
 * @example
 * segmentTables({ rules: { tiers: [{ name: { en: "High", fr: "Haut" }, currentMin: 100000 }, { name: { en: "Tech", fr: "Digital" } }], potentialOutweighs: false }, rows: [{ account: "Acme", currentArr: 120000 }] }, "en").tables.map((t) => t.name)
 * //=> ["CSMKit_SegmentRules", "CSMKit_SegmentSettings", "CSMKit_StrategicIndustries", "CSMKit_Segments"]
 * @example
 * segmentTables({ rules: { tiers: [{ name: { en: "All", fr: "Tous" } }], potentialOutweighs: false }, rows: [{ account: "Acme", currentArr: 1 }, { account: "Acme", currentArr: 2 }] }, "en").problems[0].en
 * //=> "1 row repeating an account already listed is left out of CSMKit_Segments (row 2): only the first row of an account is segmented."
 */
export function segmentTables(
  input: SegmentWriteInput,
  language: Language,
): { tables: TableWrite[]; problems: { en: string; fr: string }[] } {
  const compiled = compileRules(input.rules);
  if (!compiled.ok) return { tables: [], problems: compiled.problems.map((p) => ({ ...p.message })) };
  const rows = Array.isArray(input.rows) ? input.rows : [];
  const { kept, missing, repeated } = distinctRows(rows);
  const tables = [...rulesTables(input.rules, language), segmentsTable(input, kept, language)];
  const problems = leftOutProblems(missing, repeated);
  if (input.coverage !== undefined) {
    const covered = coverageTables(input.coverage, input.rules, rows, language);
    tables.push(...covered.tables);
    problems.push(...covered.problems);
  }
  return { tables, problems };
}
