import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ES module script, checked by these tests rather than by tsc
import { checkManifest } from "../../scripts/check-manifest.mjs";

const check = checkManifest as (xml: string, options?: { distDir?: string }) => string[];
const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("passes the structural check", () => {
    expect(check(manifest)).toEqual([]);
  });

  it("points at files the build produced (functions.json, functions.js, taskpane.html, icons)", () => {
    expect(existsSync(join(root, "dist/functions.json"))).toBe(true);
    expect(check(manifest, { distDir: join(root, "dist") })).toEqual([]);
  });
});

describe("the manifest check", () => {
  const broken = (from: string | RegExp, to: string): string[] => {
    const changed = manifest.replace(from, to);
    expect(changed).not.toBe(manifest);
    return check(changed);
  };

  it("fails when the Id is not a GUID", () => {
    expect(broken(/<Id>[^<]+<\/Id>/, "<Id>csm-kit</Id>")).toEqual([expect.stringContaining("not a GUID")]);
  });

  it("fails when a resid resolves to nothing", () => {
    expect(broken('resid="TaskpaneButton.Label"', 'resid="Taskpane.Missing"')).toContainEqual(
      expect.stringContaining('"Taskpane.Missing" does not resolve'),
    );
  });

  it("fails when a resid points at the wrong kind of resource", () => {
    expect(
      broken('<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image size="16" resid="Taskpane.Url"/>'),
    ).toContainEqual(expect.stringContaining("expected a image"));
  });

  it("fails when a URL is not https", () => {
    expect(
      broken(
        'DefaultValue="https://localhost:3000/functions.js"',
        'DefaultValue="http://localhost:3000/functions.js"',
      ),
    ).toContainEqual(expect.stringContaining("must use https"));
  });

  it("fails when a short string is longer than Office allows", () => {
    expect(broken('DefaultValue="CSM Planner"', `DefaultValue="${"x".repeat(126)}"`)).toContainEqual(
      expect.stringContaining("longer than 125"),
    );
  });

  it("fails when a resource id is longer than 32 characters", () => {
    const long = "Functions.Metadata.Url.Too.Long.Id";
    expect(manifest.split("Functions.Metadata.Url").length).toBe(3);
    expect(check(manifest.replaceAll("Functions.Metadata.Url", long))).toContainEqual(
      expect.stringContaining("1 to 32 characters"),
    );
  });

  it("fails when the functions metadata URL does not point at the built functions.json", () => {
    expect(
      broken("https://localhost:3000/functions.json", "https://localhost:3000/metadata.json"),
    ).toContainEqual(expect.stringContaining("must point at the built functions.json"));
  });

  it("fails when the custom functions do not run in the shared runtime", () => {
    expect(broken('lifetime="long"', 'lifetime="short"')).toContainEqual(expect.stringContaining("lifetime"));
    expect(
      broken(
        /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
        '<Page><SourceLocation resid="GetStarted.LearnMoreUrl"/>',
      ),
    ).toContainEqual(expect.stringContaining("<Page> must be the shared runtime's page"));
  });

  it("fails when the files it points at were not built", () => {
    expect(check(manifest, { distDir: join(root, "test/fixtures") })).toContainEqual(
      expect.stringContaining("functions.json was not built"),
    );
  });

  it("fails on text that is not XML", () => {
    expect(check("<OfficeApp><Id>")).toEqual([expect.stringContaining("not well-formed")]);
  });
});
