// @vitest-environment jsdom
// The functions' help pages (dist/help.html, dist/help-fr.html), generated from the metadata at build time and
// served by the add-in, so that Excel's "Help on this function" opens offline, in the user's language.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

interface Fn {
  id: string;
  description?: string;
  helpUrl?: string;
  result?: { dimensionality?: string };
  parameters?: { name: string; description?: string; optional?: boolean }[];
}
interface Metadata {
  functions: Fn[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const help = require("../../scripts/help-page.js") as {
  helpAnchor: (id: string) => string;
  helpPageHtml: (metadata: Metadata, language: "en" | "fr") => string;
  helpSyntax: (fn: Fn, language: "en" | "fr") => string;
  withHelpUrls: (metadata: Metadata, pageUrl: string) => Metadata;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ADDIN_ORIGIN } = require("../../webpack.config.js") as { ADDIN_ORIGIN: string };

const root = join(__dirname, "../..");
const dist = join(root, "dist");
const read = (file: string) => readFileSync(join(dist, file), "utf8");
const page = (html: string) => new DOMParser().parseFromString(html, "text/html");

const SAMPLE: Metadata = {
  functions: [
    {
      id: "MRR",
      description: 'Monthly <recurring> revenue & "more"',
      parameters: [
        { name: "amounts", description: "Contract amounts <b>bold</b>" },
        { name: "period_months", description: "Months each amount covers", optional: true },
      ],
    },
    { id: "MRR_MOVEMENTS", description: "Movements", result: { dimensionality: "matrix" }, parameters: [] },
  ],
};

describe("the help page generator", () => {
  it("writes one section per function, its id the lower-case function id", () => {
    const doc = page(help.helpPageHtml(SAMPLE, "en"));
    expect([...doc.querySelectorAll("main section")].map((s) => s.id)).toEqual(["mrr", "mrr_movements"]);
    expect(doc.querySelector("#mrr h2")?.textContent).toBe("CSM.MRR");
    expect(doc.querySelector("#mrr .syntax")?.textContent).toBe("=CSM.MRR(amounts, [period_months])");
    expect(doc.querySelector("nav a[href='#mrr_movements']")?.textContent).toBe("CSM.MRR_MOVEMENTS");
  });

  it("shows the description and every parameter's description, escaped", () => {
    const html = help.helpPageHtml(SAMPLE, "en");
    expect(html).not.toContain("<recurring>");
    expect(html).not.toContain("<b>");
    const doc = page(html);
    expect(doc.querySelector("#mrr p:not(.syntax)")?.textContent).toBe(
      'Monthly <recurring> revenue & "more"',
    );
    expect([...doc.querySelectorAll("#mrr dt")].map((dt) => dt.textContent)).toEqual([
      "amounts",
      "period_months (optional)",
    ]);
    expect([...doc.querySelectorAll("#mrr dd")].map((dd) => dd.textContent)).toEqual([
      "Contract amounts <b>bold</b>",
      "Months each amount covers",
    ]);
    expect(doc.querySelector("#mrr_movements")?.textContent).toContain("spills");
  });

  it("writes the French page in French, with French Excel's argument separator", () => {
    const doc = page(help.helpPageHtml(SAMPLE, "fr"));
    expect(doc.documentElement.lang).toBe("fr");
    expect(doc.querySelector("#mrr .syntax")?.textContent).toBe("=CSM.MRR(amounts; [period_months])");
    expect(doc.querySelector("#mrr dt:nth-of-type(2)")?.textContent).toBe("period_months (facultatif)");
  });

  it("is a static page that loads nothing: no script, no external resource, a policy that forbids them", () => {
    const doc = page(help.helpPageHtml(SAMPLE, "en"));
    expect(doc.querySelectorAll("script, link, img, iframe, [src]")).toHaveLength(0);
    expect(doc.querySelector("meta[http-equiv='Content-Security-Policy']")?.getAttribute("content")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(doc.querySelector("meta[name=viewport]")?.getAttribute("content")).toBe(
      "width=device-width, initial-scale=1",
    );
  });

  it("gives each function a helpUrl to its section, without changing the metadata it was given", () => {
    const withUrls = help.withHelpUrls(SAMPLE, "https://localhost:3000/help.html");
    expect(withUrls.functions.map((fn) => fn.helpUrl)).toEqual([
      "https://localhost:3000/help.html#mrr",
      "https://localhost:3000/help.html#mrr_movements",
    ]);
    expect(SAMPLE.functions[0]?.helpUrl).toBeUndefined();
  });
});

describe("the built help", () => {
  const metadata = (file: string) => JSON.parse(read(file)) as Metadata;

  it("serves the help from the add-in's own host, the one manifest.xml names", () => {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(manifest).toContain(
      `<bt:Url id="Functions.Metadata.Url" DefaultValue="${ADDIN_ORIGIN}/functions.json">`,
    );
    expect(metadata("functions.json").functions.map((fn) => fn.helpUrl)).toEqual(
      metadata("functions.json").functions.map((fn) => `${ADDIN_ORIGIN}/help.html#${fn.id.toLowerCase()}`),
    );
    expect(metadata("functions-fr.json").functions.map((fn) => fn.helpUrl)).toEqual(
      metadata("functions-fr.json").functions.map(
        (fn) => `${ADDIN_ORIGIN}/help-fr.html#${fn.id.toLowerCase()}`,
      ),
    );
  });

  it.each([
    ["help.html", "functions.json", "en"],
    ["help-fr.html", "functions-fr.json", "fr"],
  ] as const)(
    "%s has a section for each function of %s, with its syntax and descriptions",
    (file, json, lang) => {
      expect(existsSync(join(dist, file))).toBe(true);
      const doc = page(read(file));
      expect(doc.documentElement.lang).toBe(lang);
      const fns = metadata(json).functions;
      expect([...doc.querySelectorAll("main section")].map((s) => s.id)).toEqual(
        fns.map((fn) => help.helpAnchor(fn.id)),
      );
      for (const fn of fns) {
        const section = doc.getElementById(help.helpAnchor(fn.id));
        expect(section?.querySelector(".syntax")?.textContent, fn.id).toBe(help.helpSyntax(fn, lang));
        expect(section?.textContent, fn.id).toContain(fn.description);
        for (const parameter of fn.parameters ?? []) {
          expect(section?.textContent, `${fn.id}.${parameter.name}`).toContain(parameter.name);
          expect(section?.textContent, `${fn.id}.${parameter.name}`).toContain(parameter.description);
        }
      }
      expect(doc.querySelectorAll("script, link, img, iframe, [src]")).toHaveLength(0);
    },
  );

  it("shows French Excel the French argument names", () => {
    const doc = page(read("help-fr.html"));
    expect(doc.querySelector("#mrr .syntax")?.textContent).toBe("=CSM.MRR(montants; [mois_période])");
    expect(page(read("help.html")).querySelector("#mrr .syntax")?.textContent).toBe(
      "=CSM.MRR(amounts, [period_months])",
    );
  });
});
