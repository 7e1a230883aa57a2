import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import type { ParsedBody } from "../body";
import { createRule } from "../rule";
import { escapeRegExp, excerpt, squash } from "../text";
import { sentenceAround } from "../lib/sentence-window";

/**
 * The sender says something is attached (or enclosed) and nothing is. Only the sender's own
 * words count: "please find attached" in the quoted history belongs to an earlier message.
 * "Attached" in its other senses is not a mention: "a house with attached garage", "no strings
 * attached", "attached to the wall", "very attached to this area".
 */

/** Things people attach, so that "the attached agenda" and "minutes attached." read as mentions. */
const DOCS = [
  "agendas?", "minutes", "cop(?:y|ies)", "files?", "documents?", "docs?", "reports?", "letters?", "forms?", "invoices?",
  "quotes?", "quotations?", "estimates?", "details", "photos?", "photographs?", "pictures?", "pics?", "images?",
  "screenshots?", "screen\\s{1,3}shots?", "plans?", "maps?", "drawings?", "spreadsheets?", "schedules?", "drafts?", "notes",
  "papers?", "paperwork", "lists?", "statements?", "certificates?", "receipts?", "contracts?", "cvs?", "applications?",
  "polic(?:y|ies)", "leaflets?", "flyers?", "posters?", "newsletters?", "accounts", "budgets?", "summons", "notices?",
  "proposals?", "specifications?", "specs?", "brochures?", "programmes?", "timetables?", "slides", "presentations?",
  "pdfs?", "scans?", "versions?", "templates?", "guidance", "agreements?", "lease", "licen[cs]es?", "orders?",
  "requests?", "responses?", "submissions?", "comments", "questionnaires?", "surveys?", "pack", "bundle",
  "information", "info", "correspondence", "e-?mails?", "rotas?", "risk\\s{1,3}assessments?", "precept", "appendix",
  "appendices", "annexe?s?", "worksheet", "workbook", "table", "chart", "graph", "calendar", "invitation", "invite",
  "tickets?", "vouchers?", "accounts", "figures", "results", "evidence", "signed\\s{1,3}copy", "terms",
];
const DOC = `(?:${DOCS.join("|")})`;
/** A few adjectives that may stand between "the attached" and the document. */
const ADJ = "(?:(?:draft|revised|updated|signed|final|latest|new|current|full|completed|amended|proposed|relevant|two|three|both|several|short|brief|agreed|approved|annual|monthly|weekly|quarterly|summary|supporting|original|scanned|requested|planning|booking|application|grant|hall|hire|meeting|council|committee|insurance|tender|consultation|[a-z]{1,15}['’]s)\\s{1,3}){0,3}";

const re = (source: string): RegExp => new RegExp(source, "gi");
/** A pattern that must open a sentence (or a line): "Attached: the invoice", "Attaching the minutes". */
/** A statement ("the form is attached") that reads as an instruction after "make sure" or "if". */
const stated = (source: string): RegExp => Object.assign(new RegExp(source, "gi"), { stated: true });
const opening = (source: string): RegExp => new RegExp(`(?:^|[.!?]\\s{1,3})[ \\t]{0,3}${source}`, "gim");

