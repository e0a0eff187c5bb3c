// LibreOffice for the browser walks: every text of every sheet of an .xlsx as LibreOffice reads it, through a
// throw-away profile (`soffice --headless --convert-to csv`, one .csv per sheet).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Every text of every sheet of an .xlsx, as LibreOffice reads it; throws when LibreOffice cannot open it. */
export function textsInLibreOffice(file) {
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
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
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
    return sheets.map((name) => readFileSync(join(out, name), "utf8")).join("\n");
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
