/**
 * What CSM Kit owns in a workbook, and whether it may write there: the rules both adapters share (no
 * office-js here). The add-in records the sheets, tables and defined names it created in one document
 * setting; anything not recorded is the user's and is never changed.
 *
 * One exception, made only on the person's explicit request: a formula column added at the right edge of a
 * user's table (`WorkbookPort.appendColumn`), over cells that were empty. The add-in records that
 * column (its table and header) and from then on may update that column's formula, and nothing else of the
 * table. A record without columns (written before this existed) reads as owning none.
 */
import { z } from "zod";
import { WorkbookError, type CellValue, type FormulaColumn, type TableWrite } from "./workbook-port";
import { columnNumber, MAX_COLUMNS, MAX_ROWS } from "../functions/excel/a1";
import { boxContains, type CellBox } from "./table-layout";
import { notOwned, problem, unreadableOwnership } from "./workbook-messages";

/** The record kept as JSON in the document setting {@link OWNERSHIP_SETTING}. */
export interface OwnershipRegistry {
  readonly version: 1;
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
  /**
   * The columns the add-in added to the user's tables, on the person's request. Absent when there are
   * none, and in records written before columns could be added (which still read).
   */
  readonly columns?: readonly OwnedColumn[];
}

/** A column the add-in added to a table of the user's: the table's name and the column's header. */
export interface OwnedColumn {
  readonly table: string;
  readonly header: string;
}

/** Which part of the registry a name belongs to. */
export type OwnedKind = "sheets" | "tables" | "names";

/** The registry as read from the document, and why it could not be read when it could not. */
export interface OwnershipReading {
  readonly registry: OwnershipRegistry;
  /** Set when a value was stored but is unreadable: the add-in then owns nothing. */
  readonly problem: WorkbookError | undefined;
}

/** The registry of a workbook where the add-in has created nothing yet. */
export const NO_OWNERSHIP: OwnershipRegistry = { version: 1, sheets: [], tables: [], names: [] };

/** The document setting where an unreadable registry is set aside before a fresh one replaces it. */
export const UNREADABLE_OWNERSHIP_SETTING = "csmkit.owned.unreadable";

const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

/**
 * Folds a sheet, table or defined name the way Excel compares them: case-insensitively.
 *
 * @param name - the name as typed
 * @returns a key equal for names Excel treats as the same
 * @example
 * foldName("Plan_Scores")
 * //=> "plan_scores"
 */
export function foldName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Tells whether two names are the same to Excel (case-insensitive).
 *
 * @param a - one name
 * @param b - another name
 * @returns true when Excel would treat them as one name
 * @example
 * sameName("Scores", "SCORES")
 * //=> true
 */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

/**
 * Reads the ownership registry from the stored setting, defensively: nothing stored means nothing owned
 * yet; a value that is not a version-1 registry is reported and treated as owning nothing, so that an
 * unreadable record can never make the add-in overwrite the user's work.
 *
 * @param stored - the setting's value as the host returned it (JSON text, or already parsed), or `undefined`
 * @returns the registry, and the problem when the stored value was unreadable
 * @example
 * readOwnership('{"version":1,"sheets":["Plan"],"tables":["Scores"],"names":[]}').registry.tables
 * //=> ["Scores"]
 * @example
 * readOwnership("{not json").problem?.reason
 * //=> "unreadable"
 * @example
 * readOwnership('{"version":1,"sheets":[],"tables":[],"names":[],"columns":[{"table":"Portfolio","header":"Tier"}]}').registry.columns
 * //=> [{ table: "Portfolio", header: "Tier" }]
 */
export function readOwnership(stored: unknown): OwnershipReading {
  if (stored === undefined || stored === null || stored === "") {
    return { registry: NO_OWNERSHIP, problem: undefined };
  }
  let parsed: unknown = stored;
  if (typeof stored === "string") {
    try {
      parsed = JSON.parse(stored);
    } catch {
      return { registry: NO_OWNERSHIP, problem: unreadableOwnership() };
    }
  }
  const registry = asRegistry(parsed);
  return registry === undefined
    ? { registry: NO_OWNERSHIP, problem: unreadableOwnership() }
    : { registry, problem: undefined };
}

/** The stored record's shape (version 1); unknown keys are dropped, as earlier versions did. */
const REGISTRY_SCHEMA = z.object({
  version: z.literal(1),
  sheets: z.array(z.string()),
  tables: z.array(z.string()),
  names: z.array(z.string()),
  columns: z.array(z.object({ table: z.string(), header: z.string() })).optional(),
});

