import type { Verdict } from "../engine/check";
import type { Finding } from "../engine/rule";
import { encodeAlertContext } from "./context-data";
import { supportsMailbox, type OfficeHost } from "./office";

/**
 * Turning a verdict into the options of `event.completed` for OnMessageSend (Smart Alerts).
 * Pure: the send handler passes in what the client supports.
 */

/** The id of the manifest `<Control>` that opens the task pane: the dialog's "Fix it" button. */
export const FIX_COMMAND_ID = "EtqComposeOpenPane";
/** The dialog button's text: at most 20 characters. */
export const FIX_LABEL = "Fix it";
/** Both `errorMessage` and `errorMessageMarkdown` allow at most 500 characters. */
export const MESSAGE_LIMIT = 500;

/** What the client can do with the dialog, by Mailbox requirement set. */
export interface AlertCapabilities {
  /** 1.14: `sendModeOverride` (Send Anyway), `cancelLabel`, `commandId`, `contextData`. */
  smartAlerts: boolean;
  /** 1.15: `errorMessageMarkdown`. */
  markdown: boolean;
}

export function alertCapabilities(host: Pick<OfficeHost, "requirements">): AlertCapabilities {
  return { smartAlerts: supportsMailbox(host, "1.14"), markdown: supportsMailbox(host, "1.15") };
}

/** The options `event.completed` takes for OnMessageSend. */
export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/** Office.MailboxEnums.SendModeOverride.PromptUser, spelt out: the enum may be absent in tests. */
export const PROMPT_USER = "promptUser";

