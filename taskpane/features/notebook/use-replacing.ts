/**
 * The actions that replace the whole plan — importing one, restoring a kept one — put to the person in a
 * dialog first, which says what will be replaced, what comes instead and that the current plan is kept.
 */
import { useState } from "react";
import type { Bilingual, Language } from "../../../functions/excel/language";
import type { Notebook } from "../../../notebook/engine/types";
import {
  describePlan,
  REPLACED_PLANS_LIMIT,
  type ReplacedBy,
  type ReplacedPlan,
} from "../../../notebook/plan/replaced-plans";
import { exportPlan, type Plan } from "../../../notebook/plan/schema";
import { keptWhen } from "./kept-plans";
import type { NotebookServices } from "./notebook-services";
import { fill, type NotebookStrings } from "./notebook-strings";
import type { Feedback } from "./parts";
import type { ReplaceRequest } from "./replace-dialog";
import { bilingual, download } from "./view-helpers";

/** Keeps the current plan (unless `withoutCopy`) and replaces it; resolves to the kept plans left out for room. */
export type ReplacePlan = (
  plan: Plan,
  by: ReplacedBy,
  options: { readonly withoutCopy?: boolean; readonly restoring?: number },
) => Promise<number>;

export interface ReplacingOptions {
  readonly notebook: Notebook;
  readonly services: Pick<NotebookServices, "host">;
  readonly language: Language;
  readonly t: NotebookStrings;
  readonly planOf: (notebook: Notebook) => Plan;
  readonly replaced: readonly ReplacedPlan[];
  readonly onReplace: ReplacePlan;
}

export function useReplacing(options: ReplacingOptions) {
  const { notebook, services, language, t, planOf, replaced, onReplace } = options;
  const [request, setRequest] = useState<ReplaceRequest | undefined>(undefined);
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);

  const keptLine = fill(t.replaceKept, {
    where: services.host === "excel" ? t.keptInWorkbook : t.keptInBrowser,
    limit: REPLACED_PLANS_LIMIT,
  });
  const currentLine = () => fill(t.replaceCurrent, { contents: describePlan(planOf(notebook))[language] });
  const exportCurrent = () => download(exportPlan(planOf(notebook)), "application/json", "csm-kit-plan.json");

  /** Replaces the plan and says how it went. */
  const run = async (
    plan: Plan,
    by: ReplacedBy,
    done: Bilingual,
    withoutCopy: boolean,
    restoring?: number,
  ): Promise<Feedback> => {
    const dropped = await onReplace(plan, by, {
      withoutCopy,
      ...(restoring === undefined ? {} : { restoring }),
    });
    if (withoutCopy) return { intent: "warning", text: bilingual("replacedNoCopy") };
    return dropped > 0
      ? { intent: "warning", text: done, details: [bilingual("droppedForRoom", { count: dropped })] }
      : { intent: "success", text: done };
  };

  const askImport = (plan: Plan, file: string) => {
    setFeedback(undefined);
    setRequest({
      title: fill(t.replaceImportTitle, { file }),
      lines: [currentLine(), fill(t.replaceIncoming, { contents: describePlan(plan)[language] }), keptLine],
      confirm: t.replaceConfirm,
      run: (withoutCopy) => run(plan, "import", bilingual("imported"), withoutCopy),
      exportCurrent,
    });
  };

  const askRestore = (index: number) => {
    const entry = replaced[index];
    if (entry === undefined) return;
    setFeedback(undefined);
    setRequest({
      title: fill(t.restoreTitle, { when: keptWhen(entry.keptAt, language) }),
      lines: [
        fill(t.restoreHolds, { contents: describePlan(entry.plan)[language] }),
        currentLine(),
        keptLine,
      ],
      confirm: t.restoreConfirm,
      run: (withoutCopy) => run(entry.plan, "restore", bilingual("restored"), withoutCopy, index),
      exportCurrent,
    });
  };

  const onClose = (result: Feedback | undefined) => {
    setRequest(undefined);
    setFeedback(result);
  };

  return { request, feedback, askImport, askRestore, onClose };
}
