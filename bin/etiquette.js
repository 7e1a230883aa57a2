#!/usr/bin/env node
"use strict";
// The command line is written in TypeScript (src/cli) and compiled to lib/ by `npm run build:node`,
// which `npm install` runs through "prepare".
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main/.test(error.message)) {
    process.stderr.write("etiquette: not built yet. Run `npm run build:node` (or `npm install`) first.\n");
    process.exit(3);
  }
  throw error;
}
cli.run();
