import * as acorn from "acorn";
import { readFileSync } from "fs";
import { join } from "path";
import { ROOT } from "./build";
/* eslint-disable @typescript-eslint/no-require-imports */
const { rewriteRegExps } = require("../../scripts/es2016-regexp-loader") as typeof import("../../scripts/es2016-regexp-loader");
const { shareHelpers, sharedHelpers } = require("../../scripts/esbuild-helpers-loader") as typeof import("../../scripts/esbuild-helpers-loader");
const stub = require("../../scripts/zod-json-schema-stub-loader") as typeof import("../../scripts/zod-json-schema-stub-loader");
/* eslint-enable @typescript-eslint/no-require-imports */

const parses2016 = (code: string) => () => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" });

describe("es2016-regexp-loader", () => {
  it("rewrites only the regexps ES2016 cannot parse, keeping their meaning where the runtime has them", () => {
    const source = 'export const id = /[$_\\p{ID_Start}][$\\p{ID_Continue}]*/u; export const plain = /ab+c/gi; export const after = /(?<=£)\\d+/;';
    const { code, rewritten } = rewriteRegExps(source);
    expect(rewritten).toEqual(["/[$_\\p{ID_Start}][$\\p{ID_Continue}]*/u", "/(?<=£)\\d+/"]);
    expect(code).toContain("/ab+c/gi");
    const script = code.replace(/export /g, "");
    expect(parses2016(script)).not.toThrow();
    const values = new Function(`${script}; return [id.test("élan"), plain.test("ABBC"), after.exec("£42")[0]];`)();
    expect(values).toEqual([true, true, "42"]);
  });

  it("falls back to a pattern that matches nothing where the runtime refuses the regexp", () => {
    const { code } = rewriteRegExps("var r = /\\p{L}/u;");
    const refusingRegExp = function (this: unknown, source: string, flags?: string) {
      if (flags === "u") throw new SyntaxError("Invalid escape");
      return new RegExp(source, flags);
    };
    const r = new Function("RegExp", `${code}; return r;`)(refusingRegExp) as RegExp;
    expect(r.test("a")).toBe(false);
  });

  it("leaves a module with nothing to rewrite untouched", () => {
    const source = "const a = /x/; export default a;";
    expect(rewriteRegExps(source)).toEqual({ code: source, rewritten: [] });
  });
});

describe("esbuild-helpers-loader", () => {
  it("replaces a module's copies of esbuild's helpers with one shared import", () => {
    const { texts } = sharedHelpers();
    const helper = texts.get("__spreadValues")!;
    const source = `${texts.get("__defProp")}\n${helper}\nexport const x = __spreadValues({}, {a: 1});`;
    const { code, shared } = shareHelpers(source);
    expect(shared).toEqual(["__defProp", "__spreadValues"]);
    expect(code).toMatch(/^import \{ __defProp, __spreadValues \} from "data:text\/javascript;charset=utf-8,/);
    expect(code).not.toContain(helper);
  });

  it("leaves a helper alone unless it is word for word the shared one, and never touches CommonJS", () => {
    const altered = "var __spreadValues = (a, b) => Object.assign(a, b);\nexport const x = 1;";
    expect(shareHelpers(altered).shared).toEqual([]);
    const { texts } = sharedHelpers();
    const cjs = `${texts.get("__defProp")}\nmodule.exports = __defProp;`;
    expect(shareHelpers(cjs).shared).toEqual([]);
  });
});

describe("zod-json-schema-stub-loader", () => {
  it.each(["to-json-schema.js", "json-schema-processors.js"])("stubs every export of zod's %s", (file) => {
    const path = join(ROOT, "node_modules/zod/v4/core", file);
    expect(stub.TEST.test(path)).toBe(true);
    const real = readFileSync(path, "utf8");
    const code = stub.stubFor(real);
    expect(stub.exportNames(code).sort()).toEqual(stub.exportNames(real).sort());
  });

  it("answers what zod asks of it while building schemas, and refuses to generate JSON Schema", () => {
    const code = stub.stubFor("export function aggregateChecks() {} export const createToJSONSchemaMethod = () => {}; export const stringProcessor = () => {};");
    // Turn `export { stub_x as x, … };` into `return { x: stub_x, … };` and run it.
    const body = code.replace(/export \{([^}]*)\};/, (_m: string, list: string) => `return {${list.replace(/(\w+) as (\w+)/g, "$2: $1")}};`);
    const mod = new Function(body)() as Record<string, (...a: unknown[]) => unknown>;
    expect(mod.aggregateChecks()).toEqual({});
    const method = mod.createToJSONSchemaMethod() as () => unknown;
    expect(() => method()).toThrow(/not part of this build/);
    expect(() => mod.stringProcessor()).toThrow(/not part of this build/);
  });
});
