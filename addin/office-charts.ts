/**
 * A table's native charts, queued on office-js objects for the Excel adapter. Nothing here syncs: the
 * adapter loads what is needed in a round trip it already makes, and the charts go over with the table.
 *
 * Charts need ExcelApi 1.7 (`ChartSeriesCollection.add`, `ChartSeries.setValues` / `setXAxisValues`, marker
 * colours, `ChartAxis.reversePlotOrder`). Every series refers to the data-body cells of a table column, so a
 * chart follows the numbers the user edits.
 */
import type { ChartSeries, ChartSpec, TableWrite } from "./workbook-port";
import { chartBoxes, type CellBox } from "./table-layout";
import { columnIndex } from "./chart-specs";
import { sameName } from "./ownership";

/** `XYScatter` plots markers only; `BarStacked` puts each row's series end to end, as a Gantt bar. */
const CHART_TYPES = { scatter: "XYScatter", timeline: "BarStacked" } as const;

/**
 * Queues the load of the names of a sheet's charts, so that {@link queueCharts} can replace a chart of the
 * same name instead of adding a second one.
 *
 * @param worksheet - the sheet that holds (or will hold) the table
 * @returns the sheet's charts, their names readable after the next sync
 */
export function loadChartNames(worksheet: Excel.Worksheet): Excel.ChartCollection {
  const charts = worksheet.charts;
  charts.load("items/name");
  return charts;
}

/**
 * Queues a table's charts on its sheet: deletes the sheet's charts that bear the name of one of them, then
 * adds each one beside the table (see {@link chartBoxes}) with its name, title, axis titles and series.
 * Charts of other names are left as they are.
 *
 * @param worksheet - the table's sheet
 * @param box - the table's rectangle once written, header included
 * @param request - the table write, its charts already checked by `chartsProblem`
 * @param existing - the sheet's charts as loaded by {@link loadChartNames}, or `undefined` on a new sheet
 */
export function queueCharts(
  worksheet: Excel.Worksheet,
  box: CellBox,
  request: TableWrite,
  existing: Excel.ChartCollection | undefined,
): void {
  const specs = request.charts ?? [];
  for (const chart of existing?.items ?? []) {
    if (specs.some((spec) => sameName(spec.name, chart.name))) chart.delete();
  }
  const column = (header: string): Excel.Range =>
    worksheet.getRangeByIndexes(
      box.row + 1,
      box.column + columnIndex(request.columns, header),
      box.rowCount - 1,
      1,
    );
  const cell = (row: number, col: number): Excel.Range => worksheet.getRangeByIndexes(row, col, 1, 1);
  chartBoxes(box, specs.length).forEach((place, index) => {
    const spec = specs[index];
    if (spec === undefined) return;
    const [first] = spec.series;
    if (first === undefined) return;
    // Made from one column, the chart starts with exactly one series: the first, configured below.
    const chart = worksheet.charts.add(CHART_TYPES[spec.kind], column(first.column), "Columns");
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.setPosition(
      cell(place.row, place.column),
      cell(place.row + place.rowCount - 1, place.column + place.columnCount - 1),
    );
    const x = column(spec.x);
    spec.series.forEach((series, position) => {
      const item = position === 0 ? chart.series.getItemAt(0) : chart.series.add();
      item.name = series.name;
      item.setValues(column(series.column));
      item.setXAxisValues(x);
      paint(item, spec, series, position);
    });
    const axes = chart.axes;
    if (spec.axes?.x !== undefined) axes.categoryAxis.title.text = spec.axes.x;
    if (spec.axes?.y !== undefined) axes.valueAxis.title.text = spec.axes.y;
    // A bar chart lists its first row at the bottom; reversed, the first row is on top.
    if (spec.kind === "timeline") axes.categoryAxis.reversePlotOrder = true;
  });
}

/** A timeline's first series (the start) is an invisible bar; colours fill bars and scatter markers. */
function paint(item: Excel.ChartSeries, spec: ChartSpec, series: ChartSeries, position: number): void {
  if (spec.kind === "timeline" && position === 0) item.format.fill.clear();
  else if (series.colour === undefined) return;
  else if (spec.kind === "timeline") item.format.fill.setSolidColor(series.colour);
  else {
    item.markerBackgroundColor = series.colour;
    item.markerForegroundColor = series.colour;
  }
}
