/**
 * What the pane needs once it knows where it runs, in a chunk of its own that index.tsx loads after the shell
 * has shown: the workbook the planner's views write to (Excel's, or the in-browser one standalone), the
 * target templates are inserted into (Excel only) and the notebook's services over that workbook. Neither
 * the first view nor the custom functions' registration waits for it.
 */
import { MemoryWorkbook } from "../../addin/memory-workbook";
import { OfficeWorkbook } from "../../addin/office-workbook";
import { excelTemplateTarget, type TemplateTarget } from "../../addin/template-insertion";
import type { WorkbookPort } from "../../addin/workbook-port";
import type { NotebookServices } from "../features/notebook/notebook-services";
import { notebookHost } from "./notebook-host";

export interface HostServices {
  readonly workbook: WorkbookPort;
  readonly templateTarget: TemplateTarget | undefined;
  readonly notebookServices: NotebookServices;
}

/**
 * The host's services for a connection.
 *
 * @param inExcel - whether the pane is connected to Excel
 * @param storage - the browser's storage (or a stand-in for the session), for the standalone plan
 * @returns the workbook, the template target and the notebook's services
 */
export function hostServices(inExcel: boolean, storage: Pick<Storage, "getItem" | "setItem">): HostServices {
  const workbook: WorkbookPort = inExcel ? new OfficeWorkbook() : new MemoryWorkbook();
  return {
    workbook,
    templateTarget: inExcel ? excelTemplateTarget() : undefined,
    notebookServices: notebookHost(workbook, storage),
  };
}
