/**
 * Long lists of a plan shown a page at a time: a plan holds up to 2,000 actions (notebook/plan/limits.ts), and
 * ten radio buttons, a text field or a table row for each would take seconds to draw and make every edit
 * slow. A list longer than a page gets a search field (by label, accents and case ignored) and Previous / Next
 * buttons with "51–100 of 2,000" between them; a shorter one is shown whole, with nothing added.
 */
import { Button, Caption1, Field, Input } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type ReactElement } from "react";
import type { Language } from "../../../functions/excel/language";
import { countText } from "../../../notebook/plan/limits";
import { normalizeWord } from "../../../functions/excel/arguments";
import { fill, type NotebookStrings } from "./notebook-strings";
import { useStyles } from "./parts";
import { domId, moved } from "./view-helpers";

/**
 * The rows a page shows: few enough that one edit redraws within 50 ms at 2,000 actions (bench/pane.ts), and
 * that a page of roadmap solutions, a dozen fields each, stays a short scroll.
 */
export const PAGE_SIZE = 25;

/** One item shown, with its place in the whole list (which the edits, moves and removals refer to). */
export interface Shown<T> {
  readonly item: T;
  readonly index: number;
}

export interface Paged<T> {
  /** The items of the page, each with its index in the whole list. */
  readonly shown: readonly Shown<T>[];
  /** The search field and the page buttons, or nothing when the list fits in a page. */
  readonly pager: ReactElement | null;
}

interface PagerProps {
  readonly id: string;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly onPage: (step: -1 | 1) => void;
  readonly t: NotebookStrings;
  readonly searchLabel: string;
  readonly language: Language;
}

function Pager({ id, query, onQuery, from, to, count, onPage, t, searchLabel, language }: PagerProps) {
  const styles = useStyles();
  const statusId = `${id}-status`;
  return (
    <div className={styles.fieldset}>
      <Field label={searchLabel}>
        <Input type="search" value={query} onChange={(_, data) => onQuery(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button disabledFocusable={from <= 1} aria-describedby={statusId} onClick={() => onPage(-1)}>
          {fill(t.pagePrevious, { size: PAGE_SIZE })}
        </Button>
        <Caption1 id={statusId} role="status" aria-live="polite">
          {count === 0
            ? fill(t.pageNone, { query })
            : fill(t.pageShowing, { from, to, count: countText(count)[language] })}
        </Caption1>
        <Button disabledFocusable={to >= count} aria-describedby={statusId} onClick={() => onPage(1)}>
          {fill(t.pageNext, { size: PAGE_SIZE })}
        </Button>
      </div>
    </div>
  );
}

/**
 * A page of a list and its pager. The page stays in range when the list shrinks; a new search goes back to
 * the first page.
 *
 * @param items - the whole list
 * @param labelOf - the text a search matches (an action's label and id)
 * @param options - the pager's DOM id base, the words, the search field's label
 * @returns the page's items and the pager
 */
export function usePaged<T>(
  items: readonly T[],
  labelOf: (item: T) => string,
  {
    id,
    t,
    searchLabel,
    language,
  }: { id: string; t: NotebookStrings; searchLabel: string; language: Language },
): Paged<T> {
  const [page, setPage] = useState(0);
  const [query, setQuery] = useState("");
  if (items.length <= PAGE_SIZE) {
    return { shown: items.map((item, index) => ({ item, index })), pager: null };
  }
  const wanted = normalizeWord(query);
  const all = items.map((item, index) => ({ item, index }));
  const matching =
    wanted === "" ? all : all.filter(({ item }) => normalizeWord(labelOf(item)).includes(wanted));
  const last = Math.max(0, Math.ceil(matching.length / PAGE_SIZE) - 1);
  const current = Math.min(page, last);
  const shown = matching.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const from = matching.length === 0 ? 0 : current * PAGE_SIZE + 1;
  const pager = (
    <Pager
      id={domId(id, "pager")}
      query={query}
      onQuery={(next) => {
        setQuery(next);
        setPage(0);
      }}
      from={from}
      to={current * PAGE_SIZE + shown.length}
      count={matching.length}
      onPage={(step) => setPage(Math.min(last, Math.max(0, current + step)))}
      t={t}
      searchLabel={searchLabel}
      language={language}
    />
  );
  return { shown, pager };
}

/** Edits of a list by index: see {@link useListEdits}. */
export interface ListEdits<T> {
  readonly change: (index: number, item: T) => void;
  readonly move: (from: number, to: number) => void;
  readonly remove: (index: number) => void;
}

/**
 * Edits of a list by index that stay the same functions while the list changes, and always edit the list as
 * it is now: the rows drawn with them can be memoised, so that an edit elsewhere in the plan does not redraw
 * a page of fields (at 2,000 actions, redrawing them took most of a score edit's time).
 *
 * @param items - the list as it is now
 * @param setItems - sets the whole list (one edit)
 * @returns the edits
 */
export function useListEdits<T>(
  items: readonly T[],
  setItems: (next: readonly T[]) => unknown,
): ListEdits<T> {
  const latest = useRef({ items, setItems });
  useEffect(() => {
    latest.current = { items, setItems };
  });
  return useMemo(
    () => ({
      change: (index, item) =>
        latest.current.setItems(latest.current.items.map((other, i) => (i === index ? item : other))),
      move: (from, to) => latest.current.setItems(moved(latest.current.items, from, to)),
      remove: (index) => latest.current.setItems(latest.current.items.filter((_, i) => i !== index)),
    }),
    [],
  );
}
