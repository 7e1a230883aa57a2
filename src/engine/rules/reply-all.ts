import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { linesOf } from "../body";
import { createRule, type Evidence, type Recipient, type TextSlice } from "../rule";
import { sentencesOf, squash, wordsOf, type Sentence } from "../text";
import { plainName } from "../signature";
import type { Policy } from "../../policy/schema";
import { TO_A_MEETING, firstChars, phraseList, sentenceEvidence, straighten } from "../lib/council-business";

/**
 * Outlook has no "reply all" compose type, so a reply to two or more people in To and Cc is
 * taken as one. Such a reply is reported when it is inappropriate: it goes to a large audience,
 * it only says thanks, it mixes council and outside addresses, it goes to a distribution list,
 * or a councillor uses it to propose, agree or vote on council business with a quorum.
 */

const options = z.strictObject({
    /** A reply to this many people (To and Cc) or more is a large audience. */
    largeAudience: z._default(z.int().check(z.minimum(2), z.maximum(10000)), 10),
    /** A reply of at most this many words of new text, that only acknowledges, is a short acknowledgement. */
    acknowledgementWords: z._default(z.int().check(z.minimum(1), z.maximum(60)), 12),
    /** More words or phrases that acknowledge, e.g. "diolch". */
    extraAcknowledgements: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))).check(z.maxLength(200)), []),
    /** Report a reply that goes both to council addresses and to people outside the council. */
    mixedAudience: z._default(z.boolean(), true),
    /** How many councillors make a quorum for the decision check. */
    quorum: z._default(z.int().check(z.minimum(2), z.maximum(100)), 3),
    /** Distribution lists that reach every councillor, besides any list named like "councillors@" or "members@". */
    councillorLists: z._default(z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(2), z.maxLength(320))).check(z.maxLength(100)), []),
  });

type Options = z.infer<typeof options>;

// ---------------------------------------------------------------------------------------------
// Short acknowledgements

/** Thanks and the like: a clause that opens with one of these is an acknowledgement, however it goes on. */
const THANKS = [
  "thanks", "thank you", "thankyou", "thank u", "thx", "ta", "many thanks", "much appreciated", "really appreciated",
  "appreciated", "cheers", "well done", "congratulations", "congrats", "good luck", "best of luck", "hear hear",
];

/** Interjections: an acknowledgement only when little follows ("Noted", "OK thanks", "Agreed, Peter"). */
const INTERJECTIONS = [
  "noted", "duly noted", "received", "got it", "gotcha", "will do", "agreed", "i agree", "agree", "same here", "me too",
  "likewise", "ditto", "ok", "okay", "k", "great", "perfect", "lovely", "brilliant", "excellent", "wonderful", "fantastic",
  "super", "fab", "fabulous", "splendid", "marvellous", "good stuff", "nice one", "sounds good", "sounds great", "sounds fine",
  "looks good", "looks great", "fine by me", "fine with me", "works for me", "all good", "understood", "acknowledged",
  "good news", "great news", "brilliant news", "yes", "yep", "yes please", "no problem", "no worries", "of course",
  "absolutely", "happy with that", "happy with this", "i'm happy with that", "i am happy with that", "+1", "seconded",
  "i second that", "i support this", "i'll be there", "i will be there",
];

const alternation = (list: readonly string[]): string =>
  list
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
    .sort((a, b) => b.length - a.length)
    .join("|");

/** A clause of a short reply that acknowledges. Only ever run on clauses of a reply of a dozen words or so. */
const ACK_CLAUSE = new RegExp(
  `^(?:(?:oh|ah|yes|ok|okay|right|great|well)[,!]?\\s+)?(?:(?:${alternation(THANKS)})(?![A-Za-z0-9])|(?:${alternation(INTERJECTIONS)})(?:\\s+\\S+){0,2}\\s*$)`,
  "i",
);

