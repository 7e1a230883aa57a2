import fc from "fast-check";
import { checkDraft } from "../../src/engine/check";
import { applyFix } from "../../src/engine/fixes";
import { parseBody } from "../../src/engine/body";
import { normalizeDraft, type EmailDraft } from "../../src/engine/draft";
import type { Fix } from "../../src/engine/rule";
import { defaultPolicy } from "../../src/policy";

const policy = defaultPolicy();

/** Text with the characters that break naive code: RTL overrides, combining marks, emoji, zero-width. */
const oddChar = fc.constantFrom("\u202e", "\u200b", "\u0301", "😀", "👩‍👩‍👧", "\ufeff", "\u00a0", "ﬁ", "Ａ", "ß", "İ", "<", ">", "&", "\n", "\r\n", "\t", "\u0000");
const word = fc.oneof(
  fc.constantFrom("Dear", "Alan", "please", "find", "attached", "CONFIDENTIAL", "Scunthorpe", "f**k", "vote", "Labour", "Thanks", "!!!", "Kind regards", "From:", "Sent:", "Subject:", "-----Original Message-----", "cllr.smith@leighonseatowncouncil.gov.uk", "07700 900123", "SS9 1SP", "QQ123456C", "I think", "the council will pay"),
  fc.string({ maxLength: 12 }),
  oddChar,
);
const text = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(" "));
const tag = fc.constantFrom("p", "div", "span", "b", "blockquote", "font", "table", "td", "br", "hr", "pre", "style", "script");
const attr = fc.constantFrom("", ' style="color:red"', ' id="divRplyFwdMsg"', ' id="Signature"', ' class="gmail_quote"', ' style="display:none"', ' color="#ff0000"', ' style="font-weight:bold;color:rgb(255,0,0)"');

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.tuple(tag, attr, fc.array(tie("node"), { maxLength: 4 }), fc.boolean()).map(([t, a, kids, close]) => `<${t}${a}>${kids.join("")}${close ? `</${t}>` : ""}`),
  ),
})).node;

const address = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom("cllr.smith@leighonseatowncouncil.gov.uk", "clerk@leighonseatowncouncil.gov.uk", "councillors@leighonseatowncouncil.gov.uk", "x@gmial.com", "planning@southend.gov.uk", "", "no-at-sign", "@", "a@b"),
);
const person = fc.oneof(
  fc.record({ name: fc.oneof(fc.string(), fc.constant(null)), address }),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  address,
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.constant(null), fc.constant(undefined));

const rawDraft = fc.record(
  {
    from: person,
    to: maybe(fc.array(person, { maxLength: 15 })),
    cc: maybe(fc.array(person, { maxLength: 5 })),
    bcc: maybe(fc.array(person, { maxLength: 5 })),
    subject: maybe(text),
    body: fc.oneof(
      fc.record({ type: fc.constant("html"), content: html }),
      fc.record({ type: fc.constant("text"), content: text }),
      fc.constant(null),
      html,
    ),
    composeType: fc.constantFrom("newMail", "reply", "forward", "replyAll", undefined, 7),
    attachments: maybe(fc.array(fc.oneof(fc.record({ name: maybe(fc.string()), size: fc.oneof(fc.integer(), fc.double()), contentType: fc.string(), isInline: fc.boolean() }), fc.constant(null)), { maxLength: 4 })),
    sensitivityLabel: maybe(fc.constantFrom("Confidential", "Public", "", "Highly Confidential")),
    flags: maybe(fc.record({ waiverAppendOnSend: fc.boolean(), signatureInserted: fc.boolean() })),
  },
  { requiredKeys: [] },
);

describe("checkDraft holds whatever it is given", () => {
  it("never throws, always returns a well-formed verdict, and no rule fails inside", () => {
    fc.assert(
      fc.property(rawDraft, (raw) => {
        const v = checkDraft(raw as unknown as EmailDraft, policy);
        expect(["block", "warn", "pass"]).toContain(v.action);
        expect(v.errors).toEqual([]);
        for (const f of v.findings) {
          expect(f.message.length).toBeLessThanOrEqual(200);
          expect(f.evidence.length).toBeGreaterThan(0);
        }
        expect(v.action === "pass").toBe(v.findings.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(rawDraft, (raw) => {
        expect(checkDraft(raw as unknown as EmailDraft, policy)).toEqual(checkDraft(raw as unknown as EmailDraft, policy));
      }),
      { numRuns: 100 },
    );
  });

  it("handles thousands of recipients", () => {
    const to = Array.from({ length: 5000 }, (_, i) => ({ name: `Resident ${i}`, address: `resident${i}@example${i % 50}.com` }));
    const v = checkDraft(normalizeDraft({ from: "clerk@leighonseatowncouncil.gov.uk", to, body: "Hello" }), policy);
    expect(["block", "warn", "pass"]).toContain(v.action);
  });
});

const fixArb: fc.Arbitrary<Fix> = fc.oneof(
  fc.record({ kind: fc.constant("insert-signature" as const), text: fc.constantFrom("Jane Bennett\nTown Clerk\nLeigh-on-Sea Town Council", "Cllr Peter Smith") }),
  fc.constant({ kind: "append-waiver" as const, text: policy.waiver.text }),
  fc.record({ kind: fc.constant("move-to-bcc" as const), addresses: fc.array(address, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant("remove-recipient" as const), field: fc.constantFrom("to" as const, "cc" as const, "bcc" as const), address }),
  fc.record({ kind: fc.constant("replace-recipient" as const), field: fc.constantFrom("to" as const, "cc" as const, "bcc" as const), address, replacement: address }),
);

/** The body's visible characters, white space aside: the user's text, whatever the markup. */
const charsOf = (d: EmailDraft) => Array.from(parseBody(d.body).text.replace(/\s+/g, ""));
const isSubsequence = (small: string[], big: string[]) => {
  let i = 0;
  for (const w of big) if (i < small.length && w === small[i]) i++;
  return i === small.length;
};
const everyone = (d: EmailDraft) => [...d.to, ...d.cc, ...d.bcc].map((r) => r.address.toLowerCase()).sort();

describe("fixes never lose the user's words", () => {
  it("keep every character of the body, in order, and are idempotent", () => {
    fc.assert(
      fc.property(rawDraft, fixArb, (raw, fix) => {
        const draft = normalizeDraft(raw);
        const once = applyFix(draft, fix);
        expect(applyFix(once, fix)).toEqual(once);
        if (fix.kind === "insert-signature" || fix.kind === "append-waiver") {
          expect(isSubsequence(charsOf(draft), charsOf(once))).toBe(true);
          expect(once.to).toEqual(draft.to);
        } else {
          expect(once.body).toEqual(draft.body);
        }
        if (fix.kind === "move-to-bcc") expect(new Set(everyone(once))).toEqual(new Set(everyone(draft)));
      }),
      { numRuns: 400 },
    );
  });
});
