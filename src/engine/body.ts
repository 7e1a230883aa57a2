import { Parser } from "htmlparser2";
import type { DraftBody } from "./draft";

/** A half-open range `[start, end)` of offsets into {@link ParsedBody.text}. */
export interface Span {
  start: number;
  end: number;
}

/** A stretch of text written in one style. */
export interface StyledRun extends Span {
  /** The CSS colour as written (lower-cased), when one applies. */
  color?: string;
  bold: boolean;
}

/**
 * The body as plain text, split into what the sender wrote now (`newText`), their sign-off
 * (`signature`) and the history of earlier messages (`quoted`). The three spans are contiguous
 * and in that order; `signature` and `quoted` are null where the body has none.
 */
export interface ParsedBody {
  text: string;
  runs: StyledRun[];
  newText: Span;
  signature: Span | null;
  quoted: Span | null;
  /**
   * For HTML bodies: where each text node starts, in the text and in the HTML source, in order.
   * Lets a fix insert HTML at the place a text offset stands for.
   */
  anchors: { text: number; source: number }[];
  /**
   * For HTML bodies: elements still open where the body ends (at `</body>` or the end of the
   * source), outermost first. Text appended there would sit inside them (perhaps hidden).
   */
  unclosed: string[];
  /** For HTML bodies: the markup as read (pathological nesting trimmed); anchors point into it. */
  source: string;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
  "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);
const SKIPPED_TAGS = new Set(["head", "script", "style", "title", "xml", "template", "noscript"]);
const VOID_TAGS = new Set(["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"]);

interface Frame {
  name: string;
  color?: string;
  bold?: boolean;
  skip: boolean;
  pre: boolean;
}

function parseStyle(style: string | undefined): { color?: string; bold?: boolean; hidden?: boolean } {
  const out: { color?: string; bold?: boolean; hidden?: boolean } = {};
  if (!style) return out;
  for (const decl of style.split(";")) {
    const colon = decl.indexOf(":");
    if (colon < 0) continue;
    const key = decl.slice(0, colon).trim().toLowerCase();
    const value = decl.slice(colon + 1).trim().toLowerCase().replace(/\s*!important$/, "");
    if (key === "color") out.color = value;
    else if (key === "font-weight") out.bold = /^(bold|bolder|[6-9]00)$/.test(value);
    else if (key === "display" && value === "none") out.hidden = true;
  }
  return out;
}

function hasToken(value: string | undefined, pattern: RegExp): boolean {
  return value !== undefined && pattern.test(value);
}

const QUOTE_ID = /^(divRplyFwdMsg|appendonsend|OLK_SRC_BODY_SECTION|mail-editor-reference-message-container)$/i;
const QUOTE_CLASS = /(^|\s)(gmail_quote|gmail_quote_container|moz-cite-prefix|yahoo_quoted|protonmail_quote)(\s|$)/i;
const SIGNATURE_ID = /signature/i;
const SIGNATURE_CLASS = /(^|\s)(gmail_signature|moz-signature|elementToProof-signature)(\s|$)/i;

/** Deeper nesting than any real email has; beyond it, opening tags are dropped (text is kept). */
export const MAX_DEPTH = 200;
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);

/**
 * Drop opening tags nested deeper than {@link MAX_DEPTH}, and their closing tags, keeping all
 * text. htmlparser2 keeps its open-element stack with `unshift`, so pathological nesting
 * (100,000 levels) would cost quadratic time; real email never nests this deep. One linear pass.
 */
export function limitNesting(html: string, max = MAX_DEPTH): string {
  const out: string[] = [];
  const dropped = new Map<string, number>();
  let depth = 0;
  let from = 0;
  let i = html.indexOf("<");
  let changed = false;
  let lower: string | null = null;
  while (i >= 0 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end < 0) break;
      i = html.indexOf("<", end + 3);
      continue;
    }
    const close = html[i + 1] === "/";
    const nameStart = close ? i + 2 : i + 1;
    let j = nameStart;
    while (j < html.length && /[A-Za-z0-9:-]/.test(html[j])) j++;
    const gt = html.indexOf(">", j);
    // No ">" after here means no more complete tags: stop, rather than search again for each "<".
    if (gt < 0) break;
    if (j === nameStart) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const selfClosing = html[gt - 1] === "/";
    let drop = false;
    if (close) {
      const n = dropped.get(name) ?? 0;
      if (n > 0) {
        dropped.set(name, n - 1);
        drop = true;
      } else if (!VOID_TAGS.has(name)) depth = Math.max(0, depth - 1);
    } else if (!VOID_TAGS.has(name) && !selfClosing) {
      if (depth >= max) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        drop = true;
      } else depth++;
    }
    if (drop) {
      out.push(html.slice(from, i));
      from = gt + 1;
      changed = true;
    }
    if (!close && RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, gt + 1);
      if (end < 0) break;
      i = end;
      continue;
    }
    i = html.indexOf("<", gt + 1);
  }
  if (!changed) return html;
  out.push(html.slice(from));
  return out.join("");
}

