/**
 * The capacity as a table a finance reader can check: one row holding the team's figures (accounts, CSMs,
 * hours, loaded cost) and, beside them, every result as a formula over them and over the roadmap table (its
 * costs and the hours each validated solution frees per account). Change the headcount, a cost or a duration
 * in Excel and the payback follows, as functions/scaling/capacity.ts computes it:
 *
 * - hours freed per account f = Σ roadmap hours per account × automation share (share 1 when blank);
 * - hours freed = f × accounts; FTE freed = hours freed ÷ hours per CSM;
 * - accounts per CSM before = accounts ÷ headcount; after = before × h ÷ (h − f), h the hours spent today;
 * - monthly saving = hours freed × loaded cost ÷ hours per CSM ÷ 12 − the roadmap's monthly cost;
 * - payback = the roadmap's one-off cost ÷ monthly saving, blank when there is no saving.
 *
 * Each cached result is the core's own figure, so that a reader that does not compute shows the pane's.
 */
import { columnRef, rowRef } from "../../addin/structured-references";
import type { CellValue, ColumnWrite, TableWrite } from "../../addin/workbook-port";
import type { Language } from "../../functions/excel/language";
import { DEFAULT_HOURS_PER_CSM } from "../../functions/scaling/capacity";
import type { CellView } from "../engine/types";
import { moneyFormat, type Currency } from "./currency";
import { PLAN_HEADERS, PLAN_SHEET, PLAN_TABLES } from "./headers";

const numberOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/**
 * The roadmap's capacity columns: for each validated solution, the CSM hours its action takes per account per
 * year, the share automation removes and the hours it frees per account (a formula). An action on the
 * roadmap twice counts once, on its first row, as the capacity cell counts it.
 *
 * @param capacity - the capacity cell (its inputs hold the hours and shares by action id), if any
 * @param ids - the roadmap's action ids, row by row
 * @param language - the language of the headers
 * @returns the three columns and each row's values
 * @example
 * roadmapCapacityColumns(undefined, ["tickets"], "en").rows
 * //=> [[null, null, 0]]
 */
export function roadmapCapacityColumns(
  capacity: CellView | undefined,
  ids: readonly unknown[],
  language: Language,
): { columns: ColumnWrite[]; rows: CellValue[][] } {
  const h = PLAN_HEADERS[language];
  const hours = (capacity?.inputs.hours ?? {}) as Record<string, unknown>;
  const shares = (capacity?.inputs.shares ?? {}) as Record<string, unknown>;
  const hoursAt = rowRef(h.hoursPerAccount);
  const shareAt = rowRef(h.share);
  const columns: ColumnWrite[] = [
    { header: h.hoursPerAccount, numberFormat: "#,##0.0" },
    { header: h.share, numberFormat: "0%" },
    {
      header: h.freedPerAccount,
      numberFormat: "#,##0.0",
      formula: `=IF(${hoursAt}="",0,${hoursAt}*IF(${shareAt}="",1,${shareAt}))`,
    },
  ];
  const seen = new Set<string>();
  const rows = ids.map((raw): CellValue[] => {
    const id = String(raw);
    const first = !seen.has(id);
    seen.add(id);
    const perAccount = first && Object.hasOwn(hours, id) ? numberOrNull(hours[id]) : null;
    const share = first && Object.hasOwn(shares, id) ? numberOrNull(shares[id]) : null;
    return [perAccount, share, perAccount === null ? 0 : perAccount * (share ?? 1)];
  });
  return { columns, rows };
}

/**
 * The capacity table: the team's figures and the results as formulas over them (see the module's header).
 *
 * @param capacity - the capacity cell, computed
 * @param roadmap - the roadmap cell, for its costs
 * @param language - the language of the headers
 * @param currency - the plan's currency, for the cost and the roadmap's costs
 * @returns the one-row table, or `undefined` without a computed capacity cell
 * @example
 * capacityTable(undefined, undefined, "en", "USD")
 * //=> undefined
 */
