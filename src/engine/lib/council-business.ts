import type { Evidence, TextSlice } from "../rule";
import type { Sentence } from "../text";
import { escapeRegExp, squash } from "../text";

/**
 * Helpers shared by the rules that read what a sender asks, agrees or commits to
 * (`reply-all`, `councillor-instruction`). Pure, ES2016-safe and linear in the text's length.
 */

/**
 * Straighten typographic quotes and dashes, one character for one, so that offsets found in
 * the result are offsets in the original. Outlook turns `I've` into `I’ve` as people type.
 */
export function straighten(s: string): string {
  return s.replace(/[\u2018\u2019\u201b`\u00b4\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"').replace(/[\u2013\u2014\u2212]/g, "-");
}

/** The longest excerpt of a sentence shown as evidence. */
const MAX_EXCERPT = 160;

/** Evidence pointing at a whole sentence of the body, shortened for display when very long. */
export function sentenceEvidence(sentence: Sentence): Evidence {
  const text = squash(sentence.text);
  const shown = text.length > MAX_EXCERPT ? text.slice(0, MAX_EXCERPT - 1).replace(/\s+\S*$/, "") + "…" : text;
  return { field: "body", excerpt: shown, start: sentence.start, end: sentence.end };
}

/** A case-insensitive, whole-word pattern for a list of admin-supplied phrases (or null when empty). */
export function phraseList(phrases: readonly string[]): RegExp | null {
  const parts = phrases
    .map((p) => straighten(p).trim().toLowerCase())
    .filter(Boolean)
    .map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+"));
  if (parts.length === 0) return null;
  return new RegExp(`(?:^|[^A-Za-z0-9])(?:${parts.join("|")})(?![A-Za-z0-9])`, "i");
}

/**
 * Does the sentence put the matter to the council's proper process (an agenda, a meeting)?
 * Asking for an agenda item, or saying a decision will be taken at a meeting, is how
 * councillors are meant to act.
 */
export const TO_A_MEETING = /\b(?:agenda|agendas|agendum|next\s+meeting|(?:council|committee|full\s+council|the|a|our|this|that|tuesday's|monday's|wednesday's|thursday's|friday's)\s+meeting|at\s+(?:the\s+)?(?:next\s+)?(?:full\s+council|committee|council)\b)/i;

/**
 * How much of the sender's own text these rules read. Real messages are far shorter (this is
 * some 5,000 words); past it, a body is almost always pasted or unrecognised history, and
 * reading on would only cost time at Send.
 */
export const MAX_AUTHORED_CHARS = 30000;

/** The first `max` characters of the slices, cut at the limit, offsets unchanged. */
export function firstChars(slices: readonly TextSlice[], max = MAX_AUTHORED_CHARS): TextSlice[] {
  const out: TextSlice[] = [];
  let left = max;
  for (const slice of slices) {
    if (left <= 0) break;
    if (slice.text.length <= left) {
      out.push(slice);
      left -= slice.text.length;
    } else {
      out.push({ ...slice, end: slice.start + left, text: slice.text.slice(0, left) });
      left = 0;
    }
  }
  return out;
}
