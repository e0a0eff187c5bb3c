import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../../functions/excel/language";
import { describePlan, type ReplacedBy, type ReplacedPlan } from "../../../notebook/plan/replaced-plans";
import { fill, type NotebookStrings } from "./notebook-strings";

const BY: Readonly<Record<ReplacedBy, keyof NotebookStrings>> = {
  import: "replacedByImport",
  restore: "replacedByRestore",
  portfolio: "replacedByPortfolio",
  actions: "replacedByActions",
};

/** When a plan was replaced, as the person reads dates and times. */
export function keptWhen(keptAt: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(keptAt),
  );
}

/** One kept plan in words: when, by what, and what it holds. */
export function keptPlanText(entry: ReplacedPlan, language: Language, t: NotebookStrings): string {
  return fill(t.keptPlan, {
    when: keptWhen(entry.keptAt, language),
    by: t[BY[entry.replacedBy]],
    contents: describePlan(entry.plan)[language],
  });
}

export interface KeptPlansProps {
  readonly replaced: readonly ReplacedPlan[];
  readonly language: Language;
  readonly t: NotebookStrings;
  /** Asks to restore the kept plan at this index (newest first). */
  readonly onRestore: (index: number) => void;
}

/**
 * The plans replaced so far, newest first: "Restore the previous plan" brings back the newest, or the one
 * chosen in the list when there are several.
 */
export function KeptPlans({ replaced, language, t, onRestore }: KeptPlansProps) {
  const [chosen, setChosen] = useState(0);
  const first = replaced[0];
  if (first === undefined) return null;
  const index = Math.min(chosen, replaced.length - 1);
  return (
    <div role="group" aria-label={t.keptPlans}>
      {replaced.length > 1 ? (
        <Field label={t.keptPlans}>
          <Select
            style={{ width: "100%" }}
            value={String(index)}
            onChange={(_, data) => setChosen(Number(data.value))}
          >
            {replaced.map((entry, i) => (
              <option key={`${entry.keptAt}-${i}`} value={String(i)}>
                {keptPlanText(entry, language, t)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Caption1 block>{keptPlanText(first, language, t)}</Caption1>
      )}
      <Button
        onClick={() => {
          setChosen(0);
          onRestore(index);
        }}
      >
        {t.restorePrevious}
      </Button>
    </div>
  );
}