export function capacityTable(
  capacity: CellView | undefined,
  roadmap: CellView | undefined,
  language: Language,
  currency: Currency,
): TableWrite | undefined {
  if (capacity?.output.kind !== "ok") return undefined;
  const h = PLAN_HEADERS[language];
  const r = (key: keyof typeof h) => rowRef(h[key]);
  const inRoadmap = (key: keyof typeof h) => `${PLAN_TABLES.roadmap}${columnRef(h[key])}`;
  const blankIf = (keys: (keyof typeof h)[], then: string) =>
    `=IF(OR(${keys.map((key) => `${r(key)}=""`).join(",")}),"",${then})`;
  const money = moneyFormat(currency, language);
  const columns: ColumnWrite[] = [
    { header: h.accounts, numberFormat: "#,##0" },
    { header: h.headcount, numberFormat: "#,##0.0" },
    { header: h.hoursPerCsm, numberFormat: "#,##0" },
    { header: h.loadedCost, numberFormat: money },
    { header: h.hoursToday, numberFormat: "#,##0.0" },
    { header: h.freedPerAccount, numberFormat: "#,##0.0", formula: `=SUM(${inRoadmap("freedPerAccount")})` },
    { header: h.roadmapOneOff, numberFormat: money, formula: `=SUM(${inRoadmap("oneOff")})` },
    { header: h.roadmapMonthly, numberFormat: money, formula: `=SUM(${inRoadmap("monthly")})` },
    {
      header: h.hoursFreed,
      numberFormat: "#,##0",
      formula: blankIf(["accounts"], `${r("freedPerAccount")}*${r("accounts")}`),
    },
    {
      header: h.fteFreed,
      numberFormat: "0.00",
      formula: blankIf(["hoursFreed", "hoursPerCsm"], `${r("hoursFreed")}/${r("hoursPerCsm")}`),
    },
    {
      header: h.perCsmBefore,
      numberFormat: "0.0",
      formula: blankIf(["accounts", "headcount"], `${r("accounts")}/${r("headcount")}`),
    },
    {
      header: h.perCsmAfter,
      numberFormat: "0.0",
      formula: blankIf(
        ["perCsmBefore", "hoursToday"],
        `${r("perCsmBefore")}*${r("hoursToday")}/(${r("hoursToday")}-${r("freedPerAccount")})`,
      ),
    },
    {
      header: h.monthlySaving,
      numberFormat: money,
      formula: blankIf(
        ["hoursFreed", "loadedCost"],
        `${r("hoursFreed")}*${r("loadedCost")}/${r("hoursPerCsm")}/12-${r("roadmapMonthly")}`,
      ),
    },
    {
      header: h.payback,
      numberFormat: "0.0",
      formula: `=IF(N(${r("monthlySaving")})<=0,"",${r("roadmapOneOff")}/${r("monthlySaving")})`,
    },
  ];
  const inputs = capacity.inputs;
  const figures = new Map(
    (capacity.output.table?.rows ?? []).map(([figure, value]) => [String(figure), numberOrNull(value)]),
  );
  const hoursPerCsm = numberOrNull(inputs.hoursPerCsm) ?? DEFAULT_HOURS_PER_CSM;
  const hoursFreed = figures.get("hoursFreed") ?? null;
  const loadedCost = numberOrNull(inputs.loadedCostPerCsm);
  const values = roadmap?.output.kind === "ok" ? roadmap.output.values : {};
  const oneOff = numberOrNull(values.roadmapOneOff);
  const monthly = numberOrNull(values.roadmapMonthly);
  const accounts = numberOrNull(inputs.accounts);
  const saving =
    hoursFreed === null || loadedCost === null
      ? null
      : (hoursFreed * loadedCost) / hoursPerCsm / 12 - (monthly ?? 0);
  const row: CellValue[] = [
    accounts,
    numberOrNull(inputs.csmHeadcount),
    hoursPerCsm,
    loadedCost,
    numberOrNull(inputs.csmHoursPerAccount),
    hoursFreed === null || accounts === null || accounts === 0 ? null : hoursFreed / accounts,
    oneOff,
    monthly,
    hoursFreed,
    figures.get("fteFreed") ?? null,
    figures.get("accountsPerCsmBefore") ?? null,
    figures.get("accountsPerCsmAfter") ?? null,
    saving,
    figures.get("paybackMonths") ?? null,
  ];
  return { name: PLAN_TABLES.capacity, sheet: PLAN_SHEET, columns, rows: [row] };
}
