import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import {
  DEFAULT_ACRONYMS,
  DEFAULT_CAPS_PHRASES,
  LOWER_CASE_TEXT_SPEAK,
  REPEATED_PUNCTUATION,
  TEXT_SPEAK,
  findShouting,
  findTextSpeak,
  isRed,
  phrasesPattern,
  textSpeakPattern,
  type CapsOptions,
} from "../lib/business-language";
import { createRule, type Evidence, type EvidenceField, type TextSlice } from "../rule";
import { approvedSignature } from "../signature";
import { excerpt, fold, squash } from "../text";

/** Findings list at most this many places each. */
const MAX_EVIDENCE = 10;
/**
 * How much of the sender's own text is read (characters). Nobody writes more than this in one
 * email; a pasted document beyond it is not judged, which keeps a huge body fast.
 */
const MAX_TEXT = 100_000;
/** A red line in the sign-off this short is a name, a logo or a council name, not emphasis. */
const SIGN_OFF_WORDS = 8;
/** The sender says the red is for their answers ("my comments are in red below"). */
const RED_ANNOTATION = /\b(?:in|marked|shown|highlighted|written|typed|coloured|colored|are)\s{1,3}(?:in\s{1,3})?red\b|\bred\s{1,3}(?:text|font|ink)\b/i;

const INHERITED_SUBJECT = /^\s{0,5}(?:re|fw|fwd|aw|wg|sv|vs|tr|antw)\s{0,2}(?:\[[0-9]{1,3}\])?\s{0,2}:/i;

const words = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(1000));

const options = z.strictObject({
  minCapsWords: z._default(z.int().check(z.minimum(2), z.maximum(20)), 3).check(z.describe("How many capitalised words in a row count as shouting")),
  maxHeadingWords: z
    ._default(z.int().check(z.minimum(0), z.maximum(30)), 12)
    .check(z.describe("A line in capitals of at most this many words, with no sentence words, is a heading (AGENDA, NOTICE OF MEETING)")),
  allowedAcronyms: z._default(words, []).check(z.describe("More acronyms written in capitals, besides NALC, GDPR, CIL, AGM and the like")),
  allowedCapsPhrases: z._default(words, []).check(z.describe("More conventional phrases in capitals, besides NOTICE IS HEREBY GIVEN and the like")),
  extraTextSpeak: z._default(words, []).check(z.describe("More text-speak words to report")),
  allowedTextSpeak: z._default(words, []).check(z.describe("Text-speak words not to report")),
  redText: z._default(z.boolean(), true).check(z.describe("Report red text used for emphasis")),
  repeatedPunctuation: z._default(z.boolean(), true).check(z.describe("Report !! ?? and ?!")),
  subject: z._default(z.boolean(), true).check(z.describe("Check the subject line too")),
});

type Options = z.infer<typeof options>;

interface Line {
  text: string;
  start: number;
  zone: TextSlice["zone"] | "subject";
}

/** The slices' lines, as far as `MAX_TEXT` characters in all (a longer line is cut short). */
function linesOf(slices: readonly TextSlice[]): Line[] {
  const out: Line[] = [];
  let budget = MAX_TEXT;
  for (const s of slices) {
    let at = 0;
    while (at <= s.text.length && budget > 0) {
      let nl = s.text.indexOf("\n", at);
      if (nl < 0) nl = s.text.length;
      if (nl > at) {
        const text = s.text.slice(at, Math.min(nl, at + budget));
        out.push({ text, start: s.start + at, zone: s.zone });
        budget -= text.length;
      }
      budget--;
      at = nl + 1;
    }
  }
  return out;
}

