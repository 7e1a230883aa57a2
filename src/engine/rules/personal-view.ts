import { z } from "zod";
import { CLAUSES } from "../clauses";
import { createRule, type Evidence, type TextSlice } from "../rule";
import { escapeRegExp, excerpt } from "../text";

/** At most this many sentences are shown as evidence. */
const MAX_EVIDENCE = 5;

/** An apostrophe as people type it. */
const A = "(?:'|’)";
const S = "\\s{1,3}";

/**
 * Words that always give the writer's own stance: "in my opinion", "I oppose", "this is a
 * disgrace". They still need a council matter nearby to count.
 */
const STRONG = [
  `\\bin${S}my${S}(?:honest${S}|humble${S})?(?:opinion|view)\\b`,
  `\\bmy${S}(?:own${S})?(?:view|opinion|position|feeling)${S}(?:is|remains|has\\s{1,3}always\\s{1,3}been)\\b`,
  `\\bI${S}am${S}of${S}the${S}(?:view|opinion)\\b`,
  `\\bI${S}personally${S}(?:think|believe|feel|support|oppose|object|disagree|agree|am|would|will|cannot|can${A}?t|do${S}not|don${A}t)\\b`,
  `^personally\\b`,
  `\\bpersonally${S}(?:,${S}?)?I\\b`,
  `\\bI(?:${A}m|${S}am)${S}(?:(?:totally|completely|strongly|firmly|very${S}much|wholeheartedly|fully|utterly|absolutely|really|very|extremely|deeply|quite|so)${S}){0,2}(?:against|opposed|in${S}favour${S}of|in${S}support${S}of|supportive${S}of|appalled|disgusted|outraged|horrified|dismayed|disappointed|furious|angry|saddened|unhappy|astonished|shocked|sceptical|skeptical|not${S}happy|not${S}in${S}favour|not${S}convinced|unconvinced|delighted${S}(?:that|with|by))\\b`,
  `\\bI${S}(?:(?:strongly|fully|firmly|wholeheartedly|totally|completely|really|would|will|shall|cannot|can${A}?t|could${S}not|couldn${A}t|do${S}not|don${A}t|do|still|also|entirely|must)${S}){0,2}(?:support|oppose|object${S}to|disagree${S}with|agree${S}with|deplore|condemn|welcome${S}the${S}(?:decision|scheme|proposal|plans?))\\b`,
  `\\bI${S}(?:strongly${S})?(?:object|disagree)\\b`,
  `\\bI(?:${A}m|${S}am)${S}writing${S}to${S}(?:object|support|oppose|express${S}my)\\b`,
  `\\bI${S}(?:(?:will|would|shall|intend${S}to|plan${S}to|am${S}going${S}to|won${A}t|will${S}not|would${S}not)${S})?(?:be${S})?vot(?:e|ing)${S}(?:against|for|in${S}favour)\\b`,
  `\\bI${S}voted${S}(?:against|for|in${S}favour)\\b`,
  `\\b(?:this|that|it)${S}(?:is|was)${S}(?:(?:an?|the)${S})?(?:(?:absolute|complete|total|utter|real|frankly|simply|just)${S})?(?:disgrace|scandal|shambles|farce|fiasco|outrage|joke|nonsense|madness|travesty|insult)\\b`,
  `\\b(?:disgraceful|scandalous|outrageous|ludicrous|absurd|shameful|laughable)\\b`,
  `\\bwaste${S}of${S}(?:(?:public|taxpayers${A}?|council|residents${A}?|our|everyone${A}s)${S})?(?:money|funds|resources|time${S}and${S}money)\\b`,
  `\\bthe${S}(?:(?:town|parish)${S})?council${S}(?:is|was|has${S}been|are|were)${S}(?:(?:completely|totally|utterly|simply|quite|plainly|clearly|just)${S})?wrong\\b`,
  `\\b(?:has|have)${S}got${S}(?:it|this|that)${S}(?:completely${S}|totally${S}|badly${S})?wrong\\b`,
  `\\bshould${S}never${S}have\\b`,
  `\\b(?:vanity${S}project|white${S}elephant)\\b`,
];

