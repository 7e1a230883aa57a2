import type { Verdict } from "../engine/check";
import { composeItem, officeCall, supportsMailbox, type OfficeHost } from "./office";

/** The header's default name; a council may choose another in `policy.outlook.header`. */
export const DEFAULT_HEADER = "X-Council-Etiquette";

/** Format version of the header value, so mail flow rules can tell formats apart. */
export const HEADER_FORMAT = "1";

/**
 * What the header says. `unchecked`: set at compose time, before any check; if a message
 * arrives still saying it, the send-time header was lost (or the add-in did not run).
 * `error`: the check failed and the policy let the message go.
 */
export type HeaderVerdict = Verdict["action"] | "unchecked" | "error";

/** Where the value was written: compose handler, send handler or task pane. */
export type HeaderStage = "compose" | "send" | "pane";

export interface HeaderRecord {
  verdict: HeaderVerdict;
  /** Rule ids with findings, in the verdict's order, each once. */
  rules: string[];
  /** The policy's version string. */
  policy: string;
  stage: HeaderStage;
}

/** RFC 5322 says lines stay under 998 characters; folding is the client's job, so stay short. */
const MAX_VALUE = 900;

const token = (s: string): string => s.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 60) || "_";

/**
 * The header value: `v=1; verdict=warn; rules=waiver-clause,reply-all; policy=2021-05; stage=send`.
 * Plain ASCII tokens separated by `; `, so an Exchange mail flow rule can match it with a simple
 * pattern such as `verdict=(warn|block)` or `rules=[^;]*reply-all`.
 */
export function formatHeader(record: HeaderRecord): string {
  const head = `v=${HEADER_FORMAT}; verdict=${record.verdict}; rules=`;
  const tail = `; policy=${token(record.policy)}; stage=${record.stage}`;
  const ids: string[] = [];
  for (const id of record.rules) {
    const t = token(id);
    if (!ids.includes(t)) ids.push(t);
  }
  let rules = ids.join(",") || "none";
  const room = MAX_VALUE - head.length - tail.length;
  if (rules.length > room) {
    // Keep whole ids and say how many were left off.
    const kept: string[] = [];
    for (const id of ids) {
      const next = [...kept, id].join(",");
      if (next.length + 6 > room) break;
      kept.push(id);
    }
    rules = `${kept.join(",")},+${ids.length - kept.length}`;
  }
  return head + rules + tail;
}

/** Read a header value back (the task pane shows it; tests check it). Unknown parts are ignored. */
export function parseHeader(value: string): HeaderRecord | null {
  const parts: Record<string, string> = {};
  for (const part of value.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) parts[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  const verdict = parts.verdict as HeaderVerdict | undefined;
  const stage = parts.stage as HeaderStage | undefined;
  if (!verdict || !["pass", "warn", "block", "unchecked", "error"].includes(verdict)) return null;
  return {
    verdict,
    rules: parts.rules && parts.rules !== "none" ? parts.rules.split(",").filter((r) => r && !r.startsWith("+")) : [],
    policy: parts.policy ?? "",
    stage: stage === "compose" || stage === "send" || stage === "pane" ? stage : "send",
  };
}

/** The header record for a verdict. */
export function headerForVerdict(verdict: Verdict, stage: HeaderStage): HeaderRecord {
  return { verdict: verdict.action, rules: verdict.findings.map((f) => f.ruleId), policy: verdict.policy.version, stage };
}

/**
 * Set the header on the message being composed (Mailbox 1.8). Rejects where unsupported or on
 * failure; callers decide whether that matters.
 */
export function setHeader(host: OfficeHost, name: string, record: HeaderRecord): Promise<void> {
  let item;
  try {
    item = composeItem(host);
  } catch (error) {
    return Promise.reject(error);
  }
  const headers = item.internetHeaders;
  if (!supportsMailbox(host, "1.8") || !headers) return Promise.reject(new Error("internetHeaders is not supported (Mailbox 1.8)"));
  const value = formatHeader(record);
  return officeCall<void>("internetHeaders.setAsync", (cb) => headers.setAsync({ [name]: value }, cb));
}
