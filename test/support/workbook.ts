import { WorkbookError } from "../../addin/workbook-port";

/** The WorkbookError a refused or failed port call rejects with (and a test failure if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof WorkbookError)) throw new Error(`expected a WorkbookError, got ${String(error)}`);
  return error;
}
