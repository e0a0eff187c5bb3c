// Mutation testing of functions/ and the notebook engine (`npm run test:mutation`; docs/testing.md, "Mutation
// testing"): Stryker changes the code one mutant at a time and runs their unit tests (vitest.mutation.config.mts);
// a mutant no test notices is a promise no test keeps. Narrow a run with `--mutate functions/clv/clv.ts` or
// `--mutate 'notebook/engine/**/*.ts'`.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.mts" },
  mutate: ["functions/**/*.ts", "notebook/engine/**/*.ts"],
  concurrency: 2,
  ignoreStatic: true,
  timeoutMS: 20_000,
  ignorePatterns: ["/dist", "/test-results", "/test/e2e"],
  reporters: ["clear-text", "html", "json", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
