import type { Attachment, ComposeType, DraftFlags, EmailDraft, Address } from "../../src/engine/draft";
import { normalizeDraft } from "../../src/engine/draft";
import { defaultPolicy } from "../../src/policy";

/** A draft written the way a person reads one: addresses as `Name <address>` strings. */
export interface DraftSpec {
  from?: string;
  to?: string | string[];
  cc?: string | string[];
  bcc?: string | string[];
  subject?: string;
  /** Plain-text body. */
  body?: string;
  /** HTML body (wins over `body`). */
  html?: string;
  composeType?: ComposeType;
  attachments?: (string | Partial<Attachment>)[];
  sensitivityLabel?: string;
  flags?: DraftFlags;
}

export const COUNCIL_DOMAIN = "leighonseatowncouncil.gov.uk";
export const CLERK = `Jane Bennett <clerk@${COUNCIL_DOMAIN}>`;
export const OFFICER = `Tom Harris <tom.harris@${COUNCIL_DOMAIN}>`;
export const COUNCILLOR = `Peter Smith <cllr.smith@${COUNCIL_DOMAIN}>`;
export const COUNCILLOR_2 = `Mary Jones <cllr.jones@${COUNCIL_DOMAIN}>`;
export const COUNCILLOR_3 = `Ahmed Khan <cllr.khan@${COUNCIL_DOMAIN}>`;
export const COUNCILLOR_4 = `Sarah Lee <cllr.lee@${COUNCIL_DOMAIN}>`;
export const RESIDENT = "Alan Green <alan.green@gmail.com>";
export const RESIDENT_2 = "Beth Brown <beth.brown@hotmail.co.uk>";
export const RESIDENT_3 = "Chris White <chris.white@yahoo.co.uk>";
export const SOUTHEND = "Planning Team <planning@southend.gov.uk>";

export function parseAddress(s: string): Address {
  const m = /^\s*(.*?)\s*<([^>]*)>\s*$/.exec(s);
  return m ? { name: m[1].replace(/^"|"$/g, ""), address: m[2] } : { name: "", address: s.trim() };
}

const list = (v: string | string[] | undefined): Address[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(parseAddress));

/** The officer signature as the default policy defines it. */
export function officerSignature(name = "Jane Bennett", jobTitle = "Town Clerk"): string {
  return defaultPolicy()
    .signatures.officer.lines.map((l) => l.replace("{name}", name).replace("{jobTitle}", jobTitle))
    .join("\n");
}

/** The councillor signature as the default policy defines it. */
export function councillorSignature(name = "Peter Smith"): string {
  return defaultPolicy()
    .signatures.councillor.lines.map((l) => l.replace("{name}", name))
    .join("\n");
}

/** The default policy's waiver clause. */
export function waiver(): string {
  return defaultPolicy().waiver.text;
}

/** Build a normalised draft from a spec. Defaults: the clerk writing a new message. */
export function makeDraft(spec: DraftSpec = {}): EmailDraft {
  return normalizeDraft({
    from: parseAddress(spec.from ?? CLERK),
    to: list(spec.to),
    cc: list(spec.cc),
    bcc: list(spec.bcc),
    subject: spec.subject ?? "",
    body: spec.html !== undefined ? { type: "html", content: spec.html } : { type: "text", content: spec.body ?? "" },
    composeType: spec.composeType ?? "newMail",
    attachments: (spec.attachments ?? []).map((a) =>
      typeof a === "string" ? { name: a, size: 24_000, contentType: "application/octet-stream", isInline: false } : { name: "file", size: 1000, contentType: "", isInline: false, ...a },
    ),
    sensitivityLabel: spec.sensitivityLabel,
    flags: spec.flags ?? {},
  });
}
