// A model of what Excel does with the tables of an .xlsx file, at the level of the file's XML: the tables it
// holds, where they lie, and a person adding rows to one — inside it or just below it. Excel fills the computed
// cells of a new row from the `calculatedColumnFormula` the table part stores, and nothing else: a column without
// one gets an empty cell. LibreOffice ignores that element, so tests grow a table here and then recalculate the
// file in LibreOffice. What the model cannot do faithfully (cells beside the rows that move, a formula that
// points at them by address), it refuses with an error instead of guessing.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { columnLetters, parseA1 } from "../../functions/excel/a1";
import { resolveTarget as resolve } from "../../xlsx/xml-parts";

type Parts = Record<string, Uint8Array>;

/** A table of the file, where it lies and what its columns compute. */
export interface TablePart {
  readonly name: string;
  /** The table part's path, e.g. `xl/tables/table1.xml`. */
  readonly path: string;
  /** The path of the sheet it is on, e.g. `xl/worksheets/sheet2.xml`. */
  readonly sheetPath: string;
  /** The sheet's name, as the workbook lists it. */
  readonly sheet: string;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly columns: readonly { readonly name: string; readonly formula?: string }[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);
const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const attribute = (tag: string, name: string): string | undefined => {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return found?.[1] === undefined ? undefined : unescape(found[1]);
};
const text = (parts: Parts, path: string): string => {
  const bytes = parts[path];
  if (bytes === undefined) throw new Error(`The file has no part ${path}.`);
  return strFromU8(bytes);
};

/** The sheets of the workbook: name and part path, in order. */
export function sheetsOf(parts: Parts): { name: string; path: string }[] {
  const workbook = text(parts, "xl/workbook.xml");
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const id = attribute(tag, "r:id");
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find(([r]) => attribute(r, "Id") === id)?.[0];
    return {
      name: attribute(tag, "name") ?? "",
      path: resolve("xl/workbook.xml", attribute(rel ?? "", "Target") ?? ""),
    };
  });
}

/**
 * Every table of the file.
 *
 * @param file - the .xlsx bytes
 */
export function tablesOf(file: Uint8Array): TablePart[] {
  return tableParts(unzipSync(file));
}

