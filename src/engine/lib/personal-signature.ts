/**
 * What makes a sign-off personal rather than the council's: social media links and handles,
 * quotations and sayings, emoji, a personal mobile number, and the phone's own "Sent from my
 * iPhone" line. Each test looks at one line (lines over 400 characters are not sign-off lines).
 */

export type PersonalKind = "social" | "quote" | "emoji" | "mobile";

const MAX_LINE = 400;

const SOCIAL_URL = /\b(?:twitter|x|facebook|fb|instagram|linkedin|tiktok|youtube|threads|bsky|snapchat)\.(?:com|me|net|app)\/[^\s]{1,100}/i;
const SOCIAL_WORD = /\b(twitter|facebook|instagram|insta|linkedin|tiktok|bluesky|snapchat|mastodon)\b/i;
const HANDLE = /(?:^|[\s(:,])@[A-Za-z0-9_]{2,30}(?![A-Za-z0-9_.@-])/;
/** The council speaking for itself ("Follow us on Facebook", "@LeighTownCouncil"). */
const COUNCIL_VOICE = /\b(?:us|our)\b|council|parish|@[A-Za-z0-9_]{0,25}(?:tc|pc)\b/i;

/** A line wholly in quotation marks, perhaps with "- Author" after it. */
const QUOTED_LINE = /^\s*["“”„'‘’«][^"“”„«»]{10,300}["“”'’»]\s*(?:[-–—~]\s*[^\s].{0,60})?$/;
/** "... - Gandhi": sayings signed by someone famous. */
const ATTRIBUTION =
  /[-–—~]\s*(gandhi|mahatma gandhi|einstein|albert einstein|churchill|winston churchill|mandela|nelson mandela|maya angelou|confucius|oscar wilde|mark twain|steve jobs|aristotle|plato|socrates|lao tzu|buddha|shakespeare|martin luther king(?: jr\.?)?|abraham lincoln|theodore roosevelt|eleanor roosevelt|helen keller|john lennon|dr\.? seuss|walt disney|anon(?:ymous)?|unknown)\s*\.?$/i;
/** Emoji, leaving out the telephone, envelope, globe and pin that label contact details. */
const EMOJI = /[\u2600-\u2604\u2607-\u2708\u270A-\u27BF]|\uD83C[\uDF00-\uDF0F\uDF11-\uDFFF]|\uD83D[\uDC00-\uDCCC\uDCCE-\uDCF0\uDCF2-\uDE4F\uDE80-\uDEFF]|\uD83E[\uDD00-\uDEFF]/;
const UK_MOBILE = /(?:^|[^0-9])(?:\+44\s?\(?0?\)?\s?7\d{3}|07\d{3})[\s-]?\d{3}[\s-]?\d{3}(?![0-9])/;
const SENT_FROM =
  /^\s*(?:sent from (?:my )?(?:iphone|ipad|android|samsung|galaxy|huawei|blackberry|mobile|phone|smartphone|outlook|mail for windows|yahoo mail|mail)|get outlook for (?:ios|android)|sent via (?:the )?[a-z ]{2,30}app)\b/i;

/** The kinds of personal content on a line, given words that identify the council. */
export function personalKinds(line: string, councilWords: readonly string[]): PersonalKind[] {
  if (line.length > MAX_LINE) return [];
  const out: PersonalKind[] = [];
  const lower = line.toLowerCase();
  const councils = councilWords.some((w) => lower.replace(/[^a-z0-9]/g, "").includes(w)) || COUNCIL_VOICE.test(line);
  if ((SOCIAL_URL.test(line) || SOCIAL_WORD.test(line) || HANDLE.test(line)) && !councils) out.push("social");
  if (QUOTED_LINE.test(line) || ATTRIBUTION.test(line)) out.push("quote");
  if (EMOJI.test(line)) out.push("emoji");
  if (UK_MOBILE.test(line)) out.push("mobile");
  return out;
}

/** Is this line the phone's own sign-off ("Sent from my iPhone", "Get Outlook for iOS")? */
export function isSentFromLine(line: string): boolean {
  return line.length <= MAX_LINE && SENT_FROM.test(line);
}

/** Plain words for each kind, for messages. */
export const PERSONAL_WORDS: Record<PersonalKind, string> = {
  social: "social media links",
  quote: "a quotation",
  emoji: "emoji",
  mobile: "a personal mobile number",
};
