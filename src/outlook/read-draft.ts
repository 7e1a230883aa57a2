import { normalizeDraft, type ComposeType, type EmailDraft } from "../engine/draft";
import {
  composeItem,
  officeCall,
  supportsMailbox,
  type AttachmentLike,
  type EmailAddressLike,
  type LabelDetailsLike,
  type OfficeHost,
  type RecipientsLike,
} from "./office";
import { flagsFromSession, readSession, type SessionValues } from "./session";

export interface DraftReading {
  draft: EmailDraft;
  /** Everything in sessionData, for the policy the compose handler stored and the flags. */
  session: SessionValues;
}

const toAddress = (a: EmailAddressLike | null | undefined): { name: string; address: string } => ({
  name: (a && a.displayName) || "",
  address: (a && a.emailAddress) || "",
});

function recipients(field: "to" | "cc" | "bcc", list: RecipientsLike): Promise<EmailAddressLike[]> {
  return officeCall<EmailAddressLike[]>(`${field}.getAsync`, (cb) => list.getAsync(cb)).then((v) => (Array.isArray(v) ? v : []));
}

function findLabel(labels: LabelDetailsLike[] | null | undefined, id: string): string | undefined {
  for (const label of labels || []) {
    if (label && label.id === id) return label.name;
    const inner = findLabel(label && label.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** The Purview label's name, where the tenant uses labels (Mailbox 1.13); otherwise undefined. */
function sensitivityLabel(host: OfficeHost): Promise<string | undefined> {
  const item = composeItem(host);
  const catalog = host.sensitivityLabelsCatalog;
  if (!supportsMailbox(host, "1.13") || !item.sensitivityLabel || !catalog) return Promise.resolve(undefined);
  const label = item.sensitivityLabel;
  return Promise.all([
    officeCall<string>("sensitivityLabel.getAsync", (cb) => label.getAsync(cb)),
    officeCall<LabelDetailsLike[]>("sensitivityLabelsCatalog.getAsync", (cb) => catalog.getAsync(cb)),
  ]).then(
    ([id, labels]) => (id ? findLabel(labels, id) : undefined),
    () => undefined,
  );
}

function composeType(value: unknown): ComposeType {
  const type = value && typeof value === "object" ? (value as { composeType?: unknown }).composeType : value;
  return type === "reply" || type === "forward" ? type : "newMail";
}

/**
 * Read the message being composed into an {@link EmailDraft}. Every `getAsync` starts at once
 * (they run in parallel, which matters inside the send budget). The body, recipients, subject
 * and attachments are required: if one fails the promise rejects and the caller applies the
 * policy's failure outcome. The rest degrade: `from` falls back to the user's profile (shared
 * and delegate mailboxes aside, that is the sender), compose type to a new message, the label
 * to none, session data to empty.
 */
export function readDraft(host: OfficeHost, options: { session?: Promise<SessionValues> } = {}): Promise<DraftReading> {
  let item;
  try {
    item = composeItem(host);
  } catch (error) {
    return Promise.reject(error);
  }
  const it = item;
  const body = officeCall<string>("body.getAsync", (cb) => it.body.getAsync("html", cb));
  const to = recipients("to", it.to);
  const cc = recipients("cc", it.cc);
  const bcc = recipients("bcc", it.bcc);
  const subject = officeCall<string>("subject.getAsync", (cb) => it.subject.getAsync(cb));
  const fromField = it.from;
  const from =
    supportsMailbox(host, "1.7") && fromField
      ? officeCall<EmailAddressLike>("from.getAsync", (cb) => fromField.getAsync(cb)).then(
          (v) => v,
          () => null,
        )
      : Promise.resolve(null);
  const getAttachments = it.getAttachmentsAsync ? it.getAttachmentsAsync.bind(it) : undefined;
  const attachments =
    supportsMailbox(host, "1.8") && getAttachments
      ? officeCall<AttachmentLike[]>("getAttachmentsAsync", (cb) => getAttachments(cb)).then((v) => (Array.isArray(v) ? v : []))
      : Promise.resolve<AttachmentLike[]>([]);
  const getComposeType = it.getComposeTypeAsync ? it.getComposeTypeAsync.bind(it) : undefined;
  const type =
    supportsMailbox(host, "1.10") && getComposeType
      ? officeCall<unknown>("getComposeTypeAsync", (cb) => getComposeType(cb)).then(composeType, () => "newMail" as const)
      : Promise.resolve<ComposeType>("newMail");
  // The caller may have started reading sessionData already (the send handler needs the policy in it early).
  const session = options.session ?? readSession(host);
  const label = sensitivityLabel(host);

  return Promise.all([body, to, cc, bcc, subject, from, attachments, type, session, label]).then(
    ([html, toList, ccList, bccList, subjectText, fromValue, attachmentList, compose, values, labelName]) => {
      const sender = fromValue && fromValue.emailAddress ? fromValue : host.mailbox.userProfile;
      const draft = normalizeDraft({
        from: toAddress(sender),
        to: toList.map(toAddress),
        cc: ccList.map(toAddress),
        bcc: bccList.map(toAddress),
        subject: subjectText,
        body: { type: "html", content: html },
        composeType: compose,
        attachments: attachmentList.map((a) => ({
          name: a.name,
          size: a.size,
          contentType: a.contentType,
          isInline: a.isInline,
        })),
        sensitivityLabel: labelName,
        flags: flagsFromSession(values),
      });
      return { draft, session: values };
    },
  );
}
