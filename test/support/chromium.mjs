// Chromium and a static server, for the browser walks (test/e2e/browser.mjs) and the pane's benchmarks
// (bench/pane.ts, bench/cold-start.ts): one launch with the flags this machine's headless Chromium needs, in a
// profile of its own, and one server of a built folder. Plain JavaScript, so that the walks import it without a
// build; its types are in chromium.d.mts.
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import process from "node:process";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
};

/**
 * Serves `folder` on a free port of 127.0.0.1; `noStore` marks every response not to be cached (a cold load).
 *
 * @returns the server (to close) and its address
 */
export async function serveFolder(folder, { noStore = false } = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname));
    const file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      ...(noStore ? { "cache-control": "no-store" } : {}),
    });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server has no port");
  return { server, base: `http://127.0.0.1:${address.port}` };
}

/**
 * Headless Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) with a profile in a temporary folder.
 *
 * @returns the browser, and `close()` that closes it and removes its profile
 */
export async function launchChromium() {
  const home = mkdtempSync(join(tmpdir(), "csm-chromium-"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
