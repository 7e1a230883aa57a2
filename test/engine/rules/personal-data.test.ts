import rule from "../../../src/engine/rules/personal-data";
import type { Rule } from "../../../src/engine/rule";
import { COUNCILLOR, COUNCILLOR_2, OFFICER, RESIDENT, RESIDENT_2, SOUTHEND, councillorSignature, officerSignature, waiver } from "../../helpers/draft";
import { ruleTester, runRule } from "../../helpers/rule-tester";

const W = waiver();
const clerk = (text: string): string => `${text}\n\nKind regards\n${officerSignature("Jane Bennett", "Town Clerk")}\n\n${W}`;
const deputy = (text: string): string => `${text}\n\nBest wishes\n${officerSignature("Tom Harris", "Deputy Town Clerk")}\n\n${W}`;
const cllr = (text: string): string => `${text}\n\nRegards\n${councillorSignature()}\n\n${W}`;

const CONTRACTOR = "Dave Mills <dave@millsroofing.co.uk>";
const GROUNDS = "Greenways Grounds Ltd <office@greenwaysgrounds.co.uk>";
const PAYROLL = "Payroll Bureau <payroll@ashbypayroll.co.uk>";
const RESIDENTS_ASSOC = "Leigh Residents Association <info@leighresidents.org.uk>";
const JOURNALIST = "Echo Newsdesk <news@echo-news.co.uk>";
const ESSEX = "Highways <highways@essex.gov.uk>";

