import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { domainOf } from "../draft";
import { DomainMatcher, OTHER_MAIL_DOMAINS, WEBMAIL_DOMAINS, normalizeDomain, onAnyDomain } from "../lib/domains";
import { ROLE_WORDS, TITLES, couldBe, isCommonFirstName, letters, nameInfo } from "../lib/people";
import { createRule, type TextSlice } from "../rule";
import { excerpt } from "../text";

const domainList = z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(253))).check(z.maxLength(500));

/** Salutations that open a message. The weak ones also start ordinary sentences. */
const SALUTATION =
  /^[ \t]{0,20}(dear(?:est)?|hi(?:ya)?|hello|hey|hallo|greetings|good[ \t]{1,3}(?:morning|afternoon|evening|day)|morning|afternoon|evening|many[ \t]{1,3}thanks|thanks|thank[ \t]{1,3}you)(?![A-Za-z])[ \t,]{0,5}/i;
const WEAK_SALUTATION = /^(greetings|morning|afternoon|evening|many[ \t]{1,3}thanks|thanks|thank[ \t]{1,3}you)$/i;
/** A line that is only a name and a comma: "Sarah," or "Sarah Jones,". */
const BARE_NAME = /^[ \t]{0,20}([A-Z][a-z'’-]{1,20})(?:[ \t]{1,3}[A-Z][a-z'’-]{1,25})?[ \t]{0,3}[,!]?[ \t]{0,5}$/;
/** Words, connectors and the punctuation that ends a greeting's names. */
const TOKEN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]{0,40}|[&/+]|[,!.:;?()]|[ \t]-[ \t]|[^ \t]/g;
const UPPER = /^[A-Z\u00C0-\u00DE]/;

/** How far into the new text the greeting may start, and how long its line may be. */
const GREETING_WINDOW = 400;
const MAX_LINE = 200;

interface GreetedPerson {
  names: string[];
  titled: boolean;
  /** The words as written, for the message. */
  text: string;
}

interface Greeting {
  start: number;
  end: number;
  people: GreetedPerson[];
}

/** Read the names in what follows a salutation: "Mr and Mrs Green", "John & Sarah", "Cllr Smith". */
function readNames(rest: string, weak: boolean): { people: GreetedPerson[]; length: number } | null {
  const people: GreetedPerson[] = [];
  let current: GreetedPerson = { names: [], titled: false, text: "" };
  let end = 0;
  let words = 0;
  let terminated = false;
  let afterTitle = false;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  const close = (): void => {
    if (current.names.length) people.push(current);
    current = { names: [], titled: false, text: "" };
  };
  while ((m = TOKEN.exec(rest)) !== null) {
    const token = m[0];
    if (/^[&/+]$/.test(token)) {
      close();
      continue;
    }
    if (token === "." && afterTitle) {
      afterTitle = false;
      continue;
    }
    if (/^([,!.:;?()]|[ \t]-[ \t])$/.test(token)) {
      terminated = true;
      break;
    }
    if (!/^[A-Za-z\u00C0-\u024F]/.test(token)) break;
    const word = letters(token);
    afterTitle = false;
    if (word === "and") {
      close();
      continue;
    }
    if (++words > 6) return null;
    if (TITLES.has(word)) {
      current.titled = true;
      current.text += (current.text ? " " : "") + token;
      afterTitle = true;
      end = m.index + token.length;
      continue;
    }
    // "Dear all", "Hi team", "Dear Planning Officer": addressed to a group or a role.
    if (ROLE_WORDS.has(word)) return null;
    if (!UPPER.test(token)) {
      // "hi john," is a name; "Hi, thanks for…" and "Hello again" are not.
      const next = rest.slice(m.index + token.length).replace(/^[ \t]+/, "");
      const lonely = people.length === 0 && current.names.length === 0 && !current.titled && /^([,!:]|$)/.test(next);
      if (!lonely || weak) break;
    }
    if (word === "i") break;
    current.names.push(word);
    // "Green-Smith" may be known as Green, Smith or Green-Smith.
    if (token.indexOf("-") > 0) for (const part of token.split("-")) if (part.length > 1) current.names.push(letters(part));
    current.text += (current.text ? " " : "") + token;
    end = m.index + token.length;
  }
  if (m === null) terminated = true;
  close();
  if (people.length === 0) return null;
  // "Evening Standard reported…" is not a greeting; "Thanks Sarah," is.
  if (weak && !terminated) return null;
  return { people, length: end };
}

