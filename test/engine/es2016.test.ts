import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import * as ts from "typescript";

/**
 * The on-send file runs in classic Outlook's JavaScript-only runtime, which on builds before
 * 2403 knows only ECMAScript 2016. The bundler lowers syntax, but not regular expressions: a
 * look-behind, a named group, a `\p{…}` escape or the `s` flag would throw there at load. So
 * the engine's own patterns, literal or built with `new RegExp`, must avoid them.
 */
const ROOTS = ["src/engine", "src/policy", "src/launchevent", "src/outlook"].map((r) => join(__dirname, "../..", r));
const FORBIDDEN: [RegExp, string][] = [
  [/\(\?<[=!]/, "look-behind"],
  [/\(\?<[A-Za-z]/, "named group"],
  [/\\[pP]\{/, "Unicode property escape"],
  [/\\k</, "named back-reference"],
];

function files(dir: string): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (/\.tsx?$/.test(e)) out.push(p);
  }
  return out;
}

function problems(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const checkPattern = (node: ts.Node, body: string, flags: string) => {
    for (const [re, what] of FORBIDDEN) if (re.test(body)) found.push(`${where(node)}: ${what} in /${body}/`);
    for (const f of flags) if (!"gimuy".includes(f)) found.push(`${where(node)}: flag "${f}" in /${body}/${flags}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText();
      const slash = text.lastIndexOf("/");
      checkPattern(node, text.slice(1, slash), text.slice(slash + 1));
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [pattern, flags] = node.arguments ?? [];
      const literal = (n: ts.Expression | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)) ? n.getText().slice(1, -1) : "");
      checkPattern(node, literal(pattern), literal(flags));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("ES2016-safe regular expressions in code the on-send file bundles", () => {
  const all = ROOTS.flatMap(files);
  it("finds the code", () => {
    expect(all.length).toBeGreaterThan(10);
  });
  it.each(all.map((f) => [relative(join(__dirname, "../.."), f), f]))("%s", (_name, file) => {
    expect(problems(file)).toEqual([]);
  });
});
