import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import type { Address } from "../draft";
import { personalKinds, isSentFromLine, PERSONAL_WORDS, type PersonalKind } from "../lib/personal-signature";
import { SignatureMatcher, anchorOf, buildPattern, nameKeys, tokenizeLines, type SigLine, type SigPattern, type SigToken } from "../lib/signature-match";
import { createRule, type Evidence, type Role, type TextSlice } from "../rule";
import { approvedSignature, plainName, signatureText, type ApprovedSignature } from "../signature";
import { escapeRegExp, excerpt, squash } from "../text";
import type { Policy } from "../../policy/schema";

/** How many of the sender's last lines are searched for a damaged copy of the signature. */
const TAIL_LINES = 60;
/** At most this many lines are searched for the signature (huge bodies stay fast). */
const MAX_WINDOW_LINES = 800;
/** Lines longer than this are running text, not part of a signature. */
const MAX_LINE = 1000;
/** How many lines after the signature are looked at for personal additions. */
const AFTER_LINES = 8;
/** Token overlap above which a line is taken for a changed copy of a template line. */
const NEAR = 0.5;

const ROLE_WORD: Record<Role, string> = { officer: "officer", councillor: "councillor" };
const OTHER: Record<Role, Role> = { officer: "councillor", councillor: "officer" };

interface Expected {
  signature: ApprovedSignature;
  pattern: SigPattern;
}

function expectedFor(policy: Policy, role: Role, from: Address): Expected {
  const signature = approvedSignature(policy, role, from);
  const person = policy.people.find((p) => p.address === from.address.trim().toLowerCase());
  const name = person?.name ?? (plainName(from.name) || undefined);
  const keys = nameKeys(person?.name ?? from.name);
  return { signature, pattern: buildPattern(signature, name, keys) };
}

const NOT_BLANK = /\S/;

/**
 * The sender's own non-blank lines, in order, with absolute offsets (the waiver is already cut
 * out). Blank lines are left out: they never matter to a signature, and a body of nothing but
 * line breaks stays cheap.
 */
function linesOf(slices: readonly TextSlice[]): SigLine[] {
  const out: SigLine[] = [];
  for (const s of slices) {
    for (let at = 0; at <= s.text.length; ) {
      let nl = s.text.indexOf("\n", at);
      if (nl < 0) nl = s.text.length;
      if (nl > at) {
        const text = s.text.slice(at, nl);
        if (NOT_BLANK.test(text)) out.push({ text, start: s.start + at });
      }
      at = nl + 1;
    }
  }
  return out;
}

function shorten(s: string, max = 60): string {
  const t = squash(s);
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

/** Words that identify the council in a handle or web address ("leighonseatowncouncil"). */
function councilWords(policy: Policy): string[] {
  const words = policy.council.domains.map((d) => d.split(".")[0]);
  if (policy.council.website) words.push(policy.council.website.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").split(".")[0]);
  return words.filter((w) => w.length >= 4);
}

interface LineTokens {
  line: SigLine;
  tokens: SigToken[];
}

/** A run of the sender's lines, tokenised on its own. */
interface Window {
  /** Index in the sender's lines of the window's first line. */
  first: number;
  lines: SigLine[];
  tokens: SigToken[];
}

function windowOf(lines: readonly SigLine[], first: number, end: number): Window {
  const own = lines.slice(first, end);
  return { first, lines: own, tokens: tokenizeLines(own) };
}

/** The index of the line holding each offset of `positions` (both in order). */
function lineIndexes(lines: readonly SigLine[], positions: readonly number[]): number[] {
  const out: number[] = [];
  let li = 0;
  for (const p of positions) {
    while (li + 1 < lines.length && lines[li + 1].start <= p) li++;
    if (out[out.length - 1] !== li) out.push(li);
  }
  return out;
}

/**
 * The stretches of the sender's text where a signature containing `anchor` could stand: a few
 * lines either side of each line containing it, nearest the end first, up to a budget of lines.
 * Keeps the search linear on huge bodies.
 */
function windowsAround(slices: readonly TextSlice[], lines: readonly SigLine[], anchor: string | null, reach: number): Window[] {
  if (anchor === null) return lines.length ? [windowOf(lines, Math.max(0, lines.length - MAX_WINDOW_LINES), lines.length)] : [];
  const positions: number[] = [];
  const re = new RegExp(escapeRegExp(anchor), "gi");
  for (const s of slices) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) positions.push(s.start + m.index);
  }
  const hits = lineIndexes(lines, positions);
  const ranges: [number, number][] = [];
  let budget = MAX_WINDOW_LINES;
  for (let h = hits.length - 1; h >= 0 && budget > 0; h--) {
    const i = hits[h];
    if (lines[i].text.length > MAX_LINE) continue;
    const last = ranges[ranges.length - 1];
    if (last && i >= last[0]) continue;
    const from = Math.max(0, i - reach);
    const to = Math.min(lines.length, i + 1 + reach);
    if (last && to >= last[0]) {
      budget -= last[0] - from;
      last[0] = from;
    } else {
      budget -= to - from;
      ranges.push([from, to]);
    }
  }
  return ranges.reverse().map(([from, to]) => windowOf(lines, from, to));
}

