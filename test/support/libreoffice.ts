// LibreOffice headless as a real spreadsheet engine: recalculates workbooks and renders them to PDF.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throw-away profile that recalculates every formula on load, even one with a cached value, and reads and
 * shows numbers and dates with the given locale's settings (LibreOffice's default: the machine's, en-US here).
 */
function profile(locale?: string): string {
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
${locale === undefined ? "" : `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>`}
</oor:items>
`,
  );
  return dir;
}

/** The filter of each output: `csv` writes one file per sheet (`<base>-<sheet>.csv`), each cell as shown. */
const FILTERS = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  pdf: "pdf",
  csv: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
} as const;

/**
 * Converts files with LibreOffice in one call: `xlsx` (recalculated and saved back, cached values included),
 * `pdf`, or `csv` (every sheet, each cell as the reader sees it).
 *
 * @param files - the input files
 * @param format - "xlsx", "pdf" or "csv"
 * @param outDir - where the converted files go (same base names)
 * @param locale - the reader's locale (e.g. "fr-FR"), which sets how dates and numbers show
 */
export function convert(
  files: readonly string[],
  format: keyof typeof FILTERS,
  outDir: string,
  locale?: string,
): void {
  const home = profile(locale);
  try {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${home}`,
        "--headless",
        "--norestore",
        "--convert-to",
        FILTERS[format],
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

/**
 * Renders the first pages of every PDF in a folder to PNGs beside it (`<base>-<page>.png`), for a person to look at.
 *
 * @param dir - the folder of PDFs
 * @param pages - how many pages of each
 */
export function pngsOfPdfs(dir: string, pages: number): void {
  for (const pdf of readdirSync(dir).filter((f) => f.endsWith(".pdf")))
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      String(pages),
      join(dir, pdf),
      join(dir, pdf.replace(/\.pdf$/, "")),
    ]);
}
