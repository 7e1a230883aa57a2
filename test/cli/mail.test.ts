import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseEml } from "../../src/cli/mail/eml";
import { splitMbox } from "../../src/cli/mail/mbox";
import { composeTypeOf, MailReadError, sensitivityOf, sensitivityOfMapi, toAttachment } from "../../src/cli/mail/message";
import { parseMsg } from "../../src/cli/mail/msg";
import { mailFiles, readMail, readMailFile, type MailItem } from "../../src/cli/mail/read";
import { MAIL } from "./support/fixtures";

const fixture = (path: string) => readFileSync(join(MAIL, path));

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe("compose type", () => {
  it.each([
    ["RE: Benches", false, "reply"],
    ["Re: Benches", false, "reply"],
    ["AW: Bänke", false, "reply"],
    ["re:Benches", false, "reply"],
    ["FW: Papers", false, "forward"],
    ["Fwd: Papers", false, "forward"],
    ["WG: Unterlagen", false, "forward"],
    ["RE: FW: Papers", false, "reply"],
    ["FW: RE: Papers", true, "forward"],
    ["[EXTERNAL] RE: Quote", false, "reply"],
    ["Benches", true, "reply"],
    ["Benches", false, "newMail"],
    ["Regarding the benches", false, "newMail"],
    ["Fwd thinking: a plan", false, "newMail"],
    ["Area: Elm Road", false, "newMail"],
  ] as const)("%j (threaded %s) is %s", (subject, threaded, expected) => {
    expect(composeTypeOf(subject, threaded)).toBe(expected);
  });
});

describe("sensitivity", () => {
  it("maps Outlook's Sensitivity header", () => {
    expect(sensitivityOf("Company-Confidential")).toBe("Company-Confidential");
    expect(sensitivityOf("private")).toBe("Private");
    expect(sensitivityOf("Personal")).toBe("Personal");
    expect(sensitivityOf("Normal")).toBeUndefined();
    expect(sensitivityOf(undefined)).toBeUndefined();
  });

  it("reads an enabled Purview label's name from msip_labels", () => {
    const labels =
      "MSIP_Label_11111111-2222-3333-4444-555555555555_Enabled=true; MSIP_Label_11111111-2222-3333-4444-555555555555_Name=OFFICIAL-SENSITIVE; MSIP_Label_11111111-2222-3333-4444-555555555555_SiteId=x";
    expect(sensitivityOf(undefined, labels)).toBe("OFFICIAL-SENSITIVE");
    expect(sensitivityOf(undefined, labels.replace("Enabled=true", "Enabled=false"))).toBeUndefined();
  });

  it("maps PR_SENSITIVITY", () => {
    expect([0, 1, 2, 3, undefined].map(sensitivityOfMapi)).toEqual([undefined, "Personal", "Private", "Company-Confidential", undefined]);
  });
});

describe("attachments", () => {
  it("are inline when the HTML shows them by cid, or an image sent inline", () => {
    const cids = new Set(["logo@x"]);
    expect(toAttachment({ name: "logo.png", size: 1, contentType: "image/png", contentId: "<logo@x>", disposition: "inline" }, cids).isInline).toBe(true);
    expect(toAttachment({ name: "photo.jpg", size: 1, contentType: "image/jpeg", disposition: "inline" }, new Set()).isInline).toBe(true);
    expect(toAttachment({ name: "minutes.pdf", size: 1, contentType: "application/pdf", disposition: "inline" }, new Set()).isInline).toBe(false);
    expect(toAttachment({ name: "minutes.pdf", size: 1, contentType: "application/pdf", disposition: "attachment" }, new Set()).isInline).toBe(false);
  });
});

