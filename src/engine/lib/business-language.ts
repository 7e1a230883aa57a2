import { WORD_CHARS, escapeRegExp } from "../text";

/**
 * The pieces of the business-language rule: telling shouting from acronyms and headings,
 * text-speak from ordinary words, and red from other colours. Everything works a line at a
 * time, in linear time, with no look-behind (the engine must run on ES2016).
 */

// ---------------------------------------------------------------- capitals

/** Acronyms and abbreviations councils write in capitals as a matter of course. */
export const DEFAULT_ACRONYMS = [
  "NALC", "SLCC", "GDPR", "CIL", "AGM", "ICO", "CCTV", "HMRC", "VAT", "FOI", "FOIA", "DPO", "RFO", "NHS", "LGA", "LGPS", "PAYE",
  "ASAP", "FYI", "AOB", "RSVP", "TBC", "TBA", "NB", "PS", "PPS", "UK", "EU", "CEO", "DBS", "PCSO", "PCSOS", "PCC", "ASBO", "RTPI",
  "CPRE", "DEFRA", "OFSTED", "OFGEM", "OFWAT", "NATO", "UNESCO", "ROSPA", "COVID", "BBC", "ITV", "RAF", "MBE", "OBE", "CBE",
  "QC", "KC", "JP", "MP", "MEP", "CIC", "CIO", "PLC", "LTD", "LLP", "HMO", "TPO", "PROW", "HGV", "LGV", "MOT", "DVLA", "DWP",
  "HSE", "RIDDOR", "COSHH", "PAT", "PPE", "ICT", "PDF", "URL", "CV", "HR", "TUPE", "LEP", "NPPF", "SHLAA", "LDF", "NDP",
  "CPO", "ROW", "SSSI", "AONB", "LNR", "SUDS", "CILCA", "PSLCC", "SALC", "EALC", "KALC", "CALC", "LALC", "AALC", "NJC",
  "SCP", "ACAS", "SORP", "AGAR", "PKF", "BACS", "CHAPS", "IBAN", "SWIFT", "EV", "EVS", "LED", "LEDS", "WI", "YMCA", "RNLI",
  "RSPB", "RSPCA", "NSPCC", "OAP", "OAPS", "SEN", "SEND", "GP", "GPS", "AED", "CPR", "NI", "UTC", "GMT", "BST",
];

/** Capitalised phrases that are conventional, not shouting. */
export const DEFAULT_CAPS_PHRASES = [
  "NOTICE IS HEREBY GIVEN", "YOU ARE HEREBY SUMMONED", "HEREBY SUMMONED TO ATTEND", "PRIVATE AND CONFIDENTIAL",
  "STRICTLY PRIVATE AND CONFIDENTIAL", "NOT FOR PUBLICATION", "COMMERCIAL IN CONFIDENCE", "OFFICIAL SENSITIVE",
  "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "DATE FOR YOUR DIARY", "SAVE THE DATE", "ANY OTHER BUSINESS", "SUBJECT TO CONTRACT",
  "WITHOUT PREJUDICE", "YOU ARE INVITED", "YOU ARE WARMLY INVITED", "ALL WELCOME", "EVERYONE WELCOME", "PLEASE NOTE",
  "FREEDOM OF INFORMATION", "LEGALLY PRIVILEGED", "PLEASE READ", "NOT FOR CIRCULATION", "NOT FOR DISTRIBUTION",
];

