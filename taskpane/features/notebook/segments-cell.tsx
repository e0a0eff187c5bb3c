import { excelSerial } from "../../../functions/excel/dates";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  List,
  ListItem,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Bilingual, Language } from "../../../functions/excel/language";
import type { CellView, Json, Table, TableCell } from "../../../notebook/engine/types";
import { MAX_TIERS } from "../../../notebook/segmentation/segments";
import { PORTFOLIO_COLUMNS, SEGMENT_COLUMNS } from "../../../notebook/segmentation/columns";
import { cellOfKind, numberInput, outputRows } from "./cell-data";
import { isObject } from "../../../notebook/engine/kind-helpers";
import { NumberField, TextField } from "./fields";
import { fill, type NotebookStrings } from "./notebook-strings";
import { CellFrame, DataTable, LongList, useStyles, type CellViewProps } from "./parts";
import { SegmentChart, type TierShare } from "./segment-chart";
import { useFormats, type Formats } from "./view-helpers";

interface TierInput {
  readonly name: Bilingual;
  readonly currentMin: number | null;
  readonly potentialMin: number | null;
}

/** The segments cell's tiers as the grid edits them. */
function tiersOf(inputs: CellView["inputs"]): TierInput[] {
  const list = Array.isArray(inputs.tiers) ? (inputs.tiers as readonly Json[]) : [];
  return list.map((raw) => {
    const tier = isObject(raw) ? raw : {};
    const name = isObject(tier.name) ? tier.name : {};
    return {
      name: {
        en: typeof name.en === "string" ? name.en : "",
        fr: typeof name.fr === "string" ? name.fr : "",
      },
      currentMin: numberInput(tier.currentMin),
      potentialMin: numberInput(tier.potentialMin),
    };
  });
}

const column = (key: (typeof SEGMENT_COLUMNS.segments)[number]) => SEGMENT_COLUMNS.segments.indexOf(key);
const tierColumn = (key: (typeof SEGMENT_COLUMNS.segmentTiers)[number]) =>
  SEGMENT_COLUMNS.segmentTiers.indexOf(key);

/** The ISO date a historical rule's `before` holds (text, or an Excel serial from a workbook). */
function isoOf(value: Json | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    return date.toISOString().slice(0, 10);
  }
  return "";
}

/**
 * The segments cell: the rules (a grid of tiers with their current and potential ARR thresholds, whether
 * potential alone lifts an account, strategic industries, historical customers), then the preview —
 * accounts and ARR per tier as a table and a chart, the accounts each override moved, the rows that could
 * not be segmented and why.
 */
