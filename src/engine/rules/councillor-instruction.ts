import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { createRule } from "../rule";
import { sentencesOf } from "../text";
import { TO_A_MEETING, firstChars, phraseList, sentenceEvidence, straighten } from "../lib/council-business";

/**
 * A councillor's email must not instruct staff or contractors, nor commit the council: only
 * officers act on the council's behalf. Courtesy forms ("Please find attached", "Please let me
 * know", "Could you tell me when…"), questions, requests for information and requests to the
 * clerk to put an item on the agenda are not instructions.
 *
 * Every pattern here starts at a fixed word and has bounded gaps, so the check stays linear
 * in the length of the text, and none uses look-behind or other post-ES2016 syntax.
 */

const options = z.strictObject({
    /** More phrases that always count as an instruction or commitment, e.g. "raise a PO". */
    extraInstructions: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(120))).check(z.maxLength(200)), []),
    /** Phrases that make a sentence harmless for this council, e.g. "please book your place". */
    ignorePhrases: z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(120))).check(z.maxLength(200)), []),
  });

type Kind = "instruction" | "commitment";

// ---------------------------------------------------------------------------------------------
// Word lists (regex fragments)

/** Contractors, suppliers and other outside parties that do work for, or sell to, the council. */
const PARTY =
  "(?:contractors?|sub-?contractors?|suppliers?|builders?|company|firm|solicitors?|lawyers?|surveyors?|architects?|engineers?|electricians?|plumbers?|roofers?|gardeners?|landscapers?|tree\\s+surgeons?|arborists?|groundsm[ae]n|grounds\\s+(?:team|staff|contractors?)|caretakers?|handym[ae]n|cleaners?|printers?|vendors?|workm[ae]n|painters?|decorators?|fencers?|installers?|scaffolders?|hire\\s+company|caterers?|glaziers?|joiners?|carpenters?|locksmiths?|consultants?|developers?|council's\\s+agents?|men|lads|chaps|guys)";

/** The public at large: telling or sending to them speaks for the council. */
const PUBLIC =
  "(?:residents|the\\s+public|public|press|media|local\\s+paper|newspapers?|parishioners|villagers|householders|households|everyone\\s+on\\s+the\\s+(?:mailing\\s+)?list|mailing\\s+list|all\\s+households|hirers|plot\\s*holders|allotment\\s+holders|tenants|neighbours|community\\s+groups|the\\s+community)";

/** Up to three describing words before a noun ("our grass cutting contractor"), never a function word. */
const FILLER =
  "(?:(?!(?:me|us|you|him|her|them|it|i|we|he|she|they|when|if|whether|what|how|why|where|who|which|that|the|a|an|to|and|or|but|about|know|is|are|was|were|has|have|had|will|would|can|could|should|for|of|in|on|at|with|from|by|not|any|there|here)\\b)[a-z'-]{1,20}\\s+){0,3}?";

/** A target among the outside parties: "the contractor", "our grass cutting contractor". */
const TARGET_PARTY = `(?:(?:the|our|your|their|this|that|a|an|all\\s+the|all)\\s+)?${FILLER}${PARTY}\\b(?!')`;

/** A target among the outside parties or the public. */
const TARGET = `(?:(?:the|our|your|their|this|that|a|an|all\\s+the|all)\\s+)?${FILLER}(?:${PARTY}|${PUBLIC})\\b(?!')`;

/** Words that name the sender or their colleagues: asking for something for oneself is not an instruction. */
const FOR_ME = /^(?:me|myself|us|ourselves|my|yourself|your\s+own)\b/i;