/** Words that give an opinion only when the sentence also judges something. */
const WEAK = `\\bI${S}(?:(?:really|honestly|genuinely|strongly|do|still|also|firmly|truly|certainly|just)${S})?(?:think|believe|feel|reckon|consider|would${S}argue)\\b|\\bI${A}d${S}(?:say|argue)\\b|\\bto${S}my${S}mind\\b|\\bfrankly\\b|\\bin${S}my${S}book\\b`;

/** A judgement: what turns "I think" from a hedge about a fact into an opinion. */
const JUDGEMENT = new RegExp(
  `\\b(?:should(?:n${A}t|${S}not)?|ought|must${S}not|mustn${A}t|wrong|mistake|mistaken|misguided|flawed|ill[\\s-]conceived|short[\\s-]sighted|foolish|daft|silly|stupid|crazy|terrible|awful|dreadful|appalling|disgrace|disgraceful|shameful|shame|pity|unacceptable|unfair|unjust|unreasonable|excessive|extortionate|overpriced|too${S}(?:much|high|expensive|big|large|many|low|little|costly|far|dangerous)|waste|wasteful|pointless|unnecessary|unneeded|needless|ridiculous|absurd|ludicrous|eyesore|overdevelopment|out${S}of${S}keeping|inappropriate|worse|worst|poor|great|excellent|brilliant|fantastic|superb|wonderful|sensible|(?:a${S})?(?:good|bad)${S}idea|the${S}(?:right|wrong)${S}(?:decision|choice|thing|approach|call)|(?:good|poor)${S}value|value${S}for${S}money|beneficial|harmful|damaging|detrimental|deserve[sd]?|ought${S}to|failed|failing|incompetent|arrogant|out${S}of${S}touch|hasn${A}t${S}listened|not${S}listened|ignored|ignoring)\\b`,
  "i",
);

/** Advice to the reader, which is not an opinion on council business. */
const ADVICE = new RegExp(
  `\\b(?:you|we)${S}(?:should|ought${S}to|must|might|could|may${S}want${S}to)\\b|\\b(?:best|good${S}idea|worth|better|sensible|wise)${S}(?:(?:thing|way|option|approach|course|route|step)${S})?(?:(?:would${S}be|is|forward${S}is)${S})?(?:to|if|for${S}you)\\b|\\bshould${S}(?:be${S}able${S}to|receive|hear|get|have${S}(?:received|heard|had))\\b`,
  "gi",
);

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
  `\\bnot${S}(?:necessarily${S})?(?:those|that)${S}of${S}[^.\\n]{0,60}?council\\b`,
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

const phrases = (list: readonly string[]): string[] => list.map((p) => p.trim()).filter(Boolean).map((p) => `\\b${escapeRegExp(p).replace(/\s+/g, "\\s{1,3}")}\\b`);

interface Clause {
  start: number;
  end: number;
  text: string;
  slice: TextSlice;
}

/**
 * Sentences of the sender's text. Unlike `sentencesOf`, a single line break inside a long line
 * (plain-text mail hard-wrapped at 72 characters) does not end the sentence.
 */
function clausesOf(slices: readonly TextSlice[]): Clause[] {
  const out: Clause[] = [];
  for (const slice of slices) {
    const t = slice.text;
    let start = 0;
    const push = (end: number): void => {
      const raw = t.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ start: slice.start + start + lead, end: slice.start + start + lead + text.length, text, slice });
    };
    let lineStart = 0;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i];
      if (ch === "\n") {
        const line = t.slice(lineStart, i);
        const next = t[i + 1];
        const wrapped = line.length >= 50 && !/[.!?:;]\s*$/.test(line) && next !== undefined && next !== "\n" && !/^\s*[-*•\d]/.test(t.slice(i + 1, i + 4));
        if (!wrapped) {
          push(i);
          start = i + 1;
        }
        lineStart = i + 1;
      } else if ((ch === "." || ch === "!" || ch === "?") && /\s/.test(t[i + 1] ?? " ") && !/\b(?:Mr|Mrs|Ms|Dr|St|No|Cllr|Revd?|e\.g|i\.e|etc)$/i.test(t.slice(Math.max(0, i - 5), i))) {
        push(i + 1);
        start = i + 1;
      }
    }
    push(t.length);
  }
  return out;
}

