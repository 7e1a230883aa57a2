import { isCouncillorAddress } from "../engine/check";
import type { Role } from "../engine/rule";
import type { Policy } from "../policy/schema";
import type { ComposeType, Person } from "./office-emulator";
import { escapeHtml, textToParagraphs } from "./sanitize";

/**
 * The people and messages of the playground: who you can write as (taken from the council's
 * policy), the messages in your inbox to reply to or forward, and the sample drafts.
 */

export interface Identity {
  id: string;
  person: Person;
  role: Role;
  jobTitle?: string;
}

/** Officers the playground offers when the policy lists none of its own people. */
const SAMPLE_OFFICERS = [
  { local: "clerk", name: "Jane Bennett", jobTitle: "Town Clerk" },
  { local: "tom.harris", name: "Tom Harris", jobTitle: "Deputy Town Clerk" },
];

/** Councillors, named to fit the policy's address pattern (e.g. cllr.*@…). */
const SAMPLE_COUNCILLORS = [
  { key: "smith", name: "Peter Smith" },
  { key: "jones", name: "Mary Jones" },
  { key: "khan", name: "Ahmed Khan" },
  { key: "lee", name: "Sarah Lee" },
  { key: "okafor", name: "Grace Okafor" },
  { key: "davies", name: "Rhys Davies" },
  { key: "murphy", name: "Siobhan Murphy" },
  { key: "wright", name: "Colin Wright" },
  { key: "patel", name: "Anita Patel" },
  { key: "walsh", name: "Liam Walsh" },
];

/** A councillor's address from the policy's first pattern, e.g. `cllr.*@x.gov.uk` → `cllr.smith@x.gov.uk`. */
function councillorAddress(policy: Policy, key: string): string | null {
  const pattern = policy.councillors.patterns.find((p) => p.includes("@") && !p.slice(p.indexOf("@")).includes("*"));
  if (pattern) return pattern.replace(/\*+/g, (_m, offset: number) => (offset === pattern.indexOf("*") ? key : "")).toLowerCase();
  return null;
}

/**
 * Everyone you can write as: the people the policy lists (with their roles and job titles), then
 * sample officers and councillors on the council's own domain, so both roles are always there.
 */
export function identitiesFromPolicy(policy: Policy): Identity[] {
  const domain = policy.council.domains[0];
  const out: Identity[] = [];
  const seen = new Set<string>();
  const add = (identity: Identity): void => {
    const key = identity.person.emailAddress.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(identity);
  };
  for (const p of policy.people) {
    const role: Role = p.role ?? (isCouncillorAddress(p.address, policy) ? "councillor" : "officer");
    const name = p.name ?? p.address;
    add({
      id: p.address,
      person: { displayName: role === "councillor" && !/^cllr\b/i.test(name) ? `Cllr ${name}` : name, emailAddress: p.address },
      role,
      ...(p.jobTitle ? { jobTitle: p.jobTitle } : {}),
    });
  }
  for (const o of SAMPLE_OFFICERS) {
    const address = `${o.local}@${domain}`;
    if (isCouncillorAddress(address, policy)) continue;
    add({ id: address, person: { displayName: o.name, emailAddress: address }, role: "officer", jobTitle: o.jobTitle });
  }
  const explicit = policy.councillors.addresses;
  SAMPLE_COUNCILLORS.forEach((c, i) => {
    const address = councillorAddress(policy, c.key) ?? explicit[i];
    if (!address) return;
    add({ id: address, person: { displayName: `Cllr ${c.name}`, emailAddress: address }, role: "councillor" });
  });
  return out;
}

export const identityLabel = (i: Identity): string =>
  `${i.person.displayName} <${i.person.emailAddress}> — ${i.role === "councillor" ? "councillor" : (i.jobTitle ?? "officer")}`;

// ---------------------------------------------------------------------------------------------
// People outside the council

const person = (displayName: string, emailAddress: string): Person => ({ displayName, emailAddress });

