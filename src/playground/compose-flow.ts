import type { ManifestInfo } from "./manifest";
import { EMPTY_LINE, type ComposeItem, type OfficeEmulator, type Person } from "./office-emulator";
import { composeTypeOf, quotedHistory, replyRecipients, subjectFor, type ComposeAction, type Identity, type ReceivedMail, type Sample } from "./samples";
import { parseInert, textToParagraphs } from "./sanitize";
import { runCompose } from "./send";

/**
 * Opening a compose window the way Outlook does: the item is created (recipients and quoted
 * history already there for a reply), the add-in's OnNewMessageCompose handler runs and
 * completes, and only then does the user type.
 */

export interface ComposeRequest {
  identity: Identity;
  action: ComposeAction;
  original?: ReceivedMail;
  to?: Person[];
  cc?: Person[];
  bcc?: Person[];
  subject?: string;
  /** What the user then types at the top of the body. */
  text?: string;
  attachments?: { name: string; size: number }[];
}

export interface ComposeSettings {
  /** Run the add-in's OnNewMessageCompose handler (Outlook does for admin-deployed add-ins). */
  runComposeHandler: boolean;
}

/**
 * Insert what the user typed at the top of the body, above the empty line a new message starts
 * with (so a line stays free above the signature and any quoted history).
 */
export function typeAtTop(bodyHtml: string, text: string): string {
  const doc = parseInert(bodyHtml);
  const body = doc.body;
  const typed = parseInert(textToParagraphs(text)).body;
  body.prepend(...Array.from(typed.childNodes).map((n) => doc.importNode(n, true)));
  return body.innerHTML;
}

/** Open a compose window and, if asked, let the add-in's compose handler prepare it. */
export async function openCompose(emulator: OfficeEmulator, manifest: ManifestInfo, request: ComposeRequest, settings: ComposeSettings): Promise<ComposeItem> {
  const me = request.identity.person;
  emulator.userProfile = me;
  const original = request.original;
  const replying = request.action === "reply" || request.action === "replyAll";
  const recipients = replying && original ? replyRecipients(original, me, request.action === "replyAll") : { to: [], cc: [] };
  const item = emulator.compose({
    from: me,
    to: recipients.to,
    cc: recipients.cc,
    subject: original ? subjectFor(request.action, original.subject) : "",
    bodyHtml: original ? EMPTY_LINE + quotedHistory(original) : EMPTY_LINE,
    composeType: composeTypeOf(request.action),
    // A forward carries the original's attachments.
    attachments: request.action === "forward" && original ? original.attachments : [],
  });
  if (settings.runComposeHandler) await runCompose(emulator, manifest);
  if (emulator.item !== item) return item;
  if (request.to?.length) item.userSetRecipients("to", [...item.to, ...request.to]);
  if (request.cc?.length) item.userSetRecipients("cc", [...item.cc, ...request.cc]);
  if (request.bcc?.length) item.userSetRecipients("bcc", [...item.bcc, ...request.bcc]);
  if (request.subject !== undefined) item.userSetSubject(request.subject);
  for (const a of request.attachments ?? []) item.userAddAttachment(a.name, a.size);
  if (request.text) item.replaceBody(typeAtTop(item.bodyHtml, request.text));
  return item;
}

/** The compose request for a sample draft. */
export function sampleRequest(sample: Sample, identities: Identity[], mails: ReceivedMail[]): ComposeRequest {
  return {
    identity: sample.from(identities),
    action: sample.action,
    original: sample.original ? mails.find((m) => m.id === sample.original) : undefined,
    to: typeof sample.to === "function" ? sample.to(identities) : sample.to,
    cc: sample.cc,
    bcc: sample.bcc,
    subject: sample.subject,
    text: sample.text,
    attachments: sample.attachments,
  };
}