export default createRule({
  meta: {
    id: "personal-view",
    description: "A councillor gives a personal opinion on council business to people outside the council without saying it is a personal view.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.personalViews,
    messages: {
      personalView: 'You give your own view on council business to people outside the council. Say it is your personal view, not the council\'s, e.g. "This is my personal view."',
    },
    options: z
      .object({
        /** Count the policy's trusted partner domains (district and county councils) as outside. */
        includeTrusted: z.boolean().default(true),
        /** Let the waiver clause's "views expressed by a councillor are their own" stand as the disclaimer. */
        waiverIsDisclaimer: z.boolean().default(false),
        /** More phrases that always give an opinion, e.g. "I am fuming". */
        extraOpinionPhrases: z.array(z.string().trim().min(2).max(100)).max(200).default([]),
        /** More phrases that say the view is personal, e.g. "writing as chair of the residents' association". */
        extraDisclaimers: z.array(z.string().trim().min(2).max(200)).max(200).default([]),
        /** More words for council business, e.g. "seafront", "beach huts". */
        extraTopics: z.array(z.string().trim().min(2).max(100)).max(200).default([]),
      })
      .strict(),
  },
  check(context) {
    const { options, body, draft } = context;
    if (context.role !== "councillor") return;
    const outside = context.recipients.some((r) => r.kind === "external" || (options.includeTrusted && r.kind === "trusted"));
    if (!outside) return;
    if (options.waiverIsDisclaimer && context.waiver) return;

    const disclaimer = new RegExp([...DISCLAIMERS, ...phrases(options.extraDisclaimers)].join("|"), "i");
    const ownWords = [draft.subject, ...context.slices(["new", "signature"]).map((s) => s.text)];
    for (const block of ownWords) {
      for (const c of clausesOf([{ start: 0, end: block.length, text: block, zone: "new" }])) {
        if (disclaimer.test(c.text) && !WAIVER_LIKE.test(c.text)) return;
      }
    }

    const strong = new RegExp([...STRONG, ...phrases(options.extraOpinionPhrases)].join("|"), "i");
    const weak = new RegExp(WEAK, "i");
    const topicWords = [...TOPICS, ...options.extraTopics].map((t) => escapeRegExp(t.trim()).replace(/\s+/g, "\\s{1,3}"));
    const topic = new RegExp(`\\b(?:${topicWords.join("|")})\\b`, "i");
    const subjectIsCouncil = topic.test(draft.subject);

    const clauses = clausesOf(context.slices(["new"]));
    const evidence: Evidence[] = [];
    clauses.forEach((c, i) => {
      if (evidence.length >= MAX_EVIDENCE) return;
      const prev = i > 0 && clauses[i - 1].slice === c.slice ? clauses[i - 1].text : "";
      const next = i + 1 < clauses.length && clauses[i + 1].slice === c.slice ? clauses[i + 1].text : "";
      let marker = strong.exec(c.text);
      if (marker) {
        if (!(topic.test(c.text) || topic.test(prev) || topic.test(next) || subjectIsCouncil)) marker = null;
      }
      if (!marker) {
        const w = weak.exec(c.text);
        if (w && (topic.test(c.text) || topic.test(prev))) {
          // "I think you should contact the planning team" is advice, not a view: judge what remains.
          const judged = c.text.slice(w.index + w[0].length).replace(ADVICE, " ");
          if (JUDGEMENT.test(judged)) marker = w;
        }
      }
      if (!marker) return;
      const start = c.start + marker.index;
      const end = start + marker[0].length;
      evidence.push({ field: "body", excerpt: excerpt(body.text, start, end, 60), start, end });
    });
    if (evidence.length > 0) context.report({ messageId: "personalView", evidence });
  },
});
