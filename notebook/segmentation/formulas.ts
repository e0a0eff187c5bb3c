/**
 * The native formulas of the Segments and Coverage tables, and the names they are written over: the
 * tables' names, their headers in each language and the labels the formulas compare with. They live
 * together because a formula names tables and columns by these texts: a header renamed here is renamed in
 * every formula. Every account's tier is a formula over the rules tables, implementing the core's rule
 * order (functions/segmentation/rules.ts), so Excel re-segments without the add-in.
 *
 * Formula decisions:
 * - Formulas use functions Excel 2010+ and LibreOffice share (INDEX, MATCH, COUNTIFS, SUMIF, SUMPRODUCT,
 *   EXACT…), no dynamic arrays. Strategic industries are matched with `=` inside SUMPRODUCT rather than
 *   COUNTIF: both ignore case, but COUNTIF would read `*`, `?` and a leading `<` or `=` in an industry as
 *   criteria. The first-N rank counts rows by "ARR level" (step 1), never by Level, which depends on it.
 * - With a source table, a "Source row" column finds the account in it (MATCH, wildcards escaped,
 *   case-sensitive like the core when two accounts differ only by case) and the value columns read that
 *   row, so edits to the person's table flow through.
 */
import { escapeColumnName, rowRef } from "../../addin/structured-references";
import type { Language } from "../../functions/excel/language";

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

/** The headers of one language. */
export type SegmentHeaders = (typeof SEGMENT_HEADERS)[Language];

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

/** Excel's last date, 9999-12-31, as the core's `dateSerial` bounds it. */
const LAST_SERIAL = 2_958_465;

/** An Excel text literal, quotes doubled. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;
/** The first cell of a one-row table's column (INDEX keeps it a single value if rows are added). */
const single = (table: string, header: string): string => `INDEX(${tableColumn(table, header)},1)`;
/** Blank as the core reads it (empty or spaces only), never an error. */
const blank = (x: string): string => `IF(ISERROR(${x}),FALSE,CLEAN(TRIM(${x}))="")`;

/**
 * A whole column of a table, in the bracketed form Excel accepts for any header.
 *
 * @param table - the table's name
 * @param header - the column's header, escaped here
 * @returns the structured reference
 * @example
 * tableColumn("Mine", "ARR [USD]")
 * //=> "Mine[[ARR '[USD']]]"
 */
export function tableColumn(table: string, header: string): string {
  return `${table}[[${escapeColumnName(header)}]]`;
}

/**
 * The formulas of the Segments table's computed columns, over the rules tables and the row's values: step
 * 1 (ARR level), steps 2 and 3 (Level), the tier's name and what moved the account.
 *
 * @param h - the headers of the language written
 * @param tierCount - how many tiers the rules have
 * @returns each column's formula, with its `=`; Moved by's by the language of its labels
 * @example
 * segmentFormulas(SEGMENT_HEADERS.en, 3).tier
 * //=> '=IF([@Level]="","",INDEX(CSMKit_SegmentRules[[Tier]],[@Level]))'
 */
