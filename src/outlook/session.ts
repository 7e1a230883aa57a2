import type { DraftFlags } from "../engine/draft";
import { officeCall, supportsMailbox, type ComposeItemLike, type OfficeHost } from "./office";

/**
 * `item.sessionData` (Mailbox 1.11) is what the compose handler, the send handler and the task
 * pane share about one message. Every key is ours, so they carry a prefix; values are strings.
 */
export const SESSION_KEYS = {
  /** "1": the compose handler ran for this message (it never runs twice). */
  composeHandled: "etq.composeHandled",
  /** "1": the waiver clause is arranged with `appendOnSendAsync`. */
  waiverAppendOnSend: "etq.waiverAppendOnSend",
  /** "1": the approved signature was inserted with `setSignatureAsync`. */
  signatureInserted: "etq.signatureInserted",
  /** The policy text the compose handler loaded and validated, so Send needs no network. */
  policy: "etq.policy",
  /** JSON {@link PolicyStatus} of that policy, for the task pane. */
  policyStatus: "etq.policyStatus",
  /** Fingerprint of a draft warned about on a client without Send Anyway (below Mailbox 1.14). */
  warned: "etq.warned",
} as const;

export type SessionValues = Record<string, string>;

/** sessionData keeps at most 50,000 characters per add-in: keep well inside it. */
export const SESSION_VALUE_LIMIT = 30_000;

function sessionOf(host: OfficeHost): ComposeItemLike["sessionData"] | undefined {
  const item = host.mailbox && host.mailbox.item;
  return item && supportsMailbox(host, "1.11") ? item.sessionData : undefined;
}

/** Read every session value. Resolves `{}` where sessionData is unsupported or fails. */
export function readSession(host: OfficeHost): Promise<SessionValues> {
  const session = sessionOf(host);
  if (!session) return Promise.resolve({});
  return officeCall<unknown>("sessionData.getAllAsync", (cb) => session.getAllAsync(cb)).then(
    (value) => {
      // Some clients give an object, some its JSON text.
      let data: unknown = value;
      if (typeof data === "string") {
        try {
          data = JSON.parse(data);
        } catch {
          data = {};
        }
      }
      const out: SessionValues = {};
      if (data && typeof data === "object") {
        for (const key of Object.keys(data)) {
          const v = (data as Record<string, unknown>)[key];
          if (typeof v === "string") out[key] = v;
        }
      }
      return out;
    },
    () => ({}),
  );
}

/** Write one session value. Rejects when sessionData is unsupported or the write fails. */
export function writeSession(host: OfficeHost, key: string, value: string): Promise<void> {
  const session = sessionOf(host);
  if (!session) return Promise.reject(new Error("sessionData is not supported (Mailbox 1.11)"));
  if (value.length > SESSION_VALUE_LIMIT) return Promise.reject(new Error(`${key} is too long for sessionData`));
  return officeCall<void>("sessionData.setAsync", (cb) => session.setAsync(key, value, cb));
}

/** The draft flags recorded by compose-time fixes. */
export function flagsFromSession(values: SessionValues): DraftFlags {
  return {
    ...(values[SESSION_KEYS.waiverAppendOnSend] === "1" ? { waiverAppendOnSend: true } : {}),
    ...(values[SESSION_KEYS.signatureInserted] === "1" ? { signatureInserted: true } : {}),
  };
}
