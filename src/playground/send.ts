import { handlerFor, type ManifestInfo, type SendMode } from "./manifest";
import type { ComposeItem, EmulatedAttachment, OfficeEmulator, Person } from "./office-emulator";

/**
 * Pressing Send, as Outlook on the web handles it for a Smart Alerts add-in: call the handler the
 * manifest names for OnMessageSend with an event object, wait for `event.completed`, and act on
 * its options exactly as the client would for the requirement sets it supports.
 */

/** What `event.completed` may be given for OnMessageSend. */
export interface CompletedOptions {
  allowEvent?: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: unknown;
  sendModeOverride?: string;
}

/** The Smart Alerts dialog, as Outlook would show it. */
export interface SmartAlert {
  /** The add-in's name, from the manifest. */
  title: string;
  /** `errorMessageMarkdown`, where the client supports it (Mailbox 1.15) and the add-in gave it. */
  markdown: string | null;
  /** `errorMessage`: what older clients show, and the fallback. */
  text: string;
  /** "Send Anyway" is offered (PromptUser, in the manifest or by `sendModeOverride`). */
  sendAnyway: boolean;
  /** The "Take Action" button (Mailbox 1.14, only with `commandId`). */
  takeAction: { label: string; commandId: string; known: boolean; contextData: string | null } | null;
}

export interface SentMessage {
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  subject: string;
  bodyHtml: string;
  headers: [string, string][];
  attachments: EmulatedAttachment[];
  sentAt: Date;
  /** What was appended on send, if anything (the waiver). */
  appended: string | null;
}

export type SendOutcome =
  | { kind: "sent"; message: SentMessage; note: string | null; ms: number }
  | { kind: "alert"; alert: SmartAlert; options: CompletedOptions; ms: number }
  | { kind: "not-sent"; reason: string; ms: number };

/** Outlook's dialog limits. */
export const LIMITS = { message: 500, cancelLabel: 20 };

export interface SendRunOptions {
  /** Called when the handler has taken longer than Outlook's 5 seconds ("taking longer than expected"). */
  onSlow?: () => void;
  slowMs?: number;
  /** Outlook gives up after about five minutes. */
  giveUpMs?: number;
}

/** Take the message as it leaves: the waiver appended, the headers set, the compose window closed. */
export function deliver(emulator: OfficeEmulator, item: ComposeItem): SentMessage {
  const message: SentMessage = {
    from: { ...item.from },
    to: [...item.to],
    cc: [...item.cc],
    bcc: [...item.bcc],
    subject: item.subject,
    bodyHtml: item.finalBodyHtml(),
    headers: Array.from(item.headers.entries()),
    attachments: [...item.attachments],
    sentAt: new Date(),
    appended: item.appendOnSend ? item.appendOnSend.data : null,
  };
  emulator.record("outlook", "message sent", `${message.to.length + message.cc.length + message.bcc.length} recipients`, "ok");
  emulator.close();
  return message;
}

function completionText(emulator: OfficeEmulator, options: CompletedOptions, name: string): CompletedOptions {
  const checked = { ...options };
  const warn = (what: string) => emulator.record("outlook", "event.completed", `${name}: ${what}`, "warning");
  if (checked.errorMessage && checked.errorMessage.length > LIMITS.message) {
    warn(`errorMessage is ${checked.errorMessage.length} characters; Outlook allows ${LIMITS.message}`);
    checked.errorMessage = checked.errorMessage.slice(0, LIMITS.message);
  }
  if (checked.errorMessageMarkdown && checked.errorMessageMarkdown.length > LIMITS.message) {
    warn(`errorMessageMarkdown is ${checked.errorMessageMarkdown.length} characters; Outlook allows ${LIMITS.message}`);
    checked.errorMessageMarkdown = checked.errorMessageMarkdown.slice(0, LIMITS.message);
  }
  if (checked.cancelLabel && checked.cancelLabel.length > LIMITS.cancelLabel) {
    warn(`cancelLabel "${checked.cancelLabel}" is longer than ${LIMITS.cancelLabel} characters`);
    checked.cancelLabel = checked.cancelLabel.slice(0, LIMITS.cancelLabel);
  }
  if (checked.contextData !== undefined && !checked.commandId) warn("contextData without commandId is ignored");
  return checked;
}

/** The dialog Outlook shows for a completion that stops the send. */
export function alertFor(emulator: OfficeEmulator, manifest: ManifestInfo, sendMode: SendMode, options: CompletedOptions): SmartAlert {
  const smartAlerts = emulator.supports("1.14");
  const markdown = emulator.supports("1.15") && options.errorMessageMarkdown ? options.errorMessageMarkdown : null;
  const override = smartAlerts && options.sendModeOverride === "promptUser";
  let takeAction: SmartAlert["takeAction"] = null;
  if (smartAlerts && options.commandId) {
    const control = manifest.composeControls.find((c) => c.id === options.commandId);
    const context =
      options.contextData === undefined ? null : typeof options.contextData === "string" ? options.contextData : JSON.stringify(options.contextData);
    takeAction = { label: options.cancelLabel || "Take Action", commandId: options.commandId, known: !!control, contextData: context };
  }
  return {
    title: manifest.displayName || "Add-in",
    markdown,
    text: options.errorMessage || `${manifest.displayName || "An add-in"} has stopped this message from being sent.`,
    sendAnyway: sendMode === "PromptUser" || override,
    takeAction,
  };
}

/**
 * Run the add-in's OnMessageSend handler against the item and decide what Outlook does. Settles
 * once, when the handler completes (or Outlook gives up on it).
 */
