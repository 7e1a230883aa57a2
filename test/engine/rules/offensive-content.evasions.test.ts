import fc from "fast-check";
import { checkDraft } from "../../../src/engine/check";
import type { Finding, Rule } from "../../../src/engine/rule";
import rule from "../../../src/engine/rules/offensive-content";
import { defaultPolicy } from "../../../src/policy";
import { makeDraft } from "../../helpers/draft";

/**
 * Property tests: however a word is disguised, it is still found; however innocent words are
 * dressed up, they are still innocent.
 */

const policy = defaultPolicy();

function findings(body: string, subject = ""): Finding[] {
  const verdict = checkDraft(makeDraft({ to: "Alan Green <alan.green@gmail.com>", subject, body }), policy, { rules: [rule as unknown as Rule] });
  if (verdict.errors.length) throw new Error(verdict.errors[0].message);
  return verdict.findings;
}

/** Words the rule must find, in any disguise (each offensive wherever it stands). */
const WORDS = ["fuck", "fucking", "shit", "cunt", "bollocks", "wanker", "twat", "bastard", "arsehole", "dickhead", "bellend", "pikey", "paki", "nigger", "motherfucker", "shithead"];

const LEET: Record<string, string[]> = { a: ["4", "@"], e: ["3"], i: ["1", "!"], o: ["0"], s: ["5", "$"], t: ["7"], b: ["8"], g: ["9"] };
const CYRILLIC: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", y: "у", x: "х", i: "і", s: "ѕ", j: "ј", h: "һ", k: "к" };
const GREEK: Record<string, string> = { o: "ο", a: "α", i: "ι", k: "κ", t: "τ", u: "υ", n: "η" };
const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"];
const VOWELS = "aeiou";

const fullwidth = (c: string): string => String.fromCharCode(0xff41 + c.charCodeAt(0) - 97);
const mathBold = (c: string): string => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97);
const mathSans = (c: string): string => String.fromCodePoint(0x1d5ba + c.charCodeAt(0) - 97);

/** One disguise, given the word's letters and random choices. */
type Disguise = (word: string, pick: number[]) => string;

const at = (pick: number[], i: number, n: number): number => pick[i % pick.length] % n;

const DISGUISES: Record<string, Disguise> = {
  // f*ck, b*ll*cks: mask one to three inner letters, keeping the first and at least one other.
  masking: (w, pick) => {
    const chars = w.split("");
    const inner = chars.length - 2;
    const count = 1 + at(pick, 0, Math.min(3, Math.max(1, inner - 1)));
    const mask = ["*", "#", "%"][at(pick, 1, 3)];
    const from = 1 + at(pick, 2, Math.max(1, inner - count + 1));
    for (let i = from; i < from + count && i < chars.length - 1; i++) chars[i] = mask;
    return chars.join("");
  },
  // 5h1t, b0ll0cks: swap some letters for look-alike digits and symbols. (Not "!" for a last
  // "i": "pak!" cannot be told from "pak" and an exclamation mark.)
  leetspeak: (w, pick) =>
    Array.from(w)
      .map((c, i, all) => {
        if (!LEET[c] || at(pick, i, 3) === 0) return c;
        const options = i === all.length - 1 ? LEET[c].filter((x) => x !== "!") : LEET[c];
        return options[at(pick, i + 1, options.length)];
      })
      .join(""),
  // f u c k, f.u.c.k, f-u-c-k.
  spacing: (w, pick) => Array.from(w).join([" ", ".", "-", "_", ". ", " . "][at(pick, 0, 6)]),
  // fuuuuck, shiiit, bastarddd.
  stretching: (w, pick) => {
    const i = at(pick, 0, w.length);
    const c = w[i];
    const times = VOWELS.indexOf(c) >= 0 ? 2 + at(pick, 1, 5) : 3 + at(pick, 1, 4);
    return w.slice(0, i) + c.repeat(times) + w.slice(i + 1);
  },
  // Cyrillic, Greek, fullwidth and mathematical letters.
  homoglyphs: (w, pick) =>
    Array.from(w)
      .map((c, i) => {
        if (c < "a" || c > "z") return c;
        switch (at(pick, i, 6)) {
          case 0:
            return CYRILLIC[c] ?? c;
          case 1:
            return GREEK[c] ?? c;
          case 2:
            return fullwidth(c);
          case 3:
            return mathBold(c);
          case 4:
            return mathSans(c);
          default:
            return c;
        }
      })
      .join(""),
  // Invisible characters between letters.
  zeroWidth: (w, pick) =>
    Array.from(w)
      .map((c, i) => (i > 0 && at(pick, i, 2) === 0 ? ZERO_WIDTH[at(pick, i + 3, ZERO_WIDTH.length)] + c : c))
      .join(""),
  // ShIt, FUCK.
  casing: (w, pick) =>
    Array.from(w)
      .map((c, i) => (at(pick, i, 2) === 0 ? c.toUpperCase() : c))
      .join(""),
};

