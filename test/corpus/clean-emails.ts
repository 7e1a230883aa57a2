import type { DraftSpec } from "../helpers/draft";
import { CLERK, COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3, OFFICER, RESIDENT, SOUTHEND, councillorSignature, officerSignature, waiver } from "../helpers/draft";

/**
 * Everyday council email that keeps the policy: every rule together must let each one pass.
 * Written as clerks, officers and councillors really write, with the approved signature and
 * the waiver, and with the innocent words that trip naive checkers.
 */
const W = waiver();
const clerk = (text: string) => `${text}\n\nKind regards\n\n${officerSignature("Jane Bennett", "Town Clerk")}\n\n${W}`;
const deputy = (text: string) => `${text}\n\nBest wishes\n${officerSignature("Tom Harris", "Deputy Town Clerk")}\n\n${W}`;
const cllr = (text: string, name = "Peter Smith") => `${text}\n\nRegards\n${councillorSignature(name)}\n\n${W}`;
const htmlClerk = (paras: string[]) =>
  `<html><body>${paras.map((p) => `<p>${p}</p>`).join("")}<p>Kind regards</p><div id="Signature"><p>${officerSignature("Jane Bennett", "Town Clerk").replace(/\n/g, "<br>")}</p></div><p style="font-size:8pt;color:#595959">${W}</p></body></html>`;

