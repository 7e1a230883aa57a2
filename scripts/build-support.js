// @ts-check
/**
 * The build's own logic, kept out of webpack.config.js so tests can call it directly: reading
 * the build options, rewriting the manifest, validating the policy, choosing the Office.js files.
 */
const { readFileSync } = require("fs");
const { join, resolve } = require("path");

const ROOT = join(__dirname, "..");

/** The address manifest.xml uses in the repository: the development server. */
const DEV_URL = "https://localhost:3000/";

/** The send modes Outlook knows. SoftBlock is ours by default; Block needs admin deployment. */
const SEND_MODES = ["SoftBlock", "Block", "PromptUser"];

/** The policy file the build ships when no other is named. */
const DEFAULT_POLICY_FILE = join(ROOT, "src/policy/policies/leigh-on-sea.json");

/**
 * Normalise the hosting address: https only, no query or fragment, ending in "/".
 * @param {string} url
 */
function normaliseBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The add-in URL "${url}" is not a URL. Give the full address, e.g. https://addins.example.gov.uk/etiquette/`);
  }
  if (parsed.protocol !== "https:") throw new Error(`The add-in URL must use https (Outlook refuses anything else): ${url}`);
  if (parsed.search || parsed.hash) throw new Error(`The add-in URL may not have a query or fragment: ${url}`);
  if (/["<>&'\s]/.test(parsed.href)) throw new Error(`The add-in URL has characters a manifest cannot hold: ${url}`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/**
 * @typedef {object} BuildOptions
 * @property {boolean} dev
 * @property {string} baseUrl       every URL in the manifest starts with this
 * @property {string} sendMode      OnMessageSend's SendMode
 * @property {string} policyFile    the council's policy, shipped as policy.json and built in
 * @property {string} outDir
 */

/**
 * The build's options from `--env` (webpack) and the environment, `--env` first:
 * url / ADDIN_URL, sendMode / ADDIN_SEND_MODE, policy / ADDIN_POLICY, outDir / ADDIN_OUT_DIR.
 * @param {Record<string, unknown>} env @param {{ mode?: string }} argv
 * @param {NodeJS.ProcessEnv} [processEnv]
 * @returns {BuildOptions}
 */
function buildOptions(env = {}, argv = {}, processEnv = process.env) {
  const pick = (/** @type {string} */ key, /** @type {string} */ variable) => {
    const v = env[key] ?? processEnv[variable];
    return typeof v === "string" && v.trim() ? v.trim() : undefined;
  };
  const dev = (argv.mode ?? "production") !== "production";
  const sendMode = pick("sendMode", "ADDIN_SEND_MODE") ?? "SoftBlock";
  const match = SEND_MODES.find((m) => m.toLowerCase() === sendMode.toLowerCase());
  if (!match) throw new Error(`Unknown send mode "${sendMode}": use one of ${SEND_MODES.join(", ")}`);
  return {
    dev,
    baseUrl: normaliseBaseUrl(pick("url", "ADDIN_URL") ?? DEV_URL),
    sendMode: match,
    policyFile: resolve(ROOT, pick("policy", "ADDIN_POLICY") ?? DEFAULT_POLICY_FILE),
    outDir: resolve(ROOT, pick("outDir", "ADDIN_OUT_DIR") ?? "dist"),
  };
}

/**
 * The manifest as deployed: every development URL moved to the hosting address, the chosen send
 * mode, and the comments dropped (they speak of the development server).
 * @param {string} xml @param {{ baseUrl: string, sendMode: string }} options
 */
function rewriteManifest(xml, options) {
  let out = xml.replace(/<!--[\s\S]*?-->[ \t]*\r?\n?/g, "");
  out = out.split(DEV_URL).join(options.baseUrl);
  const sendEvent = /(<LaunchEvent\b(?=[^>]*\bType="OnMessageSend")[^>]*\bSendMode=")([A-Za-z]+)(")/;
  if (!sendEvent.test(out)) throw new Error("manifest.xml has no OnMessageSend LaunchEvent with a SendMode");
  out = out.replace(sendEvent, `$1${options.sendMode}$3`);
  return out;
}

/** @type {((text: string) => { ok: true, policy: any } | { ok: false, error: string, issues: { path: string, message: string }[] }) | undefined} */
let parsePolicyText;

/**
 * The engine's own policy parser, bundled on the fly with esbuild (the config is plain
 * JavaScript, the parser TypeScript), so the build validates exactly as the add-in does.
 */
function policyParser() {
  if (!parsePolicyText) {
    const esbuild = require("esbuild");
    const result = esbuild.buildSync({
      entryPoints: [join(ROOT, "src/policy/index.ts")],
      bundle: true,
      write: false,
      platform: "node",
      format: "cjs",
      target: "node20",
      logLevel: "silent",
    });
    const mod = { exports: /** @type {any} */ ({}) };
    new Function("module", "exports", "require", result.outputFiles[0].text)(mod, mod.exports, require);
    parsePolicyText = mod.exports.parsePolicyText;
  }
  return /** @type {NonNullable<typeof parsePolicyText>} */ (parsePolicyText);
}

/**
 * Validate the council's policy file and return it as dist/policy.json will hold it. Throws with
 * every problem listed if it is not valid: a broken policy must not ship.
 * @param {string} file
 */
function validatedPolicyJson(file) {
  const text = readFileSync(file, "utf8");
  const result = policyParser()(text);
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  const json = JSON.parse(text);
  // The $schema path is relative to the repository; beside the add-in it points nowhere.
  delete json.$schema;
  return `${JSON.stringify(json, null, 2)}\n`;
}

const OFFICE_JS_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");

/**
 * The Office.js files an Outlook add-in loads, to serve ourselves (see docs/outlook.md): the
 * loader, Outlook's host files, every locale's strings, and the helpers office.js fetches.
 * Excel, Word and the rest stay behind (86 MB of them).
 */
function officeJsPatterns() {
  const ignore = ["**/*.debug.js", "**/*vsdoc*"];
  const copy = (/** @type {string} */ from) => ({ from, context: OFFICE_JS_DIST, to: "office/", globOptions: { ignore } });
  return [
    copy("office.js"),
    copy("outlook*.js"),
    copy("o15apptofilemappingtable.js"),
    copy("*/office_strings.js"),
    copy("*/outlook_strings.js"),
    copy("telemetry/oteljs_agave.js"),
    copy("ariatelemetry/aria-web-telemetry.js"),
  ];
}

module.exports = {
  ROOT,
  DEV_URL,
  SEND_MODES,
  DEFAULT_POLICY_FILE,
  OFFICE_JS_DIST,
  normaliseBaseUrl,
  buildOptions,
  rewriteManifest,
  policyParser,
  validatedPolicyJson,
  officeJsPatterns,
};
