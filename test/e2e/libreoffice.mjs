// LibreOffice for the browser walks: every sheet of an .xlsx as LibreOffice reads it, through a throw-away
// profile (`soffice --headless --convert-to csv`, one .csv per sheet).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Every text of every sheet of an .xlsx, as LibreOffice reads it; throws when LibreOffice cannot open it. */
export function textsInLibreOffice(file) {
  return [...sheetsInLibreOffice(file).values()].join("\n");
}

/**
 * Each sheet of an .xlsx as LibreOffice reads it, as .csv text by the sheet's name; throws when LibreOffice
 * cannot open it. `asShown: false` writes numbers without their format (`1200`, not `$1,200.00`); dates are
 * written as dates either way.
 */
export function sheetsInLibreOffice(file, { asShown = true } = {}) {
  const out = mkdtempSync(join(tmpdir(), "csm-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "csm-lo-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,-1`,
        "--outdir",
        out,
        file,
      ],
      {
        env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
        stdio: "pipe",
      },
    );
    const sheets = readdirSync(out);
    if (sheets.length === 0) throw new Error(`LibreOffice could not open ${file}`);
    // One file a sheet, named <file>-<sheet>.csv.
    const stem = file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
    return new Map(
      sheets.map((name) => [
        name.slice(stem.length + 1, -".csv".length),
        readFileSync(join(out, name), "utf8"),
      ]),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
