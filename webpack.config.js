// @ts-check
/**
 * Two builds, one output directory:
 *
 * - `launchevent`: the event-based activation file (OnNewMessageCompose, OnMessageSend). Classic
 *   Outlook on Windows loads it on its own in a JavaScript-only runtime: one self-contained
 *   script, no chunks or imports, no DOM, ECMAScript 2016 syntax. esbuild lowers everything to
 *   ES2016, node_modules included, and webpack's own runtime is told the same.
 * - `taskpane`: the task pane and the pages (React), plus the manifest, icons, policy.json and a
 *   self-hosted copy of Office.js.
 *
 * Options (`--env key=value`, or the environment variable):
 *   url / ADDIN_URL            hosting address for production, e.g. https://addins.example.gov.uk/etiquette/
 *   sendMode / ADDIN_SEND_MODE SoftBlock (default), Block (admin-deployed only) or PromptUser
 *   policy / ADDIN_POLICY      the council's policy file (default: the shipped Leigh-on-Sea policy)
 *   outDir / ADDIN_OUT_DIR     output directory (default dist)
 */
const { rmSync } = require("fs");
const { join } = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const zodJsonSchemaStub = require("./scripts/zod-json-schema-stub-loader");
const { DEFAULT_POLICY_FILE, buildOptions, officeJsPatterns, rewriteManifest, validatedPolicyJson } = require("./scripts/build-support");
// The playground page (docs/playground.md): its entry and page join the task pane build.
const playgroundBuild = require("./scripts/playground-webpack");

/** What webpack's own runtime code may use: ES2016 and nothing later, no document, no modules. */
const ES2016_ENVIRONMENT = {
  arrowFunction: true,
  const: true,
  destructuring: true,
  forOf: true,
  templateLiteral: true,
  asyncFunction: false,
  bigIntLiteral: false,
  dynamicImport: false,
  dynamicImportInWorker: false,
  globalThis: false,
  module: false,
  optionalChaining: false,
  nodePrefixForCoreModules: false,
  document: false,
};

const EXTENSIONS = [".ts", ".tsx", ".mjs", ".js", ".cjs", ".json"];

/**
 * @param {string} target
 * @param {boolean} [es2016] the on-send bundle: also rewrite regexps ES2016 cannot parse, and share
 *   esbuild's helpers rather than repeat them in every module
 */
const scriptRule = (target, es2016 = false) => ({
  // node_modules too: zod, htmlparser2 and obscenity ship ES2018+ syntax.
  test: /\.[cm]?[jt]sx?$/,
  use: [
    // Loaders run last to first: esbuild lowers the syntax, then regexps it leaves are handled.
    ...(es2016
      ? [{ loader: require.resolve("./scripts/es2016-regexp-loader") }, { loader: require.resolve("./scripts/esbuild-helpers-loader") }]
      : []),
    { loader: "esbuild-loader", options: { target } },
  ],
});

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const options = buildOptions(env, argv);
  const mode = options.dev ? "development" : "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const watching = Boolean(env.WEBPACK_WATCH) || process.argv.includes("--watch");
  // Two compilers share the directory, so neither may clean it: do it once, here.
  if (!serving && !watching) rmSync(options.outDir, { recursive: true, force: true });

  // A council's own policy replaces the shipped one everywhere it is built in, too.
  const policyPlugins =
    options.policyFile === DEFAULT_POLICY_FILE
      ? []
      : [new webpack.NormalModuleReplacementPlugin(/policies[\\/]leigh-on-sea\.json$/, options.policyFile)];

  /** @type {import("webpack").Configuration} */
  const launchevent = {
    name: "launchevent",
    mode,
    // No platform: nothing may assume a browser or Node. The ES level alone.
    target: ["es2016"],
    // Polyfills first, before any module that reads a later built-in when it loads.
    entry: { launchevent: ["./src/launchevent/polyfills.ts", "./src/launchevent/index.ts"] },
    // No Node shims either: `global` and friends stay free names our code checks with typeof.
    node: false,
    output: {
      path: options.outDir,
      filename: "[name].js",
      iife: true,
      chunkFormat: false,
      chunkLoading: false,
      wasmLoading: false,
      workerChunkLoading: false,
      environment: ES2016_ENVIRONMENT,
    },
    // Two stand-ins keep the file under its 350 KB budget: obscenity's entry loads all of it, so
    // take only the parts the engine uses (about 20 KB less); and decode character references
    // with a small table rather than entities' 32 KB trie (tested against it).
    resolve: {
      extensions: EXTENSIONS,
      alias: {
        obscenity$: require.resolve("./scripts/obscenity-parts.js"),
        "entities/decode$": require.resolve("./scripts/entities-decode-lite.js"),
      },
    },
    module: {
      rules: [
        scriptRule("es2016", true),
        // Nothing here turns schemas into JSON Schema: leave zod's generator out (about 18 KB).
        { test: zodJsonSchemaStub.TEST, enforce: "pre", use: [{ loader: require.resolve("./scripts/zod-json-schema-stub-loader") }] },
      ],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: !options.dev,
      // webpack's own minimizer (Terser): about 10% smaller than esbuild's here, and it never
      // turns a `new RegExp(…)` back into a literal. It adds no syntax the input does not have.
      // Told the target is ES2016, Terser may use its shorter forms (arrows, shorthand); two
      // passes and top-level mangling find a little more.
      minimizer: ["..."],
      minimizeOptions: { javascript: { ecma: 2016, toplevel: true, compress: { passes: 3, ecma: 2016 }, format: { ecma: 2016, comments: false } } },
    },
    devtool: options.dev ? "source-map" : false,
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __ETIQUETTE_BASE_URL__: JSON.stringify(options.baseUrl) }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      ...policyPlugins,
    ],
  };

  const playground = playgroundBuild(env, mode);

  /** @type {import("webpack").Configuration} */
  const taskpane = {
    name: "taskpane",
    mode,
    target: ["web", "es2020"],
    entry: { taskpane: "./src/taskpane/index.tsx", ...playground.entry },
    output: { path: options.outDir, filename: "[name].js", publicPath: "" },
    resolve: { extensions: EXTENSIONS },
    module: { rules: [scriptRule("es2020")] },
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2020", legalComments: "none" })] },
    devtool: options.dev ? "source-map" : false,
    performance: { hints: false },
    plugins: [
      ...policyPlugins,
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString(), options) },
          { from: "src/launchevent/launchevent.html", to: "launchevent.html" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: options.policyFile, to: "policy.json", transform: () => validatedPolicyJson(options.policyFile) },
          ...officeJsPatterns(),
        ],
      }),
      ...playground.plugins,
    ],
  };

  if (serving) {
    // Only for the dev server: the same certificates as npm start (office-addin-dev-certs,
    // installed and trusted on first use where the system allows it; served regardless).
    const { certificates } = require("./scripts/certificates");
    const certs = await certificates({ log: (/** @type {string} */ line) => console.log(`  ${line}`) });
    taskpane.devServer = {
      port: 3000,
      server: { type: "https", options: certs.tls },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: true },
    };
  }
  return [launchevent, taskpane];
};
