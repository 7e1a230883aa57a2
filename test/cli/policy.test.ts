import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkPolicyText, closest } from "../../src/cli/policy/explain";
import { policyJsonSchema, policyJsonSchemaText, SCHEMA_PATH, type JsonSchema } from "../../src/cli/policy/json-schema";
import { jsonPlaces, placeOf } from "../../src/cli/policy/locate";
import { rules } from "../../src/engine/rules";
import { DEFAULT_POLICY_INPUT, parsePolicyText } from "../../src/policy";
import { waiverOnlyPolicy, writePolicy } from "./support/policies";
import { ROOT, runCli } from "./support/run";

const SHIPPED = join(ROOT, "src/policy/policies/leigh-on-sea.json");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "etiquette-init-"));
}

describe("policy schema", () => {
  it("the committed schema/policy.schema.json is the one generated from the zod schema", () => {
    const committed = readFileSync(join(ROOT, SCHEMA_PATH), "utf8");
    // If this fails, the policy schema or a rule's options changed. Regenerate with:
    //   npm run build:node && node bin/etiquette.js policy schema --out schema/policy.schema.json
    expect(committed).toBe(policyJsonSchemaText());
  });

  it("is what the shipped policy's $schema points at", () => {
    const shipped = JSON.parse(readFileSync(SHIPPED, "utf8")) as { $schema: string };
    expect(existsSync(join(ROOT, "src/policy/policies", shipped.$schema))).toBe(true);
    expect(join(ROOT, "src/policy/policies", shipped.$schema)).toBe(join(ROOT, SCHEMA_PATH));
  });

  it("describes the file as written: closed objects, every rule, options optional", () => {
    const schema = policyJsonSchema();
    const props = schema.properties as Record<string, JsonSchema>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(props)).toEqual(expect.arrayContaining(["$schema", "version", "council", "councillors", "signatures", "waiver", "rules"]));
    expect(schema.required).toEqual(expect.arrayContaining(["version", "council", "signatures", "waiver"]));
    expect(schema.required).not.toContain("rules");
    const ruleProps = props.rules.properties as Record<string, JsonSchema>;
    expect(Object.keys(ruleProps).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const r of Object.values(ruleProps)) {
      expect(r.required ?? []).not.toContain("options");
      expect((r.properties as Record<string, JsonSchema>).severity.enum).toEqual(["block", "warn", "off"]);
    }
    const domainPattern = new RegExp(((props.council.properties as Record<string, JsonSchema>).domains.items as JsonSchema).pattern as string);
    expect(domainPattern.test("leighonseatowncouncil.gov.uk")).toBe(true);
    expect(domainPattern.test("not a domain")).toBe(false);
  });

  it("a rule with only a severity is valid to the engine too (options may be left out)", () => {
    const result = parsePolicyText(JSON.stringify(waiverOnlyPolicy("block")));
    expect(result.ok).toBe(true);
  });

  it("`policy schema` prints it, and --out writes it", async () => {
    const printed = await runCli(["policy", "schema"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(policyJsonSchemaText());
    const dir = tempDir();
    try {
      expect((await runCli(["policy", "schema", "--out", join(dir, "s.json")])).code).toBe(0);
      expect(readFileSync(join(dir, "s.json"), "utf8")).toBe(policyJsonSchemaText());
      const bad = await runCli(["policy", "schema", "--out", join(dir, "missing", "s.json")]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/Cannot write/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("policy validate", () => {
  it("accepts the shipped policy", async () => {
    const { code, stdout } = await runCli(["policy", "validate", SHIPPED]);
    expect(code).toBe(0);
    expect(stdout).toBe(`✔ ${SHIPPED} is a valid policy for Leigh-on-Sea Town Council (version 2021-05).\n`);
  });

  it("lists each problem with its line, path and fix; suggests the key meant", async () => {
    const text = `{
  "version": "2025-01",
  "council": { "name": "Leigh", "domains": ["leigh on sea"] },
  "document": { "title": "Email Policy" },
  "councillor": {},
  "councillors": { "patterns": [] },
  "signatures": { "officer": { "lines": [] }, "councillor": { "lines": ["Cllr {name}"] } },
  "waiver": { "text": 5 },
  "rules": { "reply-al": {}, "waiver-clause": { "severity": "blocked" } }
}
`;
    const file = writePolicy(text);
    const { code, stdout, stderr } = await runCli(["policy", "validate", file]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`✖ ${file} is not a valid policy: 6 problems.`);
    expect(stderr).toContain(`${file}:3:45  council.domains[0]\n  "leigh on sea" must be a domain such as example.gov.uk.\n  Fix: Change it to a domain such as example.gov.uk.`);
    expect(stderr).toContain(`${file}:5:3  councillor\n  "councillor" is not a setting at the top level.\n  Fix: Did you mean "councillors"? Rename it.`);
    expect(stderr).toContain(`${file}:7:41  signatures.officer.lines\n  The list needs at least 1 entry.`);
    expect(stderr).toContain(`${file}:8:23  waiver.text\n  5 is not a string.\n  Fix: Change it to a string in double quotes`);
    expect(stderr).toContain(`${file}:9:14  rules.reply-al\n  "reply-al" is not a setting in "rules".\n  Fix: Did you mean "reply-all"? Rename it.`);
    expect(stderr).toContain(`${file}:9:61  rules.waiver-clause.severity\n  "blocked" is not allowed here.\n  Fix: Use one of: "block", "warn", "off".`);
  });

  it("says what is missing and gives an example to add", () => {
    const result = checkPolicyText(JSON.stringify({ council: { name: "X", domains: ["x.gov.uk"] } }));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual(expect.objectContaining({ path: "version", problem: '"version" is missing.', fix: 'Add "version": "2025-01".' }));
    expect(problems).toContainEqual(expect.objectContaining({ path: "waiver", fix: expect.stringMatching(/^Add "waiver": \{ "text": /) }));
  });

  it.each([
    ["a trailing comma", '{\n  "version": "1",\n  "council": {"name": "x",},\n}', /3:27/, /trailing comma/],
    ["single quotes", "{\n  'version': '1'\n}", /2:3/, /double quotes/],
    ["a comment", '{\n  // the version\n  "version": "1"\n}', /2:3/, /comments/],
    ["an unquoted key", "{\n  version: 1\n}", /2:3/, /double quotes/],
    ["a cut-off file", '{\n  "version": "1",\n  "council": {', /3:15/, /ends too soon/],
  ])("explains a JSON syntax error: %s", async (_name, text, place, fix) => {
    const file = writePolicy(text);
    const { code, stderr } = await runCli(["policy", "validate", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${place.source}`));
    expect(stderr).toMatch(/The file is not valid JSON: /);
    expect(stderr).toMatch(fix);
  });

  it("explains an empty file and a JSON value that is not an object", async () => {
    expect((await runCli(["policy", "validate", writePolicy("")])).stderr).toMatch(/The file is empty\.\n {2}Fix: Run `etiquette policy init`/);
    expect((await runCli(["policy", "validate", writePolicy("[1, 2]")])).stderr).toMatch(/must be a JSON object/);
  });

  it("--format json gives the problems as data", async () => {
    const file = writePolicy('{ "version": "1" }');
    const { code, stdout } = await runCli(["policy", "validate", "--format", "json", file]);
    expect(code).toBe(2);
    const body = JSON.parse(stdout) as { valid: boolean; problems: { path: string; line: number | null; fix: string }[] };
    expect(body.valid).toBe(false);
    expect(body.problems.map((p) => p.path)).toEqual(expect.arrayContaining(["council", "document", "councillors", "signatures", "waiver"]));
    const ok = await runCli(["policy", "validate", "--format", "json", SHIPPED]);
    expect(JSON.parse(ok.stdout)).toEqual({ file: SHIPPED, valid: true, council: "Leigh-on-Sea Town Council", version: "2021-05", problems: [] });
  });

  it("a missing file is a usage error", async () => {
    const { code, stderr } = await runCli(["policy", "validate", "nope.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("etiquette: No such file: nope.json\n");
  });

  it("finds places in JSON text by path", () => {
    const text = '{\n  "a": { "b": [1, {"c": "x"}] },\n  "d": "e"\n}';
    const places = jsonPlaces(text);
    expect(placeOf(text, places.get("a.b[1].c") as number)).toEqual({ line: 2, column: 25 });
    expect(placeOf(text, places.get("d#key") as number)).toEqual({ line: 3, column: 3 });
  });

  it("suggests only close spellings", () => {
    expect(closest("waiver-clasue", ["waiver-clause", "reply-all"])).toBe("waiver-clause");
    expect(closest("banana", ["waiver-clause", "reply-all"])).toBeUndefined();
  });
});

describe("policy show", () => {
  it("shows the built-in policy: council, signatures, waiver and every rule with its clause", async () => {
    const { code, stdout } = await runCli(["policy", "show"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Leigh-on-Sea Town Council: Leigh-on-Sea Town Council policy 2021-05 \(built in\)/);
    expect(stdout).toContain("Domains:            leighonseatowncouncil.gov.uk");
    expect(stdout).toContain("Councillors:        cllr.*@leighonseatowncouncil.gov.uk");
    expect(stdout).toContain("  Tel: 01702 716288");
    expect(stdout).toContain("Any views expressed by a councillor are their own");
    for (const r of rules) expect(stdout).toContain(r.meta.id);
    expect(stdout).toContain("“A waiver clause will be included at the end of each email message”");
  });

  it("shows a policy file's severities, and --format json gives it with defaults filled in", async () => {
    const file = writePolicy(waiverOnlyPolicy("block"));
    const text = await runCli(["policy", "show", "--policy", file]);
    expect(text.stdout).toMatch(/waiver-clause\s+block/);
    expect(text.stdout).toMatch(/reply-all\s+off/);
    const json = await runCli(["policy", "show", "--format", "json"]);
    const policy = JSON.parse(json.stdout) as { council: { name: string }; outlook: { onFailure: string }; rules: Record<string, unknown> };
    expect(policy.council.name).toBe("Leigh-on-Sea Town Council");
    expect(policy.outlook.onFailure).toBe("allow");
    expect(Object.keys(policy.rules).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
});

describe("policy init", () => {
  const flags = ["--council", "Rayleigh Town Council", "--domain", "rayleightowncouncil.gov.uk", "--address", "Rayleigh Town Council, 91 High Street, Rayleigh SS6 7EJ", "--phone", "01268 741880"];

  it("writes a valid policy from flags, with sensible defaults for the rest", async () => {
    const dir = tempDir();
    try {
      const out = join(dir, "policy.json");
      const { code, stdout, stderr } = await runCli(["policy", "init", "--yes", "--out", out, ...flags]);
      expect([code, stdout, stderr]).toEqual([0, "", ""]);
      const text = readFileSync(out, "utf8");
      expect(checkPolicyText(text).ok).toBe(true);
      const policy = JSON.parse(text) as { $schema: string };
      expect(policy).toMatchObject({
        council: { name: "Rayleigh Town Council", domains: ["rayleightowncouncil.gov.uk"], website: "www.rayleightowncouncil.gov.uk" },
        councillors: { patterns: ["cllr.*@rayleightowncouncil.gov.uk"], addresses: [] },
        distributionLists: ["councillors@", "staff@"],
        signatures: {
          officer: { lines: ["{name}", "{jobTitle}", "Rayleigh Town Council", "Rayleigh Town Council, 91 High Street, Rayleigh SS6 7EJ", "Tel: 01268 741880", "www.rayleightowncouncil.gov.uk"] },
          councillor: { lines: ["Cllr {name}", "Rayleigh Town Council", "Rayleigh Town Council, 91 High Street, Rayleigh SS6 7EJ", "www.rayleightowncouncil.gov.uk"] },
        },
        waiver: { text: expect.stringContaining("are not necessarily those of Rayleigh Town Council.") },
      });
      // The editor finds the schema from wherever the file is written.
      expect(existsSync(join(dir, policy.$schema))).toBe(true);
      // And the checker uses it.
      const check = await runCli(["check", "--policy", out, "--format", "json", join(ROOT, "test/fixtures/mail/eml/officer-no-waiver.eml")]);
      expect(check.code).toBeLessThan(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes every answer from flags", async () => {
    const dir = tempDir();
    try {
      const out = join(dir, "p.json");
      const { code } = await runCli([
        "policy", "init", "--yes", "--out", out,
        "--council", "Hockley Parish Council", "--domain", "hockley-pc.gov.uk, hockleyparish.org.uk",
        "--councillors", "cllr-*@hockley-pc.gov.uk, *.cllr@hockleyparish.org.uk", "--website", "https://hockley-pc.gov.uk",
        "--lists", "all-councillors@hockley-pc.gov.uk", "--trusted", "rochford.gov.uk, essex.gov.uk",
        "--officer-signature", "{name} | {jobTitle} | Hockley Parish Council", "--councillor-signature", "Councillor {name} | Hockley Parish Council",
        "--waiver", "This message is for the named recipient only and may be disclosed under the Freedom of Information Act 2000.",
        "--title", "Communications Policy",
      ]);
      expect(code).toBe(0);
      const policy = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
      expect(policy).toMatchObject({
        council: { name: "Hockley Parish Council", domains: ["hockley-pc.gov.uk", "hockleyparish.org.uk"], website: "https://hockley-pc.gov.uk" },
        document: { title: "Communications Policy" },
        councillors: { patterns: ["cllr-*@hockley-pc.gov.uk", "*.cllr@hockleyparish.org.uk"] },
        distributionLists: ["all-councillors@hockley-pc.gov.uk"],
        trustedDomains: ["rochford.gov.uk", "essex.gov.uk"],
        signatures: { officer: { lines: ["{name}", "{jobTitle}", "Hockley Parish Council"] }, councillor: { lines: ["Councillor {name}", "Hockley Parish Council"] } },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("asks on a terminal, suggesting defaults, and re-asks after a bad answer", async () => {
    const dir = tempDir();
    try {
      const out = join(dir, "policy.json");
      const typed = ["Canvey Island Town Council", "canvey island", "", "cllr.*@canveyislandtowncouncil.gov.uk", "", "", "", "", "", "", "", "", ""];
      const { code, stderr } = await runCli(["policy", "init", "--out", out], { typed, stderrTTY: true, env: { NO_COLOR: "1" } });
      expect(code).toBe(0);
      expect(stderr).toContain("Council name (e.g. Example Town Council): ");
      expect(stderr).toContain("Email domain(s)");
      expect(stderr).toContain("[canveyislandtowncouncil.gov.uk]");
      expect(stderr).toContain("Not a domain: canvey, island");
      expect(stderr).toContain(`Wrote ${out} for Canvey Island Town Council.`);
      const policy = JSON.parse(readFileSync(out, "utf8")) as { council: { domains: string[] }; councillors: { patterns: string[] } };
      expect(policy.council.domains).toEqual(["canveyislandtowncouncil.gov.uk"]);
      expect(policy.councillors.patterns).toEqual(["cllr.*@canveyislandtowncouncil.gov.uk"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops cleanly when the answers run out", async () => {
    const dir = tempDir();
    try {
      const { code, stderr } = await runCli(["policy", "init", "--out", join(dir, "p.json")], { typed: ["Canvey Island Town Council"] });
      expect(code).toBe(2);
      expect(stderr).toMatch(/The questions were not finished/);
      expect(existsSync(join(dir, "p.json"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("without a terminal or --yes, needs the council's name as a flag", async () => {
    const dir = tempDir();
    try {
      const { code, stderr } = await runCli(["policy", "init", "--out", join(dir, "p.json")]);
      expect(code).toBe(2);
      expect(stderr).toBe("etiquette: Council name is needed: give it with --council.\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects a bad answer given as a flag, naming the flag", async () => {
    const dir = tempDir();
    try {
      const { code, stderr } = await runCli(["policy", "init", "--yes", "--out", join(dir, "p.json"), "--council", "X Town Council", "--domain", "x town"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--domain: Not a domain: x, town/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to overwrite a file without --force", async () => {
    const dir = tempDir();
    try {
      const out = join(dir, "policy.json");
      writeFileSync(out, "keep me");
      const refused = await runCli(["policy", "init", "--yes", "--out", out, ...flags]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`${out} already exists.`);
      expect(refused.stderr).toContain("--force");
      expect(readFileSync(out, "utf8")).toBe("keep me");
      const forced = await runCli(["policy", "init", "--yes", "--force", "--out", out, ...flags]);
      expect(forced.code).toBe(0);
      expect(checkPolicyText(readFileSync(out, "utf8")).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says when the folder to write in does not exist", async () => {
    const { code, stderr } = await runCli(["policy", "init", "--yes", "--out", "/no/such/folder/policy.json", ...flags]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/the folder \/no\/such\/folder does not exist/);
  });
});

describe("the built-in policy", () => {
  it("is valid to the CLI's friendlier reader too", () => {
    expect(checkPolicyText(JSON.stringify(DEFAULT_POLICY_INPUT)).ok).toBe(true);
  });
});
