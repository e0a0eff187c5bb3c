import { Button, Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../../functions/excel/language";
import { TIER_COLUMN_HEADER } from "../../../notebook/segmentation/workbook";
import type { NotebookServices } from "./notebook-services";
import { fill, type NotebookStrings } from "./notebook-strings";
import { FeedbackBar, useStyles, type Feedback } from "./parts";
import { bilingual, errorText } from "./view-helpers";

export interface TierColumnProps {
  /** The person's table the portfolio was read from. */
  readonly table: string;
  readonly accountHeader: string;
  readonly language: Language;
  readonly t: NotebookStrings;
  readonly addTierColumn: NonNullable<NotebookServices["addTierColumn"]>;
}

/**
 * "Add a Tier column to your table": the only change CSM Kit makes to a table of the person's, so it is
 * asked for twice — the button, then a confirmation that says exactly what will change.
 */
export function TierColumn({ table, accountHeader, language, t, addTierColumn }: TierColumnProps) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const header = TIER_COLUMN_HEADER[language];

  const add = async () => {
    setAsking(false);
    try {
      const added = await addTierColumn(table, accountHeader, language);
      setFeedback({ intent: "success", text: bilingual("columnAdded", { header: added, table }) });
    } catch (error) {
      setFeedback({ intent: "error", text: bilingual("columnFailed", { reason: errorText(error) }) });
    }
  };

  return (
    <div>
      {!asking && <Button onClick={() => setAsking(true)}>{fill(t.addColumn, { table })}</Button>}
      {asking && (
        <div role="group" aria-label={fill(t.addColumn, { table })}>
          <Caption1 block>{fill(t.addColumnConfirm, { header, table })}</Caption1>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void add()}>
              {t.addColumnYes}
            </Button>
            <Button onClick={() => setAsking(false)}>{t.cancel}</Button>
          </div>
        </div>
      )}
      <FeedbackBar feedback={feedback} language={language} />
    </div>
  );
}