export const RESIDENTS = {
  alan: person("Alan Green", "alan.green@gmail.com"),
  beth: person("Beth Brown", "beth.brown@hotmail.co.uk"),
  chris: person("Chris White", "chris.white@yahoo.co.uk"),
  dawn: person("Dawn Patel", "dawn.patel@btinternet.com"),
};
export const CONTRACTOR = person("Dave Miller", "dave@greenscapegrounds.co.uk");
export const SOUTHEND_PLANNING = person("Planning Team", "planning@southend.gov.uk");

// ---------------------------------------------------------------------------------------------
// The inbox: messages to reply to or forward

/** A message that arrived, with the fields Outlook quotes in a reply or forward. */
export interface ReceivedMail {
  id: string;
  from: Person;
  to: Person[];
  cc: Person[];
  subject: string;
  /** As Outlook on the web (en-GB) writes it in the quoted header. */
  sent: string;
  text: string;
  attachments: { name: string; size: number }[];
}

function councillors(identities: Identity[]): Person[] {
  return identities.filter((i) => i.role === "councillor").map((i) => i.person);
}

const officer = (identities: Identity[], n = 0): Identity => identities.filter((i) => i.role === "officer")[n] ?? identities[0];
const councillor = (identities: Identity[], n = 0): Identity => identities.filter((i) => i.role === "councillor")[n] ?? identities[0];

/** The inbox, built around the policy's own people. */
export function inbox(identities: Identity[]): ReceivedMail[] {
  const clerk = officer(identities);
  return [
    {
      id: "agenda",
      from: clerk.person,
      to: councillors(identities),
      cc: [],
      subject: "Agenda: Full Council, Monday 12 May 2025",
      sent: "06 May 2025 16:42",
      text:
        "Dear Councillors,\n\nPlease find attached the agenda and papers for the Full Council meeting on Monday 12 May at 7.30pm in the Council Chamber, 71-73 Elm Road.\n\n" +
        `Please let me know by Friday if you are unable to attend.\n\nKind regards\n\n${clerk.person.displayName}\n${clerk.jobTitle ?? ""}`,
      attachments: [{ name: "Agenda - Full Council 12 May 2025.pdf", size: 184_320 }],
    },
    {
      id: "dog-fouling",
      from: RESIDENTS.alan,
      to: [councillor(identities).person],
      cc: [],
      subject: "Dog fouling on the cliffs path",
      sent: "02 May 2025 09:14",
      text: "Dear Councillor,\n\nThe path along Leigh Cliffs is covered in dog mess again. I reported this in March and nothing has been done. What exactly does the council do with our precept?\n\nAlan Green\n14 Marine Parade",
      attachments: [],
    },
    {
      id: "hedges",
      from: RESIDENTS.beth,
      to: [councillor(identities, 1).person],
      cc: [],
      subject: "Overgrown hedges on Belton Way",
      sent: "29 April 2025 18:05",
      text: "Hello,\n\nThe hedges along Belton Way are now so overgrown that we have to walk in the road with the pushchair. Could someone cut them back please?\n\nMany thanks\nBeth Brown",
      attachments: [],
    },
  ];
}

const quoteList = (people: Person[]): string => people.map((p) => `${escapeHtml(p.displayName)} &lt;${escapeHtml(p.emailAddress)}&gt;`).join("; ");

/**
 * The history Outlook on the web puts under a reply or forward: the `appendonsend` marker, a rule,
 * the `divRplyFwdMsg` header block, then the original message.
 */
export function quotedHistory(mail: ReceivedMail): string {
  const header =
    `<b>From:</b> ${quoteList([mail.from])}<br><b>Sent:</b> ${escapeHtml(mail.sent)}<br><b>To:</b> ${quoteList(mail.to)}<br>` +
    (mail.cc.length ? `<b>Cc:</b> ${quoteList(mail.cc)}<br>` : "") +
    `<b>Subject:</b> ${escapeHtml(mail.subject)}`;
  return (
    '<div id="appendonsend"></div><hr style="display: inline-block; width: 98%">' +
    `<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" color="#000000" style="font-size: 11pt">${header}</font><div>&nbsp;</div></div>` +
    `<div>${textToParagraphs(mail.text)}</div>`
  );
}

export type ComposeAction = "new" | "reply" | "replyAll" | "forward";

