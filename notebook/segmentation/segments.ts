/**
 * The segments cell: the segmentation rules (tiers by current × potential ARR, strategic industries,
 * historical customers) applied to the portfolio, with the accounts and ARR of each tier.
 */
import type { SegmentationRules, TierDefinition } from "../../functions/segmentation/rules";
import { DEFAULT_SEGMENTATION_RULES } from "../../functions/segmentation/rules";
import {
  segmentAccounts,
  type AccountRow,
  type ClassifiedAccount,
  type Segmentation,
} from "../../functions/segmentation/segment";
import { CellError, type CellInputs, type CellKind, type CellResult, type Table } from "../engine/types";
import { joined, remembered, tableCell, tableOf } from "../engine/kind-helpers";
import { SEGMENT_COLUMNS } from "./columns";
import type { Bilingual } from "../../functions/excel/language";

/** The most tiers the wizard offers: more would not fit a readable preview or a nested formula. */
export const MAX_TIERS = 8;

/**
 * The portfolio table's rows as the segmentation reads them.
 *
 * @param table - the portfolio cell's output table
 * @returns one account row per table row
 * @example
 * accountRows({ columns: [], rows: [["Acme", 120000, null, "Retail", "EU", "2020-01-01"]] })[0].currentArr
 * //=> 120000
 */
export function accountRows(table: Table | undefined): AccountRow[] {
  return (table?.rows ?? []).map((row) => {
    const [account, currentArr, potentialArr, industry, region, customerSince] = row;
    return { account, currentArr, potentialArr, industry, region, customerSince };
  });
}

/**
 * The rules the segments cell's inputs hold, in the shape the segmentation checks (which says what is
 * wrong with them).
 *
 * @param inputs - the segments cell's inputs
 * @returns the rules
 * @example
 * rulesOf({ tiers: [], potentialOutweighs: true }).historical
 * //=> null
 */
export function rulesOf(inputs: CellInputs): SegmentationRules {
  return {
    tiers: (Array.isArray(inputs.tiers) ? inputs.tiers : []) as readonly TierDefinition[],
    potentialOutweighs: inputs.potentialOutweighs as boolean,
    strategicIndustries: (inputs.strategicIndustries ?? undefined) as readonly string[] | undefined,
    historical: (inputs.historical ?? null) as SegmentationRules["historical"],
    badDates: (inputs.badDates ?? null) as SegmentationRules["badDates"],
  };
}

/**
 * The default inputs of a segments cell: the workbook template's tiers and thresholds (see
 * functions/segmentation/rules.ts), as plain JSON, without any override: no strategic industry and no
 * historical-customers rule until the person sets one, so that no account is moved by a rule they did not
 * choose.
 *
 * @returns the inputs
 * @example
 * [defaultSegmentRules().historical, defaultSegmentRules().strategicIndustries]
 * //=> [null, []]
 */
export function defaultSegmentRules(): CellInputs {
  return JSON.parse(JSON.stringify({ ...DEFAULT_SEGMENTATION_RULES, historical: null })) as CellInputs;
}

const moved = (account: ClassifiedAccount): string => account.movedBy.join(",");

function segmentsResult(portfolio: Table | undefined, inputs: CellInputs) {
  const rows = accountRows(portfolio);
  // Rows are numbered as the spreadsheet shows them: the header row above the first.
  const result = segmentAccounts(rows, rulesOf(inputs), { firstRow: portfolio?.firstRow ?? 2 });
  if (!result.ok) throw new CellError(joined(result.problems.map((problem) => problem.message)));
  if (result.tiers.length > MAX_TIERS) {
    throw new CellError({
      en: `Keep to ${MAX_TIERS} tiers at most; there are ${result.tiers.length}.`,
      fr: `Gardez ${MAX_TIERS} paliers au plus ; il y en a ${result.tiers.length}.`,
    });
  }
  return { result, rows };
}

function segmentsTable(result: Segmentation, rows: readonly AccountRow[], first: number): Table {
  return {
    columns: SEGMENT_COLUMNS.segments,
    rows: result.accounts.map((account) => {
      const row = rows[account.row] ?? {};
      const classified = account.status === "classified";
      return Object.freeze([
        account.row + first,
        account.account,
        tableCell(row.currentArr),
        tableCell(row.potentialArr),
        tableCell(row.industry),
        tableCell(row.region),
        tableCell(row.customerSince),
        classified ? account.arrTier + 1 : null,
        classified ? account.tier + 1 : null,
        classified ? moved(account) : "",
        account.status,
      ]);
    }),
  };
}

function tiersTable(result: Segmentation): Table {
  return {
    columns: SEGMENT_COLUMNS.segmentTiers,
    rows: result.tiers.map((tier, index) =>
      Object.freeze([
        index + 1,
        tier.name.en,
        tier.name.fr,
        tier.accounts,
        tier.currentArr,
        tier.potentialArr,
      ]),
    ),
  };
}

/**
 * Segments: the rules (tiers by current × potential ARR, strategic industries, historical customers — the
 * inputs are a {@link SegmentationRules}) applied to the portfolio. Publishes `segments` (one row per row
 * that is not blank: its row as the spreadsheet shows it, levels 1-based, `movedBy` the overrides that moved
 * it, status), `segmentTiers` (accounts and ARR per tier), `tierAccounts` and `tierArr` (lists, per tier),
 * `classifiedCount`, `unclassifiedCount` and `blankRows`. Each unclassified row's reason is a note, and so is
 * each row kept despite a customer since that is not a date; bad rules are the cell's error.
 */
export const segmentsKind: CellKind = {
  reads: () => ["portfolio"],
  outputs: () => [
    "segments",
    "segmentTiers",
    "tierAccounts",
    "tierArr",
    "classifiedCount",
    "unclassifiedCount",
    "blankRows",
  ],
  compute(inputs, values, memory) {
    return remembered(memory, "result", [tableOf(values.portfolio), inputs], segmentsCellResult);
  },
};

function segmentsCellResult(portfolio: Table | undefined, inputs: CellInputs): CellResult {
  const { result, rows } = segmentsResult(portfolio, inputs);
  const table = segmentsTable(result, rows, portfolio?.firstRow ?? 2);
  const notes: Bilingual[] = [...result.problems, ...result.warnings]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((problem) => problem.message);
  if (result.blankRows > 0) {
    notes.push({
      en: `${result.blankRows} blank row(s) of the portfolio counted, not segmented.`,
      fr: `${result.blankRows} ligne(s) vide(s) du portefeuille comptée(s), non segmentée(s).`,
    });
  }
  return {
    table,
    values: {
      segments: table,
      segmentTiers: tiersTable(result),
      tierAccounts: result.tiers.map((tier) => tier.accounts),
      tierArr: result.tiers.map((tier) => tier.currentArr),
      classifiedCount: result.classified,
      unclassifiedCount: result.unclassified,
      blankRows: result.blankRows,
    },
    notes,
  };
}
