import { assessReceived } from "../../src/engine/attachments";
import { defaultPolicy } from "../../src/policy";
import type { Attachment } from "../../src/engine/draft";

const policy = defaultPolicy();
const file = (name: string, isInline = false): Attachment => ({ name, size: 1000, contentType: "", isInline });
const judge = (from: string, names: string[]) => assessReceived({ from: { name: "", address: from }, attachments: names.map((n) => file(n)) }, policy);
const levels = (from: string, names: string[]) => judge(from, names).attachments.map((a) => a.level);

describe("attachment trust when reading", () => {
  it("trusts ordinary files from the council and its trusted partners", () => {
    expect(levels("clerk@leighonseatowncouncil.gov.uk", ["Agenda.pdf", "Minutes.docx", "Budget.xlsx", "photo.jpg"])).toEqual(["trusted", "trusted", "trusted", "trusted"]);
    expect(levels("planning@southend.gov.uk", ["Decision notice.pdf"])).toEqual(["trusted"]);
    expect(levels("highways@roads.essex.gov.uk", ["Map.png"])).toEqual(["trusted"]);
  });

  it("asks for caution with anyone else", () => {
    const r = judge("alan.green@gmail.com", ["Photos of the pothole.jpg"]);
    expect(r.sender.kind).toBe("external");
    expect(r.attachments[0].level).toBe("caution");
    expect(r.attachments[0].reasons[0].text).toMatch(/outside the council/);
  });

  it("flags a look-alike of the council's or a trusted domain as danger", () => {
    const r = judge("clerk@leighonseatownconcil.gov.uk", ["Invoice.pdf"]);
    expect(r.sender.lookalikeOf).toBe("leighonseatowncouncil.gov.uk");
    expect(r.attachments[0].level).toBe("danger");
    expect(levels("payments@southend-gov.uk", ["Remittance.pdf"])).toEqual(["danger"]);
  });

  it.each([
    ["invoice.pdf.exe", "danger"],
    ["Invoice.PDF      .exe", "danger"],
    ["setup.msi", "danger"],
    ["script.js", "danger"],
    ["payment\u202Efdp.exe", "danger"],
    ["Quote.docm", "caution"],
    ["Sign in.html", "caution"],
    ["Photos.zip", "caution"],
  ])("judges %s from the council as %s", (name, level) => {
    expect(levels("clerk@leighonseatowncouncil.gov.uk", [name])).toEqual([level]);
  });

  it("is stricter with macro and HTML files from outside", () => {
    expect(levels("someone@example.com", ["Quote.xlsm", "Shared document.htm", "Old form.doc"])).toEqual(["danger", "danger", "caution"]);
  });

  it("leaves out inline images and cites the clause", () => {
    const r = assessReceived({ from: { name: "", address: "a@gmail.com" }, attachments: [file("image001.png", true)] }, policy);
    expect(r.attachments).toEqual([]);
    expect(r.clause.text).toBe("Only attachments from a trusted source may be downloaded");
  });
});
