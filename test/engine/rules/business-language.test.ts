import rule from "../../../src/engine/rules/business-language";
import type { Rule } from "../../../src/engine/rule";
import { CLERK, COUNCILLOR, COUNCILLOR_2, OFFICER, RESIDENT, SOUTHEND, councillorSignature, officerSignature, waiver } from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const W = waiver();
const sig = `Kind regards\n${officerSignature("Jane Bennett", "Town Clerk")}\n\n${W}`;
const cSig = `Regards\n${councillorSignature("Peter Smith")}`;
const htmlSig = `<p>Kind regards</p><div id="Signature"><p>${officerSignature().replace(/\n/g, "<br>")}</p></div>`;

ruleTester(rule as unknown as Rule, {
  valid: [
    {
      name: "acronyms councils use every day",
      draft: { from: OFFICER, to: "NALC Advice <legal@nalc.gov.uk>", subject: "Query: GDPR, CIL and the AGM", body: `Dear NALC,\n\nThe RFO has asked whether S137 spending needs HMRC or VAT advice, and our DPO wants ICO guidance on CCTV and FOI requests before the AGM. Our SLCC branch and the NHS trust agree.\n\n${sig}` },
    },
    { name: "postcodes, references and application numbers", draft: { to: RESIDENT, subject: "Invoice INV-1042 (PO-2231)", body: `Dear Mr Green,\n\nInvoice INV-1042 for the works at 14 Marine Parade, SS9 1SP, relates to application 25/00412/FUL and quote Q-2231.\n\n${sig}` } },
    {
      name: "AGENDA and NOTICE OF MEETING headings",
      draft: { to: "Councillors <councillors@leighonseatowncouncil.gov.uk>", subject: "AGENDA - FULL COUNCIL 12 MAY 2025", body: `NOTICE OF MEETING\n\nDear Councillors,\n\nYou are summoned to attend the meeting of the Full Council on Monday 12 May at 7.30pm.\n\nAGENDA\n\n1. TO RECEIVE APOLOGIES FOR ABSENCE\n2. DECLARATIONS OF INTEREST\n3. TO APPROVE THE MINUTES OF THE MEETING HELD ON 14 APRIL 2025\n4. PUBLIC PARTICIPATION\n\n${sig}` },
    },
    { name: "statutory notice wording", draft: { to: "Staff <staff@leighonseatowncouncil.gov.uk>", subject: "Annual Parish Meeting", body: `NOTICE IS HEREBY GIVEN that the Annual Parish Meeting will be held at the Community Centre on Tuesday 20 May at 7pm.\n\n${sig}` } },
    { name: "I, single initials and Plan A", draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nI spoke to J. R. Smith about Plan A; I think Option B in Appendix C is better.\n\n${cSig}` } },
    {
      name: "shouting only in the quoted history",
      draft: { composeType: "reply", to: RESIDENT, subject: "RE: Bins", body: `Dear Mr Green,\n\nI am sorry the bins were missed; I have reported it to the contractor.\n\n${sig}\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 02 May 2025 09:14\nTo: Clerk\nSubject: Bins\n\nTHE BINS HAVE NOT BEEN EMPTIED AGAIN!!! SORT IT OUT u lot r useless` },
    },
    {
      name: "blue links and grey text in HTML",
      draft: { to: RESIDENT, html: `<p>Dear Mr Green,</p><p>The form is on <a href="https://www.leighonseatowncouncil.gov.uk/forms" style="color:#0563C1">our website</a>. <span style="color:#7f7f7f">Opening hours are 9am to 1pm.</span> <span style="color:#ED7D31">New:</span> card payments.</p>${htmlSig}` },
    },
    { name: "council name in red in the signature", draft: { to: RESIDENT, html: `<p>Dear Mr Green,</p><p>Thank you for your email.</p><p>Kind regards</p><p>Jane Bennett<br>Town Clerk<br><span style="color:#C00000"><b>Leigh-on-Sea Town Council</b></span><br>71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP</p>` } },
    {
      name: "answers in red, explained by the sender",
      draft: { composeType: "reply", to: SOUTHEND, html: `<p>Dear Sam,</p><p>My answers to your questions are in red below.</p><p>1. When was the hedge cut? <span style="color:red">On 3 May.</span></p><p>2. Who did it? <span style="color:red">Greenways Grounds Ltd.</span></p>${htmlSig}` },
    },
    { name: "words that contain text-speak letters", draft: { to: RESIDENT, body: `Dear Mr Green,\n\nThe lollipop patrol at Ur Lane runs on Thursday, plus the omega-3 stall at Lolworth fair. Ty Gwyn has sent B4 plans. Our u3a group meets at 2pm.\n\n${sig}` } },
    { name: "a single ! and ?", draft: { to: RESIDENT, body: `Dear Alan,\n\nThank you so much for volunteering! Could you confirm Saturday works for you?\n\n${sig}` } },
    { name: "one word in capitals for emphasis", draft: { to: RESIDENT, body: `Dear Mr Green,\n\nPlease do NOT park on the verge during the works.\n\n${sig}` } },
    { name: "a list letter in brackets and a text file", draft: { to: SOUTHEND, body: `Dear Sam,\n\nParagraph (u) of the schedule is in notes.txt on the shared drive.\n\n${sig}` } },
    { name: "confidential heading, PART II and a surname list", draft: { to: "Councillors <councillors@leighonseatowncouncil.gov.uk>", body: `PRIVATE AND CONFIDENTIAL\n\nDear Councillors,\n\nThe PART II item on staffing is attached.\nApologies: SMITH, JONES, KHAN\n\n${sig}` } },
    { name: "signature typed in capitals", draft: { from: COUNCILLOR_2, to: CLERK, body: "Hi Jane,\n\nI can make Thursday.\n\nRegards\nCLLR MARY JONES\nLEIGH-ON-SEA TOWN COUNCIL\n71-73 ELM ROAD, LEIGH-ON-SEA, ESSEX SS9 1SP\nwww.leighonseatowncouncil.gov.uk" } },
    { name: "an address in capitals for a delivery", draft: { to: "Greenways Grounds Ltd <office@greenwaysgrounds.co.uk>", body: `Dear Sir or Madam,\n\nPlease deliver the benches to:\n\nLEIGH LIBRARY GARDENS\nBROADWAY WEST\nLEIGH-ON-SEA SS9 2DA\n\n${sig}` } },
    { name: "an email address and web address in capitals", draft: { to: RESIDENT, body: `Dear Alan,\n\nWrite to CLERK@LEIGHONSEATOWNCOUNCIL.GOV.UK or see WWW.LEIGHONSEATOWNCOUNCIL.GOV.UK/BOOKINGS for forms.\n\n${sig}` } },
    { name: "a web address with a query string", draft: { to: RESIDENT, body: `Dear Alan,\n\nThe map is at https://maps.example.com/view?lat=51.54&lon=0.65&z=16 for Saturday.\n\n${sig}` } },
    { name: "Date for your diary heading", draft: { to: RESIDENT, subject: "SAVE THE DATE: Christmas lights switch-on", body: `DATE FOR YOUR DIARY\n\nThe Christmas lights switch-on will be on Saturday 29 November at 5pm.\n\n${sig}` } },
    { name: "an acronym allowed by the policy", draft: { to: SOUTHEND, body: `Dear Sam,\n\nThe LOSTC and SBC TEAMS LINK is below.\n\n${sig}` }, options: { allowedAcronyms: ["LOSTC", "SBC", "TEAMS", "LINK"] } },
    { name: "text-speak allowed by the policy", draft: { to: RESIDENT, body: `Dear Alan,\n\nThe meeting is at the Abt Centre.\n\n${sig}` }, options: { allowedTextSpeak: ["abt"] } },
    { name: "red text check turned off", draft: { to: RESIDENT, html: `<p>Dear Alan, <span style="color:red">the office is closed on Monday.</span></p>${htmlSig}` }, options: { redText: false } },
    { name: "a company's registered name in capitals", draft: { to: RESIDENT, body: `Dear Mr Green,\n\nThe work will be done by WESTCLIFF TREE SURGEONS LTD on Monday.\n\n${sig}` } },
    { name: "a reply keeps the sender's shouty subject", draft: { composeType: "reply", to: RESIDENT, subject: "RE: HELP!!! FLOODING ON ELM ROAD", body: `Dear Mr Green,\n\nEssex Highways have been told and will clear the drain today.\n\n${sig}` } },
    { name: "red negative figures in a pasted budget", draft: { to: "Councillors <councillors@leighonseatowncouncil.gov.uk>", html: `<p>Dear Councillors,</p><p>The budget monitoring report is below.</p><table><tr><td>Grounds</td><td>£12,400</td><td style="color:red">(£1,250)</td></tr><tr><td>Events</td><td>£3,100</td><td style="color:#ff0000">-£310</td></tr></table>${htmlSig}` } },
    { name: "Lol is a name", draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nLol Green and Ty Jones will help with the litter pick.\n\n${cSig}` } },
  ],
  invalid: [
    { name: "a whole sentence in capitals", draft: { from: COUNCILLOR, to: SOUTHEND, subject: "Streetlight on Elm Road", body: `Dear Planning Team,\n\nTHIS IS COMPLETELY UNACCEPTABLE AND I WANT IT SORTED TODAY.\n\n${cSig}` }, errors: [{ messageId: "shouting", severity: "warn", field: "body", excerpt: "COMPLETELY UNACCEPTABLE" }] },
    { name: "a run of capitals inside a sentence", draft: { to: "Greenways Grounds Ltd <office@greenwaysgrounds.co.uk>", body: `Dear Sir,\n\nPlease make sure the grass is cut BY FRIDAY AT THE LATEST as agreed.\n\n${sig}` }, errors: [{ messageId: "shouting", excerpt: "BY FRIDAY AT THE LATEST" }] },
    { name: "a subject in capitals that shouts", draft: { to: "Councillors <councillors@leighonseatowncouncil.gov.uk>", subject: "PLEASE READ THIS BEFORE TONIGHT", body: `Dear Councillors,\n\nThe papers for tonight are attached.\n\n${sig}` }, errors: [{ messageId: "shouting", field: "subject" }] },
    { name: "a short sentence in capitals with !", draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nSTOP IT! The residents can read these emails.\n\n${cSig}` }, errors: [{ messageId: "shouting", excerpt: "STOP IT" }] },
    { name: "an email wholly in capitals, short lines", draft: { from: COUNCILLOR, to: CLERK, body: "DEAR CLERK\n\nTHE PLAYGROUND GATE IS BROKEN\nSOMEONE NEEDS TO FIX IT\n\nPETER" }, errors: [{ messageId: "shouting" }] },
    { name: "a line in capitals ending in a full stop", draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nTHE GRASS CUTTING CONTRACTOR DAMAGED THE BENCH AT BELTON WAY.\n\n${cSig}` }, errors: [{ messageId: "shouting", excerpt: "DAMAGED THE BENCH" }] },
    { name: "capitals in bold HTML", draft: { to: RESIDENT, html: `<p>Dear Alan,</p><p>The hall <b>MUST BE CLEARED BY 10PM</b> on Saturday.</p>${htmlSig}` }, errors: [{ messageId: "shouting", excerpt: "MUST BE CLEARED" }] },
    { name: "red text by style", draft: { to: RESIDENT, html: `<p>Dear Alan,</p><p>Please note <span style="color:red">the deadline is Friday</span> and cannot move.</p>${htmlSig}` }, errors: [{ messageId: "redText", excerpt: "the deadline is Friday" }] },
    { name: "red text by the font element", draft: { to: SOUTHEND, html: `<p>Dear Sam,</p><p><font color="#FF0000">The road closure starts on Monday.</font></p>${htmlSig}` }, errors: [{ messageId: "redText" }] },
    { name: "red text as rgb()", draft: { to: SOUTHEND, html: `<p>Dear Sam,</p><p>The invoice is <span style="color: rgb(255, 0, 0)">overdue</span>.</p>${htmlSig}` }, errors: [{ messageId: "redText", excerpt: "overdue" }] },
    { name: "Outlook's dark red and darkred", draft: { to: RESIDENT, html: `<p>Dear Alan,</p><p class="MsoNormal"><span style="color:#C00000;mso-style-textfill-fill-color:#C00000">All stallholders must bring their own tables.</span> And <span style="color:darkred">no gazebos</span>.</p>${htmlSig}` }, errors: [{ messageId: "redText", excerpt: "stallholders" }] },
    { name: "text-speak: pls and thx", draft: { to: "Greenways Grounds Ltd <office@greenwaysgrounds.co.uk>", body: `Hi,\n\nCan you pls send the invoice for the grass cutting? Thx\n\n${sig}` }, errors: [{ messageId: "textSpeak", excerpt: "pls" }] },
    { name: "text-speak: u and ur", draft: { from: COUNCILLOR, to: RESIDENT, body: `Hi Alan,\n\nCan u send me ur photos of the fly-tipping and I will chase it.\n\n${cSig}` }, errors: [{ messageId: "textSpeak", excerpt: "u" }] },
    { name: "text-speak: gr8, b4, lol", draft: { from: COUNCILLOR_2, to: CLERK, body: `Jane,\n\nGr8 news about the grant lol, can we announce it b4 the meeting?\n\n${cSig}` }, errors: [{ messageId: "textSpeak", excerpt: "Gr8" }] },
    { name: "text-speak in capitals: OMG, TBH, BTW", draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nOMG the agenda is long, TBH we need two meetings. BTW the room is booked.\n\n${cSig}` }, errors: [{ messageId: "textSpeak", excerpt: "OMG" }] },
    { name: "text-speak in the subject", draft: { to: RESIDENT, subject: "Meeting 2moro", body: `Dear Alan,\n\nSee you at the meeting.\n\n${sig}` }, errors: [{ messageId: "textSpeak", field: "subject" }] },
    { name: "runs of !!!", draft: { to: RESIDENT, body: `Dear Alan,\n\nWe won the Green Flag Award!!! Thank you to every volunteer.\n\n${sig}` }, errors: [{ messageId: "repeatedPunctuation", excerpt: "!!!" }] },
    { name: "runs of ??? and ?!?!", draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nWhy has nobody replied to the resident??? Is this how we treat people?!?!\n\n${cSig}` }, errors: [{ messageId: "repeatedPunctuation", excerpt: "???" }] },
    { name: "punctuation in the subject", draft: { to: RESIDENT, subject: "Urgent!!", body: `Dear Alan,\n\nThe hall is flooded.\n\n${sig}` }, errors: [{ messageId: "repeatedPunctuation", field: "subject" }] },
    {
      name: "all four at once, in the order they appear",
      draft: { from: COUNCILLOR, to: SOUTHEND, html: `<p>Dear Sam,</p><p>WHY HAS NOBODY FIXED THE STREETLIGHT!!! <span style="color:#f00">It has been out for weeks.</span> Pls call me.</p><p>Regards</p><p>Cllr Peter Smith</p>` },
      errors: [{ messageId: "shouting" }, { messageId: "repeatedPunctuation" }, { messageId: "redText" }, { messageId: "textSpeak" }],
    },
    { name: "a long red sentence in the sign-off", draft: { to: RESIDENT, html: `<p>Dear Alan,</p><p>Kind regards</p><div id="Signature"><p>Jane Bennett</p><p style="color:red">Please note the office will be closed all next week for refurbishment works.</p></div>` }, errors: [{ messageId: "redText" }] },
    { name: "a stricter threshold from the policy", draft: { to: RESIDENT, body: `Dear Alan,\n\nThis is VERY IMPORTANT for the hall booking.\n\n${sig}` }, options: { minCapsWords: 2 }, errors: [{ messageId: "shouting", excerpt: "VERY IMPORTANT" }] },
    { name: "extra text-speak from the policy", draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nCba with another meeting on Friday.\n\n${cSig}` }, options: { extraTextSpeak: ["cba"] }, errors: [{ messageId: "textSpeak", excerpt: "Cba" }] },
    { name: "Thx as a sign-off", draft: { from: OFFICER, to: CLERK, body: "Jane, the keys are in the safe.\n\nThx\nTom" }, errors: [{ messageId: "textSpeak", excerpt: "Thx" }] },
  ],
});
