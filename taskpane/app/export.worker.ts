/**
 * The export worker: writes the .xlsx of the workbook's contents the page sent (`workbookToXlsx`, addin/), off
 * the pane's thread, and moves the file's bytes back. Built by webpack as a chunk of its own from
 * `new Worker(new URL(...))` in xlsx-export-run.ts.
 */
import { ownBuffer, runExport, type ExportMessage, type ExportRequest } from "./xlsx-export-run";

/** The worker's global scope, as far as this file uses it (the project's types are the page's, not a worker's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage: (message: ExportMessage, transfer?: Transferable[]) => void;
};

const failed = (error: unknown) =>
  scope.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });

scope.onmessage = (event) => {
  // Said at once: the page knows the worker runs (a worker that fails to start is replaced by the page).
  scope.postMessage({ type: "started" });
  runExport(event.data).then((result) => {
    try {
      const bytes = ownBuffer(result.bytes);
      scope.postMessage({ type: "done", result: { ...result, bytes } }, [bytes.buffer]);
    } catch (error) {
      failed(error);
    }
  }, failed);
};
