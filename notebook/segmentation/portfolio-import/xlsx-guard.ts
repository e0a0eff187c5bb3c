/**
 * The inspection of an .xlsx before exceljs parses it. exceljs reads a whole workbook into objects, a cell
 * object for every cell a merged area covers, so a 6.7 KB file merging D1:XFD1048576 holds the pane for good;
 * here the zip and its sheets are read as text, with every size bounded, and a file beyond
 * {@link PORTFOLIO_LIMITS} is refused with the limit it passes:
 * - the parts' declared unpacked sizes, in total, before anything is inflated; then each part is inflated in
 *   slices and refused as soon as it holds more than it declared;
 * - each sheet's `<dimension>`, its rows, its cells, its merged areas;
 * - each text (shared string, inline string, cell value) longer than a cell of Excel holds.
 * Pure: no DOM.
 */
import { Inflate, strFromU8 } from "fflate";
import type { Bilingual } from "../../../functions/excel/language";
import { PORTFOLIO_LIMITS } from "./limits";
import { tooLargeUnpacked, tooLongText, tooManyRows, tooMuchMerged, tooWide } from "./problems";

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressed: Uint8Array;
  readonly size: number;
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/** The entries of a zip's central directory; `undefined` when the bytes are not a zip this can read. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== 0x06054b50) {
    if (bytes.length - end > 65_558) return undefined;
    end--;
  }
  if (end < 0) return undefined;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) return undefined;
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    // 0xFFFFFFFF is a Zip64 size: far beyond any limit here.
    const size = u32(bytes, at + 24) === 0xffffffff ? Infinity : u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = u32(bytes, at + 42);
    const data = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    entries.push({ name, method, size, compressed: bytes.subarray(data, data + compressedSize) });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** 16 KB of deflate data inflate to 16.5 MB at most: the most one slice can add before the check. */
const SLICE = 16 * 1024;

/** A part's bytes, inflated in slices; `undefined` as soon as it holds more than it declared. */
function inflated(entry: ZipEntry): Uint8Array | undefined {
  if (entry.method === 0) return entry.compressed.length > entry.size ? undefined : entry.compressed;
  const out = new Uint8Array(entry.size);
  let length = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    if (over || length + chunk.length > out.length) over = true;
    else out.set(chunk, length);
    length += chunk.length;
  });
  const data = entry.compressed;
  for (let at = 0; at < data.length && !over; at += SLICE)
    inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  return over ? undefined : out.subarray(0, length);
}

