import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { Suspense, lazy, memo, useMemo, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Bilingual, Language } from "../../../functions/excel/language";
import { ViewSection } from "../../components/view-section";
import type { CellView, Notebook } from "../../../notebook/engine/types";
import { exportPlan, type Plan } from "../../../notebook/plan/schema";
import { ActionsCell } from "./actions-cell";
import { CalculationCell } from "./calculation-cell";
import { CapacityCell } from "./capacity-cell";
import { CoverageCell } from "./coverage-cell";
import { publishedNumbers } from "./cell-data";
import { DecisionsCell } from "./decisions-cell";
import type { NotebookServices, NotebookViewProps } from "./notebook-services";
import { NOTEBOOK_STRINGS, fill, type NotebookStrings } from "./notebook-strings";
import { NotebookToolbar } from "./notebook-toolbar";
import { CellFrame, FeedbackBar, RemoveCellButton, type CellViewProps } from "./parts";
import { KeptPlans } from "./kept-plans";
import { DownloadUnsavedPlan, StoredPlanActions } from "./stored-plan";
import { ReplaceDialog } from "./replace-dialog";
import { useReplacing, type ReplacePlan } from "./use-replacing";
import type { ReplacedPlan } from "../../../notebook/plan/replaced-plans";
import { domId } from "./view-helpers";
import { PortfolioCell } from "./portfolio-cell";
import { RoadmapCell } from "./roadmap-cell";
import { ScoresCell } from "./scores-cell";
import { SegmentsCell } from "./segments-cell";
import { segmentationCells } from "../../../notebook/segmentation/kinds";
import { usePlan, type SaveState } from "./use-plan";
import { withCurrency } from "./currency-labels";
import type { Currency } from "../../../notebook/plan/currency";

export type { NotebookServices, NotebookViewProps } from "./notebook-services";

// The billing import (and the file readers it loads) stay out of the notebook's first download.
const BillingImport = lazy(() =>
  import(/* webpackChunkName: "billing-import" */ "../billing/billing-import").then((module) => ({
    default: module.BillingImport,
  })),
);

const ADD_ID = domId("view", "add-calculation");
const ADD_SEGMENTATION_ID = domId("view", "add-segmentation");

/**
 * The planning notebook: the plan loaded from where it persists (or a new one), its cells in order, each
 * with its own view, a toolbar, and every change saved a moment later. A stored plan that cannot be read is
 * shown as such and left untouched until the person chooses to keep it aside.
 */
