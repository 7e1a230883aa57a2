import type { TextSlice } from "./rule";

/** Invisible characters people (and spammers) put between letters. */
export const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;

/** Collapse white space and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Lower-case, fold compatibility forms, drop zero-width characters and collapse white space. */
export function fold(s: string): string {
  return squash(s.normalize("NFKC").replace(ZERO_WIDTH, "").toLowerCase());
}

/**
 * The words around `[start, end)` on one line, for showing a person what was found.
 * At most about `room` characters either side, cut at word boundaries, with an ellipsis.
 */
export function excerpt(text: string, start: number, end: number, room = 40): string {
  let from = Math.max(0, start - room);
  let to = Math.min(text.length, end + room);
  const nlBefore = text.lastIndexOf("\n", start - 1);
  const lineStart = nlBefore >= from;
  if (lineStart) from = nlBefore + 1;
  const nlAfter = text.indexOf("\n", end);
  if (nlAfter >= 0 && nlAfter < to) to = nlAfter;
  // Cut into a word only when the window, not the line, began there.
  if (!lineStart && from > 0 && from < start) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length && to > end) {
    const space = text.lastIndexOf(" ", to);
    if (space >= end) to = space;
  }
  const head = from > 0 && text[from - 1] !== "\n" ? "…" : "";
  const tail = to < text.length && text[to] !== "\n" ? "…" : "";
  return head + squash(text.slice(from, to)) + tail;
}

/** A sentence (or line) of the body with absolute offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  slice: TextSlice;
}

/**
 * Split slices into sentences: at `.`, `!` or `?` followed by white space, and at line breaks.
 * Abbreviations such as "Cllr." or "e.g." may split early; rules match within a sentence.
 */
export function sentencesOf(slices: readonly TextSlice[]): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?]+(?=\s)|\n+/g;
  for (const slice of slices) {
    let last = 0;
    const push = (to: number): void => {
      const raw = slice.text.slice(last, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ start: slice.start + last + lead, end: slice.start + last + lead + text.length, text, slice });
    };
    boundary.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(slice.text)) !== null) {
      const to = m.index + (m[0][0] === "\n" ? 0 : m[0].length);
      push(to);
      last = m.index + m[0].length;
    }
    push(slice.text.length);
  }
  return out;
}

/**
 * Letters and digits as a character-class body. The on-send file must run on engines that only
 * know ECMAScript 2016, so the engine avoids `\p{…}` escapes, look-behind and named groups.
 */
export const WORD_CHARS = "A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF";
const WORDS = new RegExp(`[${WORD_CHARS}][${WORD_CHARS}'’-]*`, "g");

/** Words (letters, digits, apostrophes) in a string. */
export function wordsOf(s: string): string[] {
  return s.match(WORDS) ?? [];
}

/** Escape a string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
