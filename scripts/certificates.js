// @ts-check
/**
 * The https certificate for localhost, the way Office add-in developers get one: from
 * office-addin-dev-certs, which makes a development certificate authority in
 * ~/.office-addin-dev-certs and asks the system to trust it. Where it cannot be trusted (Linux
 * without sudo, CI, a container) the same files are still used, untrusted, and we say how to
 * trust them; a certificate the user has already trusted by hand is kept, never replaced.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

/**
 * @typedef {{ key: Buffer, cert: Buffer, ca: Buffer }} Tls
 * @typedef {{ tls: Tls, trusted: boolean, caPath: string, advice: string[] }} Certificates
 */

/** Is a PEM certificate file there and good for at least another day? */
function usable(/** @type {string} */ file) {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(file));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** How to trust the development CA on this system. */
function trustAdvice(/** @type {string} */ caPath) {
  const q = JSON.stringify(caPath);
  const lines = [`The development certificate is not trusted on this system, so browsers and Outlook will warn about https://localhost.`, `Its certificate authority is ${caPath}. To trust it:`];
  if (process.platform === "linux") {
    lines.push(
      `  • The system (curl, Node, Outlook-adjacent tools): sudo cp ${q} /usr/local/share/ca-certificates/office-addin-dev-certs.crt && sudo update-ca-certificates`,
      `  • Chrome, Chromium and Edge (they keep their own store; needs libnss3-tools):`,
      `      certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Developer CA for Microsoft Office Add-ins" -i ${q}`,
      `  • Firefox: Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import… → ${caPath}`,
      `  • Or, with sudo, let the tool do it: npx office-addin-dev-certs install`,
    );
  } else if (process.platform === "darwin") {
    lines.push(`  • Run: npx office-addin-dev-certs install   (it asks for your password to add it to the login keychain)`);
  } else {
    lines.push(`  • Run: npx office-addin-dev-certs install   (Windows asks you to confirm adding the certificate)`);
  }
  lines.push(`Until then the playground still works: open it and accept the browser's warning once.`);
  return lines;
}

/**
 * @param {{ log?: (line: string) => void, interactive?: boolean }} [options] `interactive`: may
 *   office-addin-dev-certs ask for a password to install the CA? Default: a terminal, and not CI.
 * @returns {Promise<Certificates>}
 */
async function certificates(options = {}) {
  const log = options.log ?? (() => undefined);
  const interactive = options.interactive ?? (Boolean(process.stdin.isTTY) && !process.env.CI);
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const files = { ca: defaults.caCertificatePath, cert: defaults.localhostCertificatePath, key: defaults.localhostKeyPath };
  const read = (/** @type {typeof files} */ f) => ({ ca: fs.readFileSync(f.ca), cert: fs.readFileSync(f.cert), key: fs.readFileSync(f.key) });
  const present = (/** @type {typeof files} */ f) => usable(f.ca) && usable(f.cert) && fs.existsSync(f.key);

  let trusted = false;
  try {
    trusted = devCerts.verifyCertificates() === true;
  } catch {
    trusted = false;
  }
  if (trusted && present(files)) return { tls: read(files), trusted: true, caPath: files.ca, advice: [] };

  // Already made (and perhaps trusted by hand in a browser): keep it rather than make a new CA.
  if (present(files)) return { tls: read(files), trusted: false, caPath: files.ca, advice: trustAdvice(files.ca) };

  if (interactive) {
    log("Creating a development certificate for https://localhost and asking the system to trust it…");
    try {
      await devCerts.ensureCertificatesAreInstalled();
      if (present(files)) return { tls: read(files), trusted: true, caPath: files.ca, advice: [] };
    } catch (error) {
      log(`The certificate could not be installed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  }
  if (!present(files)) {
    try {
      await devCerts.generateCertificates(files.ca, files.cert, files.key);
    } catch (error) {
      log(`Could not write ${path.dirname(files.ca)}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  }
  if (present(files)) return { tls: read(files), trusted: false, caPath: files.ca, advice: trustAdvice(files.ca) };

  // Nowhere to keep them: a throw-away certificate for this run only.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etiquette-certs-"));
  const temp = { ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
  await devCerts.generateCertificates(temp.ca, temp.cert, temp.key);
  return { tls: read(temp), trusted: false, caPath: temp.ca, advice: trustAdvice(temp.ca) };
}

module.exports = { certificates, trustAdvice };