describe(".eml", () => {
  it("maps a plain-text message to a draft", async () => {
    const { draft, date } = await parseEml(fixture("eml/officer-no-waiver.eml"));
    expect(draft.from).toEqual({ name: "Jane Bennett", address: "clerk@leighonseatowncouncil.gov.uk" });
    expect(draft.to).toEqual([{ name: "Alan Green", address: "alan.green@gmail.com" }]);
    expect(draft.subject).toBe("Your allotment application");
    expect(draft.body.type).toBe("text");
    expect(draft.body.content).toContain("You are\nnow on the waiting list");
    expect(draft.composeType).toBe("newMail");
    expect(draft.sensitivityLabel).toBeUndefined();
    expect(date?.toISOString()).toBe("2025-03-04T10:15:00.000Z");
  });

  it("prefers the HTML part of a multipart/alternative message (CRLF line ends)", async () => {
    const { draft } = await parseEml(fixture("eml/officer-complete.eml"));
    expect(draft.body.type).toBe("html");
    expect(draft.body.content).toContain("<p>Dear Mr Green,</p>");
  });

  it("recognises a reply by In-Reply-To and the Re: subject", async () => {
    const { draft } = await parseEml(fixture("eml/councillor-reply.eml"));
    expect(draft.composeType).toBe("reply");
    expect(draft.from.address).toBe("cllr.smith@leighonseatowncouncil.gov.uk");
  });

  it("reads a forward: FW: wins over In-Reply-To; sensitivity; inline image and attachment", async () => {
    const { draft } = await parseEml(fixture("eml/forward-confidential.eml"));
    expect(draft.composeType).toBe("forward");
    expect(draft.sensitivityLabel).toBe("Company-Confidential");
    expect(draft.body.type).toBe("html");
    expect(draft.body.content).toContain('src="cid:crest@leighonseatowncouncil.gov.uk"');
    expect(draft.attachments).toEqual([
      { name: "crest.png", size: 68, contentType: "image/png", isInline: true },
      { name: "Staffing papers.pdf", size: 33, contentType: "application/pdf", isInline: false },
    ]);
  });

  it("takes cc, bcc and address groups, and decodes encoded words", async () => {
    const raw = [
      "From: =?UTF-8?B?U2nDom4gT+KAmUJyaWVu?= <siobhan@leighonseatowncouncil.gov.uk>",
      "To: Councillors: cllr.a@leighonseatowncouncil.gov.uk, cllr.b@leighonseatowncouncil.gov.uk;",
      "Cc: planning@southend.gov.uk",
      "Bcc: Beth <beth.brown@hotmail.co.uk>",
      "Subject: =?UTF-8?Q?Caf=C3=A9_licence_=C2=A35?=",
      "Date: not a date",
      "",
      "Hello",
      "",
    ].join("\r\n");
    const { draft, date } = await parseEml(Buffer.from(raw));
    expect(draft.from).toEqual({ name: "Siân O’Brien", address: "siobhan@leighonseatowncouncil.gov.uk" });
    expect(draft.to.map((a) => a.address)).toEqual(["cllr.a@leighonseatowncouncil.gov.uk", "cllr.b@leighonseatowncouncil.gov.uk"]);
    expect(draft.cc).toEqual([{ name: "", address: "planning@southend.gov.uk" }]);
    expect(draft.bcc).toEqual([{ name: "Beth", address: "beth.brown@hotmail.co.uk" }]);
    expect(draft.subject).toBe("Café licence £5");
    expect(date).toBeNull();
  });

  it("accepts a single message with an mbox From line and a byte-order mark", async () => {
    const raw = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("From clerk Mon Jan  6 09:00:00 2025\nFrom: clerk@leighonseatowncouncil.gov.uk\nSubject: Hi\n\nBody\n")]);
    const { draft } = await parseEml(raw);
    expect(draft.subject).toBe("Hi");
  });

  it("is not fooled into calling a message truncated by a boundary quoted in its text", async () => {
    const raw = 'From: clerk@leighonseatowncouncil.gov.uk\nSubject: Mail settings\nContent-Type: text/plain\n\nThe header reads: Content-Type: multipart/mixed; boundary="abc"\n';
    expect((await parseEml(Buffer.from(raw))).draft.subject).toBe("Mail settings");
  });

  it.each([
    ["empty", "", /empty/],
    ["blank", "\n\n  \n", /empty/],
    ["binary", "\u0000\u0001\u0002junk", /binary data/],
    ["prose", "Dear Jane, here are my notes.\n", /does not start with a header/],
    ["headers that are not mail headers", "Colour: blue\nShape: round\n\nbody", /none of the headers/],
    ["truncated multipart", fixture("malformed/truncated.eml").toString("latin1"), /incomplete/],
  ])("rejects %s with a plain sentence", async (_name, raw, message) => {
    const error = await parseEml(Buffer.from(raw, "latin1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailReadError);
    expect((error as Error).message).toMatch(message);
  });
});

