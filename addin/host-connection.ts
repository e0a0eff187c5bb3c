/**
 * Boot: decides whether the page runs inside Excel or as the standalone planner, without hanging and
 * without a failed network request when there is no Office host.
 *
 * office.js is loaded only when the page shows signs of an Office host; outside Office (a browser, a test)
 * nothing is loaded and the standalone planner starts at once. In Office, {@link startHostScripts} requests
 * office.js as soon as the page runs and `functions.js` the moment office.js has loaded (office.js defines
 * `CustomFunctions.associate`), so the CSM custom functions register in the shared runtime however slow the
 * network is: nothing waits for `Office.onReady`, and no timeout gives up on them. Only the pane's own decision
 * (Excel or standalone, {@link connectToHost}) has a timeout, so that it never hangs.
 */

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The custom functions' bundle, beside the page: `CustomFunctions.associate` for each CSM function. */
export const FUNCTIONS_JS_URL = "functions.js";

/** The parts of `window` the detection reads; a plain object in tests. */
export interface HostWindow {
  readonly location: { readonly search: string };
  readonly name?: string;
  readonly sessionStorage?: { getItem(key: string): string | null };
  readonly external?: unknown;
  readonly chrome?: { readonly webview?: unknown };
  readonly webkit?: { readonly messageHandlers?: { readonly Agave?: unknown } };
}

export type HostConnection =
  | { readonly kind: "excel"; readonly language: string | undefined }
  | { readonly kind: "standalone"; readonly reason: "no-office-host" | "office-unreachable" | "not-excel" };

/**
 * The signs of an Office host that can be read before office.js is loaded, or `undefined` when there are
 * none: the manifest's `?host=office`, Office's `_host_Info` (query, window name or session storage, which
 * Office on the web and office.js use), the Windows desktop's `window.external.GetContext`, WebView2's
 * `window.chrome.webview`, and the Mac's `webkit.messageHandlers.Agave`.
 *
 * @param win - the page's window, or a stand-in
 * @returns which sign was found, for the status line, or `undefined`
 */
export function officeHostSign(win: HostWindow): string | undefined {
  const query = new URLSearchParams(win.location.search);
  if (query.get("host") === "office") return "manifest";
  if (query.has("_host_Info")) return "host-info";
  if (typeof win.name === "string" && /host_?info/i.test(win.name)) return "window-name";
  try {
    if (win.sessionStorage?.getItem("hostInfoValue")) return "session";
  } catch {
    // Storage can be blocked (privacy settings): that is not a sign either way.
  }
  const external = win.external as { GetContext?: unknown } | undefined;
  if (external && typeof external === "object" && "GetContext" in external) return "windows-desktop";
  if (win.chrome?.webview !== undefined) return "webview2";
  if (win.webkit?.messageHandlers?.Agave !== undefined) return "mac";
  return undefined;
}

/** What loading the host's scripts needs: the window to read the signs from, and a script loader. */
export interface ScriptEnvironment {
  readonly window: HostWindow;
  /** Loads a script and runs it; rejects when it fails to load. */
  readonly loadScript: (url: string) => Promise<void>;
}

/** What the boot needs from its surroundings; real ones in the page, stand-ins in tests. */
export interface BootEnvironment extends ScriptEnvironment {
  /** Resolves with the Office host name (`"Excel"`…) once office.js is ready. */
  readonly officeReady: () => Promise<{ host: string | null; language: string | undefined }>;
  /** How long the pane waits for office.js, then for `Office.onReady`, before it runs standalone. */
  readonly timeoutMs?: number;
}

/** The host's scripts on their way: office.js, then functions.js. */
export interface HostScripts {
  /** The sign of an Office host that started them. */
  readonly sign: string;
  /** Settles once office.js has loaded; rejects when it could not be loaded. */
  readonly office: Promise<void>;
  /** Settles once functions.js has loaded and run, after office.js; rejects when either could not be loaded. */
  readonly functions: Promise<void>;
}

/**
 * Starts loading office.js, and functions.js as soon as office.js has loaded, when the page shows a sign of an
 * Office host; does nothing otherwise. Neither waits for `Office.onReady` nor gives up after a time: a slow
 * office.js delays the custom functions' registration, it never prevents it. Call it once, first thing.
 *
 * @param env - the window and the script loader
 * @returns the two loads, or `undefined` when there is no Office host (nothing was requested)
 */
export function startHostScripts(env: ScriptEnvironment): HostScripts | undefined {
  const sign = officeHostSign(env.window);
  if (sign === undefined) return undefined;
  const office = env.loadScript(OFFICE_JS_URL);
  // Only once office.js has run: functions.js calls CustomFunctions.associate, which office.js defines.
  const functions = office.then(() => env.loadScript(FUNCTIONS_JS_URL));
  // Whoever awaits them sees the failures; unobserved, they must not become unhandled rejections.
  office.catch(() => undefined);
  functions.catch(() => undefined);
  return { sign, office, functions };
}

/**
 * Connects the pane to the host. Never rejects and never waits longer than the timeout for each step (office.js,
 * then `Office.onReady`): any failure gives the standalone planner, with the reason so that the page can say it.
 * The custom functions do not depend on this: they load with office.js (see {@link startHostScripts}).
 *
 * @param env - the page's environment
 * @param scripts - the host's scripts already started by {@link startHostScripts}; started here when omitted
 * @returns where the planner runs
 */
export async function connectToHost(
  env: BootEnvironment,
  scripts: HostScripts | undefined = startHostScripts(env),
): Promise<HostConnection> {
  if (scripts === undefined) return { kind: "standalone", reason: "no-office-host" };
  const timeout = env.timeoutMs ?? 8_000;
  try {
    await withTimeout(scripts.office, timeout);
    const ready = await withTimeout(env.officeReady(), timeout);
    if (ready.host !== "Excel") return { kind: "standalone", reason: "not-excel" };
    return { kind: "excel", language: ready.language };
  } catch {
    return { kind: "standalone", reason: "office-unreachable" };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The page's own environment: script elements, and `Office.onReady`. */
export function browserEnvironment(): BootEnvironment {
  return {
    window: window as unknown as HostWindow,
    loadScript: (url) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement("script");
        script.src = url;
        // Executed in insertion order, like the parser's own scripts.
        script.async = false;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${url}`));
        document.head.appendChild(script);
      }),
    officeReady: async () => {
      const info = await Office.onReady();
      return {
        host: info.host === null ? null : String(info.host),
        language: Office.context.displayLanguage,
      };
    },
  };
}
