/**
 * Detectors for personal data in email text: National Insurance numbers, private phone numbers,
 * home addresses, bank details, dates of birth and health details. Pure functions over a
 * string, so the rule can run them over the sender's new text and the quoted history alike.
 *
 * Every pattern here is bounded (no nested unbounded quantifiers) and avoids look-behind and
 * named groups: the engine must run on ECMAScript 2016 engines and stay linear on 5 MB bodies.
 */

/** The kinds of personal data the detectors know. */
export const PERSONAL_DATA_KINDS = ["nationalInsurance", "bank", "dateOfBirth", "health", "address", "phone"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** Short wording for each kind, for a message that lists several. */
export const KIND_NAMES: Record<PersonalDataKind, string> = {
  nationalInsurance: "an NI number",
  bank: "bank details",
  dateOfBirth: "a date of birth",
  health: "health details",
  address: "a home address",
  phone: "a phone number",
};

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Offsets into the text the detector was given. */
  start: number;
  end: number;
  /** The value as written, with its middle replaced by `*` (same length as the original). */
  masked: string;
}

/** What the detectors need to know about the message and the council. */
export interface DetectEnv {
  /** Is the text the sender's own (first person = the sender) or quoted history (first person = someone else)? */
  zone: "own" | "quoted";
  /** Phone numbers, sort codes and account numbers that are not private (digits only, `0`-led for UK phones). */
  allowedNumbers: ReadonlySet<string>;
  /** Folded (lower-case, single-spaced) public addresses: the council's own and the admin's allow-list. */
  allowedAddresses: readonly string[];
  /** Postcodes that are not private, upper-case without spaces. */
  allowedPostcodes: ReadonlySet<string>;
  /** Lower-case surnames of the external recipients: their own data going back to them is not a leak. */
  recipientSurnames: ReadonlySet<string>;
  /** Lower-case names the sender signs with (display name, plain name): their own contact block. */
  senderNames: readonly string[];
  /** Lower-case markers of a council or business contact block (council name, domains, "ltd"). */
  organisationMarkers: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Replace letters and digits with `*`, keeping the first `keepStart` and last `keepEnd` of them. */
export function maskValue(value: string, keepStart: number, keepEnd: number): string {
  let total = 0;
  for (const ch of value) if (/[A-Za-z0-9]/.test(ch)) total++;
  let seen = 0;
  let out = "";
  for (const ch of value) {
    if (/[A-Za-z0-9]/.test(ch)) {
      out += seen < keepStart || seen >= total - keepEnd ? ch : "*";
      seen++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Digits only, with a UK `+44` / `0044` prefix turned back into the national `0`. */
export function normalizeNumber(s: string): string {
  let d = s.replace(/\D/g, "");
  if (d.startsWith("0044")) d = "0" + d.slice(4);
  else if (d.startsWith("44") && /^\s*\+|^\s*44/.test(s) && d.length >= 11) d = "0" + d.slice(2);
  // "+44 (0)7700 900123" leaves a doubled 0 after the country code.
  if (d.startsWith("00") && d.length === 12) d = d.slice(1);
  return d;
}

export function foldAddress(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/[\s,]+/g, " ").trim();
}

export function normalizePostcode(s: string): string {
  return s.toUpperCase().replace(/\s+/g, "");
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/**
 * Offsets of the line holding `at`, looking at most `room` characters either way (a body may be
 * one 5 MB line: unbounded scans per match would make the check quadratic).
 */
function lineAround(text: string, at: number, room = 200): [number, number] {
  const from = Math.max(0, at - room);
  const back = text.slice(from, at).lastIndexOf("\n");
  const s = back < 0 ? from : from + back + 1;
  const ahead = text.slice(at, Math.min(text.length, at + room)).indexOf("\n");
  const e = ahead < 0 ? Math.min(text.length, at + room) : at + ahead;
  return [s, e];
}

/** The text on the same line before `at`, at most `room` characters. */
function lineBefore(text: string, at: number, room: number): string {
  const seg = text.slice(Math.max(0, at - room), at);
  return seg.slice(seg.lastIndexOf("\n") + 1);
}

const ABBREVIATION_END = /\b(?:Mr|Mrs|Ms|Dr|St|No|Cllr|Rd|Ave|Revd?|Prof|[A-Z])\.$/;
const BACK_BOUNDARY = /[.!?]["'’)\]]?[ \t]+|\n/g;
const BACK_BOUNDARY_PARAGRAPH = /[.!?]["'’)\]]?[ \t]+|\n[ \t]*\n/g;
const AHEAD_BOUNDARY = /[.!?](?=\s)|\n/g;
const AHEAD_BOUNDARY_PARAGRAPH = /[.!?](?=\s)|\n[ \t]*\n/g;

/**
 * The sentence around `[start, end)`: back to the last `.`, `!` or `?` followed by a space, or a
 * line break; forward likewise. With `crossLines`, single line breaks do not end it (an address
 * block spans lines) but a blank line does. Never more than `room` characters either side.
 */
export function sentenceWindow(text: string, start: number, end: number, crossLines = false, room = 240): [number, number] {
  const floor = Math.max(0, start - room);
  const back = text.slice(floor, start);
  let from = floor;
  const backRe = crossLines ? BACK_BOUNDARY_PARAGRAPH : BACK_BOUNDARY;
  backRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = backRe.exec(back)) !== null) {
    if (m[0][0] !== "\n" && ABBREVIATION_END.test(back.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    from = floor + m.index + m[0].length;
  }
  const ceil = Math.min(text.length, end + room);
  const ahead = text.slice(end, ceil);
  let to = ceil;
  const aheadRe = crossLines ? AHEAD_BOUNDARY_PARAGRAPH : AHEAD_BOUNDARY;
  aheadRe.lastIndex = 0;
  while ((m = aheadRe.exec(ahead)) !== null) {
    if (m[0][0] !== "\n" && ABBREVIATION_END.test(text.slice(Math.max(0, end + m.index - 6), end + m.index + 1))) continue;
    to = end + m.index;
    break;
  }
  return [from, to];
}

/** The rule shows at most ten pieces of evidence per kind; past that, or past many candidates, stop. */
const MAX_ACCEPTED = 10;
const MAX_CANDIDATES = 2000;

// ---------------------------------------------------------------------------------------------
// People: who the data is about

/** A title and surname: "Mrs Smith", "Mr A. J. Jones", "Dr Patel", "Cllr Khan". */
const TITLED_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Sir|Dame|Lady|Lord|Cllr|Councillor)\.?\s{1,3}(?:[A-Z]\.?\s{1,3}){0,3}([A-Z][A-Za-z'’-]{1,30})(?:\s{1,3}([A-Z][a-z'’-]{1,30}))?/g;

/** Third-person pronouns: the text is about someone else. */
const THIRD_PERSON = /\b(?:he|she|him|her|his|hers|himself|herself)\b/i;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|myself)\b/;

/** People described by role rather than name: still identifiable in context. */
const PERSON_NOUN =
  /\b(?:the|a|an|our|this|that|their|his|her|elderly|older|young|local|vulnerable)\s{1,3}(?:(?:elderly|older|young|disabled|vulnerable|local|new|former|previous)\s{1,3})?(?:resident|neighbour|neighbor|tenant|occupant|occupier|owner|homeowner|householder|complainant|gentleman|lady|man|woman|widow|widower|pensioner|son|daughter|wife|husband|partner|mother|father|mum|dad|child|boy|girl|baby|grandson|granddaughter|grandmother|grandfather|brother|sister|carer|family|couple|caretaker|clerk|employee|member\s{1,3}of\s{1,3}staff|officer|volunteer|councillor|chairman|chair|mayor|hirer|allotment\s{1,3}holder|plot\s{1,3}holder)s?\b/i;

/** A capitalised name followed by a state verb: "John has dementia", "Peter is in hospital". */
const NAME_STATE = /\b([A-Z][a-z]{2,20})(?:\s{1,3}[A-Z][a-z'’-]{1,30})?\s{1,3}(?:has|had|is|was|suffers|remains|'s|’s)\b/g;
const NOT_NAMES = new Set([
  "the", "this", "that", "there", "it", "he", "she", "they", "we", "who", "what", "which", "council", "committee", "town", "parish",
  "leigh", "southend", "essex", "nhs", "everyone", "nobody", "someone", "anyone", "one", "each", "application", "planning", "budget",
  "scheme", "project", "meeting", "hall", "library", "park", "road", "street", "clerk", "mayor", "chair", "office", "team",
]);

interface PersonCue {
  start: number;
  end: number;
  surname?: string;
}

/** Named people in a stretch of text, with their surnames lower-cased. */
function titledNames(text: string, from: number, to: number): PersonCue[] {
  const out: PersonCue[] = [];
  const re = TITLED_NAME;
  re.lastIndex = 0;
  const seg = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    const surname = (m[2] ?? m[1]).toLowerCase().replace(/['’]s$/, "");
    out.push({ start: from + m.index, end: from + m.index + m[0].length, surname });
  }
  return out;
}

/** Is there a third party (not the recipient, not the sender) in the stretch? */
function thirdPartyIn(text: string, from: number, to: number, env: DetectEnv, opts: { names?: boolean } = {}): boolean {
  const seg = text.slice(from, to);
  const named = titledNames(text, from, to);
  if (named.some((n) => !n.surname || !env.recipientSurnames.has(n.surname))) return true;
  if (THIRD_PERSON.test(seg)) return true;
  const noun = PERSON_NOUN.exec(seg);
  if (noun && !/^(?:my|your)\b/i.test(noun[0])) return true;
  if (opts.names) {
    const re = NAME_STATE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg)) !== null) {
      const first = m[1].toLowerCase();
      if (!NOT_NAMES.has(first) && !env.recipientSurnames.has(first)) return true;
    }
  }
  if (env.zone === "quoted" && FIRST_PERSON.test(seg)) return true;
  return false;
}

/** The words just before `at` (same line) give the sender's own number: "call me on", "my mobile". */
const OWN_NUMBER =
  /(?:\b(?:call|ring|phone|text|contact|reach|whatsapp|get\s{1,3}hold\s{1,3}of)\s{1,3}(?:me|us)\b|\bmy\s{1,3}(?:[a-z]+\s{1,3})?(?:number|mobile|mob|phone|telephone|tel|landline|line|cell)\b|\b(?:I(?:'|’)m|I\s{1,3}am|I\s{1,3}can\s{1,3}be|we\s{1,3}can\s{1,3}be|we(?:'|’)re|we\s{1,3}are)\s{1,3}(?:[a-z]+\s{1,3}){0,2}(?:on|at)\b|\bme\s{1,3}(?:on|at)\b|\bour\s{1,3}(?:[a-z]+\s{1,3})?(?:number|office|phone|line|helpline)\b)[^\n]{0,25}$/i;

function firstPersonBefore(text: string, at: number): boolean {
  return OWN_NUMBER.test(lineBefore(text, at, 60));
}

/** The words just before `at` say the value is the recipient's own: "your mobile", "your date of birth". */
const YOUR_VALUE =
  /\byour\s{1,3}(?:[a-z]+\s{1,3}){0,2}(?:(?:mobile|phone|telephone|landline|contact)\s{1,3}(?:number|no\.?)|number|mobile|phone|telephone|tel|landline|nino|(?:ni|national\s{1,3}insurance)\s{1,3}(?:number|no\.?)|date\s{1,3}of\s{1,3}birth|dob|d\.o\.b\.?|account\s{1,3}(?:number|no\.?)|account|sort\s{1,3}code|postcode|address)[\s:=(-]{0,3}(?:(?:is|as|are|was|on|of)[\s:=(-]{1,3}){0,2}$|\b(?:call|ring|phone|text|contact|reach)\s{1,3}you\s{1,3}(?:on|at)\s{0,3}$/i;

function secondPersonBefore(text: string, at: number): boolean {
  return YOUR_VALUE.test(lineBefore(text, at, 60));
}

/** A line that is only a labelled number, as in a signature: "Mob: 07700 900123", "T 01702 716288". */
const CONTACT_LINE =
  /^[ \t>|]*(?:(?:tel(?:ephone)?|phone|ph|mob(?:ile)?|m|t|cell|direct(?:\s{1,3}(?:line|dial))?|dd|office|work|switchboard|fax|whatsapp)\.?\s{0,3}(?:\([a-z ]{1,12}\)\s{0,3})?[:.]?\s{0,3})?$/i;
/** Webmail and ISP domains: an address there is a person's, not an organisation's. */
const PERSONAL_MAIL = /@(?:gmail|googlemail|hotmail|yahoo|outlook|live|icloud|me|mac|btinternet|btopenworld|aol|sky|virginmedia|talktalk|msn|ntlworld|mail|protonmail|tiscali|blueyonder|gmx)\./;
const ORGANISATION = /\b(?:council|ltd|limited|plc|llp|cic|association|society|trust|charity|nhs|police|department|directorate)\b|\bwww\.|https?:\/\//;

/**
 * Is the number at `at` on a contact line ("Mob: 07…") in a signature that belongs to the sender,
 * the council or another organisation? Looks up to four lines either side for the sender's name,
 * an organisation's name, web address or non-personal email domain.
 */
function inContactBlock(text: string, at: number, end: number, env: DetectEnv): boolean {
  const [ls, le] = lineAround(text, at);
  if (!CONTACT_LINE.test(text.slice(ls, at))) return false;
  if (!/^\s{0,3}(?:ext\.?\s{0,2}\d{1,5})?\s{0,3}$/i.test(text.slice(end, le))) return false;
  let from = ls;
  for (let i = 0; i < 4 && from > 0; i++) from = Math.max(0, lineAround(text, from - 1)[0]);
  let to = le;
  for (let i = 0; i < 4 && to < text.length; i++) to = lineAround(text, to + 1)[1];
  // Only the short lines of a sign-off; never the header lines of a quoted message ("To: clerk@…").
  const block = text
    .slice(from, to)
    .toLowerCase()
    .split("\n")
    .filter((l) => l.length <= 70 && !/^[\s>*]*(?:from|to|cc|bcc|sent|date|subject)\s{0,2}:/.test(l))
    .join("\n");
  if (env.organisationMarkers.some((m) => m && block.includes(m))) return true;
  if (ORGANISATION.test(block)) return true;
  const emails = block.match(/@[a-z0-9.-]{1,80}\.[a-z]{2,}/g) ?? [];
  if (emails.some((e) => !PERSONAL_MAIL.test(e + "."))) return true;
  // The sender's own sign-off: their name on a line of its own near the number.
  const lines = block.split("\n").map((l) => l.trim().replace(/^(?:cllr\.?|councillor)\s+/, ""));
  return env.senderNames.some((n) => n.length > 2 && lines.some((l) => l === n || l.startsWith(n + " ") || l.startsWith(n + ",")));
}

// ---------------------------------------------------------------------------------------------
// National Insurance numbers

const NINO =
  /\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})(?:[ -]?([A-D]))?(?![A-Za-z0-9])/gi;
const NINO_BAD_PREFIX = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]);
const NINO_CONTEXT = /\b(?:national\s{1,3}insurance|n\.?\s?i\.?\s{0,3}(?:no|number|num)?\b|nino)/i;

