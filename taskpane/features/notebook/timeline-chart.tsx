import { makeStyles } from "@fluentui/react-components";
import type { TimelineRow } from "./cell-data";
import { fill, type NotebookStrings } from "./notebook-strings";
import { useStyles as usePartStyles } from "./parts";
import { type Formats } from "./view-helpers";

const useStyles = makeStyles({
  svg: { maxWidth: "100%", width: "100%", height: "auto" },
});

const WIDTH = 320;
const LABELS = 124;
const BARS = WIDTH - LABELS - 8;
const ROW = 22;
const DAY = 86_400_000;

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const shortened = (text: string): string => (text.length > 20 ? `${text.slice(0, 19)}…` : text);

export interface TimelineChartProps {
  readonly rows: readonly TimelineRow[];
  readonly start: string;
  readonly end: string;
  readonly weeks: number;
  readonly formats: Formats;
  readonly t: NotebookStrings;
}

/**
 * The validated roadmap as an inline SVG Gantt chart: one bar per solution, one after the other, from the
 * roadmap's start to its end; the same as a table with each solution's start and end dates.
 */
export function TimelineChart({ rows, start, end, weeks, formats, t }: TimelineChartProps) {
  const styles = useStyles();
  const parts = usePartStyles();
  const first = dayOf(start);
  const span = Math.max(1, dayOf(end) - first);
  const x = (iso: string) => LABELS + ((dayOf(iso) - first) / span) * BARS;
  const height = rows.length * ROW + 24;
  const label = fill(t.timelineLabel, {
    count: rows.length,
    start: formats.date(start),
    end: formats.date(end),
    weeks: formats.number(weeks),
  });
  return (
    <>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} className={styles.svg}>
        {rows.map((row, i) => {
          const left = x(row.start);
          return (
            <g key={`${row.actionId}-${i}`}>
              <text x={LABELS - 6} y={i * ROW + 15} textAnchor="end" fontSize="11" fill="#242424">
                {shortened(row.action || row.actionId)}
              </text>
              <rect
                x={left}
                y={i * ROW + 4}
                width={Math.max(2, x(row.end) - left)}
                height={ROW - 8}
                rx="3"
                fill="#0F6CBD"
              />
            </g>
          );
        })}
        <g fontSize="10" fill="#424242">
          <text x={LABELS} y={height - 6}>
            {formats.date(start)}
          </text>
          <text x={WIDTH - 8} y={height - 6} textAnchor="end">
            {formats.date(end)}
          </text>
        </g>
      </svg>
      <table className={parts.table}>
        <caption className={parts.hidden}>{t.timeline}</caption>
        <thead>
          <tr>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.solution}</th>
            <th scope="col">{t.start}</th>
            <th scope="col">{t.end}</th>
            <th scope="col" className={parts.numeric}>
              {t.weeks}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.actionId}-${i}`}>
              <th scope="row">{row.action || row.actionId}</th>
              <td>{row.solution}</td>
              <td>{formats.date(row.start)}</td>
              <td>{formats.date(row.end)}</td>
              <td className={parts.numeric}>{formats.number(row.weeks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
