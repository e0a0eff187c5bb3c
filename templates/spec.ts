/**
 * A workbook template as typed data: sheets, tables, cells, formulas, names, formats, validation and
 * conditional formatting, in English and French. One renderer (render.ts) turns a spec into an .xlsx.
 *
 * Formulas are native Excel formulas, written with the English function names that .xlsx files store (Excel
 * and LibreOffice show them in the user's language). Only functions both Excel and LibreOffice 7.4 have.
 */
import type { Bilingual, Language } from "../functions/excel/language";
import { textLiteral } from "../functions/excel/literals";

export type CellValue = string | number | boolean | Date | null;

/** How a cell looks: inputs are visibly distinct from formulas. */
export type CellRole = "title" | "subtitle" | "note" | "label" | "input" | "result" | "header";

/** Number formats used across templates (Excel format codes, the same in both languages). */
export const FORMATS = {
  money: "#,##0",
  money2: "#,##0.00",
  percent: "0.0%",
  ratio: "0.00",
  integer: "0",
  decimal: "0.0",
  // Excel's built-in short date (number format 14, which exceljs writes for "mm-dd-yy"): Excel and LibreOffice
  // show it in the reader's own date order, 05/10/2026 in France, 10/5/2026 in the United States.
  date: "mm-dd-yy",
  score: "0",
} as const;

export interface ListValidation {
  readonly kind: "list";
  /** The accepted values, in each language. */
  readonly values: Bilingual | readonly string[];
}
/**
 * A drop-down over a list the workbook holds: a defined name of the template (`TemplateSpec.names`) whose
 * formula is a whole table column, so that the list grows with the table in Excel and LibreOffice alike.
 */
export interface NamedListValidation {
  readonly kind: "named-list";
  /** The defined name, e.g. `ActionNames`. */
  readonly name: string;
  /** What the list holds, as the cell's message says it: "the actions of the Actions table". */
  readonly of: Bilingual;
}
export interface WholeValidation {
  readonly kind: "whole" | "decimal";
  readonly min: number;
  readonly max: number;
}
export interface DateValidation {
  readonly kind: "date";
}
export type Validation = ListValidation | NamedListValidation | WholeValidation | DateValidation;

/** A column of an Excel table: an input column (sample values in `rows`) or a formula per row. */
export interface ColumnSpec {
  readonly key: string;
  readonly header: Bilingual;
  readonly width?: number;
  readonly format?: string;
  readonly validation?: Validation;
  /** Long text: wrapped within the column's width, rows growing to fit, instead of running over or being cut. */
  readonly wrap?: boolean;
  /**
   * A formula computed on every row, given the row's cell addresses by column key (e.g. `C5`). Absent for
   * input columns.
   */
  readonly formula?: (row: (key: string) => string, language: Language) => string;
}

/** A rule of conditional formatting over a range. */
export interface ColourRule {
  /** Excel formula for the top-left cell of the range, relative as in Excel (e.g. `$C5<0.02`). */
  readonly when: string;
  readonly colour: "green" | "amber" | "red";
}

export interface TableSpec {
  /** The Excel table's name: the same in both languages (formulas and users rely on it). */
  readonly name: string;
  /** Top-left cell of the header row. */
  readonly at: string;
  readonly columns: readonly ColumnSpec[];
  /** Values of the input columns, row by row, keyed by column key; language-dependent values in both languages. */
  readonly rows: readonly Readonly<Record<string, CellValue | Bilingual>>[];
  /** Conditional formatting per column key, applied over the data rows. */
  readonly colours?: Readonly<Record<string, readonly ColourRule[]>>;
}

export interface CellSpec {
  readonly at: string;
  readonly role: CellRole;
  readonly value?: CellValue | Bilingual;
  /** A native formula (without "="), given how to refer to tables' columns in this language. */
  readonly formula?: (refs: Refs) => string;
  /** A workbook-level defined name for this cell, the same in both languages. */
  readonly name?: string;
  readonly format?: string;
  readonly validation?: Validation;
  readonly colours?: readonly ColourRule[];
  /** Long text: wrapped within the cell's width. */
  readonly wrap?: boolean;
}

/** A colour scale over a range of results: red at the lowest value, yellow at the median, green at the highest. */
export interface ColourScale {
  /** The range, e.g. `C45:Z68`. */
  readonly range: string;
}

/** A native column chart over cells of its sheet (rendered by xlsx/charts.ts). */
export interface ChartSpec {
  readonly title: Bilingual;
  /** The cells it covers: top-left and bottom-right. */
  readonly from: string;
  readonly to: string;
  /** The categories along the axis, e.g. `C10:Z10`. */
  readonly categories: string;
  /** The categories' number format (a date format for months). */
  readonly categoryFormat?: string;
  /** Each series: the cell of its name, the range of its values, its colour (RRGGBB). */
  readonly series: readonly { readonly name: string; readonly values: string; readonly colour: string }[];
  /** Series stacked (negative values below the axis). */
  readonly stacked: boolean;
}

export interface SheetSpec {
  readonly key: string;
  readonly name: Bilingual;
  readonly tables?: readonly TableSpec[];
  readonly cells?: readonly CellSpec[];
  /** Column widths by letter. */
  readonly widths?: Readonly<Record<string, number>>;
  /** Rows frozen at the top (the header). */
  readonly freezeRows?: number;
  readonly landscape?: boolean;
  /**
   * The columns that print (`"A:L"`), when the sheet holds more than a page's width of working columns: whole
   * columns, so that rows added to a table print too.
   */
  readonly printColumns?: string;
  /** Colour scales over ranges of results. */
  readonly scales?: readonly ColourScale[];
  /** Native charts drawn over the sheet's cells. */
  readonly charts?: readonly ChartSpec[];
}

/** A workbook-level defined name that is not a single cell, e.g. `ActionNames` = `Actions[Action]`. */
export interface NameSpec {
  /** The same in both languages, unique across all templates. */
  readonly name: string;
  /** The name's formula (without "="), e.g. `refs.column("Actions", "action")`. */
  readonly formula: (refs: Refs) => string;
}

export interface TemplateSpec {
  readonly name: "kpi" | "success-plan" | "health" | "scaling-audit" | "segmentation";
  readonly title: Bilingual;
  readonly sheets: readonly SheetSpec[];
  /** Defined names for ranges (drop-down sources); single cells are named by `CellSpec.name`. */
  readonly names?: readonly NameSpec[];
}

/** How a formula refers to tables, in a given language (structured references use the column headers). */
export interface Refs {
  readonly language: Language;
  /** `Table[Header]`: a whole data column of a table. */
  column(table: string, key: string): string;
}

/** A text, in a language, as a formula's string literal. */
export const say = (text: Bilingual, language: Language): string => textLiteral(text[language]);

/** The text of a value in a language. */
export function inLanguage<T>(value: T | Bilingual, language: Language): T | string {
  return isBilingual(value) ? value[language] : value;
}

export function isBilingual(value: unknown): value is Bilingual {
  return typeof value === "object" && value !== null && "en" in value && "fr" in value;
}