const clip = (s: string, n: number): string => (s.length <= n ? s : s.slice(0, Math.max(0, n - 1)).trimEnd() + "…");
const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();
/** Escape the characters Smart Alerts' Markdown gives meaning to. */
export const escapeMarkdown = (s: string): string => s.replace(/([\\*_[\]`#~|<>])/g, "\\$1");

interface Item {
  finding: Finding;
  count: number;
}

/** One entry per rule and message, with how many times it was found. */
function group(findings: readonly Finding[]): Item[] {
  const items: Item[] = [];
  const byKey = new Map<string, Item>();
  for (const finding of findings) {
    const key = `${finding.ruleId}|${finding.messageId}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else {
      const item = { finding, count: 1 };
      byKey.set(key, item);
      items.push(item);
    }
  }
  return items;
}

/**
 * Join `lines` between `intro` and `outro` within `limit` characters. When they do not all fit,
 * keep as many as do and say how many more there are; a single line too long is clipped.
 */
function fit(intro: string, lines: string[], outro: string, limit: number, more: (n: number) => string): string {
  const whole = intro + lines.join("") + outro;
  if (whole.length <= limit) return whole;
  for (let k = lines.length - 1; k >= 1; k--) {
    const text = intro + lines.slice(0, k).join("") + more(lines.length - k) + outro;
    if (text.length <= limit) return text;
  }
  const room = limit - intro.length - outro.length - more(lines.length - 1).length;
  const first = lines.length ? clip(lines[0], Math.max(0, room)) : "";
  return clip(intro + first + (lines.length > 1 ? more(lines.length - 1) : "") + outro, limit);
}

const times = (n: number): string => (n > 1 ? ` (×${n})` : "");

function plainMessage(verdict: Verdict, intro: string, outro: string): string {
  const lines = group(verdict.findings).map(
    ({ finding, count }) => `\n• ${oneLine(finding.message)}${times(count)} [${oneLine(finding.clause.section)}]`,
  );
  return fit(intro, lines, outro, MESSAGE_LIMIT, (n) => `\n• …and ${n} more.`);
}

function markdownMessage(verdict: Verdict, intro: string, outro: string): string {
  const items = group(verdict.findings);
  // Richest first: message with section and the clause's words; then section only; then message only.
  const formats: ((item: Item) => string)[] = [
    ({ finding, count }) =>
      `- ${escapeMarkdown(oneLine(finding.message))}${times(count)} _(${escapeMarkdown(oneLine(finding.clause.section))}: “${escapeMarkdown(clip(oneLine(finding.clause.text), 90))}”)_\r`,
    ({ finding, count }) => `- ${escapeMarkdown(oneLine(finding.message))}${times(count)} _(${escapeMarkdown(oneLine(finding.clause.section))})_\r`,
    ({ finding, count }) => `- ${escapeMarkdown(clip(oneLine(finding.message), 110))}${times(count)}\r`,
  ];
  const more = (n: number): string => `- …and ${n} more\r`;
  for (const format of formats) {
    const text = intro + items.map(format).join("") + outro;
    if (text.length <= MESSAGE_LIMIT) return text;
  }
  return fit(intro, items.map(formats[1]), outro, MESSAGE_LIMIT, more);
}

export interface AlertOptions {
  /**
   * Below Mailbox 1.14 there is no "Send Anyway" for warnings. The send handler then blocks the
   * first attempt and lets the same draft through on the second: this says which attempt it is.
   */
  sendAgainToConfirm?: boolean;
}

/**
 * The completion for a verdict: pass allows; warnings alone cancel with Send Anyway offered
 * (Mailbox 1.14); a block cancels. Every cancellation names each finding with its clause, opens
 * the task pane from the dialog (1.14) and hands it the findings.
 */
export function alertForVerdict(verdict: Verdict, caps: AlertCapabilities, options: AlertOptions = {}): SendCompletion {
  if (verdict.action === "pass" || verdict.findings.length === 0) return { allowEvent: true };
  const n = verdict.findings.length;
  const block = verdict.action === "block";
  const things = n === 1 ? "one thing" : `${n} things`;
  const intro = block
    ? `This email breaks the council's email policy. Fix ${things} before sending:`
    : `Check ${things} against the council's email policy before sending:`;
  const next = caps.smartAlerts
    ? block
      ? `Select ${FIX_LABEL} to see each one and put it right.`
      : `Select ${FIX_LABEL} to put it right, or Send Anyway.`
    : block
      ? "Open Check etiquette on the ribbon to put it right."
      : options.sendAgainToConfirm
        ? "To send it as it is, select Send again."
        : "Open Check etiquette on the ribbon to put it right.";
  const completion: SendCompletion = {
    allowEvent: false,
    errorMessage: plainMessage(verdict, intro, `\n${next}`),
  };
  if (caps.markdown) {
    const mdIntro = block
      ? `**This email breaks the council's email policy.** Fix ${things} before sending:\n\n`
      : `**Check ${things}** against the council's email policy before sending:\n\n`;
    completion.errorMessageMarkdown = markdownMessage(verdict, mdIntro, `\n\n${escapeMarkdown(next)}`);
  }
  if (caps.smartAlerts) {
    completion.cancelLabel = FIX_LABEL;
    completion.commandId = FIX_COMMAND_ID;
    completion.contextData = encodeAlertContext(verdict);
    if (!block) completion.sendModeOverride = PROMPT_USER;
  }
  return completion;
}

/**
 * The completion when the check itself fails or runs out of time: the policy's `onFailure`
 * decides. `allow` lets the message go (the header, if it was set, says `error`); `block` stops
 * it and says why, offering the task pane (1.14) to check by hand.
 */
export function alertForFailure(onFailure: "allow" | "block", caps: AlertCapabilities): SendCompletion {
  if (onFailure === "allow") return { allowEvent: true };
  const completion: SendCompletion = {
    allowEvent: false,
    errorMessage:
      "The council's email check could not finish, and the council's policy is not to send unchecked email. Try Send again in a moment; if this keeps happening, tell the clerk.",
  };
  if (caps.smartAlerts) {
    completion.cancelLabel = "Check by hand";
    completion.commandId = FIX_COMMAND_ID;
  }
  return completion;
}
