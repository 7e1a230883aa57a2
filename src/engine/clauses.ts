import type { Clause } from "./rule";

/**
 * The reference policies' own words, cited by each rule when a council's policy file gives no
 * clause of its own. A test checks every `text` here stands verbatim in the policy it names.
 */

const LEIGH = "Leigh-on-Sea Town Council, Use of Social Media, Internet & Email Policy";
const RUGELEY = "Rugeley Town Council, Social Media and IT Policy";
const STALBRIDGE = "Stalbridge Town Council, Social Media Policy";
const ALSAGER = "Alsager Town Council, Social Media Policy";
const COLLIER_STREET = "Collier Street Parish Council, Social Media Policy & Procedures";

const ETIQUETTE = "5 (Email Etiquette)";

export const CLAUSES = {
  signature: { policy: LEIGH, section: ETIQUETTE, text: "Only agreed email signatures may be used" },
  businessLanguage: { policy: LEIGH, section: ETIQUETTE, text: "All messages must use appropriate business language" },
  waiver: { policy: LEIGH, section: ETIQUETTE, text: "A waiver clause will be included at the end of each email message" },
  offensive: {
    policy: LEIGH,
    section: ETIQUETTE,
    text: "The circulating of offensive, indecent or obscene material or anything which breaches the Equal Opportunities Policy is strictly prohibited.",
  },
  confidential: { policy: LEIGH, section: ETIQUETTE, text: "Confidential material should not be disclosed" },
  trustedAttachments: { policy: LEIGH, section: ETIQUETTE, text: "Only attachments from a trusted source may be downloaded" },
  recipientCorrect: { policy: LEIGH, section: ETIQUETTE, text: "Ensure that the address of the recipient is correct before sending emails" },
  replyAll: { policy: LEIGH, section: ETIQUETTE, text: "Ensure that a 'reply to all' is appropriate" },
  officersOnly: {
    policy: LEIGH,
    section: ETIQUETTE,
    text: "Emails which create obligations or give instructions on behalf of the Council must be sent by officers only, not Councillors",
  },
  personalData: {
    policy: LEIGH,
    section: "5 (b) (Email)",
    text: "Personal information should be kept in accordance with the principles established under Data Protection legislation.",
  },
  contactDetails: {
    policy: LEIGH,
    section: "4 (Rules for Social Media)",
    text: "Do not publish personal contact details where they can be accessed and used widely and never publish anyone else's personal contact details.",
  },
  personalViews: { policy: LEIGH, section: "6 (b) (Internet)", text: "A disclaimer must be stated where personal views are expressed." },
  partyPolitical: {
    policy: STALBRIDGE,
    section: "4 (Policy), Terms of Use 5",
    text: "Official Council profiles and pages must not be used for party political purposes or specific campaigning purposes as the Council is not permitted to publish material which 'in whole or part appears to affect public support for a political party' (LGA 1986)",
  },
  sentenceCase: {
    policy: RUGELEY,
    section: "4.9",
    text: 'Keep the tone of comments respectful and informative, never condescending or "loud." Use sentence case format, not capital letters, do not write in red to emphasise points.',
  },
  personalOpinions: { policy: ALSAGER, section: "Town Councillors and employees must not, 2", text: "Present personal opinions as those of the council" },
  sensitiveInformation: { policy: COLLIER_STREET, section: "5.10", text: "You must not disclose any sensitive information." },
} satisfies Record<string, Clause>;

/** The reference policies' files in `shared/policies`, by the policy name used above. */
export const REFERENCE_POLICY_FILES: Record<string, string> = {
  [LEIGH]: "leigh-on-sea-town-council.txt",
  [RUGELEY]: "rugeley-town-council.txt",
  [STALBRIDGE]: "stalbridge-town-council.txt",
  [ALSAGER]: "alsager-town-council.txt",
  [COLLIER_STREET]: "collier-street-parish-council.txt",
};
