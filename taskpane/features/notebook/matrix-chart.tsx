import { List, ListItem, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../functions/excel/language";
import type { MatrixCell } from "../../../functions/scaling/audit";
import { DECISIONS, DECISION_COLOURS, DECISION_LABELS } from "../../../functions/scaling/decisions";
import { fill, type NotebookStrings } from "./notebook-strings";
import { useStyles as usePartStyles } from "./parts";

/** The decision colours as light fills with dark borders: a count in #242424 reads on each (contrast > 12:1). */
const PALETTE: Readonly<Record<"green" | "amber" | "red", { fill: string; stroke: string }>> = {
  green: { fill: "#DFF6DD", stroke: "#0E700E" },
  amber: { fill: "#FFF4CE", stroke: "#835B00" },
  red: { fill: "#FDE7E9", stroke: "#B10E1C" },
};

const useStyles = makeStyles({
  figure: { margin: "0", display: "grid", rowGap: tokens.spacingVerticalXS },
  // Drawn at its own size, never scaled: its text stays 11 to 15 px at any pane width.
  svg: { display: "block", flexShrink: 0 },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: "4px",
    verticalAlign: "middle",
  },
});

// 258 px wide: fits the narrowest pane (320 px) with its margins.
const CELL = 42;
const LEFT = 40;
const TOP = 8;
const SIZE = 5 * CELL;
const SCALE = [1, 2, 3, 4, 5] as const;

export interface MatrixChartProps {
  /** The 25 cells of the audit's time/value matrix. */
  readonly cells: readonly MatrixCell[];
  readonly language: Language;
  readonly t: NotebookStrings;
}

/**
 * The time/value matrix of the scaling audit as an inline SVG: 5 × 5 squares coloured by the decision each
 * pair of scores gives, with the number of actions scored there; a legend, and the same figures as a table
 * for screen readers.
 */
export function MatrixChart({ cells, language, t }: MatrixChartProps) {
  const styles = useStyles();
  const parts = usePartStyles();
  const at = (time: number, value: number) =>
    cells.find((cell) => cell.time === time && cell.value === value);
  const total = (decision: (typeof DECISIONS)[number]) =>
    cells.filter((cell) => cell.decision === decision).reduce((sum, cell) => sum + cell.actions.length, 0);
  const label = fill(t.matrixLabel, {
    scored: cells.reduce((sum, cell) => sum + cell.actions.length, 0),
    automate: total("automate"),
    arbitrate: total("arbitrate"),
    human: total("human"),
  });
  const width = LEFT + SIZE + 8;
  const height = TOP + SIZE + 40;
  return (
    <figure className={styles.figure}>
      <svg
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className={styles.svg}
      >
        {cells.map((cell) => {
          const x = LEFT + (cell.value - 1) * CELL;
          const y = TOP + (5 - cell.time) * CELL;
          const colour = PALETTE[cell.colour];
          const count = cell.actions.length;
          return (
            <g key={`${cell.time}:${cell.value}`}>
              <rect x={x} y={y} width={CELL} height={CELL} fill={colour.fill} stroke={colour.stroke} />
              {count > 0 && (
                <text
                  x={x + CELL / 2}
                  y={y + CELL / 2 + 5}
                  textAnchor="middle"
                  fontSize="15"
                  fontWeight="600"
                  fill="#242424"
                >
                  {count}
                </text>
              )}
            </g>
          );
        })}
        {SCALE.map((n) => (
          <g key={n} fontSize="11" fill="#424242">
            <text x={LEFT + (n - 0.5) * CELL} y={TOP + SIZE + 14} textAnchor="middle">
              {n}
            </text>
            <text x={LEFT - 6} y={TOP + (5.5 - n) * CELL + 4} textAnchor="end">
              {n}
            </text>
          </g>
        ))}
        <text x={LEFT + SIZE / 2} y={TOP + SIZE + 32} textAnchor="middle" fontSize="12" fill="#242424">
          {`${t.value} →`}
        </text>
        <text
          transform={`translate(12 ${TOP + SIZE / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize="12"
          fill="#242424"
        >
          {`${t.time} →`}
        </text>
      </svg>
      <List className={parts.inline} aria-label={t.legend}>
        {DECISIONS.map((decision) => {
          const colour = PALETTE[DECISION_COLOURS[decision]];
          return (
            <ListItem key={decision}>
              <span
                className={styles.swatch}
                style={{ backgroundColor: colour.fill, border: `1px solid ${colour.stroke}` }}
                aria-hidden
              />
              {DECISION_LABELS[decision][language]}
            </ListItem>
          );
        })}
      </List>
      <div className={parts.hidden}>
        <table>
          <caption>{t.matrixTable}</caption>
          <thead>
            <tr>
              <th scope="col">{`${t.time} \\ ${t.value}`}</th>
              {SCALE.map((value) => (
                <th key={value} scope="col">
                  {value}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...SCALE].reverse().map((time) => (
              <tr key={time}>
                <th scope="row">{time}</th>
                {SCALE.map((value) => {
                  const cell = at(time, value);
                  return (
                    <td key={value}>
                      {cell ? `${cell.actions.length} (${DECISION_LABELS[cell.decision][language]})` : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