/** The subject Outlook gives a reply or forward. */
export function subjectFor(action: ComposeAction, subject: string): string {
  if (action === "reply" || action === "replyAll") return /^re:/i.test(subject) ? subject : `RE: ${subject}`;
  if (action === "forward") return /^fw:/i.test(subject) ? subject : `FW: ${subject}`;
  return subject;
}

/** The recipients Outlook fills in for a reply or reply-all: never yourself. */
export function replyRecipients(mail: ReceivedMail, me: Person, all: boolean): { to: Person[]; cc: Person[] } {
  const notMe = (p: Person) => p.emailAddress.toLowerCase() !== me.emailAddress.toLowerCase();
  const to = [mail.from, ...(all ? mail.to : [])].filter(notMe);
  const cc = all ? mail.cc.filter(notMe) : [];
  return { to, cc };
}

export const composeTypeOf = (action: ComposeAction): ComposeType => (action === "new" ? "newMail" : action === "forward" ? "forward" : "reply");

// ---------------------------------------------------------------------------------------------
// Sample drafts

export interface Sample {
  id: string;
  /** The button's words. */
  title: string;
  /** One line on what it shows. */
  description: string;
  /** Who writes it. */
  from: (identities: Identity[]) => Identity;
  action: ComposeAction;
  /** For replies and forwards: which inbox message. */
  original?: string;
  /** Recipients the user adds (people of the council are chosen from the identities). */
  to?: Person[] | ((identities: Identity[]) => Person[]);
  cc?: Person[];
  bcc?: Person[];
  subject?: string;
  /** What the user types, line by line. */
  text: string;
  attachments?: { name: string; size: number }[];
  /** What the council's policy should make of it. */
  expect: "pass" | "warn" | "block";
}

export const SAMPLES: Sample[] = [
  {
    id: "clean",
    title: "Clean message",
    description: "A councillor sends apologies to the clerk: the policy is kept.",
    from: (ids) => councillor(ids, 2),
    action: "new",
    to: (ids) => [officer(ids).person],
    subject: "Apologies - Planning Committee, Tuesday 13 May",
    text:
      "Dear Jane,\n\nPlease accept my apologies for Tuesday's Planning Committee; I am away with work that week.\n\n" +
      "Could you let me know when the draft minutes will be available? I would like to read them before Full Council.\n\nKind regards",
    expect: "pass",
  },
  {
    id: "offensive",
    title: "Offensive reply",
    description: "A councillor loses patience with a resident.",
    from: (ids) => councillor(ids),
    action: "reply",
    original: "dog-fouling",
    text: "Dear Mr Green,\n\nWith respect, your claim that the council does nothing is bollocks. The wardens patrol the cliffs path every week, as I have told you twice already.\n\nRegards",
    expect: "block",
  },
  {
    id: "instruction",
    title: "Councillor instructs a contractor",
    description: "A councillor tells the grounds contractor to start work: only officers may.",
    from: (ids) => councillor(ids, 1),
    action: "new",
    to: [CONTRACTOR],
    subject: "Hedges at Belton Way",
    text: "Hi Dave,\n\nResidents have complained about the hedges along Belton Way. Please go ahead and cut them back this week, and send the invoice to the council office.\n\nThanks",
    expect: "block",
  },
  {
    id: "reply-all",
    title: "Reply all: “Thanks!”",
    description: "A councillor thanks the clerk — and every other councillor.",
    from: (ids) => councillor(ids),
    action: "replyAll",
    original: "agenda",
    text: "Thanks Jane!",
    expect: "warn",
  },
  {
    id: "residents-cc",
    title: "Residents in Cc",
    description: "A councillor writes to residents with everyone's address on show.",
    from: (ids) => councillor(ids, 3),
    action: "new",
    to: [RESIDENTS.alan],
    cc: [RESIDENTS.beth, RESIDENTS.chris, RESIDENTS.dawn],
    subject: "Ward surgery on Saturday 14 June",
    text: "Dear neighbours,\n\nMy next ward surgery is on Saturday 14 June, 10am to 12 noon, at Leigh Library on Broadway. Do come along if there is anything you would like to raise.\n\nBest wishes",
    expect: "warn",
  },
];
