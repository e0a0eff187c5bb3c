/**
 * The segmentation as Excel tables that stay live: what "Write to workbook" puts on the segments sheet, in
 * the person's language. The rules are tables (tiers and thresholds, the settings, the strategic
 * industries) and every account's tier is a native formula over them (./formulas.ts): change a
 * threshold, an industry or, when the portfolio came from a table of the person's, an ARR in that table,
 * and Excel re-segments without the add-in.
 *
 * Layout decisions:
 * - Settings and the coverage summary are one-row tables, one column per figure, because a column has one
 *   number format and one formula: the historical date shows as a date, and the summary's figures can be
 *   formulas beside the headcount the person types.
 * - The Segments table holds one row per distinct account (its first row): a row without an account or
 *   repeating one is left out and reported. With a source table, its value columns are look-ups into the
 *   person's table rather than values.
 */
import { rowRef } from "../../addin/structured-references";
import type { CellValue, ColumnWrite, TableWrite } from "../../addin/workbook-port";
import type { Bilingual, Language } from "../../functions/excel/language";
import { dateSerial } from "../../functions/segmentation/rules";
import { segmentAccounts, type AccountRow, type Segmentation } from "../../functions/segmentation/segment";
import { coverageTables } from "./coverage-tables";
import {
  SEGMENT_HEADERS,
  SEGMENT_TABLES,
  segmentFormulas,
  sourceRowFormula,
  sourceValueFormula,
  tableColumn,
} from "./formulas";
import { cellOf, DATE, SEGMENT_SHEET, WHOLE, type SegmentWriteInput } from "./sheet";
import { MOVED_BY_LABELS } from "../../functions/segmentation/tier-formulas";
import type { ClassifiedAccount, UnclassifiedAccount } from "../../functions/segmentation/segment";
import { decimalsFor, moneyFormat, planCurrency } from "../plan/currency";

/** A customer since as Excel should see it: a date as its serial, anything else as it is. */
const sinceCell = (value: unknown): CellValue => dateSerial(value) ?? cellOf(value);

const VALUE_FIELDS = ["currentArr", "potentialArr", "industry", "region", "customerSince"] as const;

/**
 * The rows the Segments table holds (first row of each account) and those left out, as the core decided:
 * one definition of "the same account" and of a blank row, the segmentation's.
 */
function distinctRows(rows: readonly AccountRow[], segmentation: Segmentation) {
  const kept: AccountRow[] = [];
  const entries: (ClassifiedAccount | UnclassifiedAccount)[] = [];
  const missing: number[] = [];
  const repeated: number[] = [];
  for (const entry of segmentation.accounts) {
    const account =
      entry.status === "unclassified" ? entry.reasons.find((r) => r.field === "account") : undefined;
    if (account === undefined) {
      kept.push(rows[entry.row] ?? {});
      entries.push(entry);
    } else if (account.reason === "duplicate") repeated.push(entry.row + 1);
    else missing.push(entry.row + 1);
  }
  return { kept, entries, missing, repeated };
}

/** What the formula columns of an account's row compute: ARR level, level, tier, moved by (blank unclassified). */
function computedCells(entry: ClassifiedAccount | UnclassifiedAccount | undefined, language: Language) {
  if (entry?.status !== "classified") return [null, null, null, null];
  const [first, second] = entry.movedBy;
  const moved = second !== undefined ? "both" : (first ?? "none");
  return [entry.arrTier + 1, entry.tier + 1, entry.tierName[language], MOVED_BY_LABELS[moved][language]];
}

/** Row numbers for a message: the first few, then how many in all. */
function rowList(rows: readonly number[], language: Language): string {
  const shown = rows.slice(0, 5).join(", ");
  if (rows.length <= 5) return shown;
  return language === "fr" ? `${shown}… (${rows.length} en tout)` : `${shown}… (${rows.length} in all)`;
}

function leftOutProblems(missing: readonly number[], repeated: readonly number[]) {
  const problems: Bilingual[] = [];
  const s = (n: number) => (n > 1 ? "s" : "");
  if (missing.length > 0) {
    const n = missing.length;
    problems.push({
      en: `${n} row${s(n)} without an account ${n > 1 ? "are" : "is"} left out of the segmentation (row${s(n)} ${rowList(missing, "en")}): give each account its name or id.`,
      fr: `${n} ligne${s(n)} sans compte ${n > 1 ? "sont laissées" : "est laissée"} hors de la segmentation (ligne${s(n)} ${rowList(missing, "fr")}) : indiquez le nom ou l'identifiant de chaque compte.`,
    });
  }
  if (repeated.length > 0) {
    const n = repeated.length;
    problems.push({
      en: `${n} row${s(n)} repeating an account already listed ${n > 1 ? "are" : "is"} left out of the segmentation (row${s(n)} ${rowList(repeated, "en")}): only the first row of an account is segmented.`,
      fr: `${n} ligne${s(n)} répétant un compte déjà présent ${n > 1 ? "sont laissées" : "est laissée"} hors de la segmentation (ligne${s(n)} ${rowList(repeated, "fr")}) : seule la première ligne d'un compte est segmentée.`,
    });
  }
  return problems;
}

