/**
 * Boot: decides whether the page runs inside Excel or as the standalone planner, without hanging and
 * without a failed network request when there is no Office host.
 *
 * office.js is loaded only when the page shows signs of an Office host; outside Office (a browser, a test)
 * the standalone planner starts at once. In Excel, `functions.js` is loaded after office.js: it registers
 * the CSM custom functions in the shared runtime.
 */

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

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

/** What the boot needs from its surroundings; real ones in the page, stand-ins in tests. */
export interface BootEnvironment {
  readonly window: HostWindow;
  /** Loads a script; rejects when it fails to load. */
  readonly loadScript: (url: string) => Promise<void>;
  /** Resolves with the Office host name (`"Excel"`…) once office.js is ready. */
  readonly officeReady: () => Promise<{ host: string | null; language: string | undefined }>;
  readonly timeoutMs?: number;
}

/**
 * Connects to the host. Never rejects and never waits longer than the timeout for each step: any failure
 * gives the standalone planner, with the reason so that the page can say it.
 *
 * @param env - the page's environment
 * @returns where the planner runs
 */
export async function connectToHost(env: BootEnvironment): Promise<HostConnection> {
  if (officeHostSign(env.window) === undefined) return { kind: "standalone", reason: "no-office-host" };
  const timeout = env.timeoutMs ?? 8_000;
  try {
    await withTimeout(env.loadScript(OFFICE_JS_URL), timeout);
    const ready = await withTimeout(env.officeReady(), timeout);
    if (ready.host !== "Excel") return { kind: "standalone", reason: "not-excel" };
    await withTimeout(env.loadScript("functions.js"), timeout);
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
