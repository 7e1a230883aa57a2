#!/usr/bin/env node
// @ts-check
/**
 * A small static file server for the built add-in (dist/): what `npm start` serves over https on
 * localhost:3000, and what the browser tests serve over http on a random port. Files only, no
 * directory listings, nothing outside the root; every response says not to cache, so a rebuild
 * shows at once.
 *
 *   node scripts/serve.js [--root dist] [--port 3000] [--host localhost] [--http]
 */
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Handle one request against `root`. Exported for tests.
 * @param {string} root
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} index the page `/` redirects to
 */
function handle(root, req, res, index) {
  const common = {
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    // Outlook loads the add-in's pages and files from its own origins.
    "Access-Control-Allow-Origin": "*",
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...common, Allow: "GET, HEAD" });
    res.end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
  } catch {
    res.writeHead(400, common);
    res.end("Bad request");
    return;
  }
  if (pathname === "/") {
    res.writeHead(302, { ...common, Location: `/${index}` });
    res.end();
    return;
  }
  const file = path.resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403, common);
    res.end("Forbidden");
    return;
  }
  fs.stat(file, (error, stat) => {
    if (error || !stat.isFile()) {
      res.writeHead(404, { ...common, "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Not found: ${pathname}\n`);
      return;
    }
    res.writeHead(200, {
      ...common,
      "Content-Type": TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file).toLowerCase())] || "application/octet-stream",
      "Content-Length": stat.size,
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    fs.createReadStream(file).pipe(res);
  });
}

/**
 * Start serving `root`. Resolves with the server and its address once it listens.
 * @param {{ root: string, port?: number, host?: string, tls?: { key: Buffer | string, cert: Buffer | string, ca?: Buffer | string }, index?: string }} options
 * @returns {Promise<{ server: http.Server, url: string, port: number }>}
 */
function serve(options) {
  const root = path.resolve(options.root);
  const index = options.index || "playground.html";
  const listener = (/** @type {http.IncomingMessage} */ req, /** @type {http.ServerResponse} */ res) => handle(root, req, res, index);
  const server = options.tls ? https.createServer(options.tls, listener) : http.createServer(listener);
  const host = options.host || "localhost";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, port, url: `${options.tls ? "https" : "http"}://${host}:${port}/` });
    });
  });
}

module.exports = { serve, handle, TYPES };

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const root = path.resolve(__dirname, "..", value("--root", "dist"));
  const port = Number(value("--port", "3000"));
  const host = value("--host", "localhost");
  (async () => {
    let tls;
    if (!args.includes("--http")) tls = (await require("./certificates").certificates({ log: console.log })).tls;
    const { url } = await serve({ root, port, host, tls });
    console.log(`Serving ${root} at ${url}`);
  })().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
