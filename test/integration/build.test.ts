// The metadata generator only logs its errors; the build must fail on them instead of shipping a
// functions.json that Excel rejects.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { afterAll, describe, expect, it, vi } from "vitest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createConfig } = require("../../webpack.config.js") as {
  createConfig: (options: {
    functionsEntry: string;
    outputPath: string;
    taskpane: boolean;
    frenchDescriptions: boolean;
  }) => webpack.Configuration;
};

const outputs: string[] = [];
afterAll(() => outputs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function build(functionsEntry: string): Promise<webpack.Stats> {
  const outputPath = mkdtempSync(join(tmpdir(), "csm-build-"));
  outputs.push(outputPath);
  return new Promise((resolve, reject) => {
    webpack(
      createConfig({ functionsEntry, outputPath, taskpane: false, frenchDescriptions: false }),
      (error, stats) => {
        if (error || !stats) reject(error ?? new Error("no stats"));
        else resolve(stats);
      },
    );
  });
}

describe("the functions build", () => {
  it("fails, naming the file and the problem, when a custom function's declaration is invalid", async () => {
    // The generator also logs the errors to the console: expected here, so kept out of the test output.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let stats: webpack.Stats;
    let log: string;
    try {
      stats = await build("./test/fixtures/broken-functions/custom-functions.ts");
    } finally {
      log = logged.mock.calls.map((call) => String(call[0])).join("\n");
      logged.mockRestore();
    }
    expect(log).toMatch(/Errors in file: .*broken-functions\/custom-functions\.ts/);
    expect(stats.hasErrors()).toBe(true);
    const messages = stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? [];
    expect(messages.join("\n")).toMatch(
      /broken-functions\/custom-functions\.ts.*does not support type "Date"/,
    );
    expect(messages.join("\n")).toContain("BAD.ID!");
  });

  // The control: the same build of a correct declaration succeeds. (The real functions are built by `npm run
  // build`, which npm test runs before this file; a second build of them here only cost time.)
  it("succeeds on a correct declaration", async () => {
    const stats = await build("./test/fixtures/valid-functions/custom-functions.ts");
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  });
});
