import { join } from "path";
import { writeMsg } from "./msg-writer";

/** The mail fixtures folder. */
export const MAIL = join(__dirname, "../../fixtures/mail");

const DOMAIN = "leighonseatowncouncil.gov.uk";

export const WAIVER =
  "This email and any attachments are intended only for the named recipient and may contain confidential information. If you have received it in error, please notify the sender and delete it. Any views expressed by a councillor are their own and are not necessarily those of Leigh-on-Sea Town Council. Emails sent to and from the Council may be disclosed under the Freedom of Information Act 2000 or data protection legislation.";

const OFFICER_SIGNATURE = [
  "Jane Bennett",
  "Town Clerk",
  "Leigh-on-Sea Town Council",
  "71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP",
  "Tel: 01702 716288",
  "www.leighonseatowncouncil.gov.uk",
];

/** A 1×1 transparent PNG, as an inline logo. */
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

/** A PDF-shaped document, over 4 KB so it is stored in ordinary sectors, not the mini stream. */
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n" + "% Finance Committee draft report, figures to follow.\n".repeat(100) + "1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** Bytes from a fixed-seed generator: the same "random" junk on every run. */
function junk(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

export function officerReportMsg(): Uint8Array {
  const html =
    `<html><body><p>Dear Councillor Smith,</p>` +
    `<p>Please find attached the draft report for the Finance Committee on 12 March. I would be grateful for any comments by Friday.</p>` +
    `<p>Kind regards,</p>` +
    `<p>${OFFICER_SIGNATURE.join("<br>")}</p>` +
    `<p><img src="cid:crest@leighonseatowncouncil.gov.uk" alt="Council crest"></p>` +
    `<p>${WAIVER}</p></body></html>`;
  return writeMsg({
    subject: "Draft report for the Finance Committee",
    senderName: "Jane Bennett",
    senderEmail: `clerk@${DOMAIN}`,
    recipients: [
      { name: "Peter Smith", email: `cllr.smith@${DOMAIN}`, type: "to" },
      { name: "Tom Harris", email: `tom.harris@${DOMAIN}`, type: "cc" },
      { name: "Finance Officer", email: `finance@${DOMAIN}`, type: "bcc" },
    ],
    body: `Dear Councillor Smith,\r\n\r\nPlease find attached the draft report for the Finance Committee on 12 March.\r\n\r\n${OFFICER_SIGNATURE.join("\r\n")}\r\n\r\n${WAIVER}\r\n`,
    html,
    sensitivity: 2,
    submitTime: new Date("2025-02-10T09:30:00Z"),
    messageId: `<report-2025-02@${DOMAIN}>`,
    attachments: [
      { fileName: "Finance report draft.pdf", mimeType: "application/pdf", data: PDF },
      { fileName: "crest.png", mimeType: "image/png", data: PNG, contentId: `crest@${DOMAIN}`, hidden: true },
    ],
  });
}

export function councillorReplyMsg(): Uint8Array {
  return writeMsg({
    subject: "RE: Allotment fees",
    senderName: "Mary Jones",
    senderEmail: `cllr.jones@${DOMAIN}`,
    recipients: [{ name: "Jane Bennett", email: `clerk@${DOMAIN}`, type: "to" }],
    body:
      "Thanks Jane, that all looks sensible to me.\r\n\r\nCllr Mary Jones\r\nLeigh-on-Sea Town Council\r\n\r\n" +
      "From: Jane Bennett <clerk@leighonseatowncouncil.gov.uk>\r\nSent: 03 March 2025 09:12\r\nTo: Mary Jones <cllr.jones@leighonseatowncouncil.gov.uk>\r\nSubject: Allotment fees\r\n\r\n" +
      "Dear Mary, the proposed allotment fees for 2025/26 are attached to the agenda.\r\n",
    submitTime: new Date("2025-03-03T10:05:00Z"),
    inReplyTo: `<allotments-0303@${DOMAIN}>`,
  });
}

/** A compound file whose FAT chain for the directory loops back on itself. */
export function loopingMsg(): Uint8Array {
  const bytes = councillorReplyMsg().slice();
  const view = new DataView(bytes.buffer);
  const dirStart = view.getUint32(0x30, true);
  // FAT sector 0 starts at byte 512: point the directory's sector at itself.
  view.setUint32(512 + dirStart * 4, dirStart, true);
  return bytes;
}

/** Every generated fixture, by its path under test/fixtures/mail. */
export function generatedFixtures(): Record<string, Uint8Array> {
  const report = officerReportMsg();
  return {
    "msg/officer-report.msg": report,
    "msg/councillor-reply.msg": councillorReplyMsg(),
    "malformed/truncated.msg": report.slice(0, 1536),
    "malformed/looping.msg": loopingMsg(),
    "malformed/binary-junk.eml": junk(2048),
  };
}