export const CLEAN_EMAILS: { name: string; draft: DraftSpec }[] = [
  {
    name: "agenda to councillors with attachment (officer)",
    draft: {
      from: CLERK,
      to: "Councillors <councillors@leighonseatowncouncil.gov.uk>",
      subject: "AGENDA: Full Council, Monday 12 May 2025",
      body: clerk("Dear Councillors,\n\nPlease find attached the agenda for the Full Council meeting on Monday 12 May at 7.30pm in the Council Chamber, 71-73 Elm Road.\n\nPlease let me know by Friday if you are unable to attend."),
      attachments: ["Agenda - Full Council 12 May 2025.pdf"],
    },
  },
  {
    name: "planning consultation reply to Southend (officer)",
    draft: {
      from: OFFICER,
      to: SOUTHEND,
      subject: "RE: Consultation 25/00412/FUL - 14 Marine Parade",
      composeType: "reply",
      body: deputy("Dear Planning Team,\n\nThe Town Council's Planning Committee considered application 25/00412/FUL (erection of a single-storey rear extension and loft conversion with rear dormer) on 6 May and raised no objection.\n\nThe committee asked that the usual conditions on construction hours apply."),
    },
  },
  {
    name: "reply to a resident about allotments (officer)",
    draft: {
      from: CLERK,
      to: RESIDENT,
      subject: "RE: Allotment waiting list",
      composeType: "reply",
      body: clerk("Dear Mr Green,\n\nThank you for your email. I have added you to the waiting list for the Belton Way allotments and will write to you when a plot becomes available.\n\nThe annual rent is £45 for a half plot.") + "\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 02 May 2025 09:14\nTo: Clerk\nSubject: Allotment waiting list\n\nHello, could I be added to the allotment list please? Thanks, Alan",
    },
  },
  {
    name: "councillor apologies to the clerk",
    draft: {
      from: COUNCILLOR,
      to: CLERK,
      subject: "Apologies - Planning Committee",
      body: cllr("Hi Jane,\n\nPlease accept my apologies for Tuesday's Planning Committee; I am away with work.\n\nCould you tell me when the minutes will be available?"),
    },
  },
  {
    name: "councillor asks the clerk a question",
    draft: {
      from: COUNCILLOR_2,
      to: CLERK,
      subject: "Question about the precept",
      body: cllr("Dear Jane,\n\nCould you let me know what the Band D figure was for last year's precept? I would like to understand it before the Finance Committee.\n\nMany thanks.", "Mary Jones"),
    },
  },
  {
    name: "Party in the Park and working party notice (officer)",
    draft: {
      from: CLERK,
      to: ["Leigh Residents Association <info@leighresidents.org.uk>"],
      subject: "Party in the Park - volunteers",
      body: clerk("Dear all,\n\nThe Party in the Park will be held on Saturday 21 June on the Library Gardens. The volunteer working party meets at 9am by the Green Lane entrance.\n\nThird party stallholders must send their risk assessments to the office by 1 June."),
    },
  },
  {
    name: "place names and surnames (officer)",
    draft: {
      from: OFFICER,
      to: ["Nick Cockburn <n.cockburn@essex.gov.uk>"],
      subject: "Coach trip: Scunthorpe and Penistone",
      body: deputy("Dear Mr Cockburn,\n\nThe twinning coach will stop at Scunthorpe and Penistone on the way to Cockermouth, returning via Clitheroe and Middlesex. Mr Dickinson and Mrs Hancock have booked seats.\n\nPlease find attached the itinerary."),
      attachments: ["Itinerary.docx"],
    },
  },
  {
    name: "HTML message with the signature in Outlook's block",
    draft: {
      from: CLERK,
      to: RESIDENT,
      subject: "Bench dedication",
      html: htmlClerk(["Dear Mr Green,", "Thank you for your enquiry about a memorial bench. The cost is £950, which includes a plaque and installation.", "The application form is on our website."]),
    },
  },
  {
    name: "internal note between officers",
    draft: {
      from: OFFICER,
      to: CLERK,
      subject: "Hall booking 3 June",
      body: deputy("Hi Jane,\n\nI have booked the hall for the Youth Council on 3 June and confirmed the order for the new chairs with the supplier. The invoice will come to you for approval."),
    },
  },
  {
    name: "officer instructs a contractor (officers may)",
    draft: {
      from: CLERK,
      to: ["Greenways Grounds Ltd <office@greenwaysgrounds.co.uk>"],
      subject: "Grass cutting - Leigh Cliffs",
      body: clerk("Dear Sir or Madam,\n\nPlease go ahead with the grass cutting at Leigh Cliffs next week as quoted (ref Q-2231). The council will pay on receipt of your invoice."),
    },
  },
  {
    name: "councillor reply-all with substance to two colleagues",
    draft: {
      from: COUNCILLOR,
      to: [COUNCILLOR_2],
      cc: [CLERK],
      composeType: "reply",
      subject: "RE: Christmas lights working group",
      body: cllr("Mary, Jane,\n\nI walked the Broadway last night: three of the festoon strings on the east side are out, and the tree by the library needs a new timer. I have put photos in the shared folder so the clerk can get quotes for the working group to consider.") + "\n\n-----Original Message-----\nFrom: Mary Jones\nSent: 10 Nov 2025\nSubject: Christmas lights working group\n\nCan someone check the lights?",
    },
  },
  {
    name: "councillor writes to a resident with a personal-view disclaimer",
    draft: {
      from: COUNCILLOR_3,
      to: RESIDENT,
      subject: "Skate park proposal",
      body: cllr("Dear Mr Green,\n\nThank you for writing. Speaking personally, and not on behalf of the council, I think the skate park proposal has merit and I will support it at committee.\n\nThe proposal will be considered at the Leisure Committee on 4 June, which you are welcome to attend.", "Ahmed Khan"),
    },
  },
  {
    name: "forward with quoted history to Essex highways",
    draft: {
      from: CLERK,
      to: ["Highways <highways@essex.gov.uk>"],
      composeType: "forward",
      subject: "FW: Pothole on Leigh Hill",
      body: clerk("Dear Highways Team,\n\nPlease see below a report of a pothole on Leigh Hill outside the church. Could you let us know when it will be inspected?") + "\n\n---------- Forwarded message ---------\nFrom: Beth Brown\nDate: 3 May 2025\nSubject: Pothole\n\nThere is a deep pothole on Leigh Hill outside St Clement's.",
    },
  },
  {
    name: "newsletter to residents in Bcc",
    draft: {
      from: CLERK,
      to: "Leigh-on-Sea Town Council <council@leighonseatowncouncil.gov.uk>",
      bcc: ["Alan Green <alan.green@gmail.com>", "Beth Brown <beth.brown@hotmail.co.uk>", "Chris White <chris.white@yahoo.co.uk>", "Dana Patel <dana.p@btinternet.com>"],
      subject: "Town Council newsletter - spring",
      body: clerk("Dear residents,\n\nOur spring newsletter is attached. Highlights include the Green Flag Award for Leigh Library Gardens and the new community grants scheme (closing date 30 June)."),
      attachments: ["Spring newsletter.pdf"],
    },
  },
  {
    name: "confidential report kept internal",
    draft: {
      from: CLERK,
      to: "Councillors <councillors@leighonseatowncouncil.gov.uk>",
      subject: "CONFIDENTIAL: Part 2 item - staffing",
      body: clerk("Dear Councillors,\n\nPlease find attached the confidential report for the Part 2 item at Monday's meeting. Please do not share it outside the council."),
      attachments: ["Part 2 - staffing report.pdf"],
    },
  },
  {
    name: "vote of no confidence news and acronyms",
    draft: {
      from: OFFICER,
      to: ["NALC Advice <legal@nalc.gov.uk>"],
      subject: "Query: GDPR and CIL spending at the AGM",
      body: deputy("Dear NALC,\n\nWe are confident the CIL report is ready for the AGM, but councillors have asked whether a vote of no confidence in a committee chair is permitted under the standing orders. Could you advise? Our SLCC branch suggested we ask you.\n\nOur postcode for correspondence is SS9 1SP."),
    },
  },
  {
    name: "a house with attached garage (no attachment needed)",
    draft: {
      from: OFFICER,
      to: SOUTHEND,
      subject: "Comments on 25/00500/FUL",
      body: deputy("Dear Planning Team,\n\nThe committee noted that the proposed house with attached garage would be set back from the building line, and had no further comments."),
    },
  },
  {
    name: "councillor to councillors: information only",
    draft: {
      from: COUNCILLOR,
      to: [COUNCILLOR_2, COUNCILLOR_3, "Sarah Lee <cllr.lee@leighonseatowncouncil.gov.uk>"],
      subject: "Litter pick on Saturday",
      body: cllr("Hi all,\n\nJust a reminder that the community litter pick starts at 10am on Saturday from the Bell Wharf car park. Gloves and pickers will be provided by the Friends group."),
    },
  },
  {
    name: "thank you to a partner officer",
    draft: {
      from: CLERK,
      to: ["Sam Okafor <sam.okafor@southend.gov.uk>"],
      subject: "Thank you",
      body: clerk("Dear Sam,\n\nThank you for attending the Environment Committee last night. Councillors found your presentation on the tree strategy very helpful, and I have attached the draft minutes for your records."),
      attachments: ["Draft minutes - Environment Committee.docx"],
    },
  },
  {
    name: "election notice from the clerk (factual)",
    draft: {
      from: CLERK,
      to: "Staff <staff@leighonseatowncouncil.gov.uk>",
      subject: "Polling station - Community Centre closed 1 May",
      body: clerk("Hi all,\n\nThe Community Centre will be used as a polling station on Thursday 1 May, so the hall is not available that day. The election of the Town Mayor will take place at the Annual Meeting on 19 May."),
    },
  },
];