function shorten(s: string, max = 40): string {
  const t = squash(s);
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

interface Hit {
  field: EvidenceField;
  start: number;
  end: number;
}

function capsOptions(o: Options): CapsOptions {
  return {
    minCapsWords: o.minCapsWords,
    maxHeadingWords: o.maxHeadingWords,
    acronyms: new Set([...DEFAULT_ACRONYMS, ...o.allowedAcronyms.map((a) => a.toUpperCase().replace(/['’-]/g, ""))]),
    phrases: phrasesPattern([...DEFAULT_CAPS_PHRASES, ...o.allowedCapsPhrases]),
    cache: new Map(),
  };
}

export default createRule({
  meta: {
    id: "business-language",
    description: "Business language: no shouting in capitals, red text for emphasis, text-speak or runs of !!! and ???.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.businessLanguage,
    messages: {
      shouting: "Capitals read as shouting (\"{example}\"). Write in sentence case, as the council's policy asks.",
      redText: "Avoid red text to emphasise points (\"{example}\"). Use plain text and explain why the point matters.",
      textSpeak: "Write \"{example}\" out in full: council email must use business language, not text-speak.",
      repeatedPunctuation: "Avoid repeated punctuation (\"{example}\"). A single full stop, ! or ? is enough in business email.",
    },
    options,
    fixes: [],
  },
  check(context) {
    const { draft, body, policy } = context;
    const o = context.options;
    const caps = capsOptions(o);
    const allowed = new Set(o.allowedTextSpeak.map((w) => w.toLowerCase()));
    const speakWords = [...TEXT_SPEAK, ...LOWER_CASE_TEXT_SPEAK, ...o.extraTextSpeak].filter((w) => !allowed.has(w.toLowerCase()));
    const speakPattern = textSpeakPattern(speakWords);
    const lowerOnly = new Set(LOWER_CASE_TEXT_SPEAK);

    const slices = context.slices(["new", "signature"]);
    const lines: Line[] = linesOf(slices);
    // A reply's or forward's subject ("RE: HELP!!!") was written by someone else.
    if (o.subject && draft.subject && !INHERITED_SUBJECT.test(draft.subject)) lines.unshift({ text: draft.subject, start: 0, zone: "subject" });

    const shouts: Hit[] = [];
    const speak: Hit[] = [];
    const bangs: Hit[] = [];
    for (const line of lines) {
      const field: EvidenceField = line.zone === "subject" ? "subject" : "body";
      if (shouts.length < MAX_EVIDENCE) {
        const shout = findShouting(line.text, line.start, caps);
        if (shout) shouts.push({ field, ...shout });
      }
      if (speak.length < MAX_EVIDENCE) {
        for (const t of findTextSpeak(line.text, line.start, speakPattern, lowerOnly, MAX_EVIDENCE - speak.length)) speak.push({ field, start: t.start, end: t.end });
      }
      if (o.repeatedPunctuation && bangs.length < MAX_EVIDENCE) {
        REPEATED_PUNCTUATION.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = REPEATED_PUNCTUATION.exec(line.text)) !== null && bangs.length < MAX_EVIDENCE) {
          if (inLink(line.text, m.index)) continue;
          bangs.push({ field, start: line.start + m.index, end: line.start + m.index + m[0].length });
        }
      }
    }

    const textOf = (h: Hit): string => (h.field === "subject" ? draft.subject : body.text);
    const evidence = (hits: readonly Hit[]): Evidence[] =>
      hits.slice(0, MAX_EVIDENCE).map((h) => ({ field: h.field, excerpt: excerpt(textOf(h), h.start, Math.min(h.end, h.start + 80)), start: h.start, end: h.end }));
    const example = (h: Hit): string => shorten(textOf(h).slice(h.start, h.end));

    if (shouts.length) context.report({ messageId: "shouting", data: { example: example(shouts[0]) }, evidence: evidence(shouts) });

    if (o.redText) {
      const reds = redText(context.slices(["new", "signature"]), body, policy, draft.from);
      if (reds.length) context.report({ messageId: "redText", data: { example: example(reds[0]) }, evidence: evidence(reds) });
    }

    if (speak.length) context.report({ messageId: "textSpeak", data: { example: example(speak[0]) }, evidence: evidence(speak) });
    if (bangs.length) context.report({ messageId: "repeatedPunctuation", data: { example: example(bangs[0]) }, evidence: evidence(bangs) });
  },
});

/** Is the character at `at` inside a web address ("…/page?id=1")? */
function inLink(line: string, at: number): boolean {
  // The word around it, looking back at most 300 characters (a long line stays linear).
  let from = at;
  while (from > 0 && at - from < 300 && !/\s/.test(line.charAt(from - 1))) from--;
  const word = line.slice(from, Math.min(line.length, at + 2));
  return /:\/\/|^www\./i.test(word) || (line.charAt(at - 1) !== " " && /[=&]/.test(line.charAt(at + 2)));
}

/**
 * Stretches of red text in the sender's own words. Not: red in the quoted history or the waiver,
 * a short red line in the sign-off or a line of the approved signature (a council name or logo
 * in the brand colour), or red the sender explains as their answers ("my comments in red").
 */
function redText(
  slices: readonly TextSlice[],
  body: { text: string; runs: readonly { start: number; end: number; color?: string }[] },
  policy: Parameters<typeof approvedSignature>[0],
  from: Parameters<typeof approvedSignature>[2],
): Hit[] {
  if (slices.some((s) => RED_ANNOTATION.test(s.text.length > 200_000 ? s.text.slice(0, 200_000) : s.text))) return [];
  const signatureLines = new Set<string>();
  for (const role of ["officer", "councillor"] as const) {
    for (const l of approvedSignature(policy, role, from).lines) if (l.missing.length === 0) signatureLines.add(fold(l.text));
  }
  const redCache = new Map<string, boolean>();
  const limit = slices.length ? slices[0].start + MAX_TEXT : 0;
  const breaks = lineBreaks(body.text, slices.length ? slices[0].start : 0, limit);
  const hits: Hit[] = [];
  let sliceIndex = 0;
  for (const run of body.runs) {
    if (!run.color) continue;
    let red = redCache.get(run.color);
    if (red === undefined) {
      red = isRed(run.color);
      redCache.set(run.color, red);
    }
    if (!red) continue;
    if (run.start > limit || hits.length >= MAX_EVIDENCE) break;
    while (sliceIndex < slices.length && slices[sliceIndex].end <= run.start) sliceIndex++;
    for (let i = sliceIndex; i < slices.length && slices[i].start < run.end; i++) {
      const s = slices[i];
      const start = Math.max(run.start, s.start);
      const end = Math.min(run.end, s.end);
      if (end <= start) continue;
      const piece = body.text.slice(start, end);
      // Red needs words: a red negative figure in a pasted budget is accounting, not emphasis.
      if (!/[A-Za-z\u00C0-\u024F]{2}/.test(piece)) continue;
      // A short line (found within a few hundred characters either side) may be a sign-off line.
      const line = lineAround(body.text, breaks, start, end);
      if (line !== null && signatureLines.has(fold(line))) continue;
      if (line !== null && s.zone === "signature" && squash(line).split(" ").length <= SIGN_OFF_WORDS && !/[!?]/.test(line)) continue;
      const trimmedStart = start + (piece.length - piece.trimStart().length);
      const trimmedEnd = end - (piece.length - piece.trimEnd().length);
      const last = hits[hits.length - 1];
      if (last && /^\s*$/.test(body.text.slice(last.end, trimmedStart))) last.end = trimmedEnd;
      else hits.push({ field: "body", start: trimmedStart, end: trimmedEnd });
    }
  }
  return hits;
}

/** Where the line breaks are in `text` from `from` up to `to` (and one beyond, if there is one). */
function lineBreaks(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let at = text.lastIndexOf("\n", from - 1);
  if (at >= 0) out.push(at);
  for (at = text.indexOf("\n", from); at >= 0; at = text.indexOf("\n", at + 1)) {
    out.push(at);
    if (at > to) break;
  }
  return out;
}

/** The whole line holding `[start, end)`, or null when the line is long (not a sign-off line). */
function lineAround(text: string, breaks: readonly number[], start: number, end: number): string | null {
  // The first break at or after `end`, by binary search; the one before it ends the previous line.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  const to = lo < breaks.length ? breaks[lo] : text.length;
  const from = lo > 0 && breaks[lo - 1] < start ? breaks[lo - 1] + 1 : lo === 0 ? 0 : -1;
  if (from < 0 || to - from > 600) return null;
  return text.slice(from, to);
}
