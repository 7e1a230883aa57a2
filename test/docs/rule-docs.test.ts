import { readFileSync, existsSync, readdirSync } from "fs";
import { join } from "path";
import { rules } from "../../src/engine/rules";
import { runRule } from "../helpers/rule-tester";
import { emailExamples } from "../helpers/email-example";

const DOCS = join(__dirname, "../../docs/rules");
const RULES_DIR = join(__dirname, "../../src/engine/rules");

describe("rule structure", () => {
  it("every rule file is registered, with an id equal to its file name", () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(rules.map((r) => r.meta.id).sort()).toEqual(files.sort());
  });

  it("every rule has a test file", () => {
    for (const r of rules) expect(existsSync(join(__dirname, "../engine/rules", `${r.meta.id}.test.ts`))).toBe(true);
  });

  it("message ids are camelCase and messages are at most 200 characters", () => {
    for (const r of rules) {
      for (const [id, text] of Object.entries(r.meta.messages as Record<string, string>)) {
        expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        expect(text.length).toBeLessThanOrEqual(200);
      }
    }
  });

  it("every rule's default options parse", () => {
    for (const r of rules) expect(() => r.meta.options.parse({})).not.toThrow();
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))("docs/rules/%s.md", (id, rule) => {
  const file = join(DOCS, `${id}.md`);

  it("exists, is titled with the rule id and quotes the clause", () => {
    expect(existsSync(file)).toBe(true);
    const md = readFileSync(file, "utf8");
    expect(md.split("\n")[0]).toBe(`# ${id}`);
    expect(md.replace(/\s+/g, " ")).toContain(rule.meta.defaultClause.text.replace(/\s+/g, " "));
  });

  const md = existsSync(file) ? readFileSync(file, "utf8") : "";
  const examples = emailExamples(md);

  it("has examples of both what triggers it and what does not", () => {
    expect(examples.some((e) => e.expect === "triggers")).toBe(true);
    expect(examples.some((e) => e.expect === "passes")).toBe(true);
  });

  it.each(examples.map((e, i) => [i + 1, e.expect, e] as const))("example %i %s", (_i, expectation, example) => {
    const findings = runRule(rule, { name: `docs example`, draft: example.spec });
    if (expectation === "triggers") expect(findings.length).toBeGreaterThan(0);
    else expect(findings.map((f) => f.message)).toEqual([]);
  });
});
