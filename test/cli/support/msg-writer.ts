import { writeCfb, type CfbNode, type CfbStream } from "./cfb-writer";

/**
 * Writes Outlook .msg files ([MS-OXMSG]): MAPI properties in a compound file. Strings are
 * Unicode (PT_UNICODE, 0x001F) in `__substg1.0_TTTTYYYY` streams; fixed-size values sit in each
 * object's `__properties_version1.0` stream; recipients and attachments are sub-storages.
 */

export interface MsgRecipient {
  name: string;
  email: string;
  type: "to" | "cc" | "bcc";
}

export interface MsgAttachment {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
  /** Content-ID of an image the HTML shows inline (`cid:`). */
  contentId?: string;
  hidden?: boolean;
}

export interface MsgSpec {
  messageClass?: string;
  subject: string;
  senderName: string;
  senderEmail: string;
  recipients: MsgRecipient[];
  body?: string;
  html?: string;
  /** PR_SENSITIVITY: 0 normal, 1 personal, 2 private, 3 company-confidential. */
  sensitivity?: number;
  submitTime?: Date;
  inReplyTo?: string;
  messageId?: string;
  /** PR_TRANSPORT_MESSAGE_HEADERS, as Outlook keeps them for received mail. */
  transportHeaders?: string;
  attachments?: MsgAttachment[];
}

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_SYSTIME = 0x0040;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;

/** The CLSID of an IMessage, which Outlook gives the root storage. */
const CLSID_MESSAGE = new Uint8Array([0x0b, 0x0d, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);

type Value = { type: typeof PT_LONG; value: number } | { type: typeof PT_BOOLEAN; value: boolean } | { type: typeof PT_SYSTIME; value: Date } | { type: typeof PT_UNICODE; value: string } | { type: typeof PT_BINARY; value: Uint8Array };

type Props = [id: number, value: Value][];

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, "0");

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** A FILETIME: 100-nanosecond intervals since 1601-01-01 UTC. */
function filetime(d: Date): bigint {
  return (BigInt(d.getTime()) + 11644473600000n) * 10000n;
}

/** The object's streams: one per variable-length property, and the property stream. */
function propertyStreams(props: Props, header: Uint8Array): CfbStream[] {
  const streams: CfbStream[] = [];
  const table = new Uint8Array(header.length + props.length * 16);
  table.set(header, 0);
  const view = new DataView(table.buffer);
  props.forEach(([id, v], i) => {
    const o = header.length + i * 16;
    view.setUint32(o, ((id << 16) | v.type) >>> 0, true);
    view.setUint32(o + 4, 0x00000006, true); // PROPATTR_READABLE | PROPATTR_WRITABLE
    switch (v.type) {
      case PT_LONG:
        view.setUint32(o + 8, v.value >>> 0, true);
        break;
      case PT_BOOLEAN:
        view.setUint16(o + 8, v.value ? 1 : 0, true);
        break;
      case PT_SYSTIME:
        view.setBigUint64(o + 8, filetime(v.value), true);
        break;
      case PT_UNICODE: {
        const data = utf16(v.value);
        view.setUint32(o + 8, data.length + 2, true); // the size counts the terminating null
        streams.push({ name: `__substg1.0_${hex(id, 4)}${hex(v.type, 4)}`, data });
        break;
      }
      case PT_BINARY:
        view.setUint32(o + 8, v.value.length, true);
        streams.push({ name: `__substg1.0_${hex(id, 4)}${hex(v.type, 4)}`, data: v.value });
        break;
    }
  });
  streams.push({ name: "__properties_version1.0", data: table });
  return streams;
}

const str = (value: string): Value => ({ type: PT_UNICODE, value });
const long = (value: number): Value => ({ type: PT_LONG, value });