function nationalInsurance(text: string, env: DetectEnv): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const re = new RegExp(NINO.source, "gi");
  let m: RegExpExecArray | null;
  let candidates = 0;
  while ((m = re.exec(text)) !== null && out.length < MAX_ACCEPTED && ++candidates <= MAX_CANDIDATES) {
    const prefix = m[1].toUpperCase();
    if (NINO_BAD_PREFIX.has(prefix)) continue;
    if (m.index > 0 && /[A-Za-z0-9/-]/.test(text[m.index - 1])) continue;
    const value = m[0];
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const context = NINO_CONTEXT.test(before);
    const upper = value === value.toUpperCase();
    // Two capitals, six digits and a suffix letter is an NI number by shape; otherwise ask for context.
    if (!(context || (upper && m[5] !== undefined))) continue;
    if (env.zone === "own" && /\bmy\b[^\n.]{0,30}$/i.test(before)) continue;
    if (secondPersonBefore(text, m.index)) continue;
    out.push({ kind: "nationalInsurance", start: m.index, end: m.index + value.length, masked: maskValue(value, 4, m[5] ? 1 : 0) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/** A UK number: +44 / 0044 / 0, then nine or ten more digits with light separators. */
const PHONE = /(?:\+\s?44\s?(?:\(0\)\s?)?|\b0044\s?|\(0|\b0)\d(?:[ \-.)]{0,2}\d){8,9}(?![0-9])/g;
/** A landline is only private when the sentence says whose it is. */
const LANDLINE_PERSONAL =
  /\b(?:home\s{1,3}(?:number|phone|telephone|tel|landline)|landline|(?:his|her|their)\s{1,3}(?:number|phone|telephone|tel|mobile|landline|contact\s{1,3}number)|lives|resident|neighbour|tenant|complainant)\b/i;

/** A council role introducing a work number: "our caretaker, Bob, on 07…", "the duty officer on 07…". */
const STAFF_CONTACT =
  /\b(?:our|the\s{1,3}council(?:'|’)s|the)\s{1,3}(?:(?:duty|deputy|assistant|hall|site|grounds|events?|facilities|finance|community|project)\s{1,3})?(?:caretaker|warden|groundsman|groundsperson|handyman|hall\s{1,3}manager|manager|clerk|rfo|officer|coordinator|co-ordinator|administrator|bookings?\s{1,3}(?:team|secretary)|team|attendant|ranger)\b[^.!?\n]{0,40}$/i;

/** A form-like block ("Name: Joan Smith") just above: the lines below are that person's details. */
function inPersonRecord(text: string, at: number): boolean {
  const seg = text.slice(Math.max(0, at - 200), at);
  return /(?:^|\n)[ \t]*(?:full\s{1,3}|resident(?:'|’)?s?\s{1,3}|complainant(?:'|’)?s?\s{1,3}|applicant(?:'|’)?s?\s{1,3}|contact\s{1,3})?name\s{0,3}:[ \t]*[A-Z][^\n]{1,60}\n(?:[^\n]{0,80}\n){0,3}[^\n]{0,30}$/i.test(seg);
}

const BUSINESS = /\b(?:Ltd|Limited|LLP|plc|CIC|& Sons|company|firm|business|shop|surgery|practice|helpline|hotline|switchboard|reception|out[\s-]of[\s-]hours)\b|\bwww\./i;

const PUBLISHED =
  /\b(?:for\s{1,3}(?:more\s{1,3}(?:info|information|details)|further\s{1,3}(?:info|information|details)|bookings?|tickets|stall\s{1,3}bookings?)|bookings?\s{0,2}:|enquiries\s{0,2}:|tickets\s{0,2}:)/i;

function phones(text: string, env: DetectEnv, signatureNumbers: ReadonlySet<string>): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const re = new RegExp(PHONE.source, "g");
  let m: RegExpExecArray | null;
  let candidates = 0;
  while ((m = re.exec(text)) !== null && out.length < MAX_ACCEPTED && ++candidates <= MAX_CANDIDATES) {
    const value = m[0];
    const prev = text[m.index - 1];
    // Part of a longer code (INV-0712…, ref/0123…) or a decimal: not a phone number.
    if (isWordChar(prev) || ((prev === "/" || prev === "-" || prev === ".") && isWordChar(text[m.index - 2]))) continue;
    const next = text[m.index + value.length];
    if (next === "/" || (next === "-" && /\d/.test(text[m.index + value.length + 1] ?? ""))) continue;
    const digits = normalizeNumber(value);
    if (!/^0\d{9,10}$/.test(digits)) continue;
    const mobile = digits.startsWith("07");
    const landline = digits.startsWith("01") || digits.startsWith("02");
    if (!mobile && !landline) continue; // 03, 05, 08, 09: organisations' and services' numbers
    if (mobile && digits.length !== 11) continue;
    if (env.allowedNumbers.has(digits) || signatureNumbers.has(digits)) continue;
    if (env.zone === "own" && firstPersonBefore(text, m.index)) continue;
    if (secondPersonBefore(text, m.index)) continue;
    if (/\bfax\b/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const record = inPersonRecord(text, m.index);
    if (!record && inContactBlock(text, m.index, m.index + value.length, env)) continue;
    if (!record && STAFF_CONTACT.test(lineBefore(text, m.index, 80))) continue;
    const [ws, we] = sentenceWindow(text, m.index, m.index + value.length);
    const seg = text.slice(ws, we);
    // A firm's number ("ABC Roofing Ltd, 07700 900123") is business contact detail.
    if (BUSINESS.test(seg) && !THIRD_PERSON.test(seg) && titledNames(text, ws, we).length === 0) continue;
    // A contact published for an event or group: "for more information call Sue on 07…".
    if (!record && PUBLISHED.test(seg)) continue;
    if (landline) {
      const named = titledNames(text, ws, we).some((n) => !n.surname || !env.recipientSurnames.has(n.surname));
      if (!named && !record && !LANDLINE_PERSONAL.test(seg)) continue;
    }
    const total = value.replace(/\D/g, "").length;
    out.push({ kind: "phone", start: m.index, end: m.index + value.length, masked: maskValue(value, Math.max(0, total - 6), 2) });
  }
  return out;
}

/** Every phone number's digits in a text (for the sender's signature: their own numbers). */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(PHONE.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.add(normalizeNumber(m[0]));
  const sort = /\b\d{2}[-– ]\d{2}[-– ]\d{2}\b|\b\d{6,10}\b/g;
  while ((m = sort.exec(text)) !== null) out.add(m[0].replace(/\D/g, ""));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bank details

/** A sort code or account number only counts after its label, within 25 characters. */
const SORT_CODE = /\b(?:sort[\s-]{0,2}codes?|s\/c)\b([^\n]{0,25}?)(\d{2}\s?[-–]\s?\d{2}\s?[-–]\s?\d{2}|\d{2} \d{2} \d{2}|\d{6})(?![\d])/gi;
const ACCOUNT = /\b(?:account|acc(?:t|ount)?\.?\s{0,2}(?:no|number|num)|a\/c)\b([^\n]{0,25}?)(\d{8}|\d{4}\s\d{4}|\d{7})(?![\d])/gi;
/** Payment instructions: the council's (or a business's) account for receiving money. */
const PAYEE_CONTEXT =
  /\b(?:account\s{1,3}name|payee|payable\s{1,3}to|our\s{1,3}(?:bank|account)|(?:council|council's|council’s)\s{1,3}(?:bank|account)|pay(?:ment|ments)?\s{1,3}(?:can|should|may|must)\s{1,3}be\s{1,3}made|by\s{1,3}bacs|bacs\s{1,3}(?:to|payment|details)|ltd|limited|plc)\b/i;
const PAYEE_PERSON = /\b(?:[Rr]efund|[Rr]eimburse|his|her|their|[Rr]esident|Mr|Mrs|Ms|Miss|Dr)\b/;

function bank(text: string, env: DetectEnv): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const consider = (re: RegExp, mask: (v: string) => string): void => {
    let m: RegExpExecArray | null;
    let candidates = 0;
    while ((m = re.exec(text)) !== null && out.length < MAX_ACCEPTED && ++candidates <= MAX_CANDIDATES) {
      const value = m[2];
      if (/\d$/.test(m[1])) continue; // the middle of a longer number
      const start = m.index + m[0].length - value.length;
      const before = text.slice(Math.max(0, start - 60), start);
      const digits = value.replace(/\D/g, "");
      if (env.allowedNumbers.has(digits)) continue;
      if (secondPersonBefore(text, start)) continue;
      if (env.zone === "own" && /\bmy\b[^\n]{0,30}$/i.test(before)) continue;
      const window = text.slice(Math.max(0, start - 220), Math.min(text.length, start + value.length + 120));
      const [ws, we] = sentenceWindow(text, start, start + value.length);
      if (PAYEE_CONTEXT.test(window) && !PAYEE_PERSON.test(text.slice(ws, we))) continue;
      out.push({ kind: "bank", start, end: start + value.length, masked: mask(value) });
      // Let the next label be found even if this one's window overlapped it.
      re.lastIndex = start + value.length;
    }
  };
  consider(new RegExp(SORT_CODE.source, "gi"), (v) => maskValue(v, 2, 0));
  consider(new RegExp(ACCOUNT.source, "gi"), (v) => maskValue(v, 0, 2));
  out.sort((x, y) => x.start - y.start);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates of birth

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?";
const DATE =
  `(?:\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:19|20)?\\d{2}` +
  `|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?${MONTH},?\\s{1,3}(?:19|20)\\d{2}` +
  `|${MONTH}\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}(?:19|20)\\d{2})`;
const DOB = new RegExp(
  `\\b(?:d\\.o\\.b\\.?|dob\\b|date\\s{1,3}of\\s{1,3}birth|birth\\s?date|born)(?:\\s{0,3}[:\\-–]\\s{0,3}|\\s{1,3}(?:is|was|on|in|of)?\\s{0,3}|\\s{0,3}\\(\\s{0,2})(${DATE}|(?:19|20)\\d{2}\\b)`,
  "gi",
);

function datesOfBirth(text: string, env: DetectEnv): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const re = new RegExp(DOB.source, "gi");
  let m: RegExpExecArray | null;
  let candidates = 0;
  while ((m = re.exec(text)) !== null && out.length < MAX_ACCEPTED && ++candidates <= MAX_CANDIDATES) {
    const date = m[1];
    const start = m.index + m[0].length - date.length;
    // "born in 1961" gives only a year; "born in Leigh" never reaches here.
    if (/^\d{4}$/.test(date) && !/\bborn\s{1,3}in\s{1,3}$/i.test(m[0].slice(0, m[0].length - 4))) continue;
    if (secondPersonBefore(text, m.index)) continue;
    if (env.zone === "own" && /\b(?:my|I\s{1,3}was)\b[^\n]{0,20}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ kind: "dateOfBirth", start, end: start + date.length, masked: maskValue(date, 0, 4) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Health details (special category data)

/**
 * Phrases that state something about a person's health. Service and awareness compounds
 * ("hospital car park", "dementia-friendly", "disabled parking") are cut out by look-ahead.
 */
const HEALTH = new RegExp(
  [
    "diagnosed\\s{1,3}with",
    "(?:been|was|is|being)\\s{1,3}diagnosed",
    "diagnosis\\s{1,3}of",
    "cancer(?![\\s-]{1,3}(?:research|charit|awareness|uk\\b|support\\s{1,3}group|relay|fundrais|screening))",
    "chemo(?:therapy)?",
    "radiotherapy",
    "dementia(?![\\s-]{1,3}(?:friendly|caf[eé]|awareness|action|alliance|uk\\b|champions?|support\\s{1,3}group|services?|club|hub))",
    "alzheimer(?:'|’)?s(?![\\s-]{1,3}(?:society|research|awareness))",
    "parkinson(?:'|’)?s(?![\\s-]{1,3}uk)",
    "multiple\\s{1,3}sclerosis",
    "motor\\s{1,3}neurone\\s{1,3}disease",
    "epilep(?:sy|tic)",
    "diabet(?:es|ic)",
    "\\bHIV\\b",
    "autis(?:m|tic)",
    "ADHD",
    "asperger(?:'|’)?s",
    "schizophreni[a-z]{0,4}",
    "bipolar",
    "depression(?!\\s{1,3}in\\s{1,3}the\\s{1,3}(?:road|ground|pavement|surface|verge|grass|carriageway|footway|field))",
    "anxiety\\s{1,3}(?:disorder|attacks?)",
    "panic\\s{1,3}attacks?",
    "suffer(?:s|ing|ed)?\\s{1,3}(?:from|with)\\s{1,3}(?:anxiety|stress|depression)",
    "PTSD",
    "post[\\s-]traumatic\\s{1,3}stress",
    "eating\\s{1,3}disorder",
    "self[\\s-]harm(?:ing|ed)?",
    "suicid(?:e|al)",
    "overdose",
    "nervous\\s{1,3}breakdown",
    "mental\\s{1,3}(?:illness|breakdown)",
    "mental\\s{1,3}health(?![\\s-]{1,3}(?:awareness|week|day|month|charit|first[\\s-]aid|champion|services?|support\\s{1,3}(?:group|line|service)|strategy|provision|funding|hub|caf[eé]|training|walk))",
    "medical\\s{1,3}(?:condition|history|records?|issues?|problems?|reasons|treatment|emergency)",
    "health\\s{1,3}(?:condition|problems|issues|scare)",
    "ill[\\s-]health",
    "poor\\s{1,3}health",
    "(?:seriously|critically|terminally|gravely|very)\\s{1,3}ill\\b",
    "terminal\\s{1,3}(?:illness|diagnosis)",
    "(?:long[\\s-]term|serious|terminal|mental|chronic|his|her|their)\\s{1,3}illness",
    "(?:is|was|are|being|became|registered|severely|physically|mentally)\\s{1,3}disabled(?!\\s{1,3}(?:by|the|it|for|until|when|while|because|due|on|at|remotely|automatically|temporarily))",
    "disabled\\s{1,3}(?:son|daughter|husband|wife|child|mother|father|partner|brother|sister|man|woman|lady|gentleman|resident|tenant|neighbour|person)",
    "(?:a|his|her|their)\\s{1,3}disabilit(?:y|ies)(?![\\s-]{1,3}(?:access|awareness|discrimination|rights|groups?|charit|sports?|forum|act|facilities|friendly|confident))",
    "learning\\s{1,3}(?:disabilit(?:y|ies)|difficult(?:y|ies))",
    "special\\s{1,3}(?:educational\\s{1,3})?needs",
    "wheelchair(?:\\s{1,3}user|[\\s-]bound)",
    "(?:is|was|went|gone|registered|partially|totally)\\s{1,3}blind\\b",
    "antidepressants?",
    "mobility\\s{1,3}(?:problems|issues|difficulties)",
    "(?:has|had|tested\\s{1,3}positive\\s{1,3}for|caught)\\s{1,3}covid",
    "in\\s{1,3}a\\s{1,3}wheelchair",
    "registered\\s{1,3}blind",
    "partially\\s{1,3}sighted",
    "(?:visually|hearing)\\s{1,3}impaired",
    "(?:is|was|profoundly|partially|totally|registered)\\s{1,3}deaf\\b",
    // British "in hospital" is a person's state; "to the hospital" is usually a place.
    "(?:in|into|to|from)\\s{1,3}hospital(?![\\s-]{1,3}(?:car\\s{1,3}park|parking|bus(?:es)?|grounds|site|road|trust|board|services?|league|radio|volunteers?|route|shuttle))",
    "(?:admitted|taken|rushed|discharged|sent|transferred)\\s{1,3}(?:in)?(?:to|from)\\s{1,3}(?:the\\s{1,3})?hospital",
    "hospitali[sz]ed",
    "hospital\\s{1,3}(?:appointment|treatment|stay|admission)",
    "pregnan(?:t|cy)(?!\\s{1,3}(?:women|mothers|people))",
    "miscarri(?:age|ed)",
    "\\bIVF\\b",
    "off\\s{1,3}sick",
    "signed\\s{1,3}off\\s{1,3}(?:sick|work|with)",
    "sick\\s{1,3}(?:leave|note)",
    "fit\\s{1,3}note",
    "(?:undergo(?:ne|ing)?|had|having|major|emergency|hip|knee|heart|back|eye)\\s{1,3}(?:surgery|operation)",
    "recovering\\s{1,3}from\\s{1,3}(?:(?:a|an|her|his|their|major|recent)\\s{1,3})?(?:operation|surgery|illness|stroke|fall|fracture|broken|cancer|treatment|infection|covid|injury|injuries|heart)",
    "(?:had|suffered)\\s{1,3}a\\s{1,3}(?:stroke|heart\\s{1,3}attack|fall|seizure|breakdown)",
    "heart\\s{1,3}(?:attack|condition)",
    "(?:drug|alcohol)\\s{1,3}(?:addiction|dependency|problem)",
    "alcoholism",
    "rehab(?:ilitation)?\\s{1,3}(?:centre|clinic|unit)",
    "medication",
  ]
    .map((p) => (/^\\b/.test(p) ? p : `\\b${p}`))
    .join("|"),
  "gi",
);
/** Population phrases: "people with dementia", "residents living with a disability". */
const GENERIC_POPULATION =
  /\b(?:people|persons|residents|children|adults|users|visitors|those|anyone|everyone|families|carers|individuals|members|patients|groups?|pupils|students|staff)\s{1,3}(?:with|living\s{1,3}with|affected\s{1,3}by|who\s{1,3}have|who\s{1,3}are|suffering\s{1,3}from)\s{1,3}(?:a\s{1,3}|an\s{1,3})?$/i;

/** A health subject as a topic: "a talk on diabetes", "information about dementia". */
const HEALTH_TOPIC =
  /\b(?:talk|talks|talking|speak|speaks|speaking|lecture|session|sessions|awareness|information|info|advice|leaflets?|workshop|screening|clinic|research|service|services|charity|charities|course|training|presentation|event|fund|fundraising|appeal|walk|run|campaign|support\s{1,3}group|specialist|expert|nurse)\s{1,3}(?:on|about|for|into|around|in\s{1,3}aid\s{1,3}of|regarding)?\s{0,3}$/i;

/** Cheap first pass for the health phrases: each phrase holds one of these words. */
const HEALTH_ANCHOR =
  /\b(?:diagnos|cancer|chemo|radiotherap|dementia|alzheimer|parkinson|sclerosis|neurone|epilep|diabet|hiv\b|autis|adhd|asperger|schizophren|bipolar|depression|anxiety|panic|stress|ptsd|traumatic|eating|self[\s-]harm|suicid|overdose|breakdown|mental|medical|medication|health|ill\b|illness|terminal|disab|learning|special|wheelchair|blind|sighted|impaired|deaf|hospital|pregnan|miscarri|ivf\b|sick|signed|fit\s{1,3}note|surgery|operation|recovering|stroke|heart|seizure|addiction|dependency|alcohol|drug|rehab|antidepress|mobility|covid|fall\b)/gi;

function health(text: string, env: DetectEnv): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const anchors = new RegExp(HEALTH_ANCHOR.source, "gi");
  const re = new RegExp(HEALTH.source, "gi");
  let a: RegExpExecArray | null;
  let candidates = 0;
  let done = 0;
  while ((a = anchors.exec(text)) !== null && out.length < MAX_ACCEPTED && ++candidates <= MAX_CANDIDATES) {
    // The full pattern, run only on a short stretch around the keyword (phrases start up to ~40 characters before it).
    const from = Math.max(done, a.index - 50);
    const seg = text.slice(from, Math.min(text.length, a.index + 90));
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let hit: RegExpExecArray | null = null;
    while ((m = re.exec(seg)) !== null) {
      if (from + m.index > a.index) break;
      if (from + m.index + m[0].length > a.index) {
        hit = m;
        break;
      }
    }
    if (!hit) continue;
    const start = from + hit.index;
    const end = start + hit[0].length;
    done = end;
    if (anchors.lastIndex < end) anchors.lastIndex = end;
    const lead = text.slice(Math.max(0, start - 50), start);
    if (GENERIC_POPULATION.test(lead) || HEALTH_TOPIC.test(lead)) continue;
    const [ws, we] = sentenceWindow(text, start, end);
    if (!thirdPartyIn(text, ws, we, env, { names: true })) continue;
    const prev = out[out.length - 1];
    // "diagnosed with dementia": one piece of evidence, not two.
    if (prev && start - prev.end <= 30 && !text.slice(prev.end, start).includes("\n")) {
      prev.end = end;
      prev.masked = text.slice(prev.start, end);
      continue;
    }
    out.push({ kind: "health", start, end, masked: hit[0] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Home addresses and postcodes

const STREET_TYPES = [
  "Road", "Rd", "Street", "St", "Avenue", "Ave", "Lane", "Ln", "Close", "Drive", "Way", "Crescent", "Cres", "Gardens", "Gdns",
  "Grove", "Place", "Court", "Ct", "Terrace", "Tce", "Parade", "Hill", "Walk", "Mews", "Rise", "View", "Park", "Square", "Sq",
  "Row", "Green", "Chase", "Vale", "Gate", "Boulevard", "Broadway", "Wharf", "Quay", "Yard", "Meadow", "Meadows", "Field",
  "Fields", "Heights", "End", "Croft", "Drove", "Path", "Esplanade", "Promenade", "Cottages", "Villas", "Wynd", "Glade",
  "Circus", "Approach", "Embankment", "Hollow", "Leas", "Mead", "Orchard", "Ridge", "Passage", "Gardens",
].map((t) => `[${t[0]}${t[0].toLowerCase()}]${t.slice(1)}`);
const STREET = new RegExp(
  `\\b(\\d{1,4}[A-Za-z]?(?:\\s?[-–]\\s?\\d{1,4}[A-Za-z]?)?),?\\s{1,3}` +
    `(?:[A-Z][A-Za-z'’.-]{0,30}\\s{1,3}){1,3}(?:${STREET_TYPES.join("|")})\\b\\.?`,
  "g",
);
/** Postcodes as people write them: capitals (a lower-case "ss9 2ab" is rare and too easily a false match). */
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s{0,2}(\d[ABD-HJLNP-UW-Z]{2})\b/g;
const HOUSE_NUMBER = /\b(?:number|No\.?)\s{0,2}\d{1,4}[A-Za-z]?\b/g;

/** Words that say where someone lives. */
const LIVES_CUE =
  /\b(?:(?:lives?|living|resides?|residing|staying|stays)\s{1,3}(?:at|in)|home\s{1,3}address|(?:his|her|their|whose)\s{1,3}(?:home|house|flat|address|property|bungalow|postcode|post\s{1,3}code)|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s{1,3}[A-Z][a-z'’-]{1,30}(?:'|’)s\s{1,3}(?:home|house|flat|address|property|bungalow|postcode))\b[^.!?\n]{0,40}$/i;
const YOU_OR_ME = /\b(?:you|your|I|I'm|I’m|my|we|our)\s{1,3}(?:[a-z]+\s{1,3})?$/i;
/** Connecting words between a person and their address: "Mrs Smith of", "Mrs Smith, ", "Mrs Smith (". */
const CONNECTOR = /^[\s,(:–-]{0,6}(?:(?:of|at|from|who\s{1,3}lives\s{1,3}at|living\s{1,3}at)\s{1,3})?(?:\(\s{0,2})?$/i;
const PLACE_CONNECTOR = /^[\s,(:–-]{0,6}(?:of|at|from|who\s{1,3}lives\s{1,3}at|living\s{1,3}at)\s{1,3}$/i;
/** Planning, licensing and business matters: an address there is a site or premises, a public matter. */
const PUBLIC_PLACE =
  /\b(?:planning\s{1,3}(?:application|permission|consent|appeal|applicant)|application\s{1,3}(?:for|at|ref|reference|no\.?|number)|applicant|appeal|site\s{1,3}(?:at|of)|land\s{1,3}(?:at|adjacent|to\s{1,3}the\s{1,3}rear)|proposed\s{1,3}development|erection\s{1,3}of|rear\s{1,3}extension|side\s{1,3}extension|dormer|change\s{1,3}of\s{1,3}use|demolition|premises\s{1,3}licen[cs]e|licen[cs]ing|shop|caf[eé]|pub|restaurant|business|Ltd|Limited|trading\s{1,3}(?:as|from)|proprietor)\b|\b\d{2}\/\d{4,5}\/[A-Z]{2,6}\b/i;

function isAllowedAddress(value: string, env: DetectEnv): boolean {
  const folded = foldAddress(value);
  return env.allowedAddresses.some((a) => a.includes(folded));
}

type PlaceKind = "street" | "postcode" | "number";
interface Place {
  start: number;
  end: number;
  value: string;
  kind: PlaceKind;
  /** End of the house number (masked in evidence). */
  numberEnd: number;
}

function places(text: string): Place[] {
  const out: Place[] = [];
  let m: RegExpExecArray | null;
  const street = new RegExp(STREET.source, "g");
  while ((m = street.exec(text)) !== null && out.length < MAX_CANDIDATES) {
    const numAt = m.index + m[0].indexOf(m[1]);
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0], kind: "street", numberEnd: numAt + m[1].length });
  }
  const postcode = new RegExp(POSTCODE.source, "g");
  while ((m = postcode.exec(text)) !== null && out.length < 2 * MAX_CANDIDATES) {
    const code = normalizePostcode(m[0]);
    if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(code)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0], kind: "postcode", numberEnd: m.index });
  }
  const houseNumber = new RegExp(HOUSE_NUMBER.source, "g");
  while ((m = houseNumber.exec(text)) !== null && out.length < 3 * MAX_CANDIDATES) {
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0], kind: "number", numberEnd: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

function maskPlace(p: Place): string {
  if (p.kind === "postcode") return maskValue(p.value, normalizePostcode(p.value).length - 3, 0);
  const cut = p.numberEnd - p.start;
  return p.value.slice(0, cut).replace(/\d/g, "*") + p.value.slice(cut);
}

function addresses(text: string, env: DetectEnv, senderAddressBlock: string): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  /** The decision for the last street address: a postcode just after it belongs to it. */
  let lastStreet: { end: number; match: PersonalDataMatch | null } | null = null;
  for (const p of places(text)) {
    if (out.length >= MAX_ACCEPTED) break;
    if (p.kind === "postcode") {
      if (env.allowedPostcodes.has(normalizePostcode(p.value))) continue;
      if (lastStreet && p.start >= lastStreet.end && p.start - lastStreet.end <= 60 && !/\n\s*\n/.test(text.slice(lastStreet.end, p.start))) {
        const prior = lastStreet.match;
        if (prior) {
          prior.masked = prior.masked + text.slice(prior.end, p.start) + maskPlace(p);
          prior.end = p.end;
          lastStreet.end = p.end;
        }
        continue;
      }
    }
    if (p.kind === "street" && (isAllowedAddress(p.value, env) || (senderAddressBlock !== "" && senderAddressBlock.includes(foldAddress(p.value))))) {
      lastStreet = { end: p.end, match: null };
      continue;
    }
    const flagged = personalPlace(text, p, env);
    const match: PersonalDataMatch | null = flagged ? { kind: "address", start: p.start, end: p.end, masked: maskPlace(p) } : null;
    if (match) out.push(match);
    if (p.kind === "street") lastStreet = { end: p.end, match };
  }
  return out;
}

/** "Joan Smith" (two capitalised words) right before an address, joined by "of", "at", "," or "(". */
const FULL_NAME_BEFORE = /\b([A-Z][a-z'’-]{1,20})\s{1,3}((?:Mc|Mac|O['’])?[A-Z][a-z'’-]{1,30})\s{0,3}(?:,\s{0,3}|\(\s{0,2}|(?:of|at|from|who\s{1,3}lives\s{1,3}at|living\s{1,3}at)\s{1,3})$/;
/** Capitalised words that name places, buildings and organisations, not people. */
const NAME_STOP = new Set(
  (
    "the our your their his her dear from to at of in on for and with by as per re fao attn leigh southend essex rochford " +
    "london st saint north south east west old new great little upper lower royal town parish county district city borough " +
    "community village council councils hall halls church chapel library centre center court house club school academy " +
    "college surgery practice pharmacy hospital hotel inn arms tavern pub cafe café shop stores store market station " +
    "allotments allotment gardens garden park parks green common field fields recreation ground grounds estate farm " +
    "ltd limited plc llp services builders building construction plumbing electrical roofing landscapes landscaping " +
    "cleaning motors garage group society association trust charity foundation partnership team committee office offices " +
    "cliffs cliff beach pier seafront wharf quay harbour road street avenue lane close drive way crescent grove place " +
    "terrace parade hill walk mews rise view square row chase vale gate broadway mansions lodge cottage cottages house " +
    "scout scouts guides brownies cubs lions rotary legion rugby football cricket tennis bowls sailing yacht rowing " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december"
  ).split(" "),
);

const PERSON_AT = new RegExp(PERSON_NOUN.source + "\\s{0,3}(?:,\\s{0,3})?(?:of|at|from|who\\s{1,3}lives\\s{1,3}at|living\\s{1,3}at)\\s{1,3}$", "i");

/** Does the text say a person lives at this place (rather than it being a site, a venue or a pothole)? */
function personalPlace(text: string, p: Place, env: DetectEnv): boolean {
  const from = Math.max(0, p.start - 90);
  const before = text.slice(from, p.start);
  // 1. "lives at", "her home address is", "Mrs Smith's house": strong words, whatever else is said.
  const lives = LIVES_CUE.exec(before);
  if (lives) {
    const head = before.slice(0, lives.index);
    const aboutYou = /\byour?\s{1,3}(?:[a-z]+\s{1,3})?$/i.test(head);
    const aboutMe = env.zone === "own" && YOU_OR_ME.test(head);
    const subject = titledNames(text, from, p.start).pop();
    const recipientOwn = subject?.surname !== undefined && env.recipientSurnames.has(subject.surname);
    if (!aboutYou && !aboutMe && !recipientOwn) return true;
  }
  // A person's record: "Name: Joan Smith / Address: 14 Elm Road".
  if (p.kind !== "number" && /(?:^|\n)[ \t]*(?:home\s{1,3})?(?:address|postcode)\s{0,3}:[^\n]{0,60}$/i.test(before) && inPersonRecord(text, p.start)) return true;
  const [ws, we] = sentenceWindow(text, p.start, p.end, true);
  const publicPlace = PUBLIC_PLACE.test(text.slice(ws, we));
  const connector = p.kind === "number" ? PLACE_CONNECTOR : CONNECTOR;
  // 2. A named person just before it: "Mrs Smith of 14 Elm Road", "Mr A Jones, 22 Marine Parade".
  const names = titledNames(text, Math.max(ws, p.start - 90), p.start);
  const last = names[names.length - 1];
  if (last && connector.test(text.slice(last.end, p.start))) {
    if (last.surname && env.recipientSurnames.has(last.surname)) return false;
    return !publicPlace;
  }
  // 2b. A full name without a title: "Joan Smith of 14 Elm Road", "Joan Smith, 14 Elm Road".
  if (p.kind === "street") {
    const full = FULL_NAME_BEFORE.exec(text.slice(Math.max(ws, p.start - 60), p.start));
    if (full && !NAME_STOP.has(full[1].toLowerCase()) && !NAME_STOP.has(full[2].toLowerCase().replace(/['’]s$/, ""))) {
      if (env.recipientSurnames.has(full[2].toLowerCase())) return false;
      return !publicPlace;
    }
  }
  // 3. A person described by role: "the resident at 22 Marine Parade", "the lady at number 14".
  const lead = text.slice(Math.max(ws, p.start - 90), p.start);
  const noun = PERSON_AT.exec(lead);
  if (noun && !/^(?:my|your|our)\b/i.test(noun[0])) return !publicPlace;
  // 4. A postcode with a named person close by: "Mrs Patel (SS9 2AB) called".
  if (p.kind === "postcode" && !publicPlace) {
    const near = titledNames(text, Math.max(ws, p.start - 80), Math.min(we, p.end + 40));
    if (near.some((n) => !n.surname || !env.recipientSurnames.has(n.surname))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

export interface DetectOptions {
  /** Numbers (digits) in the sender's own signature: their own contact details. */
  signatureNumbers?: ReadonlySet<string>;
  /** The sender's signature, folded: addresses there are the sender's own. */
  signatureText?: string;
  skip?: readonly PersonalDataKind[];
}

/** Every piece of personal data the detectors find in `text`, in order of position. */
export function detectPersonalData(text: string, env: DetectEnv, opts: DetectOptions = {}): PersonalDataMatch[] {
  const skip = new Set(opts.skip ?? []);
  const out: PersonalDataMatch[] = [];
  if (!skip.has("nationalInsurance")) out.push(...nationalInsurance(text, env));
  if (!skip.has("bank")) out.push(...bank(text, env));
  if (!skip.has("dateOfBirth")) out.push(...datesOfBirth(text, env));
  if (!skip.has("health")) out.push(...health(text, env));
  if (!skip.has("address")) out.push(...addresses(text, env, opts.signatureText ?? ""));
  if (!skip.has("phone")) {
    // A sort code or account number is not also a phone number.
    const taken = out.filter((x) => x.kind === "bank" || x.kind === "nationalInsurance");
    for (const ph of phones(text, env, opts.signatureNumbers ?? new Set())) {
      if (!taken.some((t) => t.start < ph.end && ph.start < t.end)) out.push(ph);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
