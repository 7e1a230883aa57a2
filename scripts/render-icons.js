#!/usr/bin/env node
// @ts-check
/**
 * Render the add-in's icons from their SVG sources into assets/icon-<size>.png.
 *
 *   node scripts/render-icons.js          write the PNGs
 *   node scripts/render-icons.js --check  exit 1 if a PNG differs from what the SVG renders
 *
 * The small artwork (envelope and tick) is used up to 32 px, where the crest would blur; the
 * full crest from 64 px up. resvg renders deterministically, so the check is byte-for-byte.
 */
const { readFileSync, writeFileSync, existsSync } = require("fs");
const { join } = require("path");
const { Resvg } = require("@resvg/resvg-js");

const ROOT = join(__dirname, "..");
const SOURCES = join(__dirname, "icons");

/** Every size the manifest declares, with the artwork drawn for it. */
const ICONS = [
  { size: 16, source: "icon-small.svg" },
  { size: 32, source: "icon-small.svg" },
  { size: 64, source: "icon.svg" },
  { size: 80, source: "icon.svg" },
  { size: 128, source: "icon.svg" },
];

/** @param {string} source @param {number} size @returns {Buffer} */
function renderIcon(source, size) {
  const svg = readFileSync(join(SOURCES, source), "utf8");
  const resvg = new Resvg(svg, { fitTo: { mode: "width", value: size }, background: "rgba(0,0,0,0)" });
  return Buffer.from(resvg.render().asPng());
}

/** @param {{ check?: boolean }} [options] @returns {string[]} files that are (or were) out of date */
function renderIcons(options = {}) {
  const stale = [];
  for (const { size, source } of ICONS) {
    const file = join(ROOT, "assets", `icon-${size}.png`);
    const png = renderIcon(source, size);
    const current = existsSync(file) ? readFileSync(file) : null;
    if (current && current.equals(png)) continue;
    stale.push(file);
    if (!options.check) writeFileSync(file, png);
  }
  return stale;
}

module.exports = { ICONS, renderIcon, renderIcons };

if (require.main === module) {
  const check = process.argv.includes("--check");
  const stale = renderIcons({ check });
  for (const f of stale) console.log(`${check ? "out of date" : "wrote"}: ${f}`);
  if (check && stale.length) process.exitCode = 1;
}
