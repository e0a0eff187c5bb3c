import { afterEach, describe, expect, it, vi } from "vitest";
import {
  connectToHost,
  FUNCTIONS_JS_URL,
  OFFICE_JS_URL,
  officeHostSign,
  startHostScripts,
  type BootEnvironment,
  type HostWindow,
} from "../../addin/host-connection";

const plain: HostWindow = { location: { search: "" } };

describe("officeHostSign", () => {
  it("finds no sign in a plain browser tab", () => {
    expect(officeHostSign(plain)).toBeUndefined();
    expect(officeHostSign({ location: { search: "?lang=fr" }, name: "" })).toBeUndefined();
  });

  it.each<[string, HostWindow]>([
    ["manifest", { location: { search: "?host=office" } }],
    ["host-info", { location: { search: "?_host_Info=Excel$Win32$16.01$en-US" } }],
    ["window-name", { location: { search: "" }, name: '{"hostInfo":"Excel|Web"}' }],
    ["session", { location: { search: "" }, sessionStorage: { getItem: () => "Excel$Web$16" } }],
    ["windows-desktop", { location: { search: "" }, external: { GetContext: () => undefined } }],
    ["webview2", { location: { search: "" }, chrome: { webview: {} } }],
    ["mac", { location: { search: "" }, webkit: { messageHandlers: { Agave: {} } } }],
  ])("reads the %s sign", (sign, win) => {
    expect(officeHostSign(win)).toBe(sign);
  });

  it("treats blocked storage as no sign rather than failing", () => {
    const blocked: HostWindow = {
      location: { search: "" },
      sessionStorage: {
        getItem: () => {
          throw new Error("SecurityError");
        },
      },
    };
    expect(officeHostSign(blocked)).toBeUndefined();
  });
});

/**
 * A page in a fake Office: loading a script takes its time, then runs it. office.js defines
 * `CustomFunctions.associate` (as the real one does, before `Office.onReady`); functions.js calls it, and throws
 * a ReferenceError, as in a browser, when office.js has not run first.
 */
function fakeOffice(
  options: {
    officeMs?: number;
    officeFails?: boolean;
    ready?: () => Promise<{ host: string | null; language: string | undefined }>;
    window?: HostWindow;
  } = {},
) {
  const page = {
    requested: [] as { url: string; at: number }[],
    evaluated: [] as string[],
    errors: [] as string[],
    registered: [] as string[],
  };
  let customFunctions: { associate: (id: string, fn: () => unknown) => void } | undefined;
  const scripts: Record<string, () => void> = {
    [OFFICE_JS_URL]: () => {
      customFunctions = { associate: (id) => void page.registered.push(id) };
    },
    [FUNCTIONS_JS_URL]: () => {
      if (customFunctions === undefined) throw new ReferenceError("CustomFunctions is not defined");
      customFunctions.associate("NPS", () => 0);
      customFunctions.associate("CHURN", () => 0);
    },
  };
  const started = Date.now();
  const env: BootEnvironment = {
    window: options.window ?? { location: { search: "?host=office" } },
    loadScript: (url) => {
      page.requested.push({ url, at: Date.now() - started });
      return new Promise<void>((resolve, reject) => {
        setTimeout(
          () => {
            if (url === OFFICE_JS_URL && options.officeFails) {
              reject(new Error(`could not load ${url}`));
              return;
            }
            try {
              scripts[url]?.();
              page.evaluated.push(url);
            } catch (error) {
              page.errors.push(String(error));
            }
            resolve(); // a script that throws has still loaded
          },
          url === OFFICE_JS_URL ? (options.officeMs ?? 5) : 5,
        );
      });
    },
    officeReady: options.ready ?? (() => Promise.resolve({ host: "Excel", language: "fr-FR" })),
  };
  return { env, page };
}

