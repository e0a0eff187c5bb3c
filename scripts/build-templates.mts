// `npm run templates`: renders every template in English and French into dist/templates/<name>.<lang>.xlsx,
// with dist/templates/index.json: what the pane lists, and the sheets, tables and names each file brings.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEMPLATES } from "../templates/index";
import { renderTemplate } from "../templates/render";
import { LANGUAGES } from "../functions/excel/language";

const out = join(dirname(fileURLToPath(import.meta.url)), "../dist/templates");
mkdirSync(out, { recursive: true });
const index = [];
for (const template of TEMPLATES)
  for (const language of LANGUAGES) {
    const file = `${template.name}.${language}.xlsx`;
    writeFileSync(join(out, file), await renderTemplate(template, language));
    index.push({
      name: template.name,
      language,
      file,
      title: template.title[language],
      sheets: template.sheets.map((sheet) => sheet.name[language]),
      tables: template.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name)),
      names: template.sheets.flatMap((sheet) =>
        (sheet.cells ?? []).flatMap((cell) => (cell.name ? [cell.name] : [])),
      ),
    });
  }
writeFileSync(join(out, "index.json"), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.length} templates and index.json into ${out}`);
