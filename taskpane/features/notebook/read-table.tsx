import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../../functions/excel/language";
import type { ActionItem } from "../../../notebook/scaling-audit/actions";
import type { ScoreInput } from "../../../notebook/scaling-audit/scores";
import type { NotebookServices } from "./notebook-services";
import { fill, type NotebookStrings } from "./notebook-strings";
import { FeedbackBar, useStyles, type Feedback } from "./parts";
import { bilingual, domId, errorText, focusLater } from "./view-helpers";

type Step =
  | { readonly step: "closed" }
  | { readonly step: "busy" }
  | {
      readonly step: "choose";
      readonly tables: readonly { readonly name: string; readonly owned: boolean }[];
      readonly chosen: string;
    };

export interface ReadTableProps {
  readonly cellId: string;
  readonly language: Language;
  readonly t: NotebookStrings;
  readonly services: Pick<NotebookServices, "listTables" | "readActions">;
  /** The actions read, which replace the list. */
  readonly onRead: (items: ActionItem[], scores: Readonly<Record<string, ScoreInput>>) => void;
}

/** "Read actions from a workbook table": choose one of the workbook's tables, read it, list what was left out. */
export function ReadTable({ cellId, language, t, services, onRead }: ReadTableProps) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ step: "closed" });
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const selectId = domId(cellId, "table");
  const openId = domId(cellId, "read-table");

  const open = async () => {
    setFeedback(undefined);
    setStep({ step: "busy" });
    try {
      const tables = await services.listTables();
      const first = tables[0];
      if (first === undefined) {
        setStep({ step: "closed" });
        setFeedback({ intent: "info", text: bilingual("noTables") });
        return;
      }
      setStep({ step: "choose", tables, chosen: first.name });
      focusLater(selectId);
    } catch (error) {
      setStep({ step: "closed" });
      setFeedback({ intent: "error", text: bilingual("tablesFailed", { reason: errorText(error) }) });
    }
  };

  const read = async (table: string) => {
    setStep({ step: "busy" });
    try {
      const { items, scores = {}, problems } = await services.readActions(table);
      if (items.length > 0) onRead(items, scores);
      setFeedback({
        intent: items.length === 0 ? "warning" : problems.length > 0 ? "info" : "success",
        text: bilingual(items.length === 0 ? "tableEmpty" : "tableRead", { count: items.length, table }),
        details: problems,
      });
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual("readFailed", { reason: errorText(error) }) });
    }
    setStep({ step: "closed" });
    focusLater(openId);
  };

  return (
    <div>
      {step.step !== "choose" && (
        <Button id={openId} disabledFocusable={step.step === "busy"} onClick={() => void open()}>
          {t.readTable}
        </Button>
      )}
      {step.step === "busy" && <Spinner size="tiny" label={t.tablesLoading} />}
      {step.step === "choose" && (
        <div className={styles.row}>
          <Field label={t.workbookTable}>
            <Select
              id={selectId}
              value={step.chosen}
              onChange={(_, data) => setStep({ ...step, chosen: data.value })}
            >
              {step.tables.map((table) => (
                <option key={table.name} value={table.name}>
                  {table.owned ? fill(t.ownedTable, { name: table.name }) : table.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" onClick={() => void read(step.chosen)}>
            {t.readThisTable}
          </Button>
          <Button
            onClick={() => {
              setStep({ step: "closed" });
              focusLater(openId);
            }}
          >
            {t.cancel}
          </Button>
        </div>
      )}
      <FeedbackBar feedback={feedback} language={language} />
    </div>
  );
}