ruleTester(rule as unknown as Rule, {
  valid: [
    {
      name: "the council's own address, postcode and telephone",
      draft: { to: RESIDENT, body: clerk("Dear Mr Green,\n\nPlease drop the completed form at our office, 71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP, or call us on 01702 716288 between 9am and 1pm.") },
    },
    {
      name: "a planning site address and reference are a public matter",
      draft: {
        from: OFFICER,
        to: "Planning Agent <agent@hjarchitects.co.uk>",
        subject: "24/00123/FUL - 14 Elm Road",
        body: deputy("Dear Mr Hall,\n\nThe Planning Committee considered the application for 14 Elm Road, Leigh-on-Sea SS9 2AB (24/00123/FUL) on 6 May and raised no objection to the rear extension."),
      },
    },
    {
      name: "a street light outside a house is a location, not a person's address",
      draft: { to: GROUNDS, body: clerk("Dear Sir or Madam,\n\nThe street light outside 22 Marine Parade has been out since Tuesday, and there is fly-tipping by the bench opposite 3 Church Hill. Could you attend this week?") },
    },
    {
      name: "the same personal details kept inside the council",
      draft: {
        to: [COUNCILLOR, COUNCILLOR_2],
        body: clerk("Dear Councillors,\n\nMrs Smith of 14 Elm Road, who has dementia, rang again about the hedge. Her son's mobile is 07700 900123."),
      },
    },
    {
      name: "a referral to a trusted partner authority",
      draft: {
        to: ESSEX,
        body: clerk("Dear Highways Team,\n\nMrs Smith, who lives at 14 Elm Road and uses a wheelchair, cannot get past the broken kerb outside her house. She can be reached on 07700 900123."),
      },
    },
    {
      name: "a councillor gives their own mobile",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nThank you for raising the parking on Leigh Hill. You can call me on 07700 900111 if it is easier to talk it through.") },
    },
    {
      name: "the sender's own number in their signature block",
      draft: {
        from: COUNCILLOR,
        to: RESIDENTS_ASSOC,
        body: `Dear all,\n\nI will join the litter pick on Saturday.\n\nRegards\nCllr Peter Smith\nLeigh-on-Sea Town Council\nMob: 07700 900111\n\n${W}`,
      },
    },
    {
      name: "a reply to the resident who gave their own details",
      draft: {
        to: RESIDENT,
        composeType: "reply",
        subject: "RE: Overgrown hedge",
        body:
          clerk("Dear Mr Green,\n\nThank you. I have asked the contractor to cut back the hedge next week.") +
          "\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 02 May 2025 09:14\nTo: Clerk\nSubject: Overgrown hedge\n\nHello, I live at 14 Elm Road, SS9 2AB, and the hedge opposite blocks the pavement. My mobile is 07700 900456. Alan",
      },
    },
    {
      name: "generic health services and awareness events",
      draft: {
        to: RESIDENTS_ASSOC,
        body: clerk("Dear all,\n\nMental Health Awareness Week starts on Monday. Our dementia-friendly cafe meets in the Community Centre, and she tells me the hospital car park shuttle now stops outside. There are two new disabled parking bays on the Broadway and a group for people with dementia meets on Thursdays."),
      },
    },
    {
      name: "invoice numbers, dates, times and grid references",
      draft: {
        from: OFFICER,
        to: GROUNDS,
        body: deputy("Dear Sir or Madam,\n\nInvoice 10423 dated 03/04/2025 for £1,234.56 is approved. The next inspection is on 12/05/2025 at 07:30 at grid reference TQ 845 857; our purchase order is PO 20250412."),
      },
    },
    {
      name: "the council's own bank details for a hall hire payment",
      draft: {
        to: RESIDENT_2,
        body: clerk("Dear Ms Brown,\n\nYour booking for 14 June is confirmed. Payment can be made by BACS to Leigh-on-Sea Town Council, sort code 30-99-50, account number 12345678, quoting reference HALL-0614."),
      },
    },
    {
      name: "asking for, or confirming, the recipient's own details",
      draft: {
        to: RESIDENT,
        body: clerk("Dear Mr Green,\n\nTo join the allotment list we need your date of birth. We have your date of birth as 12/03/1961 and your mobile number as 07700 900456: please tell me if either is wrong."),
      },
    },
    {
      name: "organisations' and helplines' numbers",
      draft: {
        to: RESIDENTS_ASSOC,
        body: clerk("Dear all,\n\nFor missed bins call Southend City Council on 01702 215000; for leaks Anglian Water on 03457 145145; for non-emergency police 101. ABC Roofing Ltd can be reached on 07700 900999."),
      },
    },
    {
      name: "a letter to the resident with their own address block",
      draft: { to: RESIDENT, body: clerk("Mr A Green\n14 Elm Road\nLeigh-on-Sea\nSS9 2AB\n\nDear Mr Green,\n\nThank you for your application for an allotment plot. You are fourth on the waiting list.") },
    },
    {
      name: "an event venue's address",
      draft: { to: RESIDENTS_ASSOC, body: clerk("Dear all,\n\nThe spring fete is at St Clement's Hall, 12 Broadway, Leigh-on-Sea SS9 1AB on Saturday. Mrs Patel will run the cake stall.") },
    },
    {
      name: "the quoted history not checked when the option is off",
      options: { includeQuoted: false },
      draft: {
        to: CONTRACTOR,
        composeType: "forward",
        body: clerk("Dear Dave,\n\nPlease see below and quote for the repair.") + "\n\n-----Original Message-----\nFrom: Beth Brown\nSent: 3 May 2025\nSubject: Roof\n\nMy number is 07700 900456 and I live at 5 Church Hill.",
      },
    },
    {
      name: "a resident's name without any personal details",
      draft: { to: GROUNDS, body: clerk("Dear Sir or Madam,\n\nMrs Hughes has kindly agreed to water the planters on Elm Road while the team is away. Please liaise with the office about access to the tap.") },
    },
    {
      name: "health words that are not about a person",
      draft: {
        from: COUNCILLOR,
        to: RESIDENTS_ASSOC,
        body: cllr("Dear all,\n\nThe new hospital bus route starts in June and he says the surgery on Elm Road will host a flu clinic. The operation of the car park will be reviewed, and the cancer research shop has moved."),
      },
    },
    {
      name: "a firm's name before its address is not a person",
      draft: { to: GROUNDS, body: clerk("Dear Sir or Madam,\n\nJones Builders, 4 High Street, have quoted £2,400 for the wall, and Leigh Sailing Club, 5 Marine Parade, will store the materials.") },
    },
    {
      name: "rule switched off by the policy",
      policy: (p) => ({ ...p, rules: { ...p.rules, "personal-data": { severity: "off" } } }),
      draft: { to: CONTRACTOR, body: clerk("Dear Dave,\n\nPlease ring Mrs Patel on 07700 900456 to arrange access.") },
    },
  ],
  invalid: [
    {
      name: "a resident's mobile given to a contractor",
      draft: { to: CONTRACTOR, body: clerk("Dear Dave,\n\nPlease ring Mrs Patel on 07700 900456 to arrange access to her back garden.") },
      errors: [{ messageId: "phoneNumber", severity: "warn", field: "body", excerpt: "07700 ****56" }],
    },
    {
      name: "a mobile in international format",
      draft: { to: CONTRACTOR, body: clerk("Dear Dave,\n\nThe key holder is Mr Okafor, +44 7700 900789, who will meet you at the gate.") },
      errors: [{ messageId: "phoneNumber", excerpt: "+44 7700 ****89" }],
    },
    {
      name: "a resident's home landline",
      draft: { to: RESIDENTS_ASSOC, body: clerk("Dear all,\n\nMr Hughes would like to help with the litter pick. His home number is 01702 555123.") },
      errors: [{ messageId: "phoneNumber" }],
    },
    {
      name: "a National Insurance number to a payroll bureau, masked in the evidence",
      draft: {
        to: PAYROLL,
        body: clerk("Dear Payroll,\n\nOur new caretaker, Sam Ellis, starts on 1 June. NI number JH 12 34 56 C, tax code 1257L."),
      },
      errors: [{ messageId: "nationalInsurance", excerpt: /JH 12 \*\* \*\* C/ }],
    },
    {
      name: "a resident's bank details for a refund",
      draft: {
        to: "Ashby Accounts <accounts@ashbyaccountants.co.uk>",
        body: clerk("Dear Ashby Accounts,\n\nPlease refund the hall deposit of £150 to Mrs Okafor: sort code 20-45-77, account number 43218765."),
      },
      errors: [{ messageId: "bankDetails", excerpt: /20-\*\*-\*\*/ }],
    },
    {
      name: "a date of birth",
      draft: {
        to: "Allotment Society <secretary@leighallotments.org.uk>",
        body: clerk("Dear Secretary,\n\nMr Jones (date of birth 14/02/1948) has asked to be added to the list for a half plot."),
      },
      errors: [{ messageId: "dateOfBirth", excerpt: "**/**/1948" }],
    },
    {
      name: "a named resident's address, with postcode",
      draft: {
        from: COUNCILLOR,
        to: JOURNALIST,
        body: cllr("Dear Newsdesk,\n\nThe complaint came from Mr Alan Jones, 22 Marine Parade, Leigh-on-Sea SS9 2AB, who has asked me to raise it."),
      },
      errors: [{ messageId: "homeAddress", excerpt: /\*\* Marine Parade, Leigh-on-Sea SS9 \*\*\*/ }],
    },
    {
      name: "a full name without a title, before an address",
      draft: { to: JOURNALIST, body: clerk("Dear Newsdesk,\n\nThe complaint came from Joan Smith of 14 Elm Road, who has asked us not to share it.") },
      errors: [{ messageId: "homeAddress", excerpt: "** Elm Road" }],
    },
    {
      name: "where someone lives",
      draft: { to: GROUNDS, body: clerk("Dear Sir or Madam,\n\nThe lady who rang, Mrs Brown, lives at 5 Church Hill and says your mower woke her at 6am.") },
      errors: [{ messageId: "homeAddress" }],
    },
    {
      name: "a postcode beside a person's name",
      draft: { to: RESIDENTS_ASSOC, body: clerk("Dear all,\n\nMrs Patel (SS9 3QT) has offered to host the street party planning meeting.") },
      errors: [{ messageId: "homeAddress", excerpt: "SS9 ***" }],
    },
    {
      name: "a resident's dementia and address to a residents' group",
      draft: { to: RESIDENTS_ASSOC, body: clerk("Dear all,\n\nMrs Smith at number 14 has dementia, so please knock loudly when you deliver the newsletter.") },
      errors: [{ messageId: "homeAddress", excerpt: "number **" }, { messageId: "healthDetails", excerpt: "dementia" }],
    },
    {
      name: "a member of staff signed off sick",
      draft: { to: "HR Advice <advice@hrforcouncils.co.uk>", body: clerk("Hello,\n\nTom has been signed off sick with stress until the end of the month. How should we cover his hours?") },
      errors: [{ messageId: "healthDetails" }],
    },
    {
      name: "a councillor in hospital",
      draft: {
        from: COUNCILLOR,
        to: RESIDENTS_ASSOC,
        body: cllr("Dear all,\n\nCllr Jones is in hospital after a fall, so I will chair Thursday's meeting in her place."),
      },
      errors: [{ messageId: "healthDetails" }],
    },
    {
      name: "cancer and a home address to a journalist",
      draft: {
        from: COUNCILLOR,
        to: JOURNALIST,
        body: cllr("Dear Newsdesk,\n\nMr Davies of 8 Marine Close is being treated for cancer and cannot attend the hearing, so please do not call at the house."),
      },
      errors: [{ messageId: "homeAddress" }, { messageId: "healthDetails", excerpt: "cancer" }],
    },
    {
      name: "a forwarded resident's email with their phone and address",
      draft: {
        to: CONTRACTOR,
        composeType: "forward",
        subject: "FW: Leaking gutter",
        body:
          clerk("Dear Dave,\n\nPlease see below and let me have a quote.") +
          "\n\n-----Original Message-----\nFrom: Beth Brown <beth.brown@hotmail.co.uk>\nSent: 3 May 2025 10:02\nTo: Clerk\nSubject: Leaking gutter\n\nThe gutter over my door is leaking again. I live at 5 Church Hill, Leigh-on-Sea SS9 2DE and my number is 07700 900456.\n\nBeth",
      },
      errors: [{ messageId: "quotedPersonalData", excerpt: /\*\* Church Hill|07700 \*\*\*\*56/ }],
    },
    {
      name: "an Outlook HTML forward with a resident's health details",
      draft: {
        to: "Leigh Befrienders <hello@leighbefrienders.org.uk>",
        composeType: "forward",
        html: `<p>Dear Befrienders,</p><p>Could one of your volunteers help?</p><p>Kind regards</p><div id="Signature"><p>${officerSignature().replace(/\n/g, "<br>")}</p></div><p>${W}</p><div id="divRplyFwdMsg"><b>From:</b> Chris White &lt;chris.white@yahoo.co.uk&gt;<br><b>Sent:</b> 4 May 2025<br><b>Subject:</b> Help</div><div><p>My mother has been diagnosed with Parkinson's and she can no longer manage the stairs.</p></div>`,
      },
      errors: [{ messageId: "quotedPersonalData", excerpt: "diagnosed" }],
    },
    {
      name: "personal data in the subject line",
      draft: { to: CONTRACTOR, subject: "Mrs Smith, 14 Elm Road - fence repair", body: clerk("Dear Dave,\n\nPlease quote for the repair discussed on site.") },
      errors: [{ messageId: "homeAddress", field: "subject" }],
    },
    {
      name: "several kinds in one message",
      draft: {
        to: PAYROLL,
        body: clerk("Dear Payroll,\n\nNew starter: Sam Ellis, DOB 04/09/1990, NI number AB123456D. Bank details: sort code 40-11-62, account 31926819."),
      },
      errors: [{ messageId: "dateOfBirth" }, { messageId: "nationalInsurance", excerpt: "AB12****D" }, { messageId: "bankDetails" }],
    },
    {
      name: "a partner authority counts when the policy says so",
      options: { includeTrusted: true },
      draft: { to: SOUTHEND, body: clerk("Dear Planning Team,\n\nThe objector, Mrs Green, lives at 16 Elm Road; her mobile is 07700 900321.") },
      errors: [{ messageId: "homeAddress" }, { messageId: "phoneNumber" }],
    },
    {
      name: "a pregnant member of staff",
      draft: {
        from: OFFICER,
        to: "Hall Bookings <bookings@leighcommunityhall.org.uk>",
        body: deputy("Hello,\n\nOur caretaker Sue is pregnant and cannot lift the stacking tables, so please set up the room before Friday's event."),
      },
      errors: [{ messageId: "healthDetails" }],
    },
    {
      name: "a mobile in the middle of a long plain-text line",
      draft: { to: [CONTRACTOR, RESIDENT_2], body: clerk("Hi both, the neighbour at the end, Mr Fraser, said you can call him on 07911 123456 before 8am if the gate is locked.") },
      errors: [{ messageId: "phoneNumber" }],
    },
    {
      name: "severity raised to block by the policy",
      policy: (p) => ({ ...p, rules: { ...p.rules, "personal-data": { severity: "block" } } }),
      draft: { to: PAYROLL, body: clerk("Dear Payroll,\n\nHer National Insurance number is JH 12 34 56 C.") },
      errors: [{ messageId: "nationalInsurance", severity: "block" }],
    },
  ],
});

