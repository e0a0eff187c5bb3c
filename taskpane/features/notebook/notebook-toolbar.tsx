import {
  Button,
  Caption1,
  Field,
  Select,
  Spinner,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import type { Language } from "../../../functions/excel/language";
import type { Notebook } from "../../../notebook/engine/types";
import { CURRENCIES, CURRENCY_CODES, type Currency } from "../../../notebook/plan/currency";
import { exportPlan, type Plan } from "../../../notebook/plan/schema";
import type { NotebookServices } from "./notebook-services";
import type { NotebookStrings } from "./notebook-strings";
import { FeedbackBar, type Feedback } from "./parts";
import { bilingual, download, errorText } from "./view-helpers";
import { ImportProgress, useFileParse } from "./import-progress";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface NotebookToolbarProps {
  readonly notebook: Notebook;
  readonly services: NotebookServices;
  readonly language: Language;
  readonly t: NotebookStrings;
  /** The id of the "Add a calculation cell" button, where the focus goes back after removing one. */
  readonly addId: string;
  readonly onAddCalculation: () => void;
  /** The plan as it would be saved now. */
  readonly planOf: (notebook: Notebook) => Plan;
  /** Asks to replace the notebook's cells with an imported plan's (read from the file named). */
  readonly onImport: (plan: Plan, file: string) => void;
  /** The currency of the plan's amounts, in the pane and in the workbook, and how to choose another. */
  readonly currency: Currency;
  readonly onCurrency: (currency: Currency) => void;
}

/**
 * The notebook's toolbar: undo and redo, a new calculation, the plan exported and imported as JSON, written
 * to the workbook, and (standalone) exported as an .xlsx; with what came of the last of these.
 */
export function NotebookToolbar(props: NotebookToolbarProps) {
  const { notebook, services, language, t, addId, onAddCalculation, planOf, onImport, currency, onCurrency } =
    props;
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"write" | "xlsx" | undefined>(undefined);
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const parse = useFileParse();
  const { exportXlsx } = services;
  // The export under way, to cancel: a large plan's file takes seconds to write.
  const exporting = useRef<AbortController | undefined>(undefined);

  const run = async (
    kind: "write" | "xlsx",
    task: () => Promise<Feedback>,
    failure: "writeFailed" | "exportFailed",
  ) => {
    setBusy(kind);
    setFeedback(undefined);
    try {
      setFeedback(await task());
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual(failure, { reason: errorText(error) }) });
    }
    setBusy(undefined);
  };

  const write = () =>
    run(
      "write",
      async () => ({ intent: "success", text: await services.writeToWorkbook(notebook, language, currency) }),
      "writeFailed",
    );

  const xlsx = (make: NonNullable<NotebookServices["exportXlsx"]>) =>
    run(
      "xlsx",
      async (): Promise<Feedback> => {
        const controller = new AbortController();
        exporting.current = controller;
        let made: Awaited<ReturnType<typeof make>>;
        try {
          made = await make(notebook, language, currency, controller.signal);
        } catch (error) {
          if (controller.signal.aborted) return { intent: "info", text: bilingual("exportCancelled") };
          throw error;
        } finally {
          exporting.current = undefined;
        }
        const { bytes, chartsLeftOut, textsChanged = 0 } = made;
        download(new Uint8Array(bytes), XLSX_TYPE, "csm-kit-plan.xlsx");
        const details = [
          ...(chartsLeftOut.length === 0
            ? []
            : [bilingual("chartsLeftOut", { charts: chartsLeftOut.join(", ") })]),
          ...(textsChanged === 0 ? [] : [bilingual("textsChanged", { count: textsChanged })]),
        ];
        return details.length === 0
          ? { intent: "success", text: bilingual("exported") }
          : { intent: "warning", text: bilingual("exported"), details };
      },
      "exportFailed",
    );

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    // The same file can be chosen again.
    input.value = "";
    setFeedback(undefined);
    try {
      // Read and checked off the pane's thread, with progress and Cancel: a cancelled read changes nothing.
      const outcome = await parse.run("plan", file);
      const read = outcome.status === "done" ? outcome.result : undefined;
      if (read === undefined) {
        setFeedback({ intent: "info", text: bilingual("importCancelled") });
      } else if (read.kind === "ok") {
        setFeedback(undefined);
        onImport(read.plan, file.name);
      } else if (read.kind === "newer") {
        setFeedback({ intent: "warning", text: bilingual("importNewer", { version: read.version }) });
      } else {
        setFeedback({ intent: "error", text: bilingual("importUnreadable", { reason: read.reason }) });
      }
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual("importFailed", { reason: errorText(error) }) });
    }
  };

  return (
    <div>
      <Toolbar aria-label={t.toolbar} size="small" style={{ flexWrap: "wrap" }}>
        <ToolbarButton disabledFocusable={!notebook.canUndo()} onClick={() => notebook.undo()}>
          {t.undo}
        </ToolbarButton>
        <ToolbarButton disabledFocusable={!notebook.canRedo()} onClick={() => notebook.redo()}>
          {t.redo}
        </ToolbarButton>
        <ToolbarDivider />
        <ToolbarButton id={addId} onClick={onAddCalculation}>
          {t.addCalculation}
        </ToolbarButton>
        <ToolbarDivider />
        <ToolbarButton
          onClick={() => {
            download(exportPlan(planOf(notebook)), "application/json", "csm-kit-plan.json");
            setFeedback({ intent: "success", text: bilingual("planExported") });
          }}
        >
          {t.exportPlan}
        </ToolbarButton>
        <ToolbarButton
          disabledFocusable={parse.running !== undefined}
          onClick={() => fileInput.current?.click()}
        >
          {t.importPlan}
        </ToolbarButton>
        <ToolbarDivider />
        {/* Standalone, the in-browser workbook is nobody's to look at: the plan leaves it as an .xlsx file. */}
        {services.host === "excel" && (
          <ToolbarButton
            appearance="primary"
            disabledFocusable={busy !== undefined}
            onClick={() => void write()}
          >
            {t.writeExcel}
          </ToolbarButton>
        )}
        {exportXlsx && (
          <ToolbarButton
            appearance="primary"
            disabledFocusable={busy !== undefined}
            onClick={() => void xlsx(exportXlsx)}
          >
            {t.exportXlsx}
          </ToolbarButton>
        )}
      </Toolbar>
      {exportXlsx && <Caption1 block>{t.exportXlsxHint}</Caption1>}
      <Field label={t.currency} size="small">
        <Select
          size="small"
          value={currency}
          onChange={(_, data) => {
            const chosen = CURRENCY_CODES.find((code) => code === data.value);
            if (chosen !== undefined) onCurrency(chosen);
          }}
        >
          {CURRENCY_CODES.map((code) => (
            <option key={code} value={code}>
              {code === CURRENCIES[code] ? code : `${code} (${CURRENCIES[code]})`}
            </option>
          ))}
        </Select>
      </Field>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t.importFile}
        onChange={(event) => void importFile(event)}
      />
      <ImportProgress running={parse.running} language={language} t={t} />
      {busy && <Spinner size="tiny" label={busy === "write" ? t.writing : t.exporting} />}
      {busy === "xlsx" && (
        <Button size="small" onClick={() => exporting.current?.abort()}>
          {t.cancelExport}
        </Button>
      )}
      <FeedbackBar feedback={feedback} language={language} />
    </div>
  );
}
