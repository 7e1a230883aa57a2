import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import type { Evidence, Fix, Recipient, TextSlice } from "../rule";
import { createRule } from "../rule";
import { WORD_CHARS, escapeRegExp, excerpt, squash } from "../text";
import { quotedSegments, segmentAt, wroteSegment, type QuotedSegment } from "../lib/quoted-authors";
import { sentenceAfter, sentenceAround, sentenceBefore } from "../lib/sentence-window";

/**
 * The words councils and their partners use to mark material that must not go outside:
 * protective markings, the Local Government Act 1972's exempt information and Part 2 business,
 * legal privilege, commercial confidence. Each hook is judged by the words around it below.
 */
const HOOKS = [
  "commercial(?:ly)?\\s{1,3}(?:in\\s{1,3}confidence|confidential|sensitive)",
  "confidential(?:ly)?",
  "in\\s{1,3}(?:the\\s{1,3})?(?:strict(?:est)?\\s{1,3}|complete\\s{1,3}|total\\s{1,3}|absolute\\s{1,3}|utmost\\s{1,3})?confidence",
  "official[\\s\\-\\u2010-\\u2014]{1,3}sensitive",
  "not\\s{1,3}for\\s{1,3}(?:publication|(?:(?:wider|public|onward|general|external|further)\\s{1,3})?(?:circulation|distribution))",
  "exempt",
  "schedule\\s{0,3}12\\s{0,2}a",
  "legally\\s{1,3}privileged",
  "legal\\s{1,3}(?:professional\\s{1,3})?privilege",
  "part[\\s\\-]{0,2}(?:2|ii|two|b)",
  "pt\\.?\\s{0,2}(?:2|ii)",
  "(?:closed|private)\\s{1,3}session",
  "(?:closed|private)\\s{1,3}(?:part|section)\\s{1,3}of\\s{1,3}the\\s{1,3}(?:meeting|agenda)",
];

/** How many candidate words one search judges before giving up (see `findMarkers`). */
const MAX_CANDIDATES = 20000;

const HOOK = new RegExp(`(?:^|[^${WORD_CHARS}])(${HOOKS.join("|")})(?![${WORD_CHARS}])`, "gi");

/** "confidential" used of a service or an activity, not of material: "confidential waste". */
const CONFIDENTIAL_NOT_MATERIAL =
  /^[\s,]{1,3}(?:waste|shredding|shredder|bins?|sacks?|bags?|disposal|destruction|helpline|hotline|line|phone\s{1,3}line|reporting|service|services|advice|advisers?|counselling|support|listening|chat|conversation|call|enquiry\s{1,3}line|whistle-?blowing|nature\s{1,3}of\s{1,3}the\s{1,3}business|free\s{1,3}(?:and|service|advice|support|help)|and\s{1,3}(?:free|impartial|independent|non-judgemental))\b/i;

