#!/usr/bin/env node
// @ts-check
/**
 * Admins must re-consent when an add-in's permissions or events change, and Outlook only notices
 * a new manifest by its <Version>. So every change to manifest.xml must bump <Version>: this
 * keeps the version and a fingerprint of the rest in test/manifest/manifest-version.json, and a
 * test fails when the manifest changes but its version does not.
 *
 *   node scripts/manifest-lock.js           check
 *   node scripts/manifest-lock.js --update  record the current version and fingerprint (after bumping <Version>)
 */
const { createHash } = require("crypto");
const { readFileSync, writeFileSync } = require("fs");
const { join } = require("path");

const ROOT = join(__dirname, "..");
const LOCK = join(ROOT, "test/manifest/manifest-version.json");

/** @param {string} xml */
function versionOf(xml) {
  const m = /<Version>\s*([^<]+?)\s*<\/Version>/.exec(xml);
  return m ? m[1] : "";
}

/** The manifest's fingerprint, leaving out its version and line endings. @param {string} xml */
function fingerprint(xml) {
  return createHash("sha256").update(xml.replace(/\r\n/g, "\n").replace(/<Version>[^<]*<\/Version>/, "<Version/>")).digest("hex");
}

/** @param {string} xml @param {{ version: string, sha256: string }} lock @returns {string | null} a problem, or null */
function checkLock(xml, lock) {
  const version = versionOf(xml);
  const sha256 = fingerprint(xml);
  if (sha256 === lock.sha256 && version === lock.version) return null;
  if (sha256 !== lock.sha256 && version === lock.version) {
    return `manifest.xml changed but <Version> is still ${version}: bump it (admins re-consent on changes), then run node scripts/manifest-lock.js --update`;
  }
  return `manifest.xml is at version ${version} but the lock records ${lock.version}: run node scripts/manifest-lock.js --update`;
}

module.exports = { LOCK, versionOf, fingerprint, checkLock };

if (require.main === module) {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  if (process.argv.includes("--update")) {
    writeFileSync(LOCK, `${JSON.stringify({ version: versionOf(xml), sha256: fingerprint(xml) }, null, 2)}\n`);
    console.log(`recorded manifest version ${versionOf(xml)}`);
  } else {
    const problem = checkLock(xml, JSON.parse(readFileSync(LOCK, "utf8")));
    if (problem) {
      console.error(problem);
      process.exitCode = 1;
    } else console.log(`manifest version ${versionOf(xml)}: up to date`);
  }
}
