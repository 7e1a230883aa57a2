import type { RecipientField } from "../engine/draft";
import type { Fix } from "../engine/rule";
import { composeItem, officeCall, supportsMailbox, type ComposeItemLike, type EmailAddressLike, type OfficeHost } from "./office";
import { SESSION_KEYS, writeSession } from "./session";

/**
 * Applying the engine's fixes to the message in Outlook. Like the engine's pure `applyFix`, each
 * only adds or moves: the user's words are never removed.
 */

/** appendOnSendAsync takes at most 5,000 characters. */
export const APPEND_ON_SEND_LIMIT = 5_000;

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Plain text as HTML: escaped, one `<br>` per line break, in a classed block (no inline CSS: Outlook drops it). */
export function textToHtml(text: string, className: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map(escapeHtml);
  return `<div class="${className}">${lines.join("<br>")}</div>`;
}

/** The body's format: "html" unless Outlook says the message is plain text. */
export function bodyType(host: OfficeHost): Promise<"html" | "text"> {
  const body = composeItem(host).body;
  if (!body.getTypeAsync) return Promise.resolve("html");
  const getType = body.getTypeAsync.bind(body);
  return officeCall<string>("body.getTypeAsync", (cb) => getType(cb)).then(
    (t) => (t === "text" ? "text" : "html"),
    () => "html" as const,
  );
}

/**
 * Insert a signature (Mailbox 1.10): turn off the user's own Outlook signature for this message
 * first, so theirs does not appear beside the approved one, then set ours. `html` is used as is
 * for HTML bodies; plain-text bodies get `text`.
 */
export function insertSignature(host: OfficeHost, text: string): Promise<void> {
  const item = composeItem(host);
  const body = item.body;
  if (!supportsMailbox(host, "1.10") || !body.setSignatureAsync) {
    return Promise.reject(new Error("setSignatureAsync is not supported (Mailbox 1.10)"));
  }
  const setSignature = body.setSignatureAsync.bind(body);
  const disable = item.disableClientSignatureAsync ? item.disableClientSignatureAsync.bind(item) : undefined;
  const disabled = disable
    ? officeCall<void>("disableClientSignatureAsync", (cb) => disable(cb)).then(
        () => undefined,
        () => undefined, // Ours still goes in; the approved-signature rule catches a second one.
      )
    : Promise.resolve();
  return disabled
    .then(() => bodyType(host))
    .then((type) =>
      officeCall<void>("body.setSignatureAsync", (cb) =>
        setSignature(type === "html" ? textToHtml(text, "council-signature") : text, { coercionType: type }, cb),
      ),
    )
    .then(() => writeSession(host, SESSION_KEYS.signatureInserted, "1").catch(() => undefined));
}

/**
 * Arrange for Outlook to append the waiver clause when the message is sent (Mailbox 1.9, and the
 * AppendOnSend extended permission), and record it in sessionData so the send check counts it.
 * Outlook appends at the very end of the body: after the signature, and after any quoted history.
 */
export function arrangeWaiver(host: OfficeHost, waiver: string): Promise<void> {
  const body = composeItem(host).body;
  if (!supportsMailbox(host, "1.9") || !body.appendOnSendAsync) {
    return Promise.reject(new Error("appendOnSendAsync is not supported (Mailbox 1.9)"));
  }
  const append = body.appendOnSendAsync.bind(body);
  return bodyType(host)
    .then((type) => {
      const data = type === "html" ? `<br>${textToHtml(waiver, "council-waiver")}` : `\n\n${waiver}`;
      if (data.length > APPEND_ON_SEND_LIMIT) throw new Error("The waiver clause is longer than appendOnSendAsync allows (5,000 characters)");
      return officeCall<void>("body.appendOnSendAsync", (cb) => append(data, { coercionType: type }, cb));
    })
    .then(() => writeSession(host, SESSION_KEYS.waiverAppendOnSend, "1").catch(() => undefined));
}

const same = (a: string | undefined, b: string): boolean => (a || "").trim().toLowerCase() === b.trim().toLowerCase();

function field(item: ComposeItemLike, name: RecipientField) {
  const list = item[name];
  const get = (): Promise<EmailAddressLike[]> =>
    officeCall<EmailAddressLike[]>(`${name}.getAsync`, (cb) => list.getAsync(cb)).then((v) => (Array.isArray(v) ? v : []));
  const set = (recipients: EmailAddressLike[]): Promise<void> => {
    if (!list.setAsync) return Promise.reject(new Error(`${name}.setAsync is not available`));
    const setAsync = list.setAsync.bind(list);
    // Give Outlook plain {displayName, emailAddress}: it refuses the richer objects it handed out.
    const plain = recipients.map((r) => ({ displayName: r.displayName || r.emailAddress || "", emailAddress: r.emailAddress || "" }));
    return officeCall<void>(`${name}.setAsync`, (cb) => setAsync(plain, cb));
  };
  return { get, set };
}

/** Apply one of the engine's fixes to the message in Outlook. Rejects if Outlook refuses. */
export function applyFixInOutlook(host: OfficeHost, fix: Fix): Promise<void> {
  let item: ComposeItemLike;
  try {
    item = composeItem(host);
  } catch (error) {
    return Promise.reject(error);
  }
  switch (fix.kind) {
    case "insert-signature":
      return insertSignature(host, fix.text);
    case "append-waiver":
      return arrangeWaiver(host, fix.text);
    case "move-to-bcc": {
      const to = field(item, "to");
      const cc = field(item, "cc");
      const bcc = field(item, "bcc");
      return Promise.all([to.get(), cc.get(), bcc.get()]).then(([toList, ccList, bccList]) => {
        const moving = (r: EmailAddressLike): boolean => fix.addresses.some((a) => same(r.emailAddress, a));
        const moved = [...toList, ...ccList].filter(moving);
        const fresh = moved.filter((r, i) => !bccList.some((b) => same(b.emailAddress, r.emailAddress || "")) && moved.findIndex((m) => same(m.emailAddress, r.emailAddress || "")) === i);
        // Add to Bcc first: if Outlook refuses, nobody has been taken off To or Cc.
        return bcc
          .set([...bccList, ...fresh])
          .then(() => Promise.all([to.set(toList.filter((r) => !moving(r))), cc.set(ccList.filter((r) => !moving(r)))]))
          .then(() => undefined);
      });
    }
    case "remove-recipient": {
      const list = field(item, fix.field);
      return list.get().then((current) => list.set(current.filter((r) => !same(r.emailAddress, fix.address))));
    }
    case "replace-recipient": {
      const list = field(item, fix.field);
      return list.get().then((current) => {
        const already = current.some((r) => same(r.emailAddress, fix.replacement));
        const next: EmailAddressLike[] = [];
        for (const r of current) {
          if (!same(r.emailAddress, fix.address)) next.push(r);
          // The same person at another address, as the engine's fix has it: keep their name.
          else if (!already) next.push({ displayName: r.displayName || fix.replacement.trim(), emailAddress: fix.replacement.trim() });
        }
        return list.set(next);
      });
    }
  }
}
