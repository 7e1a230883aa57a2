import { defaultPolicy, parsePolicyText, type Policy, type PolicyIssue } from "../policy";
import type { RoamingSettingsLike } from "./office";
import { withTimeout, type Timers } from "./timers";

/**
 * Where the council's policy comes from. The build puts `policy.json` beside the add-in, and an
 * admin may replace that file without rebuilding; so at run time the add-in fetches it, validates
 * it, and falls back to the last good policy (or the one built in) when it is broken or cannot be
 * fetched, saying so in {@link PolicyStatus} for the task pane to show.
 */

/**
 * `served`: the policy.json beside the add-in, fetched now. `session`: the one the compose handler
 * fetched for this message. `last-good`: the last served policy that was valid (the served one is
 * broken or unreachable). `built-in`: the policy this build shipped with.
 */
export type PolicySource = "served" | "session" | "last-good" | "built-in";

export interface PolicyStatus {
  source: PolicySource;
  council: string;
  version: string;
  /** Why the served policy is not in use, in words the task pane can show. */
  problem?: string;
  /** Each problem in an invalid policy file, with its path. */
  issues?: PolicyIssue[];
}

export interface LoadedPolicy {
  policy: Policy;
  /** The JSON it was read from (absent for the built-in policy). */
  text?: string;
  status: PolicyStatus;
}

/** `fetch`, as far as we use it: present in every Outlook runtime, absolute URLs only in classic. */
export type FetchLike = (url: string, init?: { cache?: string }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** Somewhere to keep the last good policy text between sessions. */
export interface PolicyCache {
  load(): string | undefined;
  save(text: string): void;
}

export interface PolicyLoadOptions {
  /** Absolute URL of policy.json; without it only the cache and the built-in policy are used. */
  url?: string;
  fetch?: FetchLike;
  /** Give up on the network after this long (default 2,000 ms). */
  timeoutMs?: number;
  timers?: Timers;
  cache?: PolicyCache;
}

let memory: { text: string; policy: Policy } | undefined;
/** The policy this build shipped with (parsed once). Throws only if the build shipped a broken one. */
export function builtInPolicy(): Policy {
  return defaultPolicy();
}

const statusOf = (policy: Policy, source: PolicySource, problem?: string, issues?: PolicyIssue[]): PolicyStatus => ({
  source,
  council: policy.council.name,
  version: policy.version,
  ...(problem ? { problem } : {}),
  ...(issues && issues.length ? { issues: issues.slice(0, 20) } : {}),
});

function fetchText(url: string, fetch: FetchLike, ms: number, timers: Timers): Promise<string> {
  let request: Promise<string>;
  try {
    request = fetch(url, { cache: "no-cache" }).then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return response.text();
    });
  } catch (error) {
    request = Promise.reject(error);
  }
  return withTimeout(request, ms, timers, "Fetching the policy");
}

/** Fall back: the last good policy (memory, then the cache), then the built-in one. */
function fallback(cache: PolicyCache | undefined, problem?: string, issues?: PolicyIssue[]): LoadedPolicy {
  if (memory) return { policy: memory.policy, text: memory.text, status: statusOf(memory.policy, "last-good", problem, issues) };
  let cached: string | undefined;
  try {
    cached = cache ? cache.load() : undefined;
  } catch {
    cached = undefined;
  }
  if (cached) {
    const result = parsePolicyText(cached);
    if (result.ok) {
      memory = { text: cached, policy: result.policy };
      return { policy: result.policy, text: cached, status: statusOf(result.policy, "last-good", problem, issues) };
    }
  }
  const policy = builtInPolicy();
  return { policy, status: statusOf(policy, "built-in", problem, issues) };
}

/**
 * Load the policy: fetch and validate the served file; if it is broken or unreachable, use the
 * last good one and say why. Never rejects.
 */
export function loadPolicy(options: PolicyLoadOptions = {}): Promise<LoadedPolicy> {
  const { url, fetch, cache } = options;
  const timers = options.timers ?? {};
  // Nothing to fetch (the vm tests; a build without a URL): nothing went wrong, so no problem.
  if (!url || !fetch) return Promise.resolve(fallback(cache));
  return fetchText(url, fetch, options.timeoutMs ?? 2_000, timers).then(
    (text) => {
      const result = parsePolicyText(text);
      if (!result.ok) {
        return fallback(cache, `The council's policy file (${url}) is not valid, so the last good policy is in use. ${result.error}`, result.issues);
      }
      const changed = !memory || memory.text !== text;
      memory = { text, policy: result.policy };
      if (changed && cache) {
        try {
          cache.save(text);
        } catch {
          // Keeping a copy is a nicety; the policy is in use either way.
        }
      }
      return { policy: result.policy, text, status: statusOf(result.policy, "served") };
    },
    (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      return fallback(cache, `The council's policy file (${url}) could not be fetched (${why}), so the last good policy is in use.`);
    },
  );
}

/** Read a policy handed over in text (sessionData): valid, or null. */
export function policyFromText(text: string | undefined, status?: string): LoadedPolicy | null {
  if (!text) return null;
  const result = parsePolicyText(text);
  if (!result.ok) return null;
  let recorded: Partial<PolicyStatus> = {};
  try {
    recorded = status ? (JSON.parse(status) as Partial<PolicyStatus>) : {};
  } catch {
    recorded = {};
  }
  return {
    policy: result.policy,
    text,
    status: { ...statusOf(result.policy, "session"), ...(recorded.problem ? { problem: recorded.problem } : {}) },
  };
}

/** Roaming settings hold 32 KB in all for the add-in: keep the last good policy only if small. */
export const ROAMING_POLICY_LIMIT = 24_000;
const ROAMING_KEY = "etq.lastGoodPolicy";

/** A {@link PolicyCache} in the mailbox's roaming settings (every Outlook runtime has them). */
export function roamingPolicyCache(settings: RoamingSettingsLike | null | undefined): PolicyCache | undefined {
  if (!settings) return undefined;
  return {
    load() {
      const v = settings.get(ROAMING_KEY);
      return typeof v === "string" ? v : undefined;
    },
    save(text) {
      if (text.length > ROAMING_POLICY_LIMIT) return;
      settings.set(ROAMING_KEY, text);
      if (settings.saveAsync) settings.saveAsync(() => undefined);
    },
  };
}

/** Forget the last good policy held in memory (tests; the task pane's "reload"). */
export function resetPolicyMemory(): void {
  memory = undefined;
}
