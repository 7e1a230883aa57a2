import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { LEXICON } from "../lib/offensive-lexicon";
import { OffensiveMatcher, safePattern, type Hit, type HitKind } from "../lib/offensive-matcher";
import { createRule, type Evidence, type Recipient } from "../rule";
import { excerpt, squash } from "../text";

/** Each finding shows at most this many places. */
const MAX_EVIDENCE = 3;
/** At most this many findings: after that the sender has the point. */
const MAX_FINDINGS = 10;
/** Hits read from one piece of text (a long chain full of swearing need not be read to the end). */
const MAX_HITS = 40;

/**
 * The sender says they are passing the words on to be dealt with: "please see the abusive email
 * below", "he called me a …", "I am reporting this". Offensive words sent only inside the council
 * (or to the police) for that reason are a warning, not a block: the Clerk must be able to act.
 */
const REPORTING =
  /\b(?:abusive|abuse[ds]?|offensive|racist|racism|racially|homophobic|transphobic|sexist|misogynistic|discriminatory|hate\s{1,3}(?:crime|incident|speech|mail)|harass(?:ment|ing|ed)?|threatening|threats?|intimidating|swore|swearing|sworn\s{1,3}at|called\s{1,3}(?:me|him|her|them|us|the\s{1,3}[a-z]{1,20})|used\s{1,3}the\s{1,3}(?:word|term|phrase|language)|language\s{1,3}(?:used|he\s{1,3}used|she\s{1,3}used)|verbatim|for\s{1,3}the\s{1,3}record|report(?:ing|ed)?\s{1,3}(?:this|it|him|her|them|the)|to\s{1,3}the\s{1,3}police|inappropriate\s{1,3}(?:language|comments?|remarks?|emails?|behaviour))\b/i;

const terms = z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(60))).check(z.maxLength(1000));

const options = z.strictObject({
    extraTerms: z
      ._default(
        z
          .array(
            z.string().check(
              z.trim(),
              z.maxLength(42),
              z.refine((t) => safePattern(t) !== null, "must be one word of at least 3 letters, in obscenity's pattern syntax: |word| (whole word), |word (starting with), [x] optional"),
            ),
          )
          .check(z.maxLength(500)),
        [],
      )
      .check(z.describe("More words to report as offensive, e.g. local slang: |word| whole word, |word words starting with it, word anywhere in a word")),
    allowTerms: z._default(terms, []).check(z.describe("Words never to report: a local place or family name the word list mistakes, e.g. Cockshutt")),
    includeMild: z._default(z.boolean(), false).check(z.describe("Also warn about mild swearing: bloody, damn, crap, bugger, arse, git, pillock")),
    scanQuoted: z._default(z.boolean(), true).check(z.describe("Read the quoted history of replies and forwards: forwarding offensive material circulates it")),
    reportingDomains: z
      ._default(z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(2), z.maxLength(253))).check(z.maxLength(100)), ["police.uk"])
      .check(z.describe("Domains besides the council's and trusted partners' to which offensive material may be sent when reporting it")),
  });

type Options = z.infer<typeof options>;

const defaultMatcher = new OffensiveMatcher(LEXICON);
const matchers = new Map<string, OffensiveMatcher>();

/** The matcher for these options: compiled once per set of options. */
function matcherFor(o: Options): OffensiveMatcher {
  if (!o.includeMild && o.extraTerms.length === 0 && o.allowTerms.length === 0) return defaultMatcher;
  const key = JSON.stringify([o.includeMild, o.extraTerms, o.allowTerms]);
  let m = matchers.get(key);
  if (!m) {
    if (matchers.size >= 8) matchers.clear();
    m = new OffensiveMatcher(LEXICON, { includeMild: o.includeMild, extraTerms: o.extraTerms, allowTerms: o.allowTerms });
    matchers.set(key, m);
  }
  return m;
}

/** "fuck" → "f***": the finding names the word without repeating it. */
function masked(word: string): string {
  return word.replace(/[A-Za-z]+/g, (w) => w[0] + "*".repeat(w.length - 1));
}

function shown(hit: Hit): string {
  if (hit.kind === "discriminatory") {
    const t = squash(hit.text);
    return t.length > 48 ? t.slice(0, 47) + "…" : t;
  }
  return masked(hit.word);
}

const WHAT: Record<HitKind, string> = {
  offensive: "offensive language",
  slur: "a slur",
  discriminatory: "discriminatory language",
  mild: "mild swearing",
};

function onDomain(domain: string, domains: readonly string[]): boolean {
  return domains.some((d) => domain === d || domain.endsWith("." + d));
}

type Place = { kind: "subject" } | { kind: "body" } | { kind: "quoted" } | { kind: "attachment"; index: number; name: string };

