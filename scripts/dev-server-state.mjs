// What `npm start` and `npm stop` share: where the background server's state lives, and port checks.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const STATE_DIR = join(ROOT, ".csm-kit");
export const STATE_FILE = join(STATE_DIR, "dev-server.json");
export const LOG_FILE = join(STATE_DIR, "dev-server.log");

const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
export const PREFERRED_PORT = Number(packageJson.config?.dev_server_port ?? 3000);

/** @returns {{ pid: number, port: number } | undefined} */
export function readServerState() {
  if (!existsSync(STATE_FILE)) return undefined;
  try {
    const state = JSON.parse(readFileSync(STATE_FILE, "utf8"));
    return Number.isInteger(state.pid) && Number.isInteger(state.port) ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeServerState(state) {
  writeFileSync(STATE_FILE, JSON.stringify(state));
}

export function clearServerState() {
  rmSync(STATE_FILE, { force: true });
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when nothing listens on the port (localhost, IPv4 and IPv6). */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "localhost" }, () => probe.close(() => resolve(true)));
  });
}

export async function findFreePort(from) {
  for (let port = from; port < from + 100; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port between ${from} and ${from + 99}`);
}

/** Fetches a page of the local dev server (self-signed certificate accepted: it is our own). */
export function fetchLocal(port, path) {
  return new Promise((resolve) => {
    const req = request(
      { host: "localhost", port, path, method: "GET", rejectUnauthorized: false, timeout: 5_000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, body: "" }));
    req.end();
  });
}

/** Waits until the server answers with the task pane, or its process died, or time ran out. */
export async function waitForServer(port, pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pid !== undefined && !isAlive(pid)) return false;
    const { status, body } = await fetchLocal(port, "/taskpane.html");
    if (status === 200 && body.includes("CSM Kit")) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
