/**
 * The one renderer: a template spec and a language in, an .xlsx workbook (exceljs) out. The workbook and its
 * tables are written as the plan's export writes them (xlsx/writer.ts); the rest — roles, number formats,
 * validation, colour rules, names, print setup — is the templates' own.
 */
import ExcelJS from "exceljs";
import { addTable, headerLook, newWorkbook } from "../xlsx/writer";
import { withCalculatedColumns } from "../xlsx/calculated-columns";
import { withDefinedNames } from "../xlsx/defined-names";
import { withCharts, type ChartToWrite } from "../xlsx/charts";
import { safeText } from "../xlsx/safe-text";
import { columnLetters, parseA1 } from "../functions/excel/a1";
import {
  inLanguage,
  isBilingual,
  type CellRole,
  type CellSpec,
  type ColourRule,
  type ColourScale,
  type Refs,
  type SheetSpec,
  type TableSpec,
  type TemplateSpec,
  type Validation,
} from "./spec";
import type { Bilingual, Language } from "../functions/excel/language";

const FILL: Readonly<Partial<Record<CellRole, string>>> = {
  input: "FFFFF2CC", // light yellow: type here
  result: "FFE7EEF7", // light blue: computed
};
const COLOURS: Readonly<Record<ColourRule["colour"], { fill: string; font: string }>> = {
  green: { fill: "FFC6EFCE", font: "FF006100" },
  amber: { fill: "FFFFEB9C", font: "FF9C5700" },
  red: { fill: "FFFFC7CE", font: "FF9C0006" },
};
const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };

/**
 * The values stored with the formulas, by `Sheet!A1` in the file's language: what Protected View, previewers
 * and mail clients show, since they compute nothing. `npm run templates:values` computes them with LibreOffice
 * into templates/values/; `npm run test:templates` fails when one differs from LibreOffice's recalculation.
 */
export type CachedValues = Readonly<Record<string, string | number | boolean>>;
type Cached = (address: string) => string | number | boolean | undefined;

/** A formula cell's content, with its stored value when there is one. */
function withResult(
  formula: string,
  result: string | number | boolean | undefined,
): ExcelJS.CellFormulaValue {
  return result === undefined ? { formula, date1904: false } : { formula, result, date1904: false };
}

/** Where a table's data lies, once rendered. */
export interface TableLayout {
  readonly spec: TableSpec;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  cell(key: string, index: number): string;
}

export function tableLayout(spec: TableSpec): TableLayout {
  const { row, column } = parseA1(spec.at);
  const indexOf = (key: string) => {
    const i = spec.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`table ${spec.name} has no column ${key}`);
    return i;
  };
  return {
    spec,
    headerRow: row,
    firstColumn: column,
    lastRow: row + Math.max(spec.rows.length, 1),
    cell: (key, index) => `${columnLetters(column + indexOf(key))}${row + 1 + index}`,
  };
}

/** How formulas refer to the template's tables in one language. */
export function refsFor(template: TemplateSpec, language: Language): Refs {
  const tables = new Map(
    template.sheets.flatMap((sheet) => (sheet.tables ?? []).map((t) => [t.name, t] as const)),
  );
  return {
    language,
    column(table, key) {
      const spec = tables.get(table);
      const column = spec?.columns.find((c) => c.key === key);
      if (!spec || !column) throw new Error(`no column ${key} in table ${table}`);
      return `${table}[[${structuredName(column.header[language])}]]`;
    },
  };
}

function style(cell: ExcelJS.Cell, role: CellRole): void {
  if (role === "header") return headerLook(cell);
  if (role === "title") cell.font = { bold: true, size: 16, color: { argb: "FF1F4E79" } };
  if (role === "subtitle") cell.font = { bold: true, size: 12, color: { argb: "FF1F4E79" } };
  if (role === "note") cell.font = { italic: true, size: 9, color: { argb: "FF595959" } };
  if (role === "label") cell.font = { bold: false };
  if (role === "result") {
    cell.font = { bold: true };
    // A "–" or "OK" in place of a figure lines up with the figures.
    cell.alignment = { horizontal: "right" };
  }
  const fill = FILL[role];
  if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  if (role === "input" || role === "result")
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  // On a protected sheet, only the inputs can be typed over.
  if (role === "input") cell.protection = { locked: false };
}

/** A bound as a reader of the language writes it: 10,000 / 10 000. */
const bound = (value: number, language: Language): string =>
  value.toLocaleString(language === "fr" ? "fr-FR" : "en-US", { maximumFractionDigits: 2 });

