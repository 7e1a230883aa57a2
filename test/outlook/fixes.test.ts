import { APPEND_ON_SEND_LIMIT, applyFixInOutlook, arrangeWaiver, insertSignature, textToHtml } from "../../src/outlook/fixes";
import { SESSION_KEYS } from "../../src/outlook/session";
import { officeMock } from "./office-mock";

const CLERK = "Jane Bennett <clerk@leighonseatowncouncil.gov.uk>";
const ALAN = "Alan Green <alan.green@gmail.com>";
const BETH = "Beth Brown <beth.brown@hotmail.co.uk>";
const CHRIS = "Chris White <chris.white@yahoo.co.uk>";

describe("fixes through Office.js", () => {
  it("textToHtml escapes and keeps line breaks, with no inline CSS", () => {
    expect(textToHtml('Jane <Clerk> & "Co"\nLeigh', "council-signature")).toBe(
      '<div class="council-signature">Jane &lt;Clerk&gt; &amp; &quot;Co&quot;<br>Leigh</div>',
    );
  });

  describe("insert-signature", () => {
    it("turns off the user's Outlook signature, then sets the approved one as HTML and records it", async () => {
      const { host, record } = officeMock({ from: CLERK });
      await applyFixInOutlook(host(), { kind: "insert-signature", text: "Jane Bennett\nTown Clerk" });
      expect(record.clientSignatureDisabled).toBe(true);
      const order = record.calls.map((c) => c.api);
      expect(order.indexOf("disableClientSignatureAsync")).toBeLessThan(order.indexOf("body.setSignatureAsync"));
      expect(record.signature).toEqual({ data: '<div class="council-signature">Jane Bennett<br>Town Clerk</div>', coercionType: "html" });
      expect(record.session[SESSION_KEYS.signatureInserted]).toBe("1");
    });

    it("sets plain text on a plain-text message", async () => {
      const { host, record } = officeMock({ from: CLERK, bodyType: "text" });
      await insertSignature(host(), "Jane Bennett");
      expect(record.signature).toEqual({ data: "Jane Bennett", coercionType: "text" });
    });

    it("still sets the signature when turning off the client signature fails", async () => {
      const { host, record } = officeMock({ from: CLERK, fail: { disableClientSignatureAsync: "not allowed" } });
      await insertSignature(host(), "s");
      expect(record.signature?.data).toBe('<div class="council-signature">s</div>');
    });

    it("is refused below Mailbox 1.10 and records nothing", async () => {
      const { host, record } = officeMock({ from: CLERK, mailbox: "1.9" });
      await expect(insertSignature(host(), "s")).rejects.toThrow(/1\.10/);
      expect(record.signature).toBeUndefined();
      expect(record.session[SESSION_KEYS.signatureInserted]).toBeUndefined();
    });

    it("rejects when setSignatureAsync fails, and records nothing", async () => {
      const { host, record } = officeMock({ from: CLERK, fail: { "body.setSignatureAsync": "too long" } });
      await expect(insertSignature(host(), "s")).rejects.toThrow("body.setSignatureAsync: too long");
      expect(record.session[SESSION_KEYS.signatureInserted]).toBeUndefined();
    });
  });

  describe("append-waiver", () => {
    it("arranges the waiver with appendOnSendAsync and records it in sessionData", async () => {
      const { host, record } = officeMock({ from: CLERK });
      await applyFixInOutlook(host(), { kind: "append-waiver", text: "This email is confidential." });
      expect(record.appendOnSend).toEqual({ data: '<br><div class="council-waiver">This email is confidential.</div>', coercionType: "html" });
      expect(record.session[SESSION_KEYS.waiverAppendOnSend]).toBe("1");
    });

    it("appends plain text to a plain-text message", async () => {
      const { host, record } = officeMock({ from: CLERK, bodyType: "text" });
      await arrangeWaiver(host(), "Waiver.");
      expect(record.appendOnSend).toEqual({ data: "\n\nWaiver.", coercionType: "text" });
    });

    it("refuses a waiver longer than appendOnSendAsync takes, before calling it", async () => {
      const { host, record } = officeMock({ from: CLERK });
      await expect(arrangeWaiver(host(), "x".repeat(APPEND_ON_SEND_LIMIT))).rejects.toThrow(/5,000/);
      expect(record.calls.some((c) => c.api === "body.appendOnSendAsync")).toBe(false);
    });

    it("is refused below Mailbox 1.9", async () => {
      const { host } = officeMock({ from: CLERK, mailbox: "1.8" });
      await expect(arrangeWaiver(host(), "Waiver.")).rejects.toThrow(/1\.9/);
    });
  });

  describe("recipients", () => {
    it("move-to-bcc adds to Bcc first, then takes the addresses off To and Cc", async () => {
      const { host, record } = officeMock({ from: CLERK, to: [ALAN, BETH], cc: [CHRIS], bcc: [] });
      await applyFixInOutlook(host(), { kind: "move-to-bcc", addresses: ["ALAN.GREEN@gmail.com", "chris.white@yahoo.co.uk"] });
      expect(record.recipients.to).toEqual([{ displayName: "Beth Brown", emailAddress: "beth.brown@hotmail.co.uk" }]);
      expect(record.recipients.cc).toEqual([]);
      expect(record.recipients.bcc).toEqual([
        { displayName: "Alan Green", emailAddress: "alan.green@gmail.com" },
        { displayName: "Chris White", emailAddress: "chris.white@yahoo.co.uk" },
      ]);
      const sets = record.calls.filter((c) => c.api.endsWith(".setAsync")).map((c) => c.api);
      expect(sets[0]).toBe("bcc.setAsync");
    });

    it("move-to-bcc does not add someone already in Bcc twice", async () => {
      const { host, record } = officeMock({ from: CLERK, to: [ALAN], bcc: [ALAN] });
      await applyFixInOutlook(host(), { kind: "move-to-bcc", addresses: ["alan.green@gmail.com"] });
      expect(record.recipients.bcc).toHaveLength(1);
      expect(record.recipients.to).toEqual([]);
    });

    it("move-to-bcc takes nobody off To when Bcc cannot be set", async () => {
      const { host, record } = officeMock({ from: CLERK, to: [ALAN, BETH], fail: { "bcc.setAsync": "refused" } });
      await expect(applyFixInOutlook(host(), { kind: "move-to-bcc", addresses: ["alan.green@gmail.com"] })).rejects.toThrow("refused");
      expect(record.recipients.to).toHaveLength(2);
    });

    it("remove-recipient takes one address off one field", async () => {
      const { host, record } = officeMock({ from: CLERK, cc: [ALAN, BETH] });
      await applyFixInOutlook(host(), { kind: "remove-recipient", field: "cc", address: "beth.brown@hotmail.co.uk" });
      expect(record.recipients.cc.map((r) => r.emailAddress)).toEqual(["alan.green@gmail.com"]);
    });

    it("replace-recipient keeps the person's name and place", async () => {
      const { host, record } = officeMock({ from: CLERK, to: [BETH, "Peter Smith <peter.smith@gmail.com>", ALAN] });
      await applyFixInOutlook(host(), {
        kind: "replace-recipient",
        field: "to",
        address: "peter.smith@gmail.com",
        replacement: "cllr.smith@leighonseatowncouncil.gov.uk",
      });
      expect(record.recipients.to).toEqual([
        { displayName: "Beth Brown", emailAddress: "beth.brown@hotmail.co.uk" },
        { displayName: "Peter Smith", emailAddress: "cllr.smith@leighonseatowncouncil.gov.uk" },
        { displayName: "Alan Green", emailAddress: "alan.green@gmail.com" },
      ]);
    });

    it("replace-recipient only removes when the replacement is already there", async () => {
      const { host, record } = officeMock({ from: CLERK, to: ["Peter Smith <peter.smith@gmail.com>", "Peter Smith <cllr.smith@leighonseatowncouncil.gov.uk>"] });
      await applyFixInOutlook(host(), { kind: "replace-recipient", field: "to", address: "peter.smith@gmail.com", replacement: "cllr.smith@leighonseatowncouncil.gov.uk" });
      expect(record.recipients.to.map((r) => r.emailAddress)).toEqual(["cllr.smith@leighonseatowncouncil.gov.uk"]);
    });
  });
});
