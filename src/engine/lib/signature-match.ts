import type { ApprovedSignature } from "../signature";
import { WORD_CHARS } from "../text";

/**
 * Finding an approved signature in the sender's text, forgiving what people and mail programs
 * change without changing the words: case, white space, blank lines, punctuation, line breaks
 * that HTML tables and `<br>`s move about, "Tel" for "Telephone", "&" for "and", a scheme on the
 * web address, spaces inside a phone number. The words themselves, and their order, must stay.
 */

/** A word of the sender's text, canonicalised for comparison, with its place in the body. */
export interface SigToken {
  value: string;
  start: number;
  end: number;
  /** Index of the text line the word is on. */
  line: number;
  /** Separating punctuation (`,` `|` `-` `:` a tab…) or a line break comes before this word. */
  sepBefore: boolean;
  lineStart: boolean;
  lineEnd: boolean;
  /** A label people add or leave out ("W:" before a web address, "Tel:" before a number). */
  label: boolean;
}

/** A line of text with its absolute offset. */
export interface SigLine {
  text: string;
  start: number;
}

// Letters and digits, with invisible characters allowed inside a word (and dropped from its value).
const INVISIBLE = "\\u00AD\\u200B-\\u200D\\u2060\\uFEFF";
const TOKEN = new RegExp(`[${WORD_CHARS}][${WORD_CHARS}${INVISIBLE}]*|&`, "g");
const INVISIBLE_G = new RegExp(`[${INVISIBLE}]`, "g");
const SEPARATOR = /[,|•·–—;:/()[\]\t]|\s-\s|\s{2}/;
const DIGITS = /^[0-9]+$/;
const DIGIT_GAP = /^[\s\-.()]{0,3}$/;

/** Words that mean the same in a signature's labels. */
const SYNONYMS = new Map<string, string>([
  ["telephone", "tel"],
  ["phone", "tel"],
  ["ph", "tel"],
  ["t", "tel"],
  ["tel", "tel"],
  ["mobile", "mob"],
  ["mob", "mob"],
  ["m", "mob"],
  ["e", "email"],
  ["email", "email"],
  ["w", "web"],
  ["web", "web"],
  ["website", "web"],
  ["councillor", "cllr"],
  ["councilor", "cllr"],
  ["cllr", "cllr"],
]);
/** Labels before contact details, which people add or leave out. */
const LABELS = new Set(["tel", "mob", "email", "web", "fax", "f", "address", "addr", "a", "office", "direct", "dd"]);
/** Words that carry nothing in a signature: a web address's scheme and `www`. */
const DROPPED = new Set(["http", "https", "www", "mailto"]);

const ASCII = /^[\x20-\x7e]*$/;

function canonical(word: string): string {
  const v = ASCII.test(word) ? word.toLowerCase() : word.replace(INVISIBLE_G, "").normalize("NFKC").toLowerCase();
  if (v === "&") return "and";
  return SYNONYMS.get(v) ?? v;
}

/** Lines longer than this are running text, not a signature's: they give no words. */
const MAX_LINE = 1000;

/** The canonical words of the lines, with offsets and line facts. */
export function tokenizeLines(lines: readonly SigLine[]): SigToken[] {
  const out: SigToken[] = [];
  lines.forEach((l, lineIndex) => {
    const firstOfLine = out.length;
    if (l.text.length > MAX_LINE) return;
    let prevEnd = 0;
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(l.text)) !== null) {
      const value = canonical(m[0]);
      const gap = l.text.slice(prevEnd, m.index);
      const from = prevEnd;
      prevEnd = m.index + m[0].length;
      if (DROPPED.has(value)) continue;
      const last = out.length > firstOfLine ? out[out.length - 1] : null;
      const start = l.start + m.index;
      const end = start + m[0].length;
      // "01702 716 288", "(01702) 716288": one number however it is spaced.
      if (last && DIGITS.test(value) && DIGITS.test(last.value) && DIGIT_GAP.test(l.text.slice(last.end - l.start, m.index))) {
        last.value += value;
        last.end = end;
        continue;
      }
      // "e-mail" is "email".
      if (last && value === "mail" && last.value === "email" && l.text.slice(last.end - l.start, m.index) === "-") {
        last.end = end;
        continue;
      }
      out.push({
        value,
        start,
        end,
        label: LABELS.has(value) && /^\s{0,2}[:.]/.test(l.text.slice(m.index + m[0].length, m.index + m[0].length + 3)),
        line: lineIndex,
        sepBefore: out.length === firstOfLine || SEPARATOR.test(gap) || from === 0,
        lineStart: out.length === firstOfLine,
        lineEnd: false,
      });
    }
    if (out.length > firstOfLine) out[out.length - 1].lineEnd = true;
  });
  // International form of a UK number: 44 1702… is 01702….
  for (const t of out) if (DIGITS.test(t.value) && t.value.length >= 12 && t.value.startsWith("44")) t.value = "0" + t.value.slice(t.value.startsWith("440") ? 3 : 2);
  return out;
}