/** What a cell accepts, in words: shown when the cell is selected and when a value is refused. */
function accepted(rule: Validation, language: Language): { title: string; text: string } {
  const fr = language === "fr";
  if (rule.kind === "named-list")
    return fr
      ? { title: "Choisir dans la liste", text: `Une de ces valeurs : ${rule.of.fr}.` }
      : { title: "Pick from the list", text: `One of: ${rule.of.en}.` };
  if (rule.kind === "list") {
    const values = Array.isArray(rule.values) ? rule.values : (rule.values as Bilingual)[language];
    const list = (Array.isArray(values) ? values : String(values).split(",")).join(", ");
    return fr
      ? { title: "Choisir dans la liste", text: `Une de ces valeurs : ${list}.` }
      : { title: "Pick from the list", text: `One of: ${list}.` };
  }
  if (rule.kind === "date")
    return fr
      ? { title: "Date", text: "Une date postérieure au 1er janvier 1990." }
      : { title: "Date", text: "A date after 1 January 1990." };
  const whole = rule.kind === "whole";
  // A bound of a billion or more means "no upper bound" to a reader.
  if (rule.max >= 1e9)
    return fr
      ? {
          title: "Nombre",
          text: `Un nombre${whole ? " entier" : ""} supérieur ou égal à ${bound(rule.min, language)}.`,
        }
      : {
          title: "Number",
          text: `A${whole ? " whole" : ""} number of ${bound(rule.min, language)} or more.`,
        };
  return fr
    ? {
        title: "Nombre",
        text: `Un nombre${whole ? " entier" : ""} de ${bound(rule.min, language)} à ${bound(rule.max, language)}.`,
      }
    : {
        title: "Number",
        text: `A${whole ? " whole" : ""} number from ${bound(rule.min, language)} to ${bound(rule.max, language)}.`,
      };
}

function validation(rule: Validation, language: Language): ExcelJS.DataValidation {
  const { title, text } = accepted(rule, language);
  const messages = {
    showInputMessage: true,
    promptTitle: title,
    prompt: text,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: language === "fr" ? "Valeur refusée" : "Value not accepted",
    error: text,
  } as const;
  if (rule.kind === "named-list")
    return { type: "list", allowBlank: true, formulae: [rule.name], ...messages };
  if (rule.kind === "list") {
    const values = Array.isArray(rule.values) ? rule.values : (rule.values as Bilingual)[language];
    const list = Array.isArray(values) ? values : String(values).split(",");
    return { type: "list", allowBlank: true, formulae: [`"${list.join(",")}"`], ...messages };
  }
  if (rule.kind === "date")
    return {
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1))],
      ...messages,
    };
  return {
    type: rule.kind,
    operator: "between",
    allowBlank: true,
    formulae: [rule.min, rule.max],
    ...messages,
  };
}

function colourRules(worksheet: ExcelJS.Worksheet, ref: string, rules: readonly ColourRule[]): void {
  worksheet.addConditionalFormatting({
    ref,
    rules: rules.map((rule, priority) => ({
      type: "expression",
      priority: priority + 1,
      formulae: [rule.when],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: COLOURS[rule.colour].fill } },
        font: { color: { argb: COLOURS[rule.colour].font } },
      },
    })),
  });
}

/** Red at the lowest value, yellow at the median, green at the highest (Excel's own three-colour scale). */
function colourScale(worksheet: ExcelJS.Worksheet, scale: ColourScale): void {
  worksheet.addConditionalFormatting({
    ref: scale.range,
    rules: [
      {
        type: "colorScale",
        priority: 1,
        cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
      },
    ],
  });
}

/** A cell of the same row of a table, as a structured reference: `Customers[[#This Row],[Start MRR]]`. */
function thisRow(spec: TableSpec, key: string, language: Language): string {
  const column = spec.columns.find((c) => c.key === key);
  if (!column) throw new Error(`table ${spec.name} has no column ${key}`);
  return `${spec.name}[[#This Row],[${structuredName(column.header[language])}]]`;
}

