#!/usr/bin/env node
// @ts-check
/**
 * Check a build's manifest offline, against the build itself:
 *
 *   node scripts/validate-manifest.js [dist]
 *
 * Element order, resources, https, the event runtime, FunctionNames registered in the built
 * launchevent.js, Smart Alerts commandIds, icon sizes, size. Exit code 1 on any problem.
 * (`npm run validate` runs the same checks as tests, building first; `npm run validate:online`
 * asks Microsoft's service.)
 */
const { existsSync, readFileSync } = require("fs");
const { join, resolve } = require("path");
const { checkManifest, inspectOnSendFile } = require("./manifest-checks");

/** The address the manifest's task pane page is served from: the build's base. @param {string} xml */
function baseOf(xml) {
  const m = /<bt:Url id="[^"]*" DefaultValue="([^"]*?)launchevent\.html"/.exec(xml);
  return m ? m[1] : undefined;
}

async function main() {
  const dir = resolve(process.argv[2] || "dist");
  const manifestFile = join(dir, "manifest.xml");
  const onSendFile = join(dir, "launchevent.js");
  if (!existsSync(manifestFile) || !existsSync(onSendFile)) {
    console.error(`${dir} has no manifest.xml and launchevent.js: build first (npm run build).`);
    process.exitCode = 1;
    return;
  }
  const xml = readFileSync(manifestFile, "utf8");
  const sendName = (/<LaunchEvent\b[^>]*Type="OnMessageSend"[^>]*FunctionName="([^"]+)"|<LaunchEvent\b[^>]*FunctionName="([^"]+)"[^>]*Type="OnMessageSend"/.exec(xml) || []).slice(1).find(Boolean);
  const { registered, commandIds } = await inspectOnSendFile(readFileSync(onSendFile, "utf8"), sendName);
  const base = baseOf(xml);
  const problems = checkManifest(xml, {
    baseUrl: base,
    registeredFunctions: registered,
    commandIds,
    readUrl: (url) => {
      if (!base || !url.startsWith(base)) return undefined;
      const file = join(dir, url.slice(base.length).split(/[?#]/)[0]);
      return existsSync(file) ? readFileSync(file) : undefined;
    },
  });
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${manifestFile}: no problems (${Buffer.byteLength(xml)} bytes; handlers ${registered.join(", ")}; commandId ${commandIds.join(", ")})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
