import type { ZodMiniType } from "zod/mini";
import type { Span, ParsedBody } from "./body";
import type { EmailDraft, RecipientField } from "./draft";
import type { Policy } from "../policy/schema";

/** What a finding does at Send: `block` stops it, `warn` lets the user choose. */
export type Severity = "block" | "warn";
/** A severity as a policy sets it: `off` turns the rule off. */
export type SeverityConfig = Severity | "off";
/** The sender's role under the policy: only officers may instruct or commit the council. */
export type Role = "councillor" | "officer";

/** The words of the council's policy that a rule enforces. */
export interface Clause {
  /** The policy's name as the council titles it, with the council's name. */
  policy: string;
  /** Section or paragraph, e.g. "5 (Email Etiquette)". */
  section: string;
  /** The council's own words, verbatim. */
  text: string;
}

/** Which part of the message a finding points at. */
export type EvidenceField = "subject" | "body" | "to" | "cc" | "bcc" | "attachment" | "from" | "label";

export interface Evidence {
  field: EvidenceField;
  /** The words (or address, or file name) concerned, as written. */
  excerpt: string;
  /** Offsets into the subject or the body's plain text (`ParsedBody.text`). */
  start?: number;
  end?: number;
  /** Position in the recipient field or attachment list. */
  index?: number;
}

/** A change that would resolve a finding. Fixes only add or move: none deletes the user's words. */
export type Fix =
  | { kind: "insert-signature"; text: string }
  | { kind: "append-waiver"; text: string }
  | { kind: "move-to-bcc"; addresses: string[] }
  | { kind: "remove-recipient"; field: RecipientField; address: string }
  | { kind: "replace-recipient"; field: RecipientField; address: string; replacement: string };

export type FixKind = Fix["kind"];

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** Plain British English, at most 200 characters, saying what to do. */
  message: string;
  clause: Clause;
  evidence: Evidence[];
  fix?: Fix;
}

/** A person on the message, classified against the policy. */
export interface Participant {
  name: string;
  address: string;
  domain: string;
  /** `internal`: a council domain; `trusted`: a trusted partner domain; `external`: anyone else. */
  kind: "internal" | "trusted" | "external";
  isCouncillor: boolean;
  isDistributionList: boolean;
}

export interface Recipient extends Participant {
  field: RecipientField;
  index: number;
}

/** A zone of the body: the sender's new text, their signature, or the quoted history. */
export type Zone = "new" | "signature" | "quoted";

/** A piece of the body's text with its absolute offsets. */
export interface TextSlice extends Span {
  text: string;
  zone: Zone;
}

export interface ReportDescriptor<MessageIds extends string> {
  messageId: MessageIds;
  /** Values for `{placeholders}` in the message template. */
  data?: Record<string, string | number>;
  evidence: Evidence[];
  fix?: Fix;
  /** Raise (or lower) this finding's severity, e.g. `visible-recipients` blocks at ten. */
  severity?: Severity;
}

export interface RuleContext<Options, MessageIds extends string> {
  readonly draft: EmailDraft;
  readonly policy: Policy;
  readonly options: Options;
  readonly body: ParsedBody;
  /** Where the policy's waiver clause stands in the sender's own text, if it does. */
  readonly waiver: Span | null;
  readonly role: Role;
  readonly sender: Participant;
  /** Every recipient in To, Cc and Bcc, in that order. */
  readonly recipients: readonly Recipient[];
  /** Is this address the council's, a trusted partner's or someone else's? */
  classify(address: string, name?: string): Participant;
  /**
   * The body's text in the given zones, in order, with the waiver clause cut out unless asked
   * for. Offsets stay absolute, so evidence points at the right place.
   */
  slices(zones: readonly Zone[], opts?: { includeWaiver?: boolean }): TextSlice[];
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

export interface RuleMeta<Options, MessageIds extends string> {
  /** Stable kebab-case id, equal to the rule's file name. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: SeverityConfig;
  /** The clause cited when the council's policy file gives none for this rule. */
  defaultClause: Clause;
  /** Message templates keyed by message id; `{name}` placeholders are filled from `data`. */
  messages: Record<MessageIds, string>;
  /** zod schema of the rule's options, with defaults: `options.parse({})` gives the defaults. */
  options: ZodMiniType<Options>;
  /** The kinds of fix this rule may offer. */
  fixes?: readonly FixKind[];
}

export interface Rule<Options = unknown, MessageIds extends string = string> {
  meta: RuleMeta<Options, MessageIds>;
  check(context: RuleContext<Options, MessageIds>): void;
}

/**
 * Define a rule. The generics make `report({ messageId })` accept only ids in `meta.messages`
 * and give `check` its options' type.
 */
export function createRule<Options, MessageIds extends string>(rule: Rule<Options, MessageIds>): Rule<Options, MessageIds> {
  return rule;
}

/** Fill `{placeholders}` in a message template. Unknown placeholders are left as written. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