/** A header as a structured reference spells it; the templates keep headers free of `[ ] # '`. */
function structuredName(header: string): string {
  if (/[[\]#']/.test(header))
    throw new Error(`header ${header} would need escaping in structured references`);
  return header;
}

/**
 * The formula of each computed column, the same on every row: it refers to its own row by structured
 * references, never by cell address, so that Excel can store it as the column's calculated formula and fill
 * the rows a person adds.
 */
export function columnFormulas(spec: TableSpec, language: Language): ReadonlyMap<string, string> {
  return new Map(
    spec.columns.flatMap((column) =>
      column.formula
        ? [
            [
              column.header[language],
              column.formula((key) => thisRow(spec, key, language), language),
            ] as const,
          ]
        : [],
    ),
  );
}

function renderTable(
  worksheet: ExcelJS.Worksheet,
  spec: TableSpec,
  language: Language,
  cached: Cached,
): void {
  const layout = tableLayout(spec);
  const formulas = columnFormulas(spec, language);
  const rows = spec.rows.map((values, index) =>
    spec.columns.map((column) => {
      if (column.formula)
        return withResult(
          formulas.get(column.header[language]) ?? "",
          cached(layout.cell(column.key, index)),
        );
      const value = values[column.key];
      return value === undefined ? null : inLanguage(value, language);
    }),
  );
  addTable(worksheet, {
    name: spec.name,
    at: spec.at,
    columns: spec.columns.map((column) => ({ header: column.header[language] })),
    rows,
  });
  spec.columns.forEach((column, j) => {
    const letter = columnLetters(layout.firstColumn + j);
    for (let r = layout.headerRow + 1; r <= layout.lastRow; r++) {
      const cell = worksheet.getCell(`${letter}${r}`);
      if (column.format) cell.numFmt = column.format;
      if (!column.formula) style(cell, "input");
      else cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL.result as string } };
      if (column.validation) cell.dataValidation = validation(column.validation, language);
      if (column.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    }
    const rules = spec.colours?.[column.key];
    if (rules) colourRules(worksheet, `${letter}${layout.headerRow + 1}:${letter}${layout.lastRow}`, rules);
  });
}

/** A loose cell's value, its text through {@link safeText} like every text of a workbook. */
const safeCell = <T>(value: T): T => (typeof value === "string" ? (safeText(value) as T) : value);

function renderCell(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  spec: CellSpec,
  refs: Refs,
  sheetName: string,
  cached: Cached,
): void {
  const cell = worksheet.getCell(spec.at);
  if (spec.formula) cell.value = withResult(spec.formula(refs), cached(spec.at));
  else if (spec.value !== undefined)
    cell.value = safeCell(isBilingual(spec.value) ? spec.value[refs.language] : spec.value);
  style(cell, spec.role);
  if (spec.format) cell.numFmt = spec.format;
  if (spec.validation) cell.dataValidation = validation(spec.validation, refs.language);
  if (spec.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
  if (spec.colours) colourRules(worksheet, spec.at, spec.colours);
  if (spec.name) {
    const { row, column } = parseA1(spec.at);
    workbook.definedNames.add(`'${sheetName}'!$${columnLetters(column)}$${row}`, spec.name);
  }
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec, refs: Refs, values: CachedValues): void {
  const name = sheet.name[refs.language];
  const cached: Cached = (address) => values[`${name}!${address}`];
  const worksheet = workbook.addWorksheet(name, {
    views: sheet.freezeRows ? [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }] : [],
    pageSetup: {
      paperSize: 9,
      orientation: sheet.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${name}&R&P / &N` },
  });
  for (const [letter, width] of Object.entries(sheet.widths ?? {})) worksheet.getColumn(letter).width = width;
  for (const table of sheet.tables ?? []) renderTable(worksheet, table, refs.language, cached);
  for (const cell of sheet.cells ?? []) renderCell(workbook, worksheet, cell, refs, name, cached);
  if (sheet.freezeRows) worksheet.pageSetup.printTitlesRow = `1:${sheet.freezeRows}`;
  if (sheet.printColumns) worksheet.pageSetup.printArea = sheet.printColumns;
  for (const scale of sheet.scales ?? []) colourScale(worksheet, scale);
  // A sheet of single cells is protected, without a password: its results cannot be typed over by mistake,
  // its inputs stay open (Review › Unprotect Sheet lifts it). A sheet with a table stays unprotected: Excel
  // grows no table on a protected sheet, and its computed columns are refilled by their calculated formula.
  if ((sheet.tables ?? []).length === 0 && (sheet.cells ?? []).some((cell) => cell.formula))
    void worksheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
}

/**
 * Renders a template in one language.
 *
 * @param template - the spec
 * @param language - "en" or "fr"
 * @param values - each formula cell's value to store with it (`Sheet!A1` → value), as a spreadsheet engine
 *   computed it from this file's inputs; a formula cell without one is stored without a value
 * @returns the .xlsx file's bytes
 */
export async function renderTemplate(
  template: TemplateSpec,
  language: Language,
  values: CachedValues = {},
): Promise<Uint8Array> {
  // A fixed date, so that rendering the same template twice gives the same file.
  const workbook = newWorkbook(ExcelJS, {
    title: template.title[language],
    created: new Date(Date.UTC(2026, 0, 1)),
  });
  const refs = refsFor(template, language);
  for (const sheet of template.sheets) renderSheet(workbook, sheet, refs, values);
  const tables = template.sheets.flatMap((sheet) => sheet.tables ?? []);
  const charts = template.sheets.flatMap((sheet) =>
    (sheet.charts ?? []).map((chart): ChartToWrite => ({
      ...chart,
      sheet: sheet.name[language],
      title: chart.title[language],
    })),
  );
  const file = withDefinedNames(
    withCalculatedColumns(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      new Map(tables.map((table) => [table.name, columnFormulas(table, language)])),
      workbook.created,
    ),
    new Map((template.names ?? []).map((name) => [name.name, name.formula(refs)])),
    workbook.created,
  );
  return withCharts(file, charts, workbook.created);
}
