import { readFileSync } from "fs";
import { join } from "path";
import { defaultPolicy, parsePolicy, parsePolicyText, DEFAULT_POLICY_INPUT } from "../../src/policy";
import { rules } from "../../src/engine/rules";

const base = () => JSON.parse(JSON.stringify(DEFAULT_POLICY_INPUT)) as Record<string, unknown> & { council: Record<string, unknown> };

describe("the shipped Leigh-on-Sea policy", () => {
  const p = defaultPolicy();
  it("has the council, domain, councillor pattern, lists and trusted domains", () => {
    expect(p.council.name).toBe("Leigh-on-Sea Town Council");
    expect(p.council.domains).toEqual(["leighonseatowncouncil.gov.uk"]);
    expect(p.councillors.patterns).toEqual(["cllr.*@leighonseatowncouncil.gov.uk"]);
    expect(p.distributionLists).toEqual(["councillors@", "staff@"]);
    expect(p.trustedDomains).toEqual(["southend.gov.uk", "essex.gov.uk", "nalc.gov.uk"]);
  });
  it("has the officer and councillor signatures, one line each", () => {
    expect(p.signatures.officer.lines).toEqual(["{name}", "{jobTitle}", "Leigh-on-Sea Town Council", "71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP", "Tel: 01702 716288", "www.leighonseatowncouncil.gov.uk"]);
    expect(p.signatures.councillor.lines).toEqual(["Cllr {name}", "Leigh-on-Sea Town Council", "71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP", "www.leighonseatowncouncil.gov.uk"]);
  });
  it("has the waiver clause and every rule's defaults filled in", () => {
    expect(p.waiver.text).toMatch(/^This email and any attachments are intended only for the named recipient/);
    expect(p.waiver.text).toMatch(/Freedom of Information Act 2000 or data protection legislation\.$/);
    for (const r of rules) expect(p.rules[r.meta.id]?.options).toEqual(r.meta.options.parse({}));
  });
});

describe("parsePolicy: broken policies give clear errors, never a crash", () => {
  it.each([
    ["a missing council name", (p: ReturnType<typeof base>) => delete p.council.name, "council.name"],
    ["a domain that is not a domain", (p: ReturnType<typeof base>) => (p.council.domains = ["not a domain"]), "council.domains.0"],
    ["an unknown top-level key", (p: ReturnType<typeof base>) => (p.colour = "blue"), "colour"],
    ["an unknown rule", (p: ReturnType<typeof base>) => (p.rules = { "no-such-rule": {} }), "no-such-rule"],
    ["a bad severity", (p: ReturnType<typeof base>) => (p.rules = { "reply-all": { severity: "loud" } }), "rules.reply-all.severity"],
    ["a wrong type", (p: ReturnType<typeof base>) => (p.trustedDomains = "essex.gov.uk"), "trustedDomains"],
    ["too many wildcards in a pattern", (p: ReturnType<typeof base>) => (p.councillors = { patterns: ["*a*b*c*d*e*@x.uk"] }), "councillors.patterns.0"],
  ])("%s", (_name, mutate, path) => {
    const p = base();
    mutate(p);
    const result = parsePolicy(p);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path).join(" ")).toContain(path);
      expect(result.error).toMatch(/^The policy is not valid/);
    }
  });

  it("reports JSON syntax errors", () => {
    const r = parsePolicyText("{ not json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not valid JSON/);
  });

  it("accepts null, numbers and arrays without throwing", () => {
    for (const v of [null, undefined, 42, [], "x", { rules: null }]) expect(parsePolicy(v).ok).toBe(false);
  });

  it("fills rule defaults and keeps overrides", () => {
    const p = base();
    p.rules = { "waiver-clause": { severity: "block", roles: { councillor: "off" } } };
    const r = parsePolicy(p);
    expect(r.ok && r.policy.rules["waiver-clause"]).toMatchObject({ severity: "block", roles: { councillor: "off" } });
  });
});

describe("the policy schema is the single source of truth", () => {
  it("the default policy file is valid JSON that parses", () => {
    const text = readFileSync(join(__dirname, "../../src/policy/policies/leigh-on-sea.json"), "utf8");
    expect(parsePolicyText(text).ok).toBe(true);
  });
});

describe("a hostile policy file is refused with its path", () => {
  const huge = Array.from({ length: 100_000 }, (_, i) => `word${i}`);
  it.each([
    ["a huge word list", (p: ReturnType<typeof base>) => (p.rules = { "political-content": { options: { extraParties: huge } } }), "rules.political-content.options.extraParties"],
    ["a pattern built to backtrack", (p: ReturnType<typeof base>) => (p.councillors = { patterns: ["*a*a*a*a*a*@x.gov.uk"] }), "councillors.patterns.0"],
    ["a regular expression where a word belongs", (p: ReturnType<typeof base>) => (p.rules = { "offensive-content": { options: { extraTerms: ["(a+)+$"] } } }), "rules.offensive-content.options.extraTerms.0"],
    ["a waiver of a megabyte", (p: ReturnType<typeof base>) => (p.waiver = { text: "x ".repeat(500_000) }), "waiver.text"],
    ["a thousand trusted domains", (p: ReturnType<typeof base>) => (p.trustedDomains = Array.from({ length: 1000 }, (_, i) => `d${i}.gov.uk`)), "trustedDomains"],
    ["a number where a list belongs", (p: ReturnType<typeof base>) => (p.rules = { "reply-all": { options: { extraAcknowledgements: 7 } } }), "rules.reply-all.options.extraAcknowledgements"],
  ])("%s", (_name, mutate, path) => {
    const p = base();
    mutate(p);
    const result = parsePolicy(p);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
  });
});