/** The first window where the pattern matches, and where. */
function findSignature(windows: readonly Window[], pattern: SigPattern): { window: Window; from: number; to: number } | null {
  for (const w of windows) {
    const m = new SignatureMatcher(w.tokens, pattern.items).find();
    if (m) return { window: w, ...m };
  }
  return null;
}

function groupByLine(w: Window): LineTokens[] {
  const out: LineTokens[] = w.lines.map((line) => ({ line, tokens: [] }));
  for (const t of w.tokens) out[t.line].tokens.push(t);
  return out;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const rest = b.slice();
  let common = 0;
  for (const w of a) {
    const i = rest.indexOf(w);
    if (i >= 0) {
      common++;
      rest.splice(i, 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

interface Damage {
  /** What differs, for the message. */
  detail: string;
  evidence: Evidence;
}

/**
 * Is there a damaged copy of the approved signature: at least two of its lines, or one line of
 * four or more words, found as whole lines (or nearly), but not the whole signature in order?
 */
function findDamage(expected: Expected, tail: Window, text: string): Damage | null {
  const { pattern } = expected;
  const candidates = groupByLine(tail).filter((l) => l.tokens.length > 0 && l.tokens.length <= 40);
  let found = 0;
  let strong = false;
  let firstProblem: { template: string; near: LineTokens | null } | null = null;
  let firstHit: LineTokens | null = null;
  for (const tl of pattern.lines) {
    if (tl.placeholderOnly) continue;
    const items = pattern.items.slice(tl.from, tl.to);
    const words = items.filter((i) => i.kind === "word").map((i) => (i.kind === "word" ? i.value : ""));
    let exact: LineTokens | null = null;
    let near: LineTokens | null = null;
    let best = 0;
    for (const c of candidates) {
      if (new SignatureMatcher(c.tokens, items, true).matchesAll()) {
        exact = c;
        break;
      }
      const score = overlap(words, c.tokens.map((t) => t.value));
      if (words.length >= 2 && score >= NEAR && score > best) {
        best = score;
        near = c;
      }
    }
    if (exact) {
      found++;
      if (tl.fixedWords >= 4) strong = true;
      firstHit = firstHit ?? exact;
    } else {
      if (near) found++;
      firstHit = firstHit ?? near;
      firstProblem = firstProblem ?? { template: tl.text, near };
    }
  }
  if (found < 2 && !strong) return null;
  if (!firstProblem) {
    // Every fixed line is there: then a line of the sender's own (a name or title) is missing,
    // or the lines are out of order or split by other text.
    const unfilled = pattern.lines.find((l) => l.placeholderOnly && /\{\w+\}/.test(l.text));
    const detail = unfilled
      ? `check your ${describePlaceholder(unfilled.text)} line and the order of the lines`
      : "a line is missing, added or out of order";
    return { detail, evidence: lineEvidence(text, firstHit ?? candidates[0]) };
  }
  const { template, near } = firstProblem;
  if (near) {
    return { detail: `"${shorten(near.line.text, 50)}" should read "${shorten(template, 50)}"`, evidence: lineEvidence(text, near) };
  }
  return { detail: `"${shorten(template, 60)}" is missing`, evidence: lineEvidence(text, firstHit ?? candidates[candidates.length - 1]) };
}

function describePlaceholder(template: string): string {
  if (/\{jobTitle\}/.test(template)) return "job title";
  if (/\{name\}/.test(template)) return "name";
  return shorten(template.replace(/[{}]/g, ""), 30);
}

function lineEvidence(text: string, at: LineTokens | SigLine | undefined | null): Evidence {
  const line = at && "line" in at ? at.line : at;
  if (!line || !line.text.trim()) return { field: "body", excerpt: "(signature)" };
  const start = line.start + (line.text.length - line.text.trimStart().length);
  const end = line.start + line.text.trimEnd().length;
  return { field: "body", excerpt: excerpt(text, start, Math.min(end, start + 120)), start, end };
}

export default createRule({
  meta: {
    id: "approved-signature",
    description: "The sender's own text ends with the council's approved signature for their role, unchanged.",
    defaultSeverity: "block",
    defaultClause: CLAUSES.signature,
    messages: {
      missing: "Add the council's approved {role} signature to the end of your message.",
      removed: "The approved signature inserted for you has been removed. Put the council's approved {role} signature back before sending.",
      mobileOnly: "Replace \"{line}\" with the council's approved {role} signature.",
      personal: "Use the council's approved {role} signature, not a personal one: leave out {what}.",
      personalAdditions: "Only the agreed signature may be used: remove {what} from your signature.",
      wrongRole: "This is the {used} signature. As a {role}, use the council's approved {role} signature.",
      altered: "Your signature differs from the approved {role} signature: {detail}. Use the agreed wording.",
    },
    options: z.strictObject({}),
    fixes: ["insert-signature"],
  },
  check(context) {
    const { draft, policy, role, body } = context;
    const authored = context.slices(["new", "signature"]);
    const lines = linesOf(authored);
    const own = expectedFor(policy, role, draft.from);
    const text = signatureText(own.signature);
    const fix = text ? { kind: "insert-signature" as const, text } : undefined;
    const data = { role: ROLE_WORD[role] };
    const words = councilWords(policy);

    const reach = own.signature.lines.length + 6;
    const match = findSignature(windowsAround(authored, lines, anchorOf(own.pattern.items), reach), own.pattern);
    if (match) {
      // The approved signature is there; personal extras straight after it are not agreed.
      const lastLine = match.window.first + match.window.tokens[match.to - 1].line;
      const kinds = new Set<PersonalKind>();
      const evidence: Evidence[] = [];
      let seen = 0;
      for (let i = lastLine + 1; i < lines.length && seen < AFTER_LINES; i++) {
        seen++;
        const found = personalKinds(lines[i].text, words).filter((k) => k !== "mobile");
        if (found.length === 0) continue;
        found.forEach((k) => kinds.add(k));
        evidence.push(lineEvidence(body.text, lines[i]));
      }
      if (kinds.size > 0) {
        context.report({ messageId: "personalAdditions", data: { what: describeKinds(kinds) }, evidence, fix });
      }
      return;
    }

    // Not there. Say what is there instead, most specific first.
    const other = expectedFor(policy, OTHER[role], draft.from);
    const otherMatch = findSignature(windowsAround(authored, lines, anchorOf(other.pattern.items), other.signature.lines.length + 6), other.pattern);
    if (otherMatch) {
      const start = otherMatch.window.tokens[otherMatch.from].start;
      const end = otherMatch.window.tokens[otherMatch.to - 1].end;
      context.report({
        messageId: "wrongRole",
        data: { ...data, used: ROLE_WORD[OTHER[role]] },
        evidence: [{ field: "body", excerpt: excerpt(body.text, start, Math.min(end, start + 80)), start, end }],
        fix,
      });
      return;
    }

    const signOff = signOffLines(lines, body.signature ? body.signature.start : -1);
    const kinds = new Set<PersonalKind>();
    const personalEvidence: Evidence[] = [];
    for (const i of signOff) {
      const found = personalKinds(lines[i].text, words);
      if (found.length === 0) continue;
      found.forEach((k) => kinds.add(k));
      personalEvidence.push(lineEvidence(body.text, lines[i]));
    }
    if (kinds.size > 0) {
      context.report({ messageId: "personal", data: { ...data, what: describeKinds(kinds) }, evidence: personalEvidence, fix });
      return;
    }

    const damage = findDamage(own, tailWindow(lines), body.text);
    if (damage) {
      context.report({ messageId: "altered", data: { ...data, detail: damage.detail }, evidence: [damage.evidence], fix });
      return;
    }

    const sentFrom = signOff.find((i) => isSentFromLine(lines[i].text));
    if (sentFrom !== undefined) {
      const line = squash(lines[sentFrom].text);
      context.report({ messageId: "mobileOnly", data: { ...data, line: shorten(line, 40) }, evidence: [lineEvidence(body.text, lines[sentFrom])], fix });
      return;
    }

    const end = authored.length ? authored[authored.length - 1].end : body.newText.end;
    context.report({
      messageId: draft.flags.signatureInserted ? "removed" : "missing",
      data,
      evidence: [{ field: "body", excerpt: "(no approved signature)", start: end, end }],
      fix,
    });
  },
});

/** The sender's last lines, where a damaged signature would be. */
function tailWindow(lines: readonly SigLine[]): Window {
  return windowOf(lines, Math.max(0, lines.length - TAIL_LINES), lines.length);
}

function describeKinds(kinds: ReadonlySet<PersonalKind>): string {
  const words = (["social", "quote", "emoji", "mobile"] as const).filter((k) => kinds.has(k)).map((k) => PERSONAL_WORDS[k]);
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * The lines of the sender's sign-off: the signature zone when the body reader found one,
 * otherwise the last six non-empty lines.
 */
function signOffLines(lines: readonly SigLine[], signatureStart: number): number[] {
  const out: number[] = [];
  if (signatureStart >= 0) {
    for (let i = 0; i < lines.length && out.length < 40; i++) if (lines[i].start >= signatureStart) out.push(i);
    if (out.length) return out;
  }
  for (let i = Math.max(0, lines.length - 6); i < lines.length; i++) out.push(i);
  return out;
}
