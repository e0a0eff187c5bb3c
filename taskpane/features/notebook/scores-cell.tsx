import { Button, Caption1, List, ListItem, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { memo, useState, type KeyboardEvent } from "react";
import { libraryAction } from "../../../functions/scaling/action-library";
import type { Notebook, TableCell } from "../../../notebook/engine/types";
import { outputRows, uniqueKeys } from "./cell-data";
import { fill, type NotebookStrings } from "./notebook-strings";
import { CellFrame, FeedbackBar, useStyles, type CellViewProps, type Feedback } from "./parts";
import { bilingual } from "./view-helpers";
import { usePaged } from "./pager";

const SCORES = ["1", "2", "3", "4", "5"] as const;

/** A score as the scores table holds it: a number, or `null` when missing or not a number. */
const scoreOf = (cell: TableCell | undefined): number | null => (typeof cell === "number" ? cell : null);

interface ScoreGroupProps {
  readonly label: string;
  readonly name: string;
  readonly value: number | null;
  readonly onSet: (score: number | null) => void;
}

/**
 * One score, 1 to 5, as a radio group: the arrow keys move it, a digit from 1 to 5 sets it, Delete or
 * Backspace clears it, Tab leaves the group.
 */
function ScoreGroup({ label, name, value, onSet }: ScoreGroupProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (SCORES.includes(event.key as (typeof SCORES)[number])) {
      event.preventDefault();
      onSet(Number(event.key));
      event.currentTarget.querySelector<HTMLInputElement>(`input[value="${event.key}"]`)?.focus();
    } else if ((event.key === "Delete" || event.key === "Backspace") && value !== null) {
      event.preventDefault();
      onSet(null);
    }
  };
  return (
    <div>
      <Caption1 aria-hidden>{label}</Caption1>
      <RadioGroup
        layout="horizontal"
        aria-label={name}
        value={value === null ? "" : String(value)}
        onChange={(_, data) => onSet(Number(data.value))}
        onKeyDown={onKeyDown}
      >
        {SCORES.map((score) => (
          <Radio key={score} value={score} label={score} />
        ))}
      </RadioGroup>
    </div>
  );
}

interface ScoreRowProps {
  readonly cellId: string;
  /** The scores table's row: id, action, stage, time, value. The same object while it does not change. */
  readonly row: readonly TableCell[];
  readonly notebook: Notebook;
  readonly t: NotebookStrings;
}

/** One action's two scores; redrawn only when its row changes. Each edit sets that action's one input. */
const ScoreRow = memo(function ScoreRow({ cellId, row, notebook, t }: ScoreRowProps) {
  const styles = useStyles();
  const id = String(row[0]);
  const label = String(row[1] ?? "") || id;
  const time = scoreOf(row[3]);
  const value = scoreOf(row[4]);
  return (
    <ListItem className={styles.item}>
      <Text weight="semibold">{label}</Text>
      <div className={styles.row}>
        <ScoreGroup
          label={t.time}
          name={fill(t.timeFor, { label })}
          value={time}
          onSet={(score) => notebook.setInput(cellId, id, { time: score, value })}
        />
        <ScoreGroup
          label={t.value}
          name={fill(t.valueFor, { label })}
          value={value}
          onSet={(score) => notebook.setInput(cellId, id, { time, value: score })}
        />
      </div>
    </ListItem>
  );
});

/** The scores cell: time and value 1–5 for each listed action, one input per action. */
export function ScoresCell({ cell, notebook, language, t }: CellViewProps) {
  const styles = useStyles();
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const rows = outputRows(cell);
  const keys = uniqueKeys(rows.map((row) => String(row[0])));
  // A page of rows at a time: ten radio buttons an action make a long list slow to draw and to edit.
  const { shown, pager } = usePaged(rows, (row) => `${String(row[1] ?? "")} ${String(row[0])}`, {
    id: cell.id,
    t,
    searchLabel: t.findAction,
    language,
  });

  // One input per action, as the scores cell wants, all in one edit (one undo step); an action keeps the
  // scores it has.
  const suggest = () => {
    const changes = rows.flatMap((row) => {
      const id = String(row[0]);
      const suggestion = libraryAction(id);
      const time = scoreOf(row[3]);
      const value = scoreOf(row[4]);
      if (suggestion === undefined || (time !== null && value !== null)) return [];
      const score = { time: time ?? suggestion.time, value: value ?? suggestion.value };
      return [{ cellId: cell.id, key: id, value: score }];
    });
    notebook.setInputs(changes);
    const count = changes.length;
    setFeedback(
      count > 0
        ? { intent: "success", text: bilingual("suggested", { count }) }
        : { intent: "info", text: bilingual("noSuggestion") },
    );
  };

  return (
    <CellFrame cell={cell} heading={t.cellScores} intro={t.scoresIntro} language={language} t={t}>
      {rows.length === 0 ? (
        <Caption1>{t.scoreFirst}</Caption1>
      ) : (
        <>
          <div>
            <Button onClick={suggest}>{t.useSuggested}</Button>
          </div>
          <FeedbackBar feedback={feedback} language={language} />
          {pager}
          <List className={styles.list}>
            {shown.map(({ item: row, index }) => (
              <ScoreRow key={keys[index]} cellId={cell.id} row={row} notebook={notebook} t={t} />
            ))}
          </List>
        </>
      )}
    </CellFrame>
  );
}
