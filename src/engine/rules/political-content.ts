import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";
import { WORD_CHARS, escapeRegExp, excerpt, squash } from "../text";
import { sentenceSpans } from "../lib/sentence-window";

/**
 * Party-political campaigning from a council address. The rule looks for a campaigning act
 * (asking for votes, support, members, money or helpers; an election imprint; promises and
 * attack lines in a party's name) tied to a party or a candidate, never for a party's name alone:
 * "Party in the Park", "working party", "Green Lane", "Labour costs" and "the election of the
 * chairman" are everyday council business.
 */

/** Names that only ever mean a party. Acronyms are matched in capitals only (see `isParty`). */
const PARTY_NAMES = [
  "labour\\s{1,3}(?:and|&)\\s{1,3}co-?operative(?:\\s{1,3}party)?",
  "labour\\s{1,3}party",
  "conservative\\s{1,3}(?:and\\s{1,3}unionist\\s{1,3})?party",
  "liberal\\s{1,3}democrats?",
  "lib\\s{0,2}dems?",
  "green\\s{1,3}party",
  "reform\\s{1,3}uk",
  "reform\\s{1,3}party",
  "liberal\\s{1,3}party",
  "brexit\\s{1,3}party",
  "plaid\\s{1,3}cymru",
  "sinn\\s{1,3}f[eé]in",
  "alliance\\s{1,3}party",
  "co-?operative\\s{1,3}party",
  "social\\s{1,3}democratic\\s{1,3}party",
  "workers\\s{1,3}party",
  "women['’]s\\s{1,3}equality\\s{1,3}party",
  "monster\\s{1,3}raving\\s{1,3}loony(?:\\s{1,3}party)?",
  "heritage\\s{1,3}party",
  "yorkshire\\s{1,3}party",
  "mebyon\\s{1,3}kernow",
  "tory",
  "tories",
  "ukip",
  "snp",
  "dup",
];
/** Words that name a party only when written as one: "Labour", not "labour costs". */
const AMBIGUOUS_NAMES = ["conservatives", "conservative", "labour", "greens", "green", "reform", "liberals", "independents", "independent"];
const ACRONYMS = new Set(["ukip", "snp", "dup"]);

