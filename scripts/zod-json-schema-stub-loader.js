// @ts-check
/**
 * A webpack loader for the on-send bundle that replaces zod's JSON Schema generator
 * (`zod/v4/core/to-json-schema.js` and `json-schema-processors.js`) with stubs exporting the same
 * names. zod's classic schemas reference the generator from every schema type, so tree shaking
 * keeps all of it (about 18 KB minified) although nothing in Outlook's event runtime turns a
 * schema into JSON Schema: only the command line and the editors' schema file do, and they use
 * the real zod. A stubbed generator throws if anyone ever calls it.
 *
 * The export names come from the real file at build time, so a zod upgrade that adds one cannot
 * leave an import dangling.
 */
const acorn = require("acorn");

/** Exports that run while schemas are built and must return something usable. */
const SAFE = {
  aggregateChecks: "function aggregateChecks() { return {}; }",
  createToJSONSchemaMethod: "function createToJSONSchemaMethod() { return unavailable; }",
  createStandardJSONSchemaMethod: "function createStandardJSONSchemaMethod() { return unavailable; }",
};

/**
 * The names a module exports, from its source.
 * @param {string} source
 * @returns {string[]}
 */
function exportNames(source) {
  const ast = /** @type {any} */ (acorn.parse(source, { ecmaVersion: "latest", sourceType: "module" }));
  /** @type {string[]} */
  const names = [];
  for (const node of ast.body) {
    if (node.type === "ExportNamedDeclaration") {
      if (node.declaration) {
        if (node.declaration.type === "VariableDeclaration") {
          for (const d of node.declaration.declarations) if (d.id.type === "Identifier") names.push(d.id.name);
        } else if (node.declaration.id) names.push(node.declaration.id.name);
      }
      for (const s of node.specifiers || []) names.push(s.exported.type === "Identifier" ? s.exported.name : String(s.exported.value));
    } else if (node.type === "ExportAllDeclaration") {
      throw new Error("zod-json-schema-stub-loader: `export *` cannot be stubbed; update the loader");
    } else if (node.type === "ExportDefaultDeclaration") {
      names.push("default");
    }
  }
  return names;
}

/** @param {string} source */
function stubFor(source) {
  const names = exportNames(source);
  const lines = [
    "// Stub: zod's JSON Schema generator is left out of the Outlook event runtime (see scripts/zod-json-schema-stub-loader.js).",
    'function unavailable() { throw new Error("JSON Schema generation is not part of this build"); }',
  ];
  const exported = [];
  for (const name of names) {
    if (name === "default") {
      lines.push("export default unavailable;");
      continue;
    }
    const local = `stub_${name}`;
    const body = /** @type {Record<string, string>} */ (SAFE)[name];
    lines.push(body ? `const ${local} = ${body};` : `const ${local} = unavailable;`);
    exported.push(`${local} as ${name}`);
  }
  // allProcessors and the like are objects of processors: a Proxy would hide mistakes, so no.
  if (exported.length) lines.push(`export { ${exported.join(", ")} };`);
  return lines.join("\n");
}

/** @param {string} source */
function loader(source) {
  return stubFor(source);
}

module.exports = loader;
module.exports.stubFor = stubFor;
module.exports.exportNames = exportNames;
/** The modules this loader applies to. */
module.exports.TEST = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;
