import type { Address, Attachment, ComposeType, EmailDraft } from "../../engine/draft";

/** One message read from a file, mapped to the engine's draft, with what the reports need. */
export interface MailMessage {
  draft: EmailDraft;
  /** When it was sent (the Date header, or Outlook's submit time), if known and valid. */
  date: Date | null;
}

/** A message that could not be read, with a sentence saying why. */
export class MailReadError extends Error {
  override readonly name = "MailReadError";
}

// Subject prefixes in the languages Outlook writes: RE/AW/SV/Antw/Odp/VS for replies,
// FW/Fwd/WG/TR/RV/VB/Doorst for forwards. Bracketed tags such as [EXTERNAL] may stand first.
const REPLY_PREFIX = /^(?:re|aw|sv|antw|odp|vs|ref)$/i;
const FORWARD_PREFIX = /^(?:fw|fwd|wg|tr|rv|vb|doorst|pd)$/i;
const PREFIX = /^\s*(?:\[[^\]]{0,40}\]\s*)*([a-z]{2,6})(?:\[\d+\])?\s*:/i;

/**
 * Outlook's compose type, from the subject and the threading headers. The first prefix wins
 * ("RE: FW: …" is a reply); a forward prefix beats In-Reply-To, because mail clients keep the
 * thread headers when forwarding.
 */
export function composeTypeOf(subject: string, threaded: boolean): ComposeType {
  const m = PREFIX.exec(subject);
  if (m) {
    if (FORWARD_PREFIX.test(m[1])) return "forward";
    if (REPLY_PREFIX.test(m[1])) return "reply";
  }
  return threaded ? "reply" : "newMail";
}

const SENSITIVITY: Record<string, string> = {
  "company-confidential": "Company-Confidential",
  confidential: "Company-Confidential",
  private: "Private",
  personal: "Personal",
};

/**
 * The sensitivity label, from Outlook's `Sensitivity` header (Personal, Private,
 * Company-Confidential; Normal is no label) or a Microsoft Purview label in `msip_labels`.
 */
export function sensitivityOf(sensitivity: string | undefined, msipLabels?: string): string | undefined {
  const key = (sensitivity ?? "").trim().toLowerCase();
  if (SENSITIVITY[key]) return SENSITIVITY[key];
  if (msipLabels) {
    // MSIP_Label_<guid>_Enabled=true; MSIP_Label_<guid>_Name=OFFICIAL-SENSITIVE; …
    const enabled = /MSIP_Label_([0-9a-f-]{36})_Enabled=(true|false)/gi;
    let m: RegExpExecArray | null;
    while ((m = enabled.exec(msipLabels)) !== null) {
      if (m[2].toLowerCase() !== "true") continue;
      const name = new RegExp(`MSIP_Label_${m[1]}_Name=([^;]+)`, "i").exec(msipLabels);
      if (name && name[1].trim()) return name[1].trim();
    }
  }
  return undefined;
}

/** Outlook's PR_SENSITIVITY values. */
export function sensitivityOfMapi(value: number | undefined): string | undefined {
  return value === 1 ? "Personal" : value === 2 ? "Private" : value === 3 ? "Company-Confidential" : undefined;
}

/** A date, or null when it is missing or does not parse. */
export function dateOf(value: string | undefined | null): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Content ids referenced by `cid:` links in the HTML, without angle brackets, lower-cased. */
export function referencedContentIds(html: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!html) return out;
  const re = /cid:([^"'\s>)]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    try {
      out.add(decodeURIComponent(m[1]).toLowerCase());
    } catch {
      out.add(m[1].toLowerCase());
    }
  }
  return out;
}

export interface AttachmentFacts {
  name: string;
  size: number;
  contentType: string;
  disposition?: string | null;
  contentId?: string | null;
  /** The mail reader says the part is referenced from the HTML. */
  related?: boolean;
  hidden?: boolean;
}

/**
 * An attachment as Outlook would show it. Inline means embedded in the body: referenced by a
 * `cid:` link, or an image sent with `Content-Disposition: inline`. A named document sent
 * inline (Apple Mail does this) is still an attachment to the reader.
 */
export function toAttachment(a: AttachmentFacts, cids: Set<string>): Attachment {
  const cid = (a.contentId ?? "").replace(/^<|>$/g, "").trim().toLowerCase();
  const contentType = (a.contentType || "application/octet-stream").toLowerCase();
  const isInline =
    (cid !== "" && cids.has(cid)) ||
    a.related === true ||
    a.hidden === true ||
    (a.disposition === "inline" && contentType.startsWith("image/"));
  return { name: a.name, size: a.size, contentType, isInline };
}

/** Drop entries that carry neither a name nor an address. */
export function cleanAddresses(list: readonly Address[]): Address[] {
  return list.filter((a) => a.address.trim() !== "" || a.name.trim() !== "");
}
