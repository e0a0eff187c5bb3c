/**
 * Puts a template's sheets into the open workbook (`insertWorksheetsFromBase64`, ExcelApi 1.13) without
 * touching the user's sheets: a template sheet whose name is taken is renamed in the file first ("Dashboard
 * (2)"); a table or defined name already in the workbook stops the insertion with a readable message, since
 * renaming them would break the template's formulas.
 */
import type { ExcelRun } from "./office-workbook";
import { freeSheetNames, renameSheets } from "./xlsx-sheet-rename";
import type { Bilingual, Language } from "../functions/excel/language";

/** What the pane knows of a template file (dist/templates/index.json). */
export interface TemplateFile {
  readonly name: string;
  readonly language: Language;
  readonly file: string;
  readonly title: string;
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

export type InsertOutcome =
  | {
      readonly kind: "inserted";
      readonly sheets: readonly string[];
      readonly renamed: ReadonlyMap<string, string>;
    }
  | { readonly kind: "refused"; readonly reason: Bilingual };

/** Inserts template files into the workbook the pane runs in. */
export interface TemplateTarget {
  /** Whether the host can insert sheets from a file; when not, the pane offers the download. */
  readonly canInsert: boolean;
  insert(template: TemplateFile, file: Uint8Array): Promise<InsertOutcome>;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const list = (items: readonly string[]) => items.join(", ");

/**
 * The office-js target: one round trip to read what the workbook has, one to insert.
 *
 * @param run - `Excel.run`, or a mock in tests
 * @param canInsert - whether ExcelApi 1.13 is supported
 */
export function officeTemplateTarget(run: ExcelRun, canInsert: boolean): TemplateTarget {
  return {
    canInsert,
    async insert(template, file) {
      if (!canInsert)
        return {
          kind: "refused",
          reason: {
            en: "This version of Excel cannot insert sheets from a file (ExcelApi 1.13): download the template instead.",
            fr: "Cette version d'Excel ne peut pas insérer de feuilles depuis un fichier (ExcelApi 1.13) : téléchargez plutôt le modèle.",
          },
        };
      return run(async (context) => {
        const workbook = context.workbook;
        const sheets = workbook.worksheets.load("items/name");
        const tables = workbook.tables.load("items/name");
        const names = workbook.names.load("items/name");
        await context.sync();
        const lower = (items: { name: string }[]) => new Set(items.map((item) => item.name.toLowerCase()));
        const tableClash = template.tables.filter((t) => lower(tables.items).has(t.toLowerCase()));
        const nameClash = template.names.filter((n) => lower(names.items).has(n.toLowerCase()));
        if (tableClash.length > 0 || nameClash.length > 0) {
          const clash = list([...tableClash, ...nameClash]);
          return {
            kind: "refused",
            reason: {
              en: `This workbook already has ${clash}, which the template uses: insert it into a new workbook, or download it.`,
              fr: `Ce classeur contient déjà ${clash}, que le modèle utilise : insérez-le dans un nouveau classeur, ou téléchargez-le.`,
            },
          };
        }
        const renamed = freeSheetNames(
          template.sheets,
          sheets.items.map((sheet) => sheet.name),
        );
        workbook.insertWorksheetsFromBase64(toBase64(renameSheets(file, renamed)), {
          positionType: "End",
        });
        await context.sync();
        return { kind: "inserted", sheets: template.sheets.map((s) => renamed.get(s) ?? s), renamed };
      });
    },
  };
}

/** The target for the workbook open in Excel: `Excel.run`, and ExcelApi 1.13 as Office reports it. */
export function excelTemplateTarget(): TemplateTarget {
  return officeTemplateTarget(
    (batch) => Excel.run(batch),
    Office.context.requirements.isSetSupported("ExcelApi", "1.13"),
  );
}
