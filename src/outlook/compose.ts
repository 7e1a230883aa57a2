import { parseBody } from "../engine/body";
import { roleOf } from "../engine/check";
import { approvedSignature, signatureText } from "../engine/signature";
import { arrangeWaiver, insertSignature } from "./fixes";
import { setHeader } from "./header";
import { composeItem, officeCall, supportsMailbox, type EmailAddressLike, type OfficeHost } from "./office";
import type { LoadedPolicy } from "./policy-source";
import { SESSION_KEYS, SESSION_VALUE_LIMIT, readSession, writeSession } from "./session";

/**
 * Classic Outlook marks its automatic signature with a `_MailAutoSig` bookmark rather than an
 * element whose id says "signature"; the body reader does not know it, so cut the HTML there.
 */
const AUTO_SIGNATURE = /<a\b[^>]*\b(?:name|id)\s*=\s*["']?_MailAutoSig/i;

/**
 * Has the user written anything of their own? Their new text, that is: not an automatic
 * signature, not the quoted history of a reply or forward. White space does not count.
 */
export function hasUserText(html: string): boolean {
  const auto = html.search(AUTO_SIGNATURE);
  const body = parseBody({ type: "html", content: auto >= 0 ? html.slice(0, auto) : html });
  return /\S/.test(body.text.slice(body.newText.start, body.newText.end));
}

/** What the compose handler did, for the logs and the tests. */
export interface PrepareResult {
  /** False when the user had already written in the message, or the handler ran before. */
  untouched: boolean;
  signature: "inserted" | "skipped" | "failed";
  waiver: "arranged" | "skipped" | "failed";
  /** Problems met on the way; none stops the others. */
  errors: string[];
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Prepare a new message (OnNewMessageCompose): insert the approved signature for the sender's
 * role and arrange the waiver clause to be appended on send, recording both in sessionData;
 * keep the validated policy in sessionData so the send check needs no network; mark the message
 * `unchecked` in the audit header. A message the user has already written in keeps its body.
 */
export function prepareNewMessage(host: OfficeHost, loaded: LoadedPolicy): Promise<PrepareResult> {
  let item;
  try {
    item = composeItem(host);
  } catch (error) {
    return Promise.reject(error);
  }
  const policy = loaded.policy;
  const errors: string[] = [];
  const fromField = item.from;
  const bodyField = item.body;
  const from: Promise<EmailAddressLike | null> =
    supportsMailbox(host, "1.7") && fromField
      ? officeCall<EmailAddressLike>("from.getAsync", (cb) => fromField.getAsync(cb)).then(
          (v) => v,
          () => null,
        )
      : Promise.resolve(null);
  const body = officeCall<string>("body.getAsync", (cb) => bodyField.getAsync("html", cb));

  const record: Promise<unknown>[] = [];
  const remember = (key: string, value: string): void => {
    record.push(writeSession(host, key, value).catch((e) => errors.push(message(e))));
  };

  return Promise.all([body, from, readSession(host)]).then(([html, fromValue, session]) => {
    if (loaded.text && loaded.text.length <= SESSION_VALUE_LIMIT) remember(SESSION_KEYS.policy, loaded.text);
    remember(SESSION_KEYS.policyStatus, JSON.stringify(loaded.status));
    record.push(
      setHeader(host, policy.outlook.header, { verdict: "unchecked", rules: [], policy: policy.version, stage: "compose" }).catch((e) =>
        errors.push(message(e)),
      ),
    );

    const untouched = session[SESSION_KEYS.composeHandled] !== "1" && !hasUserText(html);
    if (!untouched) {
      return Promise.all(record).then((): PrepareResult => ({ untouched, signature: "skipped", waiver: "skipped", errors }));
    }
    remember(SESSION_KEYS.composeHandled, "1");

    const profile = host.mailbox.userProfile;
    const sender = fromValue && fromValue.emailAddress ? fromValue : profile;
    const address = { name: (sender && sender.displayName) || "", address: (sender && sender.emailAddress) || "" };
    const approved = approvedSignature(policy, roleOf(address.address, policy), address);
    const text = signatureText(approved);

    // One after the other: Outlook applies body changes in order, and the signature goes first.
    const signature: Promise<PrepareResult["signature"]> = text
      ? insertSignature(host, text).then(
          () => "inserted" as const,
          (e) => {
            errors.push(message(e));
            return "failed" as const;
          },
        )
      : Promise.resolve("skipped" as const);
    return signature.then((signatureDone) =>
      arrangeWaiver(host, policy.waiver.text)
        .then(
          () => "arranged" as const,
          (e) => {
            errors.push(message(e));
            return "failed" as const;
          },
        )
        .then((waiver) => Promise.all(record).then((): PrepareResult => ({ untouched, signature: signatureDone, waiver, errors }))),
    );
  });
}
