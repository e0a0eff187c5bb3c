/**
 * Where tables sit on a sheet: rectangles of cells and the few operations both adapters need to place a
 * table, grow it, and clear what a shrinking table leaves behind. Pure geometry, zero-based, within Excel's
 * grid (functions/excel/a1.ts).
 */
import { MAX_COLUMNS, MAX_ROWS } from "../functions/excel/a1";

/** A rectangle of cells, zero-based, as both adapters lay tables out. */
export interface CellBox {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The cells a table occupies: a header row and its data rows. Excel keeps at least one (blank) data row,
 * so a table written with no rows still takes two.
 *
 * @param row - the header row, zero-based
 * @param column - the first column, zero-based
 * @param dataRows - the number of data rows written
 * @param columns - the number of columns
 * @returns the table's rectangle, header included
 * @example
 * tableBox(0, 0, 0, 3)
 * //=> { row: 0, column: 0, rowCount: 2, columnCount: 3 }
 */
export function tableBox(row: number, column: number, dataRows: number, columns: number): CellBox {
  return { row, column, rowCount: 1 + Math.max(1, dataRows), columnCount: columns };
}

/**
 * Where a new table goes on a sheet the add-in owns: on the first row, one blank column to the right of
 * everything already there, so that it covers nothing.
 *
 * @param used - the rectangle around everything on the sheet, or `undefined` when it is empty
 * @param dataRows - the table's data rows
 * @param columns - the table's columns
 * @returns the table's rectangle, or `undefined` when the sheet has no room left to the right
 * @example
 * placeBeside({ row: 0, column: 0, rowCount: 11, columnCount: 4 }, 5, 2)
 * //=> { row: 0, column: 5, rowCount: 6, columnCount: 2 }
 */
export function placeBeside(
  used: CellBox | undefined,
  dataRows: number,
  columns: number,
): CellBox | undefined {
  const column = used === undefined ? 0 : used.column + used.columnCount + 1;
  const box = tableBox(0, column, dataRows, columns);
  return box.column + box.columnCount <= MAX_COLUMNS ? box : undefined;
}

/**
 * Tells whether a rectangle lies entirely inside another.
 *
 * @param outer - the containing rectangle
 * @param inner - the contained rectangle
 * @returns true when every cell of `inner` is in `outer`
 * @example
 * boxContains({ row: 0, column: 0, rowCount: 3, columnCount: 3 }, { row: 1, column: 1, rowCount: 2, columnCount: 2 })
 * //=> true
 */
export function boxContains(outer: CellBox, inner: CellBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

/**
 * The cells of the old rectangle that the new one no longer covers, as at most two rectangles (the rows
 * below and the columns to the right): what an update clears when a table shrinks. Both rectangles must
 * share their top-left cell.
 *
 * @param old - the table before the update
 * @param next - the table after it
 * @returns the rectangles to clear
 * @example
 * leftoverBoxes({ row: 0, column: 0, rowCount: 5, columnCount: 3 }, { row: 0, column: 0, rowCount: 3, columnCount: 3 })
 * //=> [{ row: 3, column: 0, rowCount: 2, columnCount: 3 }]
 */
export function leftoverBoxes(old: CellBox, next: CellBox): CellBox[] {
  const boxes: CellBox[] = [];
  if (old.rowCount > next.rowCount) {
    boxes.push({
      row: old.row + next.rowCount,
      column: old.column,
      rowCount: old.rowCount - next.rowCount,
      columnCount: old.columnCount,
    });
  }
  if (old.columnCount > next.columnCount) {
    boxes.push({
      row: old.row,
      column: old.column + next.columnCount,
      rowCount: Math.min(old.rowCount, next.rowCount),
      columnCount: old.columnCount - next.columnCount,
    });
  }
  return boxes;
}

/**
 * The cells two rectangles share.
 *
 * @param a - one rectangle
 * @param b - another rectangle
 * @returns their common rectangle, or `undefined` when they do not meet
 * @example
 * intersection({ row: 0, column: 0, rowCount: 3, columnCount: 3 }, { row: 2, column: 2, rowCount: 5, columnCount: 5 })
 * //=> { row: 2, column: 2, rowCount: 1, columnCount: 1 }
 */
export function intersection(a: CellBox, b: CellBox): CellBox | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return rowEnd > row && columnEnd > column
    ? { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column }
    : undefined;
}

/**
 * The smallest rectangle around all the given ones, as Excel's "used range" surrounds occupied cells.
 *
 * @param boxes - the rectangles
 * @returns their bounding rectangle, or `undefined` when there are none
 * @example
 * boundingBox([{ row: 1, column: 1, rowCount: 1, columnCount: 1 }, { row: 4, column: 0, rowCount: 1, columnCount: 2 }])
 * //=> { row: 1, column: 0, rowCount: 4, columnCount: 2 }
 */
export function boundingBox(boxes: readonly CellBox[]): CellBox | undefined {
  const [first, ...rest] = boxes;
  if (first === undefined) return undefined;
  let { row, column } = first;
  let rowEnd = first.row + first.rowCount;
  let columnEnd = first.column + first.columnCount;
  for (const box of rest) {
    row = Math.min(row, box.row);
    column = Math.min(column, box.column);
    rowEnd = Math.max(rowEnd, box.row + box.rowCount);
    columnEnd = Math.max(columnEnd, box.column + box.columnCount);
  }
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

/**
 * A chart's size in cells: 8 columns by 15 rows, about 510 × 300 px at Excel's default column width (64 px)
 * and row height (20 px).
 */
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 15;

/**
 * Where a table's charts go: right of the table with one blank column between, from the table's header row
 * down, one under the other with a blank row between. Charts float over the cells and change none of them.
 *
 * @param table - the table's rectangle, header included
 * @param count - how many charts it has
 * @returns one rectangle of {@link CHART_COLUMNS} × {@link CHART_ROWS} cells per chart, in order
 * @example
 * chartBoxes({ row: 0, column: 0, rowCount: 11, columnCount: 3 }, 2)
 * //=> [{ row: 0, column: 4, rowCount: 15, columnCount: 8 }, { row: 16, column: 4, rowCount: 15, columnCount: 8 }]
 */
export function chartBoxes(table: CellBox, count: number): CellBox[] {
  const column = Math.min(table.column + table.columnCount + 1, MAX_COLUMNS - CHART_COLUMNS);
  return Array.from({ length: count }, (_, index) => ({
    row: Math.min(table.row + index * (CHART_ROWS + 1), MAX_ROWS - CHART_ROWS),
    column,
    rowCount: CHART_ROWS,
    columnCount: CHART_COLUMNS,
  }));
}
