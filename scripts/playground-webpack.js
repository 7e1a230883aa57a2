// @ts-check
/**
 * The playground's part of the build (see docs/playground.md): one more page in the task pane
 * compiler. It bundles the real task pane, the Office adapter and an emulation of Outlook, and
 * loads the built launchevent.js at run time, the same file Outlook loads.
 *
 * Development builds (npm start, npm run dev-server) include it; production builds, which a
 * council hosts for Outlook, do not, unless asked: `--env playground=on` (or ADDIN_PLAYGROUND=on),
 * as the browser tests do. `--env playground=off` leaves it out of a development build.
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");

/**
 * @param {Record<string, unknown>} [env] webpack's --env values
 * @param {string} [mode] "production" or "development"
 * @returns {{ entry: Record<string, string>, plugins: import("webpack").WebpackPluginInstance[] }}
 */
module.exports = function playgroundBuild(env = {}, mode = "production") {
  const setting = String(env.playground ?? process.env.ADDIN_PLAYGROUND ?? "").trim().toLowerCase();
  const wanted = setting ? !["off", "false", "0", "no"].includes(setting) : mode !== "production";
  if (!wanted) return { entry: {}, plugins: [] };
  return {
    entry: { playground: "./src/playground/index.tsx" },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        scriptLoading: "defer",
      }),
    ],
  };
};