/** `XFD1048576` → [16384, 1048576]; `undefined` for anything else. */
function cellAt(reference: string): [number, number] | undefined {
  const found = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(reference.trim());
  if (!found?.[1] || !found[2]) return undefined;
  let column = 0;
  for (const letter of found[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return [column, Number(found[2])];
}

/** The columns and rows of an `A1:B2` area (a single cell is 1 × 1); `undefined` when unreadable. */
function areaOf(reference: string): { columns: number; rows: number } | undefined {
  const [from = "", to = from] = reference.split(":");
  const start = cellAt(from);
  const end = cellAt(to);
  if (start === undefined || end === undefined) return undefined;
  return { columns: Math.abs(end[0] - start[0]) + 1, rows: Math.abs(end[1] - start[1]) + 1 };
}

/** Whether an XML fragment's text, entities counted as one character, is longer than a cell holds. */
function tooLong(fragment: string): boolean {
  if (fragment.length <= PORTFOLIO_LIMITS.cellText) return false;
  const text = fragment.replace(/<[^>]*>/g, "").replace(/&[^;]{1,10};/g, "_");
  return text.length > PORTFOLIO_LIMITS.cellText;
}

/** The texts of the shared strings or a sheet: one `<si>` or `<is>` item, or one run of text. */
function holdsTooLongText(xml: string): boolean {
  // The runs of text between tags, found by a scan: a regular expression counting 32,768 characters or more
  // (`>[^<]{32768,}<`) overflows V8's stack on a run of millions of characters, the very file it must refuse.
  for (let open = xml.indexOf(">"); open !== -1;) {
    const close = xml.indexOf("<", open + 1);
    const end = close === -1 ? xml.length : close;
    if (end - open - 1 > PORTFOLIO_LIMITS.cellText && tooLong(xml.slice(open + 1, end))) return true;
    open = close === -1 ? -1 : xml.indexOf(">", close);
  }
  for (const item of xml.matchAll(/<(si|is)>([\s\S]*?)<\/\1>/g)) if (tooLong(item[2] ?? "")) return true;
  return false;
}

/** The problem with a sheet's XML, if any: its size, its rows, its cells, its merged areas, its texts. */
function sheetProblem(name: string, xml: string): Bilingual | undefined {
  const dimension = /<dimension\b[^>]*\bref="([^"]*)"/.exec(xml)?.[1];
  const declared = dimension === undefined ? undefined : areaOf(dimension);
  // The header row is not one of the rows under the headers.
  if (declared !== undefined && declared.rows - 1 > PORTFOLIO_LIMITS.rows)
    return tooManyRows(declared.rows - 1, name);
  if (declared !== undefined && declared.columns > PORTFOLIO_LIMITS.columns)
    return tooWide(name, "columns", declared.columns);
  let rows = 0;
  let lastRow = 0;
  for (const row of xml.matchAll(/<row\b[^>]*?(?:\br="(\d+)")?[^>]*>/g)) {
    rows++;
    lastRow = row[1] === undefined ? lastRow + 1 : Number(row[1]);
    if (rows - 1 > PORTFOLIO_LIMITS.rows || lastRow - 1 > PORTFOLIO_LIMITS.rows)
      return tooManyRows(PORTFOLIO_LIMITS.rows, name, true);
  }
  let cells = 0;
  for (const cell of xml.matchAll(/<c\b[^>]*?(?:\br="([A-Z]{1,3})\d+")?[^>]*>/g)) {
    if (++cells > PORTFOLIO_LIMITS.cells) return tooWide(name, "cells", cells);
    const column = cell[1] === undefined ? undefined : cellAt(`${cell[1]}1`)?.[0];
    if (column !== undefined && column > PORTFOLIO_LIMITS.columns) return tooWide(name, "columns", column);
  }
  let merged = 0;
  let largest = { cells: 0, ref: "" };
  for (const merge of xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]*)"/g)) {
    const area = areaOf(merge[1] ?? "");
    if (area === undefined) continue;
    const covered = area.columns * area.rows;
    merged += covered;
    if (covered > largest.cells) largest = { cells: covered, ref: merge[1] ?? "" };
  }
  if (merged > PORTFOLIO_LIMITS.mergedCells) return tooMuchMerged(name, merged, largest.ref);
  if (holdsTooLongText(xml)) return tooLongText({ sheet: name });
  return undefined;
}

/** The sheets' names by part, from the workbook and its relationships; the part's file name otherwise. */
function sheetNames(parts: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const rel of (parts.get("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(rel[0])?.[1];
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const sheet of (parts.get("xl/workbook.xml") ?? "").matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(sheet[0])?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, name.replace(/&amp;/g, "&"));
  }
  return names;
}

/**
 * Why an .xlsx must not be handed to exceljs, before it is parsed; `undefined` when it is within every limit
 * of {@link PORTFOLIO_LIMITS} (or is not a zip at all: exceljs then says it cannot read it).
 *
 * @param bytes - the file's bytes
 * @returns the refusal, or `undefined`
 * @example
 * inspectXlsx(new TextEncoder().encode("Account,ARR"))
 * //=> undefined
 */
export function inspectXlsx(bytes: Uint8Array): Bilingual | undefined {
  const entries = zipEntries(bytes);
  if (entries === undefined) return undefined;
  const declared = entries.reduce((total, entry) => total + entry.size, 0);
  if (declared > PORTFOLIO_LIMITS.unpackedBytes) return tooLargeUnpacked(declared);
  const texts = new Map<string, string>();
  for (const entry of entries) {
    const content = inflated(entry);
    if (content === undefined) return tooLargeUnpacked(undefined);
    if (
      /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(
        entry.name,
      )
    )
      texts.set(entry.name, strFromU8(content));
  }
  const names = sheetNames(texts);
  for (const [part, xml] of texts) {
    if (!part.startsWith("xl/worksheets/")) continue;
    const problem = sheetProblem(names.get(part) ?? part.replace(/^.*\/|\.xml$/g, ""), xml);
    if (problem !== undefined) return problem;
  }
  const shared = texts.get("xl/sharedStrings.xml");
  if (shared !== undefined && holdsTooLongText(shared)) return tooLongText({});
  return undefined;
}
