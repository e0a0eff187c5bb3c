import { describe, expect, it, vi } from "vitest";
import {
  connectToHost,
  OFFICE_JS_URL,
  officeHostSign,
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

function environment(overrides: Partial<BootEnvironment>): BootEnvironment & { loaded: string[] } {
  const loaded: string[] = [];
  return {
    loaded,
    window: { location: { search: "?host=office" } },
    loadScript: (url) => {
      loaded.push(url);
      return Promise.resolve();
    },
    officeReady: () => Promise.resolve({ host: "Excel", language: "fr-FR" }),
    timeoutMs: 50,
    ...overrides,
  };
}

describe("connectToHost", () => {
  it("starts standalone at once, loading nothing, when there is no Office sign", async () => {
    const env = environment({ window: plain });
    await expect(connectToHost(env)).resolves.toEqual({ kind: "standalone", reason: "no-office-host" });
    expect(env.loaded).toEqual([]);
  });

  it("in Excel, loads office.js then the custom functions, and reports Office's language", async () => {
    const env = environment({});
    await expect(connectToHost(env)).resolves.toEqual({ kind: "excel", language: "fr-FR" });
    expect(env.loaded).toEqual([OFFICE_JS_URL, "functions.js"]);
  });

  it("falls back to standalone when office.js cannot be loaded (offline)", async () => {
    const env = environment({ loadScript: () => Promise.reject(new Error("could not load")) });
    await expect(connectToHost(env)).resolves.toEqual({ kind: "standalone", reason: "office-unreachable" });
  });

  it("falls back after the timeout when office.js never answers, without waiting longer", async () => {
    vi.useFakeTimers();
    try {
      const env = environment({ loadScript: () => new Promise<void>(() => undefined), timeoutMs: 5_000 });
      const outcome = connectToHost(env);
      await vi.advanceTimersByTimeAsync(4_999);
      let settled = false;
      void outcome.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await expect(outcome).resolves.toEqual({ kind: "standalone", reason: "office-unreachable" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("falls back when Office.onReady never resolves", async () => {
    const env = environment({ officeReady: () => new Promise(() => undefined) });
    await expect(connectToHost(env)).resolves.toEqual({ kind: "standalone", reason: "office-unreachable" });
  });

  it("runs standalone in an Office host that is not Excel, without loading the functions", async () => {
    const env = environment({ officeReady: () => Promise.resolve({ host: "Word", language: "en-US" }) });
    await expect(connectToHost(env)).resolves.toEqual({ kind: "standalone", reason: "not-excel" });
    expect(env.loaded).toEqual([OFFICE_JS_URL]);
  });
});
