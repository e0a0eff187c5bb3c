/**
 * The rules of a table's charts that both adapters share (no office-js here): what a {@link ChartSpec} may
 * say, and which of the table's columns it draws from.
 */
import type { ColumnWrite, TableWrite, WorkbookError } from "./workbook-port";
import { foldName } from "./ownership";
import { problem } from "./workbook-messages";

const CHART_NAME = /^[\p{L}\p{N}_ ]{1,255}$/u;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/**
 * Checks the charts of a table write against the table: each chart has its own name (letters, digits,
 * spaces and `_`, unique ignoring case), at least one series (two for a timeline: the start, then the
 * duration), colours written `#RRGGBB`, and draws only from the table's own columns.
 *
 * @param table - the table write, charts included
 * @returns the first problem found, or `undefined` when the charts may be drawn
 * @example
 * chartsProblem({ name: "T", sheet: "S", columns: [{ header: "A" }], rows: [],
 *   charts: [{ name: "C", kind: "scatter", title: "", x: "A", series: [{ name: "B", column: "B" }] }] })?.reason
 * //=> "invalid-shape"
 */
export function chartsProblem(table: TableWrite): WorkbookError | undefined {
  const seen = new Set<string>();
  for (const chart of table.charts ?? []) {
    const key = foldName(chart.name);
    if (!CHART_NAME.test(chart.name) || chart.name.trim().length === 0 || seen.has(key)) {
      return problem("invalid-name", "chart-name", { table: table.name, chart: chart.name });
    }
    seen.add(key);
    if (chart.series.length < (chart.kind === "timeline" ? 2 : 1)) {
      return problem("invalid-shape", "chart-series", {
        table: table.name,
        chart: chart.name,
        kind: chart.kind,
      });
    }
    const headers = [chart.x, ...chart.series.map((series) => series.column)];
    const missing = headers.find((header) => columnIndex(table.columns, header) < 0);
    if (missing !== undefined) {
      return problem("invalid-shape", "chart-column", {
        table: table.name,
        chart: chart.name,
        header: missing,
      });
    }
    const painted = chart.series.find((series) => series.colour !== undefined && !COLOUR.test(series.colour));
    if (painted?.colour !== undefined) {
      return problem("invalid-shape", "chart-colour", {
        chart: chart.name,
        series: painted.name,
        colour: painted.colour,
      });
    }
  }
  return undefined;
}

/**
 * Where a column is in a table, found by its header as Excel matches headers (ignoring case).
 *
 * @param columns - the table's columns
 * @param header - the header to find
 * @returns its zero-based position, or -1 when the table has no such column
 * @example
 * columnIndex([{ header: "Account" }, { header: "ARR" }], "arr")
 * //=> 1
 */
export function columnIndex(columns: readonly ColumnWrite[], header: string): number {
  const key = foldName(header);
  return columns.findIndex((column) => foldName(column.header) === key);
}
