// Which ExcelApi version the manifest asks for, recomputed from the code: every Excel API member that addin/
// and taskpane/ use, with the requirement set @types/office-js documents for it ("[Api set: ExcelApi 1.7]").
// The manifest's ExcelApi MinVersion must be the highest set used without an isSetSupported guard, and every
// member above it must sit behind a guard of its own set.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ES module script, checked by these tests rather than by tsc
import { EXCEL_API_MIN_VERSION } from "../../scripts/check-manifest.mjs";

const root = join(__dirname, "../..");

/**
 * Members used above the minimum on purpose, each behind `isSetSupported("ExcelApi", set)`: the set its guard
 * asks for, and the text of that guard in the source.
 */
const GUARDED_MEMBERS: Record<string, { set: string; file: string; guard: string }> = {
  "Table.resize": { set: "1.13", file: "addin/office-workbook.ts", guard: 'excelApiSupports("1.13")' },
  "Workbook.insertWorksheetsFromBase64": {
    set: "1.13",
    file: "addin/template-insertion.ts",
    guard: 'isSetSupported("ExcelApi", "1.13")',
  },
};
/** Files whose every Excel call runs behind a guard: the charts are drawn only when ExcelApi 1.7 is there. */
const GUARDED_FILES: Record<string, { set: string; file: string; guard: string }> = {
  "addin/office-charts.ts": {
    set: "1.7",
    file: "addin/office-workbook.ts",
    guard: 'excelApiSupports("1.7")',
  },
};

interface Use {
  member: string;
  set: string;
  where: string;
}

function compare(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Every property access in addin/ and taskpane/ that resolves to an office-js declaration with an ExcelApi set. */
function excelApiUses(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  const files = config.fileNames.filter((file) => /[/\\](addin|taskpane)[/\\]/.test(file));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const source of program.getSourceFiles()) {
    if (!files.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const declaration of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          if (!declaration.getSourceFile().fileName.includes("office-js")) continue;
          const set = /\[Api set: (ExcelApi(?:Online)?) ([\d.]+)/.exec(declaration.getFullText());
          if (!set?.[1] || !set[2]) continue;
          const owner = (declaration.parent as { name?: ts.Identifier }).name?.text ?? "?";
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          uses.push({
            member: `${owner}.${node.name.text}`,
            // ExcelApiOnline exists on the web only: always above any desktop minimum.
            set: set[1] === "ExcelApiOnline" ? "999" : set[2],
            where: `${relative(root, source.fileName)}:${line}`,
          });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

let uses: Use[];
beforeAll(() => {
  uses = excelApiUses();
});

const guardOf = (use: Use) =>
  GUARDED_MEMBERS[use.member] ?? GUARDED_FILES[use.where.slice(0, use.where.lastIndexOf(":"))];

describe("the ExcelApi audit", () => {
  it("finds the Excel API members the add-in calls, with their requirement sets", () => {
    const sets = new Map(uses.map((use) => [use.member, use.set]));
    expect(sets.get("Worksheet.getRangeByIndexes")).toBe("1.7");
    expect(sets.get("NamedItem.formula")).toBe("1.7");
    expect(sets.get("Workbook.settings")).toBe("1.4");
    expect(sets.get("Table.resize")).toBe("1.13");
    expect(sets.size).toBeGreaterThan(40);
  });

  it("asks in the manifest for the highest set the add-in calls without a guard", () => {
    const unguarded = uses.filter((use) => guardOf(use) === undefined);
    const highest = unguarded.reduce((max, use) => (compare(use.set, max) > 0 ? use.set : max), "1.1");
    const needing = unguarded
      .filter((use) => use.set === highest)
      .map((use) => `${use.member} (${use.where})`);
    expect({ highest, needing: needing.length > 0 }).toEqual({
      highest: EXCEL_API_MIN_VERSION,
      needing: true,
    });
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${EXCEL_API_MIN_VERSION}"/>`);
  });

  it("calls nothing above that set unless a guard of its set runs first", () => {
    const unguardedAbove = uses
      .filter((use) => compare(use.set, EXCEL_API_MIN_VERSION) > 0)
      .filter((use) => {
        const guard = guardOf(use);
        return guard === undefined || compare(guard.set, use.set) < 0;
      })
      .map((use) => `${use.member} needs ExcelApi ${use.set} (${use.where})`);
    expect(unguardedAbove).toEqual([]);
  });

  it("finds the guards it relies on in the code", () => {
    for (const { file, guard } of [...Object.values(GUARDED_MEMBERS), ...Object.values(GUARDED_FILES)])
      expect(readFileSync(join(root, file), "utf8"), file).toContain(guard);
  });
});