/** A clause that is nothing but a closing pleasantry ("see you Tuesday", "I'll be there"). */
const CLOSER = /^(?:(?:i'll|i will|will)\s+be\s+there|see\s+you\s+(?:all\s+)?(?:there|then|soon|later|tomorrow|on\s+\w+|at\s+\w+|next\s+\w+|\w+day)|look(?:ing)?\s+forward\s+to\s+(?:it|that|this|seeing\s+(?:you|everyone)(?:\s+there|\s+then)?)|have\s+a\s+(?:good|great|lovely|nice)\s+\w+|speak\s+soon)$/;

/** A greeting line ("Hi all,", "Dear Jane", "Morning everyone"). */
const GREETING = /^(?:hi|hiya|hello|hey|dear|morning|afternoon|evening|good\s+(?:morning|afternoon|evening))(?:\s+[A-Za-z.'-]{1,30}){0,3}\s*[,!:]?$/i;

/** A line that is only a name, as people sign short replies ("Peter", "Cllr Smith", "J"). */
const NAME_LINE = /^(?:cllr\.?\s+|councillor\s+)?[A-Z][A-Za-z'-]{0,30}(?:\s+[A-Z][A-Za-z'-]{0,30}){0,2}[,.]?$/;

/** A sign-off line in title case: a name, a job title, the council's name ("Clerk to the Council"). */
const TITLE_LINE = /^[A-Z][A-Za-z'&.(),-]{0,30}(?:\s+(?:[A-Z(][A-Za-z'&.(),-]{0,30}|of|to|the|and|for|on|&|-)){0,7}[,.]?$/;

/** A line from a sign-off block: contact details and the like. */
const CONTACT_LINE = /(?:\bwww\.|https?:\/\/|@[a-z0-9-]+\.|\b(?:tel|telephone|mob|mobile|phone)\b\s*[:.]?|\b\d{4,5}\s?\d{3}\s?\d{3,4}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|^sent\s+from\s+my\b|^get\s+outlook\s+for\b)/i;

/** A valediction that thanks, as the body reader files it under the signature ("Many thanks"). */
const THANKS_VALEDICTION = /^\s*(?:many\s+thanks|thanks(?:\s+again|\s+very\s+much|\s+so\s+much|\s+all)?|thank\s+you(?:\s+all|\s+very\s+much|\s+so\s+much)?|cheers)\s*[,.!]*\s*$/i;

/** At most this many words of a short reply may be about something other than the thanks. */
const MAX_OTHER_WORDS = 5;

interface Content {
  text: string;
  start: number;
  end: number;
}

/** The sender's own words: the new text without the greeting, the sign-off name or contact lines. */
function ownWords(slices: readonly TextSlice[], nameLines: ReadonlySet<string>): Content[] {
  const out: Content[] = [];
  let stopped = false;
  for (const slice of slices) {
    if (stopped) break;
    for (const { line, start } of linesOf(slice.text)) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      const folded = squash(trimmed).toLowerCase();
      if (nameLines.has(folded) || (CONTACT_LINE.test(trimmed) && wordsOf(trimmed).length <= 8)) {
        stopped = true;
        break;
      }
      const lead = line.length - line.trimStart().length;
      out.push({ text: trimmed, start: slice.start + start + lead, end: slice.start + start + lead + trimmed.length });
    }
  }
  // A greeting at the top and bare name lines at the bottom are not what the reply says.
  if (out.length > 0 && GREETING.test(straighten(out[0].text)) && !isAckClause(straighten(out[0].text).toLowerCase(), null)) out.shift();
  while (out.length > 0 && (NAME_LINE.test(out[out.length - 1].text) || TITLE_LINE.test(out[out.length - 1].text)) && !isAckClause(out[out.length - 1].text.toLowerCase(), null)) out.pop();
  return out;
}

/** Emoji people send instead of words (thumbs up, clapping, smiles, hearts, party popper). */
const ACK_EMOJI = /^(?:\ud83d[\udc4d\udc4f\ude4f\ude0a\ude00\ude42\udc4c]|\ud83c\udf89|\u2764\ufe0f?|\u263a\ufe0f?|:\)|:-\))+$/;

function isAckClause(clause: string, extra: RegExp | null): boolean {
  const c = clause.trim().replace(/[.!,;:]+$/, "");
  if (!c) return false;
  return ACK_CLAUSE.test(c) || CLOSER.test(c) || ACK_EMOJI.test(c.replace(/\s+/g, "")) || (extra !== null && extra.test(c));
}

interface Acknowledgement {
  start: number;
  end: number;
  excerpt: string;
}

