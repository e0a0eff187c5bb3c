// `npm run templates:values`: the value of every formula of every template, as LibreOffice computes it from the
// file's own inputs, into templates/values/<name>.<lang>.json. `npm run templates` stores them with the formulas
// (so a file reads right before any recalculation: Protected View, previewers, mail attachments), and
// `npm run test:templates` fails when one of them no longer equals LibreOffice's recalculation: run this again
// after changing a template, and commit the result. Needs LibreOffice (soffice) on the PATH.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEMPLATES } from "../templates/index";
import { renderTemplate } from "../templates/render";
import { LANGUAGES } from "../functions/excel/language";
import { convert } from "../test/support/libreoffice";
import { formulaCells } from "../test/support/xlsx-cells";

const stored = join(dirname(fileURLToPath(import.meta.url)), "../templates/values");
const work = mkdtempSync(join(tmpdir(), "csm-values-"));
try {
  const files = [];
  for (const template of TEMPLATES)
    for (const language of LANGUAGES) {
      const file = join(work, `${template.name}.${language}.xlsx`);
      writeFileSync(file, await renderTemplate(template, language));
      files.push(file);
    }
  convert(files, "xlsx", join(work, "out"));
  mkdirSync(stored, { recursive: true });
  for (const file of files) {
    const name = file.slice(work.length + 1).replace(/\.xlsx$/, "");
    const values: Record<string, string | number | boolean> = {};
    const errors: string[] = [];
    for (const cell of formulaCells(join(work, "out", `${name}.xlsx`))) {
      if (cell.value === undefined || typeof cell.value === "object")
        errors.push(`${cell.sheet}!${cell.address}`);
      else values[`${cell.sheet}!${cell.address}`] = cell.value;
    }
    writeFileSync(join(stored, `${name}.json`), `${JSON.stringify(values, null, 1)}\n`);
    console.log(
      `${name}: ${Object.keys(values).length} values` +
        (errors.length > 0 ? `; no value stored for the error cells ${errors.join(", ")}` : ""),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
