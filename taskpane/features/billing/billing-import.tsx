import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import type { Bilingual, Language } from "../../../functions/excel/language";
import {
  BILLING_FIELDS,
  REQUIRED_BILLING_FIELDS,
  amountUnitOf,
  guessBillingColumns,
  isStripeExport,
  type AmountUnit,
  type BillingField,
  type BillingMapping,
} from "../../../notebook/billing/headers";
import { readSubscriptions, rejectedLines } from "../../../notebook/billing/subscriptions";
import {
  BILLING_HEADERS,
  BILLING_TABLE,
  billingTables,
  nextBillingName,
} from "../../../notebook/billing/table";
import type { PortfolioSheet } from "../../../notebook/segmentation/portfolio-import/read";
import type { NotebookServices } from "../notebook/notebook-services";
import { NOTEBOOK_STRINGS, fill } from "../notebook/notebook-strings";
import { FeedbackBar, useStyles, type Feedback } from "../notebook/parts";
import { ImportProgress, useFileParse } from "../notebook/import-progress";
import { bilingual, errorText } from "../notebook/view-helpers";
import { BILLING_FIELD_LABELS, BILLING_STRINGS } from "./billing-strings";

const useOwnStyles = makeStyles({
  // A formula is one long word: it wraps anywhere rather than widen a 320 px pane.
  formula: { display: "block", overflowWrap: "anywhere" },
});

/** Rejected rows listed one by one; the others are counted. */
const LISTED = 50;

export interface BillingImportProps {
  readonly language: Language;
  readonly services: Pick<NotebookServices, "host" | "listTables" | "writeSubscriptions">;
}

type Loaded = {
  readonly file: string;
  readonly sheets: readonly PortfolioSheet[];
  readonly sheet: number;
  readonly mapping: BillingMapping;
  readonly unit: AmountUnit;
  readonly problems: readonly Bilingual[];
};

type Asking = { readonly table: string; readonly rows: number; readonly beside: string };

/** The import's state for one sheet of the file: its columns guessed from its headers. */
const guessed = (
  file: string,
  sheets: readonly PortfolioSheet[],
  sheet: number,
  problems: readonly Bilingual[],
): Loaded => {
  const headers = sheets[sheet]?.headers ?? [];
  const mapping = guessBillingColumns(headers);
  const amount = mapping.amount === undefined ? undefined : headers[mapping.amount];
  return {
    file,
    sheets,
    sheet,
    mapping,
    unit: amount === undefined ? "units" : amountUnitOf(amount),
    problems,
  };
};

/**
 * Import a billing export: a .csv or .xlsx read by the portfolio's reader (same limits, same problems),
 * its columns guessed from the headers (Stripe's subscription export or a generic layout, English or
 * French) and corrected here, its rows made subscriptions or rejected with their reasons, and the
 * subscriptions written as the add-in's table `CSMKit_Subscriptions` — after asking when one is there.
 */
