// @ts-check
/**
 * A webpack loader for the on-send bundle, run after esbuild-loader. esbuild lowers syntax to
 * ES2016 but leaves some regular expression literals that ES2016 cannot parse (Unicode property
 * escapes such as `\p{ID_Start}`; zod-validation-error has one). One such literal makes the whole
 * file a syntax error in an ES2016 runtime, and classic Outlook then reports the add-in as
 * unavailable. This rewrites each such literal into a `RegExp` built at run time that falls back
 * to a pattern matching nothing where the runtime refuses it:
 *
 *   /[$_\p{ID_Start}]/u   →   (function(){try{return new RegExp("[$_\\p{ID_Start}]","u")}catch(e){return /[]/}})()
 *
 * The engine itself avoids these features (see src/engine/text.ts); this only keeps third-party
 * code loadable. Each rewrite is logged (webpack's logger, `es2016-regexp`).
 */
const acorn = require("acorn");

/** @param {string} pattern @param {string} flags */
function validInEs2016(pattern, flags) {
  try {
    acorn.parse(`/${pattern}/${flags}`, { ecmaVersion: 2016 });
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {any} node
 * @param {(node: any) => void} visit
 */
function walk(node, visit) {
  if (!node || typeof node.type !== "string") return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === "object" && typeof value.type === "string") walk(value, visit);
  }
}

/**
 * Rewrite the regular expression literals ES2016 cannot parse. Returns the new source and what
 * was rewritten; the source is unchanged when there is nothing to do.
 * @param {string} source
 * @returns {{ code: string, rewritten: string[] }}
 */
function rewriteRegExps(source) {
  if (!source.includes("/")) return { code: source, rewritten: [] };
  let ast;
  try {
    ast = acorn.parse(source, { ecmaVersion: "latest", sourceType: "module", allowHashBang: true });
  } catch {
    try {
      ast = acorn.parse(source, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });
    } catch {
      return { code: source, rewritten: [] };
    }
  }
  /** @type {{ start: number, end: number, pattern: string, flags: string }[]} */
  const found = [];
  walk(ast, (node) => {
    if (node.type === "Literal" && node.regex && !validInEs2016(node.regex.pattern, node.regex.flags)) {
      found.push({ start: node.start, end: node.end, pattern: node.regex.pattern, flags: node.regex.flags });
    }
  });
  if (found.length === 0) return { code: source, rewritten: [] };
  let code = source;
  for (const r of [...found].sort((a, b) => b.start - a.start)) {
    const replacement = `(function(){try{return new RegExp(${JSON.stringify(r.pattern)},${JSON.stringify(r.flags)})}catch(e){return /[]/}})()`;
    code = code.slice(0, r.start) + replacement + code.slice(r.end);
  }
  return { code, rewritten: found.map((r) => `/${r.pattern}/${r.flags}`) };
}

/** @this {any} @param {string} source @param {any} map */
function loader(source, map) {
  const { code, rewritten } = rewriteRegExps(source);
  if (rewritten.length) {
    const logger = this.getLogger ? this.getLogger("es2016-regexp") : console;
    for (const r of rewritten) logger.info(`${this.resourcePath}: ${r} is built at run time (ES2016 cannot parse it)`);
    // Offsets moved: drop the incoming map rather than hand on a wrong one.
    this.callback(null, code);
    return;
  }
  this.callback(null, source, map);
}

module.exports = loader;
module.exports.rewriteRegExps = rewriteRegExps;