/** Build an Outlook .msg file. */
export function writeMsg(spec: MsgSpec): Uint8Array {
  const recipients = spec.recipients;
  const attachments = spec.attachments ?? [];
  const prefix = /^((?:RE|FW|FWD):\s*)/i.exec(spec.subject)?.[1] ?? "";
  const root: Props = [
    [0x001a, str(spec.messageClass ?? "IPM.Note")],
    [0x0037, str(spec.subject)],
    [0x003d, str(prefix)],
    [0x0e1d, str(spec.subject.slice(prefix.length))],
    [0x0c1a, str(spec.senderName)],
    [0x0c1e, str("SMTP")],
    [0x0c1f, str(spec.senderEmail)],
    [0x5d01, str(spec.senderEmail)],
    [0x0042, str(spec.senderName)],
    [0x5d02, str(spec.senderEmail)],
    [0x0e04, str(recipients.filter((r) => r.type === "to").map((r) => r.name).join("; "))],
    [0x0e03, str(recipients.filter((r) => r.type === "cc").map((r) => r.name).join("; "))],
    [0x0e07, long(spec.submitTime ? 0x1 : 0x8)], // MSGFLAG_READ, or MSGFLAG_UNSENT for a draft
    [0x0e1b, { type: PT_BOOLEAN, value: attachments.length > 0 }],
    [0x340d, long(0x00040000)], // STORE_UNICODE_OK
    [0x3fde, long(65001)], // PR_INTERNET_CPID: UTF-8
    [0x0036, long(spec.sensitivity ?? 0)],
  ];
  if (spec.body !== undefined) root.push([0x1000, str(spec.body)]);
  if (spec.html !== undefined) root.push([0x1013, { type: PT_BINARY, value: new TextEncoder().encode(spec.html) }]);
  if (spec.submitTime) {
    root.push([0x0039, { type: PT_SYSTIME, value: spec.submitTime }]);
    root.push([0x0e06, { type: PT_SYSTIME, value: spec.submitTime }]);
  }
  if (spec.inReplyTo) root.push([0x1042, str(spec.inReplyTo)]);
  if (spec.messageId) root.push([0x1035, str(spec.messageId)]);
  if (spec.transportHeaders) root.push([0x007d, str(spec.transportHeaders)]);

  const header = new Uint8Array(32);
  const hv = new DataView(header.buffer);
  hv.setUint32(8, recipients.length, true); // next recipient id
  hv.setUint32(12, attachments.length, true); // next attachment id
  hv.setUint32(16, recipients.length, true);
  hv.setUint32(20, attachments.length, true);

  const children: CfbNode[] = [
    ...propertyStreams(root, header),
    {
      name: "__nameid_version1.0",
      children: [
        { name: "__substg1.0_00020102", data: new Uint8Array(0) },
        { name: "__substg1.0_00030102", data: new Uint8Array(0) },
        { name: "__substg1.0_00040102", data: new Uint8Array(0) },
      ],
    },
  ];
  recipients.forEach((r, i) => {
    const props: Props = [
      [0x0c15, long(r.type === "to" ? 1 : r.type === "cc" ? 2 : 3)],
      [0x3000, long(i)],
      [0x3001, str(r.name)],
      [0x3002, str("SMTP")],
      [0x3003, str(r.email)],
      [0x39fe, str(r.email)],
      [0x3900, long(0)],
    ];
    children.push({ name: `__recip_version1.0_#${hex(i, 8)}`, children: propertyStreams(props, new Uint8Array(8)) });
  });
  attachments.forEach((a, i) => {
    const dot = a.fileName.lastIndexOf(".");
    const props: Props = [
      [0x3705, long(1)], // ATTACH_BY_VALUE
      [0x370b, long(0xffffffff)],
      [0x0e21, long(i)],
      [0x0e20, long(a.data.length)],
      [0x3001, str(a.fileName)],
      [0x3707, str(a.fileName)],
      [0x3704, str(a.fileName.slice(0, 12))],
      [0x3703, str(dot >= 0 ? a.fileName.slice(dot) : "")],
      [0x370e, str(a.mimeType)],
      [0x3701, { type: PT_BINARY, value: a.data }],
    ];
    if (a.contentId) {
      props.push([0x3712, str(a.contentId)]);
      props.push([0x3714, long(4)]); // ATT_MHTML_REF
    }
    if (a.hidden) props.push([0x7ffe, { type: PT_BOOLEAN, value: true }]);
    children.push({ name: `__attach_version1.0_#${hex(i, 8)}`, children: propertyStreams(props, new Uint8Array(8)) });
  });
  return writeCfb(children, CLSID_MESSAGE);
}
