import { makeStyles, tokens } from "@fluentui/react-components";
import type { TimelineRow } from "./cell-data";
import { fill, type NotebookStrings } from "./notebook-strings";
import { useStyles as usePartStyles } from "./parts";
import { type Formats } from "./view-helpers";

// HTML, not SVG: the labels keep the pane's text size at any width (a scaled SVG drew them at 10 px in a
// 350 px pane and 27 px on a wide screen) and wrap instead of being cut; only the bars scale.
const useStyles = makeStyles({
  chart: { display: "grid", rowGap: tokens.spacingVerticalS },
  row: { display: "grid", rowGap: tokens.spacingVerticalXXS },
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  track: {
    position: "relative",
    height: "12px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: {
    position: "absolute",
    top: "0",
    bottom: "0",
    minWidth: "2px",
    backgroundColor: "#0F6CBD",
    borderRadius: tokens.borderRadiusSmall,
  },
  axis: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: "#424242",
  },
});

const DAY = 86_400_000;

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const percent = (share: number): string => `${(Math.min(1, Math.max(0, share)) * 100).toFixed(3)}%`;

export interface TimelineChartProps {
  /** The solutions shown: all of them, or a page of a long timeline. */
  readonly rows: readonly TimelineRow[];
  /** How many solutions the whole timeline has, for its description; `rows`' length when absent. */
  readonly count?: number;
  readonly start: string;
  readonly end: string;
  readonly weeks: number;
  readonly formats: Formats;
  readonly t: NotebookStrings;
}

/**
 * The validated roadmap as a Gantt chart: one bar per solution under its action's name, one after the other,
 * from the roadmap's start to its end; the same as a table with each solution's start and end dates.
 */
export function TimelineChart({ rows, count, start, end, weeks, formats, t }: TimelineChartProps) {
  const styles = useStyles();
  const parts = usePartStyles();
  const first = dayOf(start);
  const span = Math.max(1, dayOf(end) - first);
  const at = (iso: string) => (dayOf(iso) - first) / span;
  const label = fill(t.timelineLabel, {
    count: count ?? rows.length,
    start: formats.date(start),
    end: formats.date(end),
    weeks: formats.number(weeks),
  });
  return (
    <>
      <div role="img" aria-label={label} className={styles.chart}>
        {rows.map((row, i) => (
          <div key={`${row.actionId}-${i}`} className={styles.row}>
            <span className={styles.label}>{row.action || row.actionId}</span>
            <div className={styles.track}>
              <div
                className={styles.bar}
                style={{ left: percent(at(row.start)), width: percent(at(row.end) - at(row.start)) }}
              />
            </div>
          </div>
        ))}
        <div className={styles.axis}>
          <span>{formats.date(start)}</span>
          <span>{formats.date(end)}</span>
        </div>
      </div>
      <table className={parts.table}>
        <caption className={parts.hidden}>{t.timeline}</caption>
        <thead>
          <tr>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.solution}</th>
            <th scope="col">{t.start}</th>
            <th scope="col">{t.end}</th>
            <th scope="col" data-numeric="">
              {t.weeks}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.actionId}-${i}`}>
              <th scope="row">{row.action || row.actionId}</th>
              <td data-label={t.solution}>{row.solution}</td>
              <td data-label={t.start}>{formats.date(row.start)}</td>
              <td data-label={t.end}>{formats.date(row.end)}</td>
              <td data-numeric="" data-label={t.weeks}>
                {formats.number(row.weeks)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