interface Group {
  place: Place;
  hit: Hit;
  evidence: Evidence[];
}

export default createRule({
  meta: {
    id: "offensive-content",
    description:
      "No profanity, obscenity, slurs or discriminatory language, disguised or not, in the message, its subject, its attachment names or the history it forwards.",
    defaultSeverity: "block",
    defaultClause: CLAUSES.offensive,
    messages: {
      offensive: 'Remove "{word}"{where}: offensive or obscene language breaks the council\'s email policy.',
      slur: 'Remove "{word}"{where}: it is a slur, and breaches the council\'s Equal Opportunities Policy.',
      discriminatory: 'Reword "{word}"{where}: it is discriminatory, and breaches the council\'s Equal Opportunities Policy.',
      quoted: 'The quoted message contains {what} ("{word}"). Remove it before sending: forwarding or quoting it circulates it.',
      attachment: 'The attachment name "{name}" contains {what}. Rename the file, or remove it, before sending.',
      reporting: '{source} {what} ("{word}"). If you are reporting it, send it only to those who must see it, such as the Clerk.',
      mild: 'Consider rewording "{word}"{where}: even mild swearing is not appropriate business language.',
    },
    options,
  },
  check(context) {
    const { draft, body, options: o } = context;
    const matcher = matcherFor(o);
    const groups = new Map<string, Group>();
    const order: string[] = [];
    const add = (place: Place, hit: Hit, evidence: Evidence): void => {
      const key = (place.kind === "attachment" ? `attachment:${place.index}` : place.kind) + "|" + hit.kind + "|" + hit.word;
      const group = groups.get(key);
      if (group) {
        if (group.evidence.length < MAX_EVIDENCE && place.kind !== "attachment") group.evidence.push(evidence);
        return;
      }
      groups.set(key, { place, hit, evidence: [evidence] });
      order.push(key);
    };

    for (const hit of matcher.scan(draft.subject, 0, MAX_HITS)) {
      add({ kind: "subject" }, hit, { field: "subject", excerpt: excerpt(draft.subject, hit.start, hit.end), start: hit.start, end: hit.end });
    }
    for (const slice of context.slices(["new", "signature"])) {
      for (const hit of matcher.scan(slice.text, slice.start, MAX_HITS)) {
        add({ kind: "body" }, hit, { field: "body", excerpt: excerpt(body.text, hit.start, hit.end), start: hit.start, end: hit.end });
      }
    }
    draft.attachments.forEach((a, index) => {
      const name = a.name.trim();
      if (!name) return;
      for (const hit of matcher.scan(name, 0, MAX_HITS)) {
        add({ kind: "attachment", index, name }, hit, { field: "attachment", excerpt: name, index });
      }
    });
    if (o.scanQuoted && order.length < MAX_FINDINGS) {
      for (const slice of context.slices(["quoted"])) {
        for (const hit of matcher.scan(slice.text, slice.start, MAX_HITS)) {
          add({ kind: "quoted" }, hit, { field: "body", excerpt: excerpt(body.text, hit.start, hit.end), start: hit.start, end: hit.end });
        }
      }
    }
    if (order.length === 0) return;

    const reporting = isReporting(context.recipients, o.reportingDomains, context.slices(["new"]).map((s) => s.text).join("\n"));
    for (const key of order.slice(0, MAX_FINDINGS)) {
      const { place, hit, evidence } = groups.get(key) as Group;
      const word = shown(hit);
      const what = WHAT[hit.kind];
      const where = place.kind === "subject" ? " from the subject" : "";
      if (hit.kind === "mild") {
        context.report({ messageId: "mild", data: { word, where }, evidence, severity: "warn" });
      } else if (reporting) {
        const source = place.kind === "quoted" ? "The quoted message contains" : place.kind === "attachment" ? "An attachment name contains" : "Your message contains";
        context.report({ messageId: "reporting", data: { source, what, word }, evidence, severity: "warn" });
      } else if (place.kind === "attachment") {
        context.report({ messageId: "attachment", data: { name: place.name.length > 60 ? place.name.slice(0, 59) + "…" : place.name, what }, evidence });
      } else if (place.kind === "quoted") {
        context.report({ messageId: "quoted", data: { what, word }, evidence });
      } else {
        context.report({ messageId: hit.kind === "slur" ? "slur" : hit.kind === "discriminatory" ? "discriminatory" : "offensive", data: { word, where }, evidence });
      }
    }
  },
});

/** Is the sender passing offensive words on, only to people who must deal with them? */
function isReporting(recipients: readonly Recipient[], reportingDomains: readonly string[], ownText: string): boolean {
  if (recipients.length === 0) return false;
  if (!recipients.every((r) => r.kind !== "external" || onDomain(r.domain, reportingDomains))) return false;
  return REPORTING.test(ownText);
}
