/**
 * The plan and the workbook: writing every computed cell to the add-in's sheet, and reading actions back
 * from a table, through the {@link WorkbookPort} only (Excel or the in-browser workbook alike).
 */
import { WorkbookError, type CellValue, type WorkbookPort } from "../../addin/workbook-port";
import type { Bilingual, Language } from "../../functions/excel/language";
import { readActionsTable, type ActionsRead } from "../scaling-audit/actions-import";
import type { CellView } from "../engine/types";
import type { Currency } from "./currency";
import { PLAN_TABLES } from "./headers";
import { tableLabel } from "./table-labels";
import { planTables } from "./tables";
import { segmentTablesFor } from "../segmentation/workbook";

/** What writing the plan did: the tables written, those refused and why, and charts the host could not draw. */
export interface PlanWriteReport {
  readonly written: readonly { readonly name: string; readonly sheet: string; readonly rows: number }[];
  readonly refused: readonly { readonly name: string; readonly reason: Bilingual }[];
  readonly chartsSkipped: boolean;
  /**
   * How many texts the host changed so that the workbook can hold them (characters it refuses, over-long
   * texts: xlsx/safe-text.ts); Excel counts them, the in-browser workbook leaves that to the .xlsx export.
   */
  readonly textsChanged: number;
  /** One message for the person, in both languages. */
  readonly message: Bilingual;
  /**
   * What the notebook computed for every table asked for, by table name, rows as written (formula columns
   * hold the computed value): the .xlsx export's stored results.
   */
  readonly results: Readonly<Record<string, readonly (readonly CellValue[])[]>>;
}

const reasonOf = (error: unknown): Bilingual =>
  error instanceof WorkbookError
    ? error.text
    : {
        en: error instanceof Error ? error.message : String(error),
        fr: error instanceof Error ? error.message : String(error),
      };

/**
 * Writes the plan's tables (and charts) to the add-in's sheets — the audit's on "CSM Kit plan", the
 * segmentation's on "CSM Kit segments" — one table after the other: each write is one
 * batch of at most 3 round trips to Excel. A table the workbook refuses (a user's table of the same name) is
 * reported and the others are still written; nothing of the user's is changed.
 *
 * @param workbook - where to write
 * @param cells - the notebook's cells with their outputs
 * @param language - the language of headers and labels
 * @param currency - the plan's currency; the language's when left out
 * @returns what was written and refused
 * @example
 * const workbook = new MemoryWorkbook();
 * (await writePlan(workbook, [], "en")).message.en
 * //=> "Nothing to write yet: add actions or a portfolio first."
 */
export async function writePlan(
  workbook: WorkbookPort,
  cells: readonly CellView[],
  language: Language,
  currency?: Currency,
): Promise<PlanWriteReport> {
  const segments = await segmentTablesFor(workbook, cells, language, currency);
  const tables = [...planTables(cells, language, currency), ...segments.tables];
  const results = Object.fromEntries(tables.map((table) => [table.name, table.rows]));
  // A plan without actions has nothing worth a sheet yet, unless its tables were written before (they are
  // then updated, emptied, rather than left showing actions the plan no longer has).
  const audit = tables.find((table) => table.name === PLAN_TABLES.audit);
  const calculations = tables.some((table) => table.name === PLAN_TABLES.calculations);
  if ((audit === undefined || audit.rows.length === 0) && !calculations && segments.tables.length === 0) {
    const before = await workbook.listTables();
    if (!before.some((table) => table.owned && tables.some((t) => t.name === table.name))) {
      return {
        written: [],
        refused: [],
        chartsSkipped: false,
        textsChanged: 0,
        message: reportMessage([], [], false, [], 0),
        results,
      };
    }
  }
  const written: { name: string; sheet: string; rows: number }[] = [];
  const refused: { name: string; reason: Bilingual }[] = [];
  let chartsSkipped = false;
  let textsChanged = 0;
  for (const table of tables) {
    try {
      const info = await workbook.writeTable(table);
      written.push({ name: info.name, sheet: info.sheet, rows: info.rowCount });
      chartsSkipped ||= info.chartsSkipped === true;
      textsChanged += info.textsChanged ?? 0;
    } catch (error) {
      refused.push({ name: table.name, reason: reasonOf(error) });
    }
  }
  return {
    written,
    refused,
    chartsSkipped,
    textsChanged,
    message: reportMessage(written, refused, chartsSkipped, segments.problems, textsChanged),
    results,
  };
}

