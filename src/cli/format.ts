import type { Clause, Evidence } from "../engine/rule";

/** Evidence as one line: `body: “…excerpt…”`, `to[2]: “jane@example.com”`. */
export function formatEvidence(e: Evidence): string {
  const where = e.index !== undefined && e.field !== "body" && e.field !== "subject" ? `${e.field}[${e.index}]` : e.field;
  return `${where}: ${/^\(.*\)$/.test(e.excerpt) ? e.excerpt : `“${e.excerpt}”`}`;
}

/** A clause as one line: `Policy, Section: “verbatim text”`. */
export function formatClause(c: Clause): string {
  return `${c.policy}${c.section ? `, ${c.section}` : ""}: “${c.text}”`;
}
