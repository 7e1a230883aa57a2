/**
 * Email HTML into the page, safely. The playground shows bodies that came from samples, from the
 * add-in (signatures, the waiver) and from whatever a user pastes. None of it is ever assigned to
 * `innerHTML`: it is parsed into an inert document (DOMParser runs no script and loads nothing),
 * and only allowed elements and attributes are rebuilt, node by node, in the live document.
 */

/** Elements kept as they are (their allowed attributes only). Anything else is unwrapped or dropped. */
const ALLOWED = new Set([
  "a",
  "b",
  "blockquote",
  "br",
  "caption",
  "code",
  "div",
  "em",
  "font",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "li",
  "ol",
  "p",
  "pre",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "u",
  "ul",
]);

/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  "script",
  "style",
  "template",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "noscript",
  "svg",
  "math",
  "link",
  "meta",
  "base",
  "title",
  "head",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "option",
  "audio",
  "video",
  "source",
  "track",
  "canvas",
  "img",
  "picture",
  "map",
  "area",
  "portal",
  "dialog",
]);

const ATTRIBUTES = new Set(["id", "class", "dir", "title", "colspan", "rowspan", "align", "face", "size", "color"]);

/** Inline style properties worth keeping: the ones rules read (colour) and that shape how mail looks. */
const STYLES = [
  "color",
  "background-color",
  "font-weight",
  "font-style",
  "font-size",
  "font-family",
  "text-decoration",
  "text-align",
  "margin-left",
  "padding-left",
  "border-left",
  "display",
  "width",
];

const SAFE_HREF = /^(https:|mailto:)/i;

function cleanStyle(value: string, doc: Document): string {
  const probe = doc.createElement("span");
  probe.setAttribute("style", value);
  const parts: string[] = [];
  for (const name of STYLES) {
    const v = probe.style.getPropertyValue(name);
    // url() and expression() have no business in a message body shown here.
    if (v && !/url\s*\(|expression\s*\(/i.test(v)) parts.push(`${name}: ${v}`);
  }
  return parts.join("; ");
}

function copyInto(source: Node, target: Node, doc: Document): void {
  source.childNodes.forEach((child) => {
    if (child.nodeType === 3) {
      target.appendChild(doc.createTextNode(child.nodeValue ?? ""));
      return;
    }
    if (child.nodeType !== 1) return; // comments, processing instructions
    const element = child as Element;
    const tag = element.localName.toLowerCase();
    if (DROPPED.has(tag)) return;
    if (!ALLOWED.has(tag)) {
      // Unknown wrappers (o:p, center, body, html…): keep what they hold.
      copyInto(element, target, doc);
      return;
    }
    const out = doc.createElement(tag);
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (ATTRIBUTES.has(name)) out.setAttribute(name, attr.value);
      else if (name === "style") {
        const style = cleanStyle(attr.value, doc);
        if (style) out.setAttribute("style", style);
      } else if (name === "href" && tag === "a" && SAFE_HREF.test(attr.value.trim())) {
        out.setAttribute("href", attr.value.trim());
        out.setAttribute("rel", "noopener noreferrer");
        out.setAttribute("target", "_blank");
      }
    }
    copyInto(element, out, doc);
    target.appendChild(out);
  });
}

/** Parse HTML without running or loading anything: an inert document. */
export function parseInert(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
}

/** The HTML as safe nodes of `doc`, ready to insert. */
export function sanitizeToFragment(html: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  copyInto(parseInert(html).body, fragment, doc);
  return fragment;
}

/** The HTML with everything unsafe taken out, as HTML again (for storing and comparing). */
export function sanitizeHtml(html: string): string {
  const inert = parseInert("");
  const holder = inert.createElement("div");
  copyInto(parseInert(html).body, holder, inert);
  return holder.innerHTML;
}

/** Replace the children of `target` with the sanitised HTML. */
export function renderSafeHtml(target: Element, html: string): void {
  const doc = target.ownerDocument;
  target.replaceChildren(sanitizeToFragment(html, doc));
}

const escapeMap: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escape text for HTML (sample data and user input become text, never markup). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapeMap[c]);
}

/** Plain text as HTML paragraphs: each line its own `<div>`, as Outlook on the web writes them. */
export function textToParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => (line.trim() ? `<div>${escapeHtml(line)}</div>` : "<div><br></div>"))
    .join("");
}

const BLOCK = /^(address|article|aside|blockquote|div|dl|fieldset|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul)$/;

/**
 * The body as plain text, the way Outlook's `body.getAsync("text")` gives it: block elements on
 * their own lines, `<br>` as a line break, no markup.
 */
export function htmlToText(html: string): string {
  const doc = parseInert(html);
  let out = "";
  const walk = (node: Node): void => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === 3) {
        out += (child.nodeValue ?? "").replace(/\s+/g, " ");
        return;
      }
      if (child.nodeType !== 1) return;
      const tag = (child as Element).localName.toLowerCase();
      if (DROPPED.has(tag)) return;
      if (tag === "br") {
        out += "\n";
        return;
      }
      const block = BLOCK.test(tag);
      if (block && out && !out.endsWith("\n")) out += "\n";
      walk(child);
      if (tag === "td" || tag === "th") out += "\t";
      if (block && !out.endsWith("\n")) out += "\n";
    });
  };
  walk(doc.body);
  return out
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/g, "").replace(/^ /, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
