// The unit tests of functions/ and of the notebook engine only, for mutation testing (stryker.config.mjs): the
// tests of the notebook's kinds, the task pane and the templates would only slow each mutant's run down.
import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * Stryker writes its helper functions after a file's leading comments; in a file that starts with a documented
 * function, they land between its TSDoc and `export function`, where the documented-examples tests
 * (test/unit/doc-examples.test.ts and notebook-doc-examples.test.ts read the sources as text) no longer find the
 * examples. This gives those tests the sources without the helpers, as they are written.
 */
function sourcesWithoutStrykerHelpers(): Plugin {
  const mutated = /[\\/](functions|notebook[\\/]engine)[\\/].*\.ts$/;
  const helpers = /function stryNS_\w+\(\) \{[\s\S]*?\nfunction stryMutAct_\w+\(id\) \{[\s\S]*?\n\}\n/;
  return {
    name: "sources-without-stryker-helpers",
    enforce: "pre",
    load(id) {
      const [file, query] = id.split("?");
      if (query !== "raw" || file === undefined || !mutated.test(file)) return null;
      return `export default ${JSON.stringify(readFileSync(file, "utf8").replace(helpers, ""))};`;
    },
  };
}

export default defineConfig({
  plugins: [sourcesWithoutStrykerHelpers()],
  test: {
    globals: true,
    include: [
      "test/unit/boundary.test.ts",
      "test/unit/capacity.test.ts",
      "test/unit/custom-functions.test.ts",
      "test/unit/doc-examples.test.ts",
      "test/unit/excel-*.test.ts",
      "test/unit/finance-*.test.ts",
      "test/unit/health*.test.ts",
      "test/unit/journey-*.test.ts",
      "test/unit/list-verdict.test.ts",
      "test/unit/nps.test.ts",
      "test/unit/revenue.test.ts",
      "test/unit/roadmap.test.ts",
      "test/unit/scaling-audit.test.ts",
      "test/unit/segmentation.test.ts",
      "test/unit/segmentation-tier-formulas*.test.ts",
      "test/unit/unit-economics.test.ts",
      "test/unit/functions-*.test.ts",
      "test/unit/notebook-doc-examples.test.ts",
      "test/unit/notebook-engine*.test.ts",
    ],
    // This one drives the built dist/ bundle, which mutants never reach.
    exclude: ["test/unit/excel-calling-model.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
