// @ts-check
/**
 * Before any test: if there is no Chromium the browser tests are left out (jest.config.js), and
 * this says so loudly. Under CI they must run, so a missing browser fails the run instead.
 */
const { findChromium, INSTALL_HELP } = require("./chromium");

module.exports = async function globalSetup() {
  if (findChromium()) return;
  const why = process.env.CHROME_PATH ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable.` : "No Chromium or Chrome was found.";
  const lines = [
    "",
    "=".repeat(78),
    "  BROWSER TESTS SKIPPED: the end-to-end tests of the playground (test/e2e) did not run.",
    `  ${why}`,
    ...INSTALL_HELP.map((l) => `  ${l}`),
    "=".repeat(78),
    "",
  ];
  if (process.env.CI && process.env.CI !== "false") {
    throw new Error([...lines, "  CI is set: the browser tests may not be skipped, so this run fails."].join("\n"));
  }
  process.stderr.write(`${lines.join("\n")}\n`);
};
