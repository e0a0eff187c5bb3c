// HTTPS for the dev server. Office requires https even on localhost.
// 1. The certificate that office-addin-dev-certs installs and trusts (Windows and macOS), when present.
// 2. Otherwise a self-signed certificate that webpack-dev-server generates itself: browsers warn once, and
//    Excel on the web accepts it once the page has been opened and trusted in the same browser.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const OFFICE_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function officeDevCertificate(dir = OFFICE_CERTS_DIR) {
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const options = {};
  for (const [key, file] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) return undefined;
    options[key] = fs.readFileSync(full);
  }
  return options;
}

function devServerHttpsOptions(dir) {
  const options = officeDevCertificate(dir);
  return options ? { type: "https", options } : { type: "https" };
}

module.exports = { devServerHttpsOptions, officeDevCertificate, OFFICE_CERTS_DIR };