export function BillingImport({ language, services }: BillingImportProps) {
  const styles = { ...useStyles(), ...useOwnStyles() };
  const t = BILLING_STRINGS[language];
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"reading" | "writing" | undefined>(undefined);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const [written, setWritten] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState<Asking | undefined>(undefined);
  const parse = useFileParse();

  // Standalone, the table lives only in the in-browser workbook, which the plan's storage does not keep: once
  // one is written, leaving or reloading the page asks first (the browser's own confirmation).
  const heldInPage = written !== undefined && services.host === "memory";
  useEffect(() => {
    if (!heldInPage) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [heldInPage]);

  const sheet = loaded?.sheets[loaded.sheet];
  const missing = REQUIRED_BILLING_FIELDS.filter(
    (field) =>
      loaded?.mapping[field] === undefined && !(field === "start" && loaded?.mapping.created !== undefined),
  );
  const result = useMemo(
    () =>
      loaded !== undefined && sheet !== undefined && missing.length === 0
        ? readSubscriptions(sheet, loaded.mapping, loaded.unit)
        : undefined,
    // `missing` follows from the mapping.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, sheet],
  );

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    if (file === undefined) return;
    setBusy("reading");
    setFeedback(undefined);
    setWritten(undefined);
    try {
      // Read as the portfolio's files are: off the pane's thread, with progress and Cancel, which changes nothing.
      const outcome = await parse.run("table", file);
      if (outcome.status === "cancelled") {
        setFeedback({ intent: "info", text: bilingual("importCancelled") });
        setBusy(undefined);
        return;
      }
      const { sheets, problems } = outcome.result;
      const first = Math.max(
        0,
        sheets.findIndex((one) => one.rows.length > 0),
      );
      if (sheets.length === 0 || (sheets[first]?.rows.length ?? 0) === 0) {
        setLoaded(undefined);
        const [refused, ...others] = problems;
        setFeedback({
          intent: "warning",
          text: refused ?? { en: `${file.name} has no rows.`, fr: `${file.name} n'a aucune ligne.` },
          details: others,
        });
      } else setLoaded(guessed(file.name, sheets, first, problems));
    } catch (error) {
      setLoaded(undefined);
      setFeedback({ intent: "error", text: errorText(error) });
    }
    setBusy(undefined);
  };

  const setColumn = (field: BillingField, value: string) => {
    if (loaded === undefined) return;
    const others = Object.entries(loaded.mapping).filter(([other]) => other !== field);
    const mapping: BillingMapping = Object.fromEntries(
      value === "" ? others : [...others, [field, Number(value)]],
    );
    const header = field === "amount" && value !== "" ? sheet?.headers[Number(value)] : undefined;
    setLoaded({ ...loaded, mapping, ...(header === undefined ? {} : { unit: amountUnitOf(header) }) });
    setWritten(undefined);
  };

  const write = async (name: string) => {
    const writeSubscriptions = services.writeSubscriptions;
    if (result === undefined || writeSubscriptions === undefined) return;
    setAsking(undefined);
    setBusy("writing");
    try {
      const done = await writeSubscriptions(result.subscriptions, result.currency, language, name);
      setFeedback({ intent: "success", text: done });
      setWritten(name);
    } catch (error) {
      const reason = errorText(error);
      setFeedback({
        intent: "error",
        text: {
          en: fill(BILLING_STRINGS.en.writeFailed, { reason: reason.en }),
          fr: fill(BILLING_STRINGS.fr.writeFailed, { reason: reason.fr }),
        },
      });
    }
    setBusy(undefined);
  };

  /** Writes, asking first when the workbook already has a subscription table. */
  const askThenWrite = async () => {
    setFeedback(undefined);
    try {
      const tables = (await services.listTables()).map((one) => ({
        ...one,
        sheet: "",
        rowCount: one.rowCount ?? 0,
      }));
      const existing = billingTables(tables).find(
        (one) => one.name.toLowerCase() === BILLING_TABLE.toLowerCase(),
      );
      if (existing === undefined) return await write(BILLING_TABLE);
      setAsking({ table: existing.name, rows: existing.rowCount, beside: nextBillingName(tables) });
    } catch (error) {
      setFeedback({ intent: "error", text: errorText(error) });
    }
  };

  const headers = BILLING_HEADERS[language];
  const tableName = written ?? BILLING_TABLE;
  const formula = `=CSM.MRR_MATRIX(${tableName}[${headers.customer}],${tableName}[${headers.amount}],${tableName}[${headers.start}],${tableName}[${headers.end}],${tableName}[${headers.months}])`;
  const lines = result === undefined ? [] : rejectedLines(result.rejected);

  return (
    <section aria-labelledby="billing-heading" className={styles.cell}>
      <Subtitle2 as="h3" id="billing-heading" className={styles.heading}>
        {t.heading}
      </Subtitle2>
      <Caption1>{t.intro}</Caption1>
      <div className={styles.buttons}>
        <Button disabledFocusable={busy !== undefined} onClick={() => fileInput.current?.click()}>
          {t.importFile}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hidden}
          tabIndex={-1}
          aria-label={t.fileLabel}
          onChange={(event) => void importFile(event)}
        />
      </div>
      <ImportProgress running={parse.running} language={language} t={NOTEBOOK_STRINGS[language]} />
      {loaded !== undefined && sheet !== undefined && (
        <>
          <Caption1>
            {fill(t.readRows, { count: sheet.rows.length, file: loaded.file })}{" "}
            {isStripeExport(sheet.headers) ? t.stripe : t.generic}
          </Caption1>
          {loaded.problems.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <ul>
                  {loaded.problems.map((problem, i) => (
                    <li key={i}>{problem[language]}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {loaded.sheets.length > 1 && (
            <Field label={t.sheet}>
              <Select
                value={String(loaded.sheet)}
                onChange={(_, data) =>
                  setLoaded(guessed(loaded.file, loaded.sheets, Number(data.value), loaded.problems))
                }
              >
                {loaded.sheets.map((one, i) => (
                  <option key={one.name} value={String(i)}>
                    {one.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Subtitle2 as="h4" className={styles.subheading}>
            {t.columns}
          </Subtitle2>
          <Caption1>{t.columnsIntro}</Caption1>
          <div className={styles.grid}>
            {BILLING_FIELDS.map((field) => {
              const label = t[BILLING_FIELD_LABELS[field]];
              const column = loaded.mapping[field];
              return (
                <Field
                  key={field}
                  label={REQUIRED_BILLING_FIELDS.includes(field) ? fill(t.required, { field: label }) : label}
                >
                  <Select
                    value={column === undefined ? "" : String(column)}
                    onChange={(_, data) => setColumn(field, data.value)}
                  >
                    <option value="">{t.notMapped}</option>
                    {sheet.headers.map((header, i) => (
                      <option key={i} value={String(i)}>
                        {header}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
          {loaded.mapping.amount !== undefined && (
            <RadioGroup
              aria-label={t.unit}
              value={loaded.unit}
              onChange={(_, data) =>
                setLoaded({ ...loaded, unit: data.value === "cents" ? "cents" : "units" })
              }
            >
              <Caption1 block>{t.unit}</Caption1>
              <Radio value="units" label={t.unitUnits} />
              <Radio value="cents" label={t.unitCents} />
            </RadioGroup>
          )}
          {missing.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {fill(t.missing, {
                  fields: missing.map((field) => t[BILLING_FIELD_LABELS[field]]).join(", "),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {result !== undefined && (
            <div role="status" aria-live="polite">
              {result.notes.map((note, i) => (
                <MessageBar key={i} intent="info" layout="multiline">
                  <MessageBarBody>{note[language]}</MessageBarBody>
                </MessageBar>
              ))}
              <Caption1 block>
                {result.subscriptions.length === 0
                  ? t.readyNone
                  : fill(t.ready, {
                      count: result.subscriptions.length,
                      currency: result.currency === null ? "" : ` (${result.currency})`,
                    })}
              </Caption1>
              {lines.length > 0 && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    {fill(t.rejected, { count: lines.length })}
                    <ul aria-label={fill(t.rejected, { count: lines.length })}>
                      {lines.slice(0, LISTED).map((line, i) => (
                        <li key={i}>{line[language]}</li>
                      ))}
                    </ul>
                    {lines.length > LISTED && fill(t.rejectedMore, { count: lines.length - LISTED })}
                  </MessageBarBody>
                </MessageBar>
              )}
            </div>
          )}
          {result !== undefined &&
            result.subscriptions.length > 0 &&
            services.writeSubscriptions !== undefined && (
              <div className={styles.buttons}>
                <Button
                  appearance="primary"
                  disabledFocusable={busy !== undefined}
                  onClick={() => void askThenWrite()}
                >
                  {t.write}
                </Button>
                {busy === "writing" && <Spinner size="tiny" label={t.writing} />}
              </div>
            )}
        </>
      )}
      <FeedbackBar feedback={feedback} language={language} />
      {written !== undefined && (
        <div>
          <Caption1 block>
            {t.formulaIntro} {services.host === "memory" ? t.formulaStandalone : ""}
          </Caption1>
          <code className={styles.formula}>{formula}</code>
          <Caption1 block>{t.bridgeIntro}</Caption1>
          <code className={styles.formula}>=CSM.MRR_BRIDGE(A1#)</code>
          {heldInPage && <Caption1 block>{t.keepStandalone}</Caption1>}
        </div>
      )}
      <Dialog
        modalType="alert"
        open={asking !== undefined}
        onOpenChange={(_, data) => !data.open && setAsking(undefined)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.replaceTitle}</DialogTitle>
            <DialogContent>
              <p>{fill(t.replaceCurrent, { table: asking?.table ?? "", rows: asking?.rows ?? "" })}</p>
              <p>
                {fill(t.replaceIncoming, {
                  count: result?.subscriptions.length ?? 0,
                  file: loaded?.file ?? "",
                })}
              </p>
            </DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={() => asking && void write(asking.table)}>
                {t.replaceConfirm}
              </Button>
              <Button onClick={() => asking && void write(asking.beside)}>
                {fill(t.keepBoth, { table: asking?.beside ?? "" })}
              </Button>
              <Button onClick={() => setAsking(undefined)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
