/**
 * The parse worker: reads one file the pane sent (a table file or a plan) with the pure readers of notebook/,
 * off the pane's thread, and sends back its progress (at most ten times a second) and its result. The pane
 * terminates it to cancel. Built by webpack as a chunk of its own from `new Worker(new URL(...))` in
 * file-parse.ts.
 */
import type { ReadProgress } from "../../../notebook/segmentation/portfolio-import/read";
import { runParse, type ParseMessage, type ParseRequest } from "./parse-run";

/** The worker's global scope, as far as this file uses it (the project's types are the page's, not a worker's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseMessage) => void;
};

/** The least time between two progress messages. */
const PROGRESS_MS = 100;

scope.onmessage = (event) => {
  let last = 0;
  const progress = (now: ReadProgress) => {
    const time = Date.now();
    if (time - last < PROGRESS_MS) return;
    last = time;
    scope.postMessage({ type: "progress", progress: now });
  };
  // Said at once: the page knows the worker runs (a worker that fails to start is replaced by the page).
  scope.postMessage({ type: "progress", progress: { fraction: 0, rows: 0 } });
  runParse(event.data, progress).then(
    (result) => scope.postMessage({ type: "done", result }),
    (error: unknown) =>
      scope.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
};
