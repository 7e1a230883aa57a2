import type { Address, Attachment, EmailDraft } from "../engine/draft";
import type { Fix } from "../engine/rule";
import type { Policy } from "../policy/schema";
import type { PolicyStatus } from "../outlook/policy-source";

/** Compose a message, or read one that arrived. */
export type PaneMode = "compose" | "read";

/** Which policy is in force, where it came from, and why the council's served file was not used. */
export interface PolicyState {
  policy: Policy;
  status: PolicyStatus;
}

/** A received message, as the attachment check needs it. */
export interface ReceivedMessage {
  from: Address;
  subject: string;
  attachments: Attachment[];
}

/** What the host's theme says, so the pane can follow it. */
export interface PaneTheme {
  bodyBackgroundColor?: string;
}

/**
 * Everything the task pane needs from Outlook, passed in as data and functions: the components
 * never call Office.js. The Office implementation lives in src/outlook; tests and the
 * playground pass their own.
 */
export interface PaneAdapter {
  mode: PaneMode;
  theme?: PaneTheme;
  loadPolicy(): Promise<PolicyState>;
  /** The draft being composed, normalised. */
  readDraft(): Promise<EmailDraft>;
  /** The message being read. */
  readMessage(): Promise<ReceivedMessage>;
  /** Change the draft; resolves when Outlook has applied it. Never deletes the user's words. */
  applyFix(fix: Fix): Promise<void>;
  /** Call `listener` when the item changes (recipients, attachments, the item itself). */
  onItemChanged(listener: () => void): () => void;
  /** Context the Smart Alerts dialog passed when it opened the pane, if any. */
  initialContext(): Promise<string | null>;
  /**
   * Call `listener` with new context when the Smart Alerts dialog reopens a pane that is
   * already open (Outlook raises an event then instead of reloading the pane).
   */
  onContextChanged?(listener: (context: string | null) => void): () => void;
}
