/**
 * The plan as Excel tables: what "Write to workbook" puts on the add-in's sheet, in the person's language.
 *
 * - The audit (actions, scores, ratio and decision: one table, since the three cells describe the same
 *   rows) with native formulas: the ratio is `=[@Time]/[@Value]`, the decision follows the ratio (both built by
 *   functions/scaling/decision-formula.ts, as the scaling-audit template's are), and three
 *   chart columns place each action on the time/value scatter in its decision's colour. A score changed in
 *   Excel updates the ratio, the decision and the chart at once, without the add-in.
 * - The roadmap: one row per validated solution, each starting when the one above ends (the first on the
 *   roadmap's start, a one-cell table of its own), its end, first-year cost and the hours it frees per account
 *   as formulas, and the day offset and length that draw the Gantt chart.
 * - The capacity: the team's figures and the results as formulas over them (./capacity-table.ts), and the
 *   calculation cells' results.
 *
 * Names, not ids: the action ids stay in a hidden column (reading the table back needs them). Every formula
 * cell's row also holds the value the notebook computed, so that the .xlsx export stores it (a reader that
 * does not compute shows it) and sizes its columns to it; the workbook ignores those values. Amounts are in
 * the plan's currency.
 *
 * Sheet and table names do not depend on the language, so that writing again after switching language
 * updates the same tables (their headers change language; formulas are rebuilt from the new headers).
 */
import { excelSerial } from "../../functions/excel/dates";
import { stageLabel } from "../../functions/scaling/action-library";
import { DECISION_COLOURS } from "../../functions/scaling/decisions";
import {
  decisionLiteral,
  scaleDecisionFormula,
  scaleRatioFormula,
} from "../../functions/scaling/decision-formula";
import { DECISION_LABELS, type Decision } from "../../functions/scaling/scaling";
import { SOLUTION_KIND_LABELS, type SolutionKind } from "../../functions/scaling/solution-kinds";
import type { Language } from "../../functions/excel/language";
import { columnRef, rowRef } from "../../addin/structured-references";
import type { CellValue, ColumnWrite, TableWrite } from "../../addin/workbook-port";
import type { CellView, TableCell } from "../engine/types";
import { capacityTable, roadmapCapacityColumns } from "./capacity-table";
import { decimalsFor, moneyFormat, planCurrency, type Currency } from "./currency";
import { PLAN_HEADERS, PLAN_SHEET, PLAN_TABLES } from "./headers";

/** The built-in short date (number format 14, which exceljs writes for "mm-dd-yy"): the reader's own order. */
const DATE = "mm-dd-yy";

/** The header of an action's chart column for one decision, e.g. "Time if Automate". */
const chartHeader = (decision: Decision, language: Language): string =>
  language === "fr"
    ? `Temps si ${DECISION_LABELS[decision][language]}`
    : `Time if ${DECISION_LABELS[decision][language]}`;

const COLOUR_HEX: Record<"green" | "amber" | "red", string> = {
  green: "#2E7D32",
  amber: "#F9A825",
  red: "#C62828",
};

const rowsOf = (cell: CellView | undefined): readonly (readonly TableCell[])[] =>
  cell?.output.kind === "ok" ? (cell.output.table?.rows ?? []) : [];

const cellOf = (cells: readonly CellView[], kind: string): CellView | undefined =>
  cells.find((cell) => cell.kind === kind && cell.output.kind === "ok");

