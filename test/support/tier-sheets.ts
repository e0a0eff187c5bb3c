/**
 * The two sheets that carry the segmentation's tier formulas (functions/segmentation/tier-formulas.ts), rebuilt
 * for tests: the plan's Segments table and a row of the segmentation template's Accounts table. Each fills the
 * rules into cells, evaluates the formulas with test/support/formula-evaluator.ts (which shares no code with
 * their writer) and gives what the formula columns show.
 */
import { DEFAULT_TIERS, type SegmentationRules } from "../../functions/segmentation/rules";
import {
  namedTierFormulas,
  tierTableFormulas,
  type NamedTierRefs,
  type TierTableRefs,
} from "../../functions/segmentation/tier-formulas";
import { evaluateFormula, type Range, type Scalar } from "./formula-evaluator";

/** One row of the Segments table: the values read. */
export interface Row {
  readonly current?: Scalar;
  readonly potential?: Scalar;
  readonly since?: Scalar;
  readonly industry?: Scalar;
}
/** What the four formula columns show for a row. */
export type Shown = readonly [arrLevel: Scalar, level: Scalar, movedBy: Scalar, tier: Scalar];

/** Where the Segments table's formulas point: row 2's cells, whole columns, the rules' columns and settings. */
export const TABLE: TierTableRefs = {
  row: {
    currentArr: "C2",
    potentialArr: "D2",
    customerSince: "E2",
    industry: "F2",
    arrLevel: "G2",
    level: "H2",
  },
  column: { customerSince: "Since", arrLevel: "Levels" },
  tiers: { name: "Names", currentMin: "CurMin", potentialMin: "PotMin" },
  settings: { potentialOutweighs: "PO", before: "Before", firstN: "FirstN", floor: "Floor" },
  strategicIndustries: "Strategic",
};
/** Row 2's cells, by the column each belongs to. */
const CELLS: Readonly<Record<string, string>> = {
  C2: "Current",
  D2: "Potential",
  E2: "Since",
  F2: "Industry",
  G2: "Levels",
  H2: "Level",
};

/** The serial of 2019-01-01, the published rule's date; 43465 is 2018-12-31. */
export const JAN_2019 = 43466;

/**
 * The Segments table after recalculation: each column computed over all rows before the next, as Excel's
 * dependency order does (Level reads every row's ARR level).
 */
export function segmentsTable(
  rows: readonly Row[],
  rules: SegmentationRules,
  language: "en" | "fr" = "en",
): Shown[] {
  const formulas = tierTableFormulas(TABLE, rules.tiers.length, {
    excludeBadDates: rules.badDates === "exclude",
  });
  const whole = (column: string): Range => ({ column, from: 0, to: rows.length - 1 });
  const list = (values: readonly Scalar[]) => (values.length > 0 ? values : [null]);
  const before = rules.historical?.before;
  const columns: Record<string, Scalar[]> = {
    Current: rows.map((r) => r.current ?? null),
    Potential: rows.map((r) => r.potential ?? null),
    Since: rows.map((r) => r.since ?? null),
    Industry: rows.map((r) => r.industry ?? null),
    Names: rules.tiers.map((t) => t.name.en),
    CurMin: rules.tiers.map((t) => t.currentMin ?? null),
    PotMin: rules.tiers.map((t) => t.potentialMin ?? null),
    Strategic: [...list(rules.strategicIndustries ?? [])],
  };
  const names: Readonly<Record<string, Scalar | Range>> = {
    PO: rules.potentialOutweighs,
    Before: typeof before === "number" ? before : before === undefined || before === null ? null : JAN_2019,
    FirstN: rules.historical?.firstN ?? null,
    Floor: rules.historical ? rules.historical.floorTier + 1 : null,
    Since: whole("Since"),
    Levels: whole("Levels"),
    Names: { column: "Names", from: 0, to: rules.tiers.length - 1 },
    CurMin: { column: "CurMin", from: 0, to: rules.tiers.length - 1 },
    PotMin: { column: "PotMin", from: 0, to: rules.tiers.length - 1 },
    Strategic: { column: "Strategic", from: 0, to: (columns.Strategic?.length ?? 1) - 1 },
  };
  const run = (formula: string) =>
    rows.map((_, i) =>
      evaluateFormula(formula, {
        columns,
        resolve: (name) => {
          const column = CELLS[name];
          if (column) return { column, from: i, to: i };
          if (name in names) return names[name] ?? null;
          throw new Error(`unknown name ${name}`);
        },
      }),
    );
  columns.Levels = run(formulas.arrLevel);
  columns.Level = run(formulas.level);
  const moved = run(formulas.movedBy(language));
  const tier = run(formulas.tier);
  return rows.map((_, i) => [
    columns.Levels?.[i] ?? null,
    columns.Level?.[i] ?? null,
    moved[i] ?? null,
    tier[i] ?? null,
  ]);
}

