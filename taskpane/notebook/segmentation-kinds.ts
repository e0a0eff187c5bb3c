/**
 * The segmentation wizard (seed 001, "Les clients" and "Les compétences CSM") as notebook kinds:
 * portfolio → segments (rules, then the preview) → coverage. Each kind wires a compute step of
 * `functions/segmentation/` into the engine and publishes its result under fixed names, so that calculation
 * cells can use them (`csmsNeeded - 4`).
 *
 * Output tables are language-neutral: column keys, override keys (`"strategic"`), tier names in both
 * languages. The views and the workbook writer put them in the person's language.
 *
 * The portfolio is kept in the plan (the rows as read or imported), so that a plan is whole on its own:
 * standalone, exported as JSON, or in a workbook whose table moved. Reading the table again refreshes it.
 */
import { coverage, type TierCapacity } from "../../functions/segmentation/coverage";
import type { SegmentationRules, TierDefinition } from "../../functions/segmentation/rules";
import { DEFAULT_SEGMENTATION_RULES } from "../../functions/segmentation/rules";
import {
  segmentAccounts,
  type AccountRow,
  type ClassifiedAccount,
  type Segmentation,
} from "../../functions/segmentation/segment";
import {
  CellError,
  type Bilingual,
  type CellInputs,
  type CellKind,
  type CellResult,
  type Json,
  type Table,
  type TableCell,
} from "./engine-types";
import { isObject, joined, remembered, tableCell, tableOf } from "./kind-helpers";

/** The fields of a portfolio, in the order of the portfolio table's columns. */
export const PORTFOLIO_COLUMNS = [
  "account",
  "currentArr",
  "potentialArr",
  "industry",
  "region",
  "customerSince",
] as const satisfies readonly (keyof AccountRow)[];

/** A field of the portfolio. */
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];

/** The fields a portfolio cannot be segmented without. */
export const REQUIRED_COLUMNS: readonly PortfolioColumn[] = ["account", "currentArr"];

/** The inputs of the portfolio cell. */
export interface PortfolioInputs {
  /** Where the rows came from, for the person: a file name or a table name. */
  readonly source?: string;
  /** The workbook table the rows were read from; absent for an imported file. */
  readonly table?: string | null;
  readonly headers?: readonly string[];
  /** One array per row, one cell per header; blanks are `null`. */
  readonly rows?: readonly (readonly TableCell[])[];
  /** The column (index in `headers`) of each field; `null` or absent: not mapped. */
  readonly mapping?: Readonly<Partial<Record<PortfolioColumn, number | null>>>;
}

/** What one CSM carries in a tier, and how the tier is served (the engagement model). */
export interface CoverageTierInput extends TierCapacity {
  /** Business reviews per year with each account (4: quarterly). */
  readonly reviewsPerYear?: number | null;
  /** The touch points of the tier, in the team's words. */
  readonly touchPoints?: string | null;
}

/** The inputs of the coverage cell. */
export interface CoverageInputs {
  /** One per tier, in tier order; a missing one means no CSM for that tier. */
  readonly tiers?: readonly CoverageTierInput[];
  readonly headcount?: number | null;
  readonly referenceArrPerCsm?: number | null;
}

/** Column keys of each output table, in order. */
export const SEGMENT_COLUMNS = {
  portfolio: PORTFOLIO_COLUMNS,
  segments: ["row", ...PORTFOLIO_COLUMNS, "arrTier", "tier", "movedBy", "status"],
  segmentTiers: ["level", "nameEn", "nameFr", "accounts", "currentArr", "potentialArr"],
  coverage: [
    "level",
    "nameEn",
    "nameFr",
    "accounts",
    "currentArr",
    "basis",
    "perCsm",
    "csmsNeeded",
    "arrPerCsm",
    "reviewsPerYear",
    "touchPoints",
  ],
  specialists: ["role", "share", "people"],
} as const;

/** The figures the coverage cell publishes besides its tables. */
export const COVERAGE_FIGURES = ["csmsNeeded", "csmGap", "referenceCsms"] as const;

/** The most tiers the wizard offers: more would not fit a readable preview or a nested formula. */
export const MAX_TIERS = 8;

