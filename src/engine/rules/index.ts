import type { Rule } from "../rule";
import approvedSignature from "./approved-signature";
import waiverClause from "./waiver-clause";
import replyAll from "./reply-all";
import councillorInstruction from "./councillor-instruction";
import confidentialMarker from "./confidential-marker";
import offensiveContent from "./offensive-content";
import businessLanguage from "./business-language";
import recipientCheck from "./recipient-check";
import visibleRecipients from "./visible-recipients";
import personalData from "./personal-data";
import personalView from "./personal-view";
import politicalContent from "./political-content";
import missingAttachment from "./missing-attachment";

/** Every rule, in the order findings of equal severity are listed. Ids equal file names. */
export const rules: readonly Rule[] = [
  approvedSignature as unknown as Rule,
  waiverClause as unknown as Rule,
  replyAll as unknown as Rule,
  councillorInstruction as unknown as Rule,
  confidentialMarker as unknown as Rule,
  offensiveContent as unknown as Rule,
  businessLanguage as unknown as Rule,
  recipientCheck as unknown as Rule,
  visibleRecipients as unknown as Rule,
  personalData as unknown as Rule,
  personalView as unknown as Rule,
  politicalContent as unknown as Rule,
  missingAttachment as unknown as Rule,
];

/** Look a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