function asRegistry(value: unknown): OwnershipRegistry | undefined {
  const parsed = REGISTRY_SCHEMA.safeParse(value);
  if (!parsed.success) return undefined;
  const { sheets, tables, names, columns } = parsed.data;
  return columns === undefined || columns.length === 0
    ? { version: 1, sheets, tables, names }
    : { version: 1, sheets, tables, names, columns };
}

/**
 * Serialises a registry for the document setting. The added columns are written only when there are some,
 * so that a record without them stays as earlier versions wrote it (they read it back, ignoring columns).
 *
 * @param registry - what the add-in owns
 * @returns JSON text that {@link readOwnership} reads back
 * @example
 * writeOwnership({ version: 1, sheets: [], tables: ["Scores"], names: [] })
 * //=> '{"version":1,"sheets":[],"tables":["Scores"],"names":[]}'
 * @example
 * writeOwnership({ version: 1, sheets: [], tables: [], names: [], columns: [{ table: "Portfolio", header: "Tier" }] })
 * //=> '{"version":1,"sheets":[],"tables":[],"names":[],"columns":[{"table":"Portfolio","header":"Tier"}]}'
 */
export function writeOwnership(registry: OwnershipRegistry): string {
  const columns = registry.columns ?? [];
  return JSON.stringify({
    version: 1,
    sheets: registry.sheets,
    tables: registry.tables,
    names: registry.names,
    ...(columns.length > 0
      ? { columns: columns.map((column) => ({ table: column.table, header: column.header })) }
      : {}),
  });
}

/**
 * Tells whether the add-in owns a sheet, table or defined name (compared as Excel does, ignoring case).
 *
 * @param registry - what the add-in owns
 * @param kind - sheets, tables or names
 * @param name - the name to look for
 * @returns true when recorded as the add-in's
 * @example
 * isOwned({ version: 1, sheets: ["Plan"], tables: [], names: [] }, "sheets", "PLAN")
 * //=> true
 */
export function isOwned(registry: OwnershipRegistry, kind: OwnedKind, name: string): boolean {
  return registry[kind].some((owned) => sameName(owned, name));
}

/**
 * Records a name as the add-in's; returns the same registry when it was already recorded.
 *
 * @param registry - what the add-in owns
 * @param kind - sheets, tables or names
 * @param name - the name it created
 * @returns the registry including that name
 * @example
 * withOwned({ version: 1, sheets: [], tables: [], names: [] }, "tables", "Scores").tables
 * //=> ["Scores"]
 */
export function withOwned(registry: OwnershipRegistry, kind: OwnedKind, name: string): OwnershipRegistry {
  if (isOwned(registry, kind, name)) return registry;
  return { ...registry, [kind]: [...registry[kind], name] };
}

/**
 * Checks a table or defined name against Excel's rules: it starts with a letter, `_` or `\`; then letters,
 * digits, `_` and `.`; at most 255 characters; and it is not a cell reference (`A1`, `XFD1048576`, `R1C1`,
 * `R`, `C`).
 *
 * @param name - the proposed name
 * @param what - what the name is for, in the message ("table" or "defined name")
 * @returns the reason it is refused, or `undefined` when Excel accepts it
 * @example
 * excelNameProblem("Scores_2025", "table")
 * //=> undefined
 * @example
 * excelNameProblem("Q1", "table")?.reason
 * //=> "invalid-name"
 */
export function excelNameProblem(name: string, what: "table" | "defined name"): WorkbookError | undefined {
  if (name.length === 0) return problem("invalid-name", "name-blank", { what });
  if (name.length > 255) return problem("invalid-name", "name-too-long", { what, name });
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
    return problem("invalid-name", "name-characters", { what, name });
  if (isCellReference(name)) return problem("invalid-name", "name-is-reference", { what, name });
  return undefined;
}

function isCellReference(name: string): boolean {
  if (/^[rc]$|^r\d*c\d*$|^r\d+$|^c\d+$/i.test(name)) return true;
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(name);
  return a1 !== null && columnNumber(a1[1] ?? "") !== undefined;
}

