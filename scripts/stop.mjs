// `npm stop`: ends what `npm start` started (the background server, and on Windows/macOS the sideloaded add-in).
import { spawnSync } from "node:child_process";
import { ROOT, readServerState, clearServerState, isAlive } from "./dev-server-state.mjs";

async function main() {
  if (
    (process.platform === "win32" || process.platform === "darwin") &&
    !process.argv.includes("--standalone")
  ) {
    spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
  }
  const state = readServerState();
  if (!state || !isAlive(state.pid)) {
    clearServerState();
    console.log("Nothing to stop: the CSM Kit server is not running.");
    return;
  }
  for (const signal of ["SIGTERM", "SIGKILL"]) {
    try {
      // The server was started detached, in a process group of its own: end the whole group.
      process.kill(process.platform === "win32" ? state.pid : -state.pid, signal);
    } catch {
      if (isAlive(state.pid)) process.kill(state.pid, signal);
    }
    for (let i = 0; i < 50 && isAlive(state.pid); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    if (!isAlive(state.pid)) break;
  }
  clearServerState();
  console.log(`Stopped the CSM Kit server on port ${state.port}.`);
}

main().catch((error) => {
  console.error(`npm stop failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
