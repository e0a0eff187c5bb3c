import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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

  it("fails when the shared runtime's buttons would open more than one task pane", () => {
    // Office treats each TaskpaneId (and a button without one) as a separate pane; a shared runtime has one.
    const second = manifest.replace(
      /(<Control xsi:type="Button" id="CsmKit.OpenPane">[\s\S]*?<\/Control>)/,
      (button) =>
        `${button}\n${button.replace('id="CsmKit.OpenPane"', 'id="CsmKit.Other"').replace(/<TaskpaneId>[^<]*<\/TaskpaneId>/, "")}`,
    );
    expect(second).not.toBe(manifest);
    expect(check(second)).toContainEqual(expect.stringContaining("one task pane"));
  });
});

/** A throw-away dist/ holding only the given files. */
const fakeDists: string[] = [];
afterAll(() => fakeDists.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "csm-dist-"));
  fakeDists.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("the manifest's requirement sets", () => {
  const withSet = (name: string, version: string) =>
    manifest.replace(
      new RegExp(`<Set Name="${name}" MinVersion="[^"]*"/>`),
      `<Set Name="${name}" MinVersion="${version}"/>`,
    );

  it("asks for CustomFunctionsRuntime 1.2 when the built functions throw CustomFunctions.Error", () => {
    const older = withSet("CustomFunctionsRuntime", "1.1");
    const throwing = fakeDist({
      "functions.js": "throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue);",
    });
    expect(check(older, { distDir: throwing })).toContainEqual(
      expect.stringContaining("CustomFunctionsRuntime must be at least 1.2"),
    );
    const plain = fakeDist({ "functions.js": "CustomFunctions.associate('X', () => 1);" });
    expect(check(older, { distDir: plain })).not.toContainEqual(
      expect.stringContaining("CustomFunctionsRuntime"),
    );
    expect(check(withSet("CustomFunctionsRuntime", "1.2"), { distDir: throwing })).not.toContainEqual(
      expect.stringContaining("CustomFunctionsRuntime"),
    );
  });

  it("reads the real build: dist/functions.js throws CustomFunctions.Error", () => {
    expect(readFileSync(join(root, "dist/functions.js"), "utf8")).toContain("CustomFunctions.Error");
    expect(check(withSet("CustomFunctionsRuntime", "1.1"), { distDir: join(root, "dist") })).toContainEqual(
      expect.stringContaining("CustomFunctionsRuntime must be at least 1.2"),
    );
  });

  it("fails when the custom functions runtime set is missing", () => {
    expect(broken(/\s*<Set Name="CustomFunctionsRuntime"[^>]*\/>/, "")).toContainEqual(
      expect.stringContaining("CustomFunctionsRuntime"),
    );
  });

  it("fails when SharedRuntime is not 1.1", () => {
    expect(check(withSet("SharedRuntime", "1.0"))).toContainEqual(expect.stringContaining("SharedRuntime"));
  });

  it("asks for the ExcelApi version the add-in calls without a guard, no lower and no higher", () => {
    expect(check(withSet("ExcelApi", "1.4"))).toContainEqual(expect.stringContaining("ExcelApi must be 1.7"));
    expect(check(withSet("ExcelApi", "1.13"))).toContainEqual(
      expect.stringContaining("ExcelApi must be 1.7"),
    );
    expect(check(withSet("ExcelApi", "1.7"))).toEqual([]);
  });

  const broken = (from: string | RegExp, to: string): string[] => {
    const changed = manifest.replace(from, to);
    expect(changed).not.toBe(manifest);
    return check(changed);
  };
});

describe("the manifest's French overrides", () => {
  it("fails when a locale with French function metadata keeps an English ribbon string", () => {
    const changed = manifest.replace(
      /(<bt:String id="TaskpaneButton.Label"[^>]*>[\s\S]*?)<bt:Override Locale="fr-BE"[^>]*\/>/,
      "$1",
    );
    expect(changed).not.toBe(manifest);
    expect(check(changed)).toContainEqual(expect.stringMatching(/TaskpaneButton.Label.*fr-BE/));
  });

  it("fails when the DisplayName or Description is not French in every French locale", () => {
    const changed = manifest.replace(/(<DisplayName[^>]*>[\s\S]*?)<Override Locale="fr-CA"[^>]*\/>/, "$1");
    expect(changed).not.toBe(manifest);
    expect(check(changed)).toContainEqual(expect.stringMatching(/DisplayName.*fr-CA/));
  });

  it("fails when a string is overridden for a locale that gets no French function metadata", () => {
    const changed = manifest.replace(
      /(<bt:String id="GetStarted.Title"[^>]*>)/,
      '$1\n          <bt:Override Locale="de-DE" Value="CSM Kit ist bereit"/>',
    );
    expect(changed).not.toBe(manifest);
    expect(check(changed)).toContainEqual(expect.stringMatching(/GetStarted.Title.*de-DE/));
  });
});

describe("the functions' help", () => {
  const metadata = (helpUrl?: string) =>
    JSON.stringify({ functions: [{ id: "NPS", name: "NPS", ...(helpUrl ? { helpUrl } : {}) }] });
  const page = '<!doctype html><html><body><section id="nps">NPS</section></body></html>';
  const helpProblems = (files: Record<string, string>) =>
    check(manifest, { distDir: fakeDist(files) }).filter((p) => /help/i.test(p));

  it("passes when every function's helpUrl is a built page with the function's section", () => {
    const url = "https://localhost:3000/help.html#nps";
    expect(
      helpProblems({
        "functions.json": metadata(url),
        "functions-fr.json": metadata(url),
        "help.html": page,
      }),
    ).toEqual([]);
  });

  it("finds the section in a minified page, whose ids lost their quotes", () => {
    const url = "https://localhost:3000/help.html#nps";
    const minified = "<!doctype html><html lang=en><body><section id=nps><h2>CSM.NPS</h2></section>";
    expect(helpProblems({ "functions.json": metadata(url), "help.html": minified })).toEqual([]);
  });

  it("fails when a function has no helpUrl", () => {
    expect(helpProblems({ "functions.json": metadata() })).toContainEqual(
      expect.stringContaining("NPS has no helpUrl"),
    );
  });

  it("fails when the help page was not built", () => {
    expect(
      helpProblems({ "functions.json": metadata("https://localhost:3000/help-fr.html#nps") }),
    ).toContainEqual(expect.stringContaining("help-fr.html was not built"));
  });

  it("fails when the page has no section for the function", () => {
    expect(
      helpProblems({
        "functions.json": metadata("https://localhost:3000/help.html#nps"),
        "help.html": page.replace('id="nps"', 'id="csat"'),
      }),
    ).toContainEqual(expect.stringContaining('no id="nps"'));
  });

  it("fails when the help is on another host than the add-in", () => {
    expect(
      helpProblems({ "functions.json": metadata("https://example.com/help.html#nps"), "help.html": page }),
    ).toContainEqual(expect.stringContaining("https://localhost:3000"));
  });

  it("checks the French metadata too", () => {
    const url = "https://localhost:3000/help.html#nps";
    expect(
      helpProblems({ "functions.json": metadata(url), "functions-fr.json": metadata(), "help.html": page }),
    ).toContainEqual(expect.stringContaining("functions-fr.json: NPS has no helpUrl"));
  });
});
