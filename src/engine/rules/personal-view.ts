import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { createRule, type Evidence } from "../rule";
import { keywordMatches } from "../lib/keyword-scan";
import { escapeRegExp, excerpt } from "../text";

/** At most this many sentences are shown as evidence. */
const MAX_EVIDENCE = 5;

/** An apostrophe as people type it. */
const A = "(?:'|’)";
const S = "\\s{1,3}";

/** Empathy, not a stance: "I am disappointed to hear about your experience". */
const NOT_EMPATHY = `(?!${S}to${S}(?:hear|learn|read|see|find|say|report|tell))`;

/**
 * Phrases that frame what follows as the writer's opinion: "in my opinion", "personally". They
 * count unless the sentence only gives advice ("in my view the best approach is to email the clerk").
 */
const FRAMERS = [
  `\\bin${S}my${S}(?:honest${S}|humble${S})?(?:opinion|view)\\b`,
  `\\bmy${S}(?:own${S})?(?:view|opinion|position|feeling)${S}(?:is|remains|has${S}always${S}been)\\b`,
  `\\bI${S}am${S}of${S}the${S}(?:view|opinion)\\b`,
  `\\bI${S}personally${S}(?:think|believe|feel|support|oppose|object|disagree|agree|am|would|will${S}be${S}vot|cannot|can${A}?t|do${S}not|don${A}t)\\b`,
  `^personally\\b`,
  `\\bpersonally${S}(?:,${S}?)?I\\b`,
];

/**
 * Phrases that take a stance: "I oppose", "I'm appalled", "this is a disgrace". They still need
 * council business nearby to count.
 */
const STANCES = [
  `\\bI(?:${A}m|${S}am)${S}(?:(?:totally|completely|strongly|firmly|very${S}much|wholeheartedly|fully|utterly|absolutely|really|very|extremely|deeply|quite|so)${S}){0,2}(?:against|opposed|in${S}favour${S}of|in${S}support${S}of|supportive${S}of|appalled|disgusted|outraged|horrified|dismayed|disappointed|furious|angry|saddened|unhappy|astonished|shocked|sceptical|skeptical|not${S}happy|not${S}in${S}favour|not${S}convinced|unconvinced|delighted${S}(?:that|with|by))\\b${NOT_EMPATHY}`,
  `\\bI${S}(?:(?:strongly|fully|firmly|wholeheartedly|totally|completely|really|would|will|shall|cannot|can${A}?t|could${S}not|couldn${A}t|do${S}not|don${A}t|do|still|also|entirely|must)${S}){0,2}(?:support(?!${S}you\\b|${S}your${S}(?:request|enquiry|query|email|suggestion|efforts|work|group|event))|oppose|object${S}to|disagree${S}with|agree${S}with|share${S}your${S}(?:concerns?|view|anger|frustration)|deplore|condemn|welcome${S}the${S}(?:decision|scheme|proposal|plans?))\\b`,
  `\\bI${S}(?:strongly${S})?(?:object|disagree)\\b`,
  `\\bI(?:${A}m|${S}am)${S}writing${S}to${S}(?:object|support|oppose|express${S}my)\\b`,
  `\\bI${S}(?:(?:will|would|shall|intend${S}to|plan${S}to|am${S}going${S}to|won${A}t|will${S}not|would${S}not)${S})?(?:be${S})?vot(?:e|ing)${S}(?:against|for|in${S}favour)\\b`,
  `\\bI${S}voted${S}(?:against|for|in${S}favour)\\b`,
  `\\b(?:is|was|are|were|it${A}s|that${A}s)${S}(?:(?:an?|the)${S})?(?:(?:absolute|complete|total|utter|real|frankly|simply|just|national|local)${S})?(?:disgrace|scandal|shambles|farce|fiasco|outrage|joke|nonsense|madness|travesty|insult)\\b`,
  `\\b(?:disgraceful|scandalous|outrageous|ludicrous|absurd|shameful|laughable)\\b`,
  `\\bwaste${S}of${S}(?:(?:public|taxpayers${A}?|council|residents${A}?|our|everyone${A}s)${S})?(?:money|funds|resources|time${S}and${S}money)\\b`,
  `\\bthe${S}(?:(?:town|parish)${S})?council${S}(?:is|was|has${S}been|are|were)${S}(?:(?:completely|totally|utterly|simply|quite|plainly|clearly|just)${S})?wrong\\b`,
  `\\b(?:(?:has|have)${S})?got${S}(?:it|this|that|things)${S}(?:(?:completely|totally|badly|so|very)${S})?wrong\\b`,
  `\\bshould${S}never${S}have\\b`,
  `\\b(?:vanity${S}project|white${S}elephant)\\b`,
  `\\bI(?:${A}d|${S}would)${S}(?:like|love|prefer)${S}to${S}see${S}(?:the${S}|this${S}|our${S})?(?:(?:town|parish)${S})?(?:council|committee|scheme|plans?|proposal|precept|budget|application|decision)\\b`,
  `\\bI(?:${A}m|${S}am)${S}all${S}for\\b`,
  `\\b(?:an?${S})?(?:appalling|shocking|terrible|awful|dreadful|ridiculous|crazy|stupid|mad|disastrous|scandalous|shameful|short-sighted|misguided)${S}(?:decision|scheme|plan|plans|proposal|idea|waste|choice|policy|budget|precept)\\b`,
];
const STRONG = [...FRAMERS, ...STANCES];

