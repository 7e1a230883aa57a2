import type { Verdict } from "../engine/check";
import type { Severity } from "../engine/rule";

/**
 * What the Smart Alerts dialog hands the task pane (`contextData`, read there with
 * `item.getInitializationContextAsync`). Compact on purpose: the task pane re-reads the message
 * and runs the check itself for the details; this says which findings stopped the send, so it
 * can open at them.
 */
export interface AlertContext {
  /** Format version. */
  v: 1;
  /** The verdict that stopped the send. */
  action: Verdict["action"];
  /** The policy version the check used. */
  policy: string;
  findings: { ruleId: string; messageId: string; severity: Severity }[];
  /** Findings left off to keep the data small. */
  more: number;
}

/** contextData has no documented limit; stay small, as it rides inside Outlook's own messages. */
export const CONTEXT_LIMIT = 2_000;

type Packed = { v: 1; a: string; p: string; f: [string, string, "b" | "w"][]; m?: number };

/** Encode the verdict as compact JSON, at most {@link CONTEXT_LIMIT} characters. */
export function encodeAlertContext(verdict: Verdict): string {
  const packed: Packed = {
    v: 1,
    a: verdict.action,
    p: verdict.policy.version.slice(0, 50),
    f: verdict.findings.map((f) => [f.ruleId, f.messageId, f.severity === "block" ? "b" : "w"]),
  };
  let text = JSON.stringify(packed);
  const total = packed.f.length;
  while (text.length > CONTEXT_LIMIT && packed.f.length > 0) {
    packed.f.pop();
    packed.m = total - packed.f.length;
    text = JSON.stringify(packed);
  }
  return text;
}

/** Decode contextData (as text or as the object newer clients pass). Never throws: null if not ours. */
export function decodeAlertContext(data: unknown): AlertContext | null {
  let value = data;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== "object") return null;
  const p = value as Partial<Packed>;
  if (p.v !== 1 || (p.a !== "pass" && p.a !== "warn" && p.a !== "block") || !Array.isArray(p.f)) return null;
  const findings: AlertContext["findings"] = [];
  for (const f of p.f) {
    if (!Array.isArray(f) || typeof f[0] !== "string" || typeof f[1] !== "string") continue;
    findings.push({ ruleId: f[0], messageId: f[1], severity: f[2] === "b" ? "block" : "warn" });
  }
  return { v: 1, action: p.a, policy: typeof p.p === "string" ? p.p : "", findings, more: typeof p.m === "number" ? p.m : 0 };
}