function reportMessage(
  written: readonly { name: string; sheet: string; rows: number }[],
  refused: readonly { name: string; reason: Bilingual }[],
  chartsSkipped: boolean,
  notes: readonly Bilingual[],
  textsChanged: number,
): Bilingual {
  if (written.length === 0 && refused.length === 0) {
    return {
      en: "Nothing to write yet: add actions or a portfolio first.",
      fr: "Rien à écrire pour l'instant : ajoutez d'abord des actions ou un portefeuille.",
    };
  }
  const parts: Bilingual[] = [];
  for (const sheet of new Set(written.map((table) => table.sheet))) {
    const labels = written
      .filter((table) => table.sheet === sheet)
      .flatMap((table) => tableLabel(table.name, table.rows) ?? []);
    parts.push({
      en: `Written to the sheet "${sheet}": ${labels.map((l) => l.en).join(", ")}.`,
      fr: `Écrit dans la feuille « ${sheet} » : ${labels.map((l) => l.fr).join(", ")}.`,
    });
  }
  parts.push(...notes);
  if (textsChanged > 0) {
    parts.push({
      en:
        `Texts changed so that the workbook can hold them: ${textsChanged}. They held characters a workbook ` +
        "cannot hold (control or invalid characters), now shown as \uFFFD, or more than 32,767 characters, now cut.",
      fr:
        `Textes modifiés pour que le classeur puisse les contenir : ${textsChanged}. Ils contenaient des ` +
        "caractères qu'un classeur ne peut pas contenir (caractères de contrôle ou invalides), remplacés par " +
        "\uFFFD, ou plus de 32 767 caractères, coupés.",
    });
  }
  for (const { name, reason } of refused) {
    parts.push({ en: `${name} not written: ${reason.en}`, fr: `${name} non écrit : ${reason.fr}` });
  }
  if (chartsSkipped) {
    parts.push({
      en: "This version of Excel cannot draw the charts (ExcelApi 1.7 needed); the tables are there.",
      fr: "Cette version d'Excel ne peut pas tracer les graphiques (ExcelApi 1.7 requis) ; les tableaux sont là.",
    });
  }
  return { en: parts.map((p) => p.en).join(" "), fr: parts.map((p) => p.fr).join(" ") };
}

/**
 * Reads actions and scores from a table of the workbook (the audit table after edits in Excel, or a table
 * of the team's own).
 *
 * @param workbook - where the table is
 * @param name - the table's name
 * @returns the actions, scores and problems; a problem when there is no such table
 * @example
 * const workbook = new MemoryWorkbook();
 * workbook.addUserTable({ name: "Mine", sheet: "Actions", headers: ["Action", "Time", "Value"], rows: [["Answer tickets", 5, 1]] });
 * (await readWorkbookActions(workbook, "Mine")).items
 * //=> [{ id: "answer-tickets", label: "Answer tickets", stage: "" }]
 */
export async function readWorkbookActions(workbook: WorkbookPort, name: string): Promise<ActionsRead> {
  const table = await workbook.readTable(name);
  if (table === undefined) {
    return {
      items: [],
      scores: {},
      problems: [
        {
          en: `There is no table "${name}" in the workbook any more; pick another.`,
          fr: `Il n'y a plus de tableau « ${name} » dans le classeur ; choisissez-en un autre.`,
        },
      ],
    };
  }
  return readActionsTable(table);
}
