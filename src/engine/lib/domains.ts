/**
 * Mail domains: the common ones UK residents use, and how to tell a mistyped or look-alike
 * domain from a genuinely different one. Pure string work, ECMAScript 2016 safe, no regular
 * expressions over user text beyond bounded character classes.
 */

/**
 * Webmail and ISP domains UK residents use. A near miss of one of these ("gmial.com") is a
 * typo; these are the names people mistype.
 */
export const WEBMAIL_DOMAINS: readonly string[] = [
  "gmail.com", "googlemail.com",
  "hotmail.com", "hotmail.co.uk", "outlook.com", "live.co.uk", "live.com", "msn.com",
  "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com",
  "aol.com", "btinternet.com", "btopenworld.com", "sky.com", "talktalk.net", "tiscali.co.uk",
  "virginmedia.com", "blueyonder.co.uk", "ntlworld.com", "protonmail.com",
];

/**
 * Other real mail domains: never reported, but too short or too like ordinary words to measure
 * typos against (mail.com, zoho.com), or international and company variants of the ones above.
 */
export const OTHER_MAIL_DOMAINS: readonly string[] = [
  "windowslive.com", "hotmail.fr", "hotmail.it", "hotmail.es", "hotmail.de", "live.ie", "live.fr", "outlook.fr",
  "outlook.ie", "yahoo.ie", "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "ymail.com", "rocketmail.com",
  "mac.com", "aol.co.uk", "aim.com", "btconnect.com", "talk21.com", "bt.com", "sky.uk", "virgin.net",
  "virginmedia.co.uk", "protonmail.ch", "proton.me", "pm.me", "gmx.com", "gmx.co.uk", "gmx.net", "mail.com",
  "email.com", "zoho.com", "fastmail.com", "fastmail.fm", "tutanota.com", "tuta.io", "hushmail.com", "orange.net",
  "wanadoo.co.uk", "o2.co.uk", "plus.com", "zen.co.uk", "uwclub.net", "freeuk.com", "supanet.com", "lineone.net",
  "tesco.net", "waitrose.com", "onetel.com", "madasafish.com", "eclipse.co.uk", "nhs.net", "parliament.uk",
];

/** Public-sector suffixes: addresses there are officials' work addresses. */
const PUBLIC_SECTOR_SUFFIXES: readonly string[] = [
  "gov.uk", "police.uk", "nhs.uk", "nhs.net", "parliament.uk", "mod.uk", "gov.scot", "gov.wales", "llyw.cymru",
  "sch.uk", "ac.uk", "fire.uk",
];

/** Suffixes under which people register names, longest first when matched. */
const SUFFIXES: readonly string[] = [
  "gov.uk", "co.uk", "org.uk", "ac.uk", "nhs.uk", "police.uk", "sch.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk",
  "mod.uk", "parliament.uk", "nic.uk", "gov.scot", "gov.wales", "llyw.cymru", "uk.com", "co.im", "gov.im", "co.je",
  "gov.je", "gov.gg", "com.au", "co.nz", "co.za", "co.in", "com.br", "co.jp", "gov.ie", "com.cy", "com.mt",
];

/** Suffixes a typist lands on by mistake: a known name under one of these is a typo of the real one. */
const SWAP_SUFFIXES: readonly string[] = ["com", "co.uk", "uk", "org.uk", "org", "net", "co", "gov", "cm", "om", "net.uk", "uk.com", "gov.com", "co.com"];

/** Top-level labels that exist nowhere, each a slip for `com`, `net`, `org` or `uk`. */
const TLD_SLIPS: Record<string, string> = {
  con: "com", cmo: "com", ocm: "com", vom: "com", xom: "com", cpm: "com", comm: "com", coom: "com", c0m: "com",
  comn: "com", copm: "com", cim: "com", ckm: "com", clm: "com", cok: "com", ccom: "com", cmm: "com", colm: "com",
  ner: "net", nett: "net", nte: "net", nrt: "net", nwt: "net", neet: "net",
  ogr: "org", orgg: "org", rog: "org", prg: "org", otg: "org", irg: "org", orh: "org",
};

