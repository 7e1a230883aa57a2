/**
 * The Markdown a Smart Alerts dialog understands (`errorMessageMarkdown`, Mailbox 1.15): bold,
 * italics, bulleted and numbered lists, HTTPS links, and backslash escapes. Parsed into a small
 * tree that the dialog renders as React elements and text nodes: nothing is ever HTML.
 */

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "br" };

export type Block = { type: "paragraph"; children: Inline[] } | { type: "list"; ordered: boolean; items: Inline[][] };

const ESCAPABLE = "\\`*_{}[]()#+-.!|<>~";
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/;

/** Find the closing delimiter at or after `from`, skipping escaped characters. */
function findClose(text: string, delimiter: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(delimiter, i) && i > from) return i;
  }
  return -1;
}

/** The `)` that closes the `(` before `from`, counting nested pairs; -1 if none. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Inline Markdown: escapes, **strong** / __strong__, *em* / _em_, [text](https://…). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = (): void => {
    if (buffer) out.push({ type: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length && ESCAPABLE.includes(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if ((c === "*" || c === "_") && text[i + 1] === c) {
      const delimiter = c + c;
      const close = findClose(text, delimiter, i + 2);
      if (close > 0) {
        flush();
        out.push({ type: "strong", children: parseInline(text.slice(i + 2, close)) });
        i = close + 2;
        continue;
      }
    }
    if (c === "*" || c === "_") {
      // An underscore inside a word (snake_case) is not emphasis.
      const inWord = c === "_" && i > 0 && /\w/.test(text[i - 1]);
      const close = inWord ? -1 : findClose(text, c, i + 1);
      if (close > 0 && text[i + 1] !== " " && !(c === "_" && /\w/.test(text[close + 1] ?? ""))) {
        flush();
        out.push({ type: "em", children: parseInline(text.slice(i + 1, close)) });
        i = close + 1;
        continue;
      }
    }
    if (c === "[") {
      const end = findClose(text, "]", i + 1);
      if (end > 0 && text[end + 1] === "(") {
        const paren = closingParen(text, end + 2);
        if (paren > 0) {
          const href = text
            .slice(end + 2, paren)
            .trim()
            .replace(/^"|"$/g, "");
          const label = parseInline(text.slice(i + 1, end));
          flush();
          // Only HTTPS links, as Outlook allows; anything else stays as its words.
          if (/^https:\/\/[^\s"<>]+$/i.test(href)) out.push({ type: "link", href, children: label });
          else out.push(...label);
          i = paren + 1;
          continue;
        }
      }
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}

/** Parse a Smart Alerts message. Lines may end in \n, \r\n or \r (the add-in uses \r in lists). */
export function parseSmartAlertMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const endParagraph = (): void => {
    if (!paragraph.length) return;
    const children: Inline[] = [];
    paragraph.forEach((line, n) => {
      if (n > 0) children.push({ type: "br" });
      children.push(...parseInline(line.trim()));
    });
    blocks.push({ type: "paragraph", children });
    paragraph = [];
  };
  const endList = (): void => {
    if (!list) return;
    blocks.push({ type: "list", ordered: list.ordered, items: list.items.map((item) => parseInline(item.trim())) });
    list = null;
  };
  for (const line of lines) {
    if (!line.trim()) {
      endParagraph();
      endList();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      endParagraph();
      const ordered = !!numbered;
      if (list && list.ordered !== ordered) endList();
      if (!list) list = { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
      continue;
    }
    if (list) {
      // A line that is not an item continues the item before it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line);
  }
  endParagraph();
  endList();
  return blocks;
}

/** The words of a parsed message, for tests and screen-reader summaries. */
export function plainText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string => nodes.map((n) => (n.type === "text" ? n.text : n.type === "br" ? "\n" : inline(n.children))).join("");
  return blocks.map((b) => (b.type === "paragraph" ? inline(b.children) : b.items.map((item) => `• ${inline(item)}`).join("\n"))).join("\n\n");
}
