import { applyFixInOutlook } from "../outlook/fixes";
import { officeCall, supportsMailbox, type AttachmentLike, type EmailAddressLike, type OfficeHost } from "../outlook/office";
import { loadPolicy, roamingPolicyCache, type FetchLike } from "../outlook/policy-source";
import { readDraft } from "../outlook/read-draft";
import { hostTimers } from "../outlook/timers";
import type { PaneAdapter, PaneTheme, ReceivedMessage } from "./adapter";

/** Office.js item events, by their string values (`Office.EventType`), so no global is needed. */
const ITEM_EVENTS = ["olkRecipientsChanged", "olkAttachmentsChanged", "olkSensitivityLabelChanged"] as const;
const ITEM_CHANGED = "olkItemSelectedChanged";
const CONTEXT_CHANGED = "olkInitializationContextChanged";

type Handlers = {
  addHandlerAsync?(type: string, handler: (args?: unknown) => void, callback?: (r: { status: string }) => void): void;
  removeHandlerAsync?(type: string, callback?: (r: { status: string }) => void): void;
};

/** The read-mode item, as far as the attachment check reads it. */
interface ReadItemLike {
  from?: EmailAddressLike | null;
  subject?: string;
  attachments?: AttachmentLike[] | null;
  getInitializationContextAsync?(callback: (r: { status: string; value: unknown }) => void): void;
}

export interface OfficeAdapterOptions {
  /** Where policy.json is served beside the pane (default: next to the page). */
  policyUrl?: string;
  fetch?: FetchLike;
  theme?: PaneTheme;
}

/** An array as Office.js gives it; array-like objects (as some hosts and mocks give) read as arrays. */
function listOf<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === "object" && !(value instanceof String)) return Object.keys(value).filter((k) => /^\d+$/.test(k)).map((k) => (value as Record<string, T>)[k]);
  return [];
}

/** Is the current item being composed? Compose items have `to.getAsync`; read items plain values. */
function isCompose(host: OfficeHost): boolean {
  const item = host.mailbox.item as unknown as { to?: { getAsync?: unknown } } | null | undefined;
  return !!item && !!item.to && typeof item.to.getAsync === "function";
}

/**
 * The task pane's window on Outlook: the same adapter code the event handlers use (reading the
 * draft, applying fixes, loading the policy with its fallback), behind the {@link PaneAdapter}
 * the components know.
 */
export function createOfficeAdapter(host: OfficeHost, options: OfficeAdapterOptions = {}): PaneAdapter {
  const mailbox = host.mailbox as OfficeHost["mailbox"] & Handlers;
  return {
    mode: isCompose(host) ? "compose" : "read",
    theme: options.theme,
    loadPolicy: () =>
      // With timers, a policy.json that never answers falls back to the last good policy.
      loadPolicy({ url: options.policyUrl, fetch: options.fetch, timers: hostTimers(), cache: roamingPolicyCache(host.roamingSettings) }).then((loaded) => ({
        policy: loaded.policy,
        status: loaded.status,
      })),
    readDraft: () => readDraft(host).then((r) => r.draft),
    readMessage: async (): Promise<ReceivedMessage> => {
      const item = host.mailbox.item as unknown as ReadItemLike | null | undefined;
      if (!item) throw new Error("There is no message open");
      const from = item.from || {};
      return {
        from: { name: from.displayName || "", address: from.emailAddress || "" },
        subject: item.subject || "",
        attachments: listOf<AttachmentLike>(item.attachments).map((a) => ({
          name: a.name || "",
          size: a.size || 0,
          contentType: a.contentType || "",
          isInline: a.isInline === true,
        })),
      };
    },
    applyFix: (fix) => applyFixInOutlook(host, fix),
    onItemChanged(listener) {
      const item = host.mailbox.item as unknown as Handlers | null | undefined;
      const added: [Handlers, string][] = [];
      const add = (target: Handlers | null | undefined, type: string) => {
        if (!target || typeof target.addHandlerAsync !== "function") return;
        try {
          target.addHandlerAsync(type, listener, (r) => r && r.status === "succeeded" && added.push([target, type]));
        } catch {
          // An older client without this event: the timer still re-checks.
        }
      };
      for (const type of ITEM_EVENTS) add(item, type);
      add(mailbox, ITEM_CHANGED);
      return () => {
        for (const [target, type] of added) {
          try {
            target.removeHandlerAsync?.(type);
          } catch {
            // Nothing to undo.
          }
        }
      };
    },
    onContextChanged(listener) {
      const item = host.mailbox.item as unknown as Handlers | null | undefined;
      let live = true;
      if (item && typeof item.addHandlerAsync === "function") {
        try {
          item.addHandlerAsync(CONTEXT_CHANGED, (args) => {
            const data = args && typeof args === "object" ? (args as { initializationContextData?: unknown }).initializationContextData : undefined;
            if (live) listener(typeof data === "string" ? data : data == null ? null : JSON.stringify(data));
          });
        } catch {
          // Before Mailbox 1.15 there is no such event; the pane reloads instead.
        }
      }
      return () => {
        live = false;
        try {
          item?.removeHandlerAsync?.(CONTEXT_CHANGED);
        } catch {
          // Nothing to undo.
        }
      };
    },
    initialContext: () => {
      const item = host.mailbox.item as unknown as ReadItemLike | null | undefined;
      if (!item || typeof item.getInitializationContextAsync !== "function" || !supportsMailbox(host, "1.14")) return Promise.resolve(null);
      const call = item.getInitializationContextAsync.bind(item);
      return officeCall<unknown>("getInitializationContextAsync", (cb) => call(cb as never)).then(
        (value) => (typeof value === "string" ? value : value == null ? null : JSON.stringify(value)),
        () => null,
      );
    },
  };
}
