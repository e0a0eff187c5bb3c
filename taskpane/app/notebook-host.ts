/**
 * What the notebook needs from where it runs, built from the workbook port: the plan store (the document in
 * Excel, the browser's storage standalone), writing the plan to the workbook, reading actions back, and,
 * standalone, the .xlsx export of the in-browser workbook.
 */
import { MemoryWorkbook } from "../../addin/memory-workbook";
import {
  browserPlanStore,
  indexedDbPlanStore,
  workbookPlanStore,
  type LegacyStorage,
  type PlanStore,
} from "../../addin/plan-store";
import type { WorkbookPort } from "../../addin/workbook-port";
import type { Language } from "../../functions/excel/language";
import { planCodec, type Plan } from "../../notebook/plan/schema";
import { readWorkbookActions, writePlan } from "../../notebook/plan/workbook";
import { addTierColumn, readPortfolioTable } from "../../notebook/segmentation/workbook";
import { writeSubscriptions } from "../../notebook/billing/table";
import type { NotebookServices } from "../features/notebook/notebook-services";
import { exportOffPage, exportWorker, type ExportWorkerFactory } from "./xlsx-export-run";

/** Where the standalone planner keeps its plan in the browser's storage. */
export const BROWSER_PLAN_KEY = "csmkit.plan";

/** Today's date where the person is, `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The browser's own storage (not the session's stand-in): one a plan can be moved out of. */
const isLegacyStorage = (storage: Pick<Storage, "getItem" | "setItem">): storage is LegacyStorage =>
  "removeItem" in storage && "key" in storage && "length" in storage;

/**
 * The notebook's services over a workbook.
 *
 * @param workbook - Excel's workbook, or the in-browser one standalone
 * @param storage - the browser's storage: the standalone plan's before IndexedDB (moved over), or its only
 *   storage when the browser has no IndexedDB or the storage is the session's stand-in
 * @param database - the browser's IndexedDB, where the standalone plan lives
 * @param makeExportWorker - where the .xlsx export's worker comes from (none in jsdom: the page writes it)
 * @returns the services the notebook view uses
 */
export function notebookHost(
  workbook: WorkbookPort,
  storage: Pick<Storage, "getItem" | "setItem">,
  database: IDBFactory | undefined = globalThis.indexedDB,
  makeExportWorker: ExportWorkerFactory = exportWorker,
): NotebookServices {
  const legacy = isLegacyStorage(storage) ? storage : undefined;
  const store: PlanStore<Plan> =
    workbook.host === "excel"
      ? workbookPlanStore(workbook, planCodec)
      : database !== undefined && legacy !== undefined
        ? indexedDbPlanStore(database, legacy, BROWSER_PLAN_KEY, planCodec)
        : browserPlanStore(storage, BROWSER_PLAN_KEY, planCodec);
  const services: NotebookServices = {
    host: workbook.host,
    store,
    today: localToday,
    writeToWorkbook: async (notebook, language, currency) =>
      (await writePlan(workbook, notebook.cells(), language, currency)).message,
    listTables: async () =>
      (await workbook.listTables()).map(({ name, headers, owned, rowCount }) => ({
        name,
        headers,
        owned,
        rowCount,
      })),
    readActions: (table) => readWorkbookActions(workbook, table),
    readPortfolio: (table) => readPortfolioTable(workbook, table),
    writeSubscriptions: (subscriptions, currency, language, name) =>
      writeSubscriptions(workbook, subscriptions, currency, language, name),
    ...(workbook.host === "excel"
      ? {
          addTierColumn: (table: string, accountHeader: string, language: Language) =>
            addTierColumn(workbook, table, accountHeader, language),
          readSelection: () => workbook.readSelection(),
        }
      : {}),
  };
  if (!(workbook instanceof MemoryWorkbook)) return services;
  return {
    ...services,
    exportXlsx: async (notebook, language, currency, signal) => {
      // The file is the in-browser workbook with the plan written into it, as Excel would have it.
      const written = await writePlan(workbook, notebook.cells(), language, currency);
      // Written in a worker: a large plan's export takes a minute, and the pane keeps answering meanwhile.
      const exported = await exportOffPage(
        { contents: workbook.contents(), options: { title: "CSM Kit plan", results: written.results } },
        makeExportWorker,
        signal,
      );
      return {
        bytes: exported.bytes,
        chartsLeftOut: exported.chartsLeftOut.map((chart) => chart.name),
        textsChanged: exported.textsChanged,
      };
    },
  };
}
