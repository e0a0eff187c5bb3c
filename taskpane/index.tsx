// The composition root: start the host's scripts, render the shell at once, connect to the host, pick the
// workbook adapter.
// First, before React is evaluated: in Office, office.js then functions.js are requested (host-scripts.ts).
import { environment, hostScripts } from "./host-scripts";
import { createRoot } from "react-dom/client";
import { connectToHost, type HostConnection } from "../addin/host-connection";
import type { TemplateFile, TemplateTarget } from "../addin/template-insertion";
import type { Language } from "../functions/excel/language";
import { App } from "./app/app";
import type { NotebookServices } from "./features/notebook/notebook-services";
import type { CatalogueEntry } from "./features/functions/catalogue";
import { initialLanguage, LANGUAGE_STORAGE_KEY } from "./i18n/language";

// The shell's first JavaScript is this file, the shell and Home (docs/architecture.md, "What loads when"): what
// only a view or Excel needs is imported on first use, each in a chunk of its own.
const loadCatalogue = (language: Language): Promise<CatalogueEntry[]> =>
  import(/* webpackChunkName: "catalogue" */ "./features/functions/catalogue").then((module) =>
    module.loadCatalogue(language),
  );
const loadTemplateFiles = (): Promise<TemplateFile[]> =>
  import(/* webpackChunkName: "template-list" */ "./features/templates/template-list").then((module) =>
    module.loadTemplateFiles(),
  );
const loadTemplateBytes = (file: string): Promise<Uint8Array> =>
  import(/* webpackChunkName: "template-list" */ "./features/templates/template-list").then((module) =>
    module.loadTemplateBytes(file),
  );
const runExcelCheck = () =>
  import(/* webpackChunkName: "excel-check" */ "../addin/excel-check").then((module) =>
    module.runExcelCheck(),
  );

/** Where the view the person left is remembered, so that the pane reopens on it. */
const VIEW_STORAGE_KEY = "csmkit.view";

/** A choice remembered in the browser's storage, or `null` (nothing remembered, or storage blocked). */
function remembered(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers a choice (the language, the view); when storage is blocked it lasts for this session only. */
function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage blocked: nothing to do.
  }
}

/** The browser's storage, or a stand-in for this session when the browser blocks it. */
function safeStorage(): Pick<Storage, "getItem" | "setItem"> {
  try {
    localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return localStorage;
  } catch {
    const items = new Map<string, string>();
    return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
  }
}

/** Settles once the browser has drawn the next frame, or after a second when it draws none (a hidden page). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 1000);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  let connection: HostConnection | undefined = undefined;
  let templateTarget: TemplateTarget | undefined = undefined;
  let notebookServices: NotebookServices | undefined = undefined;
  let language: Language = initialLanguage(remembered(LANGUAGE_STORAGE_KEY), undefined, navigator.language);
  const initialView = remembered(VIEW_STORAGE_KEY);
  const render = () => {
    document.documentElement.lang = language;
    root.render(
      <App
        connection={connection}
        language={language}
        onLanguageChange={(next) => {
          remember(LANGUAGE_STORAGE_KEY, next);
          language = next;
          render();
        }}
        loadCatalogue={loadCatalogue}
        templateTarget={templateTarget}
        loadTemplateFiles={loadTemplateFiles}
        loadTemplateBytes={loadTemplateBytes}
        notebookServices={notebookServices}
        runExcelCheck={connection?.kind === "excel" ? () => runExcelCheck() : undefined}
        initialView={initialView}
        onViewChange={(view) => remember(VIEW_STORAGE_KEY, view)}
      />,
    );
  };
  // The shell shows while the host is looked for: in Excel that takes a moment; outside it, none.
  render();
  connection = await connectToHost(environment, hostScripts);
  language = initialLanguage(
    remembered(LANGUAGE_STORAGE_KEY),
    connection.kind === "excel" ? connection.language : undefined,
    navigator.language,
  );
  render();
  // The workbook the planner's views write to, the templates' target and the notebook's services: a chunk of
  // their own, loaded once the host is known and the first view has been drawn (it does not wait for them).
  await afterNextPaint();
  const { hostServices } = await import(/* webpackChunkName: "host-services" */ "./app/host-services");
  const services = hostServices(connection.kind === "excel", safeStorage());
  document.documentElement.dataset.host = services.workbook.host;
  templateTarget = services.templateTarget;
  notebookServices = services.notebookServices;
  render();
}

boot().catch((error: unknown) => {
  // Last resort: the shell could not start. Say so in the page rather than only in the console.
  const message = error instanceof Error ? error.message : String(error);
  const root = document.getElementById("root") ?? document.body;
  root.textContent = `CSM Kit could not start: ${message}`;
});
