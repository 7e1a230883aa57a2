import { parseBody, type ParsedBody } from "./body";
import { findWaiver } from "./check";
import { RECIPIENT_FIELDS, normalizeDraft, type Address, type EmailDraft } from "./draft";
import type { Fix } from "./rule";
import { fold } from "./text";

/**
 * Apply a fix to a draft, purely. Every fix only adds or moves: the user's own words are never
 * removed, and applying a fix twice gives the same draft as applying it once. The Outlook adapter
 * does the same through Office.js; the playground and the property tests use this.
 */
export function applyFix(input: EmailDraft, fix: Fix): EmailDraft {
  const draft = normalizeDraft(input);
  switch (fix.kind) {
    case "insert-signature":
      return hasText(draft, fix.text) ? draft : insertAtAuthoredEnd(draft, fix.text, "council-signature");
    case "append-waiver": {
      const body = parseBody(draft.body);
      const end = body.quoted ? body.quoted.start : body.text.length;
      return findWaiver(body.text, fix.text, end) ? draft : insertAtAuthoredEnd(draft, fix.text, "council-waiver", body);
    }
    case "move-to-bcc": {
      const moving = new Set(fix.addresses.map((a) => a.trim().toLowerCase()));
      const moved: Address[] = [];
      const keep = (list: Address[]): Address[] =>
        list.filter((r) => {
          if (!moving.has(r.address.trim().toLowerCase())) return true;
          moved.push(r);
          return false;
        });
      const to = keep(draft.to);
      const cc = keep(draft.cc);
      const inBcc = new Set(draft.bcc.map((r) => r.address.trim().toLowerCase()));
      const bcc = [...draft.bcc];
      for (const r of moved) {
        const key = r.address.trim().toLowerCase();
        if (!inBcc.has(key)) {
          inBcc.add(key);
          bcc.push(r);
        }
      }
      return { ...draft, to, cc, bcc };
    }
    case "remove-recipient": {
      const target = fix.address.trim().toLowerCase();
      return { ...draft, [fix.field]: draft[fix.field].filter((r) => r.address.trim().toLowerCase() !== target) };
    }
    case "replace-recipient": {
      const target = fix.address.trim().toLowerCase();
      const replacement = fix.replacement.trim();
      const already = RECIPIENT_FIELDS.some((f) => draft[f].some((r) => r.address.trim().toLowerCase() === replacement.toLowerCase()));
      const list = draft[fix.field].flatMap((r) => {
        if (r.address.trim().toLowerCase() !== target) return [r];
        return already ? [] : [{ name: r.name, address: replacement }];
      });
      return { ...draft, [fix.field]: list };
    }
  }
}

function hasText(draft: EmailDraft, text: string): boolean {
  const body = parseBody(draft.body);
  const end = body.quoted ? body.quoted.start : body.text.length;
  return fold(body.text.slice(0, end)).includes(fold(text));
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Step back over opening tags that directly precede `index`, so an insertion lands before them. */
function beforeOpeningTags(html: string, index: number): number {
  let i = index;
  for (let guard = 0; guard < 50; guard++) {
    let j = i;
    while (j > 0 && /\s/.test(html[j - 1])) j--;
    if (j === 0 || html[j - 1] !== ">") return i;
    const lt = html.lastIndexOf("<", j - 1);
    if (lt < 0) return i;
    const tag = html.slice(lt, j);
    if (/^<[/!?]/.test(tag) || /\/>$/.test(tag) || /^<br\b/i.test(tag)) return i;
    i = lt;
  }
  return i;
}

/**
 * The end of the source, less any construct left unterminated there (`<a`, `<!-- …`,
 * `<![CDATA[ …`): appended HTML would be swallowed by it.
 */
function endOfMarkup(html: string): number {
  let end = html.length;
  for (const [open, close] of [["<!--", "-->"], ["<![CDATA[", "]]>"]]) {
    const at = html.lastIndexOf(open, end - 1);
    if (at >= 0 && html.indexOf(close, at + open.length) < 0) end = at;
  }
  const lt = html.lastIndexOf("<", end - 1);
  if (lt > html.lastIndexOf(">", end - 1)) end = lt;
  return end;
}

/** Where, in the HTML source, the text offset `at` stands (`null`: the end of the body). */
function sourceIndex(body: ParsedBody, html: string, at: number | null): number {
  let found = -1;
  if (at !== null) {
    for (const a of body.anchors) {
      if (a.text > at) break;
      // The last anchor at or before `at`: exact for marker elements and line starts.
      found = a.source;
    }
  }
  if (found < 0) {
    const bodyClose = html.search(/<\/body\s*>/i);
    return bodyClose >= 0 ? bodyClose : endOfMarkup(html);
  }
  return beforeOpeningTags(html, found);
}

function insertAtAuthoredEnd(draft: EmailDraft, text: string, className: string, parsed?: ParsedBody): EmailDraft {
  const body = parsed ?? parseBody(draft.body);
  const at = body.quoted ? body.quoted.start : body.text.length;
  if (draft.body.type === "text") {
    const before = draft.body.content.replace(/\r\n?/g, "\n");
    const head = before.slice(0, at).replace(/\s*$/, "");
    const tail = before.slice(at);
    const content = `${head}${head ? "\n\n" : ""}${text}${tail ? "\n\n" + tail : "\n"}`;
    return { ...draft, body: { type: "text", content } };
  }
  const html = body.source;
  const index = sourceIndex(body, html, body.quoted ? at : null);
  // At the end of the body, close what the user's HTML left open, so the block is not hidden
  // inside it; browsers close those elements there anyway.
  const closers = body.quoted ? "" : [...body.unclosed].reverse().map((n) => `</${n}>`).join("");
  const block = `${closers}<div class="${className}">${text.split("\n").map(escapeHtml).join("<br>")}</div>`;
  return { ...draft, body: { type: "html", content: html.slice(0, index) + block + html.slice(index) } };
}