export function NotebookView({ language, services }: NotebookViewProps) {
  const { state, saving, keepAside, startAfresh, planOf, replace, replaced, currency, chooseCurrency } =
    usePlan(services, language);
  // The same object while the language and the currency are: the cells' views are redrawn when it changes.
  const t = useMemo(() => withCurrency(NOTEBOOK_STRINGS[language], currency), [language, currency]);
  return (
    <ViewSection id="notebook-heading" heading={t.heading} intro={t.intro}>
      {state.kind === "loading" && <Spinner size="tiny" label={t.loading} />}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{fill(t.loadFailed, { reason: state.reason[language] })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "blocked" && (
        <div>
          <div role="alert">
            <MessageBar intent="warning">
              <MessageBarBody>
                {state.reading.kind === "newer"
                  ? fill(t.newer, { version: state.reading.version })
                  : fill(t.unreadable, { reason: state.reading.reason[language] })}
              </MessageBarBody>
            </MessageBar>
          </div>
          <StoredPlanActions
            raw={state.reading.raw}
            language={language}
            keepAsideLabel={t.keepAside}
            onKeepAside={() => void keepAside()}
            onStartAfresh={startAfresh}
          />
          {state.problem && (
            <MessageBar intent="error">
              <MessageBarBody>{state.problem[language]}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {state.kind === "ready" && (
        <NotebookBody
          notebook={state.notebook}
          notice={state.notice}
          services={services}
          language={language}
          t={t}
          saving={saving}
          planOf={planOf}
          replaced={replaced}
          onReplace={(plan, by, options) => replace(state.notebook, plan, by, options)}
          currency={currency}
          onCurrency={chooseCurrency}
        />
      )}
    </ViewSection>
  );
}

interface NotebookBodyProps {
  readonly notebook: Notebook;
  readonly notice: Bilingual | undefined;
  readonly services: NotebookServices;
  readonly language: Language;
  readonly t: NotebookStrings;
  readonly saving: SaveState;
  readonly planOf: (notebook: Notebook) => Plan;
  /** The plans replaced so far, newest first. */
  readonly replaced: readonly ReplacedPlan[];
  /** Keeps the current plan (unless `withoutCopy`) and replaces it; see `usePlan`. */
  readonly onReplace: ReplacePlan;
  /** The plan's currency, and how to choose another. */
  readonly currency: Currency;
  readonly onCurrency: (currency: Currency) => void;
}

function NotebookBody({
  notebook,
  notice,
  services,
  language,
  t,
  saving,
  planOf,
  replaced,
  onReplace,
  currency,
  onCurrency,
}: NotebookBodyProps) {
  const cells = useSyncExternalStore(notebook.subscribe, notebook.cells);
  const [added, setAdded] = useState<string | undefined>(undefined);
  const replacing = useReplacing({ notebook, services, language, t, planOf, replaced, onReplace });

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo the notebook's edits, except in a field being typed in,
  // where the browser's own text undo applies.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.target instanceof HTMLElement && event.target.dataset.dirty === "true") return;
    const key = event.key.toLowerCase();
    const redo = key === "y" || (key === "z" && event.shiftKey);
    if (key !== "z" && !redo) return;
    event.preventDefault();
    if (redo) notebook.redo();
    else notebook.undo();
  };

  const addCalculation = () => {
    const taken = new Set(publishedNumbers(cells).map(([name]) => name));
    for (const cell of cells) if (typeof cell.inputs.name === "string") taken.add(cell.inputs.name);
    let n = 1;
    while (taken.has(`result${n}`)) n++;
    setAdded(notebook.addCell({ kind: "calculation", inputs: { name: `result${n}`, expression: "" } }));
  };

  // The wizard's cells the plan does not have yet (all three for a plan started before the wizard existed).
  const missingSegmentation = segmentationCells(language).filter(
    (wanted) => !cells.some((cell) => cell.kind === wanted.kind),
  );
  const addSegmentation = () => {
    for (const wanted of missingSegmentation) {
      const taken = cells.some((cell) => cell.id === wanted.id);
      notebook.addCell(taken ? { kind: wanted.kind, inputs: wanted.inputs } : wanted);
    }
  };

  return (
    <div onKeyDown={onKeyDown}>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice[language]}</MessageBarBody>
        </MessageBar>
      )}
      <NotebookToolbar
        notebook={notebook}
        services={services}
        language={language}
        t={t}
        addId={ADD_ID}
        onAddCalculation={addCalculation}
        planOf={planOf}
        onImport={replacing.askImport}
        currency={currency}
        onCurrency={onCurrency}
      />
      <KeptPlans replaced={replaced} language={language} t={t} onRestore={replacing.askRestore} />
      <FeedbackBar feedback={replacing.feedback} language={language} />
      <ReplaceDialog request={replacing.request} language={language} t={t} onClose={replacing.onClose} />
      {/* Not a live region: "Saved" after every edit would interrupt a screen reader; a failure is an alert. */}
      {saving.kind === "pending" && <Text size={200}>{t.saving}</Text>}
      {saving.kind === "saved" && <Text size={200}>{t.saved}</Text>}
      <div role="alert">
        {saving.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {fill(t.saveFailed, { reason: saving.reason[language] })}{" "}
              <DownloadUnsavedPlan text={() => exportPlan(planOf(notebook))} language={language} />
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {cells.map((cell) => (
        <CellSwitch
          key={cell.id}
          cell={cell}
          cells={cells}
          notebook={notebook}
          language={language}
          t={t}
          services={services}
          added={added === cell.id}
        />
      ))}
      {missingSegmentation.length > 0 && (
        <div>
          <Button id={ADD_SEGMENTATION_ID} onClick={addSegmentation}>
            {t.addSegmentation}
          </Button>
        </div>
      )}
      <Suspense fallback={<Spinner size="tiny" />}>
        <BillingImport language={language} services={services} />
      </Suspense>
    </div>
  );
}

type CellSwitchProps = CellViewProps & { readonly services: NotebookServices; readonly added: boolean };

/** The kinds whose view shows what other cells publish: they are redrawn when any cell changes. */
const READS_OTHERS: ReadonlySet<string> = new Set(["capacity", "calculation", "segments"]);

/**
 * Whether a cell's view would draw the same: its inputs and output are the same objects (the engine keeps
 * them while they do not change), and so is what it is drawn with. Typing a score redraws the scores, the
 * decisions and what depends on them, not the whole notebook.
 */
const sameCell = (a: CellSwitchProps, b: CellSwitchProps): boolean =>
  a.cell.kind === b.cell.kind &&
  a.cell.inputs === b.cell.inputs &&
  a.cell.output === b.cell.output &&
  a.language === b.language &&
  a.t === b.t &&
  a.notebook === b.notebook &&
  a.services === b.services &&
  a.added === b.added &&
  (!READS_OTHERS.has(a.cell.kind) || a.cells === b.cells);

const CellSwitch = memo(function CellSwitch(props: CellSwitchProps) {
  const { cell, notebook, language, t, services, added, ...rest } = props;
  const common = { cell, notebook, language, t, ...rest };
  switch (cell.kind) {
    case "actions":
      return <ActionsCell {...common} services={services} />;
    case "scores":
      return <ScoresCell {...common} />;
    case "decisions":
      return <DecisionsCell {...common} />;
    case "roadmap":
      return <RoadmapCell {...common} />;
    case "capacity":
      return <CapacityCell {...common} />;
    case "portfolio":
      return <PortfolioCell {...common} services={services} />;
    case "segments":
      return <SegmentsCell {...common} />;
    case "coverage":
      return <CoverageCell {...common} />;
    case "calculation":
      return <CalculationCell {...common} autoFocus={added} focusAfterRemove={ADD_ID} />;
    default:
      return <UnknownCell cell={cell} notebook={notebook} language={language} t={t} />;
  }
}, sameCell);

/** A cell of a kind this CSM Kit does not know: its error says so, and it can be removed. */
function UnknownCell({ cell, notebook, language, t }: Omit<CellViewProps, "cells"> & { cell: CellView }) {
  return (
    <CellFrame cell={cell} heading={fill(t.cellUnknown, { id: cell.id })} language={language} t={t}>
      <RemoveCellButton
        cellId={cell.id}
        name={fill(t.removeCell, { id: cell.id })}
        notebook={notebook}
        t={t}
        focusAfterRemove={ADD_ID}
      />
    </CellFrame>
  );
}