/** What may follow an ambiguous name where it stands as a party: "Vote Green on Thursday". */
const AFTER_PARTY_LENIENT =
  /^(?:\s{1,3}(?:party|candidates?|councillors?|mps?|team|group|on|in|at|this|next|today|tomorrow|again|now|and|or|to|for|if|because|so|but|uk|locally|here|every)(?![A-Za-z])|\s{0,2}[,.!?;:)"'’”]|\s*$)/i;
/** A noun that makes an ambiguous capitalised name a party: "Green councillor", "Reform candidate". */
const AFTER_PARTY_NOUN =
  /^(?:(?:['’]s)?\s{1,3}(?:party|candidates?|councillors?|mps?|group|government|manifesto|leader|leadership|voters|supporters|members?|membership|activists|campaign\w*|association|branch|administration|team)(?![A-Za-z])|[-\u2010](?:run|led|controlled)\b)/i;
/** "Labour will…", "Reform have…": a capitalised name acting as a subject in mid-sentence. */
const AFTER_PARTY_VERB = /^(?:\s{1,3}(?:will|would|have|has|are|is|can|could|want|wants|promised|promises|pledged|pledges|won|lost|says|said)\b|['’]s\s)/;

/** Other uses of a party's name: business of the council, not campaigning. */
const PARTY_BUSINESS_AFTER =
  /^(?:['’]s)?\s{1,3}(?:group(?:['’]s)?|amendments?|motions?|proposals?|budget|members\s{1,3}of\s{1,3}the\s{1,3}council|councillors['’]\s{1,3}(?:amendment|motion))(?![A-Za-z])/i;

const OFFICE =
  /\b(?:chair|chairman|chairwoman|chairperson|vice|mayor|deputy|committee|sub-committee|panel|working\s{1,3}group|representative|trustee|board|agm|annual\s{1,3}(?:council\s{1,3}|town\s{1,3}|parish\s{1,3})?meeting|award|awards|competition|prize|volunteer\s{1,3}of\s{1,3}the\s{1,3}year|photo|photos|photograph|bloom|grant|fund|nominat\w*|survey|poll\s{1,3}for|logo|design|name\s{1,3}for|project|scheme|option|motion|amendment|proposal|resolution|recommendation|item|budget|application)\b/i;

const ELECTION_CUE =
  /\b(?:polling\s{1,3}day|election\s{1,3}day|(?:by-?|local\s{1,3}|town\s{1,3}|parish\s{1,3}|borough\s{1,3}|county\s{1,3}|general\s{1,3})?elections?|ward|as\s{1,3}your\s{1,3}(?:councillor|mp|candidate|representative)|ballot|postal\s{1,3}vote|on\s{1,3}thursday|on\s{1,3}\d{1,2}(?:st|nd|rd|th)?\s{1,3}may|on\s{1,3}may\s{1,3}\d{1,2}|your\s{1,3}vote|my\s{1,3}campaign|candidate)\b/i;

/** Guidance about campaigning, a complaint about it, or a refusal: not campaigning itself. */
const GUIDANCE =
  /\b(?:(?:must|should|may)\s{1,3}not|mustn['’]t|shouldn['’]t|cannot|can['’]?t)\s{1,3}(?:be\s{1,3})?(?:used|use|send|sent|include|included|campaign|publish|published|promote|promoted|contain|carry|display|displayed|distribute|distributed)\b|\bnot\s{1,3}(?:be\s{1,3})?(?:permitted|allowed)\b|\bnot\s{1,3}to\s{1,3}(?:use|send|include|campaign)\b|\b(?:do|does|did)\s{1,3}not\s{1,3}(?:use|send|include|allow|permit)\b|\bdon['’]t\s{1,3}(?:use|send|include)\b|\b(?:prohibit\w*|forbid\w*|refrain|(?:should|must|please)\s{1,3}avoid|avoid\s{1,3}(?:using|sending|campaigning|any)|pre-?election\s{1,3}period|purdah|publicity\s{1,3}code|code\s{1,3}of\s{1,3}(?:recommended\s{1,3})?practice|guidance|breach\w*|complain\w*|inappropriate|improper|politically\s{1,3}(?:neutral|impartial|restricted)|remain\s{1,3}(?:neutral|impartial)|(?:use|from)\s{1,3}(?:your|a|their|my)\s{1,3}(?:own\s{1,3})?(?:personal|private)\s{1,3}(?:e-?mail|address|account))\b/i;

/** Recruitment, where "our candidate" is an applicant for a post. */
/** Awards and nominations, where "our candidate" is a nominee. */
const AWARDS = /\b(?:awards?|nominat\w*|prizes?|competitions?|bloom|of\s{1,3}the\s{1,3}year|mayor['’]s|trophy|scholarship|bursary)\b/i;

const RECRUITMENT = /\b(?:interview\w*|shortlist\w*|post|role|position|vacanc\w*|appoint\w*|applications?|cv|job|recruit\w*|salary|clerk|assistant|officer|references?|start\s{1,3}date)\b/i;

/** A party fête and the like: "raise money for the party in the park". */
const FESTIVE =
  /\b(?:park|street|jubilee|christmas|xmas|birthday|summer|garden|tea|coronation|children['’]?s?|fun|festive|halloween|beach|village|wall|third|working|interested|injured|other|guilty|leaving|retirement|office|pensioners|dance|disco|bbq|barbecue|picnic|hall\s{1,3}hire|bouncy)\b/i;

/** Kinds of word that can open a campaigning phrase; each pattern is tried only where one stands. */
type Hook = "party" | "vote" | "elect" | "fund" | "partyWord" | "horse" | "candidate" | "promoted" | "activity";

interface Pattern {
  re: RegExp;
  /** The kinds of hook word, one of which must be in the sentence for the pattern to be tried. */
  hooks: readonly Hook[];
  /** The capture group holding a party's name, if the pattern has one. */
  party?: number;
  /** Take an ambiguous name as a party more readily: "vote Green" is plain enough. */
  lenient?: boolean;
  /** Further test on the sentence, the match, and the sentence with its neighbours either side. */
  accept?: (sentence: string, m: RegExpExecArray, around: string) => boolean;
}

/** A capture group matching any party's name as a whole word. */
function partyGroup(extraParties: readonly string[]): string {
  const names = [...PARTY_NAMES, ...extraParties.map((p) => escapeRegExp(p.trim()).replace(/\s+/g, "\\s{1,3}")), ...AMBIGUOUS_NAMES];
  return `((?:${names.join("|")})(?![${WORD_CHARS}]))`;
}

function buildPatterns(extraParties: readonly string[]): Pattern[] {
  const P = partyGroup(extraParties);
  const DET = "(?:(?:the|your|our|a|local|my)\\s{1,3}){0,2}";
  const re = (source: string, flags = "gi"): RegExp => new RegExp(source, flags);
  const anyParty = new RegExp(P, "gi");
  /** Does the text name a party, plainly (not "Labour costs" or "Green Flag")? */
  const namesParty = (text: string): boolean => {
    anyParty.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = anyParty.exec(text)) !== null) {
      if (isParty(text, m.index, m.index + m[1].length, false) && !PARTY_BUSINESS_AFTER.test(text.slice(m.index + m[1].length, m.index + m[1].length + 40))) return true;
    }
    return false;
  };
  return [
    // "Vote Labour", "vote for the Conservatives on 7 May", "voting Lib Dem".
    { hooks: ["party"], re: re(`\\b(?:vote|voting)\\s{1,3}(?:for\\s{1,3})?${DET}${P}`), party: 1, lenient: true },
    // "support / back / elect / re-elect the Green Party", "join the Liberal Democrats".
    { hooks: ["party"], re: re(`\\b(?:support|supporting|back|backing|choose|elect|re-?elect|join|joining|help|helping)\\s{1,3}${DET}${P}`), party: 1, lenient: true },
    // "your support for the Green Party", "asking for your vote for Labour".
    {
      hooks: ["party"],
      re: re(`\\b(?:your|ask(?:ing)?\\s{1,3}for|need|grateful\\s{1,3}for|count\\s{1,3}on)\\s{1,3}(?:[a-z]{1,15}\\s{1,3})?(?:support|vote|votes|backing)\\s{1,3}for\\s{1,3}${DET}${P}`),
      party: 1,
      lenient: true,
    },
    // Donations to a party or an election fund.
    {
      hooks: ["party", "fund"],
      re: re(`\\b(?:donat\\w{0,6}|contribut\\w{0,6}|give|giving|chip\\s{1,3}in|fund\\w{0,8}|rais\\w{0,4}\\s{1,3}(?:money|funds|cash))\\s{1,3}(?:[a-z£0-9,.'’]{1,20}\\s{1,3}){0,4}?(?:to|towards|for)\\s{1,3}${DET}(?:(?:election|re-?election|campaign|fighting)\\s{1,3}(?:fund|campaign|appeal|pot)|${P})`),
      party: 1,
      lenient: true,
    },
    // Promises in a party's name: "Reform UK will freeze council tax".
    {
      hooks: ["party"],
      re: re(`${P}\\s{1,3}(?:(?:will|would|can|could|is\\s{1,3}going\\s{1,3}to|are\\s{1,3}going\\s{1,3}to|ha(?:s|ve)\\s{1,3}pledged\\s{1,3}to|pledges?\\s{1,3}to|promise[sd]?\\s{1,3}to)\\s{1,3}(?:[a-z]{1,15}\\s{1,3})?(?:cut|scrap|freeze|fix|deliver|fight|stand\\s{1,3}up|protect|save|stop|bring|build|lower|end|restore|keep|invest|axe|slash|abolish|give|clean\\s{1,3}up|sort|tackle|reduce|defend|champion|listen|transform|turn\\s{1,3}(?:round|around)|win|beat)|ha(?:s|ve)\\s{1,3}(?:always\\s{1,3})?(?:delivered|fought|saved|secured|stood\\s{1,3}up|kept\\s{1,3}(?:its|their)\\s{1,3}promises?))\\b`),
      party: 1,
    },
    // "selected as the Conservative candidate for West Leigh", "standing as a Green candidate".
    {
      hooks: ["party"],
      re: re(`\\b(?:selected|chosen|standing|stand|stood|running|run)\\s{1,3}(?:again\\s{1,3})?as\\s{1,3}(?:the\\s{1,3}|a\\s{1,3}|an\\s{1,3}|your\\s{1,3})?(?:local\\s{1,3})?${P}\\s{1,3}candidate`),
      party: 1,
      lenient: true,
    },
    // "Vote Smith on Thursday", "VOTE JO BLOGGS": a slogan for a person, with an election in view.
    {
      hooks: ["vote"],
      re: re(`\\b(?:[Vv]ote|VOTE)\\s{1,3}(?:(?:[Cc]llr|CLLR)\\.?\\s{1,3})?(?:[A-Z][a-z'’-]{1,30}|[A-Z]{2,30})(?:\\s{1,3}(?:[A-Z][a-z'’-]{1,30}|[A-Z]{2,30}))?\\b`, "g"),
      accept: (s, m, around) =>
        !/^\S+\s+(?:for|to|on|in|at|by|and|or|the|a|an|no|yes|against|now|today|early|here)\b/i.test(m[0]) &&
        ELECTION_CUE.test(around) &&
        !OFFICE.test(s) &&
        !AWARDS.test(around) &&
        !/\b(?:consultation|survey|poll|referendum|questionnaire)\b/i.test(s),
    },
    // Attack lines: "Tory cuts", "Labour's broken promises", "don't let the Conservatives…".
    { hooks: ["party"], re: re(`${P}(?:['’]s?)?\\s{1,3}(?:cuts|chaos|failures?|mess|betrayal|broken\\s{1,3}promises|lies|incompetence|sleaze|mismanagement|shambles|u-turns?)\\b`), party: 1 },
    { hooks: ["party"], re: re(`\\b(?:don['’]?t|do\\s{1,3}not)\\s{1,3}let\\s{1,3}(?:the\\s{1,3})?${P}`), party: 1, lenient: true },
    { hooks: ["party"], re: re(`\\b(?:stop|beat|defeat|kick\\s{1,3}out|keep\\s{1,3}out|get\\s{1,3}rid\\s{1,3}of|oust)\\s{1,3}(?:the\\s{1,3})?${P}`), party: 1 },
    { hooks: ["party"], re: re(`\\bonly\\s{1,3}(?:the\\s{1,3})?${P}\\s{1,3}can\\s{1,3}(?:win|beat|stop)`), party: 1, lenient: true },
    { hooks: ["party"], re: re(`${P}\\s{1,3}can(?:['’]?t|not)\\s{1,3}win`), party: 1, lenient: true },
    { hooks: ["horse"], re: re(`\\btwo[\\s\\-\\u2010]{1,3}horse\\s{1,3}race\\b`) },
    // "our candidate", "your Labour candidate".
    {
      hooks: ["candidate"],
      re: re(`\\b(?:our\\s{1,3}(?:local\\s{1,3})?(?:${P}\\s{1,3})?|your\\s{1,3}(?:local\\s{1,3})?${P}\\s{1,3})candidates?\\b(?!\\s{1,3}sites?\\b)`),
      party: 1,
      lenient: true,
      accept: (s) => !RECRUITMENT.test(s) && !AWARDS.test(s) && !/\bsites?\b/i.test(s),
    },
    // "I hope I can count on your vote on 7 May".
    {
      hooks: ["vote"],
      re: re(`\\b(?:count\\s{1,3}on|grateful\\s{1,3}for|appreciate|ask(?:ing)?\\s{1,3}(?:you\\s{1,3})?for|earn|need|have)\\s{1,3}your\\s{1,3}(?:support\\s{1,3}and\\s{1,3}(?:your\\s{1,3})?)?votes?\\b`),
      accept: (s) => !OFFICE.test(s) && !AWARDS.test(s) && !/\b(?:consultation|survey|poll|referendum|questionnaire)\b/i.test(s),
    },
    // "Reform UK is the only party that will stand up for Leigh", "Only a Labour council will…".
    { hooks: ["partyWord"], re: re(`\\bthe\\s{1,3}only\\s{1,3}party\\s{1,3}(?:that|who|which)\\s{1,3}(?:will|can|cares|listens|stands|has|is)\\b`) },
    { hooks: ["party"], re: re(`\\bonly\\s{1,3}(?:a|an|the)\\s{1,3}${P}\\s{1,3}(?:[a-z]{1,15}\\s{1,3}){0,3}?(?:will|can|would)\\b`), party: 1, lenient: true },
    {
      hooks: ["party"],
      re: re(`${P}[\\-\\u2010\\s](?:run|led|controlled)\\s{1,3}(?:[a-z]{1,15}\\s{1,3}){0,2}(?:council|government|administration)\\s{1,3}(?:has|have|is|are)\\s{1,3}(?:cut|failed|wasted|scrapped|closed|axed|let|slashed|broken|ignored|abandoned)\\b`),
      party: 1,
    },
    // The imprint election material must carry.
    { hooks: ["promoted"], re: re(`\\bpromoted\\s{1,3}(?:and\\s{1,3}printed\\s{1,3})?by\\s{1,3}[^\\n]{1,150}?\\s{1,3}on\\s{1,3}behalf\\s{1,3}of\\b`) },
    // "Re-elect Cllr Jones", "vote for me", "vote for Sarah Lee on 7 May".
    {
      hooks: ["vote", "elect"],
      re: re(
        `\\b(?:[Rr]e-?[Ee]lect|RE-?ELECT|[Vv]ote\\s{1,3}for|VOTE\\s{1,3}FOR|[Ee]lect|ELECT)\\s{1,3}(?:me|us|ME|US|(?:[Cc]llr\\.?|[Cc]ouncillor|CLLR\\.?)\\s{1,3}[A-Z][A-Za-z'’-]{1,30}|[A-Z][a-z'’-]{1,30}\\s{1,3}[A-Z][a-z'’-]{1,30}|[A-Z]{2,30}\\s{1,3}[A-Z]{2,30})\\b`,
        "g",
      ),
      accept: (s, m) => {
        if (OFFICE.test(s)) return false;
        const what = m[0];
        // "vote for Cllr Smith's motion" is council business.
        if (/['’]s$/.test(what)) return false;
        if (/^(?:[Ee]lect|ELECT)\s/.test(what) && !/\s(?:me|us)$/i.test(what)) return false;
        if (/\s(?:me|us)$|cllr|councillor/i.test(what) || /^re/i.test(what)) return true;
        return ELECTION_CUE.test(s);
      },
    },
    // "If elected, I will…"
    { hooks: ["elect"], re: re(`\\bif\\s{1,3}(?:re-?)?elected\\b`), accept: (s) => /\b(?:i|we)\b/i.test(s) && !OFFICE.test(s) },
    // Canvassing for a party or a candidate (not the electoral register's annual canvass).
    {
      hooks: ["activity"],
      re: re(`\\bcanvass(?:ing|ers?|ed|es)?\\b`),
      accept: (s, _m, around) =>
        !/\b(?:disqualif\w*|annual\s{1,3}canvass|household\s{1,3}canvass|canvass\s{1,3}forms?|electoral\s{1,3}regist\w*|register\s{1,3}of\s{1,3}electors|canvass(?:ing)?\s{1,3}of\s{1,3}(?:members|councillors)|directly\s{1,3}or\s{1,3}indirectly)\b/i.test(around) &&
        !/\bcanvass(?:ing)?\s{1,3}(?:[a-z'’]{1,20}\s{1,3}){0,3}(?:views?|opinions?|feedback|support\s{1,3}for\s{1,3}the\s{1,3}(?:scheme|plan|proposal|project))\b/i.test(s) &&
        /\b(?:elections?|candidates?|doorsteps?|door-?knocking|leaflet\w*|votes?|voters|polling|out\s{1,3}canvassing|go(?:ing)?\s{1,3}canvassing|canvassing\s{1,3}(?:session|team)|canvass\s{1,3}returns|join\s{1,3}(?:me|us)|campaign\w*|for\s{1,3}the\s{1,3}party)\b/i.test(around),
    },
    // Leaflets, campaigns and helpers for a party or an election.
    {
      hooks: ["activity"],
      re: re(`\\b(?:leaflet(?:s|ing|ed)?|campaign(?:s|ing|ers?)?|knock(?:ing)?\\s{1,3}on\\s{1,3}doors|door-?knocking|volunteers?)\\b`),
      accept: (s, _m, around) =>
        /\b(?:elections?|re-?election|candidates?|polling\s{1,3}day|campaign\s{1,3}trail|[Ff]ocus\s{1,3}(?:leaflets?|newsletters?)|win(?:ning)?\s{1,3}(?:the|this)\s{1,3}(?:ward|seat|election|by-?election)|(?:our|my)\s{1,3}voters)\b/i.test(around) &&
        (/\b(?:(?:our|my)\s{1,3}(?:candidates?|campaign\w*|party|team|leaflets?|candidacy|re-?election|election\s{1,3}campaign)|join\s{1,3}(?:me|us)|help\s{1,3}(?:me|us)|support\s{1,3}(?:me|us|our)|volunteer\s{1,3}to|donat\w*|deliver\w*\s{1,3}(?:[a-z]{1,15}\s{1,3})?leaflets|(?:put|push|post|drop)\w{0,3}\s{1,3}(?:[a-z'’]{1,20}\s{1,3}){0,3}leaflets\s{1,3}(?:through|in|into))\b/i.test(around) || namesParty(around)) &&
        !AWARDS.test(around) &&
        !/\belection\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:chair|chairman|vice|mayor|deputy|officers)\b/i.test(s),
    },
    {
      hooks: ["partyWord"],
      re: re(`\\b(?:canvass\\w{0,5}|leaflet\\w{0,5}|deliver\\w{0,5}|donat\\w{0,5}|rais\\w{0,5}\\s{1,3}(?:money|funds)|stand(?:ing)?|volunteer\\w{0,5}|campaign\\w{0,5})\\b[^.!?\\n]{0,60}?\\bfor\\s{1,3}the\\s{1,3}party\\b(?!\\s{1,3}(?:in\\s{1,3}the\\s{1,3}park|on\\s{1,3}the\\s{1,3}green)\\b)`),
      accept: (s, m) =>
        !FESTIVE.test(s) &&
        (/^(?:canvass|leaflet|campaign|stand)/i.test(m[0]) || /\b(?:elections?|candidates?|ward|votes?|polling|canvass\w*|leaflet\w*|campaign\w*|members?hip)\b/i.test(s)),
    },
  ];
}

/** Is the name at `[start, end)` of `s` a party here? */
function isParty(s: string, start: number, end: number, lenient: boolean): boolean {
  const raw = s.slice(start, end);
  const name = squash(raw).toLowerCase();
  if (ACRONYMS.has(name)) return raw === raw.toUpperCase();
  if (AMBIGUOUS_NAMES.indexOf(name) < 0) return true;
  if (!/^[A-Z]/.test(raw)) return false;
  const after = s.slice(end, end + 40);
  if (lenient && AFTER_PARTY_LENIENT.test(after)) return true;
  if (AFTER_PARTY_NOUN.test(after)) return true;
  if (name === "conservatives") return true;
  if ((name === "greens" || name === "liberals") && /\bthe\s{1,3}$/i.test(s.slice(Math.max(0, start - 6), start))) return true;
  const midSentence = /[A-Za-z,]\s{1,3}$/.test(s.slice(Math.max(0, start - 4), start));
  // "Labour will…" opens many a leaflet; "Reform will take time" is about reform.
  return (name === "labour" || (name === "reform" && midSentence)) && AFTER_PARTY_VERB.test(after);
}

/** Words that may start a campaigning phrase: the cheap first pass over long text. */
const HOOK =
  /\b(?:(labour|conservatives?|tor(?:y|ies)|lib|liberals?|greens?|reform|independents?|ukip|snp|dup|plaid|sinn|alliance|co-?operative|social|workers|women['’]s|monster|heritage|yorkshire|mebyon|brexit)|(vot(?:e|ing))|(elect|re-?elect|elected)|(fund)|(party)|(horse)|(candidates?)|(promoted)|(canvass\w*|leaflet\w*|campaign\w*|knock\w*|door-?knocking|volunteers?))\b/gi;
const HOOK_KINDS: readonly Hook[] = ["party", "vote", "elect", "fund", "partyWord", "horse", "candidate", "promoted", "activity"];


/** The words found, short enough to quote in a message. */
function phrase(text: string, at: { start: number; end: number }): string {
  const words = squash(text.slice(at.start, at.end));
  return words.length <= 60 ? words : `${words.slice(0, 57).replace(/\s+\S*$/, "")}…`;
}

export default createRule({
  meta: {
    id: "political-content",
    description: "Council email must not be used for party-political campaigning.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.partyPolitical,
    messages: {
      partyPolitical:
        'This reads as party-political campaigning ("{phrase}"). Council email must not be used for party politics: remove it, or use a personal address.',
    },
    options: z.strictObject({
        /** More parties, e.g. a local residents' party: "Canvey Island Independent Party". */
        extraParties: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))).check(z.maxLength(50)), []),
        /** Phrases that are never campaigning here, e.g. a venue: "Conservative Club". */
        allow: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(200))).check(z.maxLength(100)), []),
      }),
  },
  check(context) {
    const { body, draft, options } = context;
    const patterns = buildPatterns(options.extraParties);
    const byHook = new Map<Hook, Pattern[]>();
    for (const kind of HOOK_KINDS) byHook.set(kind, patterns.filter((p) => p.hooks.indexOf(kind) >= 0));
    const extraHook = options.extraParties.length
      ? new RegExp(`(?:${options.extraParties.map((p) => escapeRegExp(p.trim()).replace(/\s+/g, "\\s{1,3}")).join("|")})`, "gi")
      : null;
    const partyAt = new RegExp(`^${partyGroup(options.extraParties)}`, "i");
    /** Could a party's name start at `at`? ("Labour costs" and "Green Flag" could not.) */
    const plausibleParty = (text: string, at: number, to: number): boolean => {
      const window = text.slice(at, to);
      const m = partyAt.exec(window);
      return m !== null && isParty(window, 0, m[1].length, true);
    };
    const allowed = options.allow.map((a) => a.toLowerCase().replace(/\s+/g, " "));

    /** The first campaigning phrase in `text[from, to)`, judged sentence by sentence. */
    const find = (text: string, from: number, to: number): { start: number; end: number } | null => {
      const region = text.slice(from, to);
      // Cheap first pass: the hook words, each with its kind. A party's name counts only where it
      // could be one ("Green Flag" could not), so that everyday words cost nothing further.
      const hooks: { at: number; kind: Hook }[] = [];
      HOOK.lastIndex = 0;
      let h: RegExpExecArray | null;
      while ((h = HOOK.exec(region)) !== null) {
        let group = 1;
        while (group < h.length && h[group] === undefined) group++;
        const kind = HOOK_KINDS[group - 1];
        const at = from + h.index;
        if (kind === "party" && !plausibleParty(text, at, Math.min(to, at + 60))) continue;
        hooks.push({ at, kind });
      }
      if (extraHook) {
        extraHook.lastIndex = 0;
        while ((h = extraHook.exec(region)) !== null) hooks.push({ at: from + h.index, kind: "party" });
        hooks.sort((a, b) => a.at - b.at);
      }
      if (hooks.length === 0) return null;
      const sentences = sentenceSpans(text, from, to);
      let si = 0;
      let hi = 0;
      while (hi < hooks.length) {
        while (si < sentences.length && sentences[si].end <= hooks[hi].at) si++;
        if (si >= sentences.length) break;
        const sentence = sentences[si];
        const kinds = new Set<Hook>();
        while (hi < hooks.length && hooks[hi].at < sentence.end) kinds.add(hooks[hi++].kind);
        const around = text.slice(si > 0 ? sentences[si - 1].start : sentence.start, si + 1 < sentences.length ? sentences[si + 1].end : sentence.end);
        const found = judge(text.slice(sentence.start, sentence.end), kinds, around);
        if (found) return { start: sentence.start + found.start, end: sentence.start + found.end };
      }
      return null;
    };

    /** The earliest campaigning phrase in one sentence, trying only the patterns its hooks allow. */
    const judge = (s: string, kinds: ReadonlySet<Hook>, around: string): { start: number; end: number } | null => {
      let best: { start: number; end: number } | null = null;
      const tried = new Set<Pattern>();
      for (const kind of kinds) for (const p of byHook.get(kind) ?? []) tried.add(p);
      for (const p of tried) {
        p.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = p.re.exec(s)) !== null) {
          if (best && m.index >= best.start) break;
          if (p.party !== undefined && m[p.party] !== undefined) {
            const pStart = m.index + m[0].indexOf(m[p.party]);
            const pEnd = pStart + m[p.party].length;
            if (!isParty(s, pStart, pEnd, p.lenient === true)) continue;
            if (PARTY_BUSINESS_AFTER.test(s.slice(pEnd, pEnd + 40))) continue;
          }
          if (p.accept && !p.accept(s, m, around)) continue;
          best = { start: m.index, end: m.index + m[0].length };
          break;
        }
      }
      if (!best || GUIDANCE.test(s)) return null;
      if (allowed.length) {
        const lower = s.toLowerCase().replace(/\s+/g, " ");
        if (allowed.some((a) => lower.includes(a))) return null;
      }
      return best;
    };

    const subject = draft.subject;
    const inSubject = subject ? find(subject, 0, subject.length) : null;
    if (inSubject) {
      context.report({
        messageId: "partyPolitical",
        data: { phrase: phrase(subject, inSubject) },
        evidence: [{ field: "subject", excerpt: excerpt(subject, inSubject.start, inSubject.end, 60), start: inSubject.start, end: inSubject.end }],
      });
    }
    for (const slice of context.slices(["new", "signature"])) {
      const found = find(body.text, slice.start, slice.end);
      if (found) {
        context.report({
          messageId: "partyPolitical",
          data: { phrase: phrase(body.text, found) },
          evidence: [{ field: "body", excerpt: excerpt(body.text, found.start, found.end), start: found.start, end: found.end }],
        });
        return;
      }
    }
  },
});
