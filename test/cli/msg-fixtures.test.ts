import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import MsgReader from "@kenjiuno/msgreader";
import { compoundFileProblem } from "../../src/cli/mail/cfb";
import { generatedFixtures, MAIL } from "./support/fixtures";

/**
 * The binary fixtures (.msg files, junk) are made by ./support; the committed bytes must be
 * what it makes. To regenerate after changing it: UPDATE_FIXTURES=1 npx jest test/cli/msg-fixtures
 */
describe("generated mail fixtures", () => {
  const fixtures = generatedFixtures();

  if (process.env.UPDATE_FIXTURES) {
    for (const [path, bytes] of Object.entries(fixtures)) writeFileSync(join(MAIL, path), bytes);
  }

  it.each(Object.keys(fixtures))("%s is committed as generated", (path) => {
    const file = join(MAIL, path);
    expect(existsSync(file)).toBe(true);
    expect(Buffer.compare(readFileSync(file), Buffer.from(fixtures[path]))).toBe(0);
  });

  it("writes compound files that pass the structural check", () => {
    expect(compoundFileProblem(fixtures["msg/officer-report.msg"])).toBeNull();
    expect(compoundFileProblem(fixtures["msg/councillor-reply.msg"])).toBeNull();
  });

  it("writes .msg files the real reader reads, property for property", () => {
    const bytes = fixtures["msg/officer-report.msg"];
    const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const data = reader.getFileData();
    expect(data.error).toBeUndefined();
    expect(data.messageClass).toBe("IPM.Note");
    expect(data.subject).toBe("Draft report for the Finance Committee");
    expect(data.senderName).toBe("Jane Bennett");
    expect(data.senderSmtpAddress).toBe("clerk@leighonseatowncouncil.gov.uk");
    expect(data.recipients?.map((r) => [r.recipType, r.smtpAddress])).toEqual([
      ["to", "cllr.smith@leighonseatowncouncil.gov.uk"],
      ["cc", "tom.harris@leighonseatowncouncil.gov.uk"],
      ["bcc", "finance@leighonseatowncouncil.gov.uk"],
    ]);
    expect(data.attachments?.map((a) => [a.fileName, a.attachMimeTag, a.pidContentId ?? null])).toEqual([
      ["Finance report draft.pdf", "application/pdf", null],
      ["crest.png", "image/png", "crest@leighonseatowncouncil.gov.uk"],
    ]);
    // The PDF is over 4 KB, so it lives in ordinary sectors: read it back byte for byte.
    const pdf = reader.getAttachment(0);
    expect(pdf.content.length).toBeGreaterThan(4096);
    expect(Buffer.from(pdf.content).toString("latin1")).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
    expect(new TextDecoder().decode(data.html)).toContain("Please find attached the draft report");
    expect(data.clientSubmitTime).toBe(new Date("2025-02-10T09:30:00Z").toUTCString());
  });
});
