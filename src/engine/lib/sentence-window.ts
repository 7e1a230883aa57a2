/**
 * The sentence around a match, for rules that judge a phrase by the words near it. Used by the
 * confidential-marker, political-content and missing-attachment rules.
 *
 * A sentence ends at `.`, `!` or `?` followed by white space, at a blank line, and at a line
 * break after a short line (a heading, a signature line, an HTML paragraph). A long line that
 * ends without punctuation is taken to be hard-wrapped, so the sentence runs on to the next.
 */

/** A line at least this long, ending without punctuation, is hard-wrapped plain text. */
const WRAPPED_LINE = 60;
/** No sentence window reaches further than this from the match. */
const DEFAULT_CAP = 400;

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\u00a0";
}

/** Could a sentence end at this character (a cheap test before {@link endsAt})? */
function mayEnd(code: number): boolean {
  return code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 10 /* \n */;
}

/** Does a sentence end just after `text[i]`? */
function endsAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === "." || c === "!" || c === "?") return i + 1 >= text.length || isSpace(text[i + 1]);
  if (c !== "\n") return false;
  if (text[i + 1] === "\n" || text[i - 1] === "\n" || i < WRAPPED_LINE) return true;
  // A short line ends its sentence; look back no further than a wrapped line's length.
  for (let j = i - 1; j >= i - WRAPPED_LINE; j--) if (text.charCodeAt(j) === 10) return true;
  return false;
}

export interface Bounds {
  start: number;
  end: number;
}

/**
 * The sentence containing `[start, end)`, searched only within `[from, to)` and at most `cap`
 * characters either side. Offsets are into `text`.
 */
export function sentenceAround(text: string, start: number, end: number, from = 0, to = text.length, cap = DEFAULT_CAP): Bounds {
  let s = start;
  const lo = Math.max(from, start - cap);
  while (s > lo && !(mayEnd(text.charCodeAt(s - 1)) && endsAt(text, s - 1))) s--;
  let e = end;
  const hi = Math.min(to, end + cap);
  while (e < hi && !(mayEnd(text.charCodeAt(e)) && endsAt(text, e))) e++;
  if (e < hi) e++;
  return { start: s, end: e };
}

/** The sentence before the one given (empty when it starts the range). */
export function sentenceBefore(text: string, sentence: Bounds, from = 0, cap = DEFAULT_CAP): Bounds {
  let e = sentence.start;
  while (e > from && isSpace(text[e - 1])) e--;
  if (e <= from) return { start: from, end: from };
  return sentenceAround(text, e - 1, e - 1, from, e, cap);
}

/** The sentence after the one given (empty when it ends the range). */
export function sentenceAfter(text: string, sentence: Bounds, to = text.length, cap = DEFAULT_CAP): Bounds {
  let s = sentence.end;
  while (s < to && isSpace(text[s])) s++;
  if (s >= to) return { start: to, end: to };
  return sentenceAround(text, s, s, s, to, cap);
}

/**
 * Every sentence in `text[from, to)`, in order, by the same boundaries as {@link sentenceAround}.
 * A run longer than `maxLength` without a boundary is cut at a space, so no piece is long.
 */
export function sentenceSpans(text: string, from: number, to: number, maxLength = DEFAULT_CAP): Bounds[] {
  const out: Bounds[] = [];
  let start = from;
  /** Close the sentence at `end`, cutting it into pieces of at most `maxLength` at spaces. */
  const close = (end: number): void => {
    while (end - start > maxLength) {
      const space = text.slice(start, start + maxLength).lastIndexOf(" ");
      const cutAt = space > maxLength / 2 ? start + space + 1 : start + maxLength;
      out.push({ start, end: cutAt });
      start = cutAt;
    }
    if (end > start) out.push({ start, end });
    start = end;
  };
  const boundary = /[.!?\n]/g;
  const region = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(region)) !== null) {
    const i = from + m.index;
    if (endsAt(text, i)) close(i + 1);
  }
  close(to);
  return out;
}
