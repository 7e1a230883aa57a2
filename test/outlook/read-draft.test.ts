import { readDraft } from "../../src/outlook/read-draft";
import { SESSION_KEYS } from "../../src/outlook/session";
import { officeMock } from "./office-mock";

const CLERK = "Jane Bennett <clerk@leighonseatowncouncil.gov.uk>";

describe("readDraft: the message in Outlook as an EmailDraft", () => {
  it("reads every field, addresses as name and address", async () => {
    const { host } = officeMock({
      from: CLERK,
      to: ["Alan Green <alan.green@gmail.com>"],
      cc: ["Planning Team <planning@southend.gov.uk>"],
      bcc: ["Beth Brown <beth.brown@hotmail.co.uk>"],
      subject: "Allotment waiting list",
      html: "<html><body><p>Dear Alan,</p></body></html>",
      attachments: [{ name: "minutes.pdf", size: 24000, contentType: "application/pdf" }],
      composeType: "reply",
    });
    const { draft } = await readDraft(host());
    expect(draft).toEqual({
      from: { name: "Jane Bennett", address: "clerk@leighonseatowncouncil.gov.uk" },
      to: [{ name: "Alan Green", address: "alan.green@gmail.com" }],
      cc: [{ name: "Planning Team", address: "planning@southend.gov.uk" }],
      bcc: [{ name: "Beth Brown", address: "beth.brown@hotmail.co.uk" }],
      subject: "Allotment waiting list",
      body: { type: "html", content: "<html><body><p>Dear Alan,</p></body></html>" },
      composeType: "reply",
      attachments: [{ name: "minutes.pdf", size: 24000, contentType: "application/pdf", isInline: false }],
      flags: {},
    });
  });

  it("starts every getAsync before any answers (they run in parallel)", async () => {
    const { host, record } = officeMock({ from: CLERK, hang: ["body.getAsync"] });
    void readDraft(host());
    await Promise.resolve();
    const started = record.calls.map((c) => c.api);
    for (const api of ["body.getAsync", "to.getAsync", "cc.getAsync", "bcc.getAsync", "subject.getAsync", "from.getAsync", "getAttachmentsAsync", "getComposeTypeAsync", "sessionData.getAllAsync"]) {
      expect(started).toContain(api);
    }
  });

  it("asks for the body as HTML", async () => {
    const { host, record } = officeMock({ from: CLERK });
    await readDraft(host());
    expect(record.calls.find((c) => c.api === "body.getAsync")?.args[0]).toBe("html");
  });

  it("falls back to the user's profile when from.getAsync fails", async () => {
    const { host } = officeMock({ from: CLERK, userProfile: "Tom Harris <tom.harris@leighonseatowncouncil.gov.uk>", fail: { "from.getAsync": "not available" } });
    const { draft } = await readDraft(host());
    expect(draft.from).toEqual({ name: "Tom Harris", address: "tom.harris@leighonseatowncouncil.gov.uk" });
  });

  it("falls back to the user's profile when from is empty", async () => {
    const { host } = officeMock({ userProfile: CLERK });
    const { draft } = await readDraft(host());
    expect(draft.from.address).toBe("clerk@leighonseatowncouncil.gov.uk");
  });

  it("falls back to the user's profile below Mailbox 1.7, without calling from.getAsync", async () => {
    const { host, record } = officeMock({ from: "Someone <someone@example.com>", userProfile: CLERK, mailbox: "1.6" });
    const { draft } = await readDraft(host());
    expect(draft.from.address).toBe("clerk@leighonseatowncouncil.gov.uk");
    expect(record.calls.some((c) => c.api === "from.getAsync")).toBe(false);
  });

  it("turns sessionData flags into draft flags", async () => {
    const { host } = officeMock({ from: CLERK, session: { [SESSION_KEYS.waiverAppendOnSend]: "1", [SESSION_KEYS.signatureInserted]: "1" } });
    const { draft, session } = await readDraft(host());
    expect(draft.flags).toEqual({ waiverAppendOnSend: true, signatureInserted: true });
    expect(session[SESSION_KEYS.waiverAppendOnSend]).toBe("1");
  });

  it("reads no sessionData below Mailbox 1.11", async () => {
    const { host, record } = officeMock({ from: CLERK, mailbox: "1.10", session: { [SESSION_KEYS.waiverAppendOnSend]: "1" } });
    const { draft } = await readDraft(host());
    expect(draft.flags).toEqual({});
    expect(record.calls.some((c) => c.api === "sessionData.getAllAsync")).toBe(false);
  });

  it("treats a compose type it cannot read as a new message", async () => {
    const { host } = officeMock({ from: CLERK, composeType: "forward", fail: { "getComposeTypeAsync": "no" } });
    expect((await readDraft(host())).draft.composeType).toBe("newMail");
  });

  it("names the sensitivity label from the catalogue (Mailbox 1.13), nested labels included", async () => {
    const { host } = officeMock({
      from: CLERK,
      sensitivityLabel: { id: "b", catalog: [{ id: "a", name: "Public" }, { id: "p", name: "Confidential", children: [{ id: "b", name: "Council only" }] }] },
    });
    expect((await readDraft(host())).draft.sensitivityLabel).toBe("Council only");
  });

  it("leaves the label out below Mailbox 1.13 and when the catalogue fails", async () => {
    const label = { id: "a", catalog: [{ id: "a", name: "Public" }] };
    expect((await readDraft(officeMock({ from: CLERK, mailbox: "1.12", sensitivityLabel: label }).host())).draft.sensitivityLabel).toBeUndefined();
    const failing = officeMock({ from: CLERK, sensitivityLabel: label, fail: { "sensitivityLabelsCatalog.getAsync": "labels are off" } });
    expect((await readDraft(failing.host())).draft.sensitivityLabel).toBeUndefined();
  });

  it.each(["body.getAsync", "to.getAsync", "cc.getAsync", "bcc.getAsync", "subject.getAsync", "getAttachmentsAsync"] as const)(
    "rejects, naming the API, when %s fails",
    async (api) => {
      const { host } = officeMock({ from: CLERK, fail: { [api]: "The mailbox is busy" } });
      await expect(readDraft(host())).rejects.toThrow(`${api}: The mailbox is busy`);
    },
  );

  it("rejects when there is no item", async () => {
    await expect(readDraft({ mailbox: { item: null } })).rejects.toThrow(/no message/);
  });

  it("works when Outlook answers inside the call (synchronously)", async () => {
    const { host } = officeMock({ from: CLERK, subject: "Hello", synchronous: true });
    expect((await readDraft(host())).draft.subject).toBe("Hello");
  });
});
