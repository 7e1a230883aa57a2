import type { Address } from "./draft";
import type { Role } from "./rule";
import type { Policy } from "../policy/schema";

/** One line of an approved signature, filled in as far as the policy knows the sender. */
export interface SignatureLine {
  /** The template line, e.g. `Cllr {name}`. */
  template: string;
  /** The line with every known placeholder filled in. */
  text: string;
  /** Placeholders the policy could not fill for this sender (e.g. `jobTitle`). */
  missing: string[];
}

export interface ApprovedSignature {
  role: Role;
  lines: SignatureLine[];
  /** Placeholders that could not be filled on any line. */
  missing: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The sender's display name without a leading "Cllr" (the councillor template adds its own). */
export function plainName(name: string): string {
  return name.replace(/^\s*(cllr\.?|councillor)\s+/i, "").trim();
}

/**
 * The approved signature for this sender: the policy's template for their role, filled from the
 * policy's per-person details, falling back to the display name Outlook gives.
 */
export function approvedSignature(policy: Policy, role: Role, from: Address): ApprovedSignature {
  const person = policy.people.find((p) => p.address === from.address.trim().toLowerCase());
  const values: Record<string, string | undefined> = {
    ...(person?.details ?? {}),
    name: person?.name ?? (plainName(from.name) || undefined),
    jobTitle: person?.jobTitle,
    email: from.address || undefined,
  };
  const missingAll = new Set<string>();
  const lines = policy.signatures[role].lines.map((template) => {
    const missing: string[] = [];
    const text = template.replace(PLACEHOLDER, (whole, key: string) => {
      const v = values[key];
      if (v === undefined || v === "") {
        missing.push(key);
        missingAll.add(key);
        return whole;
      }
      return v;
    });
    return { template, text, missing };
  });
  return { role, lines, missing: [...missingAll] };
}

/** The signature as plain text, leaving out lines that still have unfilled placeholders. */
export function signatureText(signature: ApprovedSignature): string {
  return signature.lines
    .filter((l) => l.missing.length === 0)
    .map((l) => l.text)
    .join("\n");
}
