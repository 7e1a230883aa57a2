/**
 * The normalised message every rule reads. The Outlook adapter, the command line and the
 * playground all build one of these, so the engine sees the same thing whichever face asks.
 */

/** A mailbox: display name and address, both as written. */
export interface Address {
  name: string;
  address: string;
}

/** Outlook's compose types. Outlook has no "reply all" value: rules infer it from the recipients. */
export type ComposeType = "newMail" | "reply" | "forward";

export interface Attachment {
  name: string;
  /** Size in bytes (0 when unknown). */
  size: number;
  contentType: string;
  isInline: boolean;
}

export interface DraftBody {
  type: "html" | "text";
  content: string;
}

/** Facts recorded by compose-time fixes, so the send check knows what Outlook will add. */
export interface DraftFlags {
  /** The waiver clause has been arranged with `appendOnSendAsync` and will be appended on send. */
  waiverAppendOnSend?: boolean;
  /** The approved signature was inserted with `setSignatureAsync`. */
  signatureInserted?: boolean;
}

export interface EmailDraft {
  from: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  body: DraftBody;
  composeType: ComposeType;
  attachments: Attachment[];
  /** Name of the Purview sensitivity label, where the tenant has labels. */
  sensitivityLabel?: string;
  flags: DraftFlags;
}

/** The recipient fields, in the order findings report them. */
export const RECIPIENT_FIELDS = ["to", "cc", "bcc"] as const;
export type RecipientField = (typeof RECIPIENT_FIELDS)[number];

const str = (value: unknown): string => (typeof value === "string" ? value : value == null ? "" : String(value));

function toAddress(value: unknown): Address | null {
  if (value == null) return null;
  if (typeof value === "string") return value.trim() ? { name: "", address: value.trim() } : null;
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const address = str(v.address ?? v.emailAddress).trim();
  const name = str(v.name ?? v.displayName).trim();
  if (!address && !name) return null;
  return { name, address };
}

function toAddresses(value: unknown): Address[] {
  if (!Array.isArray(value)) return [];
  const out: Address[] = [];
  for (const item of value) {
    const a = toAddress(item);
    if (a) out.push(a);
  }
  return out;
}

function toAttachment(value: unknown): Attachment | null {
  if (value == null || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const size = Number(v.size);
  return {
    name: str(v.name),
    size: Number.isFinite(size) && size > 0 ? size : 0,
    contentType: str(v.contentType),
    isInline: v.isInline === true,
  };
}

/**
 * Turn whatever a front end has (Office.js values, a parsed .eml, JSON from a test) into a
 * well-formed {@link EmailDraft}. Missing or odd fields become empty values: it never throws.
 */
export function normalizeDraft(input: unknown): EmailDraft {
  const v = (input != null && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const rawBody = v.body;
  let body: DraftBody;
  if (typeof rawBody === "string") {
    body = { type: /<[a-z!][^>]*>/i.test(rawBody) ? "html" : "text", content: rawBody };
  } else if (rawBody != null && typeof rawBody === "object") {
    const b = rawBody as Record<string, unknown>;
    body = { type: b.type === "html" ? "html" : "text", content: str(b.content) };
  } else {
    body = { type: "text", content: "" };
  }
  const composeType: ComposeType =
    v.composeType === "reply" || v.composeType === "forward" ? v.composeType : "newMail";
  const flags = (v.flags != null && typeof v.flags === "object" ? v.flags : {}) as Record<string, unknown>;
  const label = str(v.sensitivityLabel).trim();
  const attachments: Attachment[] = [];
  if (Array.isArray(v.attachments)) {
    for (const a of v.attachments) {
      const att = toAttachment(a);
      if (att) attachments.push(att);
    }
  }
  return {
    from: toAddress(v.from) ?? { name: "", address: "" },
    to: toAddresses(v.to),
    cc: toAddresses(v.cc),
    bcc: toAddresses(v.bcc),
    subject: str(v.subject),
    body,
    composeType,
    attachments,
    ...(label ? { sensitivityLabel: label } : {}),
    flags: {
      ...(flags.waiverAppendOnSend === true ? { waiverAppendOnSend: true } : {}),
      ...(flags.signatureInserted === true ? { signatureInserted: true } : {}),
    },
  };
}

/** The domain of an address, lower-cased ("" when there is none). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).trim().toLowerCase().replace(/\.$/, "");
}

/** The local part of an address, lower-cased. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf("@");
  return (at < 0 ? address : address.slice(0, at)).trim().toLowerCase();
}
