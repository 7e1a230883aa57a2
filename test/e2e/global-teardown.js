// @ts-check
/** After the run: repeat the warning where it will be seen, under the results. */
const { findChromium, INSTALL_HELP } = require("./chromium");

module.exports = async function globalTeardown() {
  if (findChromium()) return;
  process.stderr.write(`\n*** BROWSER TESTS SKIPPED: no Chromium was found, so test/e2e did not run. ${INSTALL_HELP[0]} (details above) ***\n\n`);
};
