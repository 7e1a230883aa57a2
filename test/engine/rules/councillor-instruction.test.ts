import rule from "../../../src/engine/rules/councillor-instruction";
import type { Rule } from "../../../src/engine/rule";
import { CLERK, COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3, OFFICER, RESIDENT, councillorSignature, waiver } from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const W = waiver();
const cllr = (text: string, name = "Peter Smith") => `${text}\n\nRegards\n${councillorSignature(name)}\n\n${W}`;
const CONTRACTOR = "Dave Barker <dave@barkerfencing.co.uk>";
const quoted = (text: string) => `\n\n-----Original Message-----\nFrom: Jane Bennett\nSent: 12 May 2025 09:30\nTo: Peter Smith\nSubject: Benches\n\n${text}`;

ruleTester(rule as unknown as Rule, {
  valid: [
    {
      name: "apologies and a question about the minutes",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Apologies", body: cllr("Hi Jane,\n\nPlease accept my apologies for Tuesday's Planning Committee; I am away with work.\n\nCould you tell me when the minutes will be available?") },
    },
    {
      name: "an officer may instruct and commit the council",
      draft: { from: CLERK, to: CONTRACTOR, subject: "Fence repair", body: "Dear Mr Barker,\n\nPlease go ahead and order the posts; the council will pay on receipt of your invoice.\n\nKind regards\nJane" },
    },
    {
      name: "asking the clerk to put an item on the agenda",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Agenda item", body: cllr("Dear Jane,\n\nPlease add the replacement of the Elm Road benches to the agenda for the next Full Council meeting, so that we can decide whether to order them.") },
    },
    {
      name: "courtesy forms: find attached, let me know, do not hesitate, note, advise",
      draft: {
        from: COUNCILLOR_2,
        to: CLERK,
        subject: "Draft budget comments",
        body: cllr("Jane,\n\nPlease find attached my comments on the draft budget. Please note the figure for grounds maintenance looks low to me. Please advise whether I have misread it.\n\nPlease let me know if you have any questions, and please do not hesitate to call me.", "Mary Jones"),
        attachments: ["Budget comments.docx"],
      },
    },
    {
      name: "requests for information about work and payments",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Play area", body: cllr("Hi Jane,\n\nCould you let me know whether the contractor has started on the play area fence? Has the invoice been paid yet, and when will the new benches be ordered?") },
    },
    {
      name: "an instruction only in the quoted history",
      draft: { from: COUNCILLOR, to: CLERK, composeType: "reply", subject: "RE: Hall", body: cllr("Thanks Jane, that is helpful.") + quoted("Please book the hall for 3 June and order the chairs. The council will pay the deposit.") },
    },
    {
      name: "a hope about what the council will fund",
      draft: { from: COUNCILLOR_3, to: RESIDENT, subject: "Play area", body: cllr("Dear Mr Green,\n\nThank you for your email. I hope the council will fund the new play area when it sets the budget in January, and I will be supporting it.", "Ahmed Khan") },
    },
    {
      name: "reporting a decision the council has already taken",
      draft: { from: COUNCILLOR, to: RESIDENT, subject: "Bus shelter", body: cllr("Dear Mr Green,\n\nAt Monday's meeting the council resolved to accept the Greenways quote for the bus shelter, and the clerk will place the order this week.") },
    },
    {
      name: "asking for a quote commits nobody",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Bus shelter", body: cllr("Jane,\n\nCould you ask the contractor for a quote for repairing the bus shelter on London Road, so that the committee can consider it? I've asked Barkers to give us a price as well.") },
    },
    {
      name: "suggested agenda items listed under a heading",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Items for June", body: cllr("Hi Jane,\n\nItems for the next agenda:\n- Approve the purchase of two benches for Bell Wharf\n- Accept the quote for grass cutting\n- Appoint a tree surgeon for the cliffs") },
    },
    {
      name: "an instruction made conditional on the council's approval",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Planters", body: cllr("Jane,\n\nOnce the council has approved the budget, please order the new planters for the Broadway.") },
    },
    {
      name: "personal arrangements: my train, my own ticket, my place on a course",
      draft: {
        from: COUNCILLOR_2,
        to: CLERK,
        subject: "SLCC conference",
        body: cllr("Hi Jane,\n\nI have booked my train to the conference and I'll pay for my own ticket. Please book me onto the NALC planning training on 12 June, and please cancel my place on the July course.", "Mary Jones"),
      },
    },
    {
      name: "another authority's work is not the council's commitment",
      draft: { from: COUNCILLOR, to: [COUNCILLOR_2, COUNCILLOR_3], subject: "Leigh Hill", body: cllr("Hi all,\n\nEssex Highways tell me the county council will repair the potholes on Leigh Hill next month, and Southend Council will fix the streetlight outside the church.") },
    },
    {
      name: "look-alike words: pay and display, order of business, book club, go ahead as planned",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Saturday", body: cllr("Jane,\n\nPay and display machines in the Elm Road car park are broken again. Order of business for the fete is attached. Book club still meets in the library, and the fete will go ahead as planned.") },
    },
    {
      name: "circulating to councillors and forwarding to colleagues",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Petition", body: cllr("Jane,\n\nPlease could you circulate the attached petition to all councillors, and forward Mrs Brown's email to the other ward members?") },
    },
    {
      name: "a resident told we will look into it",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Hedge", body: cllr("Jane,\n\nI told the resident we would look into it and that the clerk would be in touch. I've asked the contractor whether he has seen the hedge.") },
    },
    {
      name: "clerical corrections to documents",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Minutes", body: cllr("Jane,\n\nCould you fix the link in the draft minutes, and replace the attachment? It's the wrong version. Could you remove me from the allotments mailing list too?") },
    },
    {
      name: "telling residents how to pay and book for themselves",
      draft: { from: COUNCILLOR_3, to: RESIDENT, subject: "Allotments", body: cllr("Dear Mr Green,\n\nPlease pay at the council office or online, and please book via the council website. Please renew your tenancy by 31 March.", "Ahmed Khan") },
    },
    {
      name: "not checked for an officer's role mailbox",
      draft: { from: OFFICER, to: CONTRACTOR, subject: "Lights", body: "Dear Mr Barker,\n\nGet the lights in the underpass fixed this week, please. I authorise payment of your invoice 1042.\n\nTom Harris" },
    },
    {
      name: "asking to sort out a document, and whether the public may book",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Minutes", body: cllr("Jane,\n\nCould you sort out the minutes from Tuesday? Can the hall be booked by residents for private parties? Let's book a date for the working group.") },
    },
    {
      name: "video calls, papers and apologies given are not commitments",
      draft: { from: COUNCILLOR_2, to: [COUNCILLOR, COUNCILLOR_3], subject: "Working group", body: cllr("Hi both,\n\nWe will use Zoom for the working group, as last time. I've given Jane the papers and I have given my apologies to the chairman for Thursday.", "Mary Jones") },
    },
    {
      name: "an admin's ignore phrase",
      options: { ignorePhrases: ["Friends of Belton Hills"] },
      draft: { from: COUNCILLOR, to: "Friends <friends@beltonhills.org.uk>", subject: "Litter pick", body: cllr("Hi all,\n\nFor the Friends of Belton Hills, please order 50 litter pickers from the usual supplier.") },
    },
  ],
  invalid: [
    {
      name: "go ahead and order, the council will pay",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Benches", body: cllr("Hi Jane,\n\nPlease go ahead and order the benches from Greenways, the council will pay.") },
      errors: [{ messageId: "instruction", severity: "block", field: "body", excerpt: "Please go ahead and order the benches" }],
    },
    {
      name: "a bare imperative: book the hall",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Hustings", body: cllr("Jane,\n\nBook the hall for 3 June for the Youth Council hustings.") },
      errors: [{ messageId: "instruction", excerpt: "Book the hall for 3 June" }],
    },
    {
      name: "telling the contractor to start",
      draft: { from: COUNCILLOR_2, to: CLERK, subject: "Play area", body: cllr("Hi Jane,\n\nJust so you know, I've told the contractor to start Monday on the play area fence.", "Mary Jones") },
      errors: [{ messageId: "instruction", excerpt: "I've told the contractor to start Monday" }],
    },
    {
      name: "authorising a payment",
      draft: { from: COUNCILLOR, to: OFFICER, subject: "Invoice 1042", body: cllr("Tom,\n\nI authorise payment of invoice 1042 from Leigh Landscapes.") },
      errors: [{ messageId: "instruction", excerpt: "I authorise payment of invoice 1042" }],
    },
    {
      name: "a request to arrange works",
      draft: { from: COUNCILLOR_3, to: OFFICER, subject: "Fete", body: cllr("Hi Tom,\n\nCan you arrange for the grass to be cut on the Library Gardens before the fete", "Ahmed Khan") },
      errors: [{ messageId: "instruction" }],
    },
    {
      name: "promising a contractor the council will cover the cost",
      draft: { from: COUNCILLOR, to: CONTRACTOR, subject: "Fence post", body: cllr("Dear Mr Barker,\n\nThe council will cover the cost of the replacement post.") },
      errors: [{ messageId: "commitment", excerpt: "The council will cover the cost" }],
    },
    {
      name: "giving approval to proceed",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Christmas lights", body: cllr("Jane,\n\nYou have my approval to proceed with the Christmas lights order.") },
      errors: [{ messageId: "instruction", excerpt: "You have my approval to proceed" }],
    },
    {
      name: "HTML: get the contractor to fix the lights",
      draft: { from: COUNCILLOR, to: OFFICER, subject: "Underpass", html: `<div>Tom,</div><div>Get the contractor to fix the lights in the underpass this week.</div><div id="Signature"><p>${councillorSignature().replace(/\n/g, "<br>")}</p></div><p>${W}</p>` },
      errors: [{ messageId: "instruction", excerpt: "Get the contractor to fix the lights" }],
    },
    {
      name: "curly apostrophes: agreed with the supplier",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Planters", body: cllr("Jane,\n\nI\u2019ve agreed with the supplier that we will take the extra planters at the same price.") },
      errors: [{ messageId: "commitment", excerpt: "agreed with the supplier" }],
    },
    {
      name: "a reply that gives the go-ahead, the question only quoted",
      draft: { from: COUNCILLOR, to: CLERK, composeType: "reply", subject: "RE: Quote", body: cllr("Yes, go ahead.") + quoted("Shall I accept the quote from Greenways for the bus shelter?") },
      errors: [{ messageId: "instruction", excerpt: "Yes, go ahead." }],
    },
    {
      name: "the councillor has ordered something for the council",
      draft: { from: COUNCILLOR_2, to: CLERK, subject: "Dog bins", body: cllr("Hi Jane,\n\nI have ordered the new dog bins for Belton Way; the invoice should reach you next week.", "Mary Jones") },
      errors: [{ messageId: "commitment", excerpt: "I have ordered the new dog bins" }],
    },
    {
      name: "confirming to a resident that the town council will pay",
      draft: { from: COUNCILLOR_3, to: RESIDENT, subject: "Your fence", body: cllr("Dear Mr Green,\n\nI can confirm the town council will pay for the repair to your fence.", "Ahmed Khan") },
      errors: [{ messageId: "commitment" }],
    },
    {
      name: "directing staff to circulate to residents",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Road closure", body: cllr("Jane,\n\nPlease forward this to residents on the Elm Road mailing list.") },
      errors: [{ messageId: "instruction", excerpt: "forward this to residents" }],
    },
    {
      name: "two instructions in two sentences",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Benches and lights", body: cllr("Jane,\n\nPlease order the benches. I've also told the electrician to start on the lights next week.") },
      errors: [{ messageId: "instruction", excerpt: "Please order the benches" }, { messageId: "instruction", excerpt: "told the electrician" }],
    },
    {
      name: "asking for work to be got done",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Benches", body: cllr("Jane,\n\nCould you please get the benches ordered before the summer?") },
      errors: [{ messageId: "instruction" }],
    },
    {
      name: "a booking asked as a question",
      draft: { from: COUNCILLOR_2, to: OFFICER, subject: "Fete", body: cllr("Tom,\n\nCould you book the community centre for the fete on 14 July?", "Mary Jones") },
      errors: [{ messageId: "instruction", excerpt: "Could you book the community centre" }],
    },
    {
      name: "telling a contractor where to send the invoice",
      draft: { from: COUNCILLOR, to: CONTRACTOR, subject: "Invoice", body: cllr("Dear Mr Barker,\n\nPlease send your invoice to the clerk and we will pay it within 30 days.") },
      errors: [{ messageId: "commitment", excerpt: "send your invoice to the clerk" }],
    },
    {
      name: "an admin's extra instruction phrase",
      options: { extraInstructions: ["raise a requisition"] },
      draft: { from: COUNCILLOR, to: CLERK, subject: "Paint", body: cllr("Jane,\n\nCan you raise a requisition for the pavilion paint?") },
      errors: [{ messageId: "instruction", excerpt: "raise a requisition" }],
    },
    {
      name: "checking the request and ordering in one breath",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Bins", body: cllr("Jane,\n\nPlease check the price and order 20 more dog bins.") },
      errors: [{ messageId: "instruction" }],
    },
    {
      name: "letting the contractor know he can start",
      draft: { from: COUNCILLOR_3, to: CLERK, subject: "Play area", body: cllr("Hi Jane,\n\nCould you let the contractor know he can start on the play area on Monday?", "Ahmed Khan") },
      errors: [{ messageId: "instruction", excerpt: "let the contractor know" }],
    },
    {
      name: "getting someone out to look at the lights",
      draft: { from: COUNCILLOR, to: OFFICER, subject: "Rec lights", body: cllr("Tom, can you get someone out to look at the lights on the rec?") },
      errors: [{ messageId: "instruction", excerpt: "get someone out" }],
    },
    {
      name: "a passive request: please can the grass be cut",
      draft: { from: COUNCILLOR_2, to: CLERK, subject: "Fete", body: cllr("Hi Jane,\n\nPlease can the grass be cut on the Library Gardens before the fete.", "Mary Jones") },
      errors: [{ messageId: "instruction" }],
    },
    {
      name: "telling a contractor he is good to go",
      draft: { from: COUNCILLOR, to: CONTRACTOR, composeType: "reply", subject: "RE: Fence", body: cllr("Hi Dave,\n\nYou're good to go.") + quoted("Can I start on the allotment fence on Monday?") },
      errors: [{ messageId: "instruction", excerpt: "good to go" }],
    },
    {
      name: "choosing the supplier and giving the go-ahead",
      draft: { from: COUNCILLOR, to: CLERK, subject: "Bus shelter", body: cllr("Jane,\n\nWe'll go with Greenways. I've given Barkers the go-ahead on the fence as well.") },
      errors: [{ messageId: "commitment", excerpt: "go with Greenways" }, { messageId: "instruction", excerpt: "given Barkers the go-ahead" }],
    },
    {
      name: "severity set to warn for councillors by the policy",
      policy: (p) => ({ ...p, rules: { ...p.rules, "councillor-instruction": { roles: { councillor: "warn" } } } }),
      draft: { from: COUNCILLOR, to: CLERK, subject: "Insurance", body: cllr("Jane,\n\nPlease renew the insurance with Zurich.") },
      errors: [{ messageId: "instruction", severity: "warn" }],
    },
  ],
});