/** A councillor explaining why they cannot give a view (predetermination) is not giving one. */
const NO_VIEW =
  /\b(?:pre-?determin\w*|open\s{1,3}mind|(?:cannot|can(?:'|’)?t|unable\s{1,3}to|not\s{1,3}able\s{1,3}to)\s{1,3}(?:comment|(?:express|give|offer|share)\s{1,3}(?:a|an|my)\s{1,3}(?:view|opinion)))/i;

/** Words that give an opinion only when the sentence also judges something. */
const WEAK = `\\bI${S}(?:(?:really|honestly|genuinely|strongly|do|still|also|firmly|truly|certainly|just)${S})?(?:think|believe|feel|reckon|consider|would${S}argue)\\b|\\bI${A}d${S}(?:say|argue)\\b|\\bI${S}(?:have|must)${S}to${S}say\\b|\\bI${S}must${S}say\\b|\\bto${S}my${S}mind\\b|\\bfrankly\\b|\\bas${S}far${S}as${S}I${A}?m${S}concerned\\b|\\bas${S}far${S}as${S}I${S}am${S}concerned\\b|\\b(?:it${A}s|it${S}is|it${S}seems|seems)${S}(?:(?:clear|obvious|plain)${S})?to${S}me\\b`;

/** A judgement: what turns "I think" from a hedge about a fact into an opinion. */
const JUDGEMENT = new RegExp(
  `\\b(?:should(?:n${A}t|${S}not)?|ought|must${S}not|mustn${A}t|wrong|mistake|mistaken|misguided|flawed|ill[\\s-]conceived|short[\\s-]sighted|foolish|daft|silly|stupid|crazy|terrible|awful|dreadful|appalling|disgrace|disgraceful|shameful|shame|pity|unacceptable|unfair|unjust|unreasonable|excessive|extortionate|overpriced|too${S}(?:much|high|expensive|big|large|many|low|little|costly|far|dangerous)|waste|wasteful|pointless|unnecessary|unneeded|needless|ridiculous|absurd|ludicrous|eyesore|overdevelopment|out${S}of${S}keeping|inappropriate|worse|worst|poor|great|excellent|brilliant|fantastic|superb|wonderful|sensible|(?:a${S})?(?:good|bad)${S}idea|the${S}(?:right|wrong)${S}(?:decision|choice|thing|approach|call)|(?:good|poor)${S}value|value${S}for${S}money|beneficial|harmful|damaging|detrimental|deserve[sd]?|ought${S}to|failed|failing|incompetent|arrogant|out${S}of${S}touch|hasn${A}t${S}listened|not${S}listened|ignored|ignoring|let${S}(?:[a-z]+${S}){0,2}down|badly|poorly|caus(?:e|es|ing)${S}(?:[a-z]+${S}){0,2}(?:problems|issues|harm|damage|chaos|disruption|nuisance|misery)|anti-?social|unsafe|dangerous|disaster|disastrous|nightmare|ugly|hideous|unsuitable|unjustified|unjustifiable|unaffordable|overbearing|out${S}of${S}character|ruin|ruins|spoil|spoils|blight|destroy)\\b`,
  "i",
);

/** Advice to the reader, which is not an opinion on council business. */
const ADVICE = new RegExp(
  `\\b(?:you|we)${S}(?:should|ought${S}to|must|might|could|may${S}want${S}to)\\b|\\b(?:best|good${S}idea|worth|better|sensible|wise)${S}(?:(?:thing|way|option|approach|course|route|step)${S})?(?:(?:would${S}be|is|forward${S}is)${S})?(?:to|if|for${S}you)\\b|\\bshould${S}(?:be${S}able${S}to|receive|hear|get|have${S}(?:received|heard|had))\\b`,
  "gi",
);

const ADVICE_ANY = new RegExp(ADVICE.source, "i");

/** Council business: what an opinion must be about for the rule to care. */
const TOPICS = [
  "council", "councils", "councillor", "councillors", "cllr", "cllrs", "planning", "application", "applications", "budget",
  "budgets", "precept", "committee", "committees", "decision", "decisions", "scheme", "schemes", "proposal", "proposals",
  "proposed", "development", "developments", "consultation", "policy", "policies", "grant", "grants", "funding", "spending",
  "council tax", "project", "motion", "resolution", "vote", "voted", "plans", "contract", "tender", "allotment", "allotments",
  "mayor", "clerk", "neighbourhood plan", "local plan", "byelaw", "byelaws", "closure", "regeneration", "refurbishment",
  "skate park", "parking charges", "car park charges", "toilets", "works",
];

/**
 * Statements that the view is the writer's own. The waiver clause ("Any views expressed by a
 * councillor are their own") does not count: see the docs.
 */
const DISCLAIMERS = [
  `\\bmy${S}(?:own${S})?personal${S}(?:view|views|opinion|opinions|position|capacity)\\b`,
  `\\bpersonal${S}(?:view|views|opinion|opinions|capacity)\\b`,
  `\\bspeaking${S}(?:purely${S}|entirely${S}|only${S})?(?:personally|for${S}myself|as${S}(?:an?|your)${S}(?:(?:local|private)${S})?(?:individual|resident|ward${S}(?:councillor|member)))\\b`,
  `\\bmy${S}own${S}(?:views?|opinions?|position)\\b`,
  `\\b(?:views?|opinions?)${S}(?:(?:expressed|given|stated)${S}(?:(?:here|above|below|in${S}this${S}(?:e-?mail|message))${S})?)?(?:are|is)${S}(?:(?:entirely|solely|purely|very${S}much|all)${S})?(?:my${S}own|mine|personal)\\b`,
  `\\bnot${S}(?:necessarily${S})?(?:the${S})?(?:views?|opinions?|position|policy)${S}of${S}[^.\\n]{0,60}?council\\b`,
  `\\bnot${S}(?:necessarily${S})?those${S}of${S}[^.\\n]{0,60}?council\\b`,
  `\\bnot${S}(?:necessarily${S})?(?:the${S})?council${A}s${S}(?:views?|position|policy|opinion)\\b`,
  `\\bnot${S}(?:(?:speaking|writing|acting|responding)${S})?(?:on${S}behalf${S}of|for|as${S}a${S}representative${S}of)${S}(?:the${S})?[^.\\n]{0,40}?council\\b`,
  `\\bdo(?:es)?${S}not${S}(?:represent|reflect|speak${S}for)${S}[^.\\n]{0,60}?council\\b`,
  `\\bI${S}(?:do${S}not|don${A}t|cannot|can${A}?t)${S}speak${S}(?:for|on${S}behalf${S}of)${S}[^.\\n]{0,40}?council\\b`,
  `\\bwriting${S}(?:here${S})?(?:as${S}(?:an?|your|the|one${S}of${S}your)${S}(?:(?:local|private)${S})?(?:ward${S}councillor|ward${S}member|resident|individual)|in${S}(?:a|my)${S}(?:personal|private|individual)${S}capacity)\\b`,
  `\\bas${S}(?:an?|your|the|one${S}of${S}your)${S}(?:local${S})?ward${S}(?:councillor|member)\\b`,
  `\\bin${S}my${S}capacity${S}as${S}(?:an?|your|the)${S}(?:local${S})?(?:ward${S}councillor|ward${S}member|resident)\\b`,
  `\\bas${S}a${S}(?:(?:local|private)${S})?(?:resident|individual)\\b`,
  `\\bin${S}(?:a|my)${S}(?:personal|private|individual)${S}capacity\\b`,
  `\\bnot${S}(?:an?${S})?(?:official|formal)${S}(?:council${S})?(?:view|position|response|statement|comment)\\b`,
  `\\bspeak(?:ing)?${S}only${S}for${S}myself\\b`,
  `\\bcouncil${S}(?:has${S}not|hasn${A}t)${S}(?:yet${S})?(?:taken|formed|reached|adopted|agreed)${S}a${S}(?:view|position)\\b`,
];

/** The waiver's own words about councillors' views: boilerplate, never a disclaimer. */
const WAIVER_LIKE = /\b(?:views?|opinions?)\s{1,3}expressed\s{1,3}by\s{1,3}(?:a\s{1,3}|any\s{1,3})?councillors?\b|\bare\s{1,3}their\s{1,3}own\b/i;

/**
 * Every opinion phrase above holds one of these words: a cheap first pass, so the long pattern
 * runs only around them (see keyword-scan.ts).
 */
const OPINION_KEYWORDS =
  /\b(?:I|me|opinion|views?|personally|appalling|shocking|terrible|awful|dreadful|ridiculous|crazy|stupid|mad|disastrous|short-sighted|misguided|disgrace|disgraceful|scandal|scandalous|outrageous|ludicrous|absurd|shameful|laughable|shambles|farce|fiasco|joke|nonsense|madness|travesty|insult|waste|wrong|never|vanity|elephant|mind|frankly)\b/gi;
/** Every disclaimer above holds one of these words. */
const DISCLAIMER_KEYWORDS =
  /\b(?:personal|personally|myself|views?|opinions?|position|policy|those|speak|speaking|behalf|represent|representative|reflect|capacity|resident|individual|ward|official|formal)\b/gi;

const phrases = (list: readonly string[]): string[] => list.map((p) => p.trim()).filter(Boolean).map((p) => `\\b${escapeRegExp(p).replace(/\s+/g, "\\s{1,3}")}\\b`);

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|No|Cllr|Revd?|e\.g|i\.e|etc|approx|ref)$/i;
/** How far a sentence may reach either side of a marker. */
const ROOM = 300;

/**
 * Is the line break at `i` a soft wrap inside a sentence? Plain-text mail is often hard-wrapped at
 * about 72 characters: a long line with no closing punctuation runs on into the next one.
 */
function softWrap(t: string, i: number): boolean {
  const lineStart = Math.max(t.lastIndexOf("\n", i - 1) + 1, i - 200);
  if (/[.!?:;,]\s*$/.test(t.slice(Math.max(lineStart, i - 4), i))) return false;
  const next = t.slice(i + 1, i + 4);
  if (next === "" || next[0] === "\n" || /^\s*[-*•\d]/.test(next)) return false;
  // A long line that runs on, or a line whose next one carries on in lower case.
  return i - lineStart >= 50 || /^[a-z]/.test(next);
}

/**
 * The sentence of `t` holding `[start, end)`, at most `ROOM` characters either side. Sentences end
 * at `.`, `!` or `?` before a space (not after "Mr" or "e.g"), and at line breaks that are not soft wraps.
 */
function sentenceAt(t: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - ROOM);
  for (let i = start - 1; i >= floor; i--) {
    const ch = t[i];
    if (ch === "\n" && !softWrap(t, i)) break;
    if ((ch === "." || ch === "!" || ch === "?") && /\s/.test(t[i + 1] ?? "") && !ABBREVIATION.test(t.slice(Math.max(0, i - 6), i))) break;
    from = i;
  }
  let to = end;
  const ceil = Math.min(t.length, end + ROOM);
  for (let i = end; i < ceil; i++) {
    const ch = t[i];
    if (ch === "\n" && !softWrap(t, i)) break;
    to = i + 1;
    if ((ch === "." || ch === "!" || ch === "?") && /\s/.test(t[i + 1] ?? " ") && !ABBREVIATION.test(t.slice(Math.max(0, i - 6), i))) break;
  }
  while (from < to && /\s/.test(t[from])) from++;
  return [from, to];
}

/** The sentences before and after `[from, to)`, if any, on the same stretch of text. */
function neighbours(t: string, from: number, to: number): [string, string] {
  let p = from - 1;
  while (p > 0 && /\s/.test(t[p]) && from - p < 20) p--;
  const prev = p > 0 && from - p < 20 ? sentenceAt(t, p, p) : null;
  let n = to;
  while (n < t.length && /\s/.test(t[n]) && n - to < 20) n++;
  const next = n < t.length && n - to < 20 ? sentenceAt(t, n, n + 1) : null;
  return [prev ? t.slice(prev[0], prev[1]) : "", next ? t.slice(next[0], next[1]) : ""];
}

/** Stop after this many markers have been looked at: an email is not 10,000 opinions long. */
const MAX_CANDIDATES = 500;

export default createRule({
  meta: {
    id: "personal-view",
    description: "A councillor gives a personal opinion on council business to people outside the council without saying it is a personal view.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.personalViews,
    messages: {
      personalView: 'You give your own view on council business to people outside the council. Say it is your personal view, not the council\'s, e.g. "This is my personal view."',
    },
    options: z.strictObject({
        /** Count the policy's trusted partner domains (district and county councils) as outside. */
        includeTrusted: z._default(z.boolean(), true),
        /** Let the waiver clause's "views expressed by a councillor are their own" stand as the disclaimer. */
        waiverIsDisclaimer: z._default(z.boolean(), false),
        /** More phrases that always give an opinion, e.g. "I am fuming". */
        extraOpinionPhrases: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))).check(z.maxLength(200)), []),
        /** More phrases that say the view is personal, e.g. "writing as chair of the residents' association". */
        extraDisclaimers: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(200))).check(z.maxLength(200)), []),
        /** More words for council business, e.g. "seafront", "beach huts". */
        extraTopics: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))).check(z.maxLength(200)), []),
      }),
  },
  check(context) {
    const { options, body, draft } = context;
    if (context.role !== "councillor") return;
    const outside = context.recipients.some((r) => r.kind === "external" || (options.includeTrusted && r.kind === "trusted"));
    if (!outside) return;
    if (options.waiverIsDisclaimer && context.waiver) return;

    const disclaimer = new RegExp(DISCLAIMERS.join("|"), "gi");
    const extraDisclaimer = options.extraDisclaimers.length > 0 ? new RegExp(phrases(options.extraDisclaimers).join("|"), "gi") : null;
    const ownWords = [draft.subject, ...context.slices(["new", "signature"]).map((s) => s.text)];
    for (const block of ownWords) {
      const found = keywordMatches(block, new RegExp(DISCLAIMER_KEYWORDS.source, "gi"), disclaimer, { before: 70, after: 90 });
      if (extraDisclaimer) {
        extraDisclaimer.lastIndex = 0;
        let d: RegExpExecArray | null;
        while ((d = extraDisclaimer.exec(block)) !== null && found.length < MAX_CANDIDATES) found.push({ start: d.index, end: d.index + d[0].length, match: d });
      }
      // A disclaimer inside a copy of a waiver ("views expressed by a councillor are their own") is boilerplate.
      for (const d of found.slice(0, MAX_CANDIDATES)) {
        const [from, to] = sentenceAt(block, d.start, d.end);
        if (!WAIVER_LIKE.test(block.slice(from, to))) return;
      }
    }

    const extraOpinion = phrases(options.extraOpinionPhrases);
    const strongAlone = new RegExp(STRONG.concat(extraOpinion).join("|"), "i");
    const framer = new RegExp(`^(?:${FRAMERS.join("|")})$`, "i");
    const weak = new RegExp(WEAK, "i");
    const topicWords = [...TOPICS, ...options.extraTopics].map((t) => escapeRegExp(t.trim()).replace(/\s+/g, "\\s{1,3}"));
    const topic = new RegExp(`\\b(?:${topicWords.join("|")})\\b`, "i");
    const subjectIsCouncil = topic.test(draft.subject);
    const markers = new RegExp(`${STRONG.map((p) => (p === "^personally\\b" ? "\\bpersonally\\b" : p)).join("|")}|${WEAK}`, "gi");
    const extraMarkers = extraOpinion.length > 0 ? new RegExp(extraOpinion.join("|"), "gi") : null;

    const evidence: Evidence[] = [];
    let lastSentenceEnd = -1;
    for (const slice of context.slices(["new"])) {
      const t = slice.text;
      const found = keywordMatches(t, new RegExp(OPINION_KEYWORDS.source, "gi"), markers, { before: 60, after: 50 });
      if (extraMarkers) {
        extraMarkers.lastIndex = 0;
        let x: RegExpExecArray | null;
        while ((x = extraMarkers.exec(t)) !== null && found.length < 2 * MAX_CANDIDATES) found.push({ start: x.index, end: x.index + x[0].length, match: x });
        found.sort((p, q) => p.start - q.start);
      }
      for (const { start: mStart, end: mEnd } of found.slice(0, MAX_CANDIDATES)) {
        if (evidence.length >= MAX_EVIDENCE) break;
        const m = { index: mStart, 0: t.slice(mStart, mEnd) };
        const [from, to] = sentenceAt(t, m.index, m.index + m[0].length);
        if (slice.start + from < lastSentenceEnd) continue; // one piece of evidence per sentence
        const sentence = t.slice(from, to);
        const at = m.index - from;
        let marker: { index: number; text: string } | null = null;
        // Strong markers anywhere in the sentence ("personally" only when it opens it).
        if (NO_VIEW.test(sentence)) continue;
        const st = strongAlone.exec(sentence.slice(at).replace(/^personally\b/i, (w) => (at === 0 ? w : "_".repeat(w.length))));
        if (st) {
          const [prev, next] = neighbours(t, from, to);
          const advised = framer.test(st[0]) && ADVICE_ANY.test(sentence) && !JUDGEMENT.test(sentence.replace(ADVICE, " "));
          if (!advised && (topic.test(sentence) || topic.test(prev) || topic.test(next) || subjectIsCouncil)) marker = { index: at + st.index, text: st[0] };
        }
        if (!marker) {
          const w = weak.exec(sentence.slice(at));
          if (w) {
            const [prev] = neighbours(t, from, to);
            if (topic.test(sentence) || topic.test(prev)) {
              // "I think you should contact the planning team" is advice, not a view: judge what remains.
              const judged = (sentence.slice(0, at + w.index) + " " + sentence.slice(at + w.index + w[0].length)).replace(ADVICE, " ");
              if (JUDGEMENT.test(judged)) marker = { index: at + w.index, text: w[0] };
            }
          }
        }
        if (!marker) continue;
        lastSentenceEnd = slice.start + to;
        const start = slice.start + from + marker.index;
        const end = start + marker.text.length;
        evidence.push({ field: "body", excerpt: excerpt(body.text, start, end, 60), start, end });
      }
    }
    if (evidence.length > 0) context.report({ messageId: "personalView", evidence });
  },
});
