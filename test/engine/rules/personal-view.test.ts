import rule from "../../../src/engine/rules/personal-view";
import type { Rule } from "../../../src/engine/rule";
import { CLERK, COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3, OFFICER, RESIDENT, RESIDENT_2, SOUTHEND, councillorSignature, officerSignature, waiver } from "../../helpers/draft";
import { ruleTester, runRule } from "../../helpers/rule-tester";

const W = waiver();
const cllr = (text: string, name = "Peter Smith"): string => `${text}\n\nRegards\n${councillorSignature(name)}\n\n${W}`;
const ECHO = "Echo Newsdesk <news@echo-news.co.uk>";
const RESIDENTS_ASSOC = "Leigh Residents Association <info@leighresidents.org.uk>";

ruleTester(rule as unknown as Rule, {
  valid: [
    {
      name: "an officer may state the council's position",
      draft: { from: OFFICER, to: RESIDENT, body: `Dear Mr Green,\n\nI think the committee's decision to refuse the application was right, and the council will defend it at appeal.\n\nKind regards\n${officerSignature("Tom Harris", "Deputy Town Clerk")}\n\n${W}` },
    },
    {
      name: "a councillor's opinion kept inside the council",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2, CLERK], body: cllr("Mary, Jane,\n\nI think the precept rise is far too high and I will vote against the budget on Thursday.") },
    },
    {
      name: "a hedge about a date is not an opinion",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI think the Planning Committee meets on Tuesday 4 June at 7.30pm, and I believe the application will be on the agenda.") },
    },
    {
      name: "facts about a council decision",
      draft: { from: COUNCILLOR, to: ECHO, body: cllr("Dear Newsdesk,\n\nThe council decided on 3 May to close the Cliff Gardens toilets for refurbishment. The works will cost £48,000 and finish in September.") },
    },
    {
      name: "advice to a resident",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI think you should send your comments on the application to Southend's planning team directly. In my view the best way is to use their online portal before the consultation closes.") },
    },
    {
      name: "a personal-view disclaimer in the text",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nThis is my personal view, not the council's: I think the skate park proposal is a great idea and I will support it at committee.") },
    },
    {
      name: "writing as a ward councillor",
      draft: { from: COUNCILLOR_3, to: RESIDENT_2, body: cllr("Dear Ms Brown,\n\nI am writing as a ward councillor rather than for the council. I strongly object to the plans for the Marine Parade car park.", "Ahmed Khan") },
    },
    {
      name: "the disclaimer after the views, in different words",
      draft: { from: COUNCILLOR, to: ECHO, body: cllr("Dear Newsdesk,\n\nThe beach hut scheme is a waste of public money and the council should never have approved it.\n\nThese are my own views and not those of Leigh-on-Sea Town Council.") },
    },
    {
      name: "a disclaimer in the councillor's signature block",
      draft: {
        from: COUNCILLOR,
        to: RESIDENT,
        body: `Dear Mr Green,\n\nI am against the new parking charges the council is proposing.\n\nRegards\n${councillorSignature()}\nViews expressed are my own.\n\n${W}`,
      },
    },
    {
      name: "opinions only in the quoted history",
      draft: {
        from: COUNCILLOR,
        to: RESIDENT,
        composeType: "reply",
        body: cllr("Dear Mr Green,\n\nThank you, I have passed your email to the clerk.") + "\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 2 May 2025\nSubject: Toilets\n\nI think the council's decision is a disgrace and a waste of money.",
      },
    },
    {
      name: "predetermination: explaining why no view can be given",
      draft: { from: COUNCILLOR_2, to: RESIDENT, body: cllr("Dear Mr Green,\n\nAs I sit on the Planning Committee I can't support or oppose the application before the meeting, as I must keep an open mind.", "Mary Jones") },
    },
    {
      name: "sympathy is not a stance",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI am disappointed to hear about your experience with the council's booking system, and I have asked the clerk to look into it.") },
    },
    {
      name: "an opinion on something that is not council business",
      draft: { from: COUNCILLOR, to: RESIDENTS_ASSOC, body: cllr("Dear all,\n\nI think the fireworks were brilliant this year, and the food stalls were excellent.") },
    },
    {
      name: "supporting a resident's request by passing it on",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI support your request and have passed it to the clerk, who will reply this week.") },
    },
    {
      name: "a partner authority is not outside when the policy says so",
      options: { includeTrusted: false },
      draft: { from: COUNCILLOR, to: SOUTHEND, body: cllr("Dear Planning Team,\n\nI strongly object to application 25/00412/FUL, which is overdevelopment of the site.") },
    },
    {
      name: "the waiver counts as the disclaimer when the policy says so",
      options: { waiverIsDisclaimer: true },
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI think the precept rise is far too high.") },
    },
    {
      name: "an admin's own disclaimer wording",
      options: { extraDisclaimers: ["writing as chair of the Leigh Society"] },
      draft: { from: COUNCILLOR, to: ECHO, body: cllr("Dear Newsdesk,\n\nI am writing as chair of the Leigh Society. I oppose the council's proposal to sell the library gardens.") },
    },
    {
      name: "a hedge about council facts",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI believe the council has received 40 responses to the consultation so far, and I think I sent you the budget papers last week.") },
    },
    {
      name: "courtesy: pleased to confirm a grant",
      draft: { from: COUNCILLOR, to: RESIDENTS_ASSOC, body: cllr("Dear all,\n\nI am pleased to confirm that the council has awarded your group a grant of £500, as agreed at committee on 6 May.") },
    },
  ],
  invalid: [
    {
      name: "the council's decision is wrong",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI think the council's decision to close the public toilets is wrong.") },
      errors: [{ messageId: "personalView", severity: "warn", field: "body", excerpt: "I think the council's decision" }],
    },
    {
      name: "personally against the parking charges",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nPersonally, I'm against the new parking charges the council is proposing.") },
      errors: [{ messageId: "personalView", excerpt: "Personally" }],
    },
    {
      name: "in my opinion, about the budget",
      draft: { from: COUNCILLOR_2, to: ECHO, body: cllr("Dear Newsdesk,\n\nIn my opinion the budget is far too high and the precept rise cannot be justified.", "Mary Jones") },
      errors: [{ messageId: "personalView", excerpt: "In my opinion" }],
    },
    {
      name: "appalled at a committee decision",
      draft: { from: COUNCILLOR, to: RESIDENTS_ASSOC, body: cllr("Dear all,\n\nI am appalled that the committee approved this application without a site visit.") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "should never have, without a first person",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nThe council should never have agreed to this scheme.") },
      errors: [{ messageId: "personalView", excerpt: "should never have" }],
    },
    {
      name: "a disgrace, about a development",
      draft: { from: COUNCILLOR_3, to: RESIDENT_2, body: cllr("Dear Ms Brown,\n\nThis development is a disgrace and I will be objecting.", "Ahmed Khan") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "support for a proposal",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI fully support the proposal for a new skate park on the Cliff Gardens site.") },
      errors: [{ messageId: "personalView", excerpt: "I fully support" }],
    },
    {
      name: "an objection sent to the district council",
      draft: { from: COUNCILLOR_2, to: SOUTHEND, body: cllr("Dear Planning Team,\n\nI strongly object to planning application 25/00412/FUL, which is overdevelopment of the site.", "Mary Jones") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "a judgement after I believe",
      draft: { from: COUNCILLOR, to: ECHO, body: cllr("Dear Newsdesk,\n\nI believe the precept increase is unnecessary and residents deserve better.") },
      errors: [{ messageId: "personalView", excerpt: "I believe" }],
    },
    {
      name: "voting intentions",
      draft: { from: COUNCILLOR_2, to: RESIDENT, body: cllr("Dear Mr Green,\n\nThank you for writing. I will be voting against the budget on Thursday.", "Mary Jones") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "a waste of money",
      draft: { from: COUNCILLOR, to: RESIDENTS_ASSOC, body: cllr("Dear all,\n\nThe council's plan for a new sign at the station is a complete waste of money.") },
      errors: [{ messageId: "personalView", excerpt: "waste of money" }],
    },
    {
      name: "the council is named only in the subject",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "Skate park proposal", body: cllr("Dear Mr Green,\n\nI am delighted with the response so far.") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "hard-wrapped plain text",
      draft: {
        from: COUNCILLOR,
        to: RESIDENT,
        body: cllr("Dear Mr Green,\n\nHaving looked at the papers again over the weekend, I think the plans\nfor the seafront car park are a terrible idea and the council\nshould think again."),
      },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "an HTML email",
      draft: {
        from: COUNCILLOR,
        to: RESIDENT,
        html: `<p>Dear Mr Green,</p><p>My view is that the library gardens scheme should be scrapped.</p><p>Regards</p><div id="Signature">${councillorSignature().replace(/\n/g, "<br>")}</div><p>${W}</p>`,
      },
      errors: [{ messageId: "personalView", excerpt: "My view is" }],
    },
    {
      name: "the waiver's own words do not count as the disclaimer",
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI'm totally opposed to the development of the green.") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "an external recipient in Cc",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2], cc: [ECHO], body: cllr("Mary,\n\nI don't agree with the committee's decision on the beach huts and I'll say so publicly.") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "a consequence judged after I think",
      draft: { from: COUNCILLOR, to: RESIDENT_2, body: cllr("Dear Ms Brown,\n\nI think the skate park scheme will cause real problems for the neighbours.") },
      errors: [{ messageId: "personalView" }],
    },
    {
      name: "several opinions, one finding with each as evidence",
      draft: {
        from: COUNCILLOR,
        to: ECHO,
        body: cllr("Dear Newsdesk,\n\nI oppose the council's plans for the seafront. Frankly, the committee's decision was a mistake.\n\nI'm not happy with how the council handled the consultation either."),
      },
      errors: [{ messageId: "personalView", excerpt: "Frankly" }],
    },
    {
      name: "an admin's extra opinion phrase",
      options: { extraOpinionPhrases: ["I am fuming"] },
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nI am fuming about the council's handling of the allotment rents.") },
      errors: [{ messageId: "personalView", excerpt: "I am fuming" }],
    },
    {
      name: "severity raised for councillors by the policy",
      policy: (p) => ({ ...p, rules: { ...p.rules, "personal-view": { roles: { councillor: "block" } } } }),
      draft: { from: COUNCILLOR, to: RESIDENT, body: cllr("Dear Mr Green,\n\nThe council got this wrong.") },
      errors: [{ messageId: "personalView", severity: "block" }],
    },
  ],
});

/**
 * Everyday sentences from a councillor to a resident (outside the council), after "Dear Mr Green,":
 * `true` where the rule must report a personal view, `false` where it must not.
 */
const SENTENCES: [boolean, string, string?][] = [
  [true, "I think the council's decision to close the public toilets is wrong."],
  [true, "Personally, I'm against the new parking charges the council is proposing."],
  [true, "In my opinion the budget is far too high and the precept rise is unjustified."],
  [true, "I am appalled that the committee approved this application."],
  [true, "The council should never have agreed to this scheme."],
  [true, "This development is a disgrace and I will be objecting."],
  [true, "I fully support the proposal for a new skate park."],
  [true, "I strongly object to planning application 24/00123/FUL."],
  [true, "Frankly, the committee's decision was a mistake."],
  [true, "I believe the precept increase is unnecessary."],
  [true, "I feel the council has let residents down badly over the beach huts."],
  [true, "I'm not happy with how the council handled this."],
  [true, "The council's plan is a complete waste of money."],
  [true, "I will be voting against the budget on Thursday."],
  [true, "I don't agree with the committee's decision."],
  [true, "I think it's ridiculous that the council is spending £50,000 on a new sign."],
  [true, "My view is that the scheme should be scrapped."],
  [true, "I'm totally opposed to the development of the green."],
  [true, "I'm delighted that the council finally agreed to fund the scheme."],
  [true, "Between ourselves, the council got this wrong."],
  [true, "In my opinion, the skate park proposal will attract antisocial behaviour."],
  [true, "The precept rise is excessive, I think, and the council should look again."],
  [true, "I think the skate park scheme will cause real problems for the neighbours."],
  [true, "I am delighted with the response so far.", "Skate park proposal"],
  [true, "Thanks for your email.\n\nHaving looked at the papers again over the weekend, I think the plans\nfor the seafront car park are a terrible idea and the council\nshould think again."],
  [false, "I think the meeting is on Tuesday 4 June at 7.30pm."],
  [false, "I believe the application was withdrawn last week."],
  [false, "I will raise this at the next Planning Committee."],
  [false, "I think you should contact Southend's planning department directly."],
  [false, "The council decided on 3 May to close the toilets for refurbishment."],
  [false, "I feel it would be best to wait for the committee's decision."],
  [false, "I think the best thing would be for you to email the clerk."],
  [false, "I support your request and have passed it to the clerk."],
  [false, "I agree with you that the hedge needs cutting; I've reported it."],
  [false, "I am disappointed to hear about your experience with the council's booking system."],
  [false, "I believe the committee will consider your application in June."],
  [false, "Personally, I'll be at the meeting on Tuesday."],
  [false, "I will personally make sure the clerk chases this."],
  [false, "The committee's view is that the application should be refused, as set out in the minutes."],
  [false, "As a member of the Planning Committee I can't support or oppose the application before the meeting, as I must keep an open mind."],
  [false, "I support the Leigh Lions' Christmas appeal and hope to see you there."],
  [false, "In my view the best approach is to email the clerk, who can check the council's records."],
  [false, "I'm sorry to hear the council's bins were not emptied; I have reported it."],
  [false, "I think the fireworks were brilliant this year."],
  [false, "I was pleased to see so many residents at the consultation event."],
  [false, "I think there may be a grant available; the clerk will know."],
  [false, "I believe the council has received 40 responses to the consultation so far."],
  [false, "I feel we should meet to talk it through before the committee."],
  [false, "I think I sent you the budget papers last week."],
  [true, "I would like to see the council freeze the precept this year."],
  [true, "As far as I'm concerned the committee's handling of this has been poor."],
  [true, "It seems to me that the council has failed residents on this."],
  [true, "What an appalling decision by the committee."],
  [true, "I'm all for the new community grants scheme."],
  [false, "I'd like to see you at the meeting on Tuesday if you can make it."],
  [false, "It seems to me the meeting papers went out on Friday."],
  [false, "I have to say thank you for all your help with the litter pick."],
];

describe("personal-view on everyday sentences", () => {
  it.each(SENTENCES.map(([report, text, subject]) => [report ? "reports" : "passes", text, subject ?? "Your email"] as const))("%s: %s", (verdict, text, subject) => {
    const draft = { from: COUNCILLOR, to: RESIDENT, subject, body: `Dear Mr Green,\n\n${text}\n\nRegards\nCllr Peter Smith` };
    const findings = runRule(rule as unknown as Rule, { name: text, draft });
    expect(findings.length > 0 ? "reports" : "passes").toBe(verdict);
  });
});
