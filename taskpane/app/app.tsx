import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title2,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, useState } from "react";
import type { HostConnection } from "../../addin/host-connection";
import type { TemplateFile, TemplateTarget } from "../../addin/template-insertion";
import type { Language } from "../../functions/excel/language";
import type { ExcelCheckResult } from "../../addin/excel-check-report";
import type { CatalogueEntry } from "../features/functions/catalogue";
import { HomeView } from "../features/home/home-view";
import type { NotebookServices } from "../features/notebook/notebook-services";
import { STRINGS, type Strings } from "../i18n/strings";
import { LazyView } from "./lazy-view";

// The shell (header, tabs, status line) and Home are in the pane's first JavaScript; every other view, and the
// libraries only it uses (mathjs, the segmentation wizard, the importers, exceljs…), is a chunk of its own that
// loads the first time the view is shown (docs/architecture.md, "What loads when").
const NotebookView = lazy(() =>
  import(/* webpackChunkName: "view-notebook" */ "../features/notebook/notebook-view").then((module) => ({
    default: module.NotebookView,
  })),
);
const FunctionsView = lazy(() =>
  import(/* webpackChunkName: "view-functions" */ "../features/functions/functions-view").then((module) => ({
    default: module.FunctionsView,
  })),
);
const TemplatesView = lazy(() =>
  import(/* webpackChunkName: "view-templates" */ "../features/templates/templates-view").then((module) => ({
    default: module.TemplatesView,
  })),
);

const useStyles = makeStyles({
  shell: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { minWidth: "0" },
  title: { display: "block", margin: "0", color: tokens.colorNeutralForegroundOnBrand },
  languages: { display: "flex", flexShrink: 0, columnGap: tokens.spacingHorizontalXS },
  // Four tabs do not fit a 320 px pane on one line in French ("Plan de scaling", "Modèles"): they wrap.
  tabs: { flexWrap: "wrap" },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, maxWidth: "720px" },
  status: { marginBottom: tokens.spacingVerticalM },
});

/** The views the shell shows: only those that work. */
const VIEWS = ["home", "notebook", "functions", "templates"] as const;
type View = (typeof VIEWS)[number];

/** The view a remembered name stands for: the home view for a name this version does not know. */
export function viewOf(name: string | null | undefined): View {
  return VIEWS.find((view) => view === name) ?? "home";
}

export interface AppProps {
  /** Where the planner runs; `undefined` while the host is still being looked for. */
  readonly connection: HostConnection | undefined;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly loadCatalogue: (language: Language) => Promise<CatalogueEntry[]>;
  /** Where templates are inserted: the workbook in Excel; absent standalone (download only). */
  readonly templateTarget: TemplateTarget | undefined;
  readonly loadTemplateFiles: () => Promise<TemplateFile[]>;
  readonly loadTemplateBytes: (file: string) => Promise<Uint8Array>;
  /** What the planning notebook needs from the host; `undefined` until the workbook is known. */
  readonly notebookServices?: NotebookServices | undefined;
  /** Runs "Check this Excel" in the workbook; absent outside Excel. */
  readonly runExcelCheck?: (() => Promise<ExcelCheckResult>) | undefined;
  /** The view the pane opens on (the one the person left); the home view when absent or unknown. */
  readonly initialView?: string | null | undefined;
  /** Told each view the person picks, to remember it. */
  readonly onViewChange?: ((view: string) => void) | undefined;
}

export function App({
  connection,
  language,
  onLanguageChange,
  loadCatalogue,
  templateTarget,
  loadTemplateFiles,
  loadTemplateBytes,
  notebookServices,
  runExcelCheck,
  initialView,
  onViewChange,
}: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>(() => viewOf(initialView));
  const t = STRINGS[language];
  const tabLabel: Record<View, string> = {
    home: t.navHome,
    notebook: t.navNotebook,
    functions: t.navFunctions,
    templates: t.navTemplates,
  };

  return (
    <FluentProvider theme={webLightTheme} lang={language} className={styles.shell}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Title2 as="h1" className={styles.title}>
            {t.appTitle}
          </Title2>
          <Body1 block>{t.appTagline}</Body1>
        </div>
        <div role="group" aria-label={t.languageLabel} className={styles.languages}>
          {(["en", "fr"] as const).map((code) => (
            <ToggleButton
              key={code}
              size="small"
              checked={language === code}
              aria-pressed={language === code}
              onClick={() => onLanguageChange(code)}
              lang={code}
            >
              {code === "en" ? "EN" : "FR"}
            </ToggleButton>
          ))}
        </div>
      </header>
      <nav aria-label={t.navLabel}>
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, data) => {
            const next = viewOf(String(data.value));
            setView(next);
            onViewChange?.(next);
          }}
        >
          {VIEWS.map((name) => (
            <Tab key={name} value={name}>
              {tabLabel[name]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        <div className={styles.status}>
          <MessageBar
            intent={
              connection?.kind === "standalone" && connection.reason !== "no-office-host" ? "warning" : "info"
            }
          >
            <MessageBarBody>{hostMessage(connection, t)}</MessageBarBody>
          </MessageBar>
        </div>
        {view === "home" && <HomeView t={t} />}
        {view !== "home" && (
          <LazyView
            key={view}
            loading={t.viewLoading}
            failed={(reason) => t.viewLoadFailed.replace("{reason}", reason)}
          >
            {view === "notebook" &&
              (notebookServices === undefined ? (
                <Body1>{t.notebookWaiting}</Body1>
              ) : (
                <NotebookView language={language} services={notebookServices} />
              ))}
            {view === "functions" && (
              <FunctionsView
                t={t}
                language={language}
                loadCatalogue={loadCatalogue}
                connection={connection}
                runExcelCheck={runExcelCheck}
              />
            )}
            {view === "templates" && (
              <TemplatesView
                t={t}
                language={language}
                target={templateTarget}
                loadFiles={loadTemplateFiles}
                loadBytes={loadTemplateBytes}
              />
            )}
          </LazyView>
        )}
      </main>
    </FluentProvider>
  );
}

function hostMessage(connection: HostConnection | undefined, t: Strings): string {
  if (connection === undefined) return t.hostConnecting;
  if (connection.kind === "excel") return t.hostExcel;
  if (connection.reason === "office-unreachable") return t.hostOfficeUnreachable;
  if (connection.reason === "not-excel") return t.hostNotExcel;
  return t.hostStandalone;
}
