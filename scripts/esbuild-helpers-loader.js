// @ts-check
/**
 * A webpack loader for the on-send bundle, run right after esbuild-loader. Lowering to ES2016,
 * esbuild writes its runtime helpers (`__spreadValues`, `__async`, `__objRest`, …) into every
 * module that needs them; webpack then keeps two dozen copies side by side. This swaps each copy
 * for an import of one shared module holding the same helpers, printed by the same esbuild.
 * A declaration is only swapped when its text is identical to the shared one, so nothing changes
 * but the number of copies.
 */
const acorn = require("acorn");
const { dirname } = require("path");

/** Code that needs every helper esbuild emits when lowering to ES2016. */
const EVERY_HELPER = `export const all = [
  async () => { await 0; },
  (a) => ({ ...a, b: 1 }),
  ({ a, ...r }) => [a, r],
  class { x = 1; static y = 2; #p = 3; m() { return this.#p; } },
  async function* g() { yield 1; },
  async () => { for await (const x of []) return x; },
];`;

/** @type {{ texts: Map<string, string>, specifier: string } | undefined} */
let shared;

/** The helpers as esbuild-loader's own esbuild prints them, and a module exporting them. */
function sharedHelpers() {
  if (shared) return shared;
  const esbuild = require(require.resolve("esbuild", { paths: [dirname(require.resolve("esbuild-loader"))] }));
  const { code } = esbuild.transformSync(EVERY_HELPER, { target: "es2016", format: "esm" });
  const ast = /** @type {any} */ (acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" }));
  /** @type {Map<string, string>} */
  const texts = new Map();
  const parts = [];
  for (const node of ast.body) {
    const name = helperName(node);
    if (!name) continue;
    const text = code.slice(node.start, node.end);
    texts.set(name, text);
    parts.push(text);
  }
  const module = `${parts.join("\n")}\nexport { ${[...texts.keys()].join(", ")} };\n`;
  shared = { texts, specifier: `data:text/javascript;charset=utf-8,${encodeURIComponent(module)}` };
  return shared;
}

/** The helper a top-level statement declares (`var __name = …;`), or undefined. @param {any} node */
function helperName(node) {
  if (node.type !== "VariableDeclaration" || node.kind !== "var" || node.declarations.length !== 1) return undefined;
  const id = node.declarations[0].id;
  return id.type === "Identifier" && /^__[A-Za-z]+$/.test(id.name) ? id.name : undefined;
}

/**
 * Replace the module's own copies of esbuild's helpers with an import of the shared ones.
 * @param {string} source
 * @returns {{ code: string, shared: string[] }}
 */
function shareHelpers(source) {
  if (!source.includes("var __")) return { code: source, shared: [] };
  const { texts, specifier } = sharedHelpers();
  let ast;
  try {
    ast = /** @type {any} */ (acorn.parse(source, { ecmaVersion: "latest", sourceType: "module" }));
  } catch {
    return { code: source, shared: [] };
  }
  // Only ES modules: an import in a CommonJS module would turn it into a broken hybrid.
  if (!ast.body.some((/** @type {any} */ n) => /^(Import|Export)/.test(n.type))) return { code: source, shared: [] };
  /** @type {{ start: number, end: number, name: string }[]} */
  const found = [];
  for (const node of ast.body) {
    const name = helperName(node);
    if (name && texts.get(name) === source.slice(node.start, node.end)) found.push({ start: node.start, end: node.end, name });
  }
  if (found.length === 0) return { code: source, shared: [] };
  const names = found.map((f) => f.name);
  let code = source;
  for (const f of [...found].sort((a, b) => b.start - a.start)) code = code.slice(0, f.start) + code.slice(f.end);
  return { code: `import { ${names.join(", ")} } from ${JSON.stringify(specifier)};\n${code}`, shared: names };
}

/** @this {any} @param {string} source @param {any} map */
function loader(source, map) {
  const { code, shared: names } = shareHelpers(source);
  if (names.length === 0) {
    this.callback(null, source, map);
    return;
  }
  this.callback(null, code);
}

module.exports = loader;
module.exports.shareHelpers = shareHelpers;
module.exports.sharedHelpers = sharedHelpers;
