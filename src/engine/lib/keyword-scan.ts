/**
 * Two-pass matching for long phrase lists. A regular expression of fifty alternatives tried at
 * every word of a 2 MB body costs tens of milliseconds; a pass for the few keywords every phrase
 * must contain is several times cheaper, and the full pattern then runs only on a short stretch
 * around each keyword. Both passes are linear, so the whole stays linear in the text's length.
 */

export interface KeywordMatch {
  start: number;
  end: number;
  /** The full pattern's match, with its capture groups. */
  match: RegExpExecArray;
}

/**
 * Every match of `full` in `text` that contains a match of `keyword`, in order, without overlaps.
 * `before` and `after` bound how far a phrase may reach either side of its keyword.
 * Both patterns must have the `g` flag. Stops after `limit` keywords.
 */
export function keywordMatches(
  text: string,
  keyword: RegExp,
  full: RegExp,
  { before = 80, after = 80, limit = 5000 }: { before?: number; after?: number; limit?: number } = {},
): KeywordMatch[] {
  if (!keyword.global || !full.global) throw new Error("keywordMatches needs global patterns");
  const out: KeywordMatch[] = [];
  let done = 0;
  let seen = 0;
  keyword.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = keyword.exec(text)) !== null && ++seen <= limit) {
    if (k[0] === "") {
      keyword.lastIndex++;
      continue;
    }
    const from = Math.max(done, k.index - before);
    const to = Math.min(text.length, k.index + k[0].length + after);
    const seg = text.slice(from, to);
    full.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = full.exec(seg)) !== null) {
      if (m[0] === "") {
        full.lastIndex++;
        continue;
      }
      const start = from + m.index;
      if (start > k.index) break;
      const end = start + m[0].length;
      if (end > k.index) {
        out.push({ start, end, match: m });
        done = end;
        if (keyword.lastIndex < end) keyword.lastIndex = end;
        break;
      }
    }
  }
  return out;
}
