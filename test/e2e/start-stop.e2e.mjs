// `npm start` and `npm stop` as a new user runs them on this Linux machine: the add-in is served over HTTPS
// on port 3000 (the one manifest.xml names), the output explains sideloading, a busy port gives a clear
// message and a working fallback, and `npm stop` ends it all.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fetchLocal, isPortFree, PREFERRED_PORT, ROOT } from "../../scripts/dev-server-state.mjs";

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function npm(script) {
  const run = spawnSync(process.execPath, [`scripts/${script}.mjs`], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const port = PREFERRED_PORT;
if (!(await isPortFree(port))) {
  console.log(`port ${port} is busy before the test starts; stop what uses it (npm stop?)`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

try {
  await check(
    "npm start serves the add-in over HTTPS on the manifest's port and explains sideloading",
    async () => {
      const start = npm("start");
      assert(start.status === 0, `npm start exited with ${start.status}:\n${start.output}`);
      assert(
        /sideloading needs Windows or macOS/.test(start.output),
        "no one-line explanation about sideloading",
      );
      assert(start.output.includes("Upload My Add-in"), "no Excel on the web instructions");
      assert(start.output.includes(`https://localhost:${port}/taskpane.html`), "no planner URL");
      const page = await fetchLocal(port, "/taskpane.html");
      assert(page.status === 200 && page.body.includes("CSM Kit"), `taskpane.html answered ${page.status}`);
      const metadata = await fetchLocal(port, "/functions.json");
      assert(
        metadata.status === 200 && JSON.parse(metadata.body).functions.some((f) => f.id === "NPS"),
        "functions.json",
      );
      const script = await fetchLocal(port, "/functions.js");
      assert(script.status === 200 && script.body.includes("CustomFunctions.associate"), "functions.js");
      const templates = await fetchLocal(port, "/templates/index.json");
      assert(
        templates.status === 200 && JSON.parse(templates.body).some((t) => t.file === "kpi.fr.xlsx"),
        `templates/index.json answered ${templates.status}`,
      );
    },
  );

  await check("a second npm start says it is already running instead of failing", async () => {
    const again = npm("start");
    assert(again.status === 0, `exited with ${again.status}`);
    assert(/already (running|being served)/.test(again.output), again.output);
  });

  await check("npm stop ends the server and frees the port", async () => {
    const stop = npm("stop");
    assert(stop.status === 0 && /Stopped/.test(stop.output), stop.output);
    assert(await isPortFree(port), `port ${port} still busy`);
    assert(/Nothing to stop/.test(npm("stop").output), "a second stop should say there is nothing to stop");
  });

  await check(
    "a port taken by another program gives a clear message and a working fallback port",
    async () => {
      // Another program on the port: it accepts connections and hangs up.
      const squatter = createServer((socket) => socket.destroy());
      await new Promise((resolve) => squatter.listen({ port, host: "localhost" }, resolve));
      try {
        const start = npm("start");
        assert(start.status === 0, `npm start exited with ${start.status}:\n${start.output}`);
        assert(start.output.includes(`Port ${port} is already in use`), start.output);
        const fallback = Number(/will use port (\d+)/.exec(start.output)?.[1]);
        assert(fallback > port, "no fallback port named");
        const page = await fetchLocal(fallback, "/taskpane.html");
        assert(page.status === 200, `the fallback port answered ${page.status}`);
        assert(/Stopped/.test(npm("stop").output), "npm stop did not stop the fallback server");
      } finally {
        await new Promise((resolve) => squatter.close(resolve));
      }
    },
  );
} finally {
  npm("stop");
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
