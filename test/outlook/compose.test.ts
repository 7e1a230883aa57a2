import { defaultPolicy, parsePolicy, type PolicyInput } from "../../src/policy";
import { hasUserText, prepareNewMessage } from "../../src/outlook/compose";
import { parseHeader } from "../../src/outlook/header";
import type { LoadedPolicy } from "../../src/outlook/policy-source";
import { SESSION_KEYS } from "../../src/outlook/session";
import { officeMock } from "./office-mock";

const CLERK = "Jane Bennett <clerk@leighonseatowncouncil.gov.uk>";
const CLLR = "Peter Smith <cllr.smith@leighonseatowncouncil.gov.uk>";

function loaded(change?: (p: PolicyInput) => void): LoadedPolicy {
  const input = JSON.parse(JSON.stringify(defaultPolicy())) as PolicyInput;
  if (change) change(input);
  const result = parsePolicy(input);
  if (!result.ok) throw new Error(result.error);
  const text = JSON.stringify(input);
  return { policy: result.policy, text, status: { source: "served", council: result.policy.council.name, version: result.policy.version } };
}

const NEW_MESSAGE = '<html><body><div class="elementToProof"><br></div><div id="Signature"><p>Jane<br>Sent from Outlook</p></div></body></html>';
const REPLY =
  '<html><body><div><br></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Alan Green<br><b>Sent:</b> Monday<br><b>Subject:</b> Allotments</div><div>Dear Clerk, when is the meeting?</div></body></html>';

describe("hasUserText: has the user written in the message?", () => {
  it.each([
    ["an empty new message", "<html><body><div><br></div></body></html>", false],
    ["a new message with the user's Outlook signature", NEW_MESSAGE, false],
    ["a reply with only the quoted history", REPLY, false],
    ["classic Outlook's automatic signature bookmark", '<html><body><p>&nbsp;</p><p><a name="_MailAutoSig">Jane Bennett</a><br>Town Clerk</p></body></html>', false],
    ["words of their own", "<html><body><p>Dear Alan,</p></body></html>", true],
    ["words above a reply's history", REPLY.replace("<div><br></div>", "<div>Thanks Alan</div>"), true],
  ])("%s: %s", (_name, html, expected) => {
    expect(hasUserText(html)).toBe(expected);
  });
});

describe("prepareNewMessage (OnNewMessageCompose)", () => {
  it("inserts the approved officer signature, arranges the waiver and records both", async () => {
    const { host, record } = officeMock({ from: CLERK, html: NEW_MESSAGE });
    const result = await prepareNewMessage(
      host(),
      loaded((p) => {
        p.people = [{ address: "clerk@leighonseatowncouncil.gov.uk", name: "Jane Bennett", jobTitle: "Town Clerk" }];
      }),
    );
    expect(result).toEqual({ untouched: true, signature: "inserted", waiver: "arranged", errors: [] });
    expect(record.clientSignatureDisabled).toBe(true);
    expect(record.signature?.data).toBe(
      '<div class="council-signature">Jane Bennett<br>Town Clerk<br>Leigh-on-Sea Town Council<br>71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP<br>Tel: 01702 716288<br>www.leighonseatowncouncil.gov.uk</div>',
    );
    expect(record.appendOnSend?.data).toContain("This email and any attachments are intended only for the named recipient");
    expect(record.session).toMatchObject({
      [SESSION_KEYS.signatureInserted]: "1",
      [SESSION_KEYS.waiverAppendOnSend]: "1",
      [SESSION_KEYS.composeHandled]: "1",
    });
    expect(JSON.parse(record.session[SESSION_KEYS.policyStatus])).toMatchObject({ source: "served" });
    expect(record.session[SESSION_KEYS.policy]).toBeDefined();
    expect(parseHeader(record.headers["X-Council-Etiquette"])).toEqual({ verdict: "unchecked", rules: [], policy: "2021-05", stage: "compose" });
  });

  it("uses the councillor template for a councillor, from the display name", async () => {
    const { host, record } = officeMock({ from: CLLR });
    await prepareNewMessage(host(), loaded());
    expect(record.signature?.data).toMatch(/^<div class="council-signature">Cllr Peter Smith<br>Leigh-on-Sea Town Council<br>/);
  });

  it("leaves out a line whose placeholder the policy cannot fill", async () => {
    const { host, record } = officeMock({ from: CLERK });
    await prepareNewMessage(host(), loaded());
    expect(record.signature?.data).toMatch(/^<div class="council-signature">Jane Bennett<br>Leigh-on-Sea Town Council<br>/);
  });

  it("falls back to the user's profile for the sender", async () => {
    const { host, record } = officeMock({ userProfile: CLLR, fail: { "from.getAsync": "no" } });
    await prepareNewMessage(host(), loaded());
    expect(record.signature?.data).toContain("Cllr Peter Smith");
  });

  it("prepares a reply above its history", async () => {
    const { host, record } = officeMock({ from: CLERK, html: REPLY, composeType: "reply" });
    expect((await prepareNewMessage(host(), loaded())).untouched).toBe(true);
    expect(record.signature).toBeDefined();
  });

  it("never touches the body of a message the user has already written in", async () => {
    const { host, record } = officeMock({ from: CLERK, html: "<html><body><p>Dear Alan, about the hall…</p></body></html>" });
    const result = await prepareNewMessage(host(), loaded());
    expect(result).toMatchObject({ untouched: false, signature: "skipped", waiver: "skipped" });
    const bodyChanges = record.calls.filter((c) => ["body.setSignatureAsync", "body.appendOnSendAsync", "disableClientSignatureAsync"].includes(c.api));
    expect(bodyChanges).toEqual([]);
    expect(record.session[SESSION_KEYS.composeHandled]).toBeUndefined();
    // The policy still travels to the send check.
    expect(record.session[SESSION_KEYS.policy]).toBeDefined();
  });

  it("does nothing to the body a second time", async () => {
    const { host, record } = officeMock({ from: CLERK, session: { [SESSION_KEYS.composeHandled]: "1" } });
    expect((await prepareNewMessage(host(), loaded())).untouched).toBe(false);
    expect(record.signature).toBeUndefined();
  });

  it("carries on with the waiver when the signature fails, reporting the error", async () => {
    const { host, record } = officeMock({ from: CLERK, fail: { "body.setSignatureAsync": "refused" } });
    const result = await prepareNewMessage(host(), loaded());
    expect(result.signature).toBe("failed");
    expect(result.waiver).toBe("arranged");
    expect(result.errors.join()).toContain("refused");
    expect(record.session[SESSION_KEYS.signatureInserted]).toBeUndefined();
  });

  it("on Mailbox 1.10 inserts the signature and arranges the waiver, with no sessionData (1.11) to record them in", async () => {
    const { host, record } = officeMock({ from: CLERK, mailbox: "1.10" });
    const result = await prepareNewMessage(host(), loaded());
    expect(result.signature).toBe("inserted");
    expect(result.waiver).toBe("arranged");
    expect(record.session).toEqual({});
  });

  it("does not put a policy too large for sessionData there", async () => {
    const { host, record } = officeMock({ from: CLERK });
    const big = loaded();
    await prepareNewMessage(host(), { ...big, text: big.text + " ".repeat(40_000) });
    expect(record.session[SESSION_KEYS.policy]).toBeUndefined();
  });
});