export function segmentFormulas(h: SegmentHeaders, tierCount: number) {
  const T = SEGMENT_TABLES;
  const cur = rowRef(h.currentArr);
  const pot = rowRef(h.potentialArr);
  const since = rowRef(h.customerSince);
  const industry = rowRef(h.industry);
  const arr = rowRef(h.arrLevel);
  const level = rowRef(h.level);
  const rule = (header: string, i: number) => `INDEX(${tableColumn(T.rules, header)},${i})`;
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
  const list = tableColumn(T.strategic, h.industry);
  const strategic = `IF(ISTEXT(${industry}),SUMPRODUCT((${list}=${industry})*(${list}<>""))>0,FALSE)`;
  const movedUp = `IF(${arr}>1,${strategic},FALSE)`;
  const afterStrategic = `${arr}-IF(${movedUp},1,0)`;
  // Step 3: signed before the date, or among the first N classified rows by customer since (ties in row
  // order), the account stays at least at the floor level.
  const before = single(T.settings, h.before);
  const firstN = single(T.settings, h.firstN);
  const floor = single(T.settings, h.floor);
  const sinceColumn = tableColumn(T.segments, h.customerSince);
  const arrColumn = tableColumn(T.segments, h.arrLevel);
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
  const tier = `=IF(${level}="","",INDEX(${tableColumn(T.rules, h.tier)},${level}))`;
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

/**
 * A value column of the Segments table read from the person's table, at the row its Source row found:
 * blank when the account or the value is not there; a customer since written as `YYYY-MM-DD` text is read
 * as the date it names.
 *
 * @param table - the person's table
 * @param header - the header of the value's column in that table
 * @param at - a reference to the row's Source row cell
 * @param asDate - whether the value is a date (customer since)
 * @returns the formula, with its `=`
 * @example
 * sourceValueFormula("Mine", "ARR", "[@[Source row]]", false)
 * //=> '=IF([@[Source row]]="","",IF(INDEX(Mine[[ARR]],[@[Source row]])="","",INDEX(Mine[[ARR]],[@[Source row]])))'
 */
export function sourceValueFormula(table: string, header: string, at: string, asDate: boolean): string {
  const cell = `INDEX(${tableColumn(table, header)},${at})`;
  const read = asDate ? isoDate(cell) : cell;
  return `=IF(${at}="","",IF(${cell}="","",${read}))`;
}

/**
 * The formulas of the Coverage table's computed columns: each tier's name, accounts and current ARR
 * counted from the Segments table's Level, and the CSMs it needs on its basis (ARR or accounts).
 *
 * @param h - the headers of the language written
 * @param language - the language of the Basis labels compared with
 * @returns each column's formula, with its `=`
 * @example
 * coverageFormulas(SEGMENT_HEADERS.en, "en").accounts
 * //=> "=COUNTIF(CSMKit_Segments[[Level]],[@Level])"
 */
export function coverageFormulas(h: SegmentHeaders, language: Language) {
  const T = SEGMENT_TABLES;
  const segLevel = tableColumn(T.segments, h.level);
  const arrLabel = literal(BASIS_LABELS.arr[language]);
  const perCsm = rowRef(h.perCsm);
  return {
    tier: `=INDEX(${tableColumn(T.rules, h.tier)},${rowRef(h.level)})`,
    accounts: `=COUNTIF(${segLevel},${rowRef(h.level)})`,
    currentArr: `=SUMIF(${segLevel},${rowRef(h.level)},${tableColumn(T.segments, h.currentArr)})`,
    csmsNeeded: `=IF(N(${perCsm})>0,IF(${rowRef(h.basis)}=${arrLabel},${rowRef(h.currentArr)},${rowRef(h.accounts)})/${perCsm},0)`,
  };
}

/**
 * The formulas of the coverage summary's computed columns: the CSMs all tiers need, the gap to the
 * headcount the person types, and the CSMs the reference ARR per CSM would give.
 *
 * @param h - the headers of the language written
 * @returns each column's formula, with its `=`
 * @example
 * coverageSummaryFormulas(SEGMENT_HEADERS.en).csmsNeeded
 * //=> "=SUM(CSMKit_Coverage[[CSMs needed]])"
 */
export function coverageSummaryFormulas(h: SegmentHeaders) {
  const T = SEGMENT_TABLES;
  const needed = rowRef(h.csmsNeeded);
  const headcount = rowRef(h.headcount);
  const reference = rowRef(h.referenceArrPerCsm);
  return {
    csmsNeeded: `=SUM(${tableColumn(T.coverage, h.csmsNeeded)})`,
    gap: `=IF(ISNUMBER(${headcount}),${needed}-${headcount},"")`,
    referenceCsms: `=IF(N(${reference})>0,SUM(${tableColumn(T.coverage, h.currentArr)})/${reference},"")`,
  };
}
