import PostalMime from "postal-mime";
import type { Address as MimeAddress, Email } from "postal-mime";
import { normalizeDraft, type Address } from "../../engine/draft";
import {
  cleanAddresses,
  composeTypeOf,
  dateOf,
  MailReadError,
  referencedContentIds,
  sensitivityOf,
  toAttachment,
  type MailMessage,
} from "./message";

/** How much of the start of a file is sniffed for binary content. */
const SNIFF = 4096;
/** An RFC 5322 header field: a name of printable characters other than colon, then a colon. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]{1,200}[ \t]*:/;
/** Headers that make a message a message: a file with none of these is not an email. */
const ENVELOPE = new Set(["from", "to", "cc", "subject", "date", "message-id", "sender"]);

function flatten(list: readonly MimeAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    if (a.group) for (const m of a.group) out.push({ name: m.name ?? "", address: m.address ?? "" });
    else out.push({ name: a.name ?? "", address: a.address ?? "" });
  }
  return cleanAddresses(out);
}

function sizeOf(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
}

/** Skip a byte-order mark and an mbox "From " separator line, as single-message exports have. */
function startOfMessage(buf: Buffer): number {
  let at = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  if (buf.subarray(at, at + 5).toString("latin1") === "From ") {
    const nl = buf.indexOf(0x0a, at);
    at = nl < 0 ? buf.length : nl + 1;
  }
  return at;
}

/**
 * A multipart message whose closing boundary never comes was cut short: judging what is left
 * would report a missing waiver or signature that is really in the lost part. Only the top
 * level's boundary is checked: it closes at the very end, so a cut anywhere loses it, while a
 * "boundary=" quoted in a body or a sloppy nested part cannot raise a false alarm.
 */
function unclosedBoundary(raw: string): string | null {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const contentType = /^content-type[ \t]*:(.*)$/im.exec(head)?.[1] ?? "";
  if (!/^\s*multipart\//i.test(contentType)) return null;
  const m = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i.exec(contentType);
  const boundary = m ? (m[1] ?? m[2]) : null;
  if (!boundary) return null;
  return raw.includes(`--${boundary}--`, end < 0 ? 0 : end) ? null : boundary;
}

/**
 * Read an RFC 5322 message (.eml) with postal-mime and map it to a draft. Throws
 * {@link MailReadError} with a plain sentence when the bytes are not an email message.
 */
export async function parseEml(buf: Buffer): Promise<MailMessage> {
  if (buf.length === 0 || buf.toString("latin1", 0, Math.min(buf.length, SNIFF)).trim() === "") {
    throw new MailReadError("The file is empty.");
  }
  const body = buf.subarray(startOfMessage(buf));
  const head = body.subarray(0, SNIFF);
  if (head.includes(0)) throw new MailReadError("This is not an email message: it holds binary data where the headers should be.");
  const firstLine = head.toString("latin1").split(/\r?\n/, 1)[0];
  if (!HEADER_LINE.test(firstLine)) {
    throw new MailReadError("This is not an email message: it does not start with a header such as From: or Subject:.");
  }
  const raw = body.toString("latin1");
  const open = unclosedBoundary(raw);
  if (open !== null) {
    throw new MailReadError(`The message is incomplete: MIME part "${open.slice(0, 40)}" never closes, so the file was probably cut short.`);
  }

  let email: Email;
  try {
    email = await PostalMime.parse(body, { attachmentEncoding: "arraybuffer", rfc822Attachments: true });
  } catch (error) {
    throw new MailReadError(`The message could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!email.headers.some((h) => ENVELOPE.has(h.key))) {
    throw new MailReadError("This is not an email message: it has none of the headers From, To, Subject or Date.");
  }

  const header = (key: string): string | undefined => email.headers.find((h) => h.key === key)?.value;
  const from = flatten(email.from ? [email.from] : [])[0] ?? flatten(email.sender ? [email.sender] : [])[0];
  const subject = email.subject ?? "";
  const cids = referencedContentIds(email.html);
  const threaded = Boolean((email.inReplyTo ?? "").trim() || (email.references ?? "").trim());
  const sensitivity = sensitivityOf(header("sensitivity"), header("msip_labels"));

  const draft = normalizeDraft({
    from: from ?? { name: "", address: "" },
    to: flatten(email.to),
    cc: flatten(email.cc),
    bcc: flatten(email.bcc),
    subject,
    body: email.html != null && email.html.trim() !== "" ? { type: "html", content: email.html } : { type: "text", content: email.text ?? "" },
    composeType: composeTypeOf(subject, threaded),
    attachments: email.attachments.map((a) =>
      toAttachment(
        {
          name: a.filename ?? a.description ?? (a.mimeType === "message/rfc822" ? "message.eml" : "attachment"),
          size: sizeOf(a.content),
          contentType: a.mimeType,
          disposition: a.disposition,
          contentId: a.contentId,
          related: a.related,
        },
        cids,
      ),
    ),
    ...(sensitivity ? { sensitivityLabel: sensitivity } : {}),
    flags: {},
  });
  return { draft, date: dateOf(email.date) };
}
