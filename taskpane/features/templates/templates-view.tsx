import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { InsertOutcome, TemplateFile, TemplateTarget } from "../../../addin/template-insertion";
import type { Language } from "../../../functions/excel/language";
import { ViewSection } from "../../components/view-section";
import type { StringKey, Strings } from "../../i18n/strings";

const useStyles = makeStyles({
  list: { paddingLeft: "0", listStyleType: "none", display: "grid", rowGap: tokens.spacingVerticalL },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  item: { display: "grid", rowGap: tokens.spacingVerticalXS },
});

const DESCRIPTIONS: Readonly<Record<string, StringKey>> = {
  kpi: "templateKpi",
  "success-plan": "templateSuccessPlan",
  health: "templateHealth",
  "scaling-audit": "templateScalingAudit",
  segmentation: "templateSegmentation",
};

type ListState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly files: readonly TemplateFile[] }
  | { readonly status: "failed"; readonly reason: string };

type Status =
  | { readonly kind: "busy"; readonly file: string }
  | { readonly kind: "done"; readonly file: string; readonly outcome: InsertOutcome }
  | { readonly kind: "failed"; readonly file: string; readonly reason: string };

export interface TemplatesViewProps {
  readonly t: Strings;
  readonly language: Language;
  /** Where templates are inserted; absent in the standalone planner, which downloads them. */
  readonly target: TemplateTarget | undefined;
  readonly loadFiles: () => Promise<TemplateFile[]>;
  readonly loadBytes: (file: string) => Promise<Uint8Array>;
}

export function TemplatesView({ t, language, target, loadFiles, loadBytes }: TemplatesViewProps) {
  const styles = useStyles();
  const [list, setList] = useState<ListState>({ status: "loading" });
  const [fileLanguage, setFileLanguage] = useState<Language>(language);
  const [status, setStatus] = useState<Status | undefined>(undefined);

  useEffect(() => {
    let current = true;
    loadFiles().then(
      (files) => current && setList({ status: "ready", files }),
      (error: unknown) =>
        current &&
        setList({ status: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [loadFiles]);

  const insert = async (template: TemplateFile) => {
    if (!target) return;
    setStatus({ kind: "busy", file: template.file });
    try {
      const outcome = await target.insert(template, await loadBytes(template.file));
      setStatus({ kind: "done", file: template.file, outcome });
    } catch (error) {
      setStatus({
        kind: "failed",
        file: template.file,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <ViewSection id="templates-heading" heading={t.templatesHeading} intro={t.templatesIntro}>
      {!target && (
        <p>
          <Caption1>{t.templatesStandalone}</Caption1>
        </p>
      )}
      {target && !target.canInsert && (
        <MessageBar intent="info">
          <MessageBarBody>{t.templatesNoInsert}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.templatesLanguage}>
        <RadioGroup
          layout="horizontal"
          value={fileLanguage}
          onChange={(_, data) => setFileLanguage(data.value === "fr" ? "fr" : "en")}
        >
          <Radio value="en" label="English" />
          <Radio value="fr" label="Français" />
        </RadioGroup>
      </Field>
      {list.status === "loading" && <Spinner size="tiny" label={t.templatesLoading} />}
      {list.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.templatesUnavailable.replace("{reason}", list.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {list.status === "ready" && (
        <ul className={styles.list} aria-label={t.templatesHeading}>
          {list.files
            .filter((file) => file.language === fileLanguage)
            .map((file) => (
              <li key={file.file} className={styles.item}>
                <Subtitle2 as="h3">{file.title}</Subtitle2>
                <Body1>{DESCRIPTIONS[file.name] ? t[DESCRIPTIONS[file.name] as StringKey] : ""}</Body1>
                <div className={styles.actions}>
                  {target?.canInsert && (
                    <Button
                      appearance="primary"
                      disabled={status?.kind === "busy"}
                      aria-label={`${t.templatesInsert}: ${file.title}`}
                      onClick={() => void insert(file)}
                    >
                      {t.templatesInsert}
                    </Button>
                  )}
                  <Link
                    href={`templates/${file.file}`}
                    download={file.file}
                    aria-label={`${t.templatesDownload}: ${file.title}`}
                  >
                    {t.templatesDownload}
                  </Link>
                </div>
                {status?.file === file.file && (
                  <div role="status" aria-live="polite">
                    {status.kind === "busy" && <Spinner size="tiny" label={t.templatesInserting} />}
                    {status.kind === "failed" && (
                      <MessageBar intent="error">
                        <MessageBarBody>
                          {t.templatesFailed.replace("{reason}", status.reason)}
                        </MessageBarBody>
                      </MessageBar>
                    )}
                    {status.kind === "done" && (
                      <OutcomeMessage outcome={status.outcome} t={t} language={language} />
                    )}
                  </div>
                )}
              </li>
            ))}
        </ul>
      )}
    </ViewSection>
  );
}

function OutcomeMessage({
  outcome,
  t,
  language,
}: {
  outcome: InsertOutcome;
  t: Strings;
  language: Language;
}) {
  if (outcome.kind === "refused")
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{outcome.reason[language]}</MessageBarBody>
      </MessageBar>
    );
  const renames = [...outcome.renamed].map(([from, to]) => `${from} → ${to}`).join(", ");
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {t.templatesInserted.replace("{sheets}", outcome.sheets.join(", "))}
        {renames && ` ${t.templatesRenamed.replace("{renames}", renames)}`}
      </MessageBarBody>
    </MessageBar>
  );
}