/** The greeting that opens the new text, if its first line is one. */
function findGreeting(slice: TextSlice | undefined): Greeting | null {
  if (!slice) return null;
  const head = slice.text.slice(0, GREETING_WINDOW);
  const lead = head.length - head.replace(/^\s+/, "").length;
  if (lead >= head.length) return null;
  const nl = head.indexOf("\n", lead);
  const line = head.slice(lead, nl < 0 ? head.length : nl).slice(0, MAX_LINE);
  const at = slice.start + lead;
  const salutation = SALUTATION.exec(line);
  if (salutation) {
    // "Hello, I hope you are well": after a comma come words, not the person's name.
    if (salutation[0].indexOf(",") >= 0) return null;
    const weak = WEAK_SALUTATION.test(salutation[1]);
    const read = readNames(line.slice(salutation[0].length), weak);
    if (!read) return null;
    return { start: at, end: at + salutation[0].length + read.length, people: read.people };
  }
  const bare = BARE_NAME.exec(line);
  if (bare && isCommonFirstName(bare[1])) {
    const name = line.replace(/[,!\s]+$/, "").trim();
    const words = name.split(/\s+/).map(letters);
    if (words.some((w) => ROLE_WORDS.has(w) || TITLES.has(w))) return null;
    const start = at + line.indexOf(name);
    return { start, end: start + name.length, people: [{ names: words, titled: false, text: name }] };
  }
  return null;
}

export default createRule({
  meta: {
    id: "recipient-check",
    description:
      "A recipient's domain is a typo or look-alike of a known one, or the greeting names someone who is not among the recipients.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.recipientCorrect,
    messages: {
      domainTypo: "The domain {domain} looks like a mistyped {suggestion}. Check the address and correct it before sending.",
      lookalikeDomain: "The domain {domain} imitates {suggestion} with look-alike characters. Check it is the address you meant before sending.",
      suspiciousDomain: "The domain {domain} mixes letters from different alphabets, a common trick. Check it is the address you meant before sending.",
      greetingMismatch: "You greet {name}, but no recipient seems to be called that. Check you are sending this to the right person.",
    },
    options: z.strictObject({
        /** More domains whose near misses are reported, beyond the council's, the trusted and common webmail ones. */
        knownDomains: z._default(domainList, []),
        /** Domains never reported, e.g. a genuine partner whose name is close to the council's. */
        ignoreDomains: z._default(domainList, []),
        /** Compare the greeting's name with the recipients'. */
        checkGreeting: z._default(z.boolean(), true),
      }),
    fixes: ["replace-recipient"],
  },
  check(context) {
    const { policy, options, recipients } = context;
    // Built only when there is an outside address to judge: most messages have none.
    let matcher: DomainMatcher | undefined;
    const judge = (domain: string) => {
      if (!matcher) {
        const targets = policy.council.domains
          .concat(policy.trustedDomains, WEBMAIL_DOMAINS, options.knownDomains)
          .concat(policy.people.map((p) => domainOf(p.address)).filter(Boolean));
        const legit = OTHER_MAIL_DOMAINS.concat(domainOf(context.draft.from.address)).filter(Boolean);
        matcher = new DomainMatcher(targets, legit);
      }
      return matcher.check(domain);
    };
    const ignored = options.ignoreDomains.map(normalizeDomain);

    for (const r of recipients) {
      if (r.kind !== "external" || r.isDistributionList) continue;
      const domain = normalizeDomain(domainOf(r.address));
      if (!domain || onAnyDomain(domain, ignored)) continue;
      const miss = judge(domain);
      if (!miss) continue;
      const evidence = [{ field: r.field, excerpt: r.address, index: r.index }];
      if (!miss.suggestion) {
        context.report({ messageId: "suspiciousDomain", data: { domain }, evidence });
        continue;
      }
      const replacement = r.address.slice(0, r.address.lastIndexOf("@") + 1) + miss.suggestion;
      context.report({
        messageId: miss.kind === "lookalike" ? "lookalikeDomain" : "domainTypo",
        data: { domain, suggestion: miss.suggestion },
        evidence,
        fix: { kind: "replace-recipient", field: r.field, address: r.address, replacement },
      });
    }

    if (!options.checkGreeting || recipients.length === 0) return;
    const greeting = findGreeting(context.slices(["new"])[0]);
    if (!greeting) return;
    const infos = recipients.map((r) => nameInfo(r.name, r.address));
    const missing = greeting.people.filter((person) => !infos.some((info) => couldBe(person, info)));
    if (missing.length === 0) return;
    context.report({
      messageId: "greetingMismatch",
      data: { name: missing.map((p) => p.text).join(" and ") },
      evidence: [{ field: "body", excerpt: excerpt(context.body.text, greeting.start, greeting.end, 30), start: greeting.start, end: greeting.end }],
    });
  },
});
