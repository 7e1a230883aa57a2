// @ts-check
/**
 * Finding a Chromium for the browser tests, without downloading one: CHROME_PATH, then the
 * usual places Debian's `chromium`, Chromium and Google Chrome install to, then the PATH.
 * Plain JavaScript so jest.config.js can ask before any test runs.
 */
const fs = require("fs");
const path = require("path");

const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

const FIXED = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
];

function executable(/** @type {string} */ file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @returns {string | null} the browser to drive, or null if there is none */
function findChromium(env = process.env) {
  if (env.CHROME_PATH) return executable(env.CHROME_PATH) ? env.CHROME_PATH : null;
  for (const file of FIXED) if (executable(file)) return file;
  const dirs = (env.PATH || "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of NAMES) {
      for (const candidate of [path.join(dir, name), path.join(dir, `${name}.exe`)]) if (executable(candidate)) return candidate;
    }
  }
  return null;
}

/** Flags that work in containers and on closed networks (see docs/playground.md). */
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

const INSTALL_HELP = [
  "Install Chromium, then run npm test again:",
  "  Debian/Ubuntu:  sudo apt-get install chromium        (Ubuntu: sudo snap install chromium)",
  "  Fedora:         sudo dnf install chromium",
  "  macOS:          brew install --cask chromium         (or install Google Chrome)",
  "  Windows:        install Google Chrome",
  "Or point CHROME_PATH at any Chromium or Chrome executable.",
];

module.exports = { findChromium, LAUNCH_ARGS, INSTALL_HELP };
