import { classifyAddress } from "./check";
import { CLAUSES } from "./clauses";
import { domainOf, type Address, type Attachment } from "./draft";
import { DomainMatcher } from "./lib/domains";
import type { Clause } from "./rule";
import type { Policy } from "../policy/schema";

/** How far to trust an attachment on a received message. */
export type TrustLevel = "trusted" | "caution" | "danger";

export interface TrustReason {
  level: Exclude<TrustLevel, "trusted">;
  /** Plain British English: why, and what to do. */
  text: string;
}

export interface AttachmentTrust {
  attachment: Attachment;
  level: TrustLevel;
  reasons: TrustReason[];
}

export interface ReceivedTrust {
  /** Is the sender the council, a trusted partner, or someone else (or a look-alike)? */
  sender: { address: string; kind: "internal" | "trusted" | "external"; lookalikeOf?: string };
  attachments: AttachmentTrust[];
  clause: Clause;
}

const EXECUTABLE = new Set(
  "exe com scr pif bat cmd msi msp msc js jse vbs vbe wsf wsh ws ps1 psm1 psd1 hta jar lnk reg cpl dll app apk iso img vhd vhdx one onepkg chm url scf inf sct appx appxbundle msix msixbundle dmg pkg sh bin run gadget application xll library-ms settingcontent-ms".split(" "),
);
const MACRO = new Set("docm dotm xlsm xltm xlam xlsb pptm potm ppam ppsm sldm".split(" "));
const LEGACY_OFFICE = new Set("doc dot xls xlt xla ppt pot pps rtf".split(" "));
const HTML = new Set("htm html shtml xhtml mht mhtml svg xht".split(" "));
const ARCHIVE = new Set("zip rar 7z tar gz tgz bz2 xz cab arj ace lzh z zipx".split(" "));
/** Extensions a lure pretends to be. */
const DOCUMENT = new Set("pdf doc docx xls xlsx ppt pptx txt rtf jpg jpeg png gif csv odt ods".split(" "));
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;

/** The file's extensions, last first, lower-cased, ignoring trailing dots and spaces. */
function extensions(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[\s.]+$/, "")
    .split(".")
    .slice(1)
    .map((e) => e.trim())
    .reverse();
}

function assessFile(attachment: Attachment, external: boolean): TrustReason[] {
  const reasons: TrustReason[] = [];
  const name = attachment.name;
  const [ext = "", inner = ""] = extensions(name);
  if (BIDI.test(name)) reasons.push({ level: "danger", text: "The file name hides its real type with invisible direction characters. Do not open it; report it to the clerk." });
  if (EXECUTABLE.has(ext)) {
    if (DOCUMENT.has(inner) || /\s{3,}\./.test(name)) reasons.push({ level: "danger", text: `The name pretends to be a .${inner || "document"} but the file is a .${ext} program. Do not open it; report it to the clerk.` });
    else reasons.push({ level: "danger", text: `A .${ext} file is a program or script that can run on your computer. Do not open it unless the clerk confirms it is expected.` });
  } else if (MACRO.has(ext)) {
    reasons.push({ level: external ? "danger" : "caution", text: `A .${ext} file can contain macros. Do not enable macros or editing unless you were expecting it.` });
  } else if (HTML.has(ext)) {
    reasons.push({ level: external ? "danger" : "caution", text: `A .${ext} attachment is a web page that can imitate a sign-in page. Do not enter a password in it.` });
  } else if (ARCHIVE.has(ext)) {
    reasons.push({ level: "caution", text: `A .${ext} archive can hide other files. Only open it if you were expecting it from this sender.` });
  } else if (LEGACY_OFFICE.has(ext) && external) {
    reasons.push({ level: "caution", text: `An older .${ext} file can contain macros. Do not enable editing or macros.` });
  }
  return reasons;
}

/**
 * Judge each attachment of a received message: Leigh-on-Sea 5, "Only attachments from a
 * trusted source may be downloaded". Pure, like the rules.
 */
export function assessReceived(message: { from: Address; attachments: readonly Attachment[] }, policy: Policy): ReceivedTrust {
  const from = classifyAddress(message.from.address, message.from.name, policy);
  const matcher = new DomainMatcher([...policy.council.domains, ...policy.trustedDomains]);
  const near = from.kind === "external" ? matcher.check(domainOf(message.from.address)) : null;
  const senderReasons: TrustReason[] = [];
  if (near) {
    senderReasons.push({
      level: "danger",
      text: `The sender's address looks like ${near.suggestion ?? "a council or partner address"} but is not. Do not open attachments; report it to the clerk.`,
    });
  } else if (from.kind === "external") {
    senderReasons.push({ level: "caution", text: "The sender is outside the council and its trusted partners. Only open attachments you were expecting." });
  }
  const attachments = message.attachments
    .filter((a) => !a.isInline)
    .map((attachment) => {
      const reasons = [...senderReasons, ...assessFile(attachment, from.kind === "external")];
      const level: TrustLevel = reasons.some((r) => r.level === "danger") ? "danger" : reasons.length ? "caution" : "trusted";
      return { attachment, level, reasons };
    });
  return {
    sender: { address: message.from.address, kind: from.kind, ...(near?.suggestion ? { lookalikeOf: near.suggestion } : {}) },
    attachments,
    clause: CLAUSES.trustedAttachments,
  };
}
