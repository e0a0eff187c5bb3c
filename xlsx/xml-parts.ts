/**
 * What the post-writers of xlsx/ share when they edit an .xlsx file's parts as text: XML escaping, reading an
 * attribute, and zipping the parts back with a fixed date, so that writing the same file twice gives the same bytes.
 */
import { zipSync, type Zippable } from "fflate";

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

/**
 * Text as XML holds it in an element or a double-quoted attribute.
 *
 * @example
 * escapeXml('A & "B" <C>')
 * //=> "A &amp; &quot;B&quot; &lt;C&gt;"
 */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The text an XML string stands for (the five predefined entities).
 *
 * @example
 * unescapeXml("R&amp;D &apos;24&apos;")
 * //=> "R&D '24'"
 */
export const unescapeXml = (text: string): string =>
  text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * The value of an attribute in an element's opening tag, unescaped.
 *
 * @example
 * xmlAttribute('<table id="1" name="R&amp;D">', "name")
 * //=> "R&D"
 */
export function xmlAttribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return found?.[1] === undefined ? undefined : unescapeXml(found[1]);
}

/**
 * A relationship's target as a part path, resolved against the folder of the part that points at it.
 *
 * @example
 * resolveTarget("xl/worksheets/sheet2.xml", "../tables/table1.xml")
 * //=> "xl/tables/table1.xml"
 */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const folder = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") folder.pop();
    else if (piece !== ".") folder.push(piece);
  }
  return folder.join("/");
}

/**
 * The parts zipped back into an .xlsx file, each stamped with the given date.
 *
 * @param parts - the file's parts by path
 * @param modified - the date stamped on every part (1980–2099, as zip files allow)
 */
export function zipParts(parts: Readonly<Record<string, Uint8Array>>, modified: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(parts)) zippable[path] = [bytes, { mtime: modified.getTime() }];
  return zipSync(zippable, { level: 6 });
}
