import { fromError } from "zod-validation-error";
import leighOnSea from "./policies/leigh-on-sea.json";
import { policySchema, type Policy } from "./schema";

export { policySchema, clauseSchema, type Policy, type PolicyInput, type RuleSettings } from "./schema";

/** The result of reading a policy: the policy, or every problem with its path. */
export type PolicyResult = { ok: true; policy: Policy } | { ok: false; error: string; issues: PolicyIssue[] };

export interface PolicyIssue {
  /** Where in the file, e.g. `rules.reply-all.options.largeAudience`. */
  path: string;
  message: string;
}

/**
 * Validate a policy (already parsed from JSON). Never throws: a broken policy comes back as a
 * readable error naming each path and what is wrong with it.
 */
export function parsePolicy(input: unknown): PolicyResult {
  try {
    const result = policySchema.safeParse(input);
    if (result.success) return { ok: true, policy: result.data as unknown as Policy };
    const issues: PolicyIssue[] = result.error.issues.flatMap((i) => {
      const at = i.path.map(String);
      if (i.code === "unrecognized_keys") {
        return i.keys.map((k) => ({ path: [...at, k].join("."), message: `"${k}" is not a setting the policy knows: check its spelling, or remove it` }));
      }
      return [{ path: at.join(".") || "(top level)", message: i.message }];
    });
    const error = fromError(result.error, { prefix: "The policy is not valid", maxIssuesInMessage: 10 }).toString();
    return { ok: false, error, issues };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The policy could not be read: ${message}`, issues: [{ path: "(top level)", message }] };
  }
}

/** Parse policy text (JSON). Never throws. */
export function parsePolicyText(text: string): PolicyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The policy is not valid JSON: ${message}`, issues: [{ path: "(top level)", message }] };
  }
  return parsePolicy(json);
}

/** The policy as shipped: Leigh-on-Sea Town Council's, validated once. */
export const DEFAULT_POLICY_INPUT: unknown = leighOnSea;

let cached: Policy | undefined;
/** The default policy, parsed. Throws only if the shipped file is broken (a test guards it). */
export function defaultPolicy(): Policy {
  if (!cached) {
    const result = parsePolicy(DEFAULT_POLICY_INPUT);
    if (!result.ok) throw new Error(result.error);
    cached = result.policy;
  }
  return cached;
}
