import rule from "../../../src/engine/rules/reply-all";
import type { Rule } from "../../../src/engine/rule";
import {
  CLERK,
  COUNCILLOR,
  COUNCILLOR_2,
  COUNCILLOR_3,
  COUNCILLOR_4,
  OFFICER,
  RESIDENT,
  RESIDENT_2,
  SOUTHEND,
  councillorSignature,
  officerSignature,
  waiver,
} from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const W = waiver();
const cllr = (text: string, name = "Peter Smith") => `${text}\n\n${councillorSignature(name)}\n\n${W}`;
const clerk = (text: string) => `${text}\n\nKind regards\n${officerSignature("Jane Bennett", "Town Clerk")}\n\n${W}`;
const deputy = (text: string) => `${text}\n\n${officerSignature("Tom Harris", "Deputy Town Clerk")}\n\n${W}`;
const history = (text: string, from = "Mary Jones") => `\n\n-----Original Message-----\nFrom: ${from}\nSent: 12 May 2025 09:30\nSubject: Bus shelter quotes\n\n${text}`;
const PROPOSAL = history("I propose we accept quote B from Greenways for the bus shelter. It is the cheapest and they can start in June. Can we all agree?");
const COUNCILLORS_LIST = "Councillors <councillors@leighonseatowncouncil.gov.uk>";
const STAFF_LIST = "Staff <staff@leighonseatowncouncil.gov.uk>";
const many = (n: number, who = "cllr") => Array.from({ length: n }, (_, i) => `Person ${i + 1} <${who}.p${i + 1}@leighonseatowncouncil.gov.uk>`);
const SUBSTANCE =
  "I walked the Broadway last night: three of the festoon strings on the east side are out, and the tree by the library needs a new timer. I have put photos in the shared folder.";