/**
 * The word to look for first: the longest fixed word of the pattern that stands in the text as
 * written (letters only, not a label people vary), e.g. "leighonseatowncouncil".
 */
export function anchorOf(items: readonly SigItem[]): string | null {
  let best: string | null = null;
  for (const item of items) {
    if (item.kind !== "word" || !/^[a-z]+$/.test(item.value) || SYNONYMS.has(item.value) || item.value === "and") continue;
    if (!best || item.value.length > best.length) best = item.value;
  }
  return best;
}

/** Canonical words of a piece of template text. */
export function wordsOfTemplate(text: string): string[] {
  return tokenizeLines([{ text, start: 0 }]).map((t) => t.value);
}

/** One step of a signature pattern. */
export type SigItem =
  | { kind: "word"; value: string; line: number }
  /**
   * A placeholder the policy cannot fill: any words, on one line. A placeholder that is a whole
   * line (`{jobTitle}`) may also be absent: the add-in cannot know it, so it inserts the
   * signature without that line, and the sender may add it.
   */
  | { kind: "wild"; line: number; lineFirst: boolean; lineLast: boolean; max: number }
  /** The sender's name: one line of a few words containing one of the name's words. */
  | { kind: "name"; line: number; keys: string[]; max: number };

export interface SigPattern {
  items: SigItem[];
  /** Each template line as shown to people, and the range of items it became. */
  lines: { text: string; from: number; to: number; placeholderOnly: boolean; fixedWords: number }[];
}

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "rev", "revd", "prof", "sir", "dame", "lady", "lord"]);
/** Display names that are a mailbox rather than a person ("Clerk - Leigh Town Council"). */
const NOT_A_NAME = /\b(council|clerk|office|admin|administration|enquiries|enquiry|team|info|reception|services|finance|mailbox|department|parish|committee|bookings?|noreply|no-reply)\b/i;

/**
 * The words that identify a person's name, or null when the name tells us nothing (empty, an
 * address, a mailbox's name). "Bennett, Jane (Town Clerk)" gives jane, bennett.
 */
export function nameKeys(name: string): string[] | null {
  let n = name.replace(/\([^)]{0,100}\)|\[[^\]]{0,100}\]/g, " ").trim();
  if (!n || n.includes("@") || NOT_A_NAME.test(n)) return null;
  n = n.split(/\s[-–|]\s/)[0];
  const comma = /^([^,]{1,60}),([^,]{1,60})$/.exec(n);
  if (comma) n = `${comma[2]} ${comma[1]}`;
  const keys = wordsOfTemplate(n).filter((w) => w.length >= 2 && !HONORIFICS.has(w) && w !== "cllr");
  return keys.length ? keys : null;
}

const PLACEHOLDER_SPLIT = /(\{\w+\})/;
const WILD_MAX = 12;

/**
 * Turn the approved signature into a pattern. `name` is the value the policy put for `{name}`
 * (so the name line can be matched leniently); `keys` its identifying words.
 */
export function buildPattern(signature: ApprovedSignature, name: string | undefined, keys: string[] | null): SigPattern {
  const items: SigItem[] = [];
  const lines: SigPattern["lines"] = [];
  signature.lines.forEach((line, lineIndex) => {
    const from = items.length;
    const hasName = /\{name\}/.test(line.template) && name !== undefined && line.missing.indexOf("name") < 0;
    // Split the filled line into fixed text, unfilled placeholders and the name.
    const parts: { kind: "text" | "wild" | "name"; text: string }[] = [];
    let rest = line.text;
    if (hasName && name) {
      const at = rest.indexOf(name);
      if (at >= 0) {
        pushText(parts, rest.slice(0, at), line.missing);
        parts.push({ kind: keys ? "name" : "wild", text: name });
        rest = rest.slice(at + name.length);
      }
    }
    pushText(parts, rest, line.missing);
    let fixedWords = 0;
    parts.forEach((p, i) => {
      if (p.kind === "text") {
        for (const w of wordsOfTemplate(p.text)) {
          items.push({ kind: "word", value: w, line: lineIndex });
          fixedWords++;
        }
      } else if (p.kind === "name" && keys) {
        items.push({ kind: "name", line: lineIndex, keys, max: keys.length + 4 });
      } else {
        const before = parts.slice(0, i).some((q) => q.kind !== "text" || wordsOfTemplate(q.text).length > 0);
        const after = parts.slice(i + 1).some((q) => q.kind !== "text" || wordsOfTemplate(q.text).length > 0);
        items.push({ kind: "wild", line: lineIndex, lineFirst: !before, lineLast: !after, max: WILD_MAX });
      }
    });
    const shown = line.missing.length ? line.template.replace(/\{name\}/g, name ?? "{name}") : line.text;
    lines.push({ text: shown, from, to: items.length, placeholderOnly: fixedWords === 0, fixedWords });
  });
  return { items, lines };
}

