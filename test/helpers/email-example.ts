import type { DraftSpec } from "./draft";

/** An example email as written in a rule's docs page. */
export interface EmailExample {
  expect: "triggers" | "passes";
  spec: DraftSpec;
  source: string;
}

const splitAddresses = (v: string): string[] =>
  v
    .split(/[,;]\s*(?![^<]*>)/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Parse a docs example: headers (From, To, Cc, Bcc, Subject, Compose-Type, Attachments,
 * Flags, Sensitivity), a blank line, then the body. A body starting with `<` is HTML.
 */
export function parseEmailExample(expect: EmailExample["expect"], source: string): EmailExample {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const spec: DraftSpec = {};
  let i = 0;
  for (; i < lines.length && lines[i].trim() !== ""; i++) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(lines[i]);
    if (!m) throw new Error(`bad header line in docs example: ${lines[i]}`);
    const [, key, value] = m;
    switch (key.toLowerCase()) {
      case "from": spec.from = value; break;
      case "to": spec.to = splitAddresses(value); break;
      case "cc": spec.cc = splitAddresses(value); break;
      case "bcc": spec.bcc = splitAddresses(value); break;
      case "subject": spec.subject = value; break;
      case "compose-type": spec.composeType = value as DraftSpec["composeType"]; break;
      case "attachments": spec.attachments = splitAddresses(value); break;
      case "sensitivity": spec.sensitivityLabel = value; break;
      case "flags": spec.flags = Object.fromEntries(splitAddresses(value).map((f) => [f, true])); break;
      default: throw new Error(`unknown header "${key}" in docs example`);
    }
  }
  const body = lines.slice(i + 1).join("\n");
  if (body.trimStart().startsWith("<")) spec.html = body;
  else spec.body = body;
  return { expect, spec, source };
}

/** Every ```email triggers / ```email passes block in a Markdown page. */
export function emailExamples(markdown: string): EmailExample[] {
  const out: EmailExample[] = [];
  const re = /^```email (triggers|passes)\n([\s\S]*?)^```$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(markdown)) !== null) out.push(parseEmailExample(m[1] as EmailExample["expect"], m[2].replace(/\n$/, "")));
  return out;
}
