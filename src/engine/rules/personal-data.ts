import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import {
  detectPersonalData,
  foldAddress,
  KIND_NAMES,
  normalizeNumber,
  normalizePostcode,
  numbersIn,
  PERSONAL_DATA_KINDS,
  type DetectEnv,
  type PersonalDataKind,
  type PersonalDataMatch,
} from "../lib/personal-data";
import { createRule, type Evidence, type EvidenceField, type Recipient } from "../rule";
import { plainName } from "../signature";
import { excerpt } from "../text";

/** At most this many pieces of evidence per finding: enough to find them all in a normal email. */
const MAX_EVIDENCE = 10;

const MESSAGE_FOR: Record<PersonalDataKind, "nationalInsurance" | "bankDetails" | "dateOfBirth" | "healthDetails" | "homeAddress" | "phoneNumber"> = {
  nationalInsurance: "nationalInsurance",
  bank: "bankDetails",
  dateOfBirth: "dateOfBirth",
  health: "healthDetails",
  address: "homeAddress",
  phone: "phoneNumber",
};

const POSTCODE_IN_TEXT = /\b[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}\b/gi;

function postcodesIn(text: string): string[] {
  return (text.match(POSTCODE_IN_TEXT) ?? []).map(normalizePostcode);
}

/** Surnames (and the last part of dotted local parts) of the people the message goes to. */
function surnamesOf(people: readonly Recipient[]): Set<string> {
  const out = new Set<string>();
  for (const r of people) {
    const words = plainName(r.name).replace(/[()"]/g, " ").trim().split(/\s+/).filter((w) => /^[A-Za-z'’-]{2,}$/.test(w));
    if (words.length > 0) out.add(words[words.length - 1].toLowerCase());
    const local = r.address.split("@")[0].toLowerCase();
    const parts = local.split(/[._-]/).filter((w) => /^[a-z]{3,}$/.test(w));
    if (parts.length > 1) out.add(parts[parts.length - 1]);
  }
  return out;
}

/** The excerpt around `[start, end)`, with every sensitive value near it masked. */
function maskedExcerpt(text: string, start: number, end: number, all: readonly PersonalDataMatch[]): string {
  const from = Math.max(0, start - 80);
  const to = Math.min(text.length, end + 80);
  let window = text.slice(from, to);
  for (const m of all) {
    if (m.end <= from || m.start >= to || m.masked.length !== m.end - m.start) continue;
    const a = Math.max(m.start, from);
    const b = Math.min(m.end, to);
    window = window.slice(0, a - from) + m.masked.slice(a - m.start, b - m.start) + window.slice(b - from);
  }
  // Keep the leading ellipsis honest: the window was cut from a longer text.
  const head = from > 0 ? " " : "";
  return excerpt(head + window, start - from + head.length, end - from + head.length);
}

export default createRule({
  meta: {
    id: "personal-data",
    description: "Personal data (NI numbers, private phone numbers, home addresses, bank details, dates of birth, health) going outside the council.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.personalData,
    messages: {
      nationalInsurance: "This gives a National Insurance number to people outside the council. Take it out, or send it by a secure route only if you must.",
      bankDetails: "This gives someone's bank details to people outside the council. Take them out: do not send a person's bank details by email.",
      dateOfBirth: "This gives someone's date of birth to people outside the council. Take it out unless they need it and the person has agreed.",
      healthDetails: "This gives details of someone's health to people outside the council. Health is special category data: take it out.",
      homeAddress: "This gives a person's home address to people outside the council. Take it out unless the person has agreed to it being shared.",
      phoneNumber: "This gives someone's private phone number to people outside the council. Take it out unless they have agreed to it being shared.",
      quotedPersonalData: "The quoted emails contain {kinds} and go to {recipient}, who was not in them. Trim the history before sending.",
    },
    options: z.strictObject({
        /** Check the quoted history when it goes to someone who was not part of it (a forward). */
        includeQuoted: z._default(z.boolean(), true),
        /** Treat the policy's trusted partner domains as outside the council too. */
        includeTrusted: z._default(z.boolean(), false),
        /** Phone numbers, sort codes or account numbers that are public (a caretaker's work mobile). */
        allowNumbers: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))).check(z.maxLength(500)), []),
        /** Public addresses or postcodes (community centre, church hall) never reported. */
        allowAddresses: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))).check(z.maxLength(500)), []),
        /** Kinds not to check. */
        skip: z._default(z.array(z.enum(PERSONAL_DATA_KINDS)).check(z.maxLength(PERSONAL_DATA_KINDS.length)), []),
      }),
  },
  check(context) {
    const { policy, options, body, draft } = context;
    const outside = context.recipients.filter((r) => r.kind === "external" || (options.includeTrusted && r.kind === "trusted"));
    if (outside.length === 0) return;

    // The council's own contact details: its signature templates and its people's details.
    const councilLines = [
      ...policy.signatures.officer.lines,
      ...policy.signatures.councillor.lines,
      ...policy.people.flatMap((p) => Object.values(p.details ?? {})),
      ...options.allowAddresses,
    ];
    const allowedNumbers = new Set<string>();
    for (const line of [...councilLines, ...options.allowNumbers]) for (const n of numbersIn(line)) allowedNumbers.add(n);
    for (const n of options.allowNumbers) {
      allowedNumbers.add(normalizeNumber(n));
      allowedNumbers.add(n.replace(/\D/g, ""));
    }
    const allowedPostcodes = new Set(councilLines.flatMap(postcodesIn));
    const senderNames = [plainName(draft.from.name), ...policy.people.filter((p) => p.address === draft.from.address.toLowerCase()).map((p) => p.name ?? "")]
      .map((n) => n.toLowerCase().trim())
      .filter((n) => n.length > 2);

    const signature = context.slices(["signature"]);
    const signatureText = signature.map((s) => s.text).join("\n");
    for (const code of postcodesIn(signatureText)) allowedPostcodes.add(code);

    const base: Omit<DetectEnv, "zone"> = {
      allowedNumbers,
      allowedAddresses: councilLines.map(foldAddress).filter((l) => l.length > 0),
      allowedPostcodes,
      recipientSurnames: surnamesOf(outside),
      senderNames,
      organisationMarkers: [
        policy.council.name.toLowerCase(),
        ...policy.council.domains.map((d) => "@" + d),
        ...policy.trustedDomains.map((d) => "@" + d),
        ...(policy.council.website ? [policy.council.website.toLowerCase()] : []),
      ],
    };
    const own: DetectEnv = { ...base, zone: "own" };
    const detectOpts = { signatureNumbers: numbersIn(signatureText), signatureText: foldAddress(signatureText), skip: options.skip };

    type Located = PersonalDataMatch & { field: EvidenceField };
    const found: Located[] = [];
    // The subject and the sender's new text: everything. The signature zone holds the sender's
    // own contact details, so there only the kinds that never belong in a signature.
    for (const m of detectPersonalData(draft.subject, own, detectOpts)) found.push({ ...m, field: "subject" });
    for (const slice of context.slices(["new"])) {
      for (const m of detectPersonalData(slice.text, own, detectOpts)) found.push({ ...m, start: m.start + slice.start, end: m.end + slice.start, field: "body" });
    }
    const signatureSkip = [...options.skip, "phone", "address", "health"] as PersonalDataKind[];
    for (const slice of signature) {
      for (const m of detectPersonalData(slice.text, own, { ...detectOpts, skip: signatureSkip })) {
        found.push({ ...m, start: m.start + slice.start, end: m.end + slice.start, field: "body" });
      }
    }

    const inSubject = found.filter((m) => m.field === "subject");
    const inBody = found.filter((m) => m.field === "body");
    const evidenceOf = (list: readonly Located[]): Evidence[] =>
      list.slice(0, MAX_EVIDENCE).map((m) => ({
        field: m.field,
        excerpt: m.field === "subject" ? maskedExcerpt(draft.subject, m.start, m.end, inSubject) : maskedExcerpt(body.text, m.start, m.end, inBody),
        start: m.start,
        end: m.end,
      }));

    for (const kind of PERSONAL_DATA_KINDS) {
      const list = found.filter((m) => m.kind === kind);
      if (list.length > 0) context.report({ messageId: MESSAGE_FOR[kind], evidence: evidenceOf(list) });
    }

    // The quoted history: the classic breach is forwarding a resident's email to a third party.
    // Replying to the person who wrote it sends them nothing new, so only recipients who do not
    // appear in the history count.
    if (!options.includeQuoted) return;
    const quoted = context.slices(["quoted"]);
    if (quoted.length === 0) return;
    const history = quoted.map((s) => s.text).join("\n").toLowerCase();
    const newcomers = outside.filter((r) => {
      const address = r.address.trim().toLowerCase();
      const name = plainName(r.name).toLowerCase();
      return !(address && history.includes(address)) && !(name.includes(" ") && history.includes(name));
    });
    if (newcomers.length === 0) return;
    const inQuoted: Located[] = [];
    const quotedEnv: DetectEnv = { ...base, zone: "quoted" };
    for (const slice of quoted) {
      for (const m of detectPersonalData(slice.text, quotedEnv, { signatureNumbers: detectOpts.signatureNumbers, skip: options.skip })) {
        inQuoted.push({ ...m, start: m.start + slice.start, end: m.end + slice.start, field: "body" });
      }
    }
    if (inQuoted.length === 0) return;
    const kinds = PERSONAL_DATA_KINDS.filter((k) => inQuoted.some((m) => m.kind === k)).map((k) => KIND_NAMES[k]);
    // At most three named, so the message stays within 200 characters.
    const shown = kinds.length > 3 ? [...kinds.slice(0, 2), "other personal data"] : kinds;
    const listed = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
    const who = newcomers[0].address || newcomers[0].name;
    context.report({
      messageId: "quotedPersonalData",
      data: { kinds: listed, recipient: newcomers.length === 1 ? who : `${who} and others` },
      evidence: inQuoted.slice(0, MAX_EVIDENCE).map((m) => ({ field: "body", excerpt: maskedExcerpt(body.text, m.start, m.end, inQuoted), start: m.start, end: m.end })),
    });
  },
});