/** Clerical objects: asking for a correction to a document is not an instruction on the council's behalf. */
const CLERICAL =
  /^(?:(?:the|this|that|these|those|my|an?|it|them)\s+)?(?:[a-z'-]{1,20}\s+){0,2}?(?:attachments?|files?|documents?|links?|typos?|minutes|agendas?|emails?|spreadsheets?|versions?|wording|page|pages|paragraph|items?|photos?|pictures?|comments?|text|figures?|tables?|reports?|draft|drafts|names?|dates?|numbers?|details|address|post|entry|meeting|meetings|papers)\b/i;

/** Past participles of the work people have done for the council ("get the lights fixed"). */
const DONE =
  "(?:ordered|booked|paid|fixed|repaired|mended|replaced|installed|removed|cut|mowed|mown|trimmed|pruned|strimmed|cleared|cleaned|emptied|painted|repainted|delivered|put\\s+up|taken\\s+down|erected|inspected|serviced|surveyed|felled|lopped|pollarded|planted|resurfaced|unblocked|swept|gritted|jet-washed)";

/** Going ahead with work: what a contractor is told he "can" or "should" now do. */
const GO_WORK = "(?:start|begin|go\\s+ahead|proceed|carry\\s+on|carry\\s+out|do\\s+the|fix|repair|order|book|invoice|bill|deliver|install|remove|replace|cut|get\\s+paid|be\\s+paid|send\\s+(?:the|his|her|their)\\s+invoice)";

const DETERMINER = "(?:the|a|an|this|that|these|those|it|them|some|any|all|another|more|new|extra|two|three|four|five|six|ten|twenty|our|their|his|her|\\d)";

const DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\\s+week|this\\s+week|\\d)";

/** Asking only for a quote, a price or a call commits nobody. */
const JUST_A_QUOTE =
  "(?!\\s+(?:[a-z']{1,20}\\s+){0,5}?(?:quote|quotes|quotation|quotations|price|prices|estimate|estimates|costing|costings)\\b|\\s+(?:contact|call|ring|phone|email|get\\s+in\\s+touch|come\\s+and\\s+(?:look|see|have\\s+a\\s+look))\\b)";

interface Verb {
  /** The verb as it follows a lead ("please", "could you", the start of a sentence). */
  verb: RegExp;
  /** May it stand alone at the start of a clause ("Book the hall for 3 June")? */
  bare: boolean;
  /** What must follow the verb; tested on the text just after it. */
  object?: RegExp;
  /** What must not follow the verb. */
  not?: RegExp;
  /** Reject clerical objects. */
  clerical?: boolean;
  /** The text after the verb (to the end of the clause) must mention this. */
  mentions?: RegExp;
  /** Also accept a named firm or person told to do work ("ask Greenways to cut the verges"). */
  named?: boolean;
}

const ANY_OBJECT = /^(?:[a-z0-9£"'])/i;
/** What cannot start the object of "order", "book", "pay" and the like: the reader's own things, or a manner. */
const OPEN_OBJECT_NOT = /^(?:your|yours|for\s+your|yourself|at|by|on|in|online|via|with|when|before|upon|using|through|into|from|early|now|here|there|soon|today|asap|quickly|promptly|direct|directly|yourselves|as|if)\b/i;
const BARE_OBJECT = new RegExp(`^(?:${DETERMINER}\\b|\\d|£|invoices?\\b|payment\\b|deposits?\\b|quotes?\\b|contractors?\\b|suppliers?\\b|solicitors?\\b|for\\b)`, "i");
const PROCEED_OBJECT = /^(?:$|[.,;:!)]|with\b|and\b|as\b|now\b|on\b|from\b|immediately|asap|straight\s+away|then\b|please\b|to\s+(?:order|book|buy|purchase|pay|instruct|appoint|engage|hire|commission))/i;

/** Works a contractor is arranged for ("arrange a skip", "arrange the repair"). */
const ARRANGED_WORK = new RegExp(
  `^(?:(?:an?|the|some)\\s+)?(?:[a-z-]{1,20}\\s+)?(?:skips?|contractors?|delivery|repairs?|collection|removal|replacement|installation|inspection|survey|clearance|payment|refund|hire|works)\\b|^to\\s+have\\s+(?:the|this|that|these|those|it|them|our)\\b(?:\\s+[a-z'-]{1,20}){0,4}?\\s+${DONE}\\b`,
  "i",
);

/** A firm or person by name, then work for them to do: case matters, so no `i` flag. */
const NAMED_TO_WORK = new RegExp(`^(?:[A-Z][A-Za-z&'-]{1,20}\\s+){1,3}(?:to\\s+${GO_WORK}|(?:know|that)\\s+(?:he|she|they|it)\\s+(?:can|should|may)\\s+(?:now\\s+)?${GO_WORK})\\b`);

const VERBS: readonly Verb[] = [
  // Spending, contracting and authorising.
  { verb: /^(?:order|buy|purchase)\b/i, bare: true, object: ANY_OBJECT, not: /^(?:of|to|in|is|was|and|or|by|from|for\s+(?:me|myself)|me|myself|my|yourself)\b/i, clerical: true },
  { verb: /^book\b/i, bare: true, object: ANY_OBJECT, not: /^(?:me|myself|us|my|club|yourself|your\s+place|onto|on\s+to|in\s+to|a\s+(?:place|seat|ticket)\s+for\s+(?:me|myself)|(?:an?\s+|the\s+|some\s+)?(?:time|slot|call|chat|catch-?up|appointment|zoom|teams|date|meeting(?!\s+room)))\b/i, clerical: true },
  { verb: /^(?:pay|settle)\b/i, bare: true, object: ANY_OBJECT, not: /^(?:(?:[a-z]+\s+)?(?:attention|tribute|heed|respects)\b|a\s+visit|my|me|myself|us|for\s+(?:my|me|myself)|your\s+own|it\s+forward|up\b)/i },
  { verb: /^(?:reimburse|refund)\b/i, bare: true, object: ANY_OBJECT, not: FOR_ME },
  { verb: /^(?:authori[sz]e|approve|sanction)\b/i, bare: true, object: ANY_OBJECT, not: /^(?:of|me|my|myself|the\s+(?:minutes|agenda|wording|draft))\b/i },
  { verb: /^(?:hire|appoint|commission|employ|instruct|engage)\b/i, bare: true, object: ANY_OBJECT, not: /^(?:me|myself|us|my|with|in|on|the\s+public|residents|yourself)\b/i },
  { verb: /^(?:cancel|terminate|renew)\b/i, bare: true, object: ANY_OBJECT, not: /^(?:me|myself|us|my|ourselves|(?:that|this|it)\s*(?:[,.;:!?-]|$))/i, clerical: true },
  { verb: /^accept\b/i, bare: true, object: /^(?:(?:the|this|that|their|his|her|its|our|[a-z]+'s)\s+)?(?:[a-z0-9'-]{1,20}\s+){0,2}?(?:quotes?|quotation|tender|offer|estimate|bid)\b/i },
  { verb: /^award\b/i, bare: true, object: /^(?:(?:the|this)\s+)?(?:contract|work|works|job|tender|it\s+to)\b/i },
  { verb: /^sign\b/i, bare: true, object: /^(?:(?:the|this|our|their)\s+)?(?:[a-z-]{1,20}\s+)?(?:contract|agreement|lease|licen[cs]e|order|purchase\s+order)\b/i },
  { verb: /^place\b/i, bare: true, object: /^(?:(?:an?|the|this|our)\s+)?(?:[a-z-]{1,20}\s+)?order\b/i },
  { verb: /^raise\b/i, bare: true, object: /^(?:(?:an?|the)\s+)?(?:purchase\s+order|po|order|payment|cheque)\b/i },
  { verb: /^process\b/i, bare: false, object: /^(?:(?:the|this|that|these|those|his|their|an?)\s+)?(?:[a-z-]{1,20}\s+)?(?:invoices?|payments?|orders?|refunds?|purchase\s+orders?)\b/i },
  { verb: /^release\b/i, bare: true, object: /^(?:the\s+)?(?:payment|funds|money|deposit|retention|grant|cheque)\b/i },
  { verb: /^(?:transfer|spend|donate|grant)\b/i, bare: true, object: /^(?:£|\d|the\s+(?:money|funds|grant|balance)|funds|up\s+to|some\s+money|money)/i },
  { verb: /^make\b/i, bare: false, object: /^(?:an?|the)\s+(?:payment|donation|grant|booking|order|purchase|offer|contribution)\b/i },
  { verb: /^(?:go\s+ahead|proceed)\b/i, bare: true, object: PROCEED_OBJECT, not: /^(?:with(?:out)?\s+(?:the\s+)?(?:meeting|me|us|discussion|vote|debate|item)|to\s+the\s+next\s+item)\b/i },
  { verb: /^(?:arrange|organi[sz]e)\b/i, bare: true, object: /^for\s+(?!me\b|us\b|councillors?\b|members\b|you\b|myself\b|a\s+meeting\b|a\s+call\b)/i },
  { verb: /^(?:arrange|organi[sz]e|sort\s+out|sort)\b/i, bare: false, object: ARRANGED_WORK },
  { verb: /^confirm\b/i, bare: true, object: /^(?:(?:the|our|this)\s+)?(?:order|purchase|acceptance|contract|appointment)\b(?!\s+(?:has|have|was|is|went|arrived|been|status|number|date|details|reference))/i },
  { verb: /^confirm\b/i, bare: false, object: new RegExp(`^(?:(?:the|our|this)\\s+)?(?:booking|work|works|job|go-?ahead)\\s+(?:with|to)\\s+${TARGET_PARTY}|^to\\s+${TARGET_PARTY}`, "i") },
  // Directing outside parties, or speaking to the public for the council.
  { verb: /^(?:tell|inform|notify|advise|instruct)\b/i, bare: true, named: true, object: new RegExp(`^${TARGET}|^(?:him|her|them)\\s+to\\s+${GO_WORK}\\b`, "i") },
  { verb: /^let\b/i, bare: true, named: true, object: new RegExp(`^${TARGET}\\s+know\\b`, "i") },
  { verb: /^ask\b/i, bare: true, named: true, object: new RegExp(`^(?:${TARGET_PARTY}\\s+to\\b${JUST_A_QUOTE}|(?:him|her|them)\\s+to\\s+${GO_WORK}\\b)`, "i") },
  { verb: /^chase\b/i, bare: false, object: new RegExp(`^(?:up\\s+)?${TARGET_PARTY}|^up\\s+(?:the|this|our)\\s+(?:order|delivery|repair|repairs|work|works)\\b`, "i") },
  { verb: /^get\b/i, bare: true, named: true, object: new RegExp(`^${TARGET_PARTY}\\s+(?:to|in|out|round|back\\s+to)\\b|^(?:someone|somebody|a\\s+man|a\\s+team)\\s+(?:out|in|round|to\\s+${GO_WORK})\\b|^(?:the|this|that|these|those|it|them|our)\\b(?:\\s+[a-z'-]{1,20}){0,4}?\\s+${DONE}\\b|^(?:an?|the|some)\\s+(?:skip|contractor|builder|electrician|plumber|tree\\s+surgeon)\\s+(?:in|out|round|booked|ordered)\\b`, "i"), clerical: true },
  { verb: /^have\b/i, bare: false, object: new RegExp(`^(?:the|this|that|these|those|it|them|our)\\b(?:\\s+[a-z'-]{1,20}){0,4}?\\s+${DONE}\\b`, "i"), clerical: true },
  // Works for the council.
  {
    verb: /^(?:fix|repair|mend|replace|install|remove|cut|mow|trim|prune|strim|clear|clean|empty|paint|erect|put\s+up|take\s+down|deliver)\b/i,
    bare: false,
    object: new RegExp(`^(?:${DETERMINER})\\b`, "i"),
    not: /^(?:it\s+out|up\s+(?:what|the\s+confusion)|the\s+(?:meeting|air|record|confusion|matter|question|issue|discussion|conversation|problem)|me|us|my)\b/i,
    clerical: true,
  },
  { verb: /^(?:start|begin|carry\s+out|do)\b/i, bare: false, object: new RegExp(`^(?:(?:the|this|that)\\s+)?(?:work|works|job|repairs?|installation|clearance)\\b|^(?:on|from)\\s+${DAY}\\b`, "i") },
  {
    verb: /^(?:publish|post|advertise|share|put|announce)\b/i,
    bare: false,
    object: ANY_OBJECT,
    not: /^(?:(?:the|a|our)\s+)?(?:minutes|agendas?|papers|notice\s+of\s+(?:the\s+)?meeting|me|my)\b/i,
    mentions: /\b(?:facebook|twitter|instagram|social\s+media|website|web\s+site|newsletter|notice\s*boards?|press|local\s+paper|newspapers?|magazine|nextdoor)\b/i,
  },
  { verb: /^issue\b/i, bare: false, object: /^(?:(?:an?|the)\s+)?(?:[a-z-]{1,20}\s+)?(?:notice|statement|press\s+release|letter|invoice|order|purchase\s+order|warning|fine|refund|cheque|payment|instructions?)\b/i },
  {
    verb: /^(?:send|forward|circulate|distribute|pass)\b/i,
    bare: false,
    object: ANY_OBJECT,
    not: /^(?:me|myself|us|it\s+to\s+me|this\s+to\s+me|(?:on\s+)?(?:my|our)\s+(?:thanks|apologies|regards|best\s+wishes|congratulations|condolences|comments|views))\b/i,
    mentions: new RegExp(`\\bto\\s+${TARGET}|^(?:on\\s+)?${TARGET}`, "i"),
  },
  { verb: /^write\b/i, bare: false, object: new RegExp(`^to\\s+${TARGET}`, "i") },
];

/** Any instruction verb, and any that may stand bare, as one expression: most positions fail here at once. */
const ANY_VERB = new RegExp(`^(?:${VERBS.map((v) => v.verb.source.replace(/^\^/, "")).join("|")})`, "i");
const ANY_BARE_VERB = new RegExp(`^(?:${VERBS.filter((v) => v.bare).map((v) => v.verb.source.replace(/^\^/, "")).join("|")})`, "i");

/** What comes before an instruction verb: a request ("please", "could you") and its fillers. */
const REQUEST_LEAD =
  /\b(?:(?:please|pls|kindly)(?:\s+(?:could|can|would|will)\s+you)?|(?:could|can|would|will)\s+you(?:\s+(?:please|kindly|just|also|now))?(?:\s+be\s+able\s+to)?|(?:can|could)\s+we(?:\s+please)?(?=\s+(?:have|get|arrange)\b)|(?:i|we)(?:'d|\s+would)\s+like\s+you\s+to|(?:i|we)\s+(?:need|want)\s+you\s+to|(?:let's|lets|let\s+us)(?=\s+(?:order|book|buy|purchase|pay|hire|appoint|commission|instruct|accept|award|get|go\s+ahead\s+and)\b)|i(?:'d|\s+would)\s+be\s+grateful\s+if\s+you\s+(?:could|would)|if\s+you\s+(?:could|would)|make\s+sure\s+(?:that\s+)?you|(?:i'm\s+|i\s+am\s+|i'd\s+be\s+|i\s+would\s+be\s+)?happy\s+for\s+you\s+to|you\s+(?:can|may|could)(?:\s+now)?(?=\s+(?:go\s+ahead|proceed)\b)|feel\s+free\s+to(?=\s+(?:go\s+ahead|proceed|order|book)\b)|you\s+have\s+my\s+(?:permission|consent|blessing|approval|authority|go-ahead)\s+to)\s+(?:(?:also|just|now|then|still|urgently|please|kindly)\s+)?(?:go\s+ahead\s+and\s+)?/gi;

/** The start of a clause, where a bare imperative may stand ("Book the hall", "Yes, go ahead"). */
const CLAUSE_START = /(?:^|[,;:(]\s*|\s-\s*|"\s*)(?:(?:yes|ok|okay|right|fine|great|good|thanks|so|then|now|also|just)[,!]?\s+)?(?:go\s+ahead\s+and\s+)?/gi;

/** A second verb joined to a request: "please check the price and order 20". */
const AND_THEN = /\s(?:and|then|and\s+then)\s+(?:(?:also|just|please)\s+)?/gi;

/** How far after a verb its object is read. */
const OBJECT_WINDOW = 120;

/** The end of a clause: what follows a verb is read only to here. */
const CLAUSE_END = /[.;!?\n]|,\s|\s-\s|\s(?:and|but|so|then)\s/;

function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + OBJECT_WINDOW);
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Does an instruction verb stand at `at` in `text`, with a fitting object? */
function instructionAt(text: string, at: number, bareOnly: boolean, depth = 0): boolean {
  const rest = text.slice(at, at + OBJECT_WINDOW);
  if (!(bareOnly ? ANY_BARE_VERB : ANY_VERB).test(rest)) return false;
  for (const v of VERBS) {
    if (bareOnly && !v.bare) continue;
    const m = v.verb.exec(rest);
    if (!m) continue;
    const after = rest.slice(m[0].length).replace(/^\s+/, "");
    if (v.object && !v.object.test(after) && !(v.named && NAMED_TO_WORK.test(after))) continue;
    if (v.object === ANY_OBJECT && OPEN_OBJECT_NOT.test(after)) continue;
    if (bareOnly && v.object === ANY_OBJECT && !BARE_OBJECT.test(after)) continue;
    if (v.not && v.not.test(after)) continue;
    if (v.clerical && CLERICAL.test(after)) continue;
    const clause = clauseAfter(text, at + m[0].length).replace(/^\s+/, "");
    if (v.mentions && !v.mentions.test(clause)) continue;
    if (/\bagenda\b/i.test(clause)) continue;
    // "go ahead and …": the verb that follows decides.
    const and = /^and\s+/i.exec(after);
    if (v.object === PROCEED_OBJECT && and && depth < 2) {
      return instructionAt(text, at + rest.length - after.length + and[0].length, false, depth + 1);
    }
    return true;
  }
  return false;
}

/** An instruction verb after a request lead, or joined to one by "and". */
function requestAt(text: string, at: number): boolean {
  if (instructionAt(text, at, false)) return true;
  const clause = text.slice(at, at + OBJECT_WINDOW);
  const stop = clause.search(/[.;!?\n]/);
  const scope = stop < 0 ? clause : clause.slice(0, stop);
  AND_THEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = AND_THEN.exec(scope)) !== null && tries++ < 3) {
    if (instructionAt(text, at + m.index + m[0].length, false)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Statements that instruct or commit

interface Statement {
  re: RegExp;
  kind: Kind;
  /** Words before the match that make it hypothetical or a report ("I hope", "if"). */
  hedged?: boolean;
}

/** Paying for something: "pay", "cover the cost", "meet the costs", "fund". */
const MONEY_VERBS =
  "(?:pay(?!\\s+(?:for\\s+(?:our|my|their)\\s+own|attention|tribute|a\\s+visit|respects))|cover\\s+(?:the\\s+|all\\s+the\\s+|any\\s+|your\\s+)?(?:cost|costs|bill|expense|expenses|fee|fees|invoice|difference|shortfall|it|this|that)|meet\\s+(?:the\\s+|all\\s+the\\s+|any\\s+|your\\s+)?(?:cost|costs|bill|expense|expenses|fee|fees)|fund(?!-)|reimburse|refund|compensate|contribute|sponsor|donate|foot\\s+the\\s+bill|underwrite|pick\\s+up\\s+the\\s+(?:bill|cost|tab))";
const COUNCIL_VERBS = `(?:${MONEY_VERBS}|buy|purchase|order|install|replace|repair|fix|honour|waive|write\\s+off|take\\s+(?:on\\s+)?(?:responsibility|care\\s+of)|grant\\s+you|award\\s+you|give\\s+you|provide\\s+(?:funding|the\\s+funding|the\\s+money|a\\s+grant)|hire|supply)`;
const WILL = "(?:will|shall|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+happy\\s+to|are\\s+happy\\s+to|is\\s+willing\\s+to|are\\s+willing\\s+to|will\\s+be\\s+happy\\s+to|has\\s+agreed\\s+to\\s+(?=pay|cover|fund|meet))";
const ADVERB = "(?:(?:also|definitely|certainly|of\\s+course|now|then|happily|gladly|obviously|naturally)\\s+)?";

/** The council itself (not "Southend Council", "the county council"). */
const THE_COUNCIL = "(?:\\b(?:the|our)\\s+(?:town\\s+|parish\\s+|community\\s+|village\\s+)?council|^(?:town|parish)\\s+council)";

/** What a councillor promises the council will do, after "I've agreed/promised … that we will". */
const PROMISED = `(?:be\\s+)?(?:${COUNCIL_VERBS}|go\\s+ahead|proceed|accept|use\\s+(?:them|him|her|their|the)|start|take\\s+(?:the|it|them|their)|do\\s+the\\s+work|put\\s+in|sign|book|order)`;

const STATEMENTS: readonly Statement[] = [
  // The council will pay / repair / buy; we will pay.
  { re: new RegExp(`${THE_COUNCIL}(?:'ll|\\s+${WILL})\\s+${ADVERB}(?:be\\s+)?${COUNCIL_VERBS}\\b`, "i"), kind: "commitment", hedged: true },
  { re: new RegExp(`\\bwe(?:'ll|\\s+${WILL}|'re\\s+(?:happy|willing|going)\\s+to)\\s+${ADVERB}${MONEY_VERBS}\\b`, "i"), kind: "commitment", hedged: true },
  { re: /\b(?:at|on)\s+(?:the|our)\s+(?:town\s+|parish\s+)?council's\s+(?:expense|cost|account)\b/i, kind: "commitment", hedged: true },
  { re: /\b(?:invoice|bill|charge)\s+(?:it\s+to\s+|this\s+to\s+)?(?:(?:the|our)\s+(?:town\s+|parish\s+)?council\b|us\b(?!\s+for\s+(?:a|the)\s+quote))/i, kind: "commitment", hedged: true },
  { re: /\b(?:send|address|forward|submit|direct)\s+(?:your|the|any|all)\s+(?:invoices?|bills?)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:town\s+|parish\s+)?(?:council|clerk|rfo|office)\b/i, kind: "commitment", hedged: true },
  // I've told the contractor to … / I've agreed with the supplier … / I'll tell the contractor to …
  {
    re: new RegExp(`\\bi(?:'ve|\\s+have|\\s+had)?\\s+(?:already\\s+|now\\s+|just\\s+|also\\s+|personally\\s+)?(?:told|instructed|asked|authori[sz]ed|engaged|hired|commissioned|appointed|got)\\s+${TARGET_PARTY}\\s+(?:to\\b${JUST_A_QUOTE}|(?:that\\s+)?(?:he|she|they|it|we|the\\s+council)\\s+(?:can|could|should|must|may|will|is\\s+to|are\\s+to|needs?\\s+to)\\s+(?:now\\s+)?${GO_WORK}\\b)`, "i"),
    kind: "instruction",
  },
  // The same with a firm or person by name; case matters, so no `i` flag.
  {
    re: new RegExp(`\\b[Ii](?:'ve|\\s+have|\\s+had|'ll|\\s+will)?\\s+(?:already\\s+|now\\s+|just\\s+|also\\s+)?(?:told|instructed|asked|got|tell|instruct|ask|get)\\s+(?:[A-Z][A-Za-z&'-]{1,20}\\s+){1,3}(?:to\\s+${GO_WORK}|(?:that\\s+)?(?:he|she|they|it)\\s+(?:can|should|may|must)\\s+(?:now\\s+)?${GO_WORK})\\b`),
    kind: "instruction",
  },
  { re: new RegExp(`\\bi(?:'ll|\\s+will)\\s+(?:tell|instruct|ask|get)\\s+${TARGET_PARTY}\\s+to\\b${JUST_A_QUOTE}`, "i"), kind: "instruction" },
  { re: new RegExp(`\\bi(?:'ve|\\s+have|\\s+had)?\\s+(?:already\\s+|now\\s+|just\\s+|also\\s+|personally\\s+)?(?:agreed|arranged|confirmed|settled|negotiated)\\s+with\\s+${TARGET_PARTY}`, "i"), kind: "commitment" },
  { re: /\bi(?:'ve|\s+have)?\s+(?:already\s+)?(?:told|instructed|asked)\s+(?:the\s+)?(?:clerk|town\s+clerk|parish\s+clerk|rfo|deputy(?:\s+clerk)?|officers?|staff)\s+to\s+(?:order|book|buy|purchase|pay|settle|hire|engage|appoint|commission|instruct|cancel|accept|award|sign|release|transfer|spend|go\s+ahead|proceed|get\s+the\s+contractor)\b/i, kind: "instruction" },
  { re: new RegExp(`\\bi(?:'ve|\\s+have)?\\s+(?:already\\s+|just\\s+|also\\s+)?arranged\\s+for\\s+(?:the|a|an|our)\\s+(?:[a-z'-]{1,20}\\s+){0,3}?to\\s+be\\s+${DONE}\\b`, "i"), kind: "commitment" },
  { re: new RegExp(`\\bi(?:'ve|\\s+have)?\\s+(?:already\\s+|just\\s+|also\\s+)?(?:agreed|promised|confirmed|guaranteed|committed|assured|told)\\b[^.?!\\n]{0,80}?\\b(?:we|the\\s+council|the\\s+(?:town|parish)\\s+council)(?:'ll|\\s+(?:will|shall|are\\s+going\\s+to|is\\s+going\\s+to))\\s+${ADVERB}${PROMISED}\\b`, "i"), kind: "commitment" },
  { re: /\bi(?:'ve|\s+have)?\s+(?:already\s+)?agreed\s+(?:to\s+(?:pay|fund|cover|buy|purchase|order|sponsor|donate|contribute|hire|book)|(?:the|a|their|his|her)\s+(?:price|quote|quotation|terms|order|contract))\b/i, kind: "commitment" },
  { re: /\bi(?:'ve|\s+have)\s+(?:already\s+|just\s+|now\s+|also\s+)?(?:ordered|booked|hired|commissioned|engaged|appointed|purchased|bought|placed\s+(?:an|the)\s+order|accepted\s+(?:the|their|his|her|[a-z]+'s)\s+(?:[a-z-]{1,20}\s+)?(?:quote|quotation|tender|offer|estimate)|signed\s+the\s+(?:contract|agreement|order|lease))\b(?!\s+(?:my|me|myself|with|a\s+(?:table|taxi|train|ticket|seat|place)|tickets?|train|taxi|seats?|lunch|dinner|flights?|hotel|holiday|onto|on\s+to|in\s+to|into)\b)/i, kind: "commitment" },
  { re: /\bi(?:'ll|\s+will)\s+(?:order|hire|commission|engage|appoint|instruct)\s+(?:the|a|an|some|\d)(?![^.!?\n]{0,40}\b(?:myself|for\s+me|my\s+own)\b)/i, kind: "commitment" },
  // I've given Barkers the go-ahead; please write to Greenways accepting their quote; we'll go with Greenways.
  { re: /\bi(?:'ve|\s+have)?\s+(?:already\s+|just\s+|now\s+|also\s+)?given\s+(?:[a-z'&-]{1,20}\s+){1,4}?(?:the\s+|my\s+)?(?:go-?\s?ahead|green\s+light|nod)\b/i, kind: "instruction" },
  { re: /\b(?:please|can\s+you|could\s+you|would\s+you)\b[^.?!\n]{0,60}?\baccepting\s+(?:the|his|her|their|its|[a-z]+'s)\s+(?:[a-z-]{1,20}\s+)?(?:quote|quotation|tender|offer|estimate|bid)\b/i, kind: "instruction" },
  { re: /\b[Ww]e(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+go\s+(?:with|for)\s+(?:(?!Zoom\b|Teams\b|Skype\b)[A-Z][A-Za-z&'-]{2,20}\b(?!\s+(?:to|at|on|in)\b)|quote\s+[A-Za-z0-9]\b|the\s+(?:cheaper|cheapest|lowest|first|second|third)\s+(?:quote|quotation|tender))/, kind: "commitment" },
  { re: /\b[Ww]e(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:use|accept)\s+(?:[A-Z][A-Za-z&'-]{1,20}'s\s+(?:quote|quotation|tender|offer)|quote\s+[A-Za-z0-9]\b|the\s+(?:cheaper|cheapest|lowest|first|second|third)\s+(?:quote|quotation|tender))/, kind: "commitment" },
  // I authorise / you have my approval / you're good to go.
  { re: /\b(?:you're|you\s+are)\s+(?:good|ok|okay|fine|clear)\s+to\s+(?:go|proceed|order|start|book)\b|\bplease\s+crack\s+on\b|^(?:(?:yes|ok|okay|great|fine|right)[,!.]?\s+)?crack\s+on\b|\bgreen\s+light\s+from\s+me\b/i, kind: "instruction", hedged: true },
  { re: /\bi\s+(?:hereby\s+|now\s+|formally\s+)?(?:authori[sz]e|sanction)\b(?!\s+(?:myself\b|my\b|you\s+to\s+(?:use|publish|share|include|print|quote)\b))/i, kind: "instruction" },
  { re: /\bi\s+(?:hereby\s+|now\s+|formally\s+)?approve\s+(?:the\s+|this\s+|that\s+|these\s+|those\s+)?(?:[a-z-]{1,20}\s+)?(?:payments?|invoices?|expenditure|spend|spending|purchase|order|quote|quotation|works|contract)\b/i, kind: "instruction" },
  { re: /\bi\s+give\s+(?:you\s+)?(?:my\s+|the\s+)?(?:approval|authorisation|authorization|authority|go-?\s?ahead|green\s+light|permission\s+to\s+(?:proceed|go\s+ahead|order|book|pay|spend))\b/i, kind: "instruction" },
  { re: /\byou\s+have\s+(?:my|our)\s+(?:full\s+)?(?:approval|authority|authorisation|authorization|go-?\s?ahead|sanction|sign-?off|green\s+light|permission\s+to\s+(?:proceed|go\s+ahead|order|book|pay|spend|instruct|start))\b/i, kind: "instruction" },
  { re: /\b(?:consider|take)\s+this\s+(?:as\s+)?(?:my|your|the)\s+(?:authorisation|authorization|approval|instruction|go-?\s?ahead|green\s+light)\b/i, kind: "instruction" },
  { re: /^(?:(?:yes|ok|okay|fine|right)[,!.]?\s+)?(?:that's\s+|that\s+is\s+|it's\s+)?(?:approved|authori[sz]ed)(?:[,\s]+(?:thanks|thank\s+you|go\s+ahead|please\s+proceed))?[.!]*$/i, kind: "instruction" },
  { re: new RegExp(`\\b(?:i'm|i\\s+am|i'd\\s+be|i\\s+would\\s+be)\\s+happy\\s+for\\s+${TARGET_PARTY}\\s+to\\s+(?:start|begin|go\\s+ahead|proceed|carry\\s+out|do|fix|repair|cut|install|remove|replace|deliver)\\b`, "i"), kind: "instruction" },
  { re: new RegExp(`\\bi(?:'d\\s+like|\\s+would\\s+like|\\s+need|\\s+want)\\s+(?:the|this|that|these|those|it|them)\\b(?:\\s+[a-z'-]{1,20}){0,4}?\\s+${DONE}\\b`, "i"), kind: "instruction" },
  { re: new RegExp(`\\bplease\\s+(?:can|could)\\s+(?:the|this|that|these|those|it|they|our)\\b(?:\\s+[a-z'-]{1,20}){0,4}?\\s+be\\s+${DONE}\\b|\\b(?:can|could)\\s+(?:the|this|that|these|those|it|they|our)\\b(?:\\s+[a-z'-]{1,20}){0,4}?\\s+be\\s+${DONE}\\b[^.?!\\n]{0,40}?\\bplease\\b`, "i"), kind: "instruction" },
  { re: new RegExp(`\\b(?:i(?:'d|\\s+would)\\s+like|i\\s+want)\\s+${TARGET_PARTY}\\s+to\\s+(?:start|begin|go\\s+ahead|proceed|carry\\s+out|do|fix|repair|cut|install|remove|replace|deliver)\\b`, "i"), kind: "instruction" },
];

/** Every statement as one expression, so a sentence with none is scanned once. */
const ANY_STATEMENT = new RegExp(STATEMENTS.map((st) => `(?:${st.re.source})`).join("|"), "i");

/** Words before a statement that make it a hope, a condition, a question or a report of a decision. */
const HEDGE =
  /\b(?:if|whether|hope|hopefully|hoping|expect|expected|think|believe|may|might|perhaps|possibly|probably|unless|until|ask|asks|asking|asked|request|requested|propose|proposing|suggest|suggesting|suggested|recommend|recommending|assume|doubt|wonder|wondering|not\s+sure|cannot|can't|unable|unlikely|decide|decided|consider|considering|discuss|debate|should|would|could|resolved|agreed\s+at|voted|not|never|can't\s+promise|understand|told\s+me|tells|tell\s+me|said|says|claims?|apparently|according|heard|reports?|reported)\b/i;

/** A condition that leaves the decision to the council ("once the council has approved it"). */
const SUBJECT_TO_COUNCIL =
  /\b(?:subject\s+to\s+(?:(?:full\s+)?council|committee|members'?)?\s*(?:approval|agreement|ratification|a\s+resolution|resolution)|(?:once|if|when|after|provided|assuming|pending)\s+(?:the\s+)?(?:full\s+)?(?:council|committee|members|councillors)\s+(?:has\s+|have\s+|had\s+)?(?:approved|approves|agreed|agrees|resolved|resolves|decided|decides|ratified|ratifies|voted|votes|signed\s+off|given))/i;

/** Words that put what follows to the council's process: an agenda item, a motion, a recommendation. */
const PROCESS = /\b(?:agenda|agendas|motion|motions|recommendation|recommendations|recommend|resolution|resolved|propose|proposal|proposing)\b/i;

/** A line that heads a list of agenda items or motions ("Items for the agenda:"). */
const PROCESS_HEADER = /\b(?:agenda|motions?|items?\s+for|for\s+(?:discussion|consideration|decision|the\s+next\s+meeting))\b/i;

/** A list item: a bullet, or a number or letter with a stop or bracket. */
const LIST_ITEM = /^(?:[-*\u2022\u00b7\u25aa\u25cf]|\(?(?:\d{1,2}|[a-z])[.)])\s*/i;

/** Questions that ask about, rather than ask for, an action ("Has the contractor been told to start?"). */
const STATUS_QUESTION = /^(?:has|have|had|is|are|was|were|did|does|do|when|what|which|who|why|how|where|whether)\b/i;

function findInstruction(sentence: string, extra: RegExp | null): { kind: Kind } | null {
  const text = straighten(sentence);
  if (extra && extra.test(text)) return { kind: "instruction" };
  if (SUBJECT_TO_COUNCIL.test(text)) return null;
  const question = /\?\s*$/.test(text);
  // Where the sentence first puts something to the council's process; imperatives after it are not instructions.
  const processAt = text.search(PROCESS);
  let earliest: { at: number; kind: Kind } | null = null;
  const consider = (at: number, kind: Kind): void => {
    if (!earliest || at < earliest.at) earliest = { at, kind };
  };

  if (!(question && STATUS_QUESTION.test(text))) {
    REQUEST_LEAD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REQUEST_LEAD.exec(text)) !== null) {
      if (m[0] === "") {
        REQUEST_LEAD.lastIndex++;
        continue;
      }
      // "Please don't …", "Could you not …": a negative request does not instruct.
      if (processAt >= 0 && processAt < m.index) break;
      if (requestAt(text, m.index + m[0].length)) {
        consider(m.index, "instruction");
        break;
      }
    }
    if (!question) {
      CLAUSE_START.lastIndex = 0;
      while ((m = CLAUSE_START.exec(text)) !== null) {
        const at = m.index + m[0].length;
        if (m[0] === "") CLAUSE_START.lastIndex++;
        if (processAt >= 0 && processAt < at) break;
        if (instructionAt(text, at, true)) {
          consider(at, "instruction");
          break;
        }
        if (CLAUSE_START.lastIndex >= text.length) break;
      }
    }
  }

  for (const s of ANY_STATEMENT.test(text) ? STATEMENTS : []) {
    const m = s.re.exec(text);
    if (!m) continue;
    if (s.hedged && (HEDGE.test(text.slice(0, m.index)) || TO_A_MEETING.test(text))) continue;
    consider(m.index, s.kind);
  }
  const found = earliest as { at: number; kind: Kind } | null;
  return found ? { kind: found.kind } : null;
}

export default createRule({
  meta: {
    id: "councillor-instruction",
    description: "A councillor's email does not instruct staff or contractors, or commit the council: only officers may.",
    defaultSeverity: "block",
    defaultClause: CLAUSES.officersOnly,
    messages: {
      instruction: "Councillors may not instruct staff or contractors. Ask the clerk instead: only the clerk or another officer may send instructions for the council.",
      commitment: "Councillors may not commit the council. Take this out and ask the clerk: only the clerk or another officer may agree costs or work for the council.",
    },
    options,
  },
  check(context) {
    if (context.role !== "councillor") return;
    const extra = phraseList(context.options.extraInstructions);
    const ignore = phraseList(context.options.ignorePhrases);
    // Items listed under "Items for the agenda:" are proposals for the council, not instructions.
    let agendaList = false;
    let afterHeader = false;
    for (const sentence of sentencesOf(firstChars(context.slices(["new", "signature"])))) {
      const text = straighten(sentence.text);
      if (agendaList && (afterHeader || LIST_ITEM.test(text))) {
        afterHeader = false;
        continue;
      }
      agendaList = PROCESS_HEADER.test(text);
      afterHeader = agendaList && /:\s*$/.test(text);
      if (ignore && ignore.test(text)) continue;
      const found = findInstruction(sentence.text, extra);
      if (found) context.report({ messageId: found.kind, evidence: [sentenceEvidence(sentence)] });
    }
  },
});

/** Exposed so single sentences can be tried out. */
export { findInstruction };