/** The audit table: actions, scores, the ratio and decision as formulas, priority and chart columns. */
function auditTable(decisions: CellView | undefined, language: Language): TableWrite | undefined {
  if (decisions === undefined) return undefined;
  const h = PLAN_HEADERS[language];
  const time = rowRef(h.time);
  const value = rowRef(h.value);
  const ratio = rowRef(h.ratio);
  const decision = rowRef(h.decision);
  const chartColumns: ColumnWrite[] = (["human", "arbitrate", "automate"] as const).map((d) => ({
    header: chartHeader(d, language),
    formula: `=IF(${decision}=${decisionLiteral(d, language)},${time},NA())`,
  }));
  const columns: ColumnWrite[] = [
    { header: h.id, hidden: true },
    { header: h.action },
    { header: h.stage },
    { header: h.time, numberFormat: "0" },
    { header: h.value, numberFormat: "0" },
    { header: h.ratio, numberFormat: "0.00", formula: `=${scaleRatioFormula(time, value, "empty")}` },
    { header: h.decision, formula: `=${scaleDecisionFormula(ratio, language, "empty")}` },
    { header: h.priority, numberFormat: "0" },
    ...chartColumns,
  ];
  const rows = rowsOf(decisions).map(([id, action, stage, t, v, ratio, verdict, priority]): CellValue[] => {
    const decided = Object.hasOwn(DECISION_LABELS, String(verdict)) ? (verdict as Decision) : undefined;
    return [
      id ?? null,
      action ?? null,
      stageLabel(String(stage ?? ""), language),
      t ?? null,
      v ?? null,
      typeof ratio === "number" ? ratio : null,
      decided === undefined ? null : DECISION_LABELS[decided][language],
      priority ?? null,
      // The chart columns: the time where the decision is theirs, else #N/A (not stored).
      ...(["human", "arbitrate", "automate"] as const).map((d) => (d === decided ? (t ?? null) : null)),
    ];
  });
  const series = (["human", "arbitrate", "automate"] as const).map((d) => ({
    name: DECISION_LABELS[d][language],
    column: chartHeader(d, language),
    colour: COLOUR_HEX[DECISION_COLOURS[d]],
  }));
  return {
    name: PLAN_TABLES.audit,
    sheet: PLAN_SHEET,
    columns,
    rows,
    charts: [
      {
        name: "CSMKit_Matrix",
        kind: "scatter",
        title: language === "fr" ? "Temps / valeur par décision" : "Time / value by decision",
        x: h.value,
        series,
        axes: { x: h.value, y: h.time },
      },
    ],
  };
}

/** The roadmap's first day, a one-cell table the roadmap's first start reads. */
function roadmapStartTable(roadmap: CellView | undefined, language: Language): TableWrite | undefined {
  if (roadmap === undefined) return undefined;
  const start = roadmap.inputs.start;
  return {
    name: PLAN_TABLES.roadmapStart,
    sheet: PLAN_SHEET,
    columns: [{ header: PLAN_HEADERS[language].roadmapStart, numberFormat: DATE }],
    rows: [[typeof start === "string" ? excelSerial(start) : null]],
  };
}

/**
 * The roadmap table: validated solutions in order, each starting when the one above ends, end, first-year
 * cost and hours freed per account as formulas, a Gantt chart.
 */