describe("startHostScripts and connectToHost", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("outside Office, loads nothing at all and starts standalone at once", async () => {
    const { env, page } = fakeOffice({ window: plain });
    expect(startHostScripts(env)).toBeUndefined();
    await expect(connectToHost(env)).resolves.toEqual({ kind: "standalone", reason: "no-office-host" });
    expect(page.requested).toEqual([]);
  });

  it("in Excel, loads office.js then functions.js, registers the functions, and reports Office's language", async () => {
    const { env, page } = fakeOffice();
    const scripts = startHostScripts(env);
    await expect(connectToHost(env, scripts)).resolves.toEqual({ kind: "excel", language: "fr-FR" });
    await scripts?.functions;
    expect(page.requested.map((r) => r.url)).toEqual([OFFICE_JS_URL, FUNCTIONS_JS_URL]);
    expect(page.evaluated).toEqual([OFFICE_JS_URL, FUNCTIONS_JS_URL]);
    expect(page.registered).toEqual(["NPS", "CHURN"]);
    expect(page.errors).toEqual([]);
  });

  it("registers the functions when office.js takes 20 s, long after the pane has given up on Office", async () => {
    vi.useFakeTimers();
    const { env, page } = fakeOffice({ officeMs: 20_000 });
    const scripts = startHostScripts(env);
    const connection = connectToHost(env, scripts); // the pane's default timeout: 8 s
    await vi.advanceTimersByTimeAsync(8_000);
    await expect(connection).resolves.toEqual({ kind: "standalone", reason: "office-unreachable" });
    // functions.js waits for office.js, however long it takes, and is not requested before it has loaded.
    await vi.advanceTimersByTimeAsync(11_999);
    expect(page.requested.map((r) => r.url)).toEqual([OFFICE_JS_URL]);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.requested).toEqual([
      { url: OFFICE_JS_URL, at: 0 },
      { url: FUNCTIONS_JS_URL, at: 20_000 },
    ]);
    await vi.advanceTimersByTimeAsync(5);
    await expect(scripts?.functions).resolves.toBeUndefined();
    expect(page.evaluated).toEqual([OFFICE_JS_URL, FUNCTIONS_JS_URL]);
    expect(page.registered).toEqual(["NPS", "CHURN"]);
    expect(page.errors).toEqual([]);
  });

  it("registers the functions when Office.onReady never answers; only the pane falls back, after its timeout", async () => {
    vi.useFakeTimers();
    const { env, page } = fakeOffice({ ready: () => new Promise(() => undefined) });
    const scripts = startHostScripts(env);
    const connection = connectToHost({ ...env, timeoutMs: 5_000 }, scripts);
    await vi.advanceTimersByTimeAsync(10);
    expect(page.registered).toEqual(["NPS", "CHURN"]);
    let settled = false;
    void connection.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(4_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(connection).resolves.toEqual({ kind: "standalone", reason: "office-unreachable" });
    expect(page.registered).toEqual(["NPS", "CHURN"]);
  });

  it("falls back to standalone when office.js cannot be loaded (offline), without requesting functions.js", async () => {
    const { env, page } = fakeOffice({ officeFails: true });
    const scripts = startHostScripts(env);
    await expect(connectToHost(env, scripts)).resolves.toEqual({
      kind: "standalone",
      reason: "office-unreachable",
    });
    await expect(scripts?.functions).rejects.toThrow("could not load");
    expect(page.requested.map((r) => r.url)).toEqual([OFFICE_JS_URL]);
    expect(page.errors).toEqual([]);
  });

  it("falls back after the timeout when office.js never answers, without waiting longer", async () => {
    vi.useFakeTimers();
    const env: BootEnvironment = {
      ...fakeOffice().env,
      loadScript: () => new Promise<void>(() => undefined),
      timeoutMs: 5_000,
    };
    const outcome = connectToHost(env);
    await vi.advanceTimersByTimeAsync(4_999);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toEqual({ kind: "standalone", reason: "office-unreachable" });
  });

  it("loads office.js once, when the boot has started it already", async () => {
    const { env, page } = fakeOffice();
    const scripts = startHostScripts(env);
    await connectToHost(env, scripts);
    await scripts?.functions;
    expect(page.requested.filter((r) => r.url === OFFICE_JS_URL)).toHaveLength(1);
  });

  it("runs standalone in an Office host that is not Excel (functions.js loads anyway: office.js defines associate)", async () => {
    const { env, page } = fakeOffice({ ready: () => Promise.resolve({ host: "Word", language: "en-US" }) });
    const scripts = startHostScripts(env);
    await expect(connectToHost(env, scripts)).resolves.toEqual({ kind: "standalone", reason: "not-excel" });
    await scripts?.functions;
    expect(page.errors).toEqual([]);
  });
});
