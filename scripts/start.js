#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: build the add-in, serve it over https on localhost:3000, say how to sideload it
 * into Outlook, and open the playground (docs/playground.md). Rebuilds as files change; `npm stop`
 * (or Ctrl+C) stops it.
 *
 *   node scripts/start.js [--port 3000] [--no-open] [--production] [--no-watch]
 *
 * It never needs Microsoft 365: the playground runs the add-in against an emulated Outlook.
 */
const { spawn } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(name);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

/** Where the running server's process id is kept, so `npm stop` can find it. */
function stateFile() {
  const id = crypto.createHash("sha256").update(ROOT).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `council-email-etiquette-start-${id}.json`);
}

/** Is that process still alive? */
function alive(/** @type {number} */ pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
}

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (/** @type {string} */ s) => (useColour ? `\u001b[1m${s}\u001b[22m` : s);
const yellow = (/** @type {string} */ s) => (useColour ? `\u001b[33m${s}\u001b[39m` : s);
const green = (/** @type {string} */ s) => (useColour ? `\u001b[32m${s}\u001b[39m` : s);

/** Open a URL in the default browser, if there is a desktop to open it on. */
function openBrowser(/** @type {string} */ url) {
  const ci = process.env.CI && process.env.CI !== "false";
  const headless = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (ci || headless || flag("--no-open") || process.env.BROWSER === "none") return false;
  const [command, commandArgs] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", '""', url]] : ["xdg-open", [url]];
  try {
    const child = spawn(command, commandArgs, { detached: true, stdio: "ignore" });
    child.on("error", () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

function sideloadSteps(/** @type {string} */ manifest) {
  return [
    bold("Try it in Outlook") + " (sideload the manifest; your Microsoft 365 account must allow custom add-ins):",
    `  Manifest: ${manifest}`,
    "  Outlook on the web or new Outlook for Windows:",
    "    1. Open https://aka.ms/olksideload (or Get Add-ins → My add-ins).",
    "    2. Under Custom Add-ins, choose Add a custom add-in → Add from File…, pick the manifest above, and confirm.",
    "    3. Write a new message: Check etiquette is on the ribbon, and Send is checked against the policy.",
    "       (The automatic signature, waiver and send check are event-based: Outlook runs them for a sideloaded",
    "       add-in on the web for testing; if yours does not, an administrator must deploy it.)",
    "  Classic Outlook on Windows, or Outlook on Mac:",
    "    • the same Add from File… under Get Add-ins (Home → All Apps → Add Apps in recent builds), or",
    "    • npm run start:desktop, which sideloads the manifest for you (office-addin-debugging).",
    "  For the whole council, an administrator deploys dist/manifest.xml from the Microsoft 365 admin centre",
    "  (Settings → Integrated apps → Upload custom apps), built for your own https host: see docs/outlook.md.",
    "  Outlook needs https://localhost:3000 trusted (above) and this server running while you test.",
  ];
}

async function main() {
  const file = stateFile();
  if (fs.existsSync(file)) {
    try {
      const state = JSON.parse(fs.readFileSync(file, "utf8"));
      if (state.pid && alive(state.pid)) {
        console.log(`The add-in is already being served at ${state.url} (process ${state.pid}). Run npm stop to stop it.`);
        return;
      }
    } catch {
      // A broken state file: start afresh.
    }
    fs.rmSync(file, { force: true });
  }

  const port = Number(option("--port", process.env.PORT || "3000"));
  const production = flag("--production");
  const watch = !flag("--no-watch");
  const outDir = path.join(ROOT, "dist");

  console.log(bold("Council Email Etiquette: starting"));
  const { certificates } = require("./certificates");
  const certs = await certificates({ log: (/** @type {string} */ line) => console.log(`  ${line}`) });

  const { serve } = require("./serve");
  let served;
  try {
    served = await serve({ root: outDir, port, host: "localhost", tls: certs.tls });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "EADDRINUSE") {
      console.error(`Port ${port} is in use: is the add-in already running (npm run dev-server, or npm start elsewhere)? Stop it first, or use npm start -- --port <another>.`);
      console.error("Note that the manifest's URLs name port 3000: Outlook will only find the add-in there.");
      process.exit(1);
    }
    throw error;
  }
  const base = `https://localhost:${port}/`;
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, url: base, started: new Date().toISOString() }));

  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const mode = production ? "production" : "development";
  // The playground is part of development builds; a production build here asks for it too.
  const configs = await makeConfig(production ? { playground: "on" } : {}, { mode });
  const compiler = webpack(configs);
  let first = true;
  let started = Date.now();
  compiler.hooks.watchRun.tap("etiquette-start", () => {
    started = Date.now();
    if (!first) console.log("Rebuilding…");
  });

  const done = (/** @type {Error | null | undefined} */ error, /** @type {import("webpack").Stats | import("webpack").MultiStats | undefined} */ stats) => {
    if (error || !stats || stats.hasErrors()) {
      console.error(error ? error.message : stats ? stats.toString({ colors: useColour, all: false, errors: true, errorDetails: true }) : "The build failed.");
      if (first && !watch) process.exit(1);
      console.error(yellow("The build failed: fix the error and save; it rebuilds by itself."));
      return;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (!first) {
      console.log(green(`Rebuilt in ${seconds} s. Reload the page to see it.`));
      return;
    }
    first = false;
    const playground = `${base}playground.html`;
    const manifest = path.join(outDir, "manifest.xml");
    const lines = [
      "",
      green(bold(`Built in ${seconds} s (${mode}) and served over https at ${base}`)),
      "",
      `${bold("Playground")}: ${playground}`,
      "  An Outlook compose window with the real task pane and on-send check: no Microsoft 365 needed.",
      "",
    ];
    if (!certs.trusted) lines.push(...certs.advice.map((l) => yellow(l)), "");
    lines.push(...sideloadSteps(manifest), "");
    lines.push(watch ? "Watching for changes. Stop with Ctrl+C, or npm stop from another terminal." : "Stop with Ctrl+C, or npm stop.");
    console.log(lines.join("\n"));
    if (openBrowser(playground)) console.log(`Opening ${playground} in your browser…`);
  };

  const watching = watch ? compiler.watch({ aggregateTimeout: 300 }, done) : null;
  if (!watch) compiler.run(done);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    fs.rmSync(file, { force: true });
    const finish = () => served.server.close(() => process.exit(0));
    if (watching) watching.close(finish);
    else finish();
    // Open keep-alive connections would hold the server: do not wait for them for long.
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("exit", () => fs.rmSync(file, { force: true }));
}

module.exports = { stateFile, alive };

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack || error.message : error);
    process.exit(1);
  });
}
