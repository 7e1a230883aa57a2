import fc from "fast-check";
import { compoundFileProblem, isCompoundFile } from "../../src/cli/mail/cfb";
import { parseMsg } from "../../src/cli/mail/msg";
import { MailReadError } from "../../src/cli/mail/message";
import { writeCfb } from "./support/cfb-writer";
import { councillorReplyMsg, officerReportMsg } from "./support/fixtures";

describe("compound-file check", () => {
  it("accepts what the writer writes, with small and large streams and nested storages", () => {
    const big = new Uint8Array(10_000).map((_, i) => i % 251);
    const file = writeCfb([
      { name: "small", data: new Uint8Array([1, 2, 3]) },
      { name: "big", data: big },
      { name: "folder", children: [{ name: "inner", data: new Uint8Array(100) }] },
    ]);
    expect(isCompoundFile(file)).toBe(true);
    expect(compoundFileProblem(file)).toBeNull();
  });

  it("names the problem with a broken header", () => {
    const file = officerReportMsg().slice();
    expect(compoundFileProblem(file.slice(0, 100))).toMatch(/header/);
    const wrongOrder = file.slice();
    wrongOrder[0x1c] = 0;
    expect(compoundFileProblem(wrongOrder)).toMatch(/byte order/);
    const badShift = file.slice();
    badShift[0x1e] = 17;
    expect(compoundFileProblem(badShift)).toMatch(/sector size/);
    const hugeFat = file.slice();
    new DataView(hugeFat.buffer).setUint32(0x2c, 1_000_000, true);
    expect(compoundFileProblem(hugeFat)).toMatch(/FAT sectors/);
  });

  it("catches a directory that links to itself", () => {
    const file = councillorReplyMsg().slice();
    const view = new DataView(file.buffer);
    const dir = 512 * (view.getUint32(0x30, true) + 1);
    const rootChild = view.getUint32(dir + 0x4c, true);
    // Make the root's first child its own left sibling.
    view.setUint32(dir + rootChild * 128 + 0x44, rootChild, true);
    expect(compoundFileProblem(file)).toMatch(/loop/);
  });

  it("catches a stream that claims more bytes than the file holds", () => {
    const file = councillorReplyMsg().slice();
    const view = new DataView(file.buffer);
    const dir = 512 * (view.getUint32(0x30, true) + 1);
    for (let i = 1; i < 16; i++) {
      if (file[dir + i * 128 + 0x42] === 2) {
        view.setUint32(dir + i * 128 + 0x78, 0x7fffffff, true);
        break;
      }
    }
    expect(compoundFileProblem(file)).toMatch(/larger than the whole file/);
  });

  it("a damaged .msg is an error or a message, never a crash or a hang (property)", () => {
    const original = officerReportMsg();
    fc.assert(
      fc.property(
        // Most changes land in the header, FAT and directory, where the reader's loops are steered.
        fc.array(fc.record({ at: fc.oneof(fc.nat({ max: 2047 }), fc.nat({ max: original.length - 1 })), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 12 }),
        fc.option(fc.nat({ max: original.length }), { nil: undefined }),
        (changes, cut) => {
          const bytes = Buffer.from(original.slice(0, cut ?? original.length));
          for (const { at, value } of changes) if (at < bytes.length) bytes[at] = value;
          try {
            const { draft } = parseMsg(bytes);
            expect(typeof draft.subject).toBe("string");
          } catch (error) {
            expect(error).toBeInstanceOf(MailReadError);
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
