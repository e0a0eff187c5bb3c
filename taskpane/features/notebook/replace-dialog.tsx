import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import { useState } from "react";
import { PlanStoreError } from "../../../addin/plan-store";
import type { Bilingual, Language } from "../../../functions/excel/language";
import { fill, type NotebookStrings } from "./notebook-strings";
import type { Feedback } from "./parts";
import { errorText } from "./view-helpers";

/** An action that replaces the plan, put to the person before it runs. */
export interface ReplaceRequest {
  readonly title: string;
  /** What will be replaced, what comes instead, and how to get it back: one paragraph each. */
  readonly lines: readonly string[];
  readonly confirm: string;
  /**
   * Keeps the current plan (unless `withoutCopy`) and replaces it; resolves to what to tell the person.
   * Rejects, having changed nothing, when the plan cannot be kept or the other one cannot be opened.
   */
  readonly run: (withoutCopy: boolean) => Promise<Feedback>;
  /** Downloads the current plan as JSON: offered when it cannot be kept. */
  readonly exportCurrent: () => void;
}

export interface ReplaceDialogProps {
  readonly request: ReplaceRequest | undefined;
  readonly language: Language;
  readonly t: NotebookStrings;
  /** Called when the dialog closes: with what came of it, or `undefined` when cancelled. */
  readonly onClose: (feedback: Feedback | undefined) => void;
}

/**
 * Asks before the plan is replaced, saying what will be replaced and that it is kept; when the storage has
 * no room to keep it, says so and lets the person replace it without a copy (after exporting it) or cancel.
 */
export function ReplaceDialog({ request, language, t, onClose }: ReplaceDialogProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: Bilingual; noRoom: boolean } | undefined>(undefined);

  const close = (feedback: Feedback | undefined) => {
    setProblem(undefined);
    setBusy(false);
    onClose(feedback);
  };

  const go = async (withoutCopy: boolean) => {
    if (request === undefined) return;
    setBusy(true);
    try {
      close(await request.run(withoutCopy));
    } catch (error) {
      const noRoom = error instanceof PlanStoreError && error.reason === "storage" && !withoutCopy;
      setProblem({ text: errorText(error), noRoom });
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={request !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open && !busy) close(undefined);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{request?.title}</DialogTitle>
          <DialogContent>
            {request?.lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
            {problem && (
              <div role="alert">
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    {fill(problem.noRoom ? t.replaceNoRoom : t.replaceFailed, {
                      reason: problem.text[language],
                    })}
                  </MessageBarBody>
                </MessageBar>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            {problem?.noRoom !== true && (
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void go(false)}>
                {request?.confirm}
              </Button>
            )}
            {problem?.noRoom === true && (
              <>
                <Button disabledFocusable={busy} onClick={() => request?.exportCurrent()}>
                  {t.exportPlan}
                </Button>
                <Button disabledFocusable={busy} onClick={() => void go(true)}>
                  {t.replaceWithoutCopy}
                </Button>
              </>
            )}
            <Button
              appearance={problem?.noRoom === true ? "primary" : "secondary"}
              disabledFocusable={busy}
              onClick={() => close(undefined)}
            >
              {t.dialogCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