const FIELD_NAMES: Readonly<Record<PortfolioColumn, Bilingual>> = {
  account: { en: "account", fr: "compte" },
  currentArr: { en: "current ARR", fr: "ARR actuel" },
  potentialArr: { en: "potential ARR", fr: "ARR potentiel" },
  industry: { en: "industry", fr: "secteur" },
  region: { en: "region", fr: "région" },
  customerSince: { en: "customer since", fr: "client depuis" },
};

/** What a field is called, in both languages. */
export const fieldName = (field: PortfolioColumn): Bilingual => FIELD_NAMES[field];

// ----------------------------------------------------------------------------------------------- portfolio

function portfolioTable(rows: Json | undefined, headers: Json | undefined, mapping: Json | undefined): Table {
  const list = Array.isArray(rows) ? (rows as readonly Json[]) : [];
  const mapped = mappedColumns({ headers, mapping });
  const columns = PORTFOLIO_COLUMNS.map((field) => mapped[field]);
  return {
    columns: SEGMENT_COLUMNS.portfolio,
    rows: list.map((row) => {
      const cells = Array.isArray(row) ? (row as readonly Json[]) : [];
      return Object.freeze(columns.map((index) => (index === undefined ? null : tableCell(cells[index]))));
    }),
  };
}

/**
 * The columns mapped to a field, by index: what the person mapped, checked against the headers. Mapping a
 * column that is not there (a table that lost a column) is the same as not mapping it.
 *
 * @param inputs - the portfolio cell's inputs
 * @returns the column index of each mapped field
 * @example
 * mappedColumns({ headers: ["Client", "ARR"], mapping: { account: 0, currentArr: 1, region: 5 } })
 * //=> { account: 0, currentArr: 1 }
 */
export function mappedColumns(
  inputs: PortfolioInputs | Readonly<Record<"headers" | "mapping", Json | undefined>>,
): Partial<Record<PortfolioColumn, number>> {
  const headers = Array.isArray(inputs.headers) ? inputs.headers : [];
  const mapping = isObject(inputs.mapping) ? inputs.mapping : {};
  const found: Partial<Record<PortfolioColumn, number>> = {};
  for (const field of PORTFOLIO_COLUMNS) {
    const index = mapping[field];
    if (typeof index === "number" && Number.isInteger(index) && index >= 0 && index < headers.length)
      found[field] = index;
  }
  return found;
}

/**
 * Portfolio: the accounts read from a workbook table or imported from a file, and which column holds each
 * field. Publishes `portfolio`, one row per input row (blank rows included: the segmentation counts them),
 * columns {@link PORTFOLIO_COLUMNS}, and `portfolioRows`. Inputs: {@link PortfolioInputs}.
 */
export const portfolioKind: CellKind = {
  reads: () => [],
  outputs: () => ["portfolio", "portfolioRows"],
  compute(inputs, _values, memory) {
    if (
      (inputs.rows !== undefined && !Array.isArray(inputs.rows)) ||
      (inputs.headers !== undefined && !Array.isArray(inputs.headers))
    ) {
      throw new CellError({
        en: "The portfolio is not a table; read it again from the workbook or import the file again.",
        fr: "Le portefeuille n'est pas un tableau ; relisez-le depuis le classeur ou importez à nouveau le fichier.",
      });
    }
    const rows = Array.isArray(inputs.rows) ? inputs.rows : [];
    const notes: Bilingual[] = [];
    if (rows.length === 0) {
      notes.push({
        en: "Pick a table of the workbook or import a .csv or .xlsx file of your accounts.",
        fr: "Choisissez un tableau du classeur ou importez un fichier .csv ou .xlsx de vos comptes.",
      });
    } else {
      const mapped = mappedColumns(inputs);
      const missing = REQUIRED_COLUMNS.filter((field) => mapped[field] === undefined);
      if (missing.length > 0) {
        const names = missing.map(fieldName);
        throw new CellError({
          en: `Say which column holds the ${names.map((n) => n.en).join(" and the ")}.`,
          fr: `Indiquez la colonne de : ${names.map((n) => n.fr).join(", ")}.`,
        });
      }
    }
    const table = remembered(memory, "table", [inputs.rows, inputs.headers, inputs.mapping], portfolioTable);
    return { table, values: { portfolio: table, portfolioRows: table.rows.length }, notes };
  },
};

