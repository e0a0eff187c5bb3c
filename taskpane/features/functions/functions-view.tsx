import {
  Body1,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ExcelCheckResult } from "../../../addin/excel-check-report";
import type { HostConnection } from "../../../addin/host-connection";
import { ExcelError } from "../../../functions/excel/errors";
import type { Language } from "../../../functions/excel/language";
import { ViewSection } from "../../components/view-section";
import type { Strings } from "../../i18n/strings";
import { ExcelCheckView } from "../excel-check/excel-check-view";
import type { CatalogueEntry } from "./catalogue";
import { tryNps } from "./nps-try";

const useStyles = makeStyles({
  list: { paddingLeft: "0", listStyleType: "none", display: "grid", rowGap: tokens.spacingVerticalS },
  syntax: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  result: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  outcome: { marginTop: tokens.spacingVerticalS },
  counts: { display: "flex", columnGap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  section: { marginTop: tokens.spacingVerticalXL },
});

type CatalogueState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly entries: readonly CatalogueEntry[] }
  | { readonly status: "failed"; readonly reason: string };

export interface FunctionsViewProps {
  readonly t: Strings;
  readonly language: Language;
  readonly loadCatalogue: (language: Language) => Promise<CatalogueEntry[]>;
  /** Where the pane runs: "Check this Excel" needs Excel. */
  readonly connection?: HostConnection | undefined;
  /** Runs "Check this Excel" (addin/excel-check.ts); absent outside Excel. */
  readonly runExcelCheck?: (() => Promise<ExcelCheckResult>) | undefined;
}

export function FunctionsView({ t, language, loadCatalogue, connection, runExcelCheck }: FunctionsViewProps) {
  const styles = useStyles();
  const [catalogue, setCatalogue] = useState<CatalogueState>({ status: "loading" });
  const [answers, setAnswers] = useState("");

  useEffect(() => {
    let current = true;
    loadCatalogue(language).then(
      (entries) => current && setCatalogue({ status: "ready", entries }),
      (error: unknown) =>
        current &&
        setCatalogue({ status: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [language, loadCatalogue]);

  const trial = tryNps(answers);
  return (
    <ViewSection id="functions-heading" heading={t.functionsHeading} intro={t.functionsIntro}>
      {catalogue.status === "loading" && <Spinner size="tiny" label={t.functionsLoading} />}
      {catalogue.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.functionsUnavailable.replace("{reason}", catalogue.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {catalogue.status === "ready" && (
        <ul className={styles.list} aria-label={t.functionsHeading}>
          {catalogue.entries.map((entry) => (
            <li key={entry.id}>
              <div className={styles.syntax}>={entry.syntax}</div>
              <Caption1>{entry.description}</Caption1>
            </li>
          ))}
        </ul>
      )}

      <div className={styles.section}>
        <Subtitle2 as="h3">{t.tryHeading}</Subtitle2>
        <Field label={t.tryLabel}>
          <Textarea
            value={answers}
            placeholder={t.tryPlaceholder}
            onChange={(_, data) => setAnswers(data.value)}
            resize="vertical"
          />
        </Field>
        <div role="status" aria-live="polite" className={styles.outcome}>
          {trial.result === undefined && <Body1>{t.tryEmpty}</Body1>}
          {typeof trial.result === "number" && trial.groups && (
            <>
              <p className={styles.result} aria-label={t.tryResult}>
                {t.tryResult} {formatScore(trial.result, language)}
              </p>
              <div className={styles.counts}>
                <Body1>
                  {t.tryPromoters}: {trial.groups.promoters}
                </Body1>
                <Body1>
                  {t.tryPassives}: {trial.groups.passives}
                </Body1>
                <Body1>
                  {t.tryDetractors}: {trial.groups.detractors}
                </Body1>
              </div>
            </>
          )}
          {trial.result instanceof ExcelError && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <strong>{trial.result.code}</strong> {explain(trial.result, language, t)}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </div>

      <ExcelCheckView t={t} connection={connection} runCheck={runExcelCheck} />
    </ViewSection>
  );
}

function formatScore(score: number, language: Language): string {
  return score.toLocaleString(language === "fr" ? "fr-FR" : "en-US", { maximumFractionDigits: 1 });
}

function explain(error: ExcelError, language: Language, t: Strings): string {
  if (error.message) return error.message[language];
  if (error.code === "#DIV/0!") return t.errorDivZero;
  if (error.code === "#NUM!") return t.errorNum;
  return t.errorOther;
}