function pushText(parts: { kind: "text" | "wild" | "name"; text: string }[], text: string, missing: readonly string[]): void {
  for (const piece of text.split(PLACEHOLDER_SPLIT)) {
    if (!piece) continue;
    const m = /^\{(\w+)\}$/.exec(piece);
    if (m && missing.indexOf(m[1]) >= 0) parts.push({ kind: "wild", text: piece });
    else parts.push({ kind: "text", text: piece });
  }
}

/** Lines people put above a signature that are not a name or a job title. */
const VALEDICTIONS = new Set([
  "kind regards", "kindest regards", "regards", "best regards", "warm regards", "warmest regards", "many thanks", "thanks",
  "thank you", "best wishes", "best", "yours sincerely", "yours faithfully", "yours truly", "with thanks", "cheers", "all the best",
  "with best wishes", "with kind regards", "thanks again", "sincerely",
]);

/**
 * Match a pattern against the tokens. Linear in practice: each state (item, token) is computed
 * once, and a placeholder tries at most a dozen lengths.
 */
export class SignatureMatcher {
  private readonly memo = new Map<number, number>();

  /** `exact`: the pattern must end on the last token (used to compare one line with another). */
  constructor(
    private readonly tokens: readonly SigToken[],
    private readonly items: readonly SigItem[],
    private readonly exact = false,
  ) {}

  /** The first place the whole pattern matches: token range `[from, to)`, or null. */
  find(): { from: number; to: number } | null {
    if (this.items.length === 0) return null;
    const firstWord = this.items.find((i) => i.kind === "word");
    if (firstWord && firstWord.kind === "word" && !this.tokens.some((t) => t.value === firstWord.value)) return null;
    for (let t = 0; t < this.tokens.length; t++) {
      const end = this.at(0, t);
      if (end >= 0) return { from: t, to: end };
    }
    return null;
  }

  /** Does the pattern cover all the tokens, from the first to the last? */
  matchesAll(): boolean {
    return this.tokens.length > 0 && this.at(0, 0) === this.tokens.length;
  }

  /** Where the pattern from item `i` at token `t` can end (the first way found), or -1. */
  private at(i: number, t: number): number {
    if (i === this.items.length) return this.exact && t !== this.tokens.length ? -1 : t;
    const key = i * (this.tokens.length + 1) + t;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let result = -1;
    for (const next of this.steps(i, t)) {
      const end = this.at(i + 1, next);
      if (end >= 0) {
        result = end;
        break;
      }
    }
    this.memo.set(key, result);
    return result;
  }

  /** The token positions item `i`, starting at token `t`, can leave us at. */
  private steps(i: number, t: number): number[] {
    const item = this.items[i];
    const tokens = this.tokens;
    const n = tokens.length;
    const skippable = item.kind === "wild" && item.lineFirst && item.lineLast;
    if (t >= n) return skippable ? [t] : [];
    if (item.kind === "word") {
      if (tokens[t].value === item.value) return [t + 1];
      // Skip a label the template does not have ("W: www…").
      if (tokens[t].label && t + 1 < n && tokens[t + 1].value === item.value) return [t + 2];
      return [];
    }
    const prev = i > 0 ? this.items[i - 1] : null;
    const next = i + 1 < this.items.length ? this.items[i + 1] : null;
    const line = tokens[t].line;
    const out: number[] = [];
    if (item.kind === "wild") {
      // A placeholder standing for a whole line starts where a line (or a cell) starts, unless it
      // follows the name; and ends where one ends unless a fixed word follows it.
      if (item.lineFirst && !(prev && prev.kind === "name") && !tokens[t].sepBefore) return skippable ? [t] : [];
      // A placeholder that is a whole line may wrap onto a second ("Town Clerk and / Proper Officer").
      const lastLine = line + (item.lineFirst && item.lineLast ? 1 : 0);
      for (let k = 1; k <= item.max && t + k <= n && tokens[t + k - 1].line <= lastLine; k++) {
        const e = t + k;
        const atBoundary = e === n || tokens[e - 1].lineEnd || tokens[e].sepBefore;
        if (item.lineLast && (!next || next.kind !== "word") && !atBoundary) continue;
        if (VALEDICTIONS.has(joinValues(tokens, t, e))) continue;
        out.push(e);
      }
      // Having the line is the better reading; going without it is the fallback.
      if (skippable) out.push(t);
      return out;
    }
    // The name: a few words on one line, including one of the name's words, and not stopping
    // short of the rest of the name.
    let hasKey = false;
    for (let k = 1; k <= item.max && t + k <= n && tokens[t + k - 1].line === line; k++) {
      const e = t + k;
      if (item.keys.indexOf(tokens[e - 1].value) >= 0) hasKey = true;
      if (!hasKey) continue;
      if (e < n && tokens[e].line === line && item.keys.indexOf(tokens[e].value) >= 0) continue;
      out.push(e);
    }
    return out;
  }
}

function joinValues(tokens: readonly SigToken[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(tokens[i].value);
  return parts.join(" ");
}