/** Is the reply nothing more than a short thanks or acknowledgement? */
function shortAcknowledgement(
  content: Content[],
  signature: readonly TextSlice[],
  opts: Options,
  extra: RegExp | null,
): Acknowledgement | null {
  if (content.length === 0) {
    // "Thanks" on its own line is filed as the start of the signature.
    const first = signature.length > 0 ? linesOf(signature[0].text).find((l) => l.line.trim() !== "") : undefined;
    if (!first || !THANKS_VALEDICTION.test(first.line)) return null;
    const lead = first.line.length - first.line.trimStart().length;
    const start = signature[0].start + first.start + lead;
    const text = first.line.trim();
    return { start, end: start + text.length, excerpt: text };
  }
  const text = content.map((c) => c.text).join("\n");
  if (text.indexOf("?") >= 0) return null;
  const words = wordsOf(text).length;
  if (words > opts.acknowledgementWords) return null;
  let acks = 0;
  let others = 0;
  for (const clause of straighten(text).toLowerCase().split(/[.!,;:\n()]+|\s-+\s|\s-+$|^-+\s/)) {
    const trimmed = clause.trim();
    if (!trimmed) continue;
    if (isAckClause(trimmed, extra)) acks++;
    else others += wordsOf(trimmed).length;
  }
  if (acks === 0 || others > MAX_OTHER_WORDS) return null;
  const start = content[0].start;
  const end = content[content.length - 1].end;
  return { start, end, excerpt: squash(text).slice(0, 160) };
}

// ---------------------------------------------------------------------------------------------
// Decisions by email

/**
 * Proposing, seconding, agreeing, voting or declaring something decided. Each pattern starts
 * at a fixed word and its gaps are bounded, so matching stays linear.
 */
