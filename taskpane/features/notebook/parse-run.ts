/**
 * One parse of a file the person picked, as the parse worker (parse.worker.ts) runs it, and the page too where
 * there is no worker (file-parse.ts): the pure readers of notebook/ on the file's bytes. Nothing of React or
 * the DOM here, so that the worker's bundle holds only the parsers.
 */
import type { PlanRead } from "../../../notebook/plan/schema";
import type { ReadProgress, TableFile } from "../../../notebook/segmentation/portfolio-import/read";

/** What to parse: a table file (.csv, .xlsx) into sheets, or a plan (.json). */
export type ParseKind = "table" | "plan";

/** A request to the worker: the file itself (a Blob crosses to the worker without being read on the page). */
export interface ParseRequest {
  readonly kind: ParseKind;
  /** The file's name: an .xlsx is told by it, and a .csv's sheet is named after it. */
  readonly name: string;
  readonly file: Blob | Uint8Array;
}

/** What a parse gives, by kind. */
export interface ParseResults {
  readonly table: TableFile;
  readonly plan: PlanRead;
}

/** What the worker sends back: progress now and then, then the result or why it failed. */
export type ParseMessage =
  | { readonly type: "progress"; readonly progress: ReadProgress }
  | { readonly type: "done"; readonly result: ParseResults[ParseKind] }
  | { readonly type: "failed"; readonly message: string };

/**
 * Runs one parse with the pure readers of notebook/: `readTableFile` for a table, `importPlan` for a plan.
 *
 * @param request - what to parse; a Blob is read with `arrayBuffer()` (browsers and workers)
 * @param onProgress - told how far the read has come
 * @returns the result for the request's kind
 */
export async function runParse<K extends ParseKind>(
  request: ParseRequest & { readonly kind: K },
  onProgress: (progress: ReadProgress) => void,
): Promise<ParseResults[K]> {
  const bytes =
    request.file instanceof Uint8Array ? request.file : new Uint8Array(await request.file.arrayBuffer());
  if (request.kind === "plan") {
    const { importPlan } = await import("../../../notebook/plan/schema");
    // As FileReader.readAsText did: UTF-8, its byte order mark dropped.
    return importPlan(new TextDecoder().decode(bytes)) as ParseResults[K];
  }
  const { readTableFile } = await import("../../../notebook/segmentation/portfolio-import/read");
  return (await readTableFile(bytes, request.name, onProgress)) as ParseResults[K];
}
