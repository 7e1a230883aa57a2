import type { Verdict } from "../../src/engine/check";
import { CLAUSES } from "../../src/engine/clauses";
import type { Finding } from "../../src/engine/rule";
import { decodeAlertContext } from "../../src/outlook/context-data";
import { FIX_COMMAND_ID, MESSAGE_LIMIT, PROMPT_USER, alertCapabilities, alertForFailure, alertForVerdict, escapeMarkdown } from "../../src/outlook/smart-alert";
import { officeMock } from "./office-mock";

const finding = (ruleId: string, severity: Finding["severity"], message: string, clause = CLAUSES.waiver, messageId = "missing"): Finding => ({
  ruleId,
  messageId,
  severity,
  message,
  clause,
  evidence: [{ field: "body", excerpt: "x" }],
});

const verdict = (findings: Finding[]): Verdict => ({
  action: findings.some((f) => f.severity === "block") ? "block" : findings.length ? "warn" : "pass",
  role: "officer",
  findings,
  errors: [],
    truncated: false,
  policy: { council: "Leigh-on-Sea Town Council", version: "2021-05" },
});

const ALL = { smartAlerts: true, markdown: true };
const OLD = { smartAlerts: false, markdown: false };

describe("Smart Alerts options for a verdict", () => {
  it("reads capabilities from the requirement sets", () => {
    expect(alertCapabilities(officeMock({ mailbox: "1.12" }).host())).toEqual({ smartAlerts: false, markdown: false });
    expect(alertCapabilities(officeMock({ mailbox: "1.14" }).host())).toEqual({ smartAlerts: true, markdown: false });
    expect(alertCapabilities(officeMock({ mailbox: "1.15" }).host())).toEqual({ smartAlerts: true, markdown: true });
  });

  it("pass allows the send", () => {
    expect(alertForVerdict(verdict([]), ALL)).toEqual({ allowEvent: true });
  });

  it("warnings alone cancel with Send Anyway, Fix it opening the task pane and the findings as context (1.14+)", () => {
    const v = verdict([finding("waiver-clause", "warn", "Add the council's waiver clause at the end of your message, after your signature.")]);
    const c = alertForVerdict(v, ALL);
    expect(c.allowEvent).toBe(false);
    expect(c.sendModeOverride).toBe(PROMPT_USER);
    expect(c.commandId).toBe(FIX_COMMAND_ID);
    expect(c.cancelLabel).toBe("Fix it");
    expect(c.cancelLabel!.length).toBeLessThanOrEqual(20);
    expect(decodeAlertContext(c.contextData)).toEqual({
      v: 1,
      action: "warn",
      policy: "2021-05",
      findings: [{ ruleId: "waiver-clause", messageId: "missing", severity: "warn" }],
      more: 0,
    });
    expect(c.errorMessage).toContain("Add the council's waiver clause");
    expect(c.errorMessage).toContain("5 (Email Etiquette)");
    expect(c.errorMessage).toContain("Send Anyway");
  });

  it("a block cancels without Send Anyway", () => {
    const c = alertForVerdict(verdict([finding("offensive-content", "block", "Remove the offensive words.", CLAUSES.offensive), finding("waiver-clause", "warn", "Add the waiver.")]), ALL);
    expect(c.allowEvent).toBe(false);
    expect(c.sendModeOverride).toBeUndefined();
    expect(c.errorMessage).toMatch(/^This email breaks the council's email policy\. Fix 2 things before sending:/);
    expect(c.commandId).toBe(FIX_COMMAND_ID);
  });

  it("Markdown (1.15) lists each finding with its clause, items ended by \\r as Outlook requires", () => {
    const c = alertForVerdict(verdict([finding("offensive-content", "block", "Remove the offensive words.", CLAUSES.offensive), finding("waiver-clause", "warn", "Add the waiver.")]), ALL);
    const md = c.errorMessageMarkdown!;
    expect(md).toContain("- Remove the offensive words. _(5 (Email Etiquette): “The circulating of offensive, indecent or obscene material");
    expect(md).toContain("- Add the waiver. _(5 (Email Etiquette): “A waiver clause will be included at the end of each email message”)_\r");
    expect(md.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it("below 1.14 there is no commandId, cancelLabel, contextData or override; below 1.15 no Markdown", () => {
    const c = alertForVerdict(verdict([finding("waiver-clause", "warn", "Add the waiver.")]), OLD, { sendAgainToConfirm: true });
    expect(c).toEqual({ allowEvent: false, errorMessage: expect.stringContaining("To send it as it is, select Send again.") });
    const only14 = alertForVerdict(verdict([finding("waiver-clause", "warn", "Add the waiver.")]), { smartAlerts: true, markdown: false });
    expect(only14.errorMessageMarkdown).toBeUndefined();
    expect(only14.sendModeOverride).toBe(PROMPT_USER);
  });

  it("keeps both messages within 500 characters however many findings, saying how many more", () => {
    const many = Array.from({ length: 30 }, (_, i) => finding(`rule-${i}`, i % 3 ? "warn" : "block", `Finding number ${i}: ${"words ".repeat(30)}`, CLAUSES.offensive, `m${i}`));
    const c = alertForVerdict(verdict(many), ALL);
    expect(c.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(c.errorMessageMarkdown!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(c.errorMessage).toMatch(/…and \d+ more\./);
    expect(c.errorMessageMarkdown).toMatch(/- …and \d+ more\r/);
  });

  it("clips a single very long finding rather than exceed the limit", () => {
    const c = alertForVerdict(verdict([finding("x", "block", "y".repeat(2000))]), ALL);
    expect(c.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(c.errorMessageMarkdown!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it("groups repeats of the same finding", () => {
    const c = alertForVerdict(verdict([finding("personal-data", "warn", "Remove the phone number."), finding("personal-data", "warn", "Remove the phone number.")]), ALL);
    expect(c.errorMessage).toContain("Remove the phone number. (×2)");
  });

  it("escapes Markdown in finding text", () => {
    expect(escapeMarkdown("*bold* _x_ [link](y) a\\b")).toBe("\\*bold\\* \\_x\\_ \\[link\\](y) a\\\\b");
    const c = alertForVerdict(verdict([finding("x", "warn", "Don't write *URGENT*")]), ALL);
    expect(c.errorMessageMarkdown).toContain("Don't write \\*URGENT\\*");
  });

  it("the failure outcome follows the policy: allow lets it go, block stops it and offers the pane (1.14)", () => {
    expect(alertForFailure("allow", ALL)).toEqual({ allowEvent: true });
    const blocked = alertForFailure("block", ALL);
    expect(blocked.allowEvent).toBe(false);
    expect(blocked.errorMessage).toMatch(/could not finish/);
    expect(blocked.commandId).toBe(FIX_COMMAND_ID);
    expect(blocked.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(alertForFailure("block", OLD).commandId).toBeUndefined();
  });
});
