import { Checkbox, Field, ListItem, Select } from "@fluentui/react-components";
import { memo } from "react";
import type { ListEdits } from "./pager";
import type { Language } from "../../../functions/excel/language";
import type { RoadmapItem } from "../../../functions/scaling/roadmap";
import {
  SOLUTION_KINDS,
  SOLUTION_KIND_LABELS,
  type SolutionKind,
} from "../../../functions/scaling/solution-kinds";
import { fill, type NotebookStrings } from "./notebook-strings";
import { NumberField, TextField } from "./fields";
import { ItemButtons, useStyles } from "./parts";

/** The numbers of a roadmap item, as the person types them. */
const NUMBERS = [
  ["oneOffCost", "oneOff", "oneOffFor"],
  ["monthlyCost", "monthly", "monthlyFor"],
  ["weeks", "weeks", "weeksFor"],
  ["priority", "priority", "priorityFor"],
] as const;

export interface RoadmapItemEditorProps {
  readonly item: RoadmapItem;
  readonly index: number;
  readonly count: number;
  /** Stable for the item wherever it moves: its buttons' ids. */
  readonly idBase: string;
  readonly language: Language;
  readonly t: NotebookStrings;
  readonly onChange: (item: RoadmapItem) => void;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: () => void;
  readonly focusAfterRemove: string;
}

/** {@link RoadmapItemEditor} redrawn only when its item, place or words change: its edits are stable. */
export const RoadmapRow = memo(function RoadmapRow(
  props: Omit<RoadmapItemEditorProps, "onChange" | "onMove" | "onRemove"> & {
    readonly edits: ListEdits<RoadmapItem>;
  },
) {
  const { edits, ...rest } = props;
  return (
    <RoadmapItemEditor
      {...rest}
      onChange={(changed) => edits.change(props.index, changed)}
      onMove={edits.move}
      onRemove={() => edits.remove(props.index)}
    />
  );
});

/** One candidate solution of the roadmap: every field named after its action. */
export function RoadmapItemEditor(props: RoadmapItemEditorProps) {
  const { item, index, count, idBase, language, t, onChange, onMove, onRemove, focusAfterRemove } = props;
  const styles = useStyles();
  const label = item.action || item.actionId;
  const named = (text: string) => fill(text, { label });
  const number = (value: unknown): number | null => (typeof value === "number" ? value : null);
  return (
    <ListItem className={styles.item}>
      <fieldset className={styles.fieldset}>
        <legend>{label}</legend>
        <TextField
          label={t.solution}
          name={named(t.solutionFor)}
          value={item.solution ?? ""}
          onCommit={(solution) => onChange({ ...item, solution })}
        />
        <div className={styles.grid}>
          <Field label={t.kind}>
            <Select
              aria-label={named(t.kindFor)}
              value={item.kind ?? "other"}
              onChange={(_, data) => onChange({ ...item, kind: data.value as SolutionKind })}
            >
              {SOLUTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SOLUTION_KIND_LABELS[kind][language]}
                </option>
              ))}
            </Select>
          </Field>
          <TextField
            label={t.owner}
            name={named(t.ownerFor)}
            value={item.owner ?? ""}
            onCommit={(owner) => onChange({ ...item, owner })}
          />
          {NUMBERS.map(([key, visible, name]) => (
            <NumberField
              key={key}
              label={t[visible]}
              name={named(t[name])}
              value={number(item[key])}
              language={language}
              onCommit={(value) => onChange({ ...item, [key]: value })}
            />
          ))}
        </div>
        <Checkbox
          label={t.validated}
          aria-label={named(t.validatedFor)}
          checked={item.validated === true}
          onChange={(_, data) => onChange({ ...item, validated: data.checked === true })}
        />
        <ItemButtons
          index={index}
          count={count}
          idBase={idBase}
          names={{
            up: named(t.moveSolutionUp),
            down: named(t.moveSolutionDown),
            remove: named(t.removeSolution),
          }}
          t={t}
          onMove={onMove}
          onRemove={onRemove}
          focusAfterRemove={focusAfterRemove}
        />
      </fieldset>
    </ListItem>
  );
}