/** The Segments table: values (or look-ups into the source table) and the tier formulas. */
function segmentsTable(
  input: SegmentWriteInput,
  { kept, entries }: Pick<ReturnType<typeof distinctRows>, "kept" | "entries">,
  language: Language,
): TableWrite {
  const h = SEGMENT_HEADERS[language];
  const amounts = kept.flatMap((row) => [row.currentArr, row.potentialArr]);
  const money = moneyFormat(planCurrency(input.currency, language), language, decimalsFor(amounts));
  const formulas = segmentFormulas(h, input.rules.tiers.length, {
    excludeBadDates: input.rules.badDates === "exclude",
  });
  // Without its account column, a source table cannot be looked into: its rows all lack an account anyway.
  const key = input.source?.headers.account;
  const source = key === undefined ? undefined : input.source;
  const valueColumn = (field: (typeof VALUE_FIELDS)[number]): ColumnWrite => {
    const header = h[field];
    const numberFormat =
      field === "customerSince"
        ? DATE
        : field === "currentArr" || field === "potentialArr"
          ? money
          : undefined;
    const format = numberFormat === undefined ? {} : { numberFormat };
    const mapped = source?.headers[field];
    if (source === undefined || mapped === undefined) return { header, ...format };
    const formula = sourceValueFormula(source.table, mapped, rowRef(h.sourceRow), field === "customerSince");
    return { header, ...format, formula };
  };
  const columns: ColumnWrite[] = [
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
      formula: sourceRowFormula(tableColumn(source.table, key), rowRef(h.account)),
    });
  // Looked-up values and formula cells hold what the core read and computed: the export stores them.
  const rows = kept.map((row, r): CellValue[] => {
    const values = VALUE_FIELDS.map((field) =>
      source !== undefined && source.headers[field] === undefined
        ? null
        : field !== "customerSince"
          ? cellOf(row[field])
          : sinceCell(row[field]),
    );
    const formulaCells = columns.length - 1 - values.length;
    return [
      cellOf(row.account),
      ...values,
      ...[...computedCells(entries[r], language), null].slice(0, formulaCells),
    ];
  });
  return { name: SEGMENT_TABLES.segments, sheet: SEGMENT_SHEET, columns, rows };
}

/** The rules as three tables: tiers and thresholds, the settings (one row), the strategic industries. */
function rulesTables(input: SegmentWriteInput, language: Language): TableWrite[] {
  const { rules } = input;
  const h = SEGMENT_HEADERS[language];
  const thresholds = rules.tiers.flatMap((tier) => [tier.currentMin, tier.potentialMin]);
  const money = moneyFormat(planCurrency(input.currency, language), language, decimalsFor(thresholds));
  const last = rules.tiers.length - 1;
  const threshold = (value: number | null | undefined, i: number): CellValue =>
    i === last || typeof value !== "number" ? null : value;
  const tiers: TableWrite = {
    name: SEGMENT_TABLES.rules,
    sheet: SEGMENT_SHEET,
    columns: [
      { header: h.level, numberFormat: WHOLE },
      { header: h.tier },
      { header: h.currentMin, numberFormat: money },
      { header: h.potentialMin, numberFormat: money },
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
 * //=> "1 row repeating an account already listed is left out of the segmentation (row 2): only the first row of an account is segmented."
 */
export function segmentTables(
  input: SegmentWriteInput,
  language: Language,
): { tables: TableWrite[]; problems: Bilingual[] } {
  const rows = Array.isArray(input.rows) ? input.rows : [];
  // The core checks the rules and decides which rows are the same account; the formulas then do the tiers.
  const segmentation = segmentAccounts(rows, input.rules);
  if (!segmentation.ok) return { tables: [], problems: segmentation.problems.map((p) => ({ ...p.message })) };
  const distinct = distinctRows(rows, segmentation);
  const { missing, repeated } = distinct;
  const tables = [...rulesTables(input, language), segmentsTable(input, distinct, language)];
  const problems = leftOutProblems(missing, repeated);
  if (input.coverage !== undefined) {
    const covered = coverageTables(input.coverage, segmentation.tiers, language, input.currency);
    tables.push(...covered.tables);
    problems.push(...covered.problems);
  }
  return { tables, problems };
}