/** Second-level labels under `.uk`, and the slips that stand for them. */
const UK_SLDS: readonly string[] = ["gov", "co", "org", "ac", "nhs", "police", "sch", "ltd", "plc", "net", "me", "mod"];
const UK_SLD_SLIPS: Record<string, string> = {
  gv: "gov", go: "gov", gob: "gov", giv: "gov", gox: "gov", gpv: "gov", gvo: "gov", ogv: "gov", govt: "gov", goc: "gov",
  gou: "gov", gog: "gov", gove: "gov", gof: "gov", fov: "gov", hov: "gov", bov: "gov", goov: "gov", govv: "gov", gow: "gov",
  cp: "co", vo: "co", xo: "co", coo: "co", oc: "co", cco: "co", c: "co",
  ogr: "org", orgg: "org", rog: "org", prg: "org", otg: "org", irg: "org",
};
const UK_SLIPS = ["ul", "uj", "ik", "yk", "jk", "ku", "ukk", "uk1", "ujk", "uik", "ukl", "k", "u"];

/** Characters from other scripts (and Latin look-alikes) that pass for ASCII letters. */
const HOMOGLYPHS: Record<string, string> = {
  "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j",
  "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r", "ѕ": "s", "т": "t",
  "у": "y", "х": "x", "ԝ": "w", "ь": "b", "ү": "y", "п": "n",
  "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
  "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c",
  "ı": "i", "ɡ": "g", "ɑ": "a", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ß": "ss", "æ": "ae", "œ": "oe",
};

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/;
const LATIN_LETTER = /[a-z]/;

/** Lower-case a domain, drop a trailing dot and white space. */
export function normalizeDomain(domain: string): string {
  const d = domain.trim().toLowerCase();
  let end = d.length;
  while (end > 0 && d[end - 1] === ".") end--;
  return d.slice(0, end);
}

/** Is `domain` equal to, or a subdomain of, one of `domains`? */
export function onAnyDomain(domain: string, domains: readonly string[]): boolean {
  for (const d of domains) if (domain === d || endsWithLabel(domain, d)) return true;
  return false;
}

function endsWithLabel(domain: string, suffix: string): boolean {
  return domain.length > suffix.length && domain.slice(-suffix.length - 1) === "." + suffix;
}

/** A personal webmail or ISP domain (gmail.com, btinternet.com…), or a subdomain of one. */
export function isWebmail(domain: string): boolean {
  return WEBMAIL_DOMAINS.indexOf(domain) >= 0 || (OTHER_MAIL_DOMAINS.indexOf(domain) >= 0 && NOT_WEBMAIL.indexOf(domain) < 0);
}

/** Real mail domains in the lists above that are companies' or public bodies', not residents'. */
const NOT_WEBMAIL: readonly string[] = ["bt.com", "sky.uk", "virginmedia.co.uk", "nhs.net", "parliament.uk"];

/** A public body's domain (gov.uk, police.uk, nhs.net…): its addresses are work addresses. */
export function isPublicSector(domain: string): boolean {
  for (const s of PUBLIC_SECTOR_SUFFIXES) if (domain === s || endsWithLabel(domain, s)) return true;
  return false;
}

// ---- Punycode (RFC 3492), decode only: to see what an `xn--` label shows the reader. ----

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + 38));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

