// `npm run test:e2e` (after the build): runs every test/e2e/*.e2e.mjs in turn, each in its own process,
// and adds up the "N passed, N failed" line each one prints.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((file) => file.endsWith(".e2e.mjs") && (!only || file.includes(only)))
  .sort();
let passed = 0;
let failed = 0;
for (const file of files) {
  console.log(`\n── ${file}`);
  const run = spawnSync(process.execPath, [join(here, file)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.stdout.write(run.stdout);
  const counts = /(\d+) passed, (\d+) failed\s*$/.exec(run.stdout.trim());
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  if (run.status !== 0 || !counts) {
    if (!counts || Number(counts[2]) === 0) failed += 1;
    console.log(`${file} exited with ${run.status}${counts ? "" : " without a summary line"}`);
  }
}
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && files.length > 0 ? 0 : 1);