/** The workbook's published rules (templates/segmentation-sample.ts), with the date as a serial. */
export const PUBLISHED: SegmentationRules = {
  tiers: DEFAULT_TIERS,
  potentialOutweighs: true,
  historical: { before: JAN_2019, floorTier: 1 },
};
/** The published tiers' English names. */
export const HIGH = "High touch";
export const LOW = "Low touch";
export const TECH = "Tech touch";
/** Amounts on and around the thresholds the property tests draw. */
export const AMOUNTS = [0, 10, 49.99, 50, 100, 499, 500, 1000];

/** What the formula columns show for a row the core would not classify. */
export const UNCLASSIFIED: Shown = ["", "", "", ""];

/** The segmentation template's named rules (templates/segmentation-rules.ts), as typed on its Rules sheet. */
export interface TemplateRules {
  readonly high: readonly [current: Scalar, potential: Scalar];
  readonly low: readonly [current: Scalar, potential: Scalar];
  readonly usePotential: "Yes" | "No";
  readonly strategic: readonly string[];
  readonly before: Scalar;
  /** A level, 1 to 3. */
  readonly floor: Scalar;
}
/** One row of the template's Accounts table. */
export interface AccountsRow extends Row {
  readonly account: Scalar;
}

/** Where the template's formulas point: row 5's cells and the Rules sheet's defined names. */
export const NAMED: NamedTierRefs = {
  row: {
    account: "A5",
    currentArr: "B5",
    potentialArr: "C5",
    industry: "D5",
    customerSince: "F5",
    arrTier: "G5",
    level: "J5",
  },
  tiers: [
    { name: "TierHigh", currentMin: "HighCurrentMin", potentialMin: "HighPotentialMin" },
    { name: "TierLow", currentMin: "LowCurrentMin", potentialMin: "LowPotentialMin" },
    { name: "TierTech" },
  ],
  tierNames: "TierNames",
  potentialCounts: 'UsePotential="Yes"',
  strategicIndustries: "Industries",
  historicalBefore: "HistoricalBefore",
  historicalFloor: "HistoricalFloor",
};

/** A row of the template's Accounts table after recalculation: ARR tier, level, Moved by, tier. */
export function accountsRow(row: AccountsRow, rules: TemplateRules, language: "en" | "fr" = "en"): Shown {
  const formulas = namedTierFormulas(NAMED, language);
  const columns: Record<string, Scalar[]> = {
    A5: [row.account],
    B5: [row.current ?? null],
    C5: [row.potential ?? null],
    D5: [row.industry ?? null],
    F5: [row.since ?? null],
    TierNames: [HIGH, LOW, TECH],
    Industries: rules.strategic.length > 0 ? [...rules.strategic] : [null],
  };
  const names: Readonly<Record<string, Scalar>> = {
    TierHigh: HIGH,
    TierLow: LOW,
    TierTech: TECH,
    HighCurrentMin: rules.high[0],
    HighPotentialMin: rules.high[1],
    LowCurrentMin: rules.low[0],
    LowPotentialMin: rules.low[1],
    UsePotential: rules.usePotential,
    HistoricalBefore: rules.before,
    HistoricalFloor: rules.floor,
  };
  const sheet = {
    columns,
    resolve: (name: string): Range | Scalar => {
      const column = columns[name];
      if (column) return { column: name, from: 0, to: column.length - 1 };
      if (name in names) return names[name] ?? null;
      throw new Error(`unknown name ${name}`);
    },
  };
  columns.G5 = [evaluateFormula(formulas.arrTier, sheet)];
  columns.J5 = [evaluateFormula(formulas.level, sheet)];
  return [
    columns.G5[0] ?? null,
    columns.J5[0] ?? null,
    evaluateFormula(formulas.movedBy, sheet),
    evaluateFormula(formulas.tier, sheet),
  ];
}

/** The template's published rules, with Health as a strategic industry and low touch as the floor. */
export const TEMPLATE: TemplateRules = {
  high: [100_000, 250_000],
  low: [25_000, 75_000],
  usePotential: "Yes",
  strategic: ["Health"],
  before: JAN_2019,
  floor: 2,
};
