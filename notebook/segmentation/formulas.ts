/**
 * The native formulas of the Segments and Coverage tables, and the names they are written over: the
 * tables' names, their headers in each language and the labels the formulas compare with. They live
 * together because a formula names tables and columns by these texts: a header renamed here is renamed in
 * every formula. Every account's tier is a formula over the rules tables, so Excel re-segments without the
 * add-in; the tier formulas themselves are the rule's, built in functions/segmentation/tier-formulas.ts
 * (the segmentation template's come from there too): this module only says where their references point.
 *
 * Formula decisions:
 * - Formulas use functions Excel 2010+ and LibreOffice share (INDEX, MATCH, COUNTIFS, SUMIF, SUMPRODUCT,
 *   EXACT…), no dynamic arrays.
 * - With a source table, a "Source row" column finds the account in it (MATCH, wildcards escaped,
 *   case-sensitive like the core when two accounts differ only by case) and the value columns read that
 *   row, so edits to the person's table flow through.
 */
import { escapeColumnName, rowRef } from "../../addin/structured-references";
import type { Bilingual, Language } from "../../functions/excel/language";
import { textLiteral } from "../../functions/excel/literals";
import { tierCsmsFormula, tierTableFormulas } from "../../functions/segmentation/tier-formulas";

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
    // The pane's words for the same choice (segmentation-strings.ts), so that the export says what was ticked.
    potentialOutweighs: "Potential ARR alone can lift an account into a tier",
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
    potentialOutweighs: "L'ARR potentiel seul peut faire entrer un compte dans un palier",
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

/** What the Basis column says: workload counted in accounts or in current ARR. */
export const BASIS_LABELS = {
  accounts: { en: "Accounts", fr: "Comptes" },
  arr: { en: "ARR", fr: "ARR" },
} as const satisfies Record<string, Bilingual>;

/** The first cell of a one-row table's column (INDEX keeps it a single value if rows are added). */
const single = (table: string, header: string): string => `INDEX(${tableColumn(table, header)},1)`;

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
 * @param options - whether accounts whose customer since is not a date are left unclassified
 * @returns each column's formula, with its `=`; Moved by's by the language of its labels
 * @example
 * segmentFormulas(SEGMENT_HEADERS.en, 3).tier
 * //=> '=IF([@Level]="","",INDEX(CSMKit_SegmentRules[[Tier]],[@Level]))'
 */
export function segmentFormulas(
  h: SegmentHeaders,
  tierCount: number,
  options: { readonly excludeBadDates?: boolean } = {},
) {
  const T = SEGMENT_TABLES;
  const formulas = tierTableFormulas(
    {
      row: {
        currentArr: rowRef(h.currentArr),
        potentialArr: rowRef(h.potentialArr),
        customerSince: rowRef(h.customerSince),
        industry: rowRef(h.industry),
        arrLevel: rowRef(h.arrLevel),
        level: rowRef(h.level),
      },
      column: {
        customerSince: tableColumn(T.segments, h.customerSince),
        arrLevel: tableColumn(T.segments, h.arrLevel),
      },
      tiers: {
        name: tableColumn(T.rules, h.tier),
        currentMin: tableColumn(T.rules, h.currentMin),
        potentialMin: tableColumn(T.rules, h.potentialMin),
      },
      settings: {
        potentialOutweighs: single(T.settings, h.potentialOutweighs),
        before: single(T.settings, h.before),
        firstN: single(T.settings, h.firstN),
        floor: single(T.settings, h.floor),
      },
      strategicIndustries: tableColumn(T.strategic, h.industry),
    },
    tierCount,
    options,
  );
  return {
    arrLevel: `=${formulas.arrLevel}`,
    level: `=${formulas.level}`,
    movedBy: (language: Language) => `=${formulas.movedBy(language)}`,
    tier: `=${formulas.tier}`,
  };
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
  const arrLabel = textLiteral(BASIS_LABELS.arr[language]);
  const perCsm = rowRef(h.perCsm);
  return {
    tier: `=INDEX(${tableColumn(T.rules, h.tier)},${rowRef(h.level)})`,
    accounts: `=COUNTIF(${segLevel},${rowRef(h.level)})`,
    currentArr: `=SUMIF(${segLevel},${rowRef(h.level)},${tableColumn(T.segments, h.currentArr)})`,
    csmsNeeded: `=${tierCsmsFormula(`IF(${rowRef(h.basis)}=${arrLabel},${rowRef(h.currentArr)},${rowRef(h.accounts)})`, perCsm)}`,
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