const MENTIONS: RegExp[] = [
  // "please find attached", "see attached", "see the attached", "find enclosed", "see attachment".
  re(`\\b(?:please\\s{1,3})?(?:find|see|view|refer\\s{1,3}to)\\s{1,3}(?:(?:the|my|our)\\s{1,3})?(?:attached|enclosed|attachments?|enclosures?)\\b`),
  // "Please find the minutes of the last meeting attached", "you will find the plans enclosed".
  re(`\\b(?:please\\s{1,3})?(?:find|see)\\s{1,3}(?:[a-z0-9'’,&/\\-]{1,25}\\s{1,3}){1,10}?(?:attached|enclosed)\\b(?!\\s{1,3}to\\b)`),
  // "the attached is the latest version".
  re(`\\bthe\\s{1,3}(?:attached|enclosed)\\s{1,3}(?:is|are|shows|sets|gives|contains|includes|explains|has|lists|summarises|summarizes)\\b`),
  // "Attached is", "attached please find", "attached for your information", "attached to this email".
  re(`\\b(?:attached|enclosed)\\s{1,3}(?:please\\s{1,3}find|is|are|you\\s{1,3}will\\s{1,3}find|you['’]ll\\s{1,3}find|herewith|for\\s{1,3}your\\s{1,3}[a-z]{2,15}|for\\s{1,3}info(?:rmation)?|as\\s{1,3}(?:requested|promised|discussed)|(?:to|with)\\s{1,3}this\\s{1,3}(?:e-?mail|message))\\b`),
  // "I attach", "we enclose", "I have attached", "I've also attached", "we've enclosed".
  re(`\\b(?:i|we)\\s{1,3}(?:(?:have|['’]ve)\\s{1,3})?(?:also\\s{1,3}|now\\s{1,3}|just\\s{1,3}|therefore\\s{1,3}|hereby\\s{1,3})?(?:attach(?:ed)?|enclosed?)\\b(?!\\s{1,3}(?:great|no|little|much|more|less|any|particular|considerable|real|huge|importance|significance|weight|value|blame)\\b)`),
  re(`\\b(?:i|we)['’]ve\\s{1,3}(?:also\\s{1,3}|now\\s{1,3}|just\\s{1,3})?(?:attached|enclosed)\\b`),
  // "I'm attaching", "we are enclosing", "Attaching the minutes for info".
  re(`\\b(?:(?:i|we)\\s{1,3}(?:am|are)|i['’]m|we['’]re)\\s{1,3}(?:also\\s{1,3}|now\\s{1,3}|just\\s{1,3})?(?:attaching|enclosing)\\b`),
  opening(`(?:attaching|enclosing)\\s{1,3}(?:herewith|a|an|the|my|our|two|three|both|copies|cop(?:y|ies)\\s{1,3}of)\\b`),
  // "the attached agenda", "our enclosed letter".
  re(`\\b(?:the|my|our|this|these)\\s{1,3}(?:attached|enclosed)\\s{1,3}${ADJ}${DOC}\\b`),
  // "please see the attached." / "as attached" / "as per attached".
  re(`\\b(?:as|per)\\s{1,3}(?:per\\s{1,3})?(?:the\\s{1,3})?attached\\b(?!\\s{1,3}to\\b)`),
  // "The agenda is attached", "copies are enclosed" (not "attached to the wall").
  stated(`\\b${DOC}\\s{1,3}(?:is|are)\\s{1,3}(?:also\\s{1,3}|now\\s{1,3}|duly\\s{1,3})?(?:attached|enclosed)\\b(?!\\s{1,3}to\\s{1,3}(?!(?:this|the|my)\\s{1,3}(?:e-?mail|message)))`),
  // "Agenda attached." "Minutes attached for your information."
  re(`\\b${DOC}\\s{1,3}(?:attached|enclosed)\\s{0,3}(?:[.!:;]|$|\\n|-|\\u2013|for\\s{1,3}(?:your|info|information|reference)|herewith|as\\s{1,3}(?:requested|promised|discussed)|please\\b)`),
  // "Attached minutes from Tuesday" / "Attached: invoice 2231" at the start of a sentence.
  opening(`(?:attachments?|enclosures?)\\s{0,3}:`),
  opening(`(?:attached|enclosed)\\s{0,3}(?::|-|\\u2013|${ADJ}${DOC}\\b)`),
  // "in the attachment", "open the attachment", "attachments included".
  re(`\\b(?:in|open|check|read|review|view|see|find|download)\\s{1,3}(?:the\\s{1,3}|my\\s{1,3}|our\\s{1,3}|this\\s{1,3})?(?:attachments?|enclosures?)\\b`),
  re(`\\b(?:attachments?|enclosures?)\\s{1,3}(?:included|enclosed|attached|below|herewith)\\b`),
  re(`\\b(?:i|we)\\s{1,3}(?:(?:have|['’]ve)\\s{1,3})?(?:included|added|sent)\\s{1,3}(?:an?|the|two|three|some)\\s{1,3}attachments?\\b`),
  // "I'm sending the agenda as an attachment" (the sender's own act, not a request to the reader).
  re(`\\b(?:i|we)(?:\\s{1,3}(?:am|are|have|will)|['’](?:m|re|ve))?\\s{1,3}(?:also\\s{1,3}|now\\s{1,3})?(?:sending|sent|send|forwarding|included|including|put|putting)\\b[^.!?\\n]{0,60}?\\b(?:as|in)\\s{1,3}(?:an?\\s{1,3})?attachments?\\b`),
  // "the agenda (attached)".
  re(`[(\\[]\\s{0,2}(?:attached|enclosed|see\\s{1,3}attached|attachments?)\\s{0,2}[)\\]]`),
  // "PFA" (please find attached), in capitals only.
  new RegExp("\\bPFA\\b", "g"),
];

