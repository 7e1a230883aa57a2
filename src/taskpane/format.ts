import type { EvidenceField, Fix, Role } from "../engine";

/** Words for the task pane, in one place. British English throughout. */

export const ROLE_LABEL: Record<Role, string> = { councillor: "Councillor", officer: "Officer" };

export const FIELD_LABEL: Record<EvidenceField, string> = {
  subject: "Subject",
  body: "Message",
  to: "To",
  cc: "Cc",
  bcc: "Bcc",
  attachment: "Attachment",
  from: "From",
  label: "Sensitivity label",
};

/** The label of the one-click button for a fix. */
export function fixLabel(fix: Fix): string {
  switch (fix.kind) {
    case "insert-signature":
      return "Insert the approved signature";
    case "append-waiver":
      return "Add the waiver clause";
    case "move-to-bcc":
      return fix.addresses.length === 1 ? "Move 1 recipient to Bcc" : `Move ${fix.addresses.length} recipients to Bcc`;
    case "remove-recipient":
      return `Remove ${fix.address}`;
    case "replace-recipient":
      return `Change to ${fix.replacement}`;
  }
}

/** What a fix did, for the confirmation people hear and see. */
export function fixDone(fix: Fix): string {
  switch (fix.kind) {
    case "insert-signature":
      return "The approved signature has been inserted.";
    case "append-waiver":
      return "The waiver clause will be added at the end of your message.";
    case "move-to-bcc":
      return "Moved to Bcc: recipients can no longer see each other's addresses.";
    case "remove-recipient":
      return `${fix.address} has been removed.`;
    case "replace-recipient":
      return `${fix.address} has been changed to ${fix.replacement}.`;
  }
}

/** The summary line for a verdict. */
export function summary(action: "block" | "warn" | "pass", blocks: number, warnings: number): { title: string; body: string } {
  if (action === "pass") return { title: "All clear", body: "This message follows the council's email policy." };
  const parts: string[] = [];
  if (blocks) parts.push(`${blocks} ${blocks === 1 ? "thing" : "things"} to fix before sending`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? "thing" : "things"} to check`);
  return {
    title: action === "block" ? "Fix before sending" : "Check before sending",
    body: parts.join(" and ") + ".",
  };
}
