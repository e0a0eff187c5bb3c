/**
 * The standalone planner's .xlsx export off the pane's thread. Writing a plan of 100,000 accounts as an .xlsx
 * takes about a minute; on the page it froze the pane for all that time. Here `workbookToXlsx` (addin/) runs
 * in a Web Worker (export.worker.ts): the page sends the workbook's contents, plain data that the browser
 * copies, and gets the file's bytes back, moved rather than copied.
 *
 * Where there is no Worker (jsdom in tests), where the worker cannot start, or where the contents cannot be
 * sent, the same export runs on the page. A worker that fails once started gives its reason; the plan and the
 * workbook are the page's and are left as they were.
 */
import type { WorkbookContents } from "../../addin/workbook-contents";
import type { XlsxExport, XlsxExportOptions } from "../../addin/xlsx-export";

/** What the page sends the worker: the workbook's contents and how to write them. */
export interface ExportRequest {
  readonly contents: WorkbookContents;
  readonly options: XlsxExportOptions;
}

/** What the worker sends back: that it runs, then the file or why it could not be written. */
export type ExportMessage =
  | { readonly type: "started" }
  | { readonly type: "done"; readonly result: XlsxExport }
  | { readonly type: "failed"; readonly message: string };

/** Makes the worker; `undefined` where there is none. Injected in tests. */
export type ExportWorkerFactory = () => Worker | undefined;

/** The export worker of the build: webpack bundles export.worker.ts as a chunk of its own from this URL. */
export const exportWorker: ExportWorkerFactory = () => {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("./export.worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
};

/**
 * Runs one export with exceljs (a chunk loaded on first use), where it is called: in the worker, or on the page.
 *
 * @param request - the workbook's contents and the export's options
 * @returns the file and what it could not hold
 */
export async function runExport(request: ExportRequest): Promise<XlsxExport> {
  const { workbookToXlsx } = await import("../../addin/xlsx-export");
  return workbookToXlsx(request.contents, request.options);
}

/**
 * The file's bytes on a buffer of their own, so that the buffer can be moved to the page whole.
 *
 * @param bytes - the file's bytes, perhaps a view on a larger buffer
 * @returns the same bytes, alone on their buffer
 */
export function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const alone = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return alone && bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}

/**
 * Exports the workbook's contents as an .xlsx in a worker (or, without one, on the page).
 *
 * @param request - the workbook's contents and the export's options
 * @param makeWorker - where the worker comes from; the build's export worker unless told
 * @param signal - aborts the export: the worker is terminated and the promise rejects with an `AbortError`
 *   (an export already running on the page, without a worker, finishes but its file is dropped)
 * @returns the file and what it could not hold
 * @throws Error with the worker's reason when the export failed
 */
export function exportOffPage(
  request: ExportRequest,
  makeWorker: ExportWorkerFactory = exportWorker,
  signal?: AbortSignal,
): Promise<XlsxExport> {
  const aborted = () => new DOMException("The export was cancelled.", "AbortError");
  if (signal?.aborted) return Promise.reject(aborted());
  const worker = makeWorker();
  if (worker === undefined)
    return runExport(request).then((result) => {
      if (signal?.aborted) throw aborted();
      return result;
    });
  return new Promise<XlsxExport>((resolve, reject) => {
    let heard = false;
    signal?.addEventListener(
      "abort",
      () => {
        worker.terminate();
        reject(aborted());
      },
      { once: true },
    );
    const onPage = () =>
      runExport(request).then((result) => (signal?.aborted ? reject(aborted()) : resolve(result)), reject);
    worker.onmessage = (event: MessageEvent<ExportMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === "started") return;
      worker.terminate();
      if (message.type === "done") resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that could not even start (its script refused or missing): the same export on the page.
      if (!heard) void onPage();
      else reject(new Error(event.message || "The export stopped before the file was written."));
    };
    try {
      worker.postMessage(request);
    } catch {
      // Contents the browser cannot copy to a worker: written on the page instead.
      worker.terminate();
      void onPage();
    }
  });
}
