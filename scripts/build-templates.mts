// `npm run templates`: renders every template in English and French into dist/templates/<name>.<lang>.xlsx,
// with dist/templates/index.json: what the pane lists, and the sheets, tables and names each file brings.
// Each formula is stored with the value LibreOffice computed for it (templates/values/<name>.<lang>.json,
// written by `npm run templates:values`), so that a file opened in Protected View reads right.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEMPLATES } from "../templates/index";
import { renderTemplate, type CachedValues } from "../templates/render";
import { LANGUAGES } from "../functions/excel/language";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../dist/templates");
const stored = join(here, "../templates/values");
mkdirSync(out, { recursive: true });
const index = [];
for (const template of TEMPLATES)
  for (const language of LANGUAGES) {
    const file = `${template.name}.${language}.xlsx`;
    const valuesFile = join(stored, `${template.name}.${language}.json`);
    const values = existsSync(valuesFile)
      ? (JSON.parse(readFileSync(valuesFile, "utf8")) as CachedValues)
      : {};
    writeFileSync(join(out, file), await renderTemplate(template, language, values));
    index.push({
      name: template.name,
      language,
      file,
      title: template.title[language],
      sheets: template.sheets.map((sheet) => sheet.name[language]),
      tables: template.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name)),
      names: [
        ...template.sheets.flatMap((sheet) =>
          (sheet.cells ?? []).flatMap((cell) => (cell.name ? [cell.name] : [])),
        ),
        ...(template.names ?? []).map((name) => name.name),
      ],
    });
  }
writeFileSync(join(out, "index.json"), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.length} templates and index.json into ${out}`);
