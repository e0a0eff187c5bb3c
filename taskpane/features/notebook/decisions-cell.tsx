import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { timeValueMatrix } from "../../../functions/scaling/audit";
import { DECISIONS, DECISION_LABELS, tieHint } from "../../../functions/scaling/decisions";
import { automatePriorities, decisionRows } from "./cell-data";
import { MatrixChart } from "./matrix-chart";
import { fill } from "./notebook-strings";
import { CellFrame, FigureList, useStyles, type CellViewProps } from "./parts";
import { useFormats } from "./view-helpers";
import { usePaged } from "./pager";

/**
 * The decisions cell: how many actions stay human, are to arbitrate or to automate, the actions to automate
 * in priority order, what to do on each tie, and the time/value matrix.
 */
export function DecisionsCell({ cell, language, t }: CellViewProps) {
  const styles = useStyles();
  const formats = useFormats(language);
  const rows = decisionRows(cell);
  const decided = rows.filter((row) => row.decision !== null);
  const counts = [
    ...DECISIONS.map((decision) => ({
      key: decision,
      label: DECISION_LABELS[decision][language],
      value: String(decided.filter((row) => row.decision === decision).length),
    })),
    {
      key: "unscored",
      label: t.notScored,
      value: String(rows.filter((row) => row.status === "unscored").length),
    },
    {
      key: "invalid",
      label: t.withProblem,
      value: String(rows.filter((row) => row.status === "invalid").length),
    },
  ].filter((entry) => entry.key !== "invalid" || entry.value !== "0");
  const priorities = automatePriorities(rows);
  const ties = decided.filter((row) => row.decision === "arbitrate" && row.value !== null);
  const search = { t, searchLabel: t.findAction, language };
  const label = (row: { id: string; label: string }) => `${row.label} ${row.id}`;
  const priorityPage = usePaged(priorities, label, { ...search, id: `${cell.id}-priorities` });
  const tiePage = usePaged(ties, label, { ...search, id: `${cell.id}-ties` });

  return (
    <CellFrame cell={cell} heading={t.cellDecisions} intro={t.decisionsIntro} language={language} t={t}>
      <FigureList t={t} label={t.counts} figures={counts} />
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.toAutomate}
      </Subtitle2>
      {priorities.length === 0 ? (
        <Caption1>{t.nothingToAutomate}</Caption1>
      ) : (
        <>
          {priorityPage.pager}
          <table className={styles.table}>
            <caption className={styles.hidden}>{t.toAutomate}</caption>
            <thead>
              <tr>
                <th scope="col">{t.priority}</th>
                <th scope="col">{t.action}</th>
                <th scope="col" data-numeric="">
                  {t.ratio}
                </th>
                <th scope="col">{t.decision}</th>
              </tr>
            </thead>
            <tbody>
              {priorityPage.shown.map(({ item: row }) => (
                <tr key={row.id}>
                  <td data-label={t.priority}>{row.priority}</td>
                  <th scope="row">{row.label || row.id}</th>
                  <td data-numeric="" data-label={t.ratio}>
                    {formats.ratio(row.ratio)}
                  </td>
                  <td data-label={t.decision}>
                    {row.decision ? DECISION_LABELS[row.decision][language] : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {ties.length > 0 && (
        <>
          <Subtitle2 as="h4" className={styles.subheading}>
            {t.ties}
          </Subtitle2>
          {tiePage.pager}
          <ul>
            {tiePage.shown.map(({ item: row }) => (
              <li key={row.id}>
                {fill(t.labelValue, { label: row.label || row.id, value: tieHint(row.value ?? 0)[language] })}
              </li>
            ))}
          </ul>
        </>
      )}
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.matrix}
      </Subtitle2>
      <MatrixChart cells={timeValueMatrix(decided)} language={language} t={t} />
    </CellFrame>
  );
}