const TEMPLATES = [
  (w: string) => `Dear Alan,\n\nHonestly, that contractor is a ${w} and I said so.\n\nJane`,
  (w: string) => `${w}! The bins have not been emptied again.`,
  (w: string) => `Please see below.\n\n-----Original Message-----\nFrom: Anon\nSent: Monday\nSubject: bins\n\nYou lot are ${w}, sort it out.`,
];

const pick = fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 });
const word = fc.constantFrom(...WORDS);
const template = fc.constantFrom(...TEMPLATES);

describe("offensive-content: disguised words are still found", () => {
  it.each(Object.keys(DISGUISES))("%s", (name) => {
    fc.assert(
      fc.property(word, pick, template, (w, p, t) => {
        const disguised = DISGUISES[name](w, p);
        const body = t(disguised);
        const found = findings(body);
        if (found.length === 0) throw new Error(`not found: ${JSON.stringify(disguised)}`);
        const where = body.indexOf(disguised);
        return found.some((f) => f.evidence.some((e) => e.start !== undefined && e.end !== undefined && e.start < where + disguised.length && e.end > where));
      }),
      { numRuns: 150 },
    );
  });

  it("several disguises at once: leetspeak, stretching, look-alikes, hidden characters and case", () => {
    const combined = ["leetspeak", "stretching", "homoglyphs", "zeroWidth", "casing"];
    fc.assert(
      fc.property(word, fc.subarray(combined, { minLength: 2 }), pick, (w, names, p) => {
        // Stretch first (on plain letters), hide characters last (they must not be stretched).
        const ordered = ["stretching", "leetspeak", "homoglyphs", "casing", "zeroWidth"].filter((n) => names.indexOf(n) >= 0);
        const disguised = ordered.reduce((acc, n) => DISGUISES[n](acc, p), w);
        const found = findings(TEMPLATES[0](disguised));
        if (found.length === 0) throw new Error(`not found: ${JSON.stringify(disguised)} (${ordered.join(", ")})`);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("in the subject too", () => {
    fc.assert(
      fc.property(word, fc.constantFrom(...Object.keys(DISGUISES)), pick, (w, name, p) => {
        const disguised = DISGUISES[name](w, p);
        return findings("Hello.", `FW: ${disguised}`).some((f) => f.evidence.some((e) => e.field === "subject"));
      }),
      { numRuns: 150 },
    );
  });
});

/** Innocent words that contain, sound like or look like offensive ones. */
const INNOCENT = [
  "Scunthorpe", "Penistone", "Cockermouth", "Clitheroe", "Middlesex", "Essex", "Sussex", "Shitterton", "Twatt", "Bitchfield",
  "Cumnock", "Cockfosters", "Titchfield", "Wetwang", "analysis", "analyst", "therapist", "assessment", "assistant", "associate",
  "passage", "grasshopper", "document", "button", "class", "cocktail", "cockpit", "cockerel", "peacock", "shuttlecock",
  "Hancock", "Cockburn", "Cummings", "Dickinson", "Dickens", "Cockerill", "Wankhede", "Matsushita", "shiitake", "constitution",
  "petition", "competition", "title", "titanium", "titbit", "canal", "banal", "cucumber", "circumstance", "accumulate",
  "Cumbria", "sextant", "Sexton", "Niger", "Nigeria", "Nigel", "niggle", "snigger", "Pakistan", "Pakistani", "raccoon",
  "cocoon", "tycoon", "despicable", "conspicuous", "spicy", "Japan", "Japanese", "sauerkraut", "Wogan", "mongrel", "among",
  "Mongolia", "homogeneous", "homophobia", "Gilberdyke", "Lyminge", "Bastardised", "bastardy", "Dickleburgh", "Kuntz",
  "Fuchs", "Phuket", "Mississippi", "pistachio", "arsenal", "arsenic", "parse", "sparse", "hoarse", "Marseille",
  "assorted", "bassoon", "cassock", "Assynt", "tanalised", "retardant", "whortleberry", "Hoare", "Wanstead", "swanky",
  "Shittim", "pissoir", "Pishill", "knobbly", "prickly", "Prickett", "Titterington", "Titmarsh",
  "Babcock", "Hitchcock", "Woodcock", "stopcock", "ballcock", "Fagan", "Fagus", "Fagin", "faggoting", "spasm", "Spastics Society",
];
/** Lines a council email might put them in. */
const INNOCENT_LINES = [
  (w: string) => `The report from ${w} is attached.`,
  (w: string) => `${w}: see the minutes.`,
  (w: string) => `Re "${w}" (item 4).`,
  (w: string) => `Items: ${w}, ${w.toUpperCase()} and ${w.toLowerCase()}.`,
];

describe("offensive-content: innocent words stay innocent", () => {
  it("tricky words in any of several lines", () => {
    fc.assert(
      fc.property(fc.constantFrom(...INNOCENT), fc.constantFrom(...INNOCENT_LINES), (w, line) => {
        const found = findings(line(w));
        if (found.length) throw new Error(`${w}: ${found[0].message}`);
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it("every tricky word, once, in one email", () => {
    const body = INNOCENT.map((w) => `The report from ${w} is attached.`).join("\n");
    expect(findings(body).map((f) => f.evidence[0].excerpt)).toEqual([]);
  });
});