ruleTester(rule as unknown as Rule, {
  valid: [
    { name: "a reply to one person", draft: { from: CLERK, to: RESIDENT, composeType: "reply", body: clerk("Thanks, noted.") } },
    { name: "a new message to many", draft: { from: CLERK, to: many(14), body: clerk("Thanks all.") } },
    { name: "a forward to several people", draft: { from: CLERK, to: [COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3], composeType: "forward", body: clerk("Thanks, see below.") + history("Agreed.") } },
    {
      name: "a substantive reply-all to a small internal group",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2], cc: [CLERK], composeType: "reply", body: cllr(`Mary, Jane,\n\n${SUBSTANCE}`) + history("Can someone check the lights?") },
    },
    {
      name: "thanks inside a longer substantive reply",
      draft: { from: OFFICER, to: [CLERK, COUNCILLOR], composeType: "reply", body: deputy("Thanks Jane. I have checked the hall diary and the Youth Council can have the main hall on 3 June from 6pm; the caretaker will open up and the chairs are already out from the quiz.") },
    },
    {
      name: "a councillor sharing information with councillors, not deciding",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2, COUNCILLOR_3, COUNCILLOR_4], cc: [CLERK], composeType: "reply", body: cllr("Hi all,\n\nThe contractor says the work will start on Monday and take two weeks. I agree the footpath at Belton Way is in a poor state; the county council is responsible for it.") + PROPOSAL },
    },
    {
      name: "a councillor saying the decision belongs at the meeting",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2, COUNCILLOR_3, COUNCILLOR_4], composeType: "reply", body: cllr("I'll propose at Tuesday's meeting that we go with quote B, and I would like the full figures on the agenda papers please.") + PROPOSAL },
    },
    {
      name: "the sender's own address does not make a reply-all",
      draft: { from: CLERK, to: RESIDENT, cc: CLERK, composeType: "reply", body: clerk("Thank you, noted.") },
    },
    {
      name: "thank you both, to the two people it thanks",
      draft: { from: CLERK, to: [COUNCILLOR, COUNCILLOR_2], composeType: "reply", body: clerk("Thank you both, noted.") },
    },
    {
      name: "council staff with a trusted partner is not a mixed audience",
      draft: { from: OFFICER, to: [SOUTHEND], cc: [CLERK], composeType: "reply", body: deputy("Dear Planning Team,\n\nThe committee will consider application 25/00412/FUL on 6 May; we will send you its comments the following morning.") },
    },
    {
      name: "Bcc does not make a reply-all or a mixed audience",
      draft: { from: CLERK, to: OFFICER, bcc: [RESIDENT, RESIDENT_2], composeType: "reply", body: clerk("Thanks Tom.") },
    },
    {
      name: "a short reply with an attachment has substance",
      draft: { from: OFFICER, to: [CLERK, COUNCILLOR], composeType: "reply", body: deputy("Thanks, updated version attached."), attachments: ["Budget v3.xlsx"] },
    },
    {
      name: "a short reply that asks a question",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2, CLERK], composeType: "reply", body: cllr("Thanks, is the meeting still at 7pm?") },
    },
    {
      name: "thanks followed by news for everyone",
      draft: { from: CLERK, to: [COUNCILLOR, COUNCILLOR_2, OFFICER], composeType: "reply", body: clerk("Thanks \u2014 the meeting has now moved to 7.30pm in the Council Chamber at Elm Road.") },
    },
    {
      name: "a proposal to fewer councillors than a quorum",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2], cc: [CLERK], composeType: "reply", body: cllr("I propose we accept quote B from Greenways, which is \u00a3400 cheaper and includes installation and the concrete base.") },
    },
    {
      name: "choosing a date in a poll is not a vote",
      draft: {
        from: COUNCILLOR_2,
        to: [COUNCILLOR, COUNCILLOR_3, COUNCILLOR_4],
        cc: [CLERK],
        composeType: "reply",
        body: cllr("Option 2 for me. I can bring the keys for the pavilion if that helps, as I will be coming straight from work.", "Mary Jones") + history("Which date works for the site visit: option 1, Tuesday 3 June, or option 2, Thursday 5 June?", "Jane Bennett"),
      },
    },
    {
      name: "councillors on personal addresses the policy lists are not outsiders",
      policy: (p) => ({ ...p, councillors: { ...p.councillors, addresses: ["peter.smith1960@gmail.com"] } }),
      draft: { from: CLERK, to: ["Peter Smith <peter.smith1960@gmail.com>"], cc: [COUNCILLOR_2], composeType: "reply", body: clerk(`Dear Peter, dear Mary,

${SUBSTANCE}`) },
    },
    {
      name: "the large-audience threshold raised by the policy",
      options: { largeAudience: 20 },
      draft: { from: CLERK, to: many(12, "staff"), composeType: "reply", body: clerk(`Dear all,\n\n${SUBSTANCE}`) },
    },
    {
      name: "the mixed-audience check turned off",
      options: { mixedAudience: false },
      draft: { from: CLERK, to: [RESIDENT], cc: [COUNCILLOR], composeType: "reply", body: clerk("Dear Mr Green,\n\nThe bins on Elm Road will be emptied on Thursday, and Cllr Smith will meet you on site at 10am on Friday to look at the fly-tipping.") },
    },
  ],
  invalid: [
    {
      name: "a reply to a large audience",
      draft: { from: CLERK, to: many(12, "staff"), composeType: "reply", body: clerk(`Dear all,\n\n${SUBSTANCE}`) },
      errors: [{ messageId: "largeAudience", severity: "warn", field: "to", excerpt: "staff.p1@" }],
    },
    {
      name: "thanks to everyone",
      draft: { from: CLERK, to: [COUNCILLOR, COUNCILLOR_2], composeType: "reply", body: clerk("Thanks") },
      errors: [{ messageId: "acknowledgement", field: "body", excerpt: "Thanks" }],
    },
    {
      name: "noted with thanks, signed",
      draft: { from: OFFICER, to: [CLERK], cc: [COUNCILLOR], composeType: "reply", body: deputy("Noted, thanks.") + history("The hall is booked for 3 June.", "Jane Bennett") },
      errors: [{ messageId: "acknowledgement", excerpt: "Noted, thanks." }],
    },
    {
      name: "HTML: a thank-you in Outlook's reply layout",
      draft: {
        from: CLERK,
        to: [COUNCILLOR, OFFICER],
        composeType: "reply",
        html: `<div>Thank you for the update!</div><div id="Signature"><p>${officerSignature().replace(/\n/g, "<br>")}</p></div><div id="divRplyFwdMsg"><b>From:</b> Tom Harris<br><b>Sent:</b> Monday</div><div>The grass on the Library Gardens has been cut.</div>`,
      },
      errors: [{ messageId: "acknowledgement", excerpt: "Thank you for the update!" }],
    },
    {
      name: "+1 from an officer",
      draft: { from: OFFICER, to: [CLERK, "Sue Patel <sue.patel@leighonseatowncouncil.gov.uk>"], composeType: "reply", body: deputy("+1") },
      errors: [{ messageId: "acknowledgement" }],
    },
    {
      name: "thanks on its own line, read as the sign-off",
      draft: { from: CLERK, to: [COUNCILLOR, COUNCILLOR_2, OFFICER], composeType: "reply", body: `Many thanks\nJane\n\n${W}` },
      errors: [{ messageId: "acknowledgement", excerpt: "Many thanks" }],
    },
    {
      name: "a resident and a councillor on one reply",
      draft: { from: CLERK, to: [RESIDENT], cc: [COUNCILLOR], composeType: "reply", body: clerk("Dear Mr Green,\n\nThe bins on Elm Road will be emptied on Thursday, and Cllr Smith will meet you on site at 10am on Friday to look at the fly-tipping.") },
      errors: [{ messageId: "mixedAudience", field: "to", excerpt: "alan.green@gmail.com" }],
    },
    {
      name: "a reply to the councillors' list",
      draft: { from: CLERK, to: [COUNCILLORS_LIST], cc: [OFFICER], composeType: "reply", body: clerk(`Dear Councillors,\n\n${SUBSTANCE}`) },
      errors: [{ messageId: "distributionList", field: "to", excerpt: "councillors@", fix: "remove-recipient" }],
    },
    {
      name: "thanks all to the staff list",
      draft: { from: OFFICER, to: [STAFF_LIST, CLERK], composeType: "reply", body: deputy("Thanks all") },
      errors: [{ messageId: "acknowledgement" }, { messageId: "distributionList", excerpt: "staff@" }],
    },
    {
      name: "a councillor proposing to a quorum by reply-all",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2, COUNCILLOR_3, COUNCILLOR_4], cc: [CLERK], composeType: "reply", body: cllr("I propose we accept quote B from Greenways.") + history("Here are the three quotes for the bus shelter.", "Jane Bennett") },
      errors: [{ messageId: "decisionByEmail", excerpt: "I propose we accept quote B" }],
    },
    {
      name: "agreed, in reply to a proposal",
      draft: { from: COUNCILLOR_2, to: [COUNCILLOR, COUNCILLOR_3, COUNCILLOR_4], composeType: "reply", body: cllr("Agreed.", "Mary Jones") + PROPOSAL },
      errors: [{ messageId: "decisionByEmail", excerpt: "Agreed." }],
    },
    {
      name: "seconding through the councillors' list",
      draft: { from: COUNCILLOR_3, to: [COUNCILLORS_LIST], cc: [COUNCILLOR], composeType: "reply", body: cllr("I second that.", "Ahmed Khan") + PROPOSAL },
      errors: [{ messageId: "decisionByEmail" }, { messageId: "distributionList", fix: "remove-recipient" }],
    },
    {
      name: "a vote with curly apostrophes",
      draft: { from: COUNCILLOR_4, to: [COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3], composeType: "reply", body: cllr("Hi all,\n\nI vote in favour of Greenways\u2019 quote \u2013 it\u2019s the only one that includes the concrete base and the four-year guarantee.", "Sarah Lee") },
      errors: [{ messageId: "decisionByEmail", excerpt: "I vote in favour" }],
    },
    {
      name: "HTML: agreed, let's go with quote B",
      draft: {
        from: COUNCILLOR,
        to: [COUNCILLOR_2, COUNCILLOR_3],
        cc: [COUNCILLOR_4],
        composeType: "reply",
        html: `<div>Agreed, let\u2019s go with quote B.</div><div id="Signature">${councillorSignature().replace(/\n/g, "<br>")}</div><div id="divRplyFwdMsg"><b>From:</b> Mary Jones</div><div>Which quote shall we take?</div>`,
      },
      errors: [{ messageId: "decisionByEmail", excerpt: "go with quote B" }],
    },
    {
      name: "a smaller quorum set by the policy",
      options: { quorum: 2 },
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2, COUNCILLOR_3], composeType: "reply", body: cllr("I agree we should approve the Greenways quote; it is the cheapest and includes installation.") },
      errors: [{ messageId: "decisionByEmail" }],
    },
    {
      name: "a vote from councillors on personal addresses the policy lists",
      policy: (p) => ({ ...p, councillors: { ...p.councillors, addresses: ["mary.jones@btinternet.com", "a.khan@outlook.com", "sarah.lee@gmail.com"] } }),
      draft: { from: COUNCILLOR, to: ["Mary Jones <mary.jones@btinternet.com>", "Ahmed Khan <a.khan@outlook.com>", "Sarah Lee <sarah.lee@gmail.com>"], composeType: "reply", body: cllr("Yes from me.") + PROPOSAL },
      errors: [{ messageId: "decisionByEmail", excerpt: "Yes from me." }],
    },
    {
      name: "thanks above a personal sign-off with a job title",
      draft: { from: CLERK, to: [COUNCILLOR, OFFICER], composeType: "reply", body: `Thanks
Jane Bennett
Clerk to the Council
Leigh Town Council
Tel 01702 716288

${W}` },
      errors: [{ messageId: "acknowledgement" }],
    },
    {
      name: "thanks to ten people",
      draft: { from: CLERK, to: many(10, "staff"), composeType: "reply", body: clerk("Thanks everyone.") },
      errors: [{ messageId: "largeAudience", excerpt: "staff.p1@" }, { messageId: "acknowledgement" }],
    },
    {
      name: "an admin's extra acknowledgement word",
      options: { extraAcknowledgements: ["diolch"] },
      draft: { from: CLERK, to: [COUNCILLOR, OFFICER], composeType: "reply", body: clerk("Diolch yn fawr") },
      errors: [{ messageId: "acknowledgement" }],
    },
    {
      name: "an outside address in Cc and council addresses in To",
      draft: { from: OFFICER, to: [CLERK, COUNCILLOR_2], cc: ["Greenways <office@greenwaysgrounds.co.uk>"], composeType: "reply", body: deputy("Jane, Mary,\n\nGreenways have confirmed that the grass cutting on Leigh Cliffs will be done on Tuesday and Wednesday next week, weather permitting.") },
      errors: [{ messageId: "mixedAudience", field: "cc", excerpt: "greenwaysgrounds" }],
    },
    {
      name: "a list configured as reaching every councillor",
      options: { councillorLists: ["fullcouncil@"] },
      policy: (p) => ({ ...p, distributionLists: ["councillors@", "staff@", "fullcouncil@"] }),
      draft: { from: COUNCILLOR, to: ["Full Council <fullcouncil@leighonseatowncouncil.gov.uk>", CLERK], composeType: "reply", body: cllr("Quote B for me.") + PROPOSAL },
      errors: [{ messageId: "decisionByEmail" }, { messageId: "distributionList", excerpt: "fullcouncil@" }],
    },
  ],
});