/**
 * Everyday sentences from a clerk's email to a contractor (outside the council): `true` where
 * the rule must report personal data, `false` where it must not.
 */
const SENTENCES: [boolean, string][] = [
  [false, "Dear Mrs Jones,\n\nThank you for your email about Plot 14. The rent is due on 1 October."],
  [false, "Please find attached the bank reconciliation; the balance at 31 March was £45,123.67 on account ending 5678."],
  [false, "Please contact our caretaker, Bob, on 07700 900555 for access to the hall."],
  [false, "Out of hours, please call the duty officer on 07700 900666."],
  [false, "Apologies were received from Cllr Jones (illness) and Cllr Smith (holiday)."],
  [false, "Cllr Brown is recovering well and sends her thanks for the cards."],
  [false, "The clerk is on maternity leave until June; please contact Tom in the meantime."],
  [false, "Our charity supports people living with dementia and their carers across Leigh."],
  [false, "Dear Mrs Smith,\n\nI was sorry to hear that your husband is in hospital. I hope he is home soon."],
  [false, "The defibrillator is located at 14 Elm Road, outside the pharmacy."],
  [false, "Dr Patel from the surgery will give a talk on diabetes at the AGM."],
  [false, "Mr and Mrs Jones of 14 Elm Road have applied for planning permission for a rear extension."],
  [false, "The claimant, Mr Jones, tripped on the pavement outside 12 High Street and hurt his knee."],
  [false, "My direct line is 01702 716289 if you need me."],
  [false, "Thanks,\nTom Harris\nDeputy Town Clerk\nDirect: 01702 716290"],
  [false, "The Mayor's charity this year is Havens Hospice, which supports people with a terminal illness."],
  [false, "Please invoice Leigh-on-Sea Town Council, 71-73 Elm Road, Leigh-on-Sea SS9 1SP, quoting PO 4471."],
  [false, "The vote of no confidence was held on 12/03/2024 and the minutes are at www.leighonseatowncouncil.gov.uk."],
  [false, "Mrs Green has kindly offered her garden for the open gardens event on 14 June."],
  [false, "The AGM is at 7pm on Tuesday 14 May at the Community Centre, 20 Elm Road."],
  [false, "The new mental health support service at the library opens on Monday; she will send details."],
  [false, "He has asked whether the hall has disabled toilets and a hearing loop."],
  [false, "Planning application 25/00412/FUL: erection of a dwelling at land rear of 14 Elm Road, SS9 2AB."],
  [false, "Please ring the Town Council on 01702 716288 or Southend Council on 01702 215000."],
  [false, "The pothole outside 7 Church Hill was reported on 3 May; she says it has got worse."],
  [false, "He will be in the office on 07/05/2025 and 08/05/2025 from 9.30 to 1pm."],
  [false, "Our bank details are: Lloyds, sort code 30-99-50, account 01234567, account name Leigh-on-Sea Town Council."],
  [false, "She signed off the accounts on 12 May and the auditor has them."],
  [false, "The alarm was disabled by the contractor; he will re-enable it on Monday."],
  [false, "Her complaints fell on deaf ears at the district council, she says."],
  [false, "There is a depression in the road outside his house which holds water."],
  [false, "The operation of the toilets has been handed to Southend, she told me."],
  [false, "Dear Ms Brown, your booking ref is HB-0712345678 for the main hall."],
  [true, "Joan Smith has dementia and lives alone, so please be patient when you call."],
  [true, "The gentleman at number 3 is disabled and cannot move his car."],
  [true, "She suffers from severe depression and the noise is making it worse."],
  [true, "He is registered blind, so please read the letter to him."],
  [true, "Her number is 07700 900123."],
  [true, "Please can you send the quote to the neighbour, Mr Ali, at 16 Elm Road."],
  [true, "The resident at 22 Marine Parade has complained again about the bins."],
  [true, "Complainant: Mrs J Smith, 14 Elm Road, Leigh-on-Sea SS9 2AB."],
  [true, "Her address is 14 Elm Road, Leigh-on-Sea."],
  [true, "She lives in Flat 3, Marine Court, Leigh."],
  [true, "Name: Joan Smith\nAddress: 14 Elm Road, Leigh-on-Sea SS9 2AB\nPhone: 01702 555123"],
  [true, "Mr Hussain has a heart condition and cannot do heavy digging on his plot."],
  [true, "Cllr Jones has been signed off work with stress by her GP."],
  [true, "His date of birth is 3 March 1952."],
  [true, "Please pay the refund into her account: 12-34-56 / 87654321 (sort code/account)."],
  [true, "Sort code: 12-34-56\nAccount number: 87654321\nName: Mrs J Smith"],
  [true, "The tenant, Mr Grey, has learning difficulties and needs a support worker present."],
  [true, "Mrs Smith's mobile is 07700 900321 and her landline is 01702 555321."],
  [true, "Alan Green\n07700 900456\n\nSent from my iPhone"],
  [true, "Mrs Lee was rushed to hospital last night after a fall."],
  [true, "He was born on 12/03/1961 in Southend."],
  [false, "For more information call Sue Jones on 07700 900444."],
  [false, "Dr Jones, the local GP, will speak on dementia at the AGM."],
  [false, "Please contact me on 07700 900111 or call in at 3 Elm Road."],
  [true, "Jane is off sick today, so please call Tom instead."],
  [true, "Please call Mrs Smith on 07700 900444 to book the access visit."],
  [true, "The complaint came from Joan Smith of 14 Elm Road, who is very upset."],
  [true, "Complainant: Joan Smith, 14 Elm Road, Leigh-on-Sea SS9 2AB."],
  [false, "The fete is at St Clement's Hall, 12 Broadway on Saturday."],
  [false, "Leigh Library, 12 Broadway, opens at 9am on Mondays."],
  [false, "Please deliver to Leigh Sailing Club, 5 Marine Parade, by Friday."],
  [false, "Jones Builders, 4 High Street, have quoted £2,400 for the wall."],
  [false, "On Saturday 14 June, 10 Elm Road will be closed for resurfacing."],
  [true, "Please pass your contact details to Mrs Smith: 07700 900123."],
  [false, "We have your mobile number as 07700 900456 and your date of birth as 12/03/1961."],
  [false, "Your NI number is JH 12 34 56 C and your sort code 12-34-56."],
  [false, "She says the road to the hospital is closed on Sunday."],
  [true, "Mr Brown was taken to the hospital on Friday after a fall."],
  [true, "She has been in hospital since Tuesday."],
];

describe("personal-data on everyday sentences", () => {
  it.each(SENTENCES.map(([report, text]) => [report ? "reports" : "passes", text] as const))("%s: %s", (verdict, text) => {
    const findings = runRule(rule as unknown as Rule, { name: text, draft: { to: "Dave Mills <dave@millsroofing.co.uk>", body: text } });
    expect(findings.length > 0 ? "reports" : "passes").toBe(verdict);
  });
});