/** No mention the patterns find is longer than this. */
const MAX_MENTION = 300;

/** First-person "attach" verbs also fix things to things: "we have attached the signs to the railings". */
const PHYSICAL_AFTER =
  /^[^.!?\n]{0,50}?\bto\s{1,3}(?:the|a|an|each|every|all|both|our|its|their)\s{1,3}(?:[a-z]{1,15}\s{1,3})?(?:walls?|posts?|lamp-?\s{0,2}posts?|trees?|fences?|railings?|gates?|doors?|benches?|noticeboards?|notice\s{1,3}boards?|buildings?|poles?|columns?|bins?|shelters?|pavilion|hall|frames?|boards?|bridge|brackets?)\b/i;

/** The mention refers to something the reader sent, or to another email, or is a link. */
const RECEIVED_BEFORE =
  /\b(?:thank(?:s|\s{1,3}you)|received|receiving|got|(?:have|['’]ve|had|having)\s{1,3}(?:now\s{1,3}|just\s{1,3}|already\s{1,3})?read|reviewed|looked\s{1,3}(?:at|through)|seen|noted|opened|for\s{1,3}sending|your|(?:did|have|has)\s{1,3}you\s{1,3}(?:get|receive|see|open|read))\b[^.!?\n]{0,40}$/i;
const RECEIVED_AFTER = /^[^.!?\n]{0,30}\b(?:you\s{1,3}(?:sent|attached|provided|forwarded|emailed|supplied)|from\s{1,3}(?:you|your)|in\s{1,3}your\s{1,3}(?:e-?mail|message|letter)|(?:didn['’]t|did\s{1,3}not|doesn['’]t|does\s{1,3}not|won['’]t|will\s{1,3}not)\s{1,3}(?:come|open|work|load))/i;
const ELSEWHERE =
  /\b(?:(?:previous|earlier|last|original|separate|other|first|second|next|following|another)\s{1,3}(?:e-?mails?|messages?|mails?)|(?:week|month)['’]s\s{1,3}(?:e-?mail|message)|sent\s{1,3}(?:it|them|this|these)?\s{0,3}(?:earlier|yesterday|previously|last\s{1,3}week|before))\b/i;
/** "Make sure the form is attached", "if the plans are attached": the reader's task, or a condition. */
const CONDITION_BEFORE =
  /\b(?:make\s{1,3}sure|ensure|check(?:\s{1,3}that|\s{1,3}whether)?|remember\s{1,3}to|(?:don['’]t|do\s{1,3}not)\s{1,3}forget|if|whether|unless|once|when|provided|as\s{1,3}long\s{1,3}as)\b[^.!?\n]{0,60}$/i;

/** The sender cannot open something: "I can't open the attachment". */
const CANNOT_OPEN = /\b(?:can['’]?t|cannot|can\s{1,3}not|unable\s{1,3}to|couldn['’]?t|could\s{1,3}not|won['’]?t)\s{1,3}(?:open|download|read|view|see|access)\b/i;
const LINK_AFTER = /^\s{0,3}(?:[a-z]{1,15}\s{1,3}){0,2}?(?:link|links|url|hyperlink|web\s{0,2}page)\b/i;

/** A mention of a picture, which may be pasted into the body rather than attached. */
const PICTURE = /\b(?:photo|photos|photograph|photographs|picture|pictures|pics?|images?|screenshots?|screen\s{1,3}shots?|snips?|snapshots?)\b/i;

/** Is a picture pasted into the sender's own text (before the signature and the history)? */
function pictureInNewText(body: ParsedBody): boolean {
  if (!body.source || body.anchors.length === 0) return false;
  // The source offset where the new text ends: the first anchor at or after it.
  let lo = 0;
  let hi = body.anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (body.anchors[mid].text < body.newText.end) lo = mid + 1;
    else hi = mid;
  }
  const sourceEnd = lo < body.anchors.length ? body.anchors[lo].source : body.source.length;
  return /<img\b[^>]{0,2000}?\bsrc\s{0,3}=\s{0,3}["']?\s{0,3}(?:cid:|data:image)/i.test(body.source.slice(0, sourceEnd));
}

export default createRule({
  meta: {
    id: "missing-attachment",
    description: "The message says something is attached, but nothing is.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.businessLanguage,
    messages: {
      noAttachment: 'You say something is attached ("{phrase}") but nothing is. Attach the file, or remove the mention.',
    },
    options: z.strictObject({
        /** More wordings that promise an attachment, matched as whole phrases (e.g. "herewith"). */
        extraPhrases: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))).check(z.maxLength(50)), []),
        /** Wordings that never count, e.g. a standing footer line that mentions attachments. */
        ignorePhrases: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(200))).check(z.maxLength(50)), []),
        /** Count inline attachments (pictures pasted into the body) as attachments. */
        countInline: z._default(z.boolean(), false),
      }),
  },
  check(context) {
    const { draft, body, options } = context;
    if (draft.attachments.some((a) => options.countInline || !a.isInline)) return;

    const patterns = MENTIONS.slice();
    if (options.extraPhrases.length) {
      patterns.push(re(`\\b(?:${options.extraPhrases.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s{1,3}")).join("|")})\\b`));
    }
    const ignored = options.ignorePhrases.map((p) => squash(p).toLowerCase());

    /** The first mention of an attachment in `text[from, to)`, judged by its sentence. */
    const find = (text: string, from: number, to: number): { start: number; end: number } | null => {
      const region = text.slice(from, to);
      // Cheap first pass: most messages never say "attach", "enclos" or "attachment".
      if (!/attach|enclos|PFA/i.test(region) && patterns.length === MENTIONS.length) return null;
      let best: { start: number; end: number } | null = null;
      let searched = region;
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = pattern.exec(searched)) !== null) {
          // The mention starts at its first letter (some patterns take in the end of the sentence before).
          const start = from + m.index + Math.max(0, m[0].search(/[A-Za-z]/));
          const end = from + m.index + m[0].length;
          if (best && start >= best.start) break;
          const sentence = sentenceAround(text, start, end, from, to, 300);
          const before = text.slice(sentence.start, start);
          const after = text.slice(end, sentence.end);
          const words = text.slice(sentence.start, sentence.end);
          if (RECEIVED_BEFORE.test(before) || RECEIVED_AFTER.test(after) || ELSEWHERE.test(words) || LINK_AFTER.test(after)) continue;
          if (PHYSICAL_AFTER.test(after) || CANNOT_OPEN.test(words)) continue;
          if ((pattern as RegExp & { stated?: boolean }).stated && CONDITION_BEFORE.test(before)) continue;
          const lower = squash(words).toLowerCase();
          if (ignored.some((p) => lower.includes(p))) continue;
          best = { start, end };
          // Later patterns need only look for an earlier mention: none is longer than MAX_MENTION.
          searched = text.slice(from, Math.min(to, start + MAX_MENTION));
          break;
        }
      }
      return best;
    };

    // "See the attached photo" with the photo pasted into the message: the picture is there.
    const pasted = draft.attachments.some((a) => a.isInline && (/^image\//i.test(a.contentType) || /\.(?:png|jpe?g|gif|bmp|webp|heic)$/i.test(a.name)));
    const pictureShown = (text: string, at: { start: number; end: number }): boolean =>
      pasted && PICTURE.test(text.slice(Math.max(0, at.start - 60), Math.min(text.length, at.end + 60))) && pictureInNewText(body);

    const report = (field: "subject" | "body", text: string, found: { start: number; end: number }): void => {
      context.report({
        messageId: "noAttachment",
        data: { phrase: squash(text.slice(found.start, found.end)) },
        evidence: [{ field, excerpt: excerpt(text, found.start, found.end, field === "subject" ? 60 : 40), start: found.start, end: found.end }],
      });
    };

    const subject = draft.subject;
    // A reply's or forward's subject was written for the earlier message.
    if (subject && !/^\s*(?:re|fw|fwd|aw|wg|tr|sv|vs)\s*:/i.test(subject)) {
      const found = find(subject, 0, subject.length);
      if (found && !pictureShown(subject, found)) {
        report("subject", subject, found);
        return;
      }
    }
    for (const slice of context.slices(["new", "signature"])) {
      const found = find(body.text, slice.start, slice.end);
      if (found && !pictureShown(body.text, found)) {
        report("body", body.text, found);
        return;
      }
    }
  },
});
