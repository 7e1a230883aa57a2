import rule from "../../../src/engine/rules/confidential-marker";
import type { Rule } from "../../../src/engine/rule";
import {
  COUNCILLOR,
  COUNCILLOR_2,
  OFFICER,
  RESIDENT,
  RESIDENT_2,
  RESIDENT_3,
  SOUTHEND,
  councillorSignature,
  officerSignature,
  waiver,
} from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const W = waiver();
const sig = officerSignature();
const csig = councillorSignature();
const CONTRACTOR = "Dave Price <dave@pricegroundsmaintenance.co.uk>";
const HR = "Karen Walsh <karen@walshhrconsulting.co.uk>";
const BOROUGH_DISCLAIMER =
  "This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Southend-on-Sea City Council may monitor email traffic.";

ruleTester(rule as unknown as Rule, {
  valid: [
    {
      name: "confidential staffing report kept to councillors and staff",
      draft: { to: [COUNCILLOR, COUNCILLOR_2], cc: OFFICER, subject: "CONFIDENTIAL: Part 2 staffing report", body: `Dear Councillors,\n\nPlease find attached the Part 2 report for Thursday. It contains exempt information under paragraph 1 of Schedule 12A.\n\nKind regards\n${sig}\n\n${W}`, attachments: ["Part 2 - staffing report.pdf"], sensitivityLabel: "Confidential" },
    },
    {
      name: "the waiver clause's own 'confidential information' to a resident",
      draft: { to: RESIDENT, subject: "Allotment plot 14", body: `Dear Mr Green,\n\nPlot 14 is yours from 1 June. The key is at the office.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "a copy of the waiver in the quoted history of a reply",
      draft: { composeType: "reply", to: RESIDENT, subject: "RE: Allotment plot 14", body: `Thank you, I will collect it on Friday.\n\nKind regards\n${sig}\n\n${W}\n\nFrom: Jane Bennett <clerk@leighonseatowncouncil.gov.uk>\nSent: 01 May 2025 09:12\nTo: Alan Green\nSubject: Allotment plot 14\n\nPlot 14 is yours from 1 June.\n\n${W}` },
    },
    {
      name: "confident, confidence in, and a vote of no confidence",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "Motion of no confidence", body: `Dear Alan,\n\nI am confident the bus shelter will be repaired by June. The motion of no confidence in the chairman was withdrawn, and members said they have every confidence in the clerk.\n\n${csig}\n\n${W}` },
    },
    {
      name: "discussing the confidentiality policy with a resident",
      draft: { to: RESIDENT_2, subject: "Our confidentiality policy", body: `Dear Mrs Brown,\n\nThe council's confidentiality policy and data protection policy are on our website under Policies. Both were reviewed in March.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "a promise that the resident's details will be treated in confidence",
      draft: { to: RESIDENT, subject: "Dog fouling on Elm Road", body: `Dear Mr Green,\n\nThank you for reporting this. Your details will be treated in confidence and will not be passed to your neighbours. Any information you give us is kept strictly confidential.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "Part 2 of a form and Part II of an Act",
      draft: { to: RESIDENT, subject: "Your planning comments", body: `Dear Mr Green,\n\nPlease complete Part 2 of the form and return it. The procedure is set out in Part II of the Town and Country Planning Act 1990, and Part B of the application asks for the site plan.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "the borough council's disclaimer in the quoted history",
      draft: { composeType: "reply", to: SOUTHEND, subject: "RE: Tree works application", body: `Thank you, we have no objection.\n\nKind regards\n${sig}\n\n${W}\n\nFrom: Planning Team <planning@southend.gov.uk>\nSent: 02 May 2025 14:03\nTo: Clerk\nSubject: Tree works application\n\nPlease let us have any comments by 16 May.\n\n${BOROUGH_DISCLAIMER}` },
    },
    {
      name: "confidential waste collection is a service, not a marking",
      draft: { to: CONTRACTOR, subject: "Confidential waste collection", body: `Hi Dave,\n\nCould you collect the two confidential waste sacks from the office on Monday? They are by the back door.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "the clerk explaining she cannot share Part 2 minutes",
      draft: { to: RESIDENT_2, subject: "Request for minutes", body: `Dear Mrs Brown,\n\nI'm afraid I cannot share the minutes of the Part 2 item, as they contain exempt information. The public minutes are attached.\n\nKind regards\n${sig}\n\n${W}`, attachments: ["Minutes 12 May 2025.pdf"] },
    },
    {
      name: "a youth group that has grown in confidence",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "Youth club", body: `Hi Alan,\n\nThe youth club has really grown in confidence since the grant, and attendance keeps rising.\n\n${csig}\n\n${W}` },
    },
    {
      name: "replying to a resident whose own letter was marked private and confidential",
      draft: { composeType: "reply", to: RESIDENT, subject: "RE: Private and confidential - complaint", body: `Dear Mr Green,\n\nThank you, the clerk will look into this and reply within ten working days.\n\nKind regards\n${sig}\n\n${W}\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 03 May 2025 18:40\nTo: Clerk\nSubject: Private and confidential - complaint\n\nPRIVATE AND CONFIDENTIAL\nI wish to complain in confidence about the noise from the hall.` },
    },
    {
      name: "a public or general sensitivity label",
      draft: { to: RESIDENT, subject: "Christmas lights switch-on", body: `Dear Mr Green,\n\nThe switch-on is at 5pm on 29 November.\n\nKind regards\n${sig}\n\n${W}`, sensitivityLabel: "General" },
    },
    {
      name: "a confidentiality agreement template as an attachment",
      draft: { to: HR, subject: "Templates", body: `Hi Karen,\n\nThe templates we use are attached.\n\nKind regards\n${sig}\n\n${W}`, attachments: ["Confidentiality agreement template.docx", "Non-confidential minutes.pdf"] },
    },
    {
      name: "trusted partner exempted by the council's option",
      options: { trustedCountAsExternal: false },
      draft: { to: SOUTHEND, subject: "CONFIDENTIAL - enforcement case 24/0113", body: `Dear colleagues,\n\nAs discussed, details of the enforcement case are below, in confidence.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "saying something is not confidential",
      draft: { to: RESIDENT, subject: "Budget figures", body: `Dear Mr Green,\n\nThe draft budget is not confidential; it was published with the agenda and is no longer exempt.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "signposting free and confidential advice",
      draft: { to: RESIDENT_2, subject: "Help with energy bills", body: `Dear Mrs Brown,\n\nCitizens Advice Southend offers free and confidential advice on energy bills, and there is a confidential helpline on 0800 144 8848.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "exempt from business rates and a talk about legal privilege",
      draft: { to: RESIDENT, subject: "Community hall", body: `Dear Mr Green,\n\nThe community hall is exempt from business rates. NALC's training on legal privilege and FOI exemptions is on 4 June.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "a plain-text disclaimer on its own lines in the quoted history",
      draft: { composeType: "reply", to: CONTRACTOR, subject: "RE: Invoice 2231", body: `Thanks Dave, paid today.\n\nKind regards\n${sig}\n\n${W}\n\n-----Original Message-----\nFrom: Dave Price\nSent: 02 May 2025 08:00\nSubject: Invoice 2231\n\nInvoice attached.\n\nCONFIDENTIAL\nThis message is intended only for the addressee. If you have received it in error, please tell us and delete it.` },
    },
    {
      name: "replying to a police officer and colleague about their own OFFICIAL-SENSITIVE message",
      draft: { composeType: "reply", to: ["PC Sam Reed <sam.reed@essex.police.uk>", "Sgt Lee Moss <lee.moss@essex.police.uk>"], subject: "RE: OFFICIAL-SENSITIVE: anti-social behaviour, Elm Road", body: `Thank you both, the CCTV request form is on its way.\n\nKind regards\n${sig}\n\n${W}\n\nFrom: PC Sam Reed <sam.reed@essex.police.uk>\nSent: 05 May 2025 11:20\nTo: Clerk\nCc: Lee Moss\nSubject: OFFICIAL-SENSITIVE: anti-social behaviour, Elm Road\n\nOFFICIAL-SENSITIVE\nWe are investigating incidents at the skate park and would like the council's CCTV for 1 to 3 May.` },
    },
    {
      name: "a Freedom of Information reply that withholds exempt material",
      draft: { to: RESIDENT_2, subject: "Your FOI request 2025/07", body: `Dear Mrs Brown,\n\nThe tender prices are commercially sensitive and will not be published. The evaluation notes are exempt under section 43 and have been withheld.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "the public agenda's standard exclusion resolution",
      draft: { to: [RESIDENT, RESIDENT_2], subject: "Agenda: Full Council, 12 June", body: `Dear residents,\n\n1. Apologies for absence\n2. Minutes of 8 May\n3. Exclusion of press and public: to resolve that, in view of the confidential nature of the business to be transacted, the press and public be excluded.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "a private session with a personal trainer",
      draft: { to: RESIDENT_3, subject: "Leisure centre", body: `Dear Chris,\n\nYou can book a private session with a personal trainer at the leisure centre on Elm Road.\n\nKind regards\n${sig}\n\n${W}` },
    },
    {
      name: "a one-line confidentiality footer in the sender's signature",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "Bus shelter", body: `Dear Alan,\n\nThe bus shelter will be repaired next week.\n\n${csig}\nThis email is private and confidential.\n\n${W}` },
    },
  ],
  invalid: [
    {
      name: "CONFIDENTIAL in the subject to a resident",
      draft: { to: RESIDENT, subject: "CONFIDENTIAL - staffing committee", body: `Dear Alan,\n\nAs requested, see below.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedSubject", severity: "block", field: "subject", excerpt: "CONFIDENTIAL" }],
    },
    {
      name: "a Part 2 report sent to an outside HR consultant",
      draft: { to: HR, subject: "Clerk's appraisal", body: `Hi Karen,\n\nThe Part 2 report on the clerk's appraisal is below for your comments before Thursday.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", field: "body", excerpt: "Part 2 report" }],
    },
    {
      name: "forwarding a councillor's private and confidential email to a contractor",
      draft: {
        composeType: "forward",
        to: CONTRACTOR,
        subject: "FW: Grounds contract",
        body: `Dave, see below.\n\nKind regards\n${sig}\n\n${W}\n\nFrom: Peter Smith <cllr.smith@leighonseatowncouncil.gov.uk>\nSent: 02 May 2025 21:15\nTo: Clerk\nSubject: Grounds contract\n\nPRIVATE AND CONFIDENTIAL\nI think we should not renew with Price Grounds Maintenance; the other quote is cheaper.`,
      },
      errors: [{ messageId: "markedQuoted", field: "body", excerpt: "CONFIDENTIAL" }],
    },
    {
      name: "a Part 2 attachment to a resident",
      draft: { to: RESIDENT, subject: "Papers", body: `Dear Alan,\n\nThe papers are attached.\n\nKind regards\n${sig}\n\n${W}`, attachments: ["Agenda 12 May.pdf", "Part 2 - staffing report.pdf"] },
      errors: [{ messageId: "markedAttachment", field: "attachment", excerpt: "Part 2 - staffing report.pdf" }],
    },
    {
      name: "confidential minutes attached for a journalist",
      draft: { to: "News Desk <news@echo-news.co.uk>", subject: "Minutes", body: `Hello,\n\nMinutes as requested.\n\nKind regards\n${sig}\n\n${W}`, attachments: ["CONFIDENTIAL_minutes_Staffing.docx"] },
      errors: [{ messageId: "markedAttachment", excerpt: "CONFIDENTIAL_minutes" }],
    },
    {
      name: "a Highly Confidential sensitivity label to an outside address",
      draft: { to: RESIDENT, subject: "Notes", body: `Dear Alan,\n\nNotes from today below.\n\nKind regards\n${sig}\n\n${W}`, sensitivityLabel: "Highly Confidential" },
      errors: [{ messageId: "labelled", excerpt: "Highly Confidential" }],
    },
    {
      name: "exempt information under Schedule 12A in the body",
      draft: { to: CONTRACTOR, subject: "Tender", body: `Dear Dave,\n\nThe report contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972, but I thought you should see the other bids.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "exempt" }],
    },
    {
      name: "an OFFICIAL-SENSITIVE marking in HTML",
      draft: { to: RESIDENT_2, subject: "Safeguarding referral", html: `<p><b>OFFICIAL-SENSITIVE</b></p><p>Dear Mrs Brown,</p><p>Details of the referral are below.</p><p>Kind regards<br>${sig.replace(/\n/g, "<br>")}</p><p>${W}</p>` },
      errors: [{ messageId: "markedBody", excerpt: "OFFICIAL-SENSITIVE" }],
    },
    {
      name: "a NOT FOR PUBLICATION item forwarded to a resident",
      draft: { to: RESIDENT, subject: "Item 9", body: `Alan,\n\nItem 9 - NOT FOR PUBLICATION - purchase of land at Marine Parade. The council offered £120,000.\n\n${csig}\n\n${W}`, from: COUNCILLOR },
      errors: [{ messageId: "markedBody", excerpt: "NOT FOR PUBLICATION" }],
    },
    {
      name: "commercial in confidence tender prices to a rival bidder",
      draft: { to: CONTRACTOR, subject: "Quotes", body: `Dave,\n\nThe other two quotes were £14,200 and £15,900 (commercial in confidence). Could you match them?\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "commercial in confidence" }],
    },
    {
      name: "legally privileged advice sent on to a resident",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "The solicitor's view", body: `Alan,\n\nThe solicitor's advice to the council, which is legally privileged, says our case on the footpath is weak.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "legally privileged" }],
    },
    {
      name: "a councillor telling a resident something in strict confidence",
      draft: { from: COUNCILLOR, to: RESIDENT_2, subject: "The clerk", body: `Beth,\n\nI'm telling you this in strict confidence: the clerk has handed in her notice.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "in strict confidence" }],
    },
    {
      name: "what was decided in closed session",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "Decision on the lease", body: `Alan,\n\nIt was discussed in closed session last night and the council will not renew the café lease.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "closed session" }],
    },
    {
      name: "a Part II item taken in Part 2",
      draft: { to: CONTRACTOR, subject: "Decision", body: `Dave,\n\nThe Part II item on the grounds contract was taken in Part 2 and members chose another firm.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "Part II item" }],
    },
    {
      name: "a trusted partner domain still counts as outside the council by default",
      draft: { to: SOUTHEND, subject: "Staffing", body: `Dear colleagues,\n\nStrictly confidential: the clerk is on long-term sick leave.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "confidential" }],
    },
    {
      name: "one outside address in Cc among councillors gets a remove fix",
      draft: { to: [COUNCILLOR, COUNCILLOR_2], cc: RESIDENT, subject: "Part 2 minutes - staffing", body: `Dear Councillors,\n\nThe draft minutes are below.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedSubject", fix: "remove-recipient", field: "cc" }],
    },
    {
      name: "an outside address hidden in Bcc",
      draft: { to: COUNCILLOR, bcc: RESIDENT_2, subject: "Budget", body: `Peter,\n\nPlease keep this confidential until Thursday: the precept will rise by 4%.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", field: "bcc" }],
    },
    {
      name: "a councillor opening with 'Confidentially,'",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "Library", body: `Alan,\n\nConfidentially, the library will close in September.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "Confidentially" }],
    },
    {
      name: "a council's own marking given as an extra marker",
      options: { extraMarkers: ["Staff in Confidence"] },
      draft: { to: HR, subject: "Sickness record", body: `Karen,\n\nSTAFF IN CONFIDENCE\nThe sickness record for the caretaker is below.\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "STAFF IN CONFIDENCE" }],
    },
    {
      name: "forwarding a resident's confidential complaint to a contractor",
      draft: {
        composeType: "forward",
        to: CONTRACTOR,
        subject: "FW: Noise complaint",
        body: `Dave, can you look at this?\n\nKind regards\n${sig}\n\n${W}\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 03 May 2025 18:40\nTo: Clerk\nSubject: Noise complaint\n\nI am writing in confidence about my neighbour at 4 Elm Road.`,
      },
      errors: [{ messageId: "markedQuoted", excerpt: "in confidence" }],
    },
    {
      name: "Official-Sensitive label and a Part 2 item in the body",
      draft: { to: RESIDENT_2, subject: "Tenancy", body: `Dear Mrs Brown,\n\nThis will be considered as a Part 2 item at the meeting on 12 June.\n\nKind regards\n${sig}\n\n${W}`, sensitivityLabel: "Official-Sensitive" },
      errors: [{ messageId: "labelled" }, { messageId: "markedBody", excerpt: "Part 2 item" }],
    },
    {
      name: "a PART B heading followed by the exclusion of the public",
      draft: { to: CONTRACTOR, subject: "Agenda", body: `Dave,\n\nThe part of the agenda you asked about:\n\nPART B\nExclusion of the press and public\n10. Grounds maintenance contract: performance\n\nKind regards\n${sig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "PART B" }],
    },
    {
      name: "an instruction not to share, then Part 2 minutes",
      draft: { from: COUNCILLOR, to: RESIDENT_3, subject: "Minutes", body: `Chris,\n\nThis must not be shared outside the council: the Part 2 minutes are below.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "Part 2 minutes" }],
    },
    {
      name: "what was said in the closed part of the meeting",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "The clerk", body: `Hello,\n\nAs discussed in the closed part of the meeting, the clerk's contract will not be renewed.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "markedBody", excerpt: "closed part of the meeting" }],
    },
  ],
});
