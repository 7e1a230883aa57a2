import { rules } from "../../src/engine/rules";
import { defaultPolicy, parsePolicy, type Policy, type PolicyInput } from "../../src/policy";

/**
 * Policies that make a scenario deterministic whatever the other rules (still being written)
 * find: every rule off but the ones named, at the severities given.
 */
export function policyWith(severities: Record<string, "block" | "warn">, change?: (p: PolicyInput) => void): { policy: Policy; text: string } {
  const input = JSON.parse(JSON.stringify(defaultPolicy())) as PolicyInput & { rules: Record<string, unknown> };
  input.rules = {};
  for (const rule of rules) input.rules[rule.meta.id] = { severity: severities[rule.meta.id] ?? "off" };
  if (change) change(input);
  const result = parsePolicy(input);
  if (!result.ok) throw new Error(result.error);
  return { policy: result.policy, text: JSON.stringify(input) };
}

export const WAIVER = defaultPolicy().waiver.text;
export const CLERK = "Jane Bennett <clerk@leighonseatowncouncil.gov.uk>";
export const RESIDENT = "Alan Green <alan.green@gmail.com>";

/** A short message from the clerk to a resident, with or without the waiver at its end. */
export function letter(withWaiver: boolean): string {
  return `<html><body><p>Dear Alan,</p><p>The allotment committee meets on Tuesday at 7pm.</p><p>Kind regards,<br>Jane Bennett<br>Town Clerk</p>${
    withWaiver ? `<p>${WAIVER}</p>` : ""
  }</body></html>`;
}