export function runSend(emulator: OfficeEmulator, manifest: ManifestInfo, options: SendRunOptions = {}): Promise<SendOutcome> {
  const item = emulator.item;
  const started = Date.now();
  const ms = (): number => Date.now() - started;
  if (!item) return Promise.resolve({ kind: "not-sent", reason: "There is no message being composed.", ms: 0 });
  const event = handlerFor(manifest, "OnMessageSend");
  if (!event) {
    emulator.record("outlook", "OnMessageSend", "the manifest has no OnMessageSend handler: sent without a check", "warning");
    return Promise.resolve({
      kind: "sent",
      message: deliver(emulator, item),
      note: "The manifest declares no OnMessageSend handler, so nothing checked this message.",
      ms: ms(),
    });
  }
  const sendMode: SendMode = event.sendMode ?? "SoftBlock";
  const handler = emulator.handlers.get(event.functionName);
  if (!handler) {
    emulator.record("outlook", "OnMessageSend", `${event.functionName} is not registered (add-in unavailable)`, "failed");
    if (sendMode === "Block") {
      return Promise.resolve({
        kind: "not-sent",
        reason: `${manifest.displayName} is unavailable, and its send mode is Block: the message cannot be sent.`,
        ms: ms(),
      });
    }
    return Promise.resolve({
      kind: "sent",
      message: deliver(emulator, item),
      note: `${manifest.displayName} was unavailable (its handler never registered), so Outlook sent the message unchecked, as send mode ${sendMode} allows.`,
      ms: ms(),
    });
  }

  emulator.record("outlook", "OnMessageSend", `calling ${event.functionName} (send mode ${sendMode})`, "info");
  return new Promise<SendOutcome>((resolve) => {
    let done = false;
    let calls = 0;
    const slow = setTimeout(() => {
      if (!done && options.onSlow) options.onSlow();
    }, options.slowMs ?? 5_000);
    const giveUp = setTimeout(() => {
      if (done) return;
      done = true;
      clearTimeout(slow);
      emulator.record("outlook", "OnMessageSend", `${event.functionName} never called event.completed`, "failed");
      resolve({
        kind: "alert",
        alert: {
          title: manifest.displayName,
          markdown: null,
          text: `${manifest.displayName} is taking too long to check this message.`,
          sendAnyway: sendMode !== "Block",
          takeAction: null,
        },
        options: {},
        ms: ms(),
      });
    }, options.giveUpMs ?? 300_000);

    const completed = (raw?: CompletedOptions): void => {
      calls++;
      if (done) {
        emulator.record("outlook", "event.completed", `called ${calls} times: only the first counts`, "warning");
        return;
      }
      done = true;
      clearTimeout(slow);
      clearTimeout(giveUp);
      const opts = completionText(emulator, raw && typeof raw === "object" ? raw : {}, event.functionName);
      const allow = opts.allowEvent !== false;
      emulator.record(
        "add-in",
        "event.completed",
        allow ? "allowEvent: true" : `allowEvent: false${opts.sendModeOverride ? `, sendModeOverride: ${opts.sendModeOverride}` : ""}`,
        allow ? "ok" : "info",
      );
      if (allow) {
        resolve({ kind: "sent", message: deliver(emulator, item), note: null, ms: ms() });
        return;
      }
      resolve({ kind: "alert", alert: alertFor(emulator, manifest, sendMode, opts), options: opts, ms: ms() });
    };

    try {
      handler({ type: "olkOnMessageSend", completed } as never);
    } catch (error) {
      // A handler that throws never completes: Outlook waits, then treats the add-in as failed.
      emulator.record("outlook", "OnMessageSend", `${event.functionName} threw: ${error instanceof Error ? error.message : String(error)}`, "failed");
    }
  });
}

/**
 * The task pane as the "Take Action" button opens it: with contextData for
 * `getInitializationContextAsync`. If the pane is open and listens for InitializationContextChanged,
 * Outlook tells it; otherwise Outlook (re)launches it. Returns true if the pane must be (re)launched.
 */
export function openPaneWithContext(emulator: OfficeEmulator, contextData: string | null): boolean {
  const item = emulator.item;
  if (!item) return false;
  item.initializationContext = contextData;
  emulator.record("outlook", "task pane opened from the dialog", contextData ? `contextData: ${contextData.length} characters` : "no contextData", "info");
  if (item.hasListener("olkInitializationContextChanged")) {
    // As Office.InitializationContextChangedEventArgs has it.
    item.raise("olkInitializationContextChanged", { initializationContextData: contextData, type: "olkInitializationContextChanged" });
    return false;
  }
  return true;
}

/** Run the add-in's OnNewMessageCompose handler, if the manifest names one; resolves when it completes. */
export function runCompose(emulator: OfficeEmulator, manifest: ManifestInfo, giveUpMs = 10_000): Promise<"completed" | "none" | "timed-out"> {
  const event = handlerFor(manifest, "OnNewMessageCompose");
  const handler = event ? emulator.handlers.get(event.functionName) : undefined;
  if (!event || !handler) return Promise.resolve("none");
  emulator.record("outlook", "OnNewMessageCompose", `calling ${event.functionName}`, "info");
  return new Promise((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      emulator.record("outlook", "OnNewMessageCompose", `${event.functionName} did not complete`, "warning");
      resolve("timed-out");
    }, giveUpMs);
    const completed = (): void => {
      if (done) {
        emulator.record("outlook", "event.completed", "OnNewMessageCompose completed twice: only the first counts", "warning");
        return;
      }
      done = true;
      clearTimeout(timer);
      emulator.record("add-in", "event.completed", "OnNewMessageCompose", "ok");
      resolve("completed");
    };
    try {
      handler({ type: "olkOnNewMessageCompose", completed } as never);
    } catch (error) {
      emulator.record("outlook", "OnNewMessageCompose", `${event.functionName} threw: ${error instanceof Error ? error.message : String(error)}`, "failed");
    }
  });
}
