import { parseBody, type Span } from "./body";
import { domainOf, localPartOf, normalizeDraft, type EmailDraft, RECIPIENT_FIELDS } from "./draft";
import {
  formatMessage,
  type Finding,
  type Participant,
  type Recipient,
  type ReportDescriptor,
  type Role,
  type Rule,
  type RuleContext,
  type Severity,
  type SeverityConfig,
  type TextSlice,
  type Zone,
} from "./rule";
import { rules as allRules } from "./rules";
import { escapeRegExp } from "./text";
import type { Policy } from "../policy/schema";

/** The outcome of checking one draft: the worst severity among the findings wins. */
export interface Verdict {
  action: "block" | "warn" | "pass";
  role: Role;
  findings: Finding[];
  /** Rules that failed inside: the rest still ran. Empty unless the engine has a bug. */
  errors: { ruleId: string; message: string }[];
  /** Part of a zone was past {@link MAX_ZONE_CHARS} and was not read. */
  truncated: boolean;
  policy: { council: string; version: string };
}

export interface CheckOptions {
  /** Run only these rules (default: every rule in the registry). */
  rules?: readonly Rule<never, string>[] | readonly Rule[];
}

const MAX_MESSAGE = 200;

/**
 * Rules read at most this many characters of each zone (new text, signature, quoted history).
 * Real email is far shorter; this keeps a verdict on a hostile 5 MB body inside Outlook's
 * send budget. The verdict says when anything was left unread.
 */
export const MAX_ZONE_CHARS = 256 * 1024;

interface CouncillorIndex {
  patterns: RegExp[];
  addresses: Set<string>;
  people: Map<string, Policy["people"][number]>;
}

const councillorIndexes = new WeakMap<Policy, CouncillorIndex>();

/** The policy's councillor patterns compiled, and its lists indexed: once per policy. */
function councillorIndex(policy: Policy): CouncillorIndex {
  let index = councillorIndexes.get(policy);
  if (!index) {
    index = {
      // `*` is the only wildcard; everything else is literal. Patterns are short and star-limited.
      patterns: policy.councillors.patterns.map((p) => new RegExp(`^${p.split("*").map(escapeRegExp).join(".*")}$`, "i")),
      addresses: new Set(policy.councillors.addresses),
      people: new Map(policy.people.map((p) => [p.address, p])),
    };
    councillorIndexes.set(policy, index);
  }
  return index;
}

function onDomain(domain: string, domains: readonly string[]): boolean {
  return domains.some((d) => domain === d || domain.endsWith("." + d));
}

/** Is this address a councillor's, by the policy's explicit list, per-person role or patterns? */
export function isCouncillorAddress(address: string, policy: Policy): boolean {
  const a = address.trim().toLowerCase();
  if (!a) return false;
  const index = councillorIndex(policy);
  const person = index.people.get(a);
  if (person?.role) return person.role === "councillor";
  if (index.addresses.has(a)) return true;
  return index.patterns.some((re) => re.test(a));
}

/** Classify an address against the policy: internal, trusted or external; councillor; list. */
export function classifyAddress(address: string, name: string, policy: Policy): Participant {
  const domain = domainOf(address);
  const internal = onDomain(domain, policy.council.domains);
  const kind = internal ? "internal" : onDomain(domain, policy.trustedDomains) ? "trusted" : "external";
  const lower = address.trim().toLowerCase();
  const local = localPartOf(address);
  const isDistributionList = policy.distributionLists.some((l) =>
    l.endsWith("@") ? internal && local + "@" === l : lower === l,
  );
  return {
    name,
    address,
    domain,
    kind,
    isCouncillor: internal && !isDistributionList && isCouncillorAddress(address, policy),
    isDistributionList,
  };
}

/** The sender's role: councillor by the policy's rules, otherwise officer. */
export function roleOf(address: string, policy: Policy): Role {
  return isCouncillorAddress(address, policy) ? "councillor" : "officer";
}

/** Find the policy's waiver clause in the text, white space and apostrophes flexible. */
export function findWaiver(text: string, waiver: string, before: number): Span | null {
  const words = waiver.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const source = words.map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join("\\s+");
  const re = new RegExp(source, "gi");
  let m: RegExpExecArray | null;
  let found: Span | null = null;
  while ((m = re.exec(text)) !== null && m.index < before) {
    // The last copy in the sender's own text is the one that ends the message.
    found = { start: m.index, end: m.index + m[0].length };
  }
  return found && found.end <= before ? found : null;
}

