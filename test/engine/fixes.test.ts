import { applyFix } from "../../src/engine/fixes";
import { parseBody } from "../../src/engine/body";
import { makeDraft, RESIDENT, RESIDENT_2, RESIDENT_3, officerSignature, waiver } from "../helpers/draft";

const sig = officerSignature();
const W = waiver();
const authored = (d: ReturnType<typeof makeDraft>) => {
  const b = parseBody(d.body);
  return b.text.slice(0, b.quoted ? b.quoted.start : b.text.length);
};

describe("applyFix", () => {
  it("inserts the signature at the end of a plain-text message, keeping every word", () => {
    const d = makeDraft({ to: RESIDENT, body: "Dear Alan,\n\nSee you Tuesday." });
    const out = applyFix(d, { kind: "insert-signature", text: sig });
    expect(out.body.content).toBe(`Dear Alan,\n\nSee you Tuesday.\n\n${sig}\n`);
  });

  it("inserts the signature above the quoted history of a plain-text reply", () => {
    const d = makeDraft({ composeType: "reply", to: RESIDENT, body: "Noted.\n\n-----Original Message-----\nFrom: Alan\nold text" });
    const out = applyFix(d, { kind: "insert-signature", text: sig });
    expect(out.body.content).toBe(`Noted.\n\n${sig}\n\n-----Original Message-----\nFrom: Alan\nold text`);
  });

  it("inserts the signature above Outlook's reply header in HTML", () => {
    const html = '<html><body><p>Noted.</p><div id="divRplyFwdMsg"><b>From:</b> Alan</div><p>old</p></body></html>';
    const out = applyFix(makeDraft({ html }), { kind: "insert-signature", text: sig });
    expect(out.body.content.indexOf("council-signature")).toBeLessThan(out.body.content.indexOf("divRplyFwdMsg"));
    expect(out.body.content).toContain("<p>Noted.</p>");
    expect(authored(out)).toContain("Town Clerk");
  });

  it("inserts before a text-detected header without splitting its markup", () => {
    const html = '<p>Agreed.</p><div style="border-top:solid #E1E1E1 1pt"><p><b>From:</b> Alan<br><b>Sent:</b> Mon<br><b>To:</b> Clerk<br><b>Subject:</b> Bins</p></div><p>old</p>';
    const out = applyFix(makeDraft({ html }), { kind: "insert-signature", text: sig }).body.content;
    expect(out.indexOf('<div class="council-signature">')).toBeLessThan(out.indexOf("border-top"));
  });

  it("appends the waiver before </body> in HTML and escapes it", () => {
    const out = applyFix(makeDraft({ html: "<html><body><p>Hi</p></body></html>" }), { kind: "append-waiver", text: "A & B <waiver> clause text here." });
    expect(out.body.content).toBe('<html><body><p>Hi</p><div class="council-waiver">A &amp; B &lt;waiver&gt; clause text here.</div></body></html>');
  });

  it("is idempotent for the signature and the waiver", () => {
    const d = makeDraft({ html: "<p>Hello</p><blockquote>old</blockquote>" });
    for (const fix of [{ kind: "insert-signature" as const, text: sig }, { kind: "append-waiver" as const, text: W }]) {
      const once = applyFix(d, fix);
      expect(applyFix(once, fix)).toEqual(once);
    }
  });

  it("moves recipients to Bcc without duplicates, keeping names", () => {
    const d = makeDraft({ to: [RESIDENT, RESIDENT_2], cc: RESIDENT_3, bcc: "beth.brown@hotmail.co.uk" });
    const out = applyFix(d, { kind: "move-to-bcc", addresses: ["alan.green@gmail.com", "BETH.BROWN@hotmail.co.uk", "chris.white@yahoo.co.uk"] });
    expect(out.to).toEqual([]);
    expect(out.cc).toEqual([]);
    expect(out.bcc.map((r) => r.address)).toEqual(["beth.brown@hotmail.co.uk", "alan.green@gmail.com", "chris.white@yahoo.co.uk"]);
    expect(out.bcc[1].name).toBe("Alan Green");
    expect(applyFix(out, { kind: "move-to-bcc", addresses: ["alan.green@gmail.com"] })).toEqual(out);
  });

  it("replaces and removes a recipient", () => {
    const d = makeDraft({ to: ["Alan <alan@gmial.com>", RESIDENT_2] });
    const fixed = applyFix(d, { kind: "replace-recipient", field: "to", address: "alan@gmial.com", replacement: "alan@gmail.com" });
    expect(fixed.to).toEqual([{ name: "Alan", address: "alan@gmail.com" }, { name: "Beth Brown", address: "beth.brown@hotmail.co.uk" }]);
    expect(applyFix(fixed, { kind: "replace-recipient", field: "to", address: "alan@gmial.com", replacement: "alan@gmail.com" })).toEqual(fixed);
    expect(applyFix(d, { kind: "remove-recipient", field: "to", address: "ALAN@gmial.com" }).to.map((r) => r.address)).toEqual(["beth.brown@hotmail.co.uk"]);
  });
});