describe(".eml, whatever the bytes", () => {
  it("gives a message or a MailReadError, never another failure (property)", async () => {
    const base = fixture("eml/forward-confidential.eml");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)),
          fc.string({ maxLength: 400 }).map((s) => Buffer.from(s)),
          fc.tuple(fc.nat({ max: base.length }), fc.uint8Array({ maxLength: 40 })).map(([at, b]) => Buffer.concat([base.subarray(0, at), Buffer.from(b), base.subarray(at)])),
        ),
        async (bytes) => {
          try {
            const { draft } = await parseEml(bytes);
            expect(Array.isArray(draft.to)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(MailReadError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe(".msg", () => {
  it("maps the Outlook properties to a draft", () => {
    const { draft, date } = parseMsg(fixture("msg/officer-report.msg"));
    expect(draft.from).toEqual({ name: "Jane Bennett", address: "clerk@leighonseatowncouncil.gov.uk" });
    expect(draft.to).toEqual([{ name: "Peter Smith", address: "cllr.smith@leighonseatowncouncil.gov.uk" }]);
    expect(draft.cc).toEqual([{ name: "Tom Harris", address: "tom.harris@leighonseatowncouncil.gov.uk" }]);
    expect(draft.bcc).toEqual([{ name: "Finance Officer", address: "finance@leighonseatowncouncil.gov.uk" }]);
    expect(draft.subject).toBe("Draft report for the Finance Committee");
    expect(draft.body.type).toBe("html");
    expect(draft.body.content).toContain("Please find attached the draft report");
    expect(draft.composeType).toBe("newMail");
    expect(draft.sensitivityLabel).toBe("Private");
    expect(draft.attachments).toEqual([
      { name: "Finance report draft.pdf", size: 5377, contentType: "application/pdf", isInline: false },
      { name: "crest.png", size: 68, contentType: "image/png", isInline: true },
    ]);
    expect(date?.toISOString()).toBe("2025-02-10T09:30:00.000Z");
  });

  it("falls back to the plain-text body, and reads a reply by its subject and In-Reply-To", () => {
    const { draft } = parseMsg(fixture("msg/councillor-reply.msg"));
    expect(draft.body.type).toBe("text");
    expect(draft.body.content).toMatch(/^Thanks Jane/);
    expect(draft.composeType).toBe("reply");
  });

  it.each([
    ["not a compound file", "malformed/not-cfb.msg", /compound-file signature/],
    ["truncated", "malformed/truncated.msg", /truncated/],
    ["looping sector chain", "malformed/looping.msg", /loops/],
    ["empty", "malformed/empty.eml", /empty/],
  ])("rejects a %s .msg without hanging", (_name, path, message) => {
    expect(() => parseMsg(fixture(path))).toThrow(message);
  });
});

describe(".mbox", () => {
  it("splits into messages, unquoting >From and keeping an unquoted 'From the' line", async () => {
    const parts = await collect(splitMbox(join(MAIL, "mbox/sent-items.mbox")));
    expect(parts.map((p) => p.index)).toEqual([1, 2, 3]);
    const second = (await parseEml(parts[1].raw)).draft;
    expect(second.subject).toBe("Re: Minutes of the last meeting");
    expect(second.body.content).toContain("\nFrom the minutes, item 7");
    expect(second.body.content).toContain("From the clerk's note I think that is all.");
    expect((await parseEml(parts[2].raw)).draft.subject).toBe("Grass cutting at the Library Gardens");
  });

  it("streams large files in pieces without losing a message at a chunk boundary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-mbox-"));
    try {
      const one = (i: number) => `From x@y Mon Jan  6 09:00:${String(i % 60).padStart(2, "0")} 2025\r\nFrom: clerk@leighonseatowncouncil.gov.uk\r\nSubject: Message ${i}\r\n\r\n${"Line of text. ".repeat(300)}\r\n\r\n`;
      writeFileSync(join(dir, "big.mbox"), Array.from({ length: 600 }, (_, i) => one(i)).join(""));
      const parts = await collect(splitMbox(join(dir, "big.mbox")));
      expect(parts).toHaveLength(600);
      expect((await parseEml(parts[599].raw)).draft.subject).toBe("Message 599");
      expect(parts[0].raw.toString("latin1").endsWith("Line of text. \r\n")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("reading inputs", () => {
  const names = (items: MailItem[]) => items.map((i) => i.file.slice(MAIL.length + 1));

  it("walks folders recursively in name order, for .eml, .msg and .mbox only", async () => {
    const files = await collect(mailFiles([MAIL]));
    const shown = files.map((f) => f.display.slice(MAIL.length + 1));
    expect(shown).toContain("msg/officer-report.msg");
    expect(shown).not.toContain("eml/notes.txt");
    expect(shown).toEqual([...shown].sort());
  });

  it("names mbox messages box.mbox#n and reports an unreadable one without stopping", async () => {
    const items = await collect(readMail([join(MAIL, "mbox")]));
    expect(names(items)).toEqual(["mbox/mixed.mbox#1", "mbox/mixed.mbox#2", "mbox/sent-items.mbox#1", "mbox/sent-items.mbox#2", "mbox/sent-items.mbox#3"]);
    expect(items[1].error).toMatch(/binary data/);
    expect(items.filter((i) => i.message)).toHaveLength(4);
  });

  it("reports every malformed file with a reason, and never throws", async () => {
    const items = await collect(readMail([join(MAIL, "malformed")]));
    expect(items.map((i) => [i.file.slice(MAIL.length + 1), i.error !== undefined])).toEqual([
      ["malformed/binary-junk.eml", true],
      ["malformed/empty.eml", true],
      ["malformed/empty.mbox", true],
      ["malformed/junk.mbox", true],
      ["malformed/looping.msg", true],
      ["malformed/not-cfb.msg", true],
      ["malformed/truncated.eml", true],
      ["malformed/truncated.msg", true],
    ]);
    expect(items.find((i) => i.file.endsWith("empty.mbox"))?.error).toBe("The mbox file holds no messages.");
    expect(items.find((i) => i.file.endsWith("junk.mbox"))?.error).toMatch(/not an mbox file/);
  });

  it("reads a file named on the command line by its content, and each file once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-read-"));
    try {
      writeFileSync(join(dir, "saved.txt"), fixture("msg/councillor-reply.msg"));
      writeFileSync(join(dir, "export"), fixture("mbox/sent-items.mbox"));
      writeFileSync(join(dir, "renamed.eml"), fixture("msg/officer-report.msg"));
      const items = await collect(readMail([join(dir, "saved.txt"), join(dir, "export"), join(dir, "renamed.eml"), join(dir, "renamed.eml")]));
      expect(items.map((i) => [i.file.slice(dir.length + 1), i.message?.draft.subject])).toEqual([
        ["saved.txt", "RE: Allotment fees"],
        ["export#1", "Hall booking confirmed"],
        ["export#2", "Re: Minutes of the last meeting"],
        ["export#3", "Grass cutting at the Library Gardens"],
        ["renamed.eml", "Draft report for the Finance Committee"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("does not follow a symbolic link back up the tree", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-loop-"));
    try {
      mkdirSync(join(dir, "a"));
      writeFileSync(join(dir, "a", "one.eml"), fixture("eml/officer-no-waiver.eml"));
      symlinkSync(dir, join(dir, "a", "loop"));
      const files = await collect(mailFiles([dir]));
      expect(files.map((f) => f.display.slice(dir.length + 1))).toEqual([join("a", "one.eml")]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a file that vanished mid-batch, and a folder named like a mail file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-gone-"));
    try {
      mkdirSync(join(dir, "folder.eml"));
      const gone = await collect(readMailFile({ path: join(dir, "gone.eml"), display: "gone.eml", kind: "eml" }));
      expect(gone).toEqual([{ file: "gone.eml", source: "gone.eml", error: expect.stringMatching(/has gone/) }]);
      const folder = await collect(readMailFile({ path: join(dir, "folder.eml"), display: "folder.eml", kind: "eml" }));
      expect(folder[0].error).toMatch(/folder, not a file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
