import { readFileSync } from "fs";
import { join } from "path";
import { CLAUSES, REFERENCE_POLICY_FILES } from "../../src/engine/clauses";
import { rules } from "../../src/engine/rules";
import type { Clause } from "../../src/engine/rule";

const POLICIES = join(__dirname, "../../../shared/policies");
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const policyText = (name: string) => flat(readFileSync(join(POLICIES, REFERENCE_POLICY_FILES[name]), "utf8"));

const cited: [string, Clause][] = [
  ...Object.entries(CLAUSES),
  ...rules.map((r) => [`rule ${r.meta.id}`, r.meta.defaultClause] as [string, Clause]),
];

describe("every clause we cite is the council's own words", () => {
  it.each(cited)("%s", (_name, clause) => {
    expect(Object.keys(REFERENCE_POLICY_FILES)).toContain(clause.policy);
    expect(policyText(clause.policy)).toContain(flat(clause.text));
  });
});
