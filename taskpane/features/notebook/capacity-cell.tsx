import { Caption1, List, ListItem, Subtitle2, Text } from "@fluentui/react-components";
import { DEFAULT_HOURS_PER_CSM } from "../../../functions/scaling/capacity";
import type { Json } from "../../../notebook/engine/types";
import type { CAPACITY_FIGURES } from "../../../notebook/scaling-audit/capacity";
import { cellOfKind, numberInput, numbersByKey, timelineRows } from "./cell-data";
import { fill, type NotebookStringKey } from "./notebook-strings";
import { NumberField } from "./fields";
import { CellFrame, FigureList, useStyles, type CellViewProps } from "./parts";
import { numberText, useFormats } from "./view-helpers";

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
      <List className={styles.list}>
        {[...actions].map(([id, label]) => (
          <ListItem key={id} className={styles.item}>
            <Text weight="semibold">{label}</Text>
            <div className={styles.grid}>
              <NumberField
                label={t.hoursPerAccount}
                name={fill(t.hoursFor, { label })}
                value={hours[id] ?? null}
                language={language}
                onCommit={(value) => notebook.setInput(cell.id, "hours", withNumber(hours, id, value))}
              />
              <NumberField
                label={t.share}
                name={fill(t.shareFor, { label })}
                value={shares[id] === undefined ? null : shares[id] * 100}
                language={language}
                placeholder="100"
                onCommit={(value) =>
                  notebook.setInput(
                    cell.id,
                    "shares",
                    withNumber(shares, id, value === null ? null : value / 100),
                  )
                }
              />
            </div>
          </ListItem>
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