/**
 * Checks a sheet name against Excel's rules: 1 to 31 characters, none of `[ ] : * ? / \`, not blank, not
 * starting or ending with an apostrophe, and not `History` (reserved by Excel).
 *
 * @param name - the proposed sheet name
 * @returns the reason it is refused, or `undefined` when Excel accepts it
 * @example
 * sheetNameProblem("Plan 2025")
 * //=> undefined
 * @example
 * sheetNameProblem("Plan/2025")?.reason
 * //=> "invalid-name"
 */
export function sheetNameProblem(name: string): WorkbookError | undefined {
  if (name.trim().length === 0) return problem("invalid-name", "sheet-blank", {});
  if (name.length > 31) return problem("invalid-name", "sheet-too-long", { name });
  if (/[[\]:*?/\\]/.test(name)) return problem("invalid-name", "sheet-characters", { name });
  if (name.startsWith("'") || name.endsWith("'"))
    return problem("invalid-name", "sheet-apostrophe", { name });
  if (sameName(name, "History")) return problem("invalid-name", "sheet-reserved", { name });
  return undefined;
}

/**
 * Checks everything about a table write that can be checked without the workbook: the table and sheet
 * names, the headers (not blank, unique ignoring case), the formulas, the row shape (exactly one value per
 * column on every row), the values (finite numbers, text Excel can hold) and the size of the grid.
 *
 * @param table - the table as the add-in asks for it
 * @returns the first problem found, or `undefined` when the write may go ahead
 * @example
 * tableWriteProblem({ name: "Scores", sheet: "Plan", columns: [{ header: "Score" }], rows: [[1], [2, 3]] })?.reason
 * //=> "invalid-shape"
 */
export function tableWriteProblem(table: TableWrite): WorkbookError | undefined {
  const nameProblem = excelNameProblem(table.name, "table") ?? sheetNameProblem(table.sheet);
  if (nameProblem !== undefined) return nameProblem;
  const { columns, rows } = table;
  if (columns.length === 0) return problem("invalid-shape", "no-columns", { table: table.name });
  if (columns.length > MAX_COLUMNS || rows.length + 2 > MAX_ROWS) {
    return problem("invalid-shape", "too-large", { table: table.name });
  }
  const seen = new Set<string>();
  for (const column of columns) {
    if (column.header.trim().length === 0 || column.header.length > 255) {
      return problem("invalid-name", "header-blank", { table: table.name });
    }
    const key = foldName(column.header);
    if (seen.has(key))
      return problem("invalid-name", "header-duplicate", { table: table.name, header: column.header });
    seen.add(key);
    const formula = column.formula;
    if (formula !== undefined && (!formula.startsWith("=") || formula.length > MAX_FORMULA)) {
      return problem("invalid-shape", "formula", { table: table.name, header: column.header });
    }
  }
  for (const [index, row] of rows.entries()) {
    if (!Array.isArray(row) || row.length !== columns.length) {
      const found = Array.isArray(row) ? row.length : 0;
      return problem("invalid-shape", "row-length", {
        table: table.name,
        row: index + 1,
        found,
        expected: columns.length,
      });
    }
    const column = row.findIndex((value) => !isStorable(value));
    if (column >= 0) {
      return problem("invalid-shape", "cell-value", {
        table: table.name,
        row: index + 1,
        header: columns[column]?.header ?? "",
      });
    }
  }
  return undefined;
}