function roadmapTable(
  roadmap: CellView | undefined,
  capacity: CellView | undefined,
  language: Language,
  currency: Currency,
): TableWrite | undefined {
  if (roadmap === undefined) return undefined;
  const h = PLAN_HEADERS[language];
  const timeline = rowsOf(roadmap);
  const amounts = timeline.flatMap((row) => [row[6], row[7]]);
  const money = moneyFormat(currency, language, decimalsFor(amounts));
  const end = rowRef(h.end);
  const above = `OFFSET(${end},-1,0)`;
  const hours = roadmapCapacityColumns(
    capacity,
    timeline.map((row) => row[0]),
    language,
  );
  const columns: ColumnWrite[] = [
    { header: h.id, hidden: true },
    { header: h.action },
    { header: h.solution },
    { header: h.kind },
    { header: h.owner },
    { header: h.priority, numberFormat: "0" },
    { header: h.oneOff, numberFormat: money },
    { header: h.monthly, numberFormat: money },
    { header: h.weeks, numberFormat: "0" },
    {
      header: h.start,
      numberFormat: DATE,
      // The first row's "row above" is the header: not a number, so the roadmap's start.
      formula: `=IF(ISNUMBER(${above}),${above},${PLAN_TABLES.roadmapStart}${columnRef(h.roadmapStart)})`,
    },
    { header: h.end, numberFormat: DATE, formula: `=${rowRef(h.start)}+7*${rowRef(h.weeks)}` },
    {
      header: h.firstYear,
      numberFormat: money,
      formula: `=${rowRef(h.oneOff)}+12*${rowRef(h.monthly)}`,
    },
    ...hours.columns,
    {
      header: h.day,
      numberFormat: "0",
      formula: `=${rowRef(h.start)}-MIN(${columnRef(h.start)})`,
    },
    { header: h.days, numberFormat: "0", formula: `=7*${rowRef(h.weeks)}` },
  ];
  const first = typeof timeline[0]?.[9] === "string" ? excelSerial(timeline[0][9]) : null;
  const rows = timeline.map(
    (
      [id, action, solution, kind, owner, priority, oneOff, monthly, weeks, start, finish],
      i,
    ): CellValue[] => {
      const day = typeof start === "string" ? excelSerial(start) : null;
      const cost = typeof oneOff === "number" && typeof monthly === "number" ? oneOff + 12 * monthly : null;
      return [
        id ?? null,
        action ?? null,
        solution ?? null,
        Object.hasOwn(SOLUTION_KIND_LABELS, String(kind))
          ? SOLUTION_KIND_LABELS[kind as SolutionKind][language]
          : String(kind ?? ""),
        owner ?? null,
        priority ?? null,
        oneOff ?? null,
        monthly ?? null,
        weeks ?? null,
        day,
        typeof finish === "string" ? excelSerial(finish) : null,
        cost,
        ...(hours.rows[i] ?? [null, null, null]),
        day === null || first === null ? null : day - first,
        typeof weeks === "number" ? 7 * weeks : null,
      ];
    },
  );
  return {
    name: PLAN_TABLES.roadmap,
    sheet: PLAN_SHEET,
    columns,
    rows,
    charts: [
      {
        name: "CSMKit_Timeline",
        kind: "timeline",
        title: language === "fr" ? "Feuille de route" : "Roadmap",
        x: h.action,
        series: [
          { name: h.day, column: h.day },
          { name: h.days, column: h.days, colour: "#0F6CBD" },
        ],
        axes: { y: language === "fr" ? "Jours depuis le début" : "Days from the start" },
      },
    ],
  };
}

function calculationsTable(cells: readonly CellView[], language: Language): TableWrite | undefined {
  const calculations = cells.filter((cell) => cell.kind === "calculation");
  if (calculations.length === 0) return undefined;
  const h = PLAN_HEADERS[language];
  const rows = calculations.map((cell): CellValue[] => {
    const result = cell.output.kind === "ok" ? cell.output.table?.rows[0]?.[0] : undefined;
    return [
      String(cell.inputs.name ?? ""),
      String(cell.inputs.expression ?? ""),
      typeof result === "number" ? result : null,
    ];
  });
  return {
    name: PLAN_TABLES.calculations,
    sheet: PLAN_SHEET,
    columns: [{ header: h.name }, { header: h.expression }, { header: h.result, numberFormat: "#,##0.00" }],
    rows,
  };
}

/**
 * The tables (and their charts) that write the plan's computed cells to the workbook, in the person's
 * language. A cell in error is left out (its table stays as it was), and so is a calculation-free plan's
 * calculations table.
 *
 * @param cells - the notebook's cells with their outputs
 * @param language - the language of headers and labels
 * @param currency - the plan's currency; the language's when left out
 * @returns the tables to write, in order
 * @example
 * planTables([], "en")
 * //=> []
 */
export function planTables(
  cells: readonly CellView[],
  language: Language,
  currency: Currency = planCurrency(undefined, language),
): TableWrite[] {
  const roadmap = cellOf(cells, "roadmap");
  const capacity = cells.find((cell) => cell.kind === "capacity");
  return [
    auditTable(cellOf(cells, "decisions"), language),
    roadmapStartTable(roadmap, language),
    roadmapTable(roadmap, capacity, language, currency),
    capacityTable(capacity, roadmap, language, currency),
    calculationsTable(cells, language),
  ].filter((table): table is TableWrite => table !== undefined);
}
