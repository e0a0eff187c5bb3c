import {
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import type { Json } from "../../../notebook/engine/types";
import type { PortfolioSheet } from "../../../notebook/segmentation/portfolio-import/read";
import {
  PORTFOLIO_COLUMNS,
  REQUIRED_COLUMNS,
  type PortfolioColumn,
} from "../../../notebook/segmentation/columns";
import { mappedColumns } from "../../../notebook/segmentation/portfolio";
import { isAddinTable } from "../../../notebook/segmentation/workbook";
import type { NotebookServices } from "./notebook-services";
import { fill, type NotebookStringKey } from "./notebook-strings";
import { CellFrame, FeedbackBar, useStyles, type CellViewProps, type Feedback } from "./parts";
import { TierColumn } from "./tier-column";
import { bilingual, domId, errorText, focusLater } from "./view-helpers";
import { ImportProgress, useFileParse } from "./import-progress";
import type { Bilingual } from "../../../functions/excel/language";
import { EXCEL_PLAN_CHARACTERS } from "../../../addin/plan-store";
import { PLAN_LIMITS, countText, tooManyAccounts } from "../../../notebook/plan/limits";

/** The label of each field's column picker. */
export const FIELD_LABELS: Readonly<Record<PortfolioColumn, NotebookStringKey>> = {
  account: "mapAccount",
  currentArr: "mapCurrentArr",
  potentialArr: "mapPotentialArr",
  industry: "mapIndustry",
  region: "mapRegion",
  customerSince: "mapCustomerSince",
};

export interface PortfolioCellProps extends CellViewProps {
  readonly services: Pick<
    NotebookServices,
    "host" | "listTables" | "readPortfolio" | "addTierColumn" | "readSelection"
  >;
}

type Loaded = { readonly file: string; readonly sheets: readonly PortfolioSheet[] };

/**
 * A portfolio too large for a plan saved in Excel's workbook, with the limit and how many accounts would fit.
 *
 * @param size - the portfolio's text, in characters
 * @param accounts - its rows
 */
function tooLargeForExcel(size: number, accounts: number): Bilingual {
  const fit = Math.floor((accounts * EXCEL_PLAN_CHARACTERS) / size);
  const [most, found, about] = [countText(EXCEL_PLAN_CHARACTERS), countText(size), countText(fit)];
  return {
    en: `In Excel the plan is saved inside the workbook, which holds ${most.en} characters of plan at most; this portfolio alone takes ${found.en} (about ${about.en} of its accounts would fit). Nothing was changed. Import fewer accounts or columns, or use the standalone planner, which takes ${countText(PLAN_LIMITS.accounts).en} accounts.`,
    fr: `Dans Excel, le plan est enregistré dans le classeur, qui en accepte ${most.fr} caractères au plus ; ce portefeuille seul en occupe ${found.fr} (environ ${about.fr} de ses comptes tiendraient). Rien n'a été modifié. Importez moins de comptes ou de colonnes, ou utilisez le planificateur autonome, qui accepte ${countText(PLAN_LIMITS.accounts).fr} comptes.`,
  };
}

/** The spreadsheet row of a range's first row under its headers: `Sheet1!B3:F20` → 4; 2 when unreadable. */
export function firstRowOfRange(address: string): number {
  const row = /(?:^|!)\$?[A-Za-z]{1,3}\$?(\d+)(?::|$)/.exec(address)?.[1];
  return row === undefined ? 2 : Number(row) + 1;
}

/**
 * The portfolio cell: accounts read from a workbook table or imported from a .csv / .xlsx file, and which
 * column holds each field, guessed from the headers in English or French and corrected here. Reading or
 * importing is one edit (undo puts the previous portfolio back).
 */
export function PortfolioCell({ cell, notebook, language, t, services }: PortfolioCellProps) {
  const styles = useStyles();
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [tables, setTables] = useState<readonly { name: string; owned: boolean }[] | undefined>(undefined);
  const [chosen, setChosen] = useState("");
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const parse = useFileParse();
  const { inputs } = cell;
  const headers = Array.isArray(inputs.headers) ? inputs.headers.map(String) : [];
  const rows = Array.isArray(inputs.rows) ? inputs.rows : [];
  const source = typeof inputs.source === "string" ? inputs.source : "";
  const table = typeof inputs.table === "string" && inputs.table !== "" ? inputs.table : undefined;
  const mapping = mappedColumns(inputs);
  const potential = inputs.potential === "total" || inputs.potential === "additional" ? inputs.potential : "";
  const selection = services.readSelection;
  const openId = domId(cell.id, "read-portfolio");
  const selectId = domId(cell.id, "portfolio-table");

  /**
   * Replaces the portfolio, as one edit, with the columns guessed from the headers. What the potential column
   * holds is asked again: a new file's column may mean something else.
   */
  const commit = async (
    sheet: PortfolioSheet,
    from: { source: string; table: string | null },
  ): Promise<boolean> => {
    // In Excel the plan is saved in the workbook's settings, which hold EXCEL_PLAN_CHARACTERS: a portfolio
    // that alone takes more could never be saved there, so it is refused here, at the door, and nothing changes.
    if (services.host === "excel") {
      const size = JSON.stringify(sheet.rows).length + JSON.stringify(sheet.headers).length;
      if (size > EXCEL_PLAN_CHARACTERS) {
        setFeedback({ intent: "warning", text: tooLargeForExcel(size, sheet.rows.length) });
        return false;
      }
    }
    const { guessMapping } = await import("../../../notebook/segmentation/portfolio-import/read");
    const guessed = guessMapping(sheet.headers);
    notebook.setInputs([
      { cellId: cell.id, key: "source", value: from.source },
      { cellId: cell.id, key: "table", value: from.table },
      { cellId: cell.id, key: "headers", value: [...sheet.headers] },
      { cellId: cell.id, key: "rows", value: sheet.rows as Json },
      { cellId: cell.id, key: "mapping", value: guessed as Json },
      { cellId: cell.id, key: "firstRow", value: sheet.firstRow ?? 2 },
      { cellId: cell.id, key: "potential", value: null },
    ]);
    return true;
  };

  const report = (count: number, name: string, problems: readonly Bilingual[]) =>
    setFeedback({
      intent: count === 0 ? "warning" : problems.length > 0 ? "info" : "success",
      text: bilingual(count === 0 ? "portfolioEmpty" : "portfolioRead", { count, source: name }),
      details: problems,
    });

  const listTables = async () => {
    setFeedback(undefined);
    setBusy(true);
    try {
      // The add-in's own tables are written from the portfolio: never offered as one.
      const all = await services.listTables();
      const found = all.filter((one) => !isAddinTable(one));
      const first = found[0];
      if (first === undefined)
        setFeedback({ intent: "info", text: bilingual(all.length > 0 ? "onlyAddinTables" : "noTables") });
      else {
        setTables(found);
        setChosen(first.name);
        focusLater(selectId);
      }
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual("tablesFailed", { reason: errorText(error) }) });
    }
    setBusy(false);
  };

  const readTable = async (name: string) => {
    setBusy(true);
    setTables(undefined);
    try {
      const read = await services.readPortfolio(name);
      const [refused, ...others] = read.problems;
      if (read.headers.length === 0 && refused !== undefined)
        setFeedback({ intent: "warning", text: refused, details: others });
      else {
        const kept =
          read.rows.length === 0 || (await commit({ name, ...read }, { source: name, table: name }));
        if (kept) report(read.rows.length, name, read.problems);
      }
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual("portfolioFailed", { reason: errorText(error) }) });
    }
    setBusy(false);
    focusLater(openId);
  };

  const readSelection = async (read: NonNullable<NotebookServices["readSelection"]>) => {
    setBusy(true);
    setFeedback(undefined);
    try {
      const range = await read();
      if (range === undefined || range.rows.length === 0)
        setFeedback({ intent: "info", text: bilingual("noSelection") });
      else if (range.rows.length > PLAN_LIMITS.accounts) {
        // Refused whole, never cut: the portfolio stays as it was.
        const where = { en: `The selection ${range.address} has`, fr: `La sélection ${range.address} a` };
        setFeedback({ intent: "warning", text: tooManyAccounts(range.rows.length, where) });
      } else {
        // A range has no structured references: the segments hold its values, not live lookups.
        const kept = await commit(
          { name: range.address, ...range, firstRow: firstRowOfRange(range.address) },
          { source: range.address, table: null },
        );
        if (kept) report(range.rows.length, range.address, []);
      }
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual("portfolioFailed", { reason: errorText(error) }) });
    }
    setBusy(false);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    if (file === undefined) return;
    setBusy(true);
    setFeedback(undefined);
    try {
      // Read off the pane's thread, with progress and Cancel: a cancelled read changes nothing.
      const outcome = await parse.run("table", file);
      if (outcome.status === "cancelled") {
        setFeedback({ intent: "info", text: bilingual("importCancelled") });
        setBusy(false);
        return;
      }
      const { sheets, problems } = outcome.result;
      const sheet = sheets.find((one) => one.rows.length > 0) ?? sheets[0];
      setLoaded(sheets.length > 1 ? { file: file.name, sheets } : undefined);
      const name = sheet !== undefined && sheets.length > 1 ? `${file.name} — ${sheet.name}` : file.name;
      const kept =
        sheet === undefined ||
        sheet.rows.length === 0 ||
        (await commit(sheet, { source: name, table: null }));
      if (kept) report(sheet?.rows.length ?? 0, file.name, problems);
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual("portfolioFailed", { reason: errorText(error) }) });
    }
    setBusy(false);
  };

  const setColumn = (field: PortfolioColumn, index: number | null) => {
    const others = Object.entries(mapping).filter(([other]) => other !== field);
    notebook.setInput(
      cell.id,
      "mapping",
      Object.fromEntries(index === null ? others : [...others, [field, index]]),
    );
  };

  return (
    <CellFrame cell={cell} heading={t.cellPortfolio} intro={t.portfolioIntro} language={language} t={t}>
      <div className={styles.buttons}>
        {tables === undefined && (
          <Button id={openId} disabledFocusable={busy} onClick={() => void listTables()}>
            {t.readPortfolioTable}
          </Button>
        )}
        {table !== undefined && tables === undefined && (
          <Button disabledFocusable={busy} onClick={() => void readTable(table)}>
            {fill(t.readAgain, { table })}
          </Button>
        )}
        {selection !== undefined && tables === undefined && (
          <Button disabledFocusable={busy} onClick={() => void readSelection(selection)}>
            {t.readSelection}
          </Button>
        )}
        <Button disabledFocusable={busy} onClick={() => fileInput.current?.click()}>
          {t.importPortfolio}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hidden}
          tabIndex={-1}
          aria-label={t.portfolioFile}
          onChange={(event) => void importFile(event)}
        />
      </div>
      {tables !== undefined && (
        <div className={styles.row}>
          <Field label={t.workbookTable}>
            <Select id={selectId} value={chosen} onChange={(_, data) => setChosen(data.value)}>
              {tables.map((one) => (
                <option key={one.name} value={one.name}>
                  {one.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" onClick={() => void readTable(chosen)}>
            {t.readAccounts}
          </Button>
          <Button
            onClick={() => {
              setTables(undefined);
              focusLater(openId);
            }}
          >
            {t.cancel}
          </Button>
        </div>
      )}
      {loaded !== undefined && (
        <Field label={t.portfolioSheet}>
          <Select
            value={String(loaded.sheets.findIndex((sheet) => source.endsWith(`— ${sheet.name}`)))}
            onChange={(_, data) => {
              const sheet = loaded.sheets[Number(data.value)];
              if (sheet !== undefined)
                void commit(sheet, { source: `${loaded.file} — ${sheet.name}`, table: null });
            }}
          >
            {loaded.sheets.map((sheet, i) => (
              <option key={sheet.name} value={String(i)}>
                {sheet.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <ImportProgress running={parse.running} language={language} t={t} />
      {busy && parse.running === undefined && <Spinner size="tiny" label={t.tablesLoading} />}
      <FeedbackBar feedback={feedback} language={language} />
      {rows.length > 0 && (
        <>
          <Caption1>{fill(t.portfolioSummary, { count: rows.length, source })}</Caption1>
          <Subtitle2 as="h4" className={styles.subheading}>
            {t.columns}
          </Subtitle2>
          <Caption1>{t.columnsIntro}</Caption1>
          <div className={styles.grid}>
            {PORTFOLIO_COLUMNS.map((field) => {
              const label = t[FIELD_LABELS[field]];
              return (
                <Field
                  key={field}
                  label={REQUIRED_COLUMNS.includes(field) ? fill(t.required, { field: label }) : label}
                >
                  <Select
                    value={mapping[field] === undefined ? "" : String(mapping[field])}
                    onChange={(_, data) => setColumn(field, data.value === "" ? null : Number(data.value))}
                  >
                    <option value="">{t.notMapped}</option>
                    {headers.map((header, i) => (
                      <option key={i} value={String(i)}>
                        {header}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
          {mapping.potentialArr !== undefined && (
            <RadioGroup
              aria-label={fill(t.potentialQuestion, { column: headers[mapping.potentialArr] ?? "" })}
              value={potential}
              onChange={(_, data) => notebook.setInput(cell.id, "potential", data.value)}
            >
              <Caption1 block>
                {fill(t.potentialQuestion, { column: headers[mapping.potentialArr] ?? "" })}
              </Caption1>
              <Radio value="total" label={t.potentialTotal} />
              <Radio
                value="additional"
                label={fill(t.potentialAdditional, { column: headers[mapping.potentialArr] ?? "" })}
              />
            </RadioGroup>
          )}
          {table !== undefined && services.addTierColumn !== undefined && mapping.account !== undefined && (
            <TierColumn
              table={table}
              accountHeader={headers[mapping.account] ?? ""}
              language={language}
              t={t}
              addTierColumn={services.addTierColumn}
            />
          )}
        </>
      )}
    </CellFrame>
  );
}
