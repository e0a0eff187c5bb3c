// Reads the formula cells of an .xlsx straight from its XML: formula, cached value and whether it is an
// error. exceljs drops a cached result of 0, so a file's recalculated values are read here instead.
import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { XMLParser } from "fast-xml-parser";

export interface CachedCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  /** The cached value: a number, a text, a boolean, `{ error }` for an error value, or `undefined` if none. */
  readonly value: number | string | boolean | { error: string } | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["c", "row", "sheet", "Relationship", "si"].includes(name),
});

type Node = Record<string, unknown>;
const text = (node: unknown): string =>
  typeof node === "object" && node !== null ? String((node as Node)["#text"] ?? "") : String(node ?? "");

/**
 * Every cell of every sheet that holds a formula, with its cached value.
 *
 * @param path - the .xlsx file
 */
export function formulaCells(path: string): CachedCell[] {
  const files = unzipSync(readFileSync(path));
  const read = (name: string) => parser.parse(strFromU8(files[name] ?? new Uint8Array())) as Node;
  const workbook = read("xl/workbook.xml").workbook as Node;
  const rels = ((read("xl/_rels/workbook.xml.rels").Relationships as Node).Relationship ?? []) as Node[];
  const shared = files["xl/sharedStrings.xml"]
    ? (((read("xl/sharedStrings.xml").sst as Node).si ?? []) as Node[]).map((si) =>
        si.t !== undefined
          ? text(si.t)
          : (si.r as Node[] | Node | undefined)
            ? [si.r]
                .flat()
                .map((r) => text((r as Node).t))
                .join("")
            : "",
      )
    : [];
  const cells: CachedCell[] = [];
  for (const sheet of ((workbook.sheets as Node).sheet ?? []) as Node[]) {
    const rel = rels.find((r) => r.Id === sheet["r:id"]);
    const target = String(rel?.Target ?? "").replace(/^\/?(xl\/)?/, "");
    const data = (read(`xl/${target}`).worksheet as Node).sheetData;
    const rows = (typeof data === "object" && data !== null ? ((data as Node).row ?? []) : []) as Node[];
    // Shared formulas (`<f t="shared" si="0" ref="…">` then `<f t="shared" si="0"/>`): each cell of a group
    // is given the text of the group's first cell. The exporter shares only formulas without A1 references,
    // whose text is the same in every row.
    const sharedText = new Map<string, string>();
    for (const row of rows)
      for (const c of (row.c ?? []) as Node[]) {
        const f = c.f as Node | undefined;
        if (typeof f === "object" && f.t === "shared" && f.ref !== undefined)
          sharedText.set(String(f.si), text(f));
      }
    const formulaText = (f: unknown): string =>
      typeof f === "object" && f !== null && (f as Node).t === "shared" && text(f) === ""
        ? (sharedText.get(String((f as Node).si)) ?? "")
        : text(f);
    for (const row of rows)
      for (const c of (row.c ?? []) as Node[]) {
        if (c.f === undefined) continue;
        const raw = c.v === undefined ? undefined : text(c.v);
        const type = c.t;
        const value =
          raw === undefined
            ? undefined
            : type === "e"
              ? { error: raw }
              : type === "s"
                ? shared[Number(raw)]
                : type === "str" || type === "inlineStr"
                  ? raw
                  : type === "b"
                    ? raw === "1"
                    : Number(raw);
        cells.push({ sheet: String(sheet.name), address: String(c.r), formula: formulaText(c.f), value });
      }
  }
  return cells;
}
