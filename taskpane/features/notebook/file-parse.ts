/**
 * Reading a file the person picked off the pane's thread. Parsing a large .csv, .xlsx or plan takes seconds
 * (a 20 MB .csv of blank lines about 5 s); in Excel the pane shares its runtime with the `CSM.*` functions, so
 * a parse on the main thread would stall the workbook's formulas too. Here the parse runs in a Web Worker
 * (parse.worker.ts), which reports its progress and can be stopped at once: Cancel terminates it, and the
 * caller, told "cancelled", changes nothing.
 *
 * Where there is no Worker (jsdom in tests, or a worker that failed to load), the same parse runs on the
 * page, still reporting progress; Cancel then drops the result when it comes. The parsing itself is pure and
 * lives in notebook/ (`readTableFile`, `importPlan`); this file only moves it.
 */
import type { ReadProgress } from "../../../notebook/segmentation/portfolio-import/read";
import {
  runParse,
  type ParseKind,
  type ParseMessage,
  type ParseRequest,
  type ParseResults,
} from "./parse-run";
import { readBytes } from "./view-helpers";

export type { ParseKind, ParseRequest, ParseResults } from "./parse-run";

/** How a parse ended: its result, or cancelled by the person (nothing is to change). */
export type ParseOutcome<T> =
  { readonly status: "done"; readonly result: T } | { readonly status: "cancelled" };

/** A parse under way. */
export interface ParseJob<T> {
  /** Settles once: the result, or "cancelled"; rejects only when the parser failed unexpectedly. */
  readonly done: Promise<ParseOutcome<T>>;
  /** Stops the parse (terminates the worker); `done` then resolves "cancelled". */
  readonly cancel: () => void;
}

/** Makes the worker; `undefined` where there is none. Injected in tests. */
export type WorkerFactory = () => Worker | undefined;

/** The parse worker of the build: webpack bundles parse.worker.ts as a chunk of its own from this URL. */
export const parseWorker: WorkerFactory = () => {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("./parse.worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
};

/**
 * Starts parsing a file in a worker (or, without one, on the page), reporting progress.
 *
 * @param request - what to parse
 * @param onProgress - told how far the read has come (a few times a second at most)
 * @param makeWorker - where the worker comes from; the build's parse worker unless told
 * @returns the job: its outcome, and how to cancel it
 */
export function startParse<K extends ParseKind>(
  request: ParseRequest & { readonly kind: K },
  onProgress: (progress: ReadProgress) => void,
  makeWorker: WorkerFactory = parseWorker,
): ParseJob<ParseResults[K]> {
  let cancelled = false;
  let settle: (outcome: ParseOutcome<ParseResults[K]>) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<ParseOutcome<ParseResults[K]>>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const onPage = () => {
    const bytes =
      request.file instanceof Uint8Array ? Promise.resolve(request.file) : readBytes(request.file);
    bytes
      .then((file) =>
        runParse({ ...request, file }, (progress) => {
          if (!cancelled) onProgress(progress);
        }),
      )
      .then(
        (result) => settle(cancelled ? { status: "cancelled" } : { status: "done", result }),
        (error: unknown) => (cancelled ? settle({ status: "cancelled" }) : fail(asError(error))),
      );
  };
  const worker = makeWorker();
  if (worker === undefined) {
    onPage();
    return { done, cancel: () => finish() };
  }
  let heard = false;
  worker.onmessage = (event: MessageEvent<ParseMessage>) => {
    heard = true;
    const message = event.data;
    if (cancelled) return;
    if (message.type === "progress") onProgress(message.progress);
    else {
      worker.terminate();
      if (message.type === "done") settle({ status: "done", result: message.result as ParseResults[K] });
      else fail(new Error(message.message));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (cancelled) return;
    // A worker that could not even start (its script refused or missing): the same parse on the page.
    if (!heard) onPage();
    else fail(new Error(event.message || "The file could not be read."));
  };
  worker.postMessage(request);
  function finish() {
    if (cancelled) return;
    cancelled = true;
    worker?.terminate();
    settle({ status: "cancelled" });
  }
  return { done, cancel: finish };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