const DECISION_PATTERNS: readonly RegExp[] = [
  // Proposing and moving.
  /\bi(?:'d|\s+would)?\s+(?:like\s+to\s+|wish\s+to\s+|want\s+to\s+|formally\s+|hereby\s+)?(?:propose|move)\s+(?:that\b|we\b|the\s+council\b|to\s+(?:accept|approve|award|appoint|adopt|spend|pay|buy|purchase|order|reject|refuse|support|object|grant|donate|go\s+with|proceed))/i,
  /\b(?:can|could|may)\s+i\s+(?:propose|move)\s+(?:that|we)\b/i,
  /\bpropose\s+(?:that\s+)?(?:we|the\s+council)\s+(?:accept|approve|go|award|appoint|adopt|spend|pay|buy|purchase|order|reject|refuse|support|object|agree|proceed|donate|grant|fund|choose|select|renew|commission|engage|instruct)\b/i,
  // Seconding ("seconded by Cllr Jones" reports a meeting, so it does not count).
  /\b(?:i(?:'ll|\s+will|'d|\s+would)?\s+(?:happily\s+|gladly\s+|formally\s+)?second\s+(?:that|this|it|the\s+(?:proposal|motion)|\w+'s\s+(?:proposal|motion))|happy\s+to\s+second|i'm\s+seconding|seconded(?!\s+by\b))/i,
  // Voting.
  /\bi(?:\s+(?:hereby\s+)?vote|'m\s+voting|\s+am\s+voting|'ll\s+vote|\s+will\s+vote|'d\s+vote|\s+would\s+vote)\s+(?:for|in\s+favour|against|to|yes|no)\b/i,
  /\bmy\s+vote\s+(?:is|goes|would\s+be|will\s+be)\b/i,
  /\b(?:yes|aye)\s+from\s+me\b|\bi'm\s+a\s+(?:yes|no)\b|\bcount\s+me\s+(?:in\s+favour|as\s+a\s+yes)\b/i,
  /\b(?:i'm|i\s+am)\s+(?:happy|content|fine)\s+(?:with|to\s+(?:support|approve|accept|go\s+with))\s+(?:the\s+|this\s+|that\s+|your\s+|[a-z]+'s\s+)?(?:proposal|recommendation|motion|quote|quotation|tender)\b/i,
  /\b(?:please\s+)?(?:reply|respond|vote)\s+(?:to\s+all\s+)?(?:with\s+(?:your\s+)?(?:vote|votes|yes\s+or\s+no)|by\s+(?:email|return))\b/i,
  /\b(?:all\s+in\s+favour|cast\s+your\s+votes?|email\s+vote|vote\s+by\s+email|please\s+vote)\b/i,
  /\b(?:i'm|i\s+am|we\s+are|we're)\s+(?:all\s+)?in\s+favour\s+of\s+(?:the\s+|this\s+|that\s+)?(?:quote|quotation|option|tender|proposal|motion|recommendation|accepting|approving|awarding|appointing|going|buying|purchasing|ordering|spending|paying|funding|granting|rejecting|refusing)\b/i,
  // Agreeing to a course of action.
  /\b(?:i|we)\s+(?:all\s+)?(?:agree|concur)\s+(?:that\s+)?(?:we|the\s+council)\s+(?:should|shall|will|must|go|accept|approve|award|appoint|proceed|order|buy|pay|spend|fund|reject|refuse)\b/i,
  /\b(?:i|we)\s+(?:all\s+)?(?:agree|concur)\s+(?:with|to)\s+(?:the|this|your|that|[a-z]+'s)\s+(?:proposal|recommendation|motion|quote|option|tender)\b/i,
  /\bi\s+support\s+(?:the|this|that|your|[a-z]+'s)\s+(?:proposal|motion|recommendation)\b/i,
  /\bi\s+support\s+(?:quote|quotation|option|tender|bid|design)\s+(?:[a-z]|\d{1,2})\b/i,
  /\b(?:let's|lets|let\s+us)\s+(?:go\s+(?:with|ahead)|go\s+for\s+(?:quote|quotation|option|tender|bid|design|the\s+(?:cheap|low|first|second|third)\w*)|accept|approve|award|appoint|choose|pick|proceed|agree\s+(?:to|on|that))\b/i,
  /\bwe\s+should\s+(?:accept|approve|award|appoint|go\s+with|go\s+for|choose|pick|reject|refuse|adopt)\s+(?:the|this|that|quote|quotation|option|tender|bid|[a-z]+'s)\b/i,
  // Declaring it decided.
  /\b(?:that's|that\s+is|so\s+that's|then\s+that's)\s+(?:agreed|decided|settled|approved|carried)\b/i,
  /\b(?:we're|we\s+are)\s+all\s+agreed\b/i,
  /\b(?:motion|proposal|resolution)\s+(?:is\s+)?(?:carried|passed|agreed)\b/i,
  /\b(?:we\s+have|that's|that\s+is|that\s+makes)\s+(?:a\s+)?majority\b/i,
  /\bconsider\s+it\s+(?:agreed|approved|decided)\b/i,
  /\bdecision\s+(?:is\s+)?made\b/i,
  // Asking the group to agree by email.
  /\b(?:can|could|shall)\s+we\s+(?:all\s+)?(?:agree|approve|vote)\s+(?:to|that|on|for)\b/i,
  /\b(?:do|are)\s+we\s+(?:all\s+)?(?:agree|agreed)\s+(?:to|that|on|with)\b/i,
  /\bis\s+(?:everyone|everybody|every\s+one)\s+(?:happy|agreed|content|in\s+agreement)\s+(?:to\s+(?:approve|accept|go|proceed|award|appoint|order|pay|spend)|with\s+(?:quote|quotation|option|tender|the\s+(?:proposal|recommendation|quote)))\b/i,
];

/**
 * Picking one of several options ("Option 2 for me", "I'd go with B"). A vote when the options
 * are quotes or designs; not when they are dates for a meeting, which councillors may well agree
 * by email.
 */
const CHOICE_PATTERNS: readonly RegExp[] = [
  /\b(?:quote|quotation|option|tender|bid|design|proposal)\s+(?:[a-z]|\d{1,2}|one|two|three|four)\s+(?:gets\s+my\s+(?:vote|support)|for\s+me|from\s+me|please|is\s+my\s+(?:preference|choice|vote))\b/i,
  /\bmy\s+(?:preference|choice|vote)\s+(?:is|would\s+be|goes\s+to|:)\s*(?:for\s+)?(?:quote|quotation|option|tender|bid|design)\b/i,
  /\bi(?:'d|\s+would)\s+(?:go|vote)\s+(?:with|for)\s+(?:quote|quotation|option|tender|bid|design)\s+(?:[a-z]|\d{1,2})\b/i,
];
const ANY_CHOICE = new RegExp(CHOICE_PATTERNS.map((re) => `(?:${re.source})`).join("|"), "i");

/** A date poll or diary question: choosing between its options decides nothing for the council. */
const SCHEDULING = /\b(?:dates?|times?|diary|diaries|availability|available|doodle|which\s+day|what\s+day|works\s+for|suit|suits|evening|morning|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** The decision patterns as one expression: a sentence is scanned once, not once per pattern. */
const ANY_DECISION = new RegExp(DECISION_PATTERNS.map((re) => `(?:${re.source})`).join("|"), "i");

/** A bare assent: on its own it only decides something if the message replied to proposed it. */
const BARE_ASSENT = /^(?:(?:yes|ok|okay)[,!.]?\s+)?(?:agreed|i\s+agree|agree|\+1|seconded|i\s+second\s+(?:that|this|it)|i'll\s+second\s+(?:that|this|it)|yes|same|me\s+too|happy\s+with\s+(?:that|this)|fine\s+by\s+me|i\s+support\s+(?:this|that|it)|support|in\s+favour|aye|approved)(?:[,\s]+(?:thanks|thank\s+you|from\s+me))?[.!]*$/i;

/** A proposal put to the group in the message replied to. */
const PROPOSAL_IN_QUOTE = /\b(?:i\s+propose|i\s+move\s+that|propose\s+(?:that\s+)?we|proposal\s+is\s+to|can\s+we\s+(?:all\s+)?agree|do\s+we\s+(?:all\s+)?agree|are\s+we\s+(?:all\s+)?agreed|is\s+everyone\s+(?:happy|agreed)|all\s+in\s+favour|please\s+vote|your\s+vote|seconder|can\s+i\s+have\s+a\s+second|agree\s+to\s+(?:accept|approve|award|go\s+with|order|appoint))\b/i;

/** How much of the quoted history counts as the message being replied to. */
const QUOTE_WINDOW = 3000;

function decisionSentence(sentences: readonly Sentence[], replyingTo: string): Sentence | null {
  let choices: boolean | null = null;
  for (const s of sentences) {
    const text = straighten(s.text);
    if (TO_A_MEETING.test(text)) continue;
    if (ANY_DECISION.test(text)) return s;
    if (ANY_CHOICE.test(text)) {
      if (choices === null) choices = !SCHEDULING.test(replyingTo);
      if (choices && !SCHEDULING.test(text)) return s;
    }
  }
  return null;
}

const COUNCILLOR_LIST = /^(?:all[._-]?)?(?:councillors?|cllrs?|members|all[._-]?members|council[._-]?members)(?:[._-]|$)/i;

function isCouncillorList(r: Recipient, extra: readonly string[]): boolean {
  if (!r.isDistributionList && extra.length === 0) return false;
  const address = r.address.trim().toLowerCase();
  const local = address.slice(0, Math.max(0, address.lastIndexOf("@")));
  if (extra.some((l) => (l.endsWith("@") ? local + "@" === l : address === l))) return true;
  return r.isDistributionList && COUNCILLOR_LIST.test(local);
}

const recipientEvidence = (r: Recipient): Evidence => ({ field: r.field, excerpt: r.address, index: r.index });

export default createRule({
  meta: {
    id: "reply-all",
    description: "A reply to everyone is appropriate: not to a crowd, not just to say thanks, not across the council's boundary, not to a list, not to decide by email.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.replyAll,
    messages: {
      largeAudience: "This reply goes to {count} people. Reply only to those who need to read it, or to the sender alone.",
      acknowledgement: "A short thank-you or acknowledgement need not go to everyone. Reply to the sender only.",
      mixedAudience: "This reply goes to council addresses and to people outside the council. Check everyone should see it all, or reply to them separately.",
      distributionList: "This reply goes to the whole {list} list. Reply only to the people who need it, not the list.",
      decisionByEmail: "Councillors cannot propose, agree or vote on council business by email. Ask the clerk to put it on the agenda of the next meeting.",
    },
    options,
    fixes: ["remove-recipient"],
  },
  check(context) {
    const { draft, options: opts, sender } = context;
    if (draft.composeType !== "reply") return;
    const own = sender.address.trim().toLowerCase();
    const seen = new Set<string>();
    const visible: Recipient[] = [];
    for (const r of context.recipients) {
      const key = r.address.trim().toLowerCase();
      if (r.field === "bcc" || !key || key === own || seen.has(key)) continue;
      seen.add(key);
      visible.push(r);
    }
    if (visible.length < 2) return;

    // (a) A large audience.
    if (visible.length >= opts.largeAudience) {
      context.report({ messageId: "largeAudience", data: { count: visible.length }, evidence: visible.map(recipientEvidence) });
    }

    // (e) A councillor deciding council business with a quorum of councillors.
    const newText = firstChars(context.slices(["new"]));
    const content = ownWords(newText, signatureLines(context.policy, sender.name));
    let decided = false;
    if (context.role === "councillor") {
      const everyone = context.recipients.filter((r) => r.address.trim().toLowerCase() !== own);
      const councillors = new Set(everyone.filter((r) => r.isCouncillor || listedAs(context.policy, r, "councillor")).map((r) => r.address.trim().toLowerCase()));
      const list = everyone.find((r) => isCouncillorList(r, opts.councillorLists));
      if (councillors.size >= opts.quorum || list) {
        const sentences = sentencesOf(newText);
        const quoted = context.slices(["quoted"]);
        const replyingTo = quoted.length > 0 ? straighten(quoted[0].text.slice(0, QUOTE_WINDOW)) : "";
        let found = decisionSentence(sentences, replyingTo);
        if (!found) found = assentToProposal(content, sentences, replyingTo);
        if (found) {
          decided = true;
          context.report({ messageId: "decisionByEmail", evidence: [sentenceEvidence(found)] });
        }
      }
    }

    // (b) A short acknowledgement (unless it is a decision: replying to one person would not fix that).
    if (!decided && !draft.attachments.some((a) => !a.isInline)) {
      const ack = shortAcknowledgement(content, context.slices(["signature"]), opts, phraseList(opts.extraAcknowledgements));
      if (ack && !(visible.length <= 2 && /\bboth\b/i.test(ack.excerpt))) {
        context.report({ messageId: "acknowledgement", evidence: [{ field: "body", excerpt: ack.excerpt, start: ack.start, end: ack.end }] });
      }
    }

    // (c) Council addresses and outside addresses on one reply. Trusted partners count as neither.
    if (opts.mixedAudience) {
      // Councillors and officers the policy lists by a personal address are on the council's side.
      const inside = (r: Recipient): boolean => r.kind === "internal" || listedAs(context.policy, r, "any");
      const internal = visible.filter(inside);
      const external = visible.filter((r) => r.kind === "external" && !inside(r));
      if (internal.length > 0 && external.length > 0) {
        context.report({ messageId: "mixedAudience", evidence: [...external, ...internal].map(recipientEvidence) });
      }
    }

    // (d) A distribution list among the recipients.
    const lists = new Set<string>();
    for (const r of context.recipients) {
      const key = r.address.trim().toLowerCase();
      if (!r.isDistributionList || lists.has(key)) continue;
      lists.add(key);
      const others = visible.filter((v) => !v.isDistributionList && v.address.trim().toLowerCase() !== r.address.trim().toLowerCase());
      context.report({
        messageId: "distributionList",
        data: { list: r.address },
        evidence: [recipientEvidence(r)],
        ...(others.length > 0 ? { fix: { kind: "remove-recipient" as const, field: r.field, address: r.address } } : {}),
      });
    }
  },
});

/** "Agreed" or "+1" in reply to a message that put a proposal to the group. */
function assentToProposal(content: Content[], sentences: readonly Sentence[], replyingTo: string): Sentence | null {
  if (content.length === 0 || !replyingTo) return null;
  const said = straighten(content.map((c) => c.text).join(" ")).replace(/\s+/g, " ").trim();
  if (said.length > 200 || !BARE_ASSENT.test(said)) return null;
  if (!PROPOSAL_IN_QUOTE.test(replyingTo)) return null;
  return sentences.find((s) => s.start >= content[0].start && s.end <= content[content.length - 1].end) ?? null;
}

/** Does the policy name this address as one of its councillors (or, for "any", its people)? */
function listedAs(policy: Policy, r: Recipient, as: "councillor" | "any"): boolean {
  const a = r.address.trim().toLowerCase();
  const person = policy.people.find((p) => p.address === a);
  if (person) return as === "any" || person.role === "councillor";
  return policy.councillors.addresses.indexOf(a) >= 0;
}

/** Lines of the approved signatures, filled with the sender's name, so they are not read as content. */
function signatureLines(policy: Policy, displayName: string): Set<string> {
  const name = plainName(displayName);
  const out = new Set<string>();
  for (const role of ["officer", "councillor"] as const) {
    for (const line of policy.signatures[role].lines) {
      if (/\{(?!name\})\w+\}/.test(line)) continue;
      if (line.indexOf("{name}") >= 0 && !name) continue;
      const filled = squash(line.replace("{name}", name)).toLowerCase();
      // A line that is only the name is left to the name-line check at the end of the content.
      if (filled && filled !== name.toLowerCase()) out.add(filled);
    }
  }
  return out;
}
