import rule from "../../../src/engine/rules/missing-attachment";
import type { Rule } from "../../../src/engine/rule";
import { COUNCILLOR, COUNCILLOR_2, RESIDENT, RESIDENT_2, SOUTHEND, councillorSignature, officerSignature, waiver } from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const W = waiver();
const sig = officerSignature();
const csig = councillorSignature();
const msg = (text: string, signature = sig): string => `${text}\n\nKind regards\n${signature}\n\n${W}`;
const LOGO = { name: "image001.png", size: 8000, contentType: "image/png", isInline: true };

ruleTester(rule as unknown as Rule, {
  valid: [
    { name: "the agenda is attached", draft: { to: [COUNCILLOR, COUNCILLOR_2], subject: "Agenda for Tuesday", body: msg("Dear Councillors,\n\nPlease find attached the agenda for Tuesday's meeting."), attachments: ["Agenda 10 June 2025.pdf"] } },
    { name: "a house with an attached garage", draft: { to: RESIDENT, subject: "Planning application 25/00412", body: msg("Dear Mr Green,\n\nThe application is for a house with attached garage on Elm Road. The semi-attached houses next door were built in 1930.") } },
    { name: "a sign attached to the wall, and no strings attached", draft: { to: RESIDENT_2, subject: "Heritage plaque", body: msg("Dear Mrs Brown,\n\nThe plaque is attached to the wall of the old fire station. There are no strings attached to the grant.") } },
    { name: "residents attached to the area, and an attached property", draft: { from: COUNCILLOR, to: RESIDENT, subject: "Conservation area", body: msg("Alan,\n\nResidents are very attached to this area. The attached property at no. 4 is Grade II listed.", csig) } },
    { name: "a mention only in the quoted history", draft: { composeType: "reply", to: RESIDENT, subject: "RE: Allotment agreement", body: msg("Thank you, I have passed it to the allotments officer.") + "\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 02 May 2025 10:00\nTo: Clerk\nSubject: Allotment agreement\n\nPlease find attached my signed agreement." } },
    { name: "a promise to send it later", draft: { to: SOUTHEND, subject: "Tree survey", body: msg("Dear colleagues,\n\nI will send the attachment later today, once the surveyor has signed it. The plans will follow next week.") } },
    { name: "the attachment the resident sent", draft: { composeType: "reply", to: RESIDENT_2, subject: "RE: Photos of the fly-tipping", body: msg("Dear Mrs Brown,\n\nThank you for the attached photos. The attachment you sent with your first email didn't open, but these are clear.") } },
    { name: "a link, not an attachment", draft: { to: RESIDENT, subject: "Consultation", body: msg("Dear Mr Green,\n\nPlease see link below for the consultation:\nhttps://www.leighonseatowncouncil.gov.uk/consultation\n\nPlease find attached link to the survey as well.") } },
    { name: "attached to an earlier email", draft: { to: COUNCILLOR, subject: "Minutes", body: msg("Peter,\n\nI attached the minutes to my previous email; they are also on the website.") } },
    { name: "an enclosed play area and conditions attached", draft: { to: RESIDENT_2, subject: "Play area", body: msg("Dear Mrs Brown,\n\nThe play area is enclosed by a fence, and planning permission was granted with conditions attached.") } },
    { name: "the reply keeps an inherited 'attached' subject", draft: { composeType: "reply", to: RESIDENT, subject: "RE: Agenda attached", body: msg("Thank you, I will be there.") } },
    { name: "a forward that keeps the original attachment", draft: { composeType: "forward", to: COUNCILLOR, subject: "FW: Invoice 2231", body: msg("Peter, see attached for approval."), attachments: ["Invoice 2231.pdf"] } },
    { name: "attaching signs to railings", draft: { to: RESIDENT, subject: "New signs", body: msg("Dear Mr Green,\n\nWe have attached the new signs to the railings by the pond, as you suggested.") } },
    { name: "I attach great importance", draft: { from: COUNCILLOR_2, to: RESIDENT_2, subject: "Your letter", body: msg("Dear Mrs Brown,\n\nI attach great importance to the views of residents on the skate park.", councillorSignature("Mary Jones")) } },
    { name: "inline picture counted when the council says so", options: { countInline: true }, draft: { to: RESIDENT, subject: "Fly-tipping", html: `<p>Dear Mr Green,</p><p>Please see the attached photo of the fly-tipping.</p><p><img src="cid:image002.jpg"></p><p>${W}</p>`, attachments: [{ name: "image002.jpg", contentType: "image/jpeg", isInline: true }] } },
    { name: "an ignored footer phrase", options: { ignorePhrases: ["Please check attachments for viruses"] }, draft: { to: RESIDENT, subject: "Bins", body: msg("Dear Mr Green,\n\nThe bins will be emptied on Friday.\n\nPlease check attachments for viruses before opening them.") } },
    { name: "a question about an attachment received", draft: { composeType: "reply", to: SOUTHEND, subject: "RE: Enforcement notice", body: msg("Dear colleagues,\n\nDid you receive the attached agenda I sent on Monday? I have read the attached report and agree with it.") } },
  ],
  invalid: [
    { name: "please find attached, nothing attached", draft: { to: [COUNCILLOR, COUNCILLOR_2], subject: "Agenda for Tuesday", body: msg("Dear Councillors,\n\nPlease find attached the agenda for Tuesday's meeting.") }, errors: [{ messageId: "noAttachment", severity: "warn", field: "body", excerpt: "Please find attached" }] },
    { name: "I attach the invoice", draft: { to: "Accounts <accounts@pricegroundsmaintenance.co.uk>", subject: "Remittance", body: msg("Dear Sirs,\n\nI attach the remittance advice for invoice 2231.") }, errors: [{ messageId: "noAttachment", excerpt: "I attach" }] },
    { name: "I have attached the signed lease", draft: { to: RESIDENT, subject: "Lease", body: msg("Dear Mr Green,\n\nI have attached the signed lease for your records.") }, errors: [{ messageId: "noAttachment", excerpt: "I have attached" }] },
    { name: "attached is the draft budget", draft: { to: [COUNCILLOR, COUNCILLOR_2], subject: "Budget 2026/27", body: msg("Dear Councillors,\n\nAttached is the draft budget for 2026/27.") }, errors: [{ messageId: "noAttachment", excerpt: "Attached is" }] },
    { name: "see attached", draft: { from: COUNCILLOR, to: COUNCILLOR_2, subject: "Bench quote", body: msg("Mary, see attached. Thoughts?", csig) }, errors: [{ messageId: "noAttachment", excerpt: "see attached" }] },
    { name: "enclosed, in a letter-style email", draft: { to: RESIDENT_2, subject: "Allotment tenancy", body: msg("Dear Mrs Brown,\n\nPlease find enclosed your tenancy agreement. I enclose a copy of the allotment rules as well.") }, errors: [{ messageId: "noAttachment", excerpt: "find enclosed" }] },
    { name: "the attached agenda", draft: { to: SOUTHEND, subject: "Planning committee", body: msg("Dear colleagues,\n\nThe applications for comment are listed on the attached agenda.") }, errors: [{ messageId: "noAttachment", excerpt: "attached agenda" }] },
    { name: "minutes attached at the end of a sentence", draft: { to: [COUNCILLOR, COUNCILLOR_2], subject: "Draft minutes", body: msg("Dear Councillors,\n\nDraft minutes attached. Please send corrections by Friday.") }, errors: [{ messageId: "noAttachment", excerpt: "minutes attached" }] },
    { name: "I'm attaching", draft: { to: RESIDENT, subject: "Fete", body: msg("Dear Mr Green,\n\nI'm attaching the risk assessment for the fete, as requested.") }, errors: [{ messageId: "noAttachment", excerpt: "I'm attaching" }] },
    { name: "the mention is in the subject", draft: { to: COUNCILLOR, subject: "Minutes attached", body: msg("Peter,\n\nHere you are.") }, errors: [{ messageId: "noAttachment", field: "subject" }] },
    { name: "only a signature logo is attached", draft: { to: RESIDENT_2, subject: "Booking form", html: `<p>Dear Mrs Brown,</p><p>Please see the attached booking form and return it by Friday.</p><div id="Signature"><p>Kind regards<br>${sig.replace(/\n/g, "<br>")}</p><p><img src="cid:image001.png"></p><p>${W}</p></div>`, attachments: [LOGO] }, errors: [{ messageId: "noAttachment", excerpt: "see the attached" }] },
    { name: "a reply whose own text says attached", draft: { composeType: "reply", to: RESIDENT, subject: "RE: Hall hire", body: msg("Dear Mr Green,\n\nThe hire agreement is attached; please sign and return it.") + "\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 02 May 2025 10:00\nTo: Clerk\nSubject: Hall hire\n\nCan I hire the hall on 14 June?" }, errors: [{ messageId: "noAttachment", excerpt: "is attached" }] },
    { name: "as attached", draft: { to: SOUTHEND, subject: "Tree works", body: msg("Dear colleagues,\n\nThe works are as attached, to start on 1 July.") }, errors: [{ messageId: "noAttachment", excerpt: "as attached" }] },
    { name: "in the attachment", draft: { to: RESIDENT_2, subject: "Grant application", body: msg("Dear Mrs Brown,\n\nThe criteria are set out in the attachment.") }, errors: [{ messageId: "noAttachment", excerpt: "in the attachment" }] },
    { name: "attached please find", draft: { to: "Internal Audit <audit@auditingsolutions.co.uk>", subject: "Year-end", body: msg("Good morning,\n\nAttached please find the bank reconciliation for March.") }, errors: [{ messageId: "noAttachment", excerpt: "Attached please find" }] },
    { name: "Attached: as a heading", draft: { to: COUNCILLOR, subject: "Insurance", body: msg("Peter,\n\nAttached: insurance certificate and schedule for 2025.") }, errors: [{ messageId: "noAttachment", excerpt: "Attached:" }] },
    { name: "a P.S. after the sign-off", draft: { to: RESIDENT, subject: "Allotment", body: `Dear Mr Green,\n\nYour plot is ready.\n\nKind regards\n${sig}\n\nP.S. I've also attached a map of the site.\n\n${W}` }, errors: [{ messageId: "noAttachment", excerpt: "attached" }] },
    { name: "HTML body with please find attached", draft: { to: RESIDENT_2, subject: "Newsletter", html: `<div>Dear Mrs Brown,</div><div><br></div><div>Please find attached our summer newsletter.</div><div>${W}</div>` }, errors: [{ messageId: "noAttachment" }] },
    { name: "an extra phrase the council adds", options: { extraPhrases: ["herewith"] }, draft: { to: RESIDENT, subject: "Minutes", body: msg("Dear Mr Green,\n\nI send herewith the minutes of the last meeting.") }, errors: [{ messageId: "noAttachment", excerpt: "herewith" }] },
    { name: "please read the attached report", draft: { to: [COUNCILLOR, COUNCILLOR_2], subject: "Clerk's report", body: msg("Dear Councillors,\n\nPlease read the attached report before Thursday.") }, errors: [{ messageId: "noAttachment", excerpt: "attached report" }] },
  ],
});
