#!/usr/bin/env node
// @ts-check
/**
 * The size of the on-send file (launchevent.js), for `npm run bench` and the tests.
 *
 *   node scripts/bundle-size.js [dist]     prints JSON: bytes, gzip, brotli, budget
 *
 * From code: `require("./scripts/bundle-size").measureOnSendBundle("dist")`.
 */
const { readFileSync } = require("fs");
const { join, resolve } = require("path");
const zlib = require("zlib");

/** The budget for the minified on-send file: 350 KB. */
const BUDGET_BYTES = 350_000;

/**
 * @param {string} [dir] the build output directory (default dist)
 * @returns {{ file: string, bytes: number, gzipBytes: number, brotliBytes: number, budgetBytes: number, overBudgetBytes: number }}
 */
function measureOnSendBundle(dir = "dist") {
  const file = join(resolve(dir), "launchevent.js");
  const code = readFileSync(file);
  const bytes = code.length;
  return {
    file,
    bytes,
    gzipBytes: zlib.gzipSync(code, { level: 9 }).length,
    brotliBytes: zlib.brotliCompressSync(code).length,
    budgetBytes: BUDGET_BYTES,
    overBudgetBytes: Math.max(0, bytes - BUDGET_BYTES),
  };
}

module.exports = { BUDGET_BYTES, measureOnSendBundle };

if (require.main === module) {
  try {
    console.log(JSON.stringify(measureOnSendBundle(process.argv[2]), null, 2));
  } catch (error) {
    console.error(`No on-send file to measure (${error instanceof Error ? error.message : error}). Run npm run build first.`);
    process.exitCode = 1;
  }
}
