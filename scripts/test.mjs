// `npm test`: the type check, lint (ESLint and Prettier), the production build and every unit and integration
// test, in that order, stopping at the first failure. Each stage prints its wall time, so that a slow stage is
// seen where it happens (the target for the whole command is 10 minutes on the project's 2-core machine).
// Arguments after `npm test --` go to vitest (CI passes its reporters this way).
import { spawnSync } from "node:child_process";

const vitestArguments = process.argv.slice(2);
const stages = [
  ["type check", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["build", "npm", ["run", "build"]],
  ["unit and integration tests", "npx", ["vitest", "run", ...vitestArguments]],
];

const started = Date.now();
const timings = [];
for (const [name, command, args] of stages) {
  const start = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = (Date.now() - start) / 1000;
  timings.push(`${name} ${seconds.toFixed(0)} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds.toFixed(0)} s (${timings.join(", ")})`);
    process.exit(result.status ?? 1);
  }
}
const total = (Date.now() - started) / 1000;
console.log(
  `\nnpm test: ${timings.join(", ")}; total ${Math.floor(total / 60)} min ${(total % 60).toFixed(0)} s`,
);
