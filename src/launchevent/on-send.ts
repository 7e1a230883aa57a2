import { checkDraft, type Verdict } from "../engine/check";
import type { EmailDraft } from "../engine/draft";
import type { Policy } from "../policy";
import { headerForVerdict, setHeader } from "../outlook/header";
import type { OfficeHost } from "../outlook/office";
import { builtInPolicy, policyFromText } from "../outlook/policy-source";
import { readDraft } from "../outlook/read-draft";
import { SESSION_KEYS, readSession, writeSession, type SessionValues } from "../outlook/session";
import { alertCapabilities, alertForFailure, alertForVerdict, type AlertCapabilities, type SendCompletion } from "../outlook/smart-alert";
import { withTimeout } from "../outlook/timers";
import { guardCompletion, type HandlerConfig, type LaunchEvent } from "./completion";

/**
 * Everything `event.completed` is called with happens by this many milliseconds after the handler
 * starts. Outlook's "taking longer than expected" dialog comes about 5 s after Send, counting the
 * download and start-up of this script, so the check gets 3.5 s of it at most.
 */
export const SEND_DEADLINE_MS = 3_500;
/** The audit header gets at most this long; a header dropped is better than a send held up. */
export const HEADER_BUDGET_MS = 800;

export type SendHandlerConfig = HandlerConfig;

/** FNV-1a: a short fingerprint of the draft as it was warned about. Not security, just identity. */
function fingerprint(draft: EmailDraft, verdict: Verdict): string {
  const parts = [
    draft.subject,
    draft.body.content,
    ...draft.to.map((r) => r.address),
    "|",
    ...draft.cc.map((r) => r.address),
    "|",
    ...draft.bcc.map((r) => r.address),
    "|",
    ...verdict.findings.map((f) => `${f.ruleId}:${f.messageId}`),
  ].join("\u0000");
  let hash = 0x811c9dc5;
  for (let i = 0; i < parts.length; i++) {
    hash ^= parts.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}-${parts.length}`;
}

/**
 * The OnMessageSend handler (Smart Alerts): read the message, check it against the policy, record
 * the verdict in the audit header and complete the event, exactly once and within the deadline,
 * on every path. Any failure (an Office.js error, a broken engine, running out of time) completes
 * with the policy's `outlook.onFailure` outcome.
 */
export function createSendHandler(config: SendHandlerConfig): (event: LaunchEvent<SendCompletion>) => void {
  const deadlineMs = config.deadlineMs ?? SEND_DEADLINE_MS;
  const log = config.log ?? (() => undefined);
  return function onMessageSend(event) {
    let policy: Policy | undefined;
    let caps: AlertCapabilities = { smartAlerts: false, markdown: false };
    const onFailure = (): "allow" | "block" => {
      try {
        return (policy ?? builtInPolicy()).outlook.onFailure;
      } catch {
        return "allow";
      }
    };
    const completion = guardCompletion<SendCompletion>(
      event,
      deadlineMs,
      config.timers,
      () => {
        const outcome = onFailure();
        log(`Etiquette: the send check ran out of time after ${deadlineMs} ms; outcome: ${outcome}`);
        return alertForFailure(outcome, caps);
      },
      config.now,
    );
    let host: OfficeHost | undefined;
    const fail = (error: unknown): void => {
      if (completion.done) return;
      const outcome = onFailure();
      log(`Etiquette: the send check failed (${error instanceof Error ? error.message : String(error)}); outcome: ${outcome}`);
      const done = (): void => {
        completion.complete(alertForFailure(outcome, caps));
      };
      // A message let through unchecked says so in its header, if Outlook will still take one.
      const budget = Math.min(500, completion.remaining() - 200);
      // Without timers nothing could stop a hung call: complete now rather than risk it.
      if (outcome !== "allow" || !host || !config.timers.setTimeout || budget <= 0) return done();
      const p = policy ?? builtInPolicy();
      withTimeout(setHeader(host, p.outlook.header, { verdict: "error", rules: [], policy: p.version, stage: "send" }), budget, config.timers, "Setting the header").then(
        done,
        done,
      );
    };

    try {
      host = config.host();
      const current = host;
      caps = alertCapabilities(current);

      /** Below Mailbox 1.14 there is no Send Anyway: warn once, then let the same draft go. */
      const outcome = (verdict: Verdict, draft: EmailDraft, session: SessionValues): Promise<SendCompletion> => {
        if (verdict.action !== "warn" || caps.smartAlerts) return Promise.resolve(alertForVerdict(verdict, caps));
        const print = fingerprint(draft, verdict);
        if (session[SESSION_KEYS.warned] === print) return Promise.resolve({ allowEvent: true });
        return writeSession(current, SESSION_KEYS.warned, print).then(
          () => alertForVerdict(verdict, caps, { sendAgainToConfirm: true }),
          // If we cannot remember the warning, a second Send would meet it again: let it go now.
          () => ({ allowEvent: true }),
        );
      };

      const recordHeader = (verdict: Verdict, loaded: Policy): Promise<void> => {
        const budget = Math.min(HEADER_BUDGET_MS, completion.remaining() - 200);
        if (budget <= 0) return Promise.resolve();
        return withTimeout(setHeader(current, loaded.outlook.header, headerForVerdict(verdict, "send")), budget, config.timers, "Setting the header").catch(
          (error: unknown) => log(`Etiquette: the audit header was not set (${error instanceof Error ? error.message : String(error)})`),
        );
      };

      // The policy first, in parallel with the message: the compose handler left it in sessionData
      // (no network at Send); if not, load it. Known early, its onFailure governs any failure.
      const session = readSession(current);
      const policyReady = session
        .then((values) => policyFromText(values[SESSION_KEYS.policy], values[SESSION_KEYS.policyStatus]) ?? config.loadPolicy(current))
        .then((loaded) => {
          policy = loaded.policy;
          return loaded;
        });

      Promise.all([readDraft(current, { session }), policyReady])
        .then(([reading, loaded]) => {
          const verdict = checkDraft(reading.draft, loaded.policy);
          if (verdict.errors.length) log(`Etiquette: rules failed inside: ${verdict.errors.map((e) => `${e.ruleId} (${e.message})`).join("; ")}`);
          return outcome(verdict, reading.draft, reading.session).then((options) =>
            recordHeader(verdict, loaded.policy).then(() => {
              completion.complete(options);
            }),
          );
        })
        .catch((error: unknown) => {
          // Let the policy arrive (the deadline still bounds this) so its onFailure applies.
          policyReady.then(
            () => fail(error),
            () => fail(error),
          );
        });
    } catch (error) {
      fail(error);
    }
  };
}