/** Reads HTML into text, runs and the first quote and signature markers the markup gives. */
interface HtmlReading {
  source: string;
  text: string;
  runs: StyledRun[];
  quoteAt: number;
  signatureAt: number;
  anchors: { text: number; source: number }[];
  unclosed: string[];
}

function readHtml(html: string): HtmlReading {
  const chunks: string[] = [];
  let length = 0;
  let lastChar = "\n";
  const runs: StyledRun[] = [];
  const stack: Frame[] = [{ name: "#root", skip: false, pre: false }];
  let quoteAt = -1;
  let signatureAt = -1;
  const anchors: { text: number; source: number }[] = [];
  let unclosed: string[] | null = null;
  const openElements = (): string[] => stack.slice(1).map((f) => f.name).filter((n) => n !== "html" && n !== "body");
  const anchor = (): void => {
    const last = anchors[anchors.length - 1];
    if (!last || last.text < length) anchors.push({ text: length, source: parser.startIndex });
  };

  const top = (): Frame => stack[stack.length - 1];
  const append = (s: string): void => {
    if (!s) return;
    const frame = top();
    const start = length;
    chunks.push(s);
    length += s.length;
    lastChar = s[s.length - 1];
    const last = runs[runs.length - 1];
    const bold = frame.bold === true;
    if (last && last.end === start && last.color === frame.color && last.bold === bold) {
      last.end = length;
    } else {
      runs.push(frame.color === undefined ? { start, end: length, bold } : { start, end: length, color: frame.color, bold });
    }
  };
  const newline = (): void => {
    if (lastChar !== "\n") append("\n");
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = top();
        const style = parseStyle(attrs.style);
        const skip = parent.skip || SKIPPED_TAGS.has(name) || style.hidden === true;
        let color = parent.color;
        if (style.color !== undefined) color = style.color;
        else if (name === "font" && attrs.color) color = attrs.color.trim().toLowerCase();
        let bold = parent.bold;
        if (name === "b" || name === "strong" || /^h[1-6]$/.test(name)) bold = true;
        if (style.bold !== undefined) bold = style.bold;
        if (!skip) {
          if (BLOCK_TAGS.has(name)) newline();
          if (quoteAt < 0 && (name === "blockquote" || hasToken(attrs.id, QUOTE_ID) || hasToken(attrs.class, QUOTE_CLASS))) {
            newline();
            quoteAt = length;
            anchors.push({ text: length, source: parser.startIndex });
          }
          if (signatureAt < 0 && quoteAt < 0 && (hasToken(attrs.id, SIGNATURE_ID) || hasToken(attrs.class, SIGNATURE_CLASS))) {
            newline();
            signatureAt = length;
            anchors.push({ text: length, source: parser.startIndex });
          }
          if (name === "br") append("\n");
          else if (name === "td" || name === "th") {
            if (lastChar !== "\n" && lastChar !== " ") append(" ");
          } else if (name === "img" && attrs.alt) append(attrs.alt);
        }
        if (!VOID_TAGS.has(name)) {
          stack.push({ name, color, bold, skip, pre: parent.pre || name === "pre" });
        }
      },
      ontext(raw) {
        const frame = top();
        if (frame.skip) return;
        let s = raw.replace(/\u00a0/g, " ");
        if (!frame.pre) {
          s = s.replace(/[ \t\r\n\f]+/g, " ");
          if (lastChar === "\n" || lastChar === " ") s = s.replace(/^ /, "");
        } else {
          s = s.replace(/\r\n?/g, "\n");
        }
        if (s) anchor();
        append(s);
      },
      onclosetag(name) {
        if (VOID_TAGS.has(name)) return;
        if (name === "body" && unclosed === null) unclosed = openElements();
        // Pop to the matching frame; htmlparser2 already closes implied tags for us.
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i].name === name) {
            const skipped = stack[i].skip;
            stack.length = i;
            if (!skipped && BLOCK_TAGS.has(name)) newline();
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const source = limitNesting(html);
  parser.write(source);
  // Read what is still open before `end()` closes it for us.
  const openAtEnd = openElements();
  parser.end();
  return { source, text: chunks.join(""), runs, quoteAt, signatureAt, anchors, unclosed: unclosed ?? openAtEnd };
}

/** Each line of `text` with its start offset. */
export function linesOf(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      out.push({ line: text.slice(start), start });
      return out;
    }
    out.push({ line: text.slice(start, nl), start });
    start = nl + 1;
  }
}

const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(original message|forwarded message|original|message d'origine)\s*-{2,}\s*$/i;
const BEGIN_FORWARDED = /^\s*begin forwarded message:?\s*$/i;
const HEADER_FROM = /^\s*\**from:\**\s*\S/i;
const HEADER_NEXT = /^\s*\**(sent|date|to|subject|cc):\**\s*/i;
const ON_WROTE = /^\s*on\b.{4,200}\bwrote:\s*$/i;
const ON_LINE_START = /^\s*on\s.{4,200}$/i;
const WROTE_END = /^.{0,200}\bwrote:\s*$/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;

/** Is this character code white space, as `\s` has it? */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The lines of a text by their start offsets, read lazily: a body of two million blank lines
 * costs an array of numbers, not two million strings.
 */
class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  get length(): number {
    return this.starts.length;
  }
  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
  }
  line(i: number): string {
    return this.text.slice(this.start(i), this.end(i));
  }
  /** The line's first character that is not white space, or "" for a blank line. */
  lead(i: number): string {
    const end = this.end(i);
    for (let k = this.starts[i]; k < end; k++) if (!isSpace(this.text.charCodeAt(k))) return this.text[k];
    return "";
  }
}