// ------------------------------------------------------------------------------------------------ segments

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
  };
}

/**
 * The default inputs of a segments cell: the workbook template's rules (see
 * functions/segmentation/rules.ts), as plain JSON.
 *
 * @returns the inputs
 * @example
 * defaultSegmentRules().historical
 * //=> { before: "2019-01-01", floorTier: 1 }
 */
export function defaultSegmentRules(): CellInputs {
  return JSON.parse(JSON.stringify(DEFAULT_SEGMENTATION_RULES)) as CellInputs;
}

const moved = (account: ClassifiedAccount): string => account.movedBy.join(",");

function segmentsResult(portfolio: Table | undefined, inputs: CellInputs) {
  const rows = accountRows(portfolio);
  const result = segmentAccounts(rows, rulesOf(inputs));
  if (!result.ok) throw new CellError(joined(result.problems.map((problem) => problem.message)));
  if (result.tiers.length > MAX_TIERS) {
    throw new CellError({
      en: `Keep to ${MAX_TIERS} tiers at most; there are ${result.tiers.length}.`,
      fr: `Gardez ${MAX_TIERS} paliers au plus ; il y en a ${result.tiers.length}.`,
    });
  }
  return { result, rows };
}

function segmentsTable(result: Segmentation, rows: readonly AccountRow[]): Table {
  return {
    columns: SEGMENT_COLUMNS.segments,
    rows: result.accounts.map((account) => {
      const row = rows[account.row] ?? {};
      const classified = account.status === "classified";
      return Object.freeze([
        account.row + 1,
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
 * that is not blank: levels 1-based, `movedBy` the overrides that moved it, status), `segmentTiers` (accounts
 * and ARR per tier), `tierAccounts` and `tierArr` (lists, per tier), `classifiedCount`,
 * `unclassifiedCount` and `blankRows`. Each unclassified row's reason is a note; bad rules are the cell's error.
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
  const table = segmentsTable(result, rows);
  const notes: Bilingual[] = result.problems.map((problem) => problem.message);
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

// ------------------------------------------------------------------------------------------------ coverage

/** The default engagement model of the template's three tiers: accounts per CSM and how they are served. */
export const DEFAULT_COVERAGE: readonly {
  readonly perCsm: number;
  readonly reviewsPerYear: number;
  readonly touchPoints: Bilingual;
}[] = [
  {
    perCsm: 12,
    reviewsPerYear: 4,
    touchPoints: { en: "Monthly call, quarterly business review", fr: "Point mensuel, revue trimestrielle" },
  },
  {
    perCsm: 50,
    reviewsPerYear: 2,
    touchPoints: { en: "Webinars, half-yearly review", fr: "Webinaires, revue semestrielle" },
  },
  {
    perCsm: 300,
    reviewsPerYear: 0,
    touchPoints: { en: "Emails, in-app guides, community", fr: "E-mails, guides in-app, communauté" },
  },
];

/**
 * The default inputs of a coverage cell for a number of tiers, in a language (the touch points are the
 * team's own words once written).
 *
 * @param tiers - how many tiers
 * @param language - the language of the touch points
 * @returns the inputs
 * @example
 * defaultCoverage(3, "en").tiers[0]
 * //=> { basis: "accounts", perCsm: 12, reviewsPerYear: 4, touchPoints: "Monthly call, quarterly business review" }
 */
export function defaultCoverage(tiers: number, language: "en" | "fr"): CoverageInputs {
  return {
    tiers: Array.from({ length: tiers }, (_, i) => {
      const model = DEFAULT_COVERAGE[Math.min(i, DEFAULT_COVERAGE.length - 1)];
      return {
        basis: "accounts" as const,
        perCsm: model?.perCsm ?? null,
        reviewsPerYear: model?.reviewsPerYear ?? null,
        touchPoints: model?.touchPoints[language] ?? "",
      };
    }),
    headcount: null,
    referenceArrPerCsm: null,
  };
}

const numberOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

function coverageResult(tiers: Table | undefined, inputs: CellInputs): CellResult {
  const rows = tiers?.rows ?? [];
  const given = Array.isArray(inputs.tiers) ? (inputs.tiers as readonly Json[]) : [];
  const capacity = rows.map((_, i) => {
    const own = given[i];
    return (isObject(own) ? own : {}) as CoverageTierInput;
  });
  const loads = rows.map(([, nameEn, nameFr, accounts, currentArr]) => ({
    name: { en: String(nameEn ?? ""), fr: String(nameFr ?? "") },
    accounts: accounts as number,
    currentArr: currentArr as number,
  }));
  const result = coverage({
    tiers: loads,
    capacity,
    headcount: inputs.headcount as number | null | undefined,
    referenceArrPerCsm: inputs.referenceArrPerCsm as number | null | undefined,
  });
  if (!result.ok) throw new CellError(joined(result.problems.map((problem) => problem.message)));
  const table: Table = {
    columns: SEGMENT_COLUMNS.coverage,
    rows: result.tiers.map((tier, i) =>
      Object.freeze([
        i + 1,
        tier.name.en,
        tier.name.fr,
        tier.accounts,
        tier.currentArr,
        tier.basis,
        tier.perCsm,
        tier.csmsNeeded,
        tier.arrPerCsm,
        numberOrNull(capacity[i]?.reviewsPerYear),
        typeof capacity[i]?.touchPoints === "string" ? (capacity[i]?.touchPoints as string) : null,
      ]),
    ),
  };
  const specialists: Table = {
    columns: SEGMENT_COLUMNS.specialists,
    rows: result.specialists.roles.map((role) => Object.freeze([role.role, role.share, role.people])),
  };
  const notes: Bilingual[] = result.tiers
    .map((tier, i) => ({ tier, i }))
    .filter(({ tier }) => tier.perCsm === null && tier.accounts > 0)
    .map(({ tier, i }) => ({
      en: `Tier ${i + 1} (${tier.name.en}): no capacity given, so no CSM is counted for its ${tier.accounts} account(s).`,
      fr: `Palier ${i + 1} (${tier.name.fr}) : aucune capacité indiquée, aucun CSM n'est donc compté pour ses ${tier.accounts} compte(s).`,
    }));
  notes.push(result.specialists.note);
  return {
    table,
    values: {
      coverage: table,
      specialists,
      csmsNeeded: result.csmsNeeded,
      csmGap: result.gap ?? Number.NaN,
      referenceCsms: result.reference.csmsNeeded,
    },
    notes,
  };
}

/**
 * Coverage: per tier, what one CSM carries (accounts or ARR) and the engagement model; CSMs needed per tier
 * and in total beside the headcount and the public reference (1 CSM per $2M ARR); and the suggested split
 * between generalist and specialist roles. Publishes `coverage`, `specialists`, `csmsNeeded`, `csmGap`
 * (`NaN` without a headcount) and `referenceCsms`. Inputs: {@link CoverageInputs}.
 */
export const coverageKind: CellKind = {
  reads: () => ["segmentTiers"],
  outputs: () => ["coverage", "specialists", ...COVERAGE_FIGURES],
  compute(inputs, values, memory) {
    return remembered(memory, "result", [tableOf(values.segmentTiers), inputs], coverageResult);
  },
};

/** The segmentation wizard's kinds, by the name a plan stores. */
export const segmentationKinds = {
  portfolio: portfolioKind,
  segments: segmentsKind,
  coverage: coverageKind,
} as const satisfies Readonly<Record<string, CellKind>>;

/**
 * The cells the wizard adds to a plan: a portfolio to fill, the template's rules, and its engagement model.
 *
 * @param language - the language of the default touch points
 * @returns the three cells, in order
 * @example
 * segmentationCells("en").map((cell) => cell.kind)
 * //=> ["portfolio", "segments", "coverage"]
 */
export function segmentationCells(
  language: "en" | "fr",
): readonly { readonly id: string; readonly kind: string; readonly inputs: CellInputs }[] {
  return [
    {
      id: "portfolio",
      kind: "portfolio",
      inputs: { source: "", table: null, headers: [], rows: [], mapping: {} },
    },
    { id: "segments", kind: "segments", inputs: defaultSegmentRules() },
    {
      id: "coverage",
      kind: "coverage",
      inputs: defaultCoverage(DEFAULT_SEGMENTATION_RULES.tiers.length, language) as unknown as CellInputs,
    },
  ];
}
