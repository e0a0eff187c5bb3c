import { Caption1, Text } from "@fluentui/react-components";
import { nameIn } from "../../../notebook/calculation/localize";
import { publishedNumbers } from "./cell-data";
import { fill } from "./notebook-strings";
import { TextField } from "./fields";
import { CellFrame, RemoveCellButton, useStyles, type CellViewProps } from "./parts";
import { useFormats } from "./view-helpers";

export interface CalculationCellProps extends CellViewProps {
  /** Takes the focus to the name when the cell has just been added. */
  readonly autoFocus?: boolean;
  /** Where the focus goes once the cell is removed. */
  readonly focusAfterRemove: string;
}

/**
 * A calculation cell: a name and an expression over the numbers other cells publish, its result or what is
 * wrong with it, and the names it can use.
 */
export function CalculationCell(props: CalculationCellProps) {
  const { cell, cells, notebook, language, t, autoFocus, focusAfterRemove } = props;
  const styles = useStyles();
  const formats = useFormats(language);
  const name = typeof cell.inputs.name === "string" ? cell.inputs.name : "";
  const expression = typeof cell.inputs.expression === "string" ? cell.inputs.expression : "";
  const result = cell.output.kind === "ok" ? cell.output.values[name] : undefined;
  const available = publishedNumbers(cells, cell.id);

  return (
    <CellFrame
      cell={cell}
      heading={fill(t.cellCalculation, { name })}
      intro={t.calculationIntro}
      language={language}
      t={t}
    >
      <div className={styles.row}>
        <TextField
          label={t.calcName}
          value={name}
          autoFocus={autoFocus}
          onCommit={(text) => notebook.setInput(cell.id, "name", text.trim())}
        />
        <TextField
          label={t.calcExpression}
          value={expression}
          placeholder={`${nameIn("automateCount", language)} / ${nameIn("actionCount", language)}`}
          onCommit={(text) =>
            // The expression keeps the language it is typed in: `0,5` and `;` in French (see localize.ts).
            notebook.setInputs([
              { cellId: cell.id, key: "expression", value: text },
              { cellId: cell.id, key: "language", value: language },
            ])
          }
        />
      </div>
      {typeof result === "number" && (
        <Text weight="semibold" role="status">
          {fill(t.labelValue, { label: t.calcResult, value: formats.number(result, 6) })}
        </Text>
      )}
      <div>
        <Caption1 block>{t.namesAvailable}</Caption1>
        <ul className={styles.inline} aria-label={t.namesAvailable}>
          {available.map(([known, value], i) => (
            <li key={`${known}-${i}`}>
              <code>{nameIn(known, language)}</code>
              {` = ${formats.number(value)}`}
            </li>
          ))}
        </ul>
      </div>
      <RemoveCellButton
        cellId={cell.id}
        name={fill(t.removeCalculation, { name })}
        notebook={notebook}
        t={t}
        focusAfterRemove={focusAfterRemove}
      />
    </CellFrame>
  );
}
