import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import { normalizeDraft, type Address } from "../../engine/draft";
import { compoundFileProblem } from "./cfb";
import {
  cleanAddresses,
  composeTypeOf,
  dateOf,
  MailReadError,
  referencedContentIds,
  sensitivityOf,
  sensitivityOfMapi,
  toAttachment,
  type MailMessage,
} from "./message";

/** MAPI property tags the reader does not name, read from its raw properties. */
const PR_SENSITIVITY = "00360003";
const PR_IN_REPLY_TO_ID = "1042001f";
const PR_INTERNET_REFERENCES = "1039001f";

/** Item classes that are email: notes, meeting requests and responses, delivery reports. */
const MAIL_CLASS = /^(?:IPM\.Note|IPM\.Schedule\.Meeting|REPORT\.IPM\.Note)(?:\.|$)/i;

/** The transport headers Outlook keeps for received mail, unfolded, by lower-case name. */
function transportHeaders(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!text) return out;
  const end = text.search(/\r?\n\r?\n/);
  const unfolded = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const m = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (m && !out.has(m[1].toLowerCase())) out.set(m[1].toLowerCase(), m[2].trim());
  }
  return out;
}

function addressFromHeader(value: string | undefined): Address | null {
  if (!value) return null;
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(value);
  if (m) return { name: m[1].trim(), address: m[2].trim() };
  const bare = /[^\s<>",;]+@[^\s<>",;]+/.exec(value);
  return bare ? { name: "", address: bare[0] } : null;
}

const looksSmtp = (s: string | undefined): s is string => typeof s === "string" && /^[^\s@/]+@[^\s@]+$/.test(s.trim());

function decodeHtml(bytes: Uint8Array, codepage: number | undefined): string {
  const label = codepage === 65001 || codepage === undefined ? "utf-8" : `windows-${codepage}`;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function raw(fields: FieldsData, tag: string): string | number | undefined {
  const prop = fields.rawProps?.find((p) => p.propertyTag === tag);
  const value = prop?.value as unknown;
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

/**
 * Read an Outlook .msg (a compound file of MAPI properties) with msgreader and map it to a
 * draft. The file's structure is checked first, so a corrupt one is an error, not a hang.
 */
export function parseMsg(buf: Buffer): MailMessage {
  if (buf.length === 0) throw new MailReadError("The file is empty.");
  const problem = compoundFileProblem(buf);
  if (problem) throw new MailReadError(`This is not a readable Outlook .msg file: ${problem}.`);

  let fields: FieldsData;
  // The reader logs some decoding problems with console.debug, which would mix into stdout.
  const debug = console.debug;
  try {
    console.debug = () => undefined;
    const reader = new MsgReader(new DataView(buf.buffer, buf.byteOffset, buf.byteLength));
    reader.parserConfig = { includeRawProps: true };
    fields = reader.getFileData();
  } catch (error) {
    throw new MailReadError(`The .msg file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    console.debug = debug;
  }
  if (fields.error || fields.dataType !== "msg") throw new MailReadError(`The .msg file could not be read: ${fields.error ?? "unknown format"}.`);
  if (typeof fields.messageClass === "string" && fields.messageClass && !MAIL_CLASS.test(fields.messageClass)) {
    throw new MailReadError(`This Outlook item is not an email message (it is a ${fields.messageClass}).`);
  }

  try {
    return toMessage(fields);
  } catch (error) {
    // A damaged file can give a property the wrong type; say so rather than crash.
    throw new MailReadError(`The .msg file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A string property, or undefined when it is missing or (in a damaged file) not a string. */
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function toMessage(fields: FieldsData): MailMessage {
  const headers = transportHeaders(text(fields.headers));
  const senderAddress = [fields.senderSmtpAddress, fields.sentRepresentingSmtpAddress, fields.senderEmail, fields.creatorSMTPAddress].find(looksSmtp);
  const fromHeader = addressFromHeader(headers.get("from"));
  const senderName = text(fields.senderName);
  const from: Address = senderAddress
    ? { name: senderName ?? fromHeader?.name ?? "", address: senderAddress.trim() }
    : (fromHeader ?? { name: senderName ?? "", address: "" });

  const recipients: Record<"to" | "cc" | "bcc", Address[]> = { to: [], cc: [], bcc: [] };
  for (const r of fields.recipients ?? []) {
    const address = [r.smtpAddress, r.email].find(looksSmtp) ?? "";
    const type = r.recipType === "cc" || r.recipType === "bcc" ? r.recipType : "to";
    recipients[type].push({ name: text(r.name) ?? "", address: address.trim() });
  }

  const html = text(fields.bodyHtml) ?? (fields.html instanceof Uint8Array ? decodeHtml(fields.html, fields.internetCodepage) : undefined);
  const cids = referencedContentIds(html);
  const subject = text(fields.subject) ?? "";
  const inReplyTo = raw(fields, PR_IN_REPLY_TO_ID) ?? headers.get("in-reply-to");
  const references = raw(fields, PR_INTERNET_REFERENCES) ?? headers.get("references");
  const threaded = Boolean(String(inReplyTo ?? "").trim() || String(references ?? "").trim());
  const mapiSensitivity = raw(fields, PR_SENSITIVITY);
  const sensitivity =
    sensitivityOfMapi(typeof mapiSensitivity === "number" ? mapiSensitivity : undefined) ??
    sensitivityOf(headers.get("sensitivity"), headers.get("msip_labels"));

  const draft = normalizeDraft({
    from,
    to: cleanAddresses(recipients.to),
    cc: cleanAddresses(recipients.cc),
    bcc: cleanAddresses(recipients.bcc),
    subject,
    body: html != null && html.trim() !== "" ? { type: "html", content: html } : { type: "text", content: text(fields.body) ?? "" },
    composeType: composeTypeOf(subject, threaded),
    attachments: (fields.attachments ?? []).map((a) =>
      toAttachment(
        {
          name: text(a.fileName) ?? text(a.fileNameShort) ?? (a.innerMsgContent ? `${text(a.name) ?? "message"}.msg` : (text(a.name) ?? "attachment")),
          size: typeof a.contentLength === "number" ? a.contentLength : 0,
          contentType: text(a.attachMimeTag) ?? (a.innerMsgContent ? "application/vnd.ms-outlook" : ""),
          contentId: text(a.pidContentId),
          hidden: a.attachmentHidden === true,
        },
        cids,
      ),
    ),
    ...(sensitivity ? { sensitivityLabel: sensitivity } : {}),
    flags: {},
  });
  const date = dateOf(text(fields.clientSubmitTime)) ?? dateOf(text(fields.messageDeliveryTime)) ?? dateOf(headers.get("date"));
  return { draft, date };
}