/** Decode one punycode label body (without `xn--`); null when it is not valid punycode. */
export function decodePunycode(input: string): string | null {
  if (input.length > 63) return null;
  const output: number[] = [];
  let n = 128;
  let i = 0;
  let bias = 72;
  const basic = input.lastIndexOf("-");
  for (let j = 0; j < Math.max(0, basic); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    n += Math.floor(i / out);
    i %= out;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** The domain as a reader sees it: `xn--` labels decoded. */
export function unicodeDomain(domain: string): string {
  if (domain.indexOf("xn--") < 0) return domain;
  return domain
    .split(".")
    .map((label) => (label.slice(0, 4) === "xn--" ? decodePunycode(label.slice(4)) ?? label : label))
    .join(".");
}

/** Does the domain show characters other than ASCII (directly or through punycode)? */
export function isInternationalised(domain: string): boolean {
  return NON_ASCII.test(unicodeDomain(domain));
}

/** A label mixing Latin letters with Cyrillic or Greek ones: a classic spoof. */
export function hasMixedScriptLabel(domain: string): boolean {
  return unicodeDomain(domain)
    .split(".")
    .some((label) => CYRILLIC_OR_GREEK.test(label) && LATIN_LETTER.test(label));
}

/**
 * What the domain looks like on screen, reduced to plain ASCII: homoglyphs and accents folded,
 * 0 and 1 read as o and l, "rn" as "m", "vv" as "w", hyphens dropped.
 */
export function skeleton(domain: string): string {
  let s = unicodeDomain(domain).toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s.normalize("NFKC").toLowerCase().normalize("NFD").replace(COMBINING, "");
    let out = "";
    for (const ch of s) out += HOMOGLYPHS[ch] ?? ch;
    s = out;
  }
  s = s.replace(/0/g, "o").replace(/1/g, "l").replace(/rn/g, "m").replace(/vv/g, "w").replace(/-/g, "");
  return s;
}

/** The skeleton with every separator gone: "gmailcom" and "gmail.com" agree. */
function compact(domain: string): string {
  return skeleton(domain).replace(/[^a-z0-9]/g, "");
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions),
 * giving up early: returns `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let before: number[] = [];
  let prev: number[] = [];
  let cur: number[] = [];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur = [i];
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[lb] > max ? max + 1 : prev[lb];
}

/** A domain split into its registrable name, anything before it, and its public suffix. */
export interface DomainParts {
  /** Labels before the name, e.g. "mail" in mail.example.co.uk ("" when none). */
  sub: string;
  /** The registrable label, e.g. "example". */
  name: string;
  /** The public suffix, e.g. "co.uk". */
  suffix: string;
}

/** Split a domain at its public suffix (a short built-in list; otherwise the last label). */
export function parseDomain(domain: string): DomainParts {
  let suffix = "";
  for (const s of SUFFIXES) {
    if (endsWithLabel(domain, s) && s.length > suffix.length) suffix = s;
  }
  if (!suffix) {
    const dot = domain.lastIndexOf(".");
    suffix = dot < 0 ? "" : domain.slice(dot + 1);
  }
  const rest = suffix ? domain.slice(0, domain.length - suffix.length - 1) : domain;
  const dot = rest.lastIndexOf(".");
  return { sub: dot < 0 ? "" : rest.slice(0, dot), name: dot < 0 ? rest : rest.slice(dot + 1), suffix };
}

/**
 * Undo slips in the domain's ending that no real domain has: `.gov.co.uk`, `.gv.uk`,
 * `.co.uk.com`, `.con`, `.co.ul`, `.couk`. Returns the domain unchanged when none applies.
 */
export function fixSuffix(domain: string): string {
  const labels = domain.split(".");
  const n = labels.length;
  if (n < 2) return domain;
  const last = labels[n - 1];
  // A whole UK suffix with something after it: yahoo.co.uk.com, southend.gov.uk.uk.
  if (n >= 4 && labels[n - 2] === "uk" && UK_SLDS.indexOf(labels[n - 3]) >= 0 && ["com", "net", "org", "uk", "co"].indexOf(last) >= 0) {
    return fixSuffix(labels.slice(0, n - 1).join("."));
  }
  // The same ending twice: gmail.com.com.
  if (n >= 3 && (last === "com" || last === "net" || last === "org") && labels[n - 2] === last) {
    return labels.slice(0, n - 1).join(".");
  }
  // gov.co.uk: no council has one.
  if (n >= 4 && last === "uk" && labels[n - 2] === "co" && labels[n - 3] === "gov") {
    return labels.slice(0, n - 2).concat("uk").join(".");
  }
  // gmail.com.uk: a .com name given a UK ending.
  if (n >= 3 && last === "uk" && labels[n - 2] === "com") {
    return labels.slice(0, n - 2).concat("co", "uk").join(".");
  }
  if (n >= 2 && (last === "couk" || last === "govuk" || last === "orguk")) {
    return labels.slice(0, n - 1).concat(last.slice(0, -2), "uk").join(".");
  }
  if (TLD_SLIPS[last]) return labels.slice(0, n - 1).concat(TLD_SLIPS[last]).join(".");
  if (n >= 3) {
    const sld = labels[n - 2];
    const realSld = UK_SLDS.indexOf(sld) >= 0 ? sld : UK_SLD_SLIPS[sld];
    if (last === "uk" && realSld && realSld !== sld) return labels.slice(0, n - 2).concat(realSld, "uk").join(".");
    if (UK_SLIPS.indexOf(last) >= 0 && realSld) return labels.slice(0, n - 2).concat(realSld, "uk").join(".");
  }
  return domain;
}

const sorted = (s: string): string => s.split("").sort().join("");

/** How far a name may stray from a known one and still be a slip: shorter names, less. */
function allowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 11) return 1;
  return 2;
}

/** Why a domain was judged a near miss of a known one. */
export type NearMissKind = "typo" | "lookalike";

export interface NearMiss {
  kind: NearMissKind;
  /** The known domain it resembles, or the corrected ending, when there is one. */
  suggestion?: string;
}

interface KnownDomain {
  domain: string;
  skeleton: string;
  compact: string;
  name: string;
  suffix: string;
  sub: string;
}

/**
 * Judges recipient domains against the domains a council knows: its own, its trusted partners',
 * the common webmail ones and any the policy adds. Build one per check; it caches per domain.
 */
export class DomainMatcher {
  private readonly targets: KnownDomain[];
  private readonly legit: Set<string>;
  private readonly cache = new Map<string, NearMiss | null>();

  /**
   * @param targets domains whose near misses are reported
   * @param legit further real domains that are never reported (targets are legit too)
   */
  constructor(targets: readonly string[], legit: readonly string[] = []) {
    const seen = new Set<string>();
    this.targets = [];
    for (const raw of targets) {
      const domain = normalizeDomain(raw);
      if (!domain || seen.has(domain)) continue;
      seen.add(domain);
      const parts = parseDomain(domain);
      this.targets.push({ domain, skeleton: skeleton(domain), compact: compact(domain), name: skeleton(parts.name), suffix: parts.suffix, sub: parts.sub });
    }
    this.legit = new Set(legit.map(normalizeDomain).concat(this.targets.map((t) => t.domain)));
  }

  /** Is this exactly a domain the matcher knows to be real? */
  isKnown(domain: string): boolean {
    return this.legit.has(normalizeDomain(domain));
  }

  /**
   * Is this domain a slip for, or a look-alike of, a known domain? Known domains and genuinely
   * different ones (another council, the police, a university) give null.
   */
  check(domainInput: string): NearMiss | null {
    const domain = normalizeDomain(domainInput);
    // 253 characters is the most a domain may have: anything longer is not one to compare.
    if (!domain || domain.length > 253 || this.legit.has(domain)) return null;
    const cached = this.cache.get(domain);
    if (cached !== undefined) return cached;
    const result = this.judge(domain);
    if (this.cache.size < 1000) this.cache.set(domain, result);
    return result;
  }

  private judge(domain: string): NearMiss | null {
    const international = isInternationalised(domain);
    const kind: NearMissKind = international ? "lookalike" : "typo";
    const fixed = fixSuffix(domain);
    if (fixed !== domain && this.legit.has(fixed)) return { kind, suggestion: fixed };
    const near = this.nearest(fixed);
    if (near) {
      // Digits for letters and "rn" for "m" are look-alikes too, not just slips of the finger.
      const disguised = international || (fixed === domain && near.skeleton === skeleton(domain) && /[01]|rn|vv/.test(domain));
      return { kind: disguised ? "lookalike" : "typo", suggestion: near.suggestion };
    }
    if (fixed !== domain) return { kind, suggestion: fixed };
    if (hasMixedScriptLabel(domain)) return { kind: "lookalike" };
    return null;
  }

  private nearest(domain: string): { suggestion: string; skeleton: string } | undefined {
    if (this.legit.has(domain)) return undefined;
    const parts = parseDomain(domain);
    const skel = skeleton(domain);
    const flat = skel.replace(/[^a-z0-9]/g, "");
    const nameSkel = skeleton(parts.name);
    let swap: { target: KnownDomain; score: number } | undefined;
    let typo: { target: KnownDomain; score: number } | undefined;
    for (const t of this.targets) {
      // Look-alike characters, 0/o, rn/m, hyphens, a lost dot: it looks the same on screen.
      if (t.skeleton === skel || t.compact === flat) return { suggestion: t.domain, skeleton: t.skeleton };
      if (!t.name || !nameSkel || t.sub) continue;
      if (parts.suffix === t.suffix) {
        const max = allowance(t.name.length);
        if (max === 0) continue;
        // Short names: a slip rarely hits the first letter, and cloud.com is not icloud.com.
        if (t.name.length <= 6 && nameSkel[0] !== t.name[0]) continue;
        // Four letters: a changed letter often makes another real word (live, love, life, lime).
        if (t.name.length <= 4 && nameSkel.length === t.name.length && sorted(nameSkel) !== sorted(t.name)) continue;
        const d = editDistance(nameSkel, t.name, max);
        if (d >= 1 && d <= max && (!typo || d < typo.score)) typo = { target: t, score: d };
      } else if (nameSkel === t.name && t.name.length >= 3 && SWAP_SUFFIXES.indexOf(parts.suffix) >= 0) {
        const score = editDistance(parts.suffix, t.suffix, 8);
        if (!swap || score < swap.score) swap = { target: t, score };
      }
    }
    const best = typo ?? swap;
    if (!best) return undefined;
    return { suggestion: parts.sub ? `${parts.sub}.${best.target.domain}` : best.target.domain, skeleton: best.target.skeleton };
  }
}