export function SegmentsCell({ cell, cells, notebook, language, t }: CellViewProps) {
  const styles = useStyles();
  const formats = useFormats(language);
  const { inputs, output } = cell;
  const tiers = tiersOf(inputs);
  const set = (key: string, value: Json) => notebook.setInput(cell.id, key, value);
  const setTiers = (next: readonly TierInput[]) => set("tiers", next as unknown as Json);
  const historical = isObject(inputs.historical) ? inputs.historical : {};
  const setHistorical = (key: string, value: Json) => {
    const next: Record<string, Json> = {
      floorTier: Math.min(1, tiers.length - 1),
      ...historical,
      [key]: value,
    };
    if (next.before === null && next.firstN === null) set("historical", null);
    else set("historical", next);
  };
  const strategic = Array.isArray(inputs.strategicIndustries)
    ? (inputs.strategicIndustries as readonly Json[]).filter((x): x is string => typeof x === "string")
    : [];
  const portfolio = outputRows(cellOfKind(cells, "portfolio"));
  // The portfolio's industries, worked out once per portfolio: this view is redrawn on every edit of the plan.
  const inPortfolio = useMemo(() => {
    const at = PORTFOLIO_COLUMNS.indexOf("industry");
    const names = portfolio.map((row) => row[at]);
    return new Set(names.filter((x): x is string => typeof x === "string" && x.trim() !== ""));
  }, [portfolio]);
  const industries = [...new Set([...strategic, ...inPortfolio])].sort((a, b) =>
    a.localeCompare(b, language),
  );
  const chosen = new Set(strategic.map((name) => name.toLowerCase()));
  const name = (tier: TierInput) => tier.name[language] || tier.name.en || tier.name.fr;

  const editTier = (index: number, change: Partial<TierInput>) =>
    setTiers(tiers.map((tier, i) => (i === index ? { ...tier, ...change } : tier)));
  /**
   * Adds (`added`) or removes a tier at `index`, as one edit with what follows the tiers by position: the
   * coverage cell's model of each tier moves with its tier, and a historical floor past the last tier comes
   * back to it.
   */
  const reshape = (index: number, added: TierInput | undefined) => {
    const next = [...tiers];
    if (added === undefined) next.splice(index, 1);
    else next.splice(index, 0, added);
    const changes: { cellId: string; key: string; value: Json }[] = [
      { cellId: cell.id, key: "tiers", value: next as unknown as Json },
    ];
    const floor = numberInput(historical.floorTier);
    if (floor !== null && floor >= next.length)
      changes.push({
        cellId: cell.id,
        key: "historical",
        value: { ...historical, floorTier: next.length - 1 },
      });
    const coverage = cells.find((other) => other.kind === "coverage");
    if (coverage !== undefined && Array.isArray(coverage.inputs.tiers)) {
      const models = [...(coverage.inputs.tiers as readonly Json[])];
      if (added === undefined) models.splice(index, 1);
      else if (index <= models.length) models.splice(index, 0, {});
      changes.push({ cellId: coverage.id, key: "tiers", value: models });
    }
    notebook.setInputs(changes);
  };
  const addTier = () => {
    const n = tiers.length + 1;
    // Above the last tier, which takes every other account.
    reshape(Math.max(0, tiers.length - 1), {
      name: { en: `Tier ${n}`, fr: `Palier ${n}` },
      currentMin: null,
      potentialMin: null,
    });
  };

  return (
    <CellFrame cell={cell} heading={t.cellSegments} intro={t.segmentsIntro} language={language} t={t}>
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.rules}
      </Subtitle2>
      <List as="ol" className={styles.list}>
        {tiers.map((tier, i) => {
          const last = i === tiers.length - 1;
          return (
            <ListItem key={i} className={styles.item}>
              <div className={styles.grid}>
                <TextField
                  label={fill(t.tierLabel, { n: i + 1 })}
                  name={fill(t.tierNameFor, { n: i + 1 })}
                  value={name(tier)}
                  onCommit={(text) => {
                    const typed = text.trim();
                    if (typed === "") return false;
                    // The team's own name is its name in both languages.
                    return editTier(i, { name: { en: typed, fr: typed } });
                  }}
                />
                {!last && (
                  <NumberField
                    label={t.currentMin}
                    name={fill(t.currentMinFor, { n: i + 1 })}
                    value={tier.currentMin}
                    language={language}
                    onCommit={(value) => editTier(i, { currentMin: value })}
                  />
                )}
                {!last && (
                  <NumberField
                    label={t.potentialMin}
                    name={fill(t.potentialMinFor, { n: i + 1 })}
                    value={tier.potentialMin}
                    language={language}
                    onCommit={(value) => editTier(i, { potentialMin: value })}
                  />
                )}
                {last && <Caption1>{t.lastTier}</Caption1>}
              </div>
              {tiers.length > 1 && (
                <div>
                  <Button
                    size="small"
                    aria-label={fill(t.removeTier, { n: i + 1 })}
                    onClick={() => reshape(i, undefined)}
                  >
                    {t.remove}
                  </Button>
                </div>
              )}
            </ListItem>
          );
        })}
      </List>
      <div>
        <Button disabledFocusable={tiers.length >= MAX_TIERS} onClick={addTier}>
          {t.addTier}
        </Button>
      </div>
      <Checkbox
        label={t.potentialOutweighs}
        checked={inputs.potentialOutweighs === true}
        onChange={(_, data) => set("potentialOutweighs", data.checked === true)}
      />
      <fieldset className={styles.fieldset}>
        <legend>{t.strategicIndustries}</legend>
        {industries.length === 0 && <Caption1>{t.noIndustries}</Caption1>}
        {industries.map((industry) => (
          <Checkbox
            key={industry}
            label={industry}
            checked={chosen.has(industry.toLowerCase())}
            onChange={(_, data) =>
              set(
                "strategicIndustries",
                data.checked === true
                  ? [...strategic, industry]
                  : strategic.filter((one) => one.toLowerCase() !== industry.toLowerCase()),
              )
            }
          />
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t.historical}</legend>
        <div className={styles.grid}>
          <TextField
            label={t.historicalBefore}
            type="date"
            value={isoOf(historical.before)}
            onCommit={(text) => {
              if (text !== "" && excelSerial(text) === null) return false;
              return setHistorical("before", text === "" ? null : text);
            }}
          />
          <NumberField
            label={t.historicalFirstN}
            value={numberInput(historical.firstN)}
            language={language}
            onCommit={(value) => setHistorical("firstN", value)}
          />
          <Field label={t.historicalFloor}>
            <Select
              value={String(numberInput(historical.floorTier) ?? Math.min(1, tiers.length - 1))}
              onChange={(_, data) => setHistorical("floorTier", Number(data.value))}
            >
              {tiers.map((tier, i) => (
                <option key={i} value={String(i)}>
                  {name(tier)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Checkbox
          label={t.excludeBadDates}
          checked={inputs.badDates === "exclude"}
          onChange={(_, data) => set("badDates", data.checked === true ? "exclude" : null)}
        />
      </fieldset>
      {output.kind === "ok" && <Preview output={output.values} formats={formats} language={language} t={t} />}
    </CellFrame>
  );
}

interface PreviewProps {
  readonly output: Readonly<Record<string, unknown>>;
  readonly formats: Formats;
  readonly language: Language;
  readonly t: NotebookStrings;
}

/** Accounts and ARR per tier (table and chart), the accounts each override moved, the rows not segmented. */
function Preview({ output, formats, language, t }: PreviewProps) {
  const styles = useStyles();
  const tiersTable = output.segmentTiers as Table | undefined;
  const segments = (output.segments as Table | undefined)?.rows ?? [];
  const tiers: TierShare[] = (tiersTable?.rows ?? []).map((row) => ({
    name: String(row[tierColumn(language === "fr" ? "nameFr" : "nameEn")] ?? ""),
    accounts: Number(row[tierColumn("accounts")] ?? 0),
    currentArr: Number(row[tierColumn("currentArr")] ?? 0),
  }));
  const potential = (tiersTable?.rows ?? []).map((row) => Number(row[tierColumn("potentialArr")] ?? 0));
  const movedBy = (override: string) =>
    segments
      .filter((row) =>
        String(row[column("movedBy")] ?? "")
          .split(",")
          .includes(override),
      )
      .map((row) => describe(row, tiers, formats));
  const strategic = movedBy("strategic");
  const historical = movedBy("historical");
  const unclassified = segments.filter((row) => row[column("status")] === "unclassified").length;
  const classified = Number(output.classifiedCount ?? 0);
  const blank = Number(output.blankRows ?? 0);

  return (
    <>
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.preview}
      </Subtitle2>
      <Caption1>{fill(t.segmentSummary, { classified, unclassified, blank })}</Caption1>
      <DataTable
        caption={t.previewTable}
        columns={[
          { label: t.tier },
          { label: t.accounts, numeric: true },
          { label: t.currentArr, numeric: true },
          { label: t.potentialArr, numeric: true },
        ]}
        rows={tiers.map((tier, i) => ({
          key: String(i),
          cells: [
            tier.name,
            formats.number(tier.accounts, 0),
            formats.number(tier.currentArr, 0),
            formats.number(potential[i] ?? 0, 0),
          ],
        }))}
      />
      <SegmentChart tiers={tiers} formats={formats} language={language} t={t} />
      <Subtitle2 as="h5" className={styles.subheading}>
        {fill(t.movedStrategic, { count: strategic.length })}
      </Subtitle2>
      {strategic.length === 0 ? <Caption1>{t.movedNone}</Caption1> : <LongList items={strategic} t={t} />}
      <Subtitle2 as="h5" className={styles.subheading}>
        {fill(t.movedHistorical, { count: historical.length })}
      </Subtitle2>
      {historical.length === 0 ? <Caption1>{t.movedNone}</Caption1> : <LongList items={historical} t={t} />}
    </>
  );
}

/** "Account: ARR tier → tier". */
function describe(row: readonly TableCell[], tiers: readonly TierShare[], formats: Formats): string {
  const from = Number(row[column("arrTier")] ?? 0);
  const to = Number(row[column("tier")] ?? 0);
  const arr = row[column("currentArr")];
  return `${String(row[column("account")] ?? "")} (${typeof arr === "number" ? formats.number(arr, 0) : ""}): ${tiers[from - 1]?.name ?? from} → ${tiers[to - 1]?.name ?? to}`;
}
