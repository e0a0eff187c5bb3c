// Reads the worked examples out of TSDoc comments: each `@example` block up to its `//=>` line, per exported
// function, async functions included (their examples give a promise: the runners await every result).
// Shared by the example runners of functions/ and of the notebook.

export interface Example {
  readonly functionName: string;
  readonly code: string;
  readonly expected: string;
}

export function examplesOf(source: string): { documented: Map<string, Example[]>; exported: string[] } {
  const documented = new Map<string, Example[]>();
  const exported: string[] = [];
  const pattern =
    /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export (?:async )?function (\w+)|export (?:async )?function (\w+)/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[2] ?? match[3] ?? "";
    exported.push(name);
    const doc = match[1];
    if (doc === undefined) continue;
    const lines = doc.split("\n").map((line) => line.replace(/^\s*\*\s?/, ""));
    const examples: Example[] = [];
    let current: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith("@example")) current = [];
      else if (current && line.startsWith("//=>")) {
        examples.push({ functionName: name, code: current.join("\n"), expected: line.slice(4).trim() });
        current = undefined;
      } else if (current && line.startsWith("@")) current = undefined;
      else if (current) current.push(line);
    }
    documented.set(name, examples);
  }
  return { documented, exported };
}
