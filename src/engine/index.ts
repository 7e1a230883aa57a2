/** The engine's public face: everything the task pane, the on-send handler and the CLI use. */
export { checkDraft, classifyAddress, roleOf, type Verdict, type CheckOptions } from "./check";
export { normalizeDraft, domainOf, type EmailDraft, type Address, type Attachment, type ComposeType, type DraftFlags, type RecipientField } from "./draft";
export { parseBody, type ParsedBody, type Span } from "./body";
export { applyFix } from "./fixes";
export { approvedSignature, signatureText, type ApprovedSignature } from "./signature";
export { rules, ruleById } from "./rules";
export type { Finding, Fix, FixKind, Evidence, EvidenceField, Clause, Severity, SeverityConfig, Role } from "./rule";
export { assessReceived, type ReceivedTrust, type AttachmentTrust, type TrustLevel } from "./attachments";