function isStorable(value: unknown): value is CellValue {
  if (value === null || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && value.length <= MAX_TEXT;
}

/** What the workbook holds under the names a table write asks for. */
export interface WriteFacts {
  /** The sheet of the requested name as the workbook spells it, when there is one. */
  readonly sheet: string | undefined;
  /** The table of the requested name as the workbook spells it, wherever it is, when there is one. */
  readonly table: string | undefined;
  /** True when a defined name has the table's spelling (tables and names share one namespace in Excel). */
  readonly definedName: boolean;
}

/** What a table write does: create the table (and its sheet), update the add-in's table, or refuse. */
export type WriteDecision =
  | { readonly action: "create"; readonly sheet: string; readonly createSheet: boolean }
  | { readonly action: "update"; readonly table: string }
  | { readonly action: "refuse"; readonly error: WorkbookError };

/**
 * Decides what a table write may do, from what the workbook holds and what the add-in owns: update the
 * table in place when the add-in created it; create it (on a new sheet, or on a sheet the add-in created)
 * when the name is free; otherwise refuse, so that nothing of the user's is ever changed. An update must
 * still pass {@link wrongSheetProblem} once the table's sheet is known.
 *
 * @param table - the table as asked for (already checked by {@link tableWriteProblem})
 * @param ownership - the registry as read, with its problem when unreadable
 * @param facts - what the workbook holds under those names
 * @returns the decision
 * @example
 * decideWrite({ name: "Scores", sheet: "Plan", columns: [], rows: [] }, { registry: { version: 1, sheets: [], tables: [], names: [] }, problem: undefined }, { sheet: undefined, table: undefined, definedName: false }).action
 * //=> "create"
 * @example
 * decideWrite({ name: "Scores", sheet: "Plan", columns: [], rows: [] }, { registry: { version: 1, sheets: [], tables: [], names: [] }, problem: undefined }, { sheet: undefined, table: "SCORES", definedName: false }).action
 * //=> "refuse"
 */
export function decideWrite(
  table: TableWrite,
  ownership: OwnershipReading,
  facts: WriteFacts,
): WriteDecision {
  const unreadable = ownership.problem !== undefined;
  if (facts.table !== undefined) {
    return isOwned(ownership.registry, "tables", facts.table)
      ? { action: "update", table: facts.table }
      : { action: "refuse", error: notOwned("table", facts.table, unreadable) };
  }
  if (facts.definedName) {
    return { action: "refuse", error: problem("invalid-name", "name-taken-by-name", { name: table.name }) };
  }
  if (facts.sheet === undefined) return { action: "create", sheet: table.sheet, createSheet: true };
  return isOwned(ownership.registry, "sheets", facts.sheet)
    ? { action: "create", sheet: facts.sheet, createSheet: false }
    : { action: "refuse", error: notOwned("sheet", facts.sheet, unreadable) };
}

/**
 * Refuses to move the add-in's table to another sheet: an update happens where the table is.
 *
 * @param table - the table as asked for
 * @param actualSheet - the sheet that holds the add-in's table of that name
 * @returns the refusal, or `undefined` when the table is on the requested sheet
 * @example
 * wrongSheetProblem({ name: "Scores", sheet: "plan", columns: [], rows: [] }, "Plan")
 * //=> undefined
 */
export function wrongSheetProblem(table: TableWrite, actualSheet: string): WorkbookError | undefined {
  return sameName(table.sheet, actualSheet)
    ? undefined
    : problem("invalid-name", "table-elsewhere", {
        name: table.name,
        sheet: actualSheet,
        wanted: table.sheet,
      });
}

/**
 * Decides whether the add-in may create or update a defined name: its own names are updated, a free name
 * is created, and a user's name (or a table of the same spelling) is refused.
 *
 * @param name - the defined name
 * @param ownership - the registry as read
 * @param facts - whether a defined name or a table of that spelling exists
 * @returns "create", "update", or the refusal
 * @example
 * decideName("Target", { registry: { version: 1, sheets: [], tables: [], names: ["target"] }, problem: undefined }, { exists: true, table: false })
 * //=> "update"
 */
export function decideName(
  name: string,
  ownership: OwnershipReading,
  facts: { readonly exists: boolean; readonly table: boolean },
): "create" | "update" | WorkbookError {
  const invalid = excelNameProblem(name, "defined name");
  if (invalid !== undefined) return invalid;
  if (facts.exists) {
    return isOwned(ownership.registry, "names", name)
      ? "update"
      : notOwned("name", name, ownership.problem !== undefined);
  }
  return facts.table ? problem("invalid-name", "name-taken-by-table", { name }) : "create";
}

/**
 * Refuses to grow a table over cells that are not its own: when the rectangle it needs holds anything
 * outside the table's current cells (the user's content or another table), the update stops.
 *
 * @param table - the table being updated
 * @param current - its cells now
 * @param usedInTarget - the rectangle around the non-empty cells of the area it needs, `undefined` when empty
 * @returns the refusal, or `undefined` when the table may grow
 * @example
 * growthProblem({ name: "Scores", sheet: "Plan", columns: [], rows: [] }, { row: 0, column: 0, rowCount: 3, columnCount: 2 }, { row: 0, column: 0, rowCount: 3, columnCount: 2 })
 * //=> undefined
 */
export function growthProblem(
  table: TableWrite,
  current: CellBox,
  usedInTarget: CellBox | undefined,
): WorkbookError | undefined {
  if (usedInTarget === undefined || boxContains(current, usedInTarget)) return undefined;
  return problem("not-owned", "no-room", { name: table.name, sheet: table.sheet });
}

/**
 * Tells whether the add-in may change a column of a table: every column of a table it created, and a column
 * it added to a user's table (compared as Excel does, ignoring case).
 *
 * @param registry - what the add-in owns
 * @param table - the table's name
 * @param header - the column's header
 * @returns true when the column is the add-in's
 * @example
 * isOwnedColumn({ version: 1, sheets: [], tables: [], names: [], columns: [{ table: "Portfolio", header: "Tier" }] }, "PORTFOLIO", "tier")
 * //=> true
 */
export function isOwnedColumn(registry: OwnershipRegistry, table: string, header: string): boolean {
  if (isOwned(registry, "tables", table)) return true;
  return (registry.columns ?? []).some(
    (column) => sameName(column.table, table) && sameName(column.header, header),
  );
}

/**
 * Records a column the add-in added to a user's table; returns the same registry when the add-in already
 * owns it (recorded, or in a table it created).
 *
 * @param registry - what the add-in owns
 * @param table - the table's name
 * @param header - the column's header
 * @returns the registry including that column
 * @example
 * withOwnedColumn({ version: 1, sheets: [], tables: [], names: [] }, "Portfolio", "Tier").columns
 * //=> [{ table: "Portfolio", header: "Tier" }]
 */
export function withOwnedColumn(
  registry: OwnershipRegistry,
  table: string,
  header: string,
): OwnershipRegistry {
  if (isOwnedColumn(registry, table, header)) return registry;
  return { ...registry, columns: [...(registry.columns ?? []), { table, header }] };
}

/**
 * Checks a column to append before looking at the workbook: a header Excel accepts (not blank, at most 255
 * characters) and a formula (starting with `=`, at most 8,192 characters).
 *
 * @param table - the table's name, for the message
 * @param column - the column to append
 * @returns the first problem found, or `undefined` when the column may be added
 * @example
 * formulaColumnProblem("Portfolio", { header: " ", formula: "=1" })?.reason
 * //=> "invalid-name"
 * @example
 * formulaColumnProblem("Portfolio", { header: "Tier", formula: "[@ARR]" })?.reason
 * //=> "invalid-shape"
 */
export function formulaColumnProblem(table: string, column: FormulaColumn): WorkbookError | undefined {
  if (column.header.trim().length === 0 || column.header.length > 255) {
    return problem("invalid-name", "header-blank", { table });
  }
  if (!column.formula.startsWith("=") || column.formula.length > MAX_FORMULA) {
    return problem("invalid-shape", "formula", { table, header: column.header });
  }
  return undefined;
}

/**
 * The refusal when a table asked for by name is not in the workbook.
 *
 * @param name - the table's name as asked for
 * @returns a `not-found` error
 * @example
 * tableNotFound("Portfolio").text.en
 * //=> 'There is no table named "Portfolio" in this workbook. Check its name (Table Design › Table Name), then try again.'
 */
export function tableNotFound(name: string): WorkbookError {
  return new WorkbookError("not-found", {
    en: `There is no table named "${name}" in this workbook. Check its name (Table Design › Table Name), then try again.`,
    fr: `Il n'y a pas de tableau nommé « ${name} » dans ce classeur. Vérifiez son nom (Création de tableau › Nom du tableau), puis réessayez.`,
  });
}

/** What the workbook holds where a column is to be appended. */
export interface AppendFacts {
  /** The table's name as the workbook spells it. */
  readonly table: string;
  /** The sheet that holds it. */
  readonly sheet: string;
  /** Its headers now, left to right. */
  readonly headers: readonly string[];
  /** True when every cell of the column right of the table (header, data and totals rows) is empty. */
  readonly free: boolean;
}

/** What appending a column does: add it, update the add-in's column at `index`, or refuse. */
export type AppendDecision =
  | { readonly action: "add" }
  | { readonly action: "update"; readonly index: number }
  | { readonly action: "refuse"; readonly error: WorkbookError };

/**
 * Decides what appending a column may do: update the column when the table already has one of that header
 * and the add-in owns it; refuse when that column is the user's; otherwise add it, but only over empty
 * cells, so that nothing of the user's is ever overwritten.
 *
 * @param column - the column to append (already checked by {@link formulaColumnProblem})
 * @param ownership - the registry as read, with its problem when unreadable
 * @param facts - the table, its headers and whether the column right of it is empty
 * @returns the decision
 * @example
 * decideAppend({ header: "Tier", formula: "=1" }, { registry: { version: 1, sheets: [], tables: [], names: [] }, problem: undefined }, { table: "Portfolio", sheet: "Accounts", headers: ["Account"], free: true })
 * //=> { action: "add" }
 * @example
 * decideAppend({ header: "Tier", formula: "=1" }, { registry: { version: 1, sheets: [], tables: [], names: [], columns: [{ table: "Portfolio", header: "Tier" }] }, problem: undefined }, { table: "Portfolio", sheet: "Accounts", headers: ["Account", "TIER"], free: false })
 * //=> { action: "update", index: 1 }
 */
export function decideAppend(
  column: FormulaColumn,
  ownership: OwnershipReading,
  facts: AppendFacts,
): AppendDecision {
  const index = facts.headers.findIndex((header) => sameName(header, column.header));
  if (index >= 0) {
    return isOwnedColumn(ownership.registry, facts.table, column.header)
      ? { action: "update", index }
      : {
          action: "refuse",
          error: columnNotOwned(facts.table, facts.headers[index] ?? column.header, ownership.problem),
        };
  }
  if (facts.free) return { action: "add" };
  return {
    action: "refuse",
    error: new WorkbookError("not-owned", {
      en:
        `CSM Kit would add the column "${column.header}" to the right of the table "${facts.table}" on ` +
        `"${facts.sheet}", but it would cover cells that are not its own: cells right next to the table hold ` +
        "content, which CSM Kit will not overwrite. Move that content (or the table) away, then run again.",
      fr:
        `CSM Kit ajouterait la colonne « ${column.header} » à droite du tableau « ${facts.table} » sur ` +
        `« ${facts.sheet} », mais elle recouvrirait des cellules qui ne sont pas à lui : les cellules juste à ` +
        "droite du tableau contiennent des données, que CSM Kit n'écrasera pas. Déplacez ces données (ou le " +
        "tableau), puis relancez.",
    }),
  };
}

function columnNotOwned(table: string, header: string, unreadable: WorkbookError | undefined): WorkbookError {
  const why =
    unreadable === undefined
      ? { en: "", fr: "" }
      : {
          en: " CSM Kit could not read its record of what it added, so it treats every column as yours.",
          fr: " CSM Kit n'a pas pu lire son registre de ce qu'il a ajouté : il considère donc que chaque colonne vous appartient.",
        };
  return new WorkbookError("not-owned", {
    en:
      `The table "${table}" already has a column "${header}", which is yours, not CSM Kit's, so CSM Kit will ` +
      `not change it.${why.en} Choose another name for CSM Kit's column, or rename yours, then run again.`,
    fr:
      `Le tableau « ${table} » a déjà une colonne « ${header} », qui vous appartient et non à CSM Kit : CSM Kit ` +
      `ne la modifiera pas.${why.fr} Choisissez un autre nom pour la colonne de CSM Kit, ou renommez la vôtre, ` +
      "puis relancez.",
  });
}

/**
 * The refusal, on an Excel too old to resize tables (before ExcelApi 1.13), to add a column to a table with
 * content to its right in the same rows: there the column can only be inserted, and Excel may then move
 * that content one column to the right.
 *
 * @param table - the table's name
 * @param header - the column's header
 * @param sheet - the table's sheet
 * @returns a `not-owned` error
 * @example
 * insertWouldMoveProblem("Portfolio", "Tier", "Accounts").reason
 * //=> "not-owned"
 */
export function insertWouldMoveProblem(table: string, header: string, sheet: string): WorkbookError {
  return new WorkbookError("not-owned", {
    en:
      `This version of Excel can add the column "${header}" to the table "${table}" only by inserting cells, ` +
      `which may move the content to the right of the table on "${sheet}"; CSM Kit will not move your content. ` +
      "Update Excel (Excel 2021, Microsoft 365 or Excel on the web), or move that content away, then run again.",
    fr:
      `Cette version d'Excel ne peut ajouter la colonne « ${header} » au tableau « ${table} » qu'en insérant ` +
      `des cellules, ce qui peut déplacer les données situées à droite du tableau sur « ${sheet} » ; CSM Kit ne ` +
      "déplacera pas vos données. Mettez Excel à jour (Excel 2021, Microsoft 365 ou Excel pour le web), ou " +
      "déplacez ces données, puis relancez.",
  });
}
