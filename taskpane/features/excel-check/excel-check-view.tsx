import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { HostConnection } from "../../../addin/host-connection";
import { reportText, type ExcelCheckResult } from "../../../addin/excel-check-report";
import type { Strings } from "../../i18n/strings";
import { checkSummary } from "./excel-check-summary";

const useStyles = makeStyles({
  // The pane may be 320 px wide: long words (error messages, version numbers) wrap instead of overflowing.
  section: { marginTop: tokens.spacingVerticalXL, minWidth: "0", overflowWrap: "anywhere" },
  // One track that may shrink below its content's width, so that the MessageBar wraps (it measures its room).
  stack: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  list: {
    margin: "0",
    paddingLeft: "0",
    listStyleType: "none",
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "grid", gridTemplateColumns: "1.25em minmax(0, 1fr)" },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  report: { width: "100%" },
  reportText: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

type CheckState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly result: ExcelCheckResult }
  | { readonly status: "failed"; readonly reason: string };

export interface ExcelCheckViewProps {
  readonly t: Strings;
  /** Where the pane runs; the check needs Excel. */
  readonly connection: HostConnection | undefined;
  /** Runs the check in the workbook (office-js lives in addin/); absent outside Excel. */
  readonly runCheck: (() => Promise<ExcelCheckResult>) | undefined;
}

/**
 * "Check this Excel": runs the field check, shows what it found in the pane's language, and offers the
 * report (in English) to copy into a bug report. Outside Excel it says that the check needs Excel.
 */
export function ExcelCheckView({ t, connection, runCheck }: ExcelCheckViewProps) {
  const styles = useStyles();
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const [copy, setCopy] = useState<"idle" | "copied" | "blocked">("idle");
  const reportArea = useRef<HTMLTextAreaElement>(null);
  const canRun = connection?.kind === "excel" && runCheck !== undefined;

  const run = async () => {
    if (!runCheck) return;
    setState({ status: "running" });
    setCopy("idle");
    try {
      setState({ status: "done", result: await runCheck() });
    } catch (error) {
      setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const report = state.status === "done" ? reportText(state.result) : "";
  const copyReport = async () => {
    try {
      // Office's webviews may block the clipboard (an iframe without the permission): select the text instead.
      if (typeof navigator.clipboard?.writeText !== "function") throw new Error("no clipboard");
      await navigator.clipboard.writeText(report);
      setCopy("copied");
    } catch {
      reportArea.current?.focus();
      reportArea.current?.select();
      setCopy("blocked");
    }
  };

  return (
    <section className={styles.section} aria-labelledby="excel-check-heading">
      <Subtitle2 as="h3" id="excel-check-heading">
        {t.checkHeading}
      </Subtitle2>
      {!canRun ? (
        <p>
          <Body1>{t.checkStandalone}</Body1>
        </p>
      ) : (
        <div className={styles.stack}>
          <Body1>{t.checkIntro}</Body1>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={state.status === "running"} onClick={() => void run()}>
              {t.checkRun}
            </Button>
          </div>
          <div aria-live="polite" className={styles.stack}>
            {state.status === "running" && <Spinner size="tiny" label={t.checkRunning} />}
            {state.status === "failed" && (
              <MessageBar intent="error">
                <MessageBarBody>{t.checkFailed.replace("{reason}", state.reason)}</MessageBarBody>
              </MessageBar>
            )}
            {state.status === "done" && <Findings result={state.result} t={t} />}
          </div>
          {state.status === "done" && (
            <>
              <Field label={t.checkReportLabel}>
                <Textarea
                  ref={reportArea}
                  className={styles.report}
                  textarea={{ className: styles.reportText }}
                  value={report}
                  readOnly
                  rows={12}
                  resize="vertical"
                />
              </Field>
              <div className={styles.actions}>
                <Button onClick={() => void copyReport()}>{t.checkCopy}</Button>
                <Body1 aria-live="polite">
                  {copy === "copied" && t.checkCopied}
                  {copy === "blocked" && t.checkCopyBlocked}
                </Body1>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function Findings({ result, t }: { result: ExcelCheckResult; t: Strings }) {
  const styles = useStyles();
  const lines = checkSummary(result, t);
  const allGood = lines.every((line) => line.ok);
  return (
    <>
      <MessageBar intent={allGood ? "success" : "warning"}>
        <MessageBarBody>{allGood ? t.checkAllGood : t.checkSomeDiffer}</MessageBarBody>
      </MessageBar>
      <ul className={styles.list} aria-label={t.checkResultLabel}>
        {lines.map((line, index) => (
          <li key={index} className={styles.item}>
            <span aria-hidden="true" className={line.ok ? undefined : styles.attention}>
              {line.ok ? "✓" : "!"}
            </span>
            <Body1>{line.text}</Body1>
          </li>
        ))}
      </ul>
    </>
  );
}
