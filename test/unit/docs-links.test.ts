// The README is a front door, and no link in it or in docs/ leaves the repository or points at nothing: every
// relative link resolves to a file, every #anchor to a heading (GitHub's slugs).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const documents = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file}`),
];

const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");

/** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as dashes. */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const match of readFileSync(file, "utf8")
    .replace(/```[\s\S]*?```/g, "")
    .matchAll(/^#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const slug = (match[1] ?? "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with one link of a document, or undefined. */
function linkProblem(document: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return "leaves the repository";
  const [path = "", anchor] = target.split("#");
  const from = join(root, document);
  const destination = path === "" ? from : resolve(dirname(from), decodeURIComponent(path));
  if (!destination.startsWith(`${root}/`)) return "points outside the repository";
  if (!existsSync(destination)) return `points at ${relative(root, destination)}, which does not exist`;
  if (anchor === undefined) return undefined;
  if (statSync(destination).isDirectory() || !destination.endsWith(".md"))
    return "has an anchor on a non-Markdown file";
  return anchorsOf(destination).has(anchor) ? undefined : `has no heading #${anchor}`;
}

describe("the README and docs/", () => {
  it("keeps the README a front door, under 10 KB", () => {
    expect(readFileSync(join(root, "README.md")).byteLength).toBeLessThan(10_000);
  });

  it.each(documents)("%s links only to files and headings of this repository that exist", (document) => {
    const text = withoutCode(readFileSync(join(root, document), "utf8"));
    const problems = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
      .map((match) => match[1] ?? "")
      .map((target) => [target, linkProblem(document, target)])
      .filter(([, problem]) => problem !== undefined);
    expect(problems).toEqual([]);
  });

  it("reports a link out of the repository, a missing file and a missing heading", () => {
    expect(linkProblem("README.md", "https://example.com/")).toBe("leaves the repository");
    expect(linkProblem("README.md", "../shared/METRICS.md")).toBe("points outside the repository");
    expect(linkProblem("README.md", "docs/nothing.md")).toMatch(/does not exist/);
    expect(linkProblem("README.md", "docs/functions.md#no-such-heading")).toBe(
      "has no heading #no-such-heading",
    );
    expect(linkProblem("README.md", "docs/functions.md")).toBeUndefined();
  });
});
