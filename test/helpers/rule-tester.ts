import { checkDraft } from "../../src/engine/check";
import type { EvidenceField, Finding, FixKind, Rule, Severity } from "../../src/engine/rule";
import { defaultPolicy, parsePolicy, type Policy, type PolicyInput } from "../../src/policy";
import { makeDraft, type DraftSpec } from "./draft";

export interface ValidCase {
  /** What the case shows, e.g. "a place name: Scunthorpe". */
  name: string;
  draft: DraftSpec;
  /** Options for this rule, merged over the policy's. */
  options?: Record<string, unknown>;
  /** Change the policy for this case (receives and returns the policy as written). */
  policy?: (input: PolicyInput) => PolicyInput;
}

export interface ExpectedFinding {
  messageId: string;
  severity?: Severity;
  field?: EvidenceField;
  /** The evidence excerpt contains this (string) or matches it (RegExp). */
  excerpt?: string | RegExp;
  fix?: FixKind;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function policyFor(rule: Rule, c: ValidCase): Policy {
  if (!c.policy && !c.options) return defaultPolicy();
  const base = JSON.parse(JSON.stringify(defaultPolicy())) as PolicyInput & { rules: Record<string, { options?: object }> };
  let input: PolicyInput = base;
  if (c.options) {
    const current = base.rules[rule.meta.id] ?? {};
    base.rules[rule.meta.id] = { ...current, options: { ...(current.options ?? {}), ...c.options } };
  }
  if (c.policy) input = c.policy(input);
  const parsed = parsePolicy(input);
  if (!parsed.ok) throw new Error(`case "${c.name}": policy is not valid: ${parsed.error}`);
  return parsed.policy;
}

/** Run one rule alone on a case. */
export function runRule(rule: Rule, c: ValidCase): Finding[] {
  const verdict = checkDraft(makeDraft(c.draft), policyFor(rule, c), { rules: [rule] });
  if (verdict.errors.length) throw new Error(`rule threw: ${verdict.errors.map((e) => e.message).join("; ")}`);
  return verdict.findings;
}

const describeFinding = (f: Finding): string =>
  `${f.messageId} [${f.severity}] ${f.evidence.map((e) => `${e.field}: "${e.excerpt}"`).join(", ")}`;

/**
 * ESLint's RuleTester for our rules: tables of valid and invalid drafts. It refuses weak tests:
 * too few cases, duplicate cases, unknown message ids, an invalid case with no expected finding.
 */
export function ruleTester(rule: Rule, tests: RuleTests, { minimum = 10 }: { minimum?: number } = {}): void {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    it(`has at least ${minimum} valid and ${minimum} invalid cases, none duplicated`, () => {
      expect(tests.valid.length).toBeGreaterThanOrEqual(minimum);
      expect(tests.invalid.length).toBeGreaterThanOrEqual(minimum);
      const keys = [...tests.valid, ...tests.invalid].map((c) => JSON.stringify([c.draft, c.options ?? null, c.policy?.toString() ?? null]));
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes).toEqual([]);
      const names = [...tests.valid, ...tests.invalid].map((c) => c.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    });

    describe("valid", () => {
      it.each(tests.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        expect(runRule(rule, c).map(describeFinding)).toEqual([]);
      });
    });

    describe("invalid", () => {
      it.each(tests.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        expect(c.errors.length).toBeGreaterThan(0);
        for (const e of c.errors) expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
        const findings = runRule(rule, c);
        expect(findings.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
        findings.forEach((f, i) => {
          const e = c.errors[i];
          expect(f.ruleId).toBe(id);
          expect(f.message.length).toBeLessThanOrEqual(200);
          expect(f.clause.text.length).toBeGreaterThan(0);
          expect(f.evidence.length).toBeGreaterThan(0);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.field) expect(f.evidence.map((ev) => ev.field)).toContain(e.field);
          if (e.excerpt !== undefined) {
            const ex = e.excerpt;
            const hit = f.evidence.some((ev) => (typeof ex === "string" ? ev.excerpt.includes(ex) : ex.test(ev.excerpt)));
            if (!hit) throw new Error(`no evidence matches ${String(ex)} in ${describeFinding(f)}`);
          }
          if (e.fix) expect(f.fix?.kind).toBe(e.fix);
          if (f.fix) expect(rule.meta.fixes ?? []).toContain(f.fix.kind);
        });
      });
    });
  });
}