/** Words that say something is not (or no longer) confidential: "non-confidential", "not exempt". */
const NEGATED_BEFORE =
  /(?:\b(?:no|without)\s{1,3}(?:more\s{1,3}|further\s{1,3}|other\s{1,3})?|\bnon[\s\-\u2010-\u2014]{0,2}|\bnot\s{1,3}(?:[a-z]+\s{1,3})?|\bno\s{1,3}longer\s{1,3}(?:[a-z]+\s{1,3})?|\bnothing\s{1,3}(?:[a-z]+\s{1,3}){0,5}|\b(?:isn|aren|wasn|weren)['’]t\s{1,3}(?:[a-z]+\s{1,3})?|\bneither\s{1,3}|\bfree\s{1,3}(?:and|&|,)\s{0,3}|\bfree,\s{1,3})$/i;

/** A promise to the reader about their own information: "your details will be kept confidential". */
const REASSURANCE_BEFORE =
  /\b(?:will|shall|would|is|are|be|being|been|always)\s{1,3}(?:[a-z]+\s{1,3}){0,2}?(?:kept|treated|held|handled|stored|processed|dealt\s{1,3}with|remain|remains|stay|stays|keep|treat|hold|handle)\s{1,3}(?:[a-z'’]+\s{1,3}){0,3}$/i;
const REASSURANCE_SUBJECT =
  /\b(?:your|you|yours|any|all|personal|their|responses?|comments?|replies|feedback|submissions?|details|identity|identities|names?|data|complainants?|whistle-?blowers?|concerns?|survey|questionnaire|consultation)\b/i;

/** The sender saying they cannot pass something on: "I'm afraid I cannot share the Part 2 report". */
const REFUSAL =
  /\b(?:cannot|can['’]?t|can\s{1,3}not|unable\s{1,3}to|not\s{1,3}able\s{1,3}to|not\s{1,3}in\s{1,3}a\s{1,3}position\s{1,3}to|not\s{1,3}permitted\s{1,3}to|not\s{1,3}allowed\s{1,3}to|(?:i|we|council|clerk)\s{1,3}(?:do|does|will|would|must|should|may)\s{1,3}not|(?:i|we)\s{1,3}(?:don['’]?t|won['’]?t|never|wouldn['’]?t|shouldn['’]?t|mustn['’]?t))\s{1,3}(?:[a-z]+\s{1,3}){0,3}?(?:shar|disclos|releas|provid|send|sent|forward|discuss|comment|giv|circulat|publish|divulg|reveal|pass|cop|say|tell|go\s{1,3}into|make\s{1,3}(?:it|this|them)\s{1,3}(?:public|available))/i;

/** Material kept back, as in a Freedom of Information response: "exempt under section 43 and withheld". */
const WITHHELD =
  /\b(?:withh[eo]ld\w*|redact\w*|(?:(?:will|would|can|could|cannot)\s{1,3}not\s{1,3}be|won['’]t\s{1,3}be|(?:has|have)\s{1,3}not\s{1,3}been|never\s{1,3}(?:be|been))\s{1,3}(?:disclosed|released|published|shared|circulated|made\s{1,3}public)|exempt\s{1,3}from\s{1,3}disclosure|refus\w*\s{1,3}(?:to\s{1,3})?(?:disclose|release))\b/i;

/** The wording of email disclaimers, which mention confidentiality in every message. */
const DISCLAIMER =
  /\b(?:to\s{1,3}whom\s{1,3}(?:it|they)\s{1,3}(?:is|are)\s{1,3}addressed|exclusive\s{1,3}use|intended\s{1,3}recipient|named\s{1,3}recipient|addressee|received\s{1,3}(?:this|it|the\s{1,3}(?:e-?mail|message))\s{1,3}(?:\w+\s{1,3})?in\s{1,3}error|if\s{1,3}you\s{1,3}are\s{1,3}not\s{1,3}the|notify\s{1,3}the\s{1,3}sender|(?:may|might|could)\s{1,3}(?:also\s{1,3})?(?:contain|include|be)\s{1,3}(?:confidential|privileged|legally|sensitive|protectively)|intended\s{1,3}(?:solely|only|exclusively)\s{1,3}for\s{1,3}(?:the\s{1,3})?(?:use\s{1,3}of\s{1,3}(?:the\s{1,3})?)?(?:individual|person|named|addressee|recipient|entity|organisation|organization)|unauthori[sz]ed\s{1,3}(?:use|disclosure|copying|dissemination|review)|disclaimer|any\s{1,3}views\s{1,3}(?:or\s{1,3}opinions\s{1,3})?expressed|e-?mail\s{1,3}(?:communications?\s{1,3})?(?:is|are)\s{1,3}(?:not\s{1,3}secure|monitored))/i;

/** A one-line footer in a signature: "This email is private and confidential." */
const FOOTER =
  /^[\s*_-]{0,5}(?:(?:please\s{1,3})?note:?\s{1,3})?(?:this|the)\s{1,3}(?:e-?mail|message|communication|transmission|correspondence)\b[^.!?\n]{0,80}?\b(?:is|are|may\s{1,3}be)\s{1,3}(?:private\s{1,3}(?:and|&)\s{1,3}|strictly\s{1,3})?confidential\s{0,3}[.!]?[\s*_-]{0,5}$/i;

/** What must follow "Part 2" for it to be agenda business, not a part of a form or an Act. */
const PART_CONTEXT_AFTER =
  /^[\s\-\u2010-\u2014:,()'"‘’“”]{0,6}(?:(?:of|the|a|an|this|confidential|exempt|agenda|private|closed|staffing)\s{1,3}){0,3}(?:items?|agenda|minutes|reports?|session|business|matters?|papers?|exempt|confidential|closed|private|discussion|meeting|section\s{1,3}of\s{1,3}the\s{1,3}(?:agenda|meeting)|decisions?|resolutions?)(?![A-Za-z])/i;
const PART_CONTEXT_BEFORE =
  /\b(?:discuss\w*|consider\w*|taken|take|takes|taking|dealt|deal|deals|heard|hear|held|debat\w*|mov\w*|go|goes|went|going|gone|resolv\w*|exclud\w*|agreed|decided|report\w*|rais\w*|put|placed|listed|remain\w*|kept|covered)\s{1,3}(?:[a-z]+\s{1,3}){0,2}(?:in|into|under|as|during|for|at)\s{1,3}(?:a\s{1,3}|the\s{1,3})?$/i;
/** The cheap test before {@link PART_CONTEXT_BEFORE}: "… in (a|the) " just before. */
const PART_TAIL_BEFORE = /(?:in|into|under|as|during|for|at)\s{1,3}(?:a\s{1,3}|the\s{1,3})?$/i;
/** A heading line "PART 2" followed by the business that excludes the public. */
const PART_HEADING_NEXT = /confidential|exempt|press\s{1,3}and\s{1,3}(?:the\s{1,3})?public|exclusion|closed|private/i;

const EXEMPT_CONTEXT_AFTER =
  /^\s{1,3}(?:items?|reports?|business|matters?|information|minutes|session|papers?|appendix|appendices|annexe?s?|category|under\s{1,3}(?:paragraph|para|schedule|section|part)|by\s{1,3}virtue\s{1,3}of\s{1,3}paragraph)(?![A-Za-z])/i;

const PRIVILEGE_BEFORE = /\b(?:subject\s{1,3}to|protected\s{1,3}by|covered\s{1,3}by|attracts?|benefits?\s{1,3}from|claim(?:ing)?|waive\w*|under)\s{1,3}$/i;

/** "in confidence" after words of growth or loss is about morale: "grown in confidence". */
const CONFIDENCE_MORALE_BEFORE =
  /\b(?:grow|grew|grown|growing|grows|gain|gained|gaining|gains|increase|increased|increasing|increases|rise|rises|rising|rose|boost|boosted|drop|drops|fall|falls|fell|decline|declines|dip|surge|jump|growth|loss|lost|improvement|improve|improved|improving|change|changes|shift|knock|blow|uplift|lack|build|building|built|renewed|greater|more|less|grows)\s{1,3}$/i;

/** Personal mail services: two addresses there are two people, not one organisation. */
const PERSONAL_MAIL = new Set([
  "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "outlook.co.uk", "live.com", "live.co.uk",
  "msn.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "aol.co.uk",
  "btinternet.com", "btopenworld.com", "sky.com", "talktalk.net", "virginmedia.com", "ntlworld.com", "blueyonder.co.uk",
  "tiscali.co.uk", "protonmail.com", "proton.me", "gmx.com", "gmx.co.uk", "mail.com", "zoho.com", "fastmail.com",
]);

/** Are these the words of this recipient, or of a colleague at the same organisation? */
function theirs(segment: QuotedSegment, r: Recipient): boolean {
  if (wroteSegment(segment, r)) return true;
  const at = segment.address.lastIndexOf("@");
  if (at < 0 || !r.domain || PERSONAL_MAIL.has(r.domain)) return false;
  return segment.address.slice(at + 1) === r.domain;
}

function recipientLabel(r: Recipient): string {
  return r.address || r.name;
}

function who(outside: readonly Recipient[]): string {
  const first = recipientLabel(outside[0]);
  if (outside.length === 1) return first;
  return `${first} and ${outside.length - 1} other${outside.length > 2 ? "s" : ""}`;
}

interface Marker {
  start: number;
  end: number;
  text: string;
}

/**
 * Find protective markings in `text[from, to)`. `fileName` relaxes the sentence tests, which
 * mean nothing in a file name, and lets "Part 2" stand at the start of the name alone.
 */
function findMarkers(text: string, from: number, to: number, fileName = false, limit = 1, skip?: (m: Marker) => boolean): Marker[] {
  const out: Marker[] = [];
  const region = text.slice(from, to);
  HOOK.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Real mail has a few hundred candidate words at most; a body stuffed with them is cut short
  // here so that the check stays quick, whatever it is sent.
  let budget = MAX_CANDIDATES;
  while ((m = HOOK.exec(region)) !== null && out.length < limit && budget-- > 0) {
    const hook = m[1];
    const start = from + m.index + m[0].length - hook.length;
    const end = start + hook.length;
    const marker = { start, end, text: squash(hook) };
    if (isMarker(text, marker, from, to, fileName) && !(skip && skip(marker))) out.push(marker);
  }
  return out;
}

/** Is this "Part 2" (II, B) agenda business, rather than a part of a form, a plan or an Act? */
function isPartBusiness(text: string, start: number, end: number, from: number, to: number, before: string, after: string, fileName: boolean): boolean {
  if (PART_CONTEXT_AFTER.test(after)) return true;
  if (fileName) {
    if (/^\s{0,3}(?:of|form|application|plan|planning|local|neighbourhood|questionnaire|survey|building|regs|regulations)\b/i.test(after)) return false;
    return before.trim() === "" || /(?:agenda|minutes|item|exempt|confidential|closed)\s*$/i.test(before);
  }
  if (PART_TAIL_BEFORE.test(before.slice(-16)) && PART_CONTEXT_BEFORE.test(before) && !/^\s{0,3}of\b/i.test(after)) return true;
  // A heading line of its own ("PART 2") followed by the exclusion of the press and public.
  // Only a short look either side: a heading is a short line.
  const back = text.slice(Math.max(from, start - 40), start);
  const nlBack = back.lastIndexOf("\n");
  const lineBefore = nlBack >= 0 ? back.slice(nlBack + 1) : start - 40 <= from ? back : "x";
  const ahead = text.slice(end, Math.min(to, end + 40));
  const nlAhead = ahead.indexOf("\n");
  const lineAfter = nlAhead >= 0 ? ahead.slice(0, nlAhead) : end + 40 >= to ? ahead : "x";
  const isHeading = lineBefore.trim() === "" && lineAfter.replace(/^[\s\-\u2010-\u2014:]+/, "").trim() === "";
  return isHeading && PART_HEADING_NEXT.test(text.slice(end, Math.min(to, end + 160)));
}

function isMarker(text: string, marker: Marker, from: number, to: number, fileName: boolean): boolean {
  const { start, end } = marker;
  const hook = marker.text.toLowerCase();
  const before = text.slice(Math.max(from, start - 80), start);
  const after = text.slice(end, Math.min(to, end + 80));

  if (/^(?:part|pt)/.test(hook) && !isPartBusiness(text, start, end, from, to, before, after, fileName)) return false;
  if (hook === "exempt") {
    const bracketed = /[(\[]\s{0,2}$/.test(before) && /^\s{0,2}[)\]]/.test(after);
    if (!bracketed && !EXEMPT_CONTEXT_AFTER.test(after) && !(fileName && before.trim() === "")) return false;
  }
  if (hook.startsWith("legal ") && !fileName && !PRIVILEGE_BEFORE.test(before)) return false;
  // "a private session with the personal trainer" is not the council meeting in private.
  if (/^private\s+session/.test(hook) && !fileName && !/\b(?:in|into)\s{1,3}(?:a\s{1,3}|the\s{1,3})?$/i.test(before)) return false;
  if (hook.startsWith("confidential")) {
    if (hook === "confidentially" && !fileName) {
      // "Confidentially, …" opening a sentence, or "speaking/told … confidentially".
      const opening = /(?:^|[.!?:]\s{1,3}|\n\s{0,3})$/.test(before) && /^\s{0,2},/.test(after);
      if (!opening && !/\b(?:speaking|told|tell|telling|shared|sharing|say|saying)\s{1,3}$/i.test(before)) return false;
    }
    if (CONFIDENTIAL_NOT_MATERIAL.test(after)) return false;
  }
  if (hook.startsWith("in ") && (CONFIDENCE_MORALE_BEFORE.test(before) || /^[-\u2010-\u2014]/.test(after))) return false;
  return inMarkingContext(text, marker, from, to, fileName);
}

/** The tests every marking must pass, whatever its words: not negated, refused or a disclaimer. */
function inMarkingContext(text: string, marker: Marker, from: number, to: number, fileName: boolean): boolean {
  const { start, end } = marker;
  const hook = marker.text.toLowerCase();
  const before = text.slice(Math.max(from, start - 80), start);
  if (NEGATED_BEFORE.test(before)) return false;
  if (fileName) return true;

  // Judge by the sentence: a promise to the reader, a refusal, or a disclaimer is no marking.
  const sentence = sentenceAround(text, start, end, from, to);
  const words = text.slice(sentence.start, sentence.end);
  if (/^(?:confidential|in )/.test(hook) && REASSURANCE_BEFORE.test(before) && REASSURANCE_SUBJECT.test(text.slice(sentence.start, start))) return false;
  if (REFUSAL.test(words) || WITHHELD.test(words)) return false;
  if (DISCLAIMER.test(words)) return false;
  const previous = sentenceBefore(text, sentence, from);
  if (DISCLAIMER.test(text.slice(previous.start, previous.end))) return false;
  const next = sentenceAfter(text, sentence, to);
  return !DISCLAIMER.test(text.slice(next.start, next.end));
}

/** Spans of every copy of the waiver clause in the text (white space and apostrophes flexible). */
function waiverCopies(text: string, waiver: string, from: number, to: number): { start: number; end: number }[] {
  const words = waiver.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const re = new RegExp(words.map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join("\\s{1,20}"), "gi");
  const region = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(region)) !== null) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Split a slice around holes (sorted, non-overlapping). */
function cut(slice: TextSlice, holes: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = slice.start;
  for (const h of holes) {
    if (h.end <= at || h.start >= slice.end) continue;
    if (h.start > at) out.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < slice.end) out.push({ start: at, end: slice.end });
  return out;
}

/** A file name as words: "Part_2-Staffing.Report.pdf" reads "Part 2 Staffing Report". */
function fileNameWords(name: string): string {
  return name
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_\-.+~]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const LABEL_MARKED = /\b(?:confidential|sensitive|secret|restricted|privileged|private|internal|protect(?:ed)?)\b/i;
const LABEL_OPEN = /^(?:public|general|unrestricted|non-business|personal|official|unclassified|not\s+protectively\s+marked)$/i;

export default createRule({
  meta: {
    id: "confidential-marker",
    description: "Material marked confidential (or exempt, Part 2, privileged) must not go to anyone outside the council.",
    defaultSeverity: "block",
    defaultClause: CLAUSES.confidential,
    messages: {
      markedSubject: 'The subject says "{marker}" and the email is going to {who}, outside the council. Remove those recipients unless it may be shared.',
      markedBody: 'Your message says "{marker}" and is going to {who}, outside the council. Remove the confidential material or those recipients.',
      markedQuoted: 'The earlier messages below say "{marker}" and would go to {who}, outside the council. Delete that history or remove those recipients.',
      markedAttachment: 'The attachment "{name}" looks confidential and would go to {who}, outside the council. Remove the attachment or those recipients.',
      labelled: 'This email is labelled "{label}" and is going to {who}, outside the council. Remove those recipients, or change the label if it may be shared.',
    },
    options: z.strictObject({
        /** Trusted partner domains are still other organisations: confidential material sent there leaves the council. */
        trustedCountAsExternal: z._default(z.boolean(), true),
        /** Extra markings the council uses, matched as whole words anywhere (e.g. "Staff in confidence"). */
        extraMarkers: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))).check(z.maxLength(100)), []),
        /** Sensitivity labels that mark confidential material, beyond those whose names say so. */
        labels: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(50)), []),
        /** Sensitivity labels that never count, e.g. a tenant's "Official" or "Published". */
        openLabels: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(50)), []),
        /** Look in the quoted history of replies and forwards too: forwarding it discloses it. */
        checkQuoted: z._default(z.boolean(), true),
      }),
    fixes: ["remove-recipient"],
  },
  check(context) {
    const { draft, body, options, policy } = context;
    const outside = context.recipients.filter((r) => r.kind === "external" || (options.trustedCountAsExternal && r.kind === "trusted"));
    if (outside.length === 0) return;

    const data = { who: who(outside) };
    const recipientEvidence: Evidence[] = outside.slice(0, 3).map((r) => ({ field: r.field, excerpt: recipientLabel(r), index: r.index }));
    // With one outside recipient among council colleagues, taking them off is a clean fix.
    let fix: Fix | undefined;
    if (outside.length === 1 && context.recipients.length > 1) {
      fix = { kind: "remove-recipient", field: outside[0].field, address: outside[0].address };
    }
    const withFix = fix ? { fix } : {};

    const extra = options.extraMarkers.length
      ? new RegExp(`(?:^|[^${WORD_CHARS}])(${options.extraMarkers.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s{1,5}")).join("|")})(?![${WORD_CHARS}])`, "gi")
      : null;
    const findExtra = (text: string, from: number, to: number, fileName: boolean, skip?: (m: Marker) => boolean): Marker | null => {
      if (!extra) return null;
      const region = text.slice(from, to);
      extra.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = extra.exec(region)) !== null) {
        const start = from + m.index + m[0].length - m[1].length;
        const marker = { start, end: start + m[1].length, text: squash(m[1]) };
        if (inMarkingContext(text, marker, from, to, fileName) && !(skip && skip(marker))) return marker;
      }
      return null;
    };
    const first = (text: string, from: number, to: number, fileName = false, skip?: (m: Marker) => boolean): Marker | null => {
      const found = findMarkers(text, from, to, fileName, 1, skip)[0] ?? null;
      const more = findExtra(text, from, to, fileName, skip);
      if (more && (!found || more.start < found.start)) return more;
      return found;
    };

    // The sensitivity label the sender (or the tenant) has applied.
    const label = draft.sensitivityLabel?.trim();
    if (label) {
      const lower = label.toLowerCase();
      const open = LABEL_OPEN.test(label) || options.openLabels.some((l) => l.toLowerCase() === lower);
      const marked = options.labels.some((l) => l.toLowerCase() === lower) || LABEL_MARKED.test(label);
      if (!open && marked) {
        context.report({
          messageId: "labelled",
          data: { ...data, label },
          // The evidence model has no field for labels: point at the subject, without offsets.
          evidence: [{ field: "label", excerpt: label }, ...recipientEvidence],
          ...withFix,
        });
      }
    }

    let segments: QuotedSegment[] | null = null;
    const segmentsOf = (): QuotedSegment[] => {
      if (!body.quoted) return [];
      segments = segments ?? quotedSegments(body.text, body.quoted.start, body.quoted.end);
      return segments;
    };
    /** Did every outside recipient write a quoted message containing these words? Then it is theirs. */
    const theirOwn = (words: string): boolean => {
      const needle = words.toLowerCase();
      return outside.every((r) => segmentsOf().some((seg) => theirs(seg, r) && body.text.slice(seg.start, seg.end).toLowerCase().includes(needle)));
    };

    const subject = draft.subject;
    const inSubject = subject ? first(subject, 0, subject.length) : null;
    // A reply keeps the subject of the message answered: if the outside recipients wrote it, it is theirs.
    const inheritedSubject = inSubject !== null && /^\s*(?:re|aw|antw|sv|vs)\s*:/i.test(subject) && theirOwn(inSubject.text);
    if (inSubject && !inheritedSubject) {
      context.report({
        messageId: "markedSubject",
        data: { ...data, marker: inSubject.text },
        evidence: [{ field: "subject", excerpt: excerpt(subject, inSubject.start, inSubject.end, 60), start: inSubject.start, end: inSubject.end }, ...recipientEvidence],
        ...withFix,
      });
    }

    draft.attachments.forEach((attachment, index) => {
      if (attachment.isInline) return;
      const words = fileNameWords(attachment.name);
      if (words && first(words, 0, words.length, true)) {
        context.report({
          messageId: "markedAttachment",
          data: { ...data, name: attachment.name },
          evidence: [{ field: "attachment", excerpt: attachment.name, index }, ...recipientEvidence],
          ...withFix,
        });
      }
    });

    // The sender's own words (the waiver clause is already cut out of these slices).
    const authored = context.slices(["new", "signature"]);
    /** Has the sender written nothing after this offset (the waiver clause aside)? */
    const lastWords = (at: number): boolean => authored.every((a) => a.end <= at || body.text.slice(Math.max(a.start, at), a.end).trim() === "");
    for (const slice of authored) {
      // "This email is private and confidential." standing alone in the signature, or as the
      // last line the sender wrote, is their standing footer, not a marking.
      const footer = (m: Marker): boolean => {
        const sentence = sentenceAround(body.text, m.start, m.end, slice.start, slice.end);
        if (!FOOTER.test(body.text.slice(sentence.start, sentence.end))) return false;
        return slice.zone === "signature" || lastWords(sentence.end);
      };
      const found = first(body.text, slice.start, slice.end, false, footer);
      if (found) {
        context.report({
          messageId: "markedBody",
          data: { ...data, marker: found.text },
          evidence: [{ field: "body", excerpt: excerpt(body.text, found.start, found.end), start: found.start, end: found.end }, ...recipientEvidence],
          ...withFix,
        });
        break;
      }
    }

    if (!options.checkQuoted || !body.quoted) return;
    // The quoted history, less any copy of the council's own waiver clause, and less what an
    // outside recipient wrote themselves: sending someone their own words back discloses nothing.
    const quoted = context.slices(["quoted"], { includeWaiver: true });
    const ownWords = (m: Marker): boolean => {
      const segment = segmentAt(segmentsOf(), m.start);
      return segment !== undefined && outside.every((r) => theirs(segment, r));
    };
    for (const slice of quoted) {
      const holes = waiverCopies(body.text, policy.waiver.text, slice.start, slice.end);
      for (const part of cut(slice, holes)) {
        const found = first(body.text, part.start, part.end, false, ownWords);
        if (found) {
          context.report({
            messageId: "markedQuoted",
            data: { ...data, marker: found.text },
            evidence: [{ field: "body", excerpt: excerpt(body.text, found.start, found.end), start: found.start, end: found.end }, ...recipientEvidence],
            ...withFix,
          });
          return;
        }
      }
    }
  },
});
