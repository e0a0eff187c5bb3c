// LibreOffice headless as a real spreadsheet engine: recalculates workbooks and renders them to PDF.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throw-away profile that recalculates every formula on load, even one with a cached value. */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "csm-lo-"));
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${item("OOXMLRecalcMode")}
${item("ODFRecalcMode")}
</oor:items>
`,
  );
  return dir;
}

/**
 * Converts files with LibreOffice in one call: `xlsx` (recalculated and saved back, cached values included)
 * or `pdf`.
 *
 * @param files - the input files
 * @param format - "xlsx" or "pdf"
 * @param outDir - where the converted files go (same base names)
 */
export function convert(files: readonly string[], format: "xlsx" | "pdf", outDir: string): void {
  const home = profile();
  try {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${home}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf",
        "--outdir",
        outDir,
        ...files,
      ],
      {
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
        stdio: "pipe",
        timeout: 300_000,
      },
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
