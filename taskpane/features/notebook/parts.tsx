/**
 * Small pieces the notebook's cells share: the frame of a cell (heading, error, notes), feedback, figures,
 * and the buttons that move and remove list items and cells.
 */
import {
  Button,
  Caption1,
  List,
  ListItem,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Bilingual, Language } from "../../../functions/excel/language";
import type { CellView, Notebook } from "../../../notebook/engine/types";
import { fill, type NotebookStrings } from "./notebook-strings";
import { domId, focusLater } from "./view-helpers";

export const useStyles = makeStyles({
  cell: {
    display: "grid",
    // One track no wider than the pane: a long note or a wide table scrolls or wraps, never widens the cell.
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    // Its tables stack their rows when the cell, not the window, is narrow: the same at any pane width.
    containerType: "inline-size",
  },
  heading: { margin: "0" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  grid: {
    display: "grid",
    // One field a line in a narrow pane, as many 240 px columns as fit in a wide one: room for a drop-down
    // list's choice as long as "Base de connaissances" or a tier named "Entreprises intermédiaires".
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 240px), 1fr))",
    gap: tokens.spacingHorizontalS,
    // Fluent's inputs and selects have a minimum width of their own (a select's: its longest option): let
    // them shrink to their column instead of spilling over the next field.
    "& .fui-Input, & .fui-Select, & select": { minWidth: "0" },
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
    // An attribute, not a class: it must outrank the rule above, whose selector names an element.
    "& [data-numeric]": { textAlign: "right", fontVariantNumeric: "tabular-nums" },
    // In a narrow cell each row becomes a card: its header first, then one "label value" line per column
    // (the label from the cell's data-label, left out of the accessible name: the column header says it).
    "@container (max-width: 479px)": {
      display: "block",
      "& thead": {
        position: "absolute",
        width: "1px",
        height: "1px",
        overflow: "hidden",
        clipPath: "inset(50%)",
        whiteSpace: "nowrap",
      },
      "& tbody": { display: "grid", rowGap: tokens.spacingVerticalS },
      "& tr": {
        display: "grid",
        rowGap: tokens.spacingVerticalXXS,
        paddingBottom: tokens.spacingVerticalS,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
      "& th, & td": {
        display: "flex",
        justifyContent: "space-between",
        columnGap: tokens.spacingHorizontalS,
        padding: "0",
        textAlign: "right",
        overflowWrap: "break-word",
      },
      "& th[scope=row]": { order: -1, fontWeight: tokens.fontWeightSemibold, textAlign: "left" },
      "& [data-label]::before": {
        content: 'attr(data-label) / ""',
        flexShrink: 0,
        maxWidth: "60%",
        textAlign: "left",
        color: tokens.colorNeutralForeground3,
        fontWeight: tokens.fontWeightRegular,
      },
    },
  },
  // Read by screen readers, not shown, and no wider than 1 px: put it on a block (a div, a caption), never
  // on a table, whose width is at least its content's whatever its style says.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    padding: "0",
    margin: "-1px",
    border: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    clipPath: "inset(50%)",
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
        <MessageBar intent={feedback.intent} layout="multiline">
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
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{output.message[language]}</MessageBarBody>
        </MessageBar>
      )}
      {notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.notes}</MessageBarTitle>
            <LongList items={notes.map((note) => note[language])} t={t} />
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** How many items a long list shows before "Show all". */
const SHOWN = 50;

/**
 * A list of texts that shows its first 50 and offers the rest: a portfolio of thousands of rows with a
 * problem each is all listed, without drawing thousands of items up front.
 */
export function LongList({ items, t }: { items: readonly string[]; t: NotebookStrings }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul>
        {shown.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {items.length > shown.length && (
        <Button size="small" onClick={() => setAll(true)}>
          {fill(t.showAll, { count: items.length })}
        </Button>
      )}
    </>
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

/** Named figures as a list, "label: value" each (as the language writes it), named after what they are. */
export function FigureList({
  label,
  figures,
  t,
}: {
  label: string;
  figures: readonly Figure[];
  t: NotebookStrings;
}) {
  const styles = useStyles();
  return (
    <List className={styles.inline} aria-label={label}>
      {figures.map((figure) => (
        <ListItem key={figure.key}>
          {fill(t.labelValue, { label: figure.label, value: figure.value })}
        </ListItem>
      ))}
    </List>
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

export interface DataColumn {
  readonly label: string;
  /** Right-aligned, with tabular figures. */
  readonly numeric?: boolean;
}

export interface DataTableProps {
  /** Names the table for assistive technology (visually hidden). */
  readonly caption: string;
  readonly columns: readonly DataColumn[];
  /** One entry per row; the first cell is the row's header. */
  readonly rows: readonly { readonly key: string; readonly cells: readonly ReactNode[] }[];
}

/**
 * A small table of figures: a hidden caption, column headers, and each row headed by its first cell; in a
 * narrow cell, one card per row.
 */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const styles = useStyles();
  const numeric = (i: number) => (columns[i]?.numeric === true ? "" : undefined);
  return (
    <table className={styles.table}>
      <caption className={styles.hidden}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" data-numeric={numeric(i)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [first, ...others] }) => (
          <tr key={key}>
            <th scope="row">{first}</th>
            {others.map((cell, i) => (
              <td key={i} data-numeric={numeric(i + 1)} data-label={columns[i + 1]?.label}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