function subtract(span: Span, hole: Span | null): Span[] {
  if (!hole || hole.end <= span.start || hole.start >= span.end) return [span];
  const out: Span[] = [];
  if (hole.start > span.start) out.push({ start: span.start, end: hole.start });
  if (hole.end < span.end) out.push({ start: hole.end, end: span.end });
  return out;
}

function severityFor(rule: Rule, policy: Policy, role: Role): SeverityConfig {
  const settings = policy.rules[rule.meta.id];
  return settings?.roles?.[role] ?? settings?.severity ?? rule.meta.defaultSeverity;
}

const RANK: Record<Severity, number> = { block: 0, warn: 1 };

/**
 * Check a draft against the council's policy. Pure: no I/O, no DOM, no Office.js. The task
 * pane, the on-send handler and the command line all call this, so they cannot disagree.
 */
export function checkDraft(input: EmailDraft, policy: Policy, options: CheckOptions = {}): Verdict {
  const draft = normalizeDraft(input);
  const ruleList = (options.rules ?? allRules) as readonly Rule[];
  const body = parseBody(draft.body);
  const authoredEnd = body.quoted ? body.quoted.start : body.text.length;
  const waiver = findWaiver(body.text, policy.waiver.text, authoredEnd);
  const role = roleOf(draft.from.address, policy);
  const sender = classifyAddress(draft.from.address, draft.from.name, policy);
  const recipients: Recipient[] = [];
  for (const field of RECIPIENT_FIELDS) {
    draft[field].forEach((r, index) => recipients.push({ ...classifyAddress(r.address, r.name, policy), field, index }));
  }
  const zoneSpans: Record<Zone, Span | null> = { new: body.newText, signature: body.signature, quoted: body.quoted };
  let truncated = false;
  for (const zone of ["new", "signature", "quoted"] as const) {
    const span = zoneSpans[zone];
    if (span && span.end - span.start > MAX_ZONE_CHARS) {
      zoneSpans[zone] = { start: span.start, end: span.start + MAX_ZONE_CHARS };
      truncated = true;
    }
  }
  // Rules ask for the same zones again and again: cut each combination once per check.
  const sliceCache = new Map<string, TextSlice[]>();
  const slices = (zones: readonly Zone[], opts: { includeWaiver?: boolean } = {}): TextSlice[] => {
    const key = `${zones.join(",")}|${opts.includeWaiver ? 1 : 0}`;
    const cached = sliceCache.get(key);
    if (cached) return cached;
    const out: TextSlice[] = [];
    for (const zone of zones) {
      const span = zoneSpans[zone];
      if (!span || span.end <= span.start) continue;
      for (const part of subtract(span, opts.includeWaiver ? null : waiver)) {
        if (part.end > part.start) out.push({ ...part, zone, text: body.text.slice(part.start, part.end) });
      }
    }
    out.sort((a, b) => a.start - b.start);
    sliceCache.set(key, out);
    return out;
  };

  const findings: Finding[] = [];
  const errors: Verdict["errors"] = [];
  const order = new Map<string, number>();
  ruleList.forEach((r, i) => order.set(r.meta.id, i));
  const seen = new Set<string>();

  for (const rule of ruleList) {
    const configured = severityFor(rule, policy, role);
    if (configured === "off") continue;
    const settings = policy.rules[rule.meta.id];
    const clause = settings?.clause ?? rule.meta.defaultClause;
    const context: RuleContext<unknown, string> = {
      draft,
      policy,
      options: settings?.options ?? rule.meta.options.parse({}),
      body,
      waiver,
      role,
      sender,
      recipients,
      classify: (address, name = "") => classifyAddress(address, name, policy),
      slices,
      report(d: ReportDescriptor<string>) {
        const template = (rule.meta.messages as Record<string, string>)[d.messageId];
        if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId "${d.messageId}"`);
        let message = formatMessage(template, d.data);
        if (message.length > MAX_MESSAGE) message = message.slice(0, MAX_MESSAGE - 1) + "…";
        const key = `${rule.meta.id}|${d.messageId}|${d.evidence.map((e) => `${e.field}:${e.start ?? e.index ?? ""}:${e.excerpt}`).join(";")}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push({
          ruleId: rule.meta.id,
          messageId: d.messageId,
          severity: d.severity ?? configured,
          message,
          clause,
          evidence: d.evidence,
          ...(d.fix ? { fix: d.fix } : {}),
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      errors.push({ ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  const position = (f: Finding): number => f.evidence[0]?.start ?? f.evidence[0]?.index ?? 0;
  findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0) ||
      position(a) - position(b),
  );
  const action = findings.some((f) => f.severity === "block") ? "block" : findings.length ? "warn" : "pass";
  return { action, role, findings, errors, truncated, policy: { council: policy.council.name, version: policy.version } };
}
