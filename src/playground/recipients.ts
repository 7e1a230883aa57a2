import type { Person } from "./office-emulator";

/** Recipients as Outlook shows them in a field: `Name <address>; address`. */
export function formatRecipients(people: readonly Person[]): string {
  return people.map((p) => (p.displayName && p.displayName !== p.emailAddress ? `${p.displayName} <${p.emailAddress}>` : p.emailAddress)).join("; ");
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * Read what was typed in a recipient field: entries separated by `;` or `,` (not inside quotes or
 * angle brackets), each `Name <address>`, `"Name" <address>` or a bare address.
 */
export function parseRecipients(text: string): { people: Person[]; invalid: string[] } {
  const entries: string[] = [];
  let current = "";
  let quoted = false;
  let angled = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === "<") angled = true;
    else if (c === ">") angled = false;
    if ((c === ";" || c === ",") && !quoted && !angled) {
      entries.push(current);
      current = "";
    } else current += c;
  }
  entries.push(current);
  const people: Person[] = [];
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^(.*?)\s*<([^>]*)>\s*$/.exec(entry);
    const address = (m ? m[2] : entry).trim();
    const name = (m ? m[1] : "")
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim();
    if (!ADDRESS.test(address)) {
      invalid.push(entry);
      continue;
    }
    people.push({ displayName: name || address, emailAddress: address });
  }
  return { people, invalid };
}
