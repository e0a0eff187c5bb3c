/**
 * Everything the in-browser workbook holds, as plain data: what the standalone planner exports to .xlsx.
 * Positions are zero-based, like {@link CellBox}.
 */
import type { CellValue, ChartSpec, ColumnWrite } from "./workbook-port";

/** One table and where it sits: its header row at (`row`, `column`). */
export interface TableContentsAt {
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly columns: readonly ColumnWrite[];
  /** One array per data row; cells of a formula column are `null` (the formula is in `columns`). */
  readonly rows: readonly (readonly CellValue[])[];
  readonly charts: readonly ChartSpec[];
  /** True when CSM Kit created it. */
  readonly owned: boolean;
}

/** One sheet: its tables and the loose cells typed outside any table. */
export interface SheetContents {
  readonly name: string;
  readonly tables: readonly TableContentsAt[];
  readonly cells: readonly { readonly row: number; readonly column: number; readonly value: CellValue }[];
}

/** The whole workbook, sheets in order, with its defined names. */
export interface WorkbookContents {
  readonly sheets: readonly SheetContents[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}
