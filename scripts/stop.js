#!/usr/bin/env node
// @ts-check
/**
 * `npm stop`: stop what `npm start` started (the https server and its rebuilds), and what
 * `npm run start:desktop` started, as the yo office template's `npm stop` does
 * (office-addin-debugging stop: the sideloaded add-in is removed and its dev server stopped).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { stateFile, alive } = require("./start");

const ROOT = path.join(__dirname, "..");
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function stopStart() {
  const file = stateFile();
  if (!fs.existsSync(file)) return false;
  let state;
  try {
    state = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    fs.rmSync(file, { force: true });
    return false;
  }
  const pid = Number(state.pid);
  if (!pid || !alive(pid)) {
    fs.rmSync(file, { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 5000 && alive(pid); waited += 100) await sleep(100);
  if (alive(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(file, { force: true });
  console.log(`Stopped the add-in's server at ${state.url} (process ${pid}).`);
  return true;
}

/** Did `npm run start:desktop` leave a debugging session (office-addin-debugging keeps one file)? */
function desktopSession() {
  const file = path.join(os.tmpdir(), "office-addin-debugging.json");
  try {
    const info = JSON.parse(fs.readFileSync(file, "utf8"));
    return Boolean(info && info.devServer && info.devServer.processId);
  } catch {
    return false;
  }
}

async function main() {
  const stopped = await stopStart();
  let desktop = false;
  if (desktopSession()) {
    desktop = true;
    const bin = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
    const result = spawnSync(bin, ["stop", path.join(ROOT, "manifest.xml")], { stdio: "inherit", cwd: ROOT, shell: process.platform === "win32" });
    if (result.status !== 0) process.exitCode = result.status ?? 1;
  }
  if (!stopped && !desktop) console.log("Nothing to stop: the add-in is not being served by npm start.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
