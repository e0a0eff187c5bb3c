import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  List,
  ListItem,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  ACTION_LIBRARY,
  STAGES,
  STAGE_LABELS,
  stageLabel,
  type Stage,
} from "../../../functions/scaling/action-library";
import type { Language } from "../../../functions/excel/language";
import type { ActionItem } from "../../../notebook/scaling-audit/actions";
import { newActionId } from "../../../notebook/scaling-audit/actions-import";
import { actionItems, asJson, uniqueKeys } from "./cell-data";
import type { NotebookServices } from "./notebook-services";
import { fill } from "./notebook-strings";
import { TextField } from "./fields";
import { CellFrame, FeedbackBar, ItemButtons, useStyles, type CellViewProps, type Feedback } from "./parts";
import { domId, moved } from "./view-helpers";
import { ReadTable } from "./read-table";
import { usePaged } from "./pager";
import { PLAN_LIMITS, tooManyActions } from "../../../notebook/plan/limits";

const LIBRARY_IDS: ReadonlySet<string> = new Set(ACTION_LIBRARY.map((action) => action.id));

interface StageSelectProps {
  readonly label: string;
  readonly value: Stage;
  readonly onChange: (stage: Stage) => void;
  readonly language: Language;
}

/** One of the library's stages, by its label in the person's language. */
function StageSelect({ label, value, onChange, language }: StageSelectProps) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value as Stage)}>
        {STAGES.map((key) => (
          <option key={key} value={key}>
            {STAGE_LABELS[key][language]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export interface ActionsCellProps extends CellViewProps {
  readonly services: Pick<NotebookServices, "listTables" | "readActions">;
}

/**
 * The actions cell: actions from the library by stage or of the team's own, edited, reordered, removed, or
 * read from a workbook table. Every edit sets the cell's `items` input once.
 */
export function ActionsCell({ cell, notebook, language, t, services }: ActionsCellProps) {
  const styles = useStyles();
  const [stage, setStage] = useState<Stage>(STAGES[0] ?? "onboarding");
  const [newLabel, setNewLabel] = useState("");
  const [newStage, setNewStage] = useState<Stage>(STAGES[0] ?? "onboarding");
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const items = actionItems(cell);
  const ids = new Set(items.map((item) => item.id));
  // Every change of the list goes through here: one that would pass the plan's limit is refused, and said.
  const setItems = (next: readonly ActionItem[]): boolean => {
    if (next.length > PLAN_LIMITS.actions && next.length > items.length) {
      setFeedback({ intent: "warning", text: tooManyActions(next.length) });
      return false;
    }
    setFeedback(undefined);
    notebook.setInput(cell.id, "items", asJson(next));
    return true;
  };
  const library = ACTION_LIBRARY.filter((action) => action.stage === stage);
  const missing = library.filter((action) => !ids.has(action.id));
  const fromLibrary = (action: (typeof ACTION_LIBRARY)[number]): ActionItem => ({
    id: action.id,
    label: action.label[language],
    stage: action.stage,
  });

  const addCustom = () => {
    const label = newLabel.trim();
    if (label === "") return;
    const id = newActionId(label, new Set([...ids, ...LIBRARY_IDS]));
    if (setItems([...items, { id, label, stage: newStage }])) setNewLabel("");
  };

  const keys = uniqueKeys(items.map((item) => item.id));
  const headingId = domId(cell.id, "heading");
  const { shown, pager } = usePaged(items, (item) => `${item.label} ${item.id}`, {
    id: cell.id,
    t,
    searchLabel: t.findAction,
    language,
  });

  return (
    <CellFrame cell={cell} heading={t.cellActions} intro={t.actionsIntro} language={language} t={t}>
      <StageSelect label={t.libraryStage} value={stage} onChange={setStage} language={language} />
      <fieldset>
        <legend>{fill(t.libraryOf, { stage: STAGE_LABELS[stage][language] })}</legend>
        {library.map((action) => (
          <div key={action.id}>
            <Checkbox
              label={action.label[language]}
              checked={ids.has(action.id)}
              onChange={(_, data) =>
                setItems(
                  data.checked === true
                    ? [...items, fromLibrary(action)]
                    : items.filter((item) => item.id !== action.id),
                )
              }
            />
          </div>
        ))}
        <Button
          disabledFocusable={missing.length === 0}
          onClick={() => setItems([...items, ...missing.map(fromLibrary)])}
        >
          {t.addAllStage}
        </Button>
      </fieldset>
      <div className={styles.row}>
        <Field label={t.newAction}>
          <Input
            value={newLabel}
            onChange={(_, data) => setNewLabel(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") addCustom();
            }}
          />
        </Field>
        <StageSelect label={t.newActionStage} value={newStage} onChange={setNewStage} language={language} />
        <Button disabledFocusable={newLabel.trim() === ""} onClick={addCustom}>
          {t.addAction}
        </Button>
      </div>
      <FeedbackBar feedback={feedback} language={language} />
      <ReadTable
        language={language}
        t={t}
        services={services}
        onRead={(read, scores) => {
          // The actions and the scores read with them (edited in Excel) are one edit: one undo step.
          const scoresCell = notebook.cells().find((other) => other.kind === "scores");
          notebook.setInputs([
            { cellId: cell.id, key: "items", value: asJson(read) },
            ...(scoresCell === undefined
              ? []
              : Object.entries(scores).map(([id, score]) => ({
                  cellId: scoresCell.id,
                  key: id,
                  value: { time: score.time ?? null, value: score.value ?? null },
                }))),
          ]);
        }}
        cellId={cell.id}
      />
      <Subtitle2 as="h4" className={styles.subheading}>
        {fill(t.yourActions, { count: items.length })}
      </Subtitle2>
      {items.length === 0 && <Caption1>{t.noActions}</Caption1>}
      {pager}
      <List as="ol" className={styles.list}>
        {shown.map(({ item, index }) => {
          const label = item.label || item.id;
          return (
            <ListItem key={keys[index]} className={styles.item}>
              <div className={styles.row}>
                <TextField
                  name={fill(t.actionLabel, { label })}
                  value={item.label}
                  onCommit={(text) => {
                    if (text.trim() === "") return false;
                    setItems(
                      items.map((other, i) => (i === index ? { ...other, label: text.trim() } : other)),
                    );
                  }}
                />
                <Caption1>{stageLabel(item.stage, language)}</Caption1>
              </div>
              <ItemButtons
                index={index}
                count={items.length}
                idBase={domId(cell.id, keys[index] ?? String(index))}
                names={{
                  up: fill(t.moveUp, { label }),
                  down: fill(t.moveDown, { label }),
                  remove: fill(t.removeAction, { label }),
                }}
                t={t}
                onMove={(from, to) => setItems(moved(items, from, to))}
                onRemove={() => setItems(items.filter((_, i) => i !== index))}
                focusAfterRemove={headingId}
              />
            </ListItem>
          );
        })}
      </List>
    </CellFrame>
  );
}
