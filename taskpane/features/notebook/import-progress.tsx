import { Button, Caption1, ProgressBar } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../../../functions/excel/language";
import type { ReadProgress } from "../../../notebook/segmentation/portfolio-import/read";
import {
  parseWorker,
  startParse,
  type ParseKind,
  type ParseOutcome,
  type ParseResults,
  type WorkerFactory,
} from "./file-parse";
import { fill, type NotebookStrings } from "./notebook-strings";

/** A file being read: its name, how far the read has come, and how to stop it. */
export interface RunningParse {
  readonly file: string;
  readonly progress: ReadProgress | undefined;
  readonly cancel: () => void;
}

/**
 * Reads files off the pane's thread (file-parse.ts), one at a time, with what the progress bar needs. A read
 * still running when the view goes away is cancelled.
 *
 * @param makeWorker - where the worker comes from; the build's parse worker unless told
 * @returns the read running (if any), and how to start one
 */
export function useFileParse(makeWorker: WorkerFactory = parseWorker): {
  readonly running: RunningParse | undefined;
  readonly run: <K extends ParseKind>(kind: K, file: File) => Promise<ParseOutcome<ParseResults[K]>>;
} {
  const [running, setRunning] = useState<RunningParse | undefined>(undefined);
  const cancelRef = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => cancelRef.current?.(), []);
  const run = useCallback(
    async <K extends ParseKind>(kind: K, file: File): Promise<ParseOutcome<ParseResults[K]>> => {
      cancelRef.current?.();
      const job = startParse(
        { kind, name: file.name, file },
        (progress) => setRunning((now) => (now === undefined ? now : { ...now, progress })),
        makeWorker,
      );
      cancelRef.current = job.cancel;
      setRunning({ file: file.name, progress: undefined, cancel: job.cancel });
      try {
        return await job.done;
      } finally {
        if (cancelRef.current === job.cancel) {
          cancelRef.current = undefined;
          setRunning(undefined);
        }
      }
    },
    [makeWorker],
  );
  return { running, run };
}

/**
 * The progress of a file being read, in the pane: a bar, the share read and the rows, and a Cancel button
 * that stops the read and leaves everything as it was.
 */
export function ImportProgress({
  running,
  language,
  t,
}: {
  readonly running: RunningParse | undefined;
  readonly language: Language;
  readonly t: NotebookStrings;
}) {
  if (running === undefined) return null;
  const { progress } = running;
  const numbers = new Intl.NumberFormat(language);
  return (
    <div role="status" aria-live="polite">
      <Caption1 block>
        {fill(t.importReading, { file: running.file })}
        {progress !== undefined &&
          ` ${fill(t.importProgress, {
            percent: numbers.format(Math.floor(progress.fraction * 100)),
            rows: numbers.format(progress.rows),
          })}`}
      </Caption1>
      <ProgressBar value={progress?.fraction ?? 0} max={1} thickness="large" />
      <Button size="small" onClick={running.cancel}>
        {t.cancelImport}
      </Button>
    </div>
  );
}
