import { Button, Caption1, List, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { roadmapDrafts } from "../../../functions/scaling/roadmap-drafts";
import type { RoadmapItem } from "../../../functions/scaling/roadmap";
import {
  asJson,
  automatePriorities,
  cellOfKind,
  decisionRows,
  roadmapItems,
  timelineRows,
  uniqueKeys,
} from "./cell-data";
import { TextField } from "./fields";
import { CellFrame, FeedbackBar, FigureList, useStyles, type CellViewProps, type Feedback } from "./parts";
import { bilingual, domId, useFormats } from "./view-helpers";
import { RoadmapRow } from "./roadmap-item";
import { TimelineChart } from "./timeline-chart";
import { useListEdits, usePaged } from "./pager";

/**
 * The roadmap cell: its start date, candidate solutions drafted from the actions to automate and edited one
 * by one, the validated timeline as a chart and a table, and its totals.
 */
export function RoadmapCell({ cell, notebook, language, t }: CellViewProps) {
  const styles = useStyles();
  const formats = useFormats(language);
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const items = roadmapItems(cell);
  const setItems = (next: readonly RoadmapItem[]) => notebook.setInput(cell.id, "items", asJson(next));
  const start = typeof cell.inputs.start === "string" ? cell.inputs.start : "";
  const keys = uniqueKeys(items.map((item) => item.actionId));
  const headingId = domId(cell.id, "heading");
  const edits = useListEdits(items, setItems);
  const { shown, pager } = usePaged(
    items,
    (item) => `${item.action ?? ""} ${item.solution ?? ""} ${item.actionId}`,
    {
      id: cell.id,
      t,
      searchLabel: t.findAction,
      language,
    },
  );

  const draft = () => {
    // The notebook's cells as they are now: this view is not redrawn when only the decisions change.
    const priorities = automatePriorities(decisionRows(cellOfKind(notebook.cells(), "decisions")));
    if (priorities.length === 0) {
      setFeedback({ intent: "info", text: bilingual("nothingToAutomate") });
      return;
    }
    const present = new Set(items.map((item) => item.actionId));
    const drafts = roadmapDrafts(
      priorities
        .filter((row) => !present.has(row.id))
        .map(({ id, label, stage, priority }) => ({ id, label, stage, priority })),
    );
    if (drafts.length > 0) setItems([...items, ...drafts]);
    setFeedback(
      drafts.length > 0
        ? { intent: "success", text: bilingual("drafted", { count: drafts.length }) }
        : { intent: "info", text: bilingual("nothingToDraft") },
    );
  };

  const { output } = cell;
  const value = (name: string): number | null => {
    const found = output.kind === "ok" ? output.values[name] : undefined;
    return typeof found === "number" ? found : null;
  };
  const timeline = timelineRows(cell);
  const end = timeline.at(-1)?.end ?? start;
  const timelinePage = usePaged(timeline, (row) => `${row.action} ${row.solution} ${row.actionId}`, {
    id: `${cell.id}-timeline`,
    t,
    searchLabel: t.findAction,
    language,
  });
  const money = (name: string) => formats.number(value(name));

  return (
    <CellFrame cell={cell} heading={t.cellRoadmap} intro={t.roadmapIntro} language={language} t={t}>
      <div className={styles.row}>
        <TextField
          type="date"
          label={t.roadmapStart}
          value={start}
          onCommit={(date) => notebook.setInput(cell.id, "start", date)}
        />
        <Button onClick={draft}>{t.draft}</Button>
      </div>
      <FeedbackBar feedback={feedback} language={language} />
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.candidates}
      </Subtitle2>
      {items.length === 0 && <Caption1>{t.noCandidates}</Caption1>}
      {pager}
      <List as="ol" className={styles.list}>
        {shown.map(({ item, index }) => (
          <RoadmapRow
            key={keys[index]}
            item={item}
            index={index}
            count={items.length}
            idBase={domId(cell.id, keys[index] ?? String(index))}
            language={language}
            t={t}
            edits={edits}
            focusAfterRemove={headingId}
          />
        ))}
      </List>
      {output.kind === "ok" && (
        <>
          <Subtitle2 as="h4" className={styles.subheading}>
            {t.totals}
          </Subtitle2>
          <FigureList
            t={t}
            label={t.totals}
            figures={[
              { key: "oneOff", label: t.oneOff, value: money("roadmapOneOff") },
              { key: "monthly", label: t.monthly, value: money("roadmapMonthly") },
              { key: "firstYear", label: t.firstYear, value: money("roadmapCost") },
              { key: "weeks", label: t.weeks, value: formats.number(value("roadmapWeeks")) },
              { key: "end", label: t.end, value: end === "" ? t.none : formats.date(end) },
            ]}
          />
          <Subtitle2 as="h4" className={styles.subheading}>
            {t.timeline}
          </Subtitle2>
          {timeline.length === 0 ? (
            <Caption1>{t.timelineEmpty}</Caption1>
          ) : (
            <>
              {timelinePage.pager}
              <TimelineChart
                rows={timelinePage.shown.map(({ item }) => item)}
                count={timeline.length}
                start={start}
                end={end}
                weeks={value("roadmapWeeks") ?? 0}
                formats={formats}
                t={t}
              />
            </>
          )}
        </>
      )}
    </CellFrame>
  );
}
