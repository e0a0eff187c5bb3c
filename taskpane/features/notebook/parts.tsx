/**
 * Small pieces the notebook's cells share: the frame of a cell (heading, error, notes), feedback, figures,
 * and the buttons that move and remove list items and cells.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Language } from "../../../functions/excel/language";
import type { Bilingual, CellView, Notebook } from "../../notebook/engine-types";
import type { NotebookStrings } from "./notebook-strings";
import { domId, focusLater } from "./view-helpers";

export const useStyles = makeStyles({
  cell: {
    display: "grid",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  heading: { margin: "0" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  list: {
    listStyleType: "none",
    paddingLeft: "0",
    margin: "0",
    display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": { textAlign: "left", padding: "2px 6px" },
  },
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  inline: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    listStyleType: "none",
    padding: "0",
    margin: "0",
  },
  fieldset: { border: "none", padding: "0", margin: "0", display: "grid", rowGap: tokens.spacingVerticalXS },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
});

/** What every cell's view is given. */
export interface CellViewProps {
  readonly cell: CellView;
  /** Every cell of the notebook, for the cells that read another's output. */
  readonly cells: readonly CellView[];
  readonly notebook: Notebook;
  readonly language: Language;
  readonly t: NotebookStrings;
}

export interface Feedback {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly text: Bilingual;
  readonly details?: readonly Bilingual[];
}

/** A polite live region showing the outcome of the last action, if any. */
export function FeedbackBar({ feedback, language }: { feedback: Feedback | undefined; language: Language }) {
  return (
    <div role="status" aria-live="polite">
      {feedback && (
        <MessageBar intent={feedback.intent}>
          <MessageBarBody>
            {feedback.text[language]}
            {feedback.details && feedback.details.length > 0 && (
              <ul>
                {feedback.details.map((detail, i) => (
                  <li key={i}>{detail[language]}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export interface CellFrameProps {
  readonly cell: CellView;
  readonly heading: string;
  readonly intro?: string;
  readonly language: Language;
  readonly t: NotebookStrings;
  readonly children: ReactNode;
}

/** A cell of the notebook: a section with its heading, its view, and its error or notes. */
export function CellFrame({ cell, heading, intro, language, t, children }: CellFrameProps) {
  const styles = useStyles();
  const headingId = domId(cell.id, "heading");
  const { output } = cell;
  const notes = output.kind === "ok" ? (output.notes ?? []) : [];
  return (
    <section aria-labelledby={headingId} className={styles.cell}>
      <Subtitle1 as="h3" id={headingId} tabIndex={-1} className={styles.heading}>
        {heading}
      </Subtitle1>
      {intro && <Caption1 block>{intro}</Caption1>}
      {children}
      {output.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{output.message[language]}</MessageBarBody>
        </MessageBar>
      )}
      {notes.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t.notes}</MessageBarTitle>
            <ul>
              {notes.map((note, i) => (
                <li key={i}>{note[language]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export interface ItemButtonsProps {
  readonly index: number;
  readonly count: number;
  /** Where the item's buttons get their ids: stable for the item, wherever it moves. */
  readonly idBase: string;
  readonly names: { readonly up: string; readonly down: string; readonly remove: string };
  readonly t: NotebookStrings;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: () => void;
  /** What gets the focus once the item is gone. */
  readonly focusAfterRemove: string;
}

/** Up, Down and Remove for one item of a list; the focus follows the item, or goes on after a removal. */
export function ItemButtons({
  index,
  count,
  idBase,
  names,
  t,
  onMove,
  onRemove,
  focusAfterRemove,
}: ItemButtonsProps) {
  const styles = useStyles();
  const move = (to: number, button: "up" | "down") => {
    onMove(index, to);
    focusLater(`${idBase}-${button}`);
  };
  return (
    <div className={styles.buttons}>
      <Button
        id={`${idBase}-up`}
        size="small"
        disabledFocusable={index === 0}
        aria-label={names.up}
        onClick={() => move(index - 1, "up")}
      >
        {t.up}
      </Button>
      <Button
        id={`${idBase}-down`}
        size="small"
        disabledFocusable={index === count - 1}
        aria-label={names.down}
        onClick={() => move(index + 1, "down")}
      >
        {t.down}
      </Button>
      <Button
        id={`${idBase}-remove`}
        size="small"
        aria-label={names.remove}
        onClick={() => {
          onRemove();
          focusLater(focusAfterRemove);
        }}
      >
        {t.remove}
      </Button>
    </div>
  );
}

export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** Named figures as a list, "label: value" each, the list named after what they are. */
export function FigureList({ label, figures }: { label: string; figures: readonly Figure[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.inline} aria-label={label}>
      {figures.map((figure) => (
        <li key={figure.key}>{`${figure.label}: ${figure.value}`}</li>
      ))}
    </ul>
  );
}

export interface RemoveCellButtonProps {
  readonly cellId: string;
  /** The button's accessible name: which cell it removes. */
  readonly name: string;
  readonly notebook: Notebook;
  readonly t: NotebookStrings;
  /** Where the focus goes once the cell is gone. */
  readonly focusAfterRemove: string;
}

/** Removes a whole cell of the notebook (Undo brings it back). */
export function RemoveCellButton({ cellId, name, notebook, t, focusAfterRemove }: RemoveCellButtonProps) {
  return (
    <div>
      <Button
        aria-label={name}
        onClick={() => {
          notebook.removeCell(cellId);
          focusLater(focusAfterRemove);
        }}
      >
        {t.remove}
      </Button>
    </div>
  );
}
