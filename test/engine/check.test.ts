import { checkDraft, classifyAddress, findWaiver, roleOf } from "../../src/engine/check";
import { createRule, type Rule } from "../../src/engine/rule";
import { defaultPolicy, parsePolicy, DEFAULT_POLICY_INPUT } from "../../src/policy";
import { z } from "zod";
import { COUNCILLOR, makeDraft, RESIDENT } from "../helpers/draft";
import { CLAUSES } from "../../src/engine/clauses";

const policy = defaultPolicy();

const probe = (id: string, severity: "block" | "warn", report: (ctx: Parameters<Rule["check"]>[0]) => void) =>
  createRule({
    meta: { id, description: id, defaultSeverity: severity, defaultClause: CLAUSES.waiver, messages: { hit: "Hit {what}.", long: "x".repeat(300) }, options: z.object({}).strict() },
    check: report as never,
  }) as unknown as Rule;

describe("classifying people", () => {
  it("knows councillors, officers, lists, trusted and external addresses", () => {
    expect(roleOf("cllr.smith@leighonseatowncouncil.gov.uk", policy)).toBe("councillor");
    expect(roleOf("CLLR.Smith@LeighOnSeaTownCouncil.gov.uk", policy)).toBe("councillor");
    expect(roleOf("clerk@leighonseatowncouncil.gov.uk", policy)).toBe("officer");
    expect(classifyAddress("councillors@leighonseatowncouncil.gov.uk", "", policy)).toMatchObject({ kind: "internal", isDistributionList: true, isCouncillor: false });
    expect(classifyAddress("planning@southend.gov.uk", "", policy).kind).toBe("trusted");
    expect(classifyAddress("x@highways.essex.gov.uk", "", policy).kind).toBe("trusted");
    expect(classifyAddress("x@notessex.gov.uk", "", policy).kind).toBe("external");
    expect(classifyAddress("alan@gmail.com", "", policy).kind).toBe("external");
  });

  it("lets the explicit list and per-person roles win over patterns", () => {
    const input = JSON.parse(JSON.stringify(DEFAULT_POLICY_INPUT));
    input.councillors.addresses = ["mayor@leighonseatowncouncil.gov.uk"];
    input.people = [{ address: "cllr.support@leighonseatowncouncil.gov.uk", role: "officer" }];
    const r = parsePolicy(input);
    if (!r.ok) throw new Error(r.error);
    expect(roleOf("mayor@leighonseatowncouncil.gov.uk", r.policy)).toBe("councillor");
    expect(roleOf("cllr.support@leighonseatowncouncil.gov.uk", r.policy)).toBe("officer");
  });
});

describe("checkDraft", () => {
  it("passes with no findings, warns, and lets a block win", () => {
    const d = makeDraft({ to: RESIDENT, body: "Hi" });
    expect(checkDraft(d, policy, { rules: [] }).action).toBe("pass");
    const warn = probe("warn-probe", "warn", (c) => c.report({ messageId: "hit", data: { what: "w" }, evidence: [{ field: "body", excerpt: "Hi", start: 0, end: 2 }] }));
    const block = probe("block-probe", "block", (c) => c.report({ messageId: "hit", data: { what: "b" }, evidence: [{ field: "subject", excerpt: "" }] }));
    const v = checkDraft(d, policy, { rules: [warn, block] });
    expect(v.action).toBe("block");
    expect(v.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([["block-probe", "block", "Hit b."], ["warn-probe", "warn", "Hit w."]]);
    expect(v.policy).toEqual({ council: "Leigh-on-Sea Town Council", version: "2021-05" });
  });

  it("isolates a rule that throws, keeps the others and records the error", () => {
    const bad = probe("bad", "block", () => { throw new Error("boom"); });
    const ok = probe("ok", "warn", (c) => c.report({ messageId: "hit", evidence: [{ field: "body", excerpt: "x" }] }));
    const v = checkDraft(makeDraft(), policy, { rules: [bad, ok] });
    expect(v.errors).toEqual([{ ruleId: "bad", message: "boom" }]);
    expect(v.action).toBe("warn");
  });

  it("caps messages at 200 characters and removes exact duplicates", () => {
    const r = probe("dup", "warn", (c) => {
      c.report({ messageId: "long", evidence: [{ field: "body", excerpt: "a", start: 1 }] });
      c.report({ messageId: "long", evidence: [{ field: "body", excerpt: "a", start: 1 }] });
    });
    const v = checkDraft(makeDraft(), policy, { rules: [r] });
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0].message.length).toBe(200);
  });

  it("applies per-role severity", () => {
    const input = JSON.parse(JSON.stringify(DEFAULT_POLICY_INPUT));
    input.rules = { "waiver-clause": { severity: "block", roles: { councillor: "off" } } };
    const r = parsePolicy(input);
    if (!r.ok) throw new Error(r.error);
    expect(checkDraft(makeDraft({ body: "Hi" }), r.policy).findings.find((f) => f.ruleId === "waiver-clause")?.severity).toBe("block");
    expect(checkDraft(makeDraft({ from: COUNCILLOR, body: "Hi" }), r.policy).findings.find((f) => f.ruleId === "waiver-clause")).toBeUndefined();
  });

  it("cuts the waiver out of the slices rules read, and keeps offsets absolute", () => {
    const W = policy.waiver.text;
    const seen: string[] = [];
    const r = probe("slices", "warn", (c) => {
      for (const s of c.slices(["new", "signature"])) {
        expect(c.body.text.slice(s.start, s.end)).toBe(s.text);
        seen.push(s.text);
      }
    });
    checkDraft(makeDraft({ body: `Hello there.\n\n${W}\n\nPS more` }), policy, { rules: [r] });
    expect(seen.join("|")).not.toContain("confidential");
    expect(seen.join("|")).toContain("PS more");
  });

  it("never throws on hostile input", () => {
    for (const input of [null, undefined, {}, { body: 5 }, { to: "x" }, { to: [null, 3, { address: null }] }, { body: { type: "html", content: "<".repeat(10000) } }]) {
      expect(() => checkDraft(input as never, policy)).not.toThrow();
    }
  });

  it("finds the waiver with flexible spacing, but not in the quoted part", () => {
    const W = "This is the waiver text for the council.";
    expect(findWaiver("a\nThis is the\nwaiver text for the council. b", W, 100)).toEqual({ start: 2, end: 42 });
    expect(findWaiver("a This is the waiver text for the council.", W, 5)).toBeNull();
  });
});

describe("very long bodies", () => {
  it("reads at most MAX_ZONE_CHARS of each zone and says so", () => {
    const { MAX_ZONE_CHARS } = jest.requireActual("../../src/engine/check") as typeof import("../../src/engine/check");
    const seen: number[] = [];
    const r = probe("length", "warn", (c) => {
      for (const s of c.slices(["new"])) seen.push(s.text.length);
    });
    const short = checkDraft(makeDraft({ body: "Hello." }), policy, { rules: [r] });
    expect(short.truncated).toBe(false);
    seen.length = 0;
    const long = checkDraft(makeDraft({ body: "word ".repeat(MAX_ZONE_CHARS) }), policy, { rules: [r] });
    expect(long.truncated).toBe(true);
    expect(seen.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_ZONE_CHARS);
  });
});
