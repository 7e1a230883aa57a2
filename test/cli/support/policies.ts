import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { rules } from "../../../src/engine/rules";
import { DEFAULT_POLICY_INPUT } from "../../../src/policy";

/** The waiver clause's clause text, as the built-in policy cites it. */
export const WAIVER_CLAUSE = "A waiver clause will be included at the end of each email message";

/**
 * The built-in policy with every rule off except `waiver-clause` (at the given severity). The
 * other rules are still being written; this keeps verdicts and exit codes stable meanwhile.
 */
export function waiverOnlyPolicy(severity: "warn" | "block" = "warn", extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = JSON.parse(JSON.stringify(DEFAULT_POLICY_INPUT)) as Record<string, unknown>;
  const ruleSettings: Record<string, unknown> = {};
  for (const r of rules) ruleSettings[r.meta.id] = { severity: r.meta.id === "waiver-clause" ? severity : "off" };
  return { ...base, rules: ruleSettings, ...extra };
}

let dir: string | undefined;
let count = 0;

// Each test file gets its own copy of this module: its policies go when the file's tests end.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Write a policy to a temporary folder (removed after the test file) and give its path. */
export function writePolicy(policy: unknown, name = "policy.json"): string {
  dir ??= mkdtempSync(join(tmpdir(), "etiquette-policy-"));
  const file = join(dir, `${count++}-${name}`);
  writeFileSync(file, typeof policy === "string" ? policy : JSON.stringify(policy, null, 2));
  return file;
}