/** The characters a quoted-history line can begin with (after white space). */
const QUOTE_LEAD = "-_>*bBfFoO";

/** Finds where quoted history starts from the text alone (plain-text mail, or HTML without markers). */
function findQuoteInText(lines: Lines): number {
  for (let i = 0; i < lines.length; i++) {
    const lead = lines.lead(i);
    if (!lead || QUOTE_LEAD.indexOf(lead) < 0) continue;
    const line = lines.line(i);
    const start = lines.start(i);
    if (ORIGINAL_MESSAGE.test(line) || BEGIN_FORWARDED.test(line)) return start;
    if (HEADER_FROM.test(line)) {
      let headers = 0;
      for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
        if (HEADER_NEXT.test(lines.line(j))) headers++;
      }
      if (headers >= 2) return i > 0 && UNDERSCORES.test(lines.line(i - 1)) ? lines.start(i - 1) : start;
    }
    if (ON_WROTE.test(line)) return start;
    if (ON_LINE_START.test(line) && i + 1 < lines.length) {
      const next = lines.line(i + 1);
      if (line.length + next.length < 260 && WROTE_END.test(next)) return start;
    }
    if (line[0] === ">" && (i + 1 >= lines.length || /^>|^\s*$/.test(lines.line(i + 1)))) return start;
  }
  return -1;
}

const SIG_DELIMITER = /^--\s?$/;
const SENT_FROM = /^\s*(sent from (my )?(iphone|ipad|android|samsung|mobile|galaxy|huawei|blackberry|outlook|mail for windows)|get outlook for (ios|android))\b/i;
const VALEDICTION =
  /^\s*(kind(est)? regards|best regards|warm(est)? regards|regards|best wishes|many thanks|thanks( again| very much)?|thank you|yours (sincerely|faithfully|truly)|all the best|best|cheers|with (best|kind) (wishes|regards))\s*[,.!]?\s*$/i;

/** Finds the start of the sign-off within `[0, end)`, or -1. */
function findSignatureInText(lines: Lines, end: number): number {
  let count = 0;
  while (count < lines.length && lines.start(count) < end) count++;
  for (let i = 0; i < count; i++) {
    if (lines.text[lines.start(i)] === "-" && SIG_DELIMITER.test(lines.line(i))) return lines.start(i);
  }
  // A valediction near the end: the last one with at most 15 non-empty lines after it.
  let after = 0;
  for (let i = count - 1; i >= 0 && after <= 15; i--) {
    if (!lines.lead(i)) continue;
    if (VALEDICTION.test(lines.line(i))) return lines.start(i);
    after++;
  }
  for (let i = 0; i < count; i++) {
    const lead = lines.lead(i);
    if ((lead === "s" || lead === "S" || lead === "g" || lead === "G") && SENT_FROM.test(lines.line(i))) return lines.start(i);
  }
  return -1;
}

/**
 * Read a draft's body into plain text with positions and styles, and split it into the new
 * text, the signature zone and the quoted history. Runs without a DOM; never throws on bad HTML.
 */
export function parseBody(body: DraftBody): ParsedBody {
  let text: string;
  let runs: StyledRun[];
  let quoteAt = -1;
  let signatureAt = -1;
  let anchors: ParsedBody["anchors"] = [];
  let unclosed: string[] = [];
  let source = body.content;
  if (body.type === "html") {
    const read = readHtml(body.content);
    text = read.text;
    runs = read.runs;
    quoteAt = read.quoteAt;
    signatureAt = read.signatureAt;
    anchors = read.anchors;
    unclosed = read.unclosed;
    source = read.source;
  } else {
    text = body.content.replace(/\r\n?/g, "\n");
    runs = text ? [{ start: 0, end: text.length, bold: false }] : [];
  }
  const lines = new Lines(text);
  const textQuote = findQuoteInText(lines);
  if (textQuote >= 0 && (quoteAt < 0 || textQuote < quoteAt)) quoteAt = textQuote;
  const authoredEnd = quoteAt >= 0 ? quoteAt : text.length;
  if (signatureAt < 0 || signatureAt >= authoredEnd) signatureAt = findSignatureInText(lines, authoredEnd);
  const newEnd = signatureAt >= 0 ? signatureAt : authoredEnd;
  return {
    text,
    runs,
    newText: { start: 0, end: newEnd },
    signature: signatureAt >= 0 ? { start: signatureAt, end: authoredEnd } : null,
    quoted: quoteAt >= 0 ? { start: quoteAt, end: text.length } : null,
    anchors,
    unclosed,
    source,
  };
}