const TWO_LETTER_WORDS = new Set(["AM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "US", "WE"]);
const THREE_LETTER_WORDS = new Set(
  ("THE AND YOU ARE NOT FOR BUT ALL CAN HAS WAS HAD HIM HER HIS OUR OUT NOW WHY HOW WHO YET GET GOT DID ANY MAY WAY DAY OFF " +
    "TOO ASK SAY SEE ONE TWO NEW OLD BAD SAD MAD YES SHE ITS LET PUT RUN SET TRY USE WON END FED SIR BIG LOT FAR DUE " +
    "OWN ACT AGO AIR ARM BIT BOX BUY CAR CUT DOG EAT EYE FEW FIX FUN GAS GOD GUN HIT HOT JOB KEY KID LAW LAY LEG LIE " +
    "LOW MAN MEN MET MUM DAD NOR ODD OIL PAY PER RED ROW SAT SIT SIX SON TAX TEN TOP VIA WAR WET WHO WIN YEN ZOO").split(" "),
);
/** Words a sentence has and a heading does not: pronouns and "please" weigh 1, verbs and negation 2. */
const SHOUT_WEIGHT = new Map<string, number>();
for (const w of "I ME MY MINE WE OUR OURS YOU YOUR YOURS HE SHE HIM HER THEY THEM THEIR IT THIS THAT THESE THOSE PLEASE NOW STILL AGAIN ALWAYS ANYONE EVERYONE SOMEONE ANYBODY EVERYBODY SOMEBODY WHY HOW".split(" ")) SHOUT_WEIGHT.set(w, 1);
for (const w of (
  "AM IS ARE WAS WERE BE BEEN BEING HAVE HAS HAD DO DOES DID DONE WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST NEED NEEDS " +
  "NOT NO NEVER NOBODY NOTHING NONE CANNOT DONT WONT CANT ISNT ARENT WASNT WERENT DIDNT DOESNT HAVENT HASNT SHOULDNT WOULDNT " +
  "COULDNT IM IVE ID ITS THATS YOURE WERE THEYRE WANT STOP READ CALL REPLY RESPOND FIX TELL TOLD ASKED SORT GET " +
  "VERY REALLY ABSOLUTELY COMPLETELY TOTALLY EXTREMELY UTTERLY SERIOUSLY URGENTLY IMMEDIATELY UNACCEPTABLE DISGRACEFUL " +
  "DISGUSTING RIDICULOUS APPALLING FURIOUS ANGRY SICK DISGRACE SHAMBLES USELESS INCOMPETENT OUTRAGEOUS PATHETIC"
).split(" "))
  SHOUT_WEIGHT.set(w, 2);

/** Commands that, opening a line, make it an order rather than a heading ("KEEP THE GATE CLOSED"). */
const IMPERATIVES = new Set("KEEP ENSURE REMEMBER MAKE LEAVE BRING REMOVE LOCK PARK TURN STOP DONT".split(" "));

/** A run of capitals ending a company's name ("WESTCLIFF TREE SURGEONS LTD") is the name as registered. */
const COMPANY = new Set("LTD LIMITED PLC LLP CIC INC CO".split(" "));

/** How English words may start: a capitalised word starting otherwise ("PCSO", "DVLA") is an acronym. */
const ONSETS = new Set(
  "BL BR CH CL CR DR DW FL FR GL GN GR KN KR PH PL PR PS SC SH SK SL SM SN SP SQ ST SW TH TR TW WH WR QU RH".split(" "),
);
const VOWELS = /[AEIOUY]/;
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const HAS_LOWER = /[a-z\u00DF-\u00F6\u00F8-\u00FF]/;
const HAS_DIGIT = /[0-9]/;

/** A word's part in shouting: counts (C), is neutral (N: acronyms, numbers, initials), or breaks a run (L). */
export type CapsClass = "C" | "N" | "L";

export interface CapsWords {
  acronyms: ReadonlySet<string>;
}

/** Classify one word as written. */
export function classifyWord(word: string, options: CapsWords): CapsClass {
  if (HAS_DIGIT.test(word)) return "N";
  if (HAS_LOWER.test(word)) return "L";
  if (!/[A-Z\u00C0-\u00DE]/.test(word)) return "N";
  const letters = word.replace(/['’-]/g, "");
  if (letters.length === 1) return letters === "I" || letters === "A" ? "C" : "N";
  const plain = word.replace(/['’]S$/, "");
  if (options.acronyms.has(letters) || options.acronyms.has(plain.replace(/['’-]/g, ""))) return "N";
  if (word.indexOf("-") < 0 && ROMAN.test(letters)) return "N";
  if (letters.length === 2) return TWO_LETTER_WORDS.has(letters) ? "C" : "N";
  if (letters.length === 3) return THREE_LETTER_WORDS.has(letters) ? "C" : "N";
  if (!VOWELS.test(letters)) return "N";
  if (!VOWELS.test(letters[0]) && !VOWELS.test(letters[1]) && !ONSETS.has(letters.slice(0, 2))) return "N";
  return "C";
}

export interface Shout {
  start: number;
  end: number;
}

export interface CapsOptions extends CapsWords {
  /** Classifications already made, by word as written (kept small). */
  cache?: Map<string, { cls: CapsClass; key: string }>;
  minCapsWords: number;
  maxHeadingWords: number;
  /** Matches conventional capitalised phrases (global, case-insensitive). */
  phrases: RegExp;
}

/** A list number or bullet, and a short label ending in a colon, before a heading. */
const LINE_PREFIX =
  /^\s{0,10}(?:(?:[-•*·–]|\(?[0-9]{1,3}(?:\.[0-9]{1,3})?[.)]?|\(?[a-zA-Z][.)]|(?:agenda\s{1,3})?item\s{1,3}[0-9]{1,4}[a-z]?[.:)]?)\s{1,5})?(?:[A-Za-z][A-Za-z ]{0,30}:\s{0,5})?/i;
const TWO_CAPITALS = /[A-Z\u00C0-\u00DE]{2}/;
const QUESTION_OR_BANG = /[!?]/;

/** The character classes of `WORD_CHARS`, by code, for a scanner that makes no regex call per word. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff)
  );
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

interface WordFacts {
  cls: CapsClass;
  /** Letters only, upper case, apostrophes and hyphens dropped. */
  key: string;
}

function factsOf(word: string, options: CapsOptions): WordFacts {
  const cache = options.cache;
  const known = cache?.get(word);
  if (known) return known;
  const facts = { cls: classifyWord(word, options), key: word.toUpperCase().replace(/['’-]/g, "") };
  if (cache && cache.size < 10000) cache.set(word, facts);
  return facts;
}

/**
 * Shouting on one line: a run of `minCapsWords` capitalised words, or a sentence wholly in
 * capitals (of `minCapsWords` words, or two ending in ! or ?). A line that is a heading
 * (capitals only, short, no sentence words such as "is", "not", "you") is not shouting.
 * One pass over the characters, so a huge line costs no more than many small ones.
 */
export function findShouting(line: string, offset: number, options: CapsOptions): Shout | null {
  if (!TWO_CAPITALS.test(line)) return null;
  const n = line.length;

  // Conventional phrases ("NOTICE IS HEREBY GIVEN"), in order.
  const phrases: [number, number][] = [];
  options.phrases.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = options.phrases.exec(line)) !== null) {
    const phrase = pm[1] ?? pm[0];
    phrases.push([pm.index + pm[0].length - phrase.length, pm.index + pm[0].length]);
  }
  let phraseAt = 0;

  // What a heading needs: after any list number or label, only capitals, few, no sentence words.
  const prefix = LINE_PREFIX.exec(line);
  const prefixEnd = prefix ? prefix[0].length : 0;
  const hasPrefix = prefixEnd > 0 && /\S/.test(line.slice(0, prefixEnd));
  const limit = hasPrefix ? options.maxHeadingWords * 2 : options.maxHeadingWords;
  let headingPossible = !QUESTION_OR_BANG.test(line);
  let headingWords = 0;
  let headingScore = 0;
  let previousKey = "";
  let previousWasNumber = false;
  let pendingMay = false;

  let best: Shout | null = null;
  const consider = (start: number, end: number): void => {
    if (!best || end - start > best.end - best.start) best = { start, end };
  };

  // A run of capitalised words (broken by a lower-case word, a comma or a sentence's end).
  let runCount = 0;
  let runStart = -1;
  let runEnd = -1;
  let company = false;
  const closeRun = (): void => {
    if (runCount >= options.minCapsWords && !company) consider(runStart, runEnd);
    runCount = 0;
    company = false;
  };
  // A sentence with no lower-case word.
  let sentenceCaps = 0;
  let sentenceLower = false;
  let sentenceFirst = -1;
  let sentenceLast = -1;
  const closeSentence = (exclaims: boolean): void => {
    if (sentenceCaps >= 2 && !sentenceLower && (sentenceCaps >= options.minCapsWords || exclaims)) consider(sentenceFirst, sentenceLast);
    sentenceCaps = 0;
    sentenceLower = false;
  };

  let prevEnd = 0;
  let i = 0;
  while (i <= n) {
    // The gap before the next word (or the end of the line).
    let start = i;
    while (start < n && !isWordChar(line.charCodeAt(start))) start++;
    let breaks = false;
    let ends = false;
    let exclaims = false;
    for (let k = prevEnd; k < start; k++) {
      const g = line.charCodeAt(k);
      if (g === 44 || g === 59 || g === 47 || g === 124 || g === 40 || g === 41 || g === 91 || g === 93) breaks = true;
      else if (g === 33 || g === 63) ends = exclaims = true;
      else if (g === 58 || (g === 46 && !(k + 1 < n && isDigit(line.charCodeAt(k + 1))))) ends = true;
    }
    if (breaks || ends) closeRun();
    if (ends) closeSentence(exclaims);
    if (start >= n) {
      closeRun();
      closeSentence(exclaims);
      break;
    }
    let end = start + 1;
    while (end < n) {
      const d = line.charCodeAt(end);
      if (isWordChar(d)) end++;
      else if ((d === 39 || d === 0x2019 || d === 45) && end + 1 < n && isWordChar(line.charCodeAt(end + 1))) end += 2;
      else break;
    }
    prevEnd = i = end;

    const first = line.charCodeAt(start);
    const before = start > 0 ? line.charAt(start - 1) : "";
    const after = line.charAt(end);
    let facts: WordFacts;
    if (isLower(first)) facts = { cls: "L", key: "" };
    else if (end - start > 60) facts = { cls: "N", key: "" };
    // Parts of addresses, links and file names are not words.
    else if (
      before === "@" || before === "/" || after === "@" || after === "/" ||
      (before === "." && start >= 2 && line.charAt(start - 2) !== " ") ||
      (after === "." && end + 1 < n && isWordChar(line.charCodeAt(end + 1)))
    )
      facts = { cls: "N", key: "" };
    else facts = factsOf(line.slice(start, end), options);
    let cls = facts.cls;
    while (phraseAt < phrases.length && phrases[phraseAt][1] <= start) phraseAt++;
    const inPhrase = cls === "C" && phraseAt < phrases.length && start >= phrases[phraseAt][0] && end <= phrases[phraseAt][1];
    if (inPhrase) cls = "N";
    const isNumber = isDigit(first);

    if (cls === "L") {
      closeRun();
      sentenceLower = true;
    } else if (runCount > 0 && COMPANY.has(facts.key)) {
      company = true;
    } else if (cls === "C") {
      if (runCount === 0) runStart = start;
      runCount++;
      runEnd = end;
      if (sentenceCaps === 0) sentenceFirst = start;
      sentenceCaps++;
      sentenceLast = end;
    }

    if (start >= prefixEnd && headingPossible) {
      if (cls === "L") headingPossible = false;
      // "12 MAY 2025" is a date, not a modal verb.
      if (pendingMay && isNumber) headingScore -= SHOUT_WEIGHT.get("MAY") ?? 0;
      pendingMay = false;
      if (cls === "C") {
        if (headingWords === 0 && IMPERATIVES.has(facts.key)) headingScore += 2;
        if (facts.key === previousKey) headingPossible = false;
        headingWords++;
        previousKey = facts.key;
      }
      if (cls === "C" || inPhrase) {
        const weight = SHOUT_WEIGHT.get(facts.key) ?? 0;
        if (facts.key === "MAY") {
          if (!previousWasNumber) {
            headingScore += weight;
            pendingMay = true;
          }
        } else headingScore += weight;
      }
    }
    previousWasNumber = isNumber;
  }
  if (!best) return null;
  // A line in capitals ending with a full stop is a sentence, unless it is a numbered item.
  const sentence = !hasPrefix && headingWords >= 4 && /\.\s*$/.test(line);
  const heading = headingPossible && !sentence && headingWords >= 1 && headingWords <= limit && headingScore <= 1;
  if (heading) return null;
  const found: Shout = best;
  return { start: offset + found.start, end: offset + found.end };
}

/** A case-insensitive pattern for conventional phrases, spaces and hyphens flexible. */
export function phrasesPattern(phrases: readonly string[]): RegExp {
  const parts = phrases
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join("[\\s-]{1,3}"),
    );
  if (parts.length === 0) return /(?!)/g;
  return new RegExp(`(?:^|[^${WORD_CHARS}])(${parts.join("|")})(?![${WORD_CHARS}])`, "gi");
}

// ---------------------------------------------------------------- text-speak

/** Text-speak, whatever its case ("pls", "PLS", "Thx"). */
export const TEXT_SPEAK = [
  "pls", "plz", "plez", "plse", "pleez", "thx", "thnx", "thanx", "thnks", "tnx", "lol", "lmao", "lmfao", "rofl", "omg", "omfg",
  "gr8", "l8r", "l8", "w8", "m8", "cya", "imo", "imho", "tbh", "brb", "btw", "idk", "ikr", "lmk", "ttyl", "ttfn",
  "nvm", "afaik", "wtf", "wth", "ffs", "2day", "2moro", "2morrow", "2nite", "2night", "tmrw", "tmoz", "4ever",
  "luv", "shud", "dunno", "bcoz", "becoz", "coz", "cuz", "bcz", "soz", "sum1", "some1", "any1", "every1", "ne1", "wiv", "gimme",
];
/** Text-speak only in lower case: in capitals these are names, roads, sizes or postcodes (B4, NP, Ty). */
export const LOWER_CASE_TEXT_SPEAK = [
  "u", "ur", "cu", "ty", "np", "b4", "txt", "tho", "ppl", "abt", "smh", "idc", "jk", "tmw", "wot", "cud", "wud", "gud", "hav", "hve", "fink",
];

/** Text-speak that is also a short first name. */
const NAME_LIKE = new Set(["lol"]);

const CLOSERS = `)"'”’\\].,;:!?…*_`;

/** A pattern that finds any of the words standing alone (between spaces or punctuation). */
export function textSpeakPattern(words: readonly string[]): RegExp {
  const parts = words
    .map((w) => w.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (parts.length === 0) return /(?!)/g;
  return new RegExp(`(?:^|[\\s("'“‘\\[*_])(${parts.join("|")})(?=$|[\\s${CLOSERS}])`, "gi");
}

export interface TextSpeakMatch {
  start: number;
  end: number;
  word: string;
}

/** Text-speak on one line, given the pattern and the words accepted only in lower case. */
export function findTextSpeak(line: string, offset: number, pattern: RegExp, lowerOnly: ReadonlySet<string>, max = 10): TextSpeakMatch[] {
  const out: TextSpeakMatch[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = pattern.exec(line)) !== null) {
    const word = m[1];
    const end = m.index + m[0].length;
    const start = end - word.length;
    // Let the next search start at the closing space, so "u r u" finds each.
    pattern.lastIndex = end;
    const lower = word.toLowerCase();
    if (lowerOnly.has(lower) && word !== lower) continue;
    // "5 cu m" is cubic metres.
    if (lower === "cu" && /^ (m|ft|yd|metres?|meters?|feet|yards?)\b/.test(line.slice(end, end + 8))) continue;
    // "Lol Green" is Laurence.
    if (NAME_LIKE.has(lower) && /^[A-Z][a-z]+$/.test(word) && /^ [A-Z][a-z]/.test(line.slice(end, end + 3))) continue;
    const before = line.charAt(start - 1);
    const after = line.charAt(end);
    // A file name, web address or list letter: "notes.txt", "(u)".
    if (after === "." && /[A-Za-z0-9]/.test(line.charAt(end + 1))) continue;
    if (word.length === 1 && (before === "(" || after === ")")) continue;
    out.push({ start: offset + start, end: offset + end, word });
  }
  return out;
}

// ---------------------------------------------------------------- punctuation

/** Two or more ! or ? together ("!!", "???", "?!"), and the double marks ‼ ⁇ ⁈ ⁉. */
export const REPEATED_PUNCTUATION = /[!?\u203C\u2047-\u2049]{2,}|[\u203C\u2047-\u2049]/g;

// ---------------------------------------------------------------- red

const NAMED_REDS = new Set(["red", "darkred", "crimson", "firebrick", "maroon", "indianred"]);

function rgbOf(color: string): [number, number, number] | null {
  const c = color.trim().toLowerCase();
  if (NAMED_REDS.has(c)) return [255, 0, 0];
  let m = /^#([0-9a-f]{3,4})$/.exec(c);
  if (m) {
    const h = m[1];
    return [parseInt(h[0] + h[0], 16), parseInt(h[1] + h[1], 16), parseInt(h[2] + h[2], 16)];
  }
  m = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(c);
  if (m) {
    const h = m[1];
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  m = /^rgba?\(\s{0,5}([0-9.]{1,8})(%?)[\s,]{1,5}([0-9.]{1,8})(%?)[\s,]{1,5}([0-9.]{1,8})(%?)/.exec(c);
  if (m) {
    const ch = (v: string, pct: string): number => Math.min(255, pct ? (parseFloat(v) * 255) / 100 : parseFloat(v));
    return [ch(m[1], m[2]), ch(m[3], m[4]), ch(m[5], m[6])];
  }
  m = /^hsla?\(\s{0,5}([0-9.]{1,8})(?:deg)?[\s,]{1,5}([0-9.]{1,8})%[\s,]{1,5}([0-9.]{1,8})%/.exec(c);
  if (m) return hslToRgb(parseFloat(m[1]), parseFloat(m[2]) / 100, parseFloat(m[3]) / 100);
  return null;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return [f(0), f(8), f(4)];
}

/**
 * Is this CSS colour red (red, #f00, #c00000, darkred, rgb(255,0,0), crimson…)? Judged by hue,
 * saturation and lightness, so the blue of links, greys, oranges and pinks are not.
 */
export function isRed(color: string | undefined): boolean {
  if (!color) return false;
  const rgb = rgbOf(color);
  if (!rgb) return false;
  const [r, g, b] = rgb.map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return false;
  const d = max - min;
  const s = d / (1 - Math.abs(2 * l - 1));
  if (max !== r) return false;
  let hue = (60 * ((g - b) / d) + 360) % 360;
  if (hue > 180) hue -= 360;
  return hue >= -15 && hue <= 15 && s >= 0.45 && l >= 0.18 && l <= 0.65;
}
