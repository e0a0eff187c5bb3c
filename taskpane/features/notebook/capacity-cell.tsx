import { Caption1, List, ListItem, Subtitle2, Text } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useRef } from "react";
import type { Language } from "../../../functions/excel/language";
import type { Notebook } from "../../../notebook/engine/types";
import { DEFAULT_HOURS_PER_CSM } from "../../../functions/scaling/capacity";
import type { Json } from "../../../notebook/engine/types";
import type { CAPACITY_FIGURES } from "../../../notebook/scaling-audit/capacity";
import { cellOfKind, numberInput, numbersByKey, timelineRows } from "./cell-data";
import { fill, type NotebookStringKey, type NotebookStrings } from "./notebook-strings";
import { NumberField } from "./fields";
import { CellFrame, FigureList, useStyles, type CellViewProps } from "./parts";
import { numberText, useFormats } from "./view-helpers";
import { usePaged } from "./pager";

/** The team's figures: input key and label. */
const TEAM = [
  ["accounts", "accounts"],
  ["csmHeadcount", "csmHeadcount"],
  ["hoursPerCsm", "hoursPerCsm"],
  ["csmHoursPerAccount", "csmHoursPerAccount"],
  ["loadedCostPerCsm", "loadedCost"],
] as const satisfies readonly (readonly [string, NotebookStringKey])[];

/** The figures shown, with their label and decimals. */
const FIGURES: readonly (readonly [(typeof CAPACITY_FIGURES)[number], NotebookStringKey, number])[] = [
  ["hoursFreed", "hoursFreed", 1],
  ["fteFreed", "fteFreed", 2],
  ["accountsPerCsmBefore", "accountsBefore", 1],
  ["accountsPerCsmAfter", "accountsAfter", 1],
  ["paybackMonths", "payback", 1],
];

/** Sets or, for `null`, removes one key of an object of numbers. */
function withNumber(numbers: Readonly<Record<string, number>>, key: string, value: number | null): Json {
  const others = Object.entries(numbers).filter(([other]) => other !== key);
  return Object.fromEntries(value === null ? others : [...others, [key, value]]);
}

interface ActionRowProps {
  readonly id: string;
  readonly label: string;
  readonly hours: number | null;
  /** The share automation removes, 0–1. */
  readonly share: number | null;
  readonly language: Language;
  readonly t: NotebookStrings;
  /** Stable while the cell lives: sets one action's hours or share in the cell's inputs as they are now. */
  readonly set: (field: "hours" | "shares", id: string, value: number | null) => void;
}

/** One roadmap action's hours and share, redrawn only when they change. */
const ActionRow = memo(function ActionRow({ id, label, hours, share, language, t, set }: ActionRowProps) {
  const styles = useStyles();
  return (
    <ListItem className={styles.item}>
      <Text weight="semibold">{label}</Text>
      <div className={styles.grid}>
        <NumberField
          label={t.hoursPerAccount}
          name={fill(t.hoursFor, { label })}
          value={hours}
          language={language}
          onCommit={(value) => set("hours", id, value)}
        />
        <NumberField
          label={t.share}
          name={fill(t.shareFor, { label })}
          value={share === null ? null : share * 100}
          language={language}
          placeholder="100"
          onCommit={(value) => set("shares", id, value === null ? null : value / 100)}
        />
      </div>
    </ListItem>
  );
});

/** {@link ActionRowProps.set} for a capacity cell: one function for the cell's life. */
function useSetNumber(
  notebook: Notebook,
  cellId: string,
  hours: Readonly<Record<string, number>>,
  shares: Readonly<Record<string, number>>,
) {
  const latest = useRef({ hours, shares });
  useEffect(() => {
    latest.current = { hours, shares };
  });
  return useMemo(
    () => (field: "hours" | "shares", id: string, value: number | null) =>
      notebook.setInput(cellId, field, withNumber(latest.current[field], id, value)),
    [notebook, cellId],
  );
}

/**
 * The capacity cell: the team's figures, the hours each validated roadmap action takes today per account
 * (and the share automation removes), and what the roadmap frees; "—" where a figure cannot be computed,
 * the notes saying why.
 */
export function CapacityCell({ cell, cells, notebook, language, t }: CellViewProps) {
  const styles = useStyles();
  const formats = useFormats(language);
  const hours = numbersByKey(cell.inputs.hours);
  const shares = numbersByKey(cell.inputs.shares);
  const actions = new Map<string, string>();
  for (const row of timelineRows(cellOfKind(cells, "roadmap")))
    if (!actions.has(row.actionId)) actions.set(row.actionId, row.action || row.actionId);
  const set = useSetNumber(notebook, cell.id, hours, shares);
  const { shown, pager } = usePaged([...actions], ([id, label]) => `${label} ${id}`, {
    id: cell.id,
    t,
    searchLabel: t.findAction,
    language,
  });
  const { output } = cell;
  const figure = (name: string): number | null => {
    const value = output.kind === "ok" ? output.values[name] : undefined;
    return typeof value === "number" ? value : null;
  };

  return (
    <CellFrame cell={cell} heading={t.cellCapacity} intro={t.capacityIntro} language={language} t={t}>
      <div className={styles.grid}>
        {TEAM.map(([key, label]) => (
          <NumberField
            key={key}
            label={t[label]}
            value={numberInput(cell.inputs[key])}
            language={language}
            placeholder={key === "hoursPerCsm" ? numberText(DEFAULT_HOURS_PER_CSM, language) : undefined}
            onCommit={(value) => notebook.setInput(cell.id, key, value ?? undefined)}
          />
        ))}
      </div>
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.roadmapActions}
      </Subtitle2>
      {actions.size === 0 && <Caption1>{t.noRoadmapActions}</Caption1>}
      {pager}
      <List className={styles.list}>
        {shown.map(({ item: [id, label] }) => (
          <ActionRow
            key={id}
            id={id}
            label={label}
            hours={hours[id] ?? null}
            share={shares[id] ?? null}
            language={language}
            t={t}
            set={set}
          />
        ))}
      </List>
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.figures}
      </Subtitle2>
      <FigureList
        t={t}
        label={t.figures}
        figures={FIGURES.map(([name, label, digits]) => ({
          key: name,
          label: t[label],
          value: formats.number(figure(name), digits),
        }))}
      />
    </CellFrame>
  );
}
