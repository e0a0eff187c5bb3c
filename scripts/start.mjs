// `npm start`: build and serve the add-in over HTTPS on localhost:3000, then
//  - on Windows and macOS, sideload it into desktop Excel with the Office tooling (office-addin-debugging);
//  - elsewhere, say so in one line, explain how to upload manifest.xml to Excel on the web, and print the
//    address of the standalone planner.
// The server keeps running in the background; `npm stop` ends it.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync, readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  ROOT,
  STATE_DIR,
  LOG_FILE,
  PREFERRED_PORT,
  isPortFree,
  findFreePort,
  readServerState,
  writeServerState,
  waitForServer,
  isAlive,
  fetchLocal,
} from "./dev-server-state.mjs";

const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const canSideload =
  (process.platform === "win32" || process.platform === "darwin") && !args.has("--standalone");

function say(line = "") {
  process.stdout.write(`${line}\n`);
}

function excelOnTheWebSteps(port) {
  say("To use it in Excel on the web:");
  say(`  1. Open https://localhost:${port}/taskpane.html once in that browser and accept the certificate`);
  say("     (a self-signed development certificate: the browser asks once).");
  say("  2. In a workbook: Home → Add-ins → More Add-ins → Upload My Add-in (or Insert → Add-ins → Upload");
  say(`     My Add-in), and choose ${join(ROOT, "manifest.xml")}.`);
  say("  3. Open the pane with Home → CSM Planner; type =CSM.NPS( in a cell.");
}

async function main() {
  const running = readServerState();
  if (running && isAlive(running.pid)) {
    say(`CSM Kit is already running: https://localhost:${running.port}/taskpane.html (npm stop ends it).`);
    return;
  }

  // The development server builds the add-in in memory; the templates are files it serves from dist/templates.
  say("Rendering the workbook templates…");
  const templates = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/build-templates.mts"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (templates.status !== 0) {
    say("The templates could not be rendered; the Templates view will say so. The error:");
    say((templates.stderr || templates.stdout || "").split("\n").slice(-10).join("\n"));
  }

  if (canSideload) {
    // The Office tooling installs a trusted development certificate, starts `npm run dev-server` and
    // sideloads manifest.xml into desktop Excel.
    say("Starting CSM Kit and sideloading it into Excel desktop (office-addin-debugging)…");
    const result = spawnSync(
      "npx",
      ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"],
      {
        cwd: ROOT,
        stdio: "inherit",
        shell: process.platform === "win32",
      },
    );
    if (result.status === 0) return;
    say("");
    say("Sideloading into Excel desktop did not work (see above). Serving the standalone planner instead;");
    say("you can still upload manifest.xml to Excel on the web.");
  } else {
    say(
      `Excel desktop sideloading needs Windows or macOS (this is ${process.platform}): serving the standalone planner.`,
    );
  }

  let port = PREFERRED_PORT;
  if (!(await isPortFree(port)) && (await fetchLocal(port, "/taskpane.html")).body.includes("CSM Kit")) {
    say(`CSM Kit is already being served on https://localhost:${port}/taskpane.html.`);
    excelOnTheWebSteps(port);
    return;
  }
  if (!(await isPortFree(port))) {
    const fallback = await findFreePort(port + 1);
    say(
      `Port ${port} is already in use by another program. Excel loads the add-in from port ${port} (manifest.xml),`,
    );
    say(
      `so stop that program to use the add-in in Excel. The standalone planner will use port ${fallback} meanwhile.`,
    );
    port = fallback;
  }

  mkdirSync(STATE_DIR, { recursive: true });
  const log = openSync(LOG_FILE, "w");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(
    process.execPath,
    [webpackCli, "serve", "--mode", "development", "--port", String(port)],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", log, log],
      env: { ...process.env, CSM_KIT_DEV_SERVER: "1" },
    },
  );
  server.unref();
  writeServerState({ pid: server.pid, port });
  say(`Building and serving on https://localhost:${port} (log: ${LOG_FILE})…`);

  const ready = await waitForServer(port, server.pid, 180_000);
  if (!ready) {
    say("The development server did not start. The end of its log:");
    if (existsSync(LOG_FILE)) say(readFileSync(LOG_FILE, "utf8").split("\n").slice(-25).join("\n"));
    spawnSync(process.execPath, [join(ROOT, "scripts/stop.mjs")], { stdio: "inherit" });
    process.exit(1);
  }
  say("");
  say(`Standalone planner: https://localhost:${port}/taskpane.html`);
  say("");
  excelOnTheWebSteps(port);
  say("");
  say("npm stop ends the server.");
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
