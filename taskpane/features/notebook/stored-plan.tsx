/**
 * What the notebook offers when the stored plan cannot be opened (unreadable, too deep, too large, too new):
 * keep it aside and start a new plan; download the stored text exactly as it is, as a file (which works
 * whatever its size, even when the storage has no room to keep it aside); and, once it is downloaded or kept,
 * start afresh. And when a save fails, the plan as it is now, to download. Nothing here throws: a download
 * that fails says so.
 */
import { Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { Bilingual, Language } from "../../../functions/excel/language";
import { download, errorText } from "./view-helpers";

export const STORED_PLAN_STRINGS = {
  en: {
    downloadStored: "Download the stored plan",
    startAfresh: "Start afresh",
    startAfreshFirst: "Download the stored plan first: starting afresh replaces it.",
    downloadFailed: "The download failed: {reason}",
    downloadPlan: "Download the plan",
    startedAfresh:
      "This is a new plan. The plan stored before was replaced; you downloaded it as “{file}”: import it from there.",
  },
  fr: {
    downloadStored: "Télécharger le plan enregistré",
    startAfresh: "Repartir de zéro",
    startAfreshFirst: "Téléchargez d'abord le plan enregistré : repartir de zéro le remplace.",
    downloadFailed: "Le téléchargement a échoué : {reason}",
    downloadPlan: "Télécharger le plan",
    startedAfresh:
      "Voici un nouveau plan. Le plan enregistré auparavant a été remplacé ; vous l'avez téléchargé sous « {file} » : importez-le depuis ce fichier.",
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The file the stored text is downloaded as. */
export const STORED_PLAN_FILE = "csm-kit-stored-plan.json";
/** The file the current plan is downloaded as when it could not be saved. */
export const UNSAVED_PLAN_FILE = "csm-kit-plan.json";

/** A text in both languages with `{file}` filled in. */
export const startedAfresh = (): Bilingual => ({
  en: STORED_PLAN_STRINGS.en.startedAfresh.replace("{file}", STORED_PLAN_FILE),
  fr: STORED_PLAN_STRINGS.fr.startedAfresh.replace("{file}", STORED_PLAN_FILE),
});

/** Offers a text as a JSON file; the reason in both languages when the browser refused. */
function offer(text: string, file: string): Bilingual | undefined {
  try {
    download(text, "application/json", file);
    return undefined;
  } catch (error) {
    const reason = errorText(error);
    return {
      en: STORED_PLAN_STRINGS.en.downloadFailed.replace("{reason}", reason.en),
      fr: STORED_PLAN_STRINGS.fr.downloadFailed.replace("{reason}", reason.fr),
    };
  }
}

export interface StoredPlanActionsProps {
  /** The stored text, exactly as read. */
  readonly raw: string;
  readonly language: Language;
  /** "Keep it aside and start a new plan", in the pane's language. */
  readonly keepAsideLabel: string;
  readonly onKeepAside: () => void;
  /** Replaces the stored plan with a new one (offered once the stored text is downloaded). */
  readonly onStartAfresh: () => void;
}

/** The blocked view's choices: keep aside, download the stored text, start afresh. */
export function StoredPlanActions({
  raw,
  language,
  keepAsideLabel,
  onKeepAside,
  onStartAfresh,
}: StoredPlanActionsProps) {
  const t = STORED_PLAN_STRINGS[language];
  const [downloaded, setDownloaded] = useState(false);
  const [problem, setProblem] = useState<Bilingual | undefined>(undefined);
  return (
    <div role="group" aria-label={t.downloadStored}>
      <Button appearance="primary" onClick={onKeepAside}>
        {keepAsideLabel}
      </Button>{" "}
      <Button
        onClick={() => {
          const failed = offer(raw, STORED_PLAN_FILE);
          setProblem(failed);
          if (failed === undefined) setDownloaded(true);
        }}
      >
        {t.downloadStored}
      </Button>{" "}
      <Button disabled={!downloaded} onClick={onStartAfresh}>
        {t.startAfresh}
      </Button>
      {!downloaded && <Caption1 block>{t.startAfreshFirst}</Caption1>}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem[language]}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export interface UnsavedPlanProps {
  /** The plan's text as it would be saved now. */
  readonly text: () => string;
  readonly language: Language;
}

/** Beside "Not saved": the plan as it is now, as a file, so that no edit is lost. */
export function DownloadUnsavedPlan({ text, language }: UnsavedPlanProps) {
  const t = STORED_PLAN_STRINGS[language];
  const [problem, setProblem] = useState<Bilingual | undefined>(undefined);
  return (
    <>
      <Button size="small" onClick={() => setProblem(offer(text(), UNSAVED_PLAN_FILE))}>
        {t.downloadPlan}
      </Button>
      {problem && <Caption1 block>{problem[language]}</Caption1>}
    </>
  );
}