function tableParts(parts: Parts): TablePart[] {
  const tables: TablePart[] = [];
  for (const sheet of sheetsOf(parts)) {
    const relsPath = sheet.path.replace(/([^/]+)$/, "_rels/$1.rels");
    if (parts[relsPath] === undefined) continue;
    for (const [rel] of text(parts, relsPath).matchAll(/<Relationship\b[^>]*>/g)) {
      if (!attribute(rel, "Type")?.endsWith("/table")) continue;
      const path = resolve(sheet.path, attribute(rel, "Target") ?? "");
      const xml = text(parts, path);
      const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
      const [from = "", to = ""] = (attribute(tag, "ref") ?? "").split(":");
      const start = parseA1(from);
      const end = parseA1(to);
      const columns = [...xml.matchAll(/<tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map(
        ([, attributes = "", inner = ""]) => {
          const formula = /<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/.exec(
            inner,
          )?.[1];
          return {
            name: attribute(attributes, "name") ?? "",
            ...(formula === undefined ? {} : { formula: unescape(formula) }),
          };
        },
      );
      tables.push({
        name: attribute(tag, "name") ?? "",
        path,
        sheetPath: sheet.path,
        sheet: sheet.name,
        headerRow: start.row,
        lastRow: end.row,
        firstColumn: start.column,
        lastColumn: end.column,
        columns,
      });
    }
  }
  return tables;
}

/** A cell of a sheet's XML: its address, its whole element, its formula if any. */
interface CellXml {
  readonly row: number;
  readonly column: number;
  readonly xml: string;
  readonly formula?: string;
}

function cellsOf(sheet: string): CellXml[] {
  return [...sheet.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((match) => {
    const { row, column } = parseA1(attribute(match[1] ?? "", "r") ?? "");
    const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(match[2] ?? "")?.[1];
    return { row, column, xml: match[0], ...(formula === undefined ? {} : { formula: unescape(formula) }) };
  });
}

/** The text of a formula without its string constants and structured references (what is left can hold A1). */
function outsideStringsAndTables(formula: string): string {
  let out = "";
  for (let i = 0; i < formula.length; i++) {
    const char = formula.charAt(i);
    if (char === '"') {
      const end = formula.indexOf('"', i + 1);
      i = end < 0 ? formula.length : end;
      out += '""';
    } else if (char === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula.charAt(j) === "'") j++;
        else if (formula.charAt(j) === "[") depth++;
        else if (formula.charAt(j) === "]" && --depth === 0) break;
      }
      i = j;
      out += "[]";
    } else out += char;
  }
  return out;
}

/** A range a formula names by address: its sheet (undefined: the formula's own) and its corners. */
export interface AddressRef {
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly text: string;
}

/**
 * The cell and range addresses a formula holds (`B5`, `$C$2:$C$9`, `'Accounts'!A5`), outside its texts and
 * structured references; a name followed by `(` is a function (`LOG10(`), not an address.
 *
 * @param formula - the formula, without `=`
 */
export function addressesIn(formula: string): AddressRef[] {
  const body = outsideStringsAndTables(formula);
  const pattern =
    /(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w(])/g;
  const refs: AddressRef[] = [];
  for (const match of body.matchAll(pattern)) {
    const before = body.charAt((match.index ?? 0) - 1);
    if (/[\w.$]/.test(before)) continue;
    const first = parseA1((match[3] ?? "").replace(/\$/g, ""));
    const second = match[4] ? parseA1(match[4].replace(/\$/g, "")) : first;
    const sheet = match[1]?.replace(/''/g, "'") ?? match[2];
    refs.push({
      ...(sheet === undefined ? {} : { sheet }),
      top: Math.min(first.row, second.row),
      bottom: Math.max(first.row, second.row),
      left: Math.min(first.column, second.column),
      right: Math.max(first.column, second.column),
      text: match[0],
    });
  }
  return refs;
}

/** A formula cell of the file, with the sheet it is on. */
export interface FormulaXml {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/**
 * Every formula cell of every sheet, as stored.
 *
 * @param file - the .xlsx bytes
 */
export function formulasOf(file: Uint8Array): FormulaXml[] {
  const parts = unzipSync(file);
  return sheetsOf(parts).flatMap((sheet) =>
    cellsOf(text(parts, sheet.path)).flatMap((cell) =>
      cell.formula === undefined
        ? []
        : [
            {
              sheet: sheet.name,
              address: `${columnLetters(cell.column)}${cell.row}`,
              row: cell.row,
              column: cell.column,
              formula: cell.formula,
            },
          ],
    ),
  );
}

/** The input values of a row to add, by column header; computed columns are left to the table's formula. */
export type NewRow = Readonly<Record<string, string | number | boolean | null>>;

function valueXml(address: string, style: string, value: string | number | boolean | null): string {
  if (value === null) return `<c r="${address}"${style}/>`;
  if (typeof value === "number") return `<c r="${address}"${style}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${style} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
}

/** Moves an A1 range string's rows at or below `from` down by `by`, and stretches one that spans `from - 1`. */
function shiftRange(range: string, from: number, by: number, stretch: boolean): string {
  return range
    .split(" ")
    .map((piece) => {
      const [a = "", b = a] = piece.split(":");
      const start = parseA1(a.replace(/\$/g, ""));
      const end = parseA1(b.replace(/\$/g, ""));
      const top = start.row >= from ? start.row + by : start.row;
      const bottom = end.row >= from || (stretch && end.row === from - 1) ? end.row + by : end.row;
      const left = columnLetters(start.column);
      const right = columnLetters(end.column);
      return a === b && top === bottom ? `${left}${top}` : `${left}${top}:${right}${bottom}`;
    })
    .join(" ");
}

/**
 * A person adds rows to a table, as Excel does it: rows typed just below the table (`at` = the table's row
 * count, the default) or inserted inside it (`at` = the data row index they go before; not 0, since a row
 * inserted above the first takes the header's place in no table Excel draws). Input cells get the values given
 * by header; every column with a calculated column formula gets that formula; every other column stays empty.
 * The rows below move down, the table, its filter, and the conditional formats and validation over its rows grow.
 *
 * @param file - the .xlsx bytes
 * @param name - the table's name
 * @param rows - the new rows' input values by header
 * @param at - the data row index the new rows go before
 * @returns the new file
 * @throws Error when the model cannot add the rows faithfully: a header that is no input column, cells beside
 *   the rows that would move, a formula or defined name pointing by address at cells that would move
 */
export function addTableRows(
  file: Uint8Array,
  name: string,
  rows: readonly NewRow[],
  at?: number,
): Uint8Array {
  const parts = unzipSync(file);
  const table = tableParts(parts).find((t) => t.name === name);
  if (table === undefined) throw new Error(`The file has no table ${name}.`);
  const count = table.lastRow - table.headerRow;
  const index = at ?? count;
  if (index < 1 || index > count) throw new Error(`Rows go after the first data row of ${name}: ${index}.`);
  const from = table.headerRow + 1 + index;
  const by = rows.length;
  let sheet = text(parts, table.sheetPath);

  for (const cell of cellsOf(sheet)) {
    if (cell.row >= from && (cell.column < table.firstColumn || cell.column > table.lastColumn))
      throw new Error(
        `${name}: the cell ${columnLetters(cell.column)}${cell.row} beside the rows would move.`,
      );
  }
  // Excel keeps every formula pointing at the cells it pointed at; the model moves no address, so it refuses
  // a formula that points at the rows that move (or, for rows typed below, at the end of the table).
  for (const sheetInfo of sheetsOf(parts))
    for (const cell of cellsOf(text(parts, sheetInfo.path)))
      for (const ref of addressesIn(cell.formula ?? ""))
        if ((ref.sheet ?? sheetInfo.name) === table.sheet && ref.bottom >= from - (at === undefined ? 0 : 1))
          throw new Error(
            `${name}: ${sheetInfo.name}!${columnLetters(cell.column)}${cell.row} points at ${ref.text}, which the new rows would move or leave out.`,
          );
  const workbook = text(parts, "xl/workbook.xml");
  for (const [, definedName = "", target = ""] of workbook.matchAll(
    /<definedName\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/definedName>/g,
  ))
    for (const ref of addressesIn(unescape(target)))
      if (ref.sheet === table.sheet && ref.bottom >= from)
        throw new Error(`${name}: the defined name ${definedName} points at ${ref.text}, which would move.`);
  if (/<mergeCell\b/.test(sheet)) throw new Error(`${name}: the model does not move merged cells.`);

  // Move the rows at and below `from`.
  sheet = sheet.replace(/<row\b([^>]*?)\sr="(\d+)"/g, (whole, before: string, r: string) =>
    Number(r) >= from ? `<row${before} r="${Number(r) + by}"` : whole,
  );
  sheet = sheet.replace(
    /<c\b([^>]*?)\sr="([A-Z]+)(\d+)"/g,
    (whole, before: string, letters: string, r: string) =>
      Number(r) >= from ? `<c${before} r="${letters}${Number(r) + by}"` : whole,
  );
  // The new rows, styled as the row above, as Excel styles them.
  const styleOf = (column: number): string => {
    const above = cellsOf(sheet).find((c) => c.row === from - 1 && c.column === column);
    const s = above === undefined ? undefined : attribute(above.xml, "s");
    return s === undefined ? "" : ` s="${s}"`;
  };
  const newRows = rows.map((values, k) => {
    const r = from + k;
    for (const header of Object.keys(values)) {
      const column = table.columns.find((c) => c.name === header);
      if (column === undefined) throw new Error(`${name} has no column ${header}.`);
      if (column.formula !== undefined) throw new Error(`${name}: ${header} is computed, not typed.`);
    }
    const cells = table.columns.map((column, j) => {
      const address = `${columnLetters(table.firstColumn + j)}${r}`;
      const style = styleOf(table.firstColumn + j);
      if (column.formula !== undefined)
        return `<c r="${address}"${style}><f>${escape(column.formula)}</f></c>`;
      return valueXml(address, style, values[column.name] ?? null);
    });
    return `<row r="${r}">${cells.join("")}</row>`;
  });
  const rowsXml = [...sheet.matchAll(/<row\b[^>]*?\sr="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)];
  const next = rowsXml.find((m) => Number(m[1]) >= from + by);
  if (next?.index !== undefined)
    sheet = `${sheet.slice(0, next.index)}${newRows.join("")}${sheet.slice(next.index)}`;
  else sheet = sheet.replace("</sheetData>", `${newRows.join("")}</sheetData>`);
  // What covers the table's rows grows with it.
  sheet = sheet.replace(
    /\ssqref="([^"]*)"/g,
    (_, range: string) => ` sqref="${shiftRange(range, from, by, true)}"`,
  );
  sheet = sheet.replace(
    /<dimension ref="([^"]*)"/,
    (_, range: string) => `<dimension ref="${shiftRange(range, from, by, true)}"`,
  );
  parts[table.sheetPath] = strToU8(sheet);

  const grown = `${columnLetters(table.firstColumn)}${table.headerRow}:${columnLetters(table.lastColumn)}${table.lastRow + by}`;
  parts[table.path] = strToU8(
    text(parts, table.path).replace(/(<(?:table|autoFilter)\b[^>]*?\sref=")[^"]*"/g, `$1${grown}"`),
  );
  return zipSync(parts, { level: 1 });
}
