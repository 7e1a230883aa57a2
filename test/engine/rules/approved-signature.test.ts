import rule from "../../../src/engine/rules/approved-signature";
import type { Rule } from "../../../src/engine/rule";
import type { PolicyInput } from "../../../src/policy";
import { CLERK, COUNCILLOR, COUNCILLOR_2, OFFICER, RESIDENT, SOUTHEND, councillorSignature, officerSignature, waiver } from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const W = waiver();
const clerkSig = officerSignature("Jane Bennett", "Town Clerk");
const tomSig = officerSignature("Tom Harris", "Deputy Town Clerk");
const peterSig = councillorSignature("Peter Smith");
const br = (s: string): string => s.replace(/\n/g, "<br>");
const history = "\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 02 May 2025 09:14\nTo: Clerk\nSubject: Hedge on Belton Way\n\nThe hedge is blocking the footpath again.\n\nAlan Green\nChair, Belton Way Residents\nTwitter: @beltonway";

/** Tom Harris listed in the policy with his title and a direct line the officer template uses. */
const withPeople = (p: PolicyInput): PolicyInput => ({
  ...p,
  people: [{ address: "tom.harris@leighonseatowncouncil.gov.uk", name: "Tom Harris", jobTitle: "Deputy Town Clerk", details: { direct: "01702 716290" } }],
  signatures: {
    ...p.signatures,
    officer: { lines: ["{name}", "{jobTitle}", "Leigh-on-Sea Town Council", "71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP", "Direct line: {direct}", "www.leighonseatowncouncil.gov.uk"] },
  },
});
const tomListedSig = "Tom Harris\nDeputy Town Clerk\nLeigh-on-Sea Town Council\n71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP\nDirect line: 01702 716290\nwww.leighonseatowncouncil.gov.uk";

const tableSig = `<table style="border-collapse:collapse"><tr><td style="padding-right:12px"><img src="cid:crest.png" alt="Leigh-on-Sea Town Council crest"></td><td><b>Jane Bennett</b><br><span style="color:#7f7f7f">Town Clerk</span><br>Leigh-on-Sea Town Council</td></tr><tr><td colspan="2">71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP</td></tr><tr><td>Tel:</td><td>01702 716288</td></tr><tr><td colspan="2"><a href="https://www.leighonseatowncouncil.gov.uk/">www.leighonseatowncouncil.gov.uk</a></td></tr></table>`;

ruleTester(rule as unknown as Rule, {
  valid: [
    // The policy does not know this officer's job title, so the add-in inserts the signature
    // without that line; the sender's own copy without it must pass too.
    { name: "job title line left out (officer not listed)", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThank you.\n\nKind regards\n${clerkSig.replace("Town Clerk\n", "")}` } },
    { name: "officer signature after a valediction, waiver below", draft: { from: CLERK, to: RESIDENT, body: `Dear Mr Green,\n\nThe hedge will be cut next week.\n\nKind regards\n\n${clerkSig}\n\n${W}` } },
    { name: "councillor signature", draft: { from: COUNCILLOR, to: CLERK, body: `Hi Jane,\n\nPlease accept my apologies for Tuesday.\n\nRegards\n${peterSig}\n\n${W}` } },
    { name: "HTML signature with <br> in Outlook's signature block", draft: { from: CLERK, to: RESIDENT, html: `<p>Dear Mr Green,</p><p>Thank you for your email.</p><p>Kind regards</p><div id="Signature"><p>${br(clerkSig)}</p></div><p style="font-size:8pt">${W}</p>` } },
    { name: "HTML table signature with a crest, label cells and a link", draft: { from: CLERK, to: SOUTHEND, html: `<div>Dear Planning Team,</div><div>Our comments on 25/00412/FUL are attached.</div><div>Best wishes</div>${tableSig}<p>${W}</p>` } },
    { name: "one table row per line, empty paragraphs between", draft: { from: OFFICER, to: CLERK, html: `<p class="MsoNormal">Hi Jane, the hall is booked.</p><p class="MsoNormal">&nbsp;</p><table>${tomSig.split("\n").map((l) => `<tr><td><p class="MsoNormal">${l}</p><p class="MsoNormal">&nbsp;</p></td></tr>`).join("")}</table>` } },
    { name: "extra blank lines inside the signature", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nSee you on Tuesday.\n\nKind regards\n\n${clerkSig.replace(/\n/g, "\n\n\n")}` } },
    { name: "signature in capitals and lower case", draft: { from: OFFICER, to: SOUTHEND, body: `Dear colleagues,\n\nMinutes attached.\n\nBest wishes\n${tomSig.toUpperCase().replace("WWW.LEIGHONSEATOWNCOUNCIL.GOV.UK", "www.leighonseatowncouncil.gov.uk")}` } },
    { name: "valediction on the same line as the name", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nNoted with thanks.\n\nKind regards, ${clerkSig}` } },
    { name: "reply: own signature above history that has someone else's", draft: { from: CLERK, to: RESIDENT, composeType: "reply", body: `Dear Mr Green,\n\nI have asked our contractor to cut it back.\n\nKind regards\n${clerkSig}\n\n${W}${history}` } },
    { name: "per-person title and direct line from policy.people", draft: { from: OFFICER, to: RESIDENT, body: `Dear Alan,\n\nThe invoice is paid.\n\nRegards\n${tomListedSig}` }, policy: withPeople },
    { name: "display name written surname first", draft: { from: "Bennett, Jane <clerk@leighonseatowncouncil.gov.uk>", to: RESIDENT, body: `Dear Alan,\n\nYes, that is fine.\n\nKind regards\n${clerkSig}` } },
    { name: "phone spaced differently, Telephone label, web address with https", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThank you.\n\nJane Bennett\nTown Clerk\nLeigh-on-Sea Town Council\n71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP\nTelephone: (01702) 716 288\nhttps://www.leighonseatowncouncil.gov.uk/` } },
    { name: "name and job title on one line", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThank you.\n\nJane Bennett | Town Clerk\nLeigh-on-Sea Town Council\n71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP\nTel: 01702 716288\nwww.leighonseatowncouncil.gov.uk` } },
    { name: "Sent from my iPhone after the full signature", draft: { from: COUNCILLOR, to: CLERK, body: `Jane, I will be there at 7.\n\n${peterSig}\n\nSent from my iPhone` } },
    { name: "councillor display name with Cllr, signature spelt Councillor", draft: { from: "Cllr Peter Smith <cllr.smith@leighonseatowncouncil.gov.uk>", to: CLERK, body: `Hi Jane,\n\nThanks for the papers.\n\nCouncillor Peter Smith\nLeigh-on-Sea Town Council\n71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP\nwww.leighonseatowncouncil.gov.uk` } },
    { name: "address wrapped over three lines", draft: { from: COUNCILLOR_2, to: CLERK, body: `Hi Jane,\n\nI can do Thursday.\n\nMany thanks\nCllr Mary Jones\nLeigh-on-Sea Town Council\n71-73 Elm Road,\nLeigh-on-Sea,\nEssex SS9 1SP\nwww.leighonseatowncouncil.gov.uk` } },
    { name: "the council's own social media after the signature", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThe event is on Saturday.\n\nKind regards\n${clerkSig}\nFollow us on Facebook: facebook.com/LeighTownCouncil\n\n${W}` } },
    { name: "shared mailbox display name: any name line will do", draft: { from: "Leigh-on-Sea Town Council <clerk@leighonseatowncouncil.gov.uk>", to: RESIDENT, body: `Dear Alan,\n\nYour booking is confirmed.\n\nKind regards\n${clerkSig}` } },
    { name: "signature after a -- delimiter with post-nominals on the name", draft: { from: CLERK, to: SOUTHEND, body: `Dear colleagues,\n\nPlease see attached.\n\n-- \n${clerkSig.replace("Jane Bennett", "Jane Bennett PSLCC")}` } },
    { name: "inserted by the add-in and present", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nNoted.\n\n${clerkSig}`, flags: { signatureInserted: true } } },
    { name: "rule turned off by the policy", draft: { from: CLERK, to: RESIDENT, body: "Thanks, Jane" }, policy: (p) => ({ ...p, rules: { ...p.rules, "approved-signature": { severity: "off" } } }) },
    { name: "HTML signature with spans, non-breaking spaces and a mailto-free link", draft: { from: COUNCILLOR, to: SOUTHEND, html: `<div>Dear Planning Team,</div><div>I support the objection.</div><div><br></div><div><span style="font-family:Arial">Cllr&nbsp;Peter&nbsp;Smith</span></div><div><span>Leigh-on-Sea Town Council</span></div><div><span>71-73 Elm Road, Leigh-on-Sea, Essex SS9&nbsp;1SP</span></div><div><a href="http://www.leighonseatowncouncil.gov.uk">www.leighonseatowncouncil.gov.uk</a></div>` } },
    {
      name: "labels added, an international number and a job title over two lines",
      draft: { from: CLERK, to: SOUTHEND, body: "Dear Sam,\n\nThe report is attached.\n\nKind regards\nJane Bennett\nTown Clerk and\nResponsible Financial Officer\nLeigh-on-Sea Town Council\nA: 71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP\nT: +44 (0)1702 716288\nW: www.leighonseatowncouncil.gov.uk" },
    },
  ],
  invalid: [
    { name: "no signature, just a first name", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThe hedge will be cut next week.\n\nKind regards\nJane\n\n${W}` }, errors: [{ messageId: "missing", severity: "block", fix: "insert-signature" }] },
    { name: "empty body", draft: { from: CLERK, to: RESIDENT, body: "" }, errors: [{ messageId: "missing" }] },
    { name: "only Sent from my iPhone", draft: { from: COUNCILLOR, to: CLERK, body: "Jane, running late, start without me.\n\nSent from my iPhone" }, errors: [{ messageId: "mobileOnly", excerpt: "Sent from my iPhone", fix: "insert-signature" }] },
    { name: "only Get Outlook for iOS", draft: { from: OFFICER, to: CLERK, body: "Hall keys are in the safe.\n\nGet Outlook for iOS" }, errors: [{ messageId: "mobileOnly", excerpt: "Get Outlook for iOS" }] },
    { name: "personal signature with an inspirational quote", draft: { from: COUNCILLOR, to: RESIDENT, body: `Dear Mr Green,\n\nI will raise it at committee.\n\nBest wishes\nPeter\n"Be the change you wish to see in the world"` }, errors: [{ messageId: "personal", excerpt: "Be the change" }] },
    { name: "personal signature with a Twitter handle", draft: { from: COUNCILLOR, to: RESIDENT, body: `Dear Mr Green,\n\nThanks for the photos.\n\nRegards\nPeter Smith\nLeigh-on-Sea Town Council\nTwitter: @petesmith_leigh` }, errors: [{ messageId: "personal", excerpt: "@petesmith_leigh" }] },
    { name: "personal signature with LinkedIn and a mobile", draft: { from: OFFICER, to: SOUTHEND, body: `Hi Sam,\n\nSee you at the meeting.\n\nCheers\nTom Harris\nMob: 07700 900123\nlinkedin.com/in/tomharris` }, errors: [{ messageId: "personal", excerpt: "linkedin.com/in/tomharris" }] },
    { name: "personal signature with emoji art", draft: { from: COUNCILLOR_2, to: CLERK, body: "Hi Jane,\n\nLovely to see you.\n\nLove Mary 🌸🌼🌸" }, errors: [{ messageId: "personal" }] },
    { name: "councillor using the officer template", draft: { from: COUNCILLOR, to: RESIDENT, body: `Dear Mr Green,\n\nThank you.\n\n${officerSignature("Peter Smith", "Councillor")}` }, errors: [{ messageId: "wrongRole", excerpt: "Peter Smith" }] },
    { name: "officer using the councillor template", draft: { from: OFFICER, to: RESIDENT, body: `Dear Mr Green,\n\nThank you.\n\n${councillorSignature("Tom Harris")}` }, errors: [{ messageId: "wrongRole" }] },
    { name: "telephone line missing", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThank you.\n\nKind regards\n${clerkSig.replace("\nTel: 01702 716288", "")}` }, errors: [{ messageId: "altered", fix: "insert-signature" }] },
    { name: "telephone number changed", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThank you.\n\nKind regards\n${clerkSig.replace("716288", "716999")}` }, errors: [{ messageId: "altered", excerpt: "716999" }] },
    { name: "web address changed", draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nFine by me.\n\n${peterSig.replace("www.leighonseatowncouncil.gov.uk", "www.petersmithforleigh.co.uk")}` }, errors: [{ messageId: "altered" }] },
    { name: "listed job title left out", draft: { from: OFFICER, to: RESIDENT, body: `Dear Alan,\n\nThe invoice is paid.\n\nRegards\n${tomListedSig.replace("Deputy Town Clerk\n", "")}` }, policy: withPeople, errors: [{ messageId: "altered" }] },
    { name: "listed job title changed", draft: { from: OFFICER, to: RESIDENT, body: `Dear Alan,\n\nThe invoice is paid.\n\nRegards\n${tomListedSig.replace("Deputy Town Clerk", "Assistant Clerk")}` }, policy: withPeople, errors: [{ messageId: "altered" }] },
    { name: "councillor signature without Cllr", draft: { from: COUNCILLOR, to: SOUTHEND, body: `Dear Planning Team,\n\nI object.\n\n${peterSig.replace("Cllr ", "")}` }, errors: [{ messageId: "altered" }] },
    { name: "council name changed in an HTML signature", draft: { from: CLERK, to: RESIDENT, html: `<p>Dear Alan,</p><p>Thanks.</p><div id="Signature">${br(clerkSig.replace("Leigh-on-Sea Town Council", "Leigh Town Council"))}</div>` }, errors: [{ messageId: "altered", excerpt: "Leigh Town Council" }] },
    { name: "lines out of order", draft: { from: COUNCILLOR, to: CLERK, body: "Jane, agreed.\n\nCllr Peter Smith\nwww.leighonseatowncouncil.gov.uk\nLeigh-on-Sea Town Council\n71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP" }, errors: [{ messageId: "altered" }] },
    { name: "approved signature only in the quoted history", draft: { from: CLERK, to: RESIDENT, composeType: "reply", body: `Thanks Alan, noted.\n\n-----Original Message-----\nFrom: Jane Bennett\nSent: 01 May 2025\nTo: Alan Green\nSubject: Hedge\n\nDear Alan, the hedge will be cut.\n\nKind regards\n${clerkSig}` }, errors: [{ messageId: "missing" }] },
    { name: "inserted by the add-in, then deleted", draft: { from: CLERK, to: RESIDENT, body: "Dear Alan,\n\nNoted.\n\nJane", flags: { signatureInserted: true } }, errors: [{ messageId: "removed", fix: "insert-signature" }] },
    { name: "approved signature followed by a saying", draft: { from: CLERK, to: RESIDENT, body: `Dear Alan,\n\nThank you.\n\nKind regards\n${clerkSig}\n"Alone we can do so little; together we can do so much." - Helen Keller\n\n${W}` }, errors: [{ messageId: "personalAdditions", excerpt: "Helen Keller" }] },
    { name: "approved signature followed by a personal Instagram", draft: { from: COUNCILLOR, to: RESIDENT, body: `Dear Mr Green,\n\nThank you.\n\n${peterSig}\nInstagram: @pete_paints_leigh_sunsets` }, errors: [{ messageId: "personalAdditions" }] },
    { name: "first name and a mobile number", draft: { from: COUNCILLOR_2, to: RESIDENT, body: "Dear Mr Green,\n\nHappy to help.\n\nBest wishes\nMary\nMob 07700 900456" }, errors: [{ messageId: "personal", excerpt: "07700 900456" }] },
    { name: "HTML personal signature with social links in a table", draft: { from: COUNCILLOR, to: RESIDENT, html: `<p>Dear Mr Green,</p><p>See you on Saturday.</p><table><tr><td>Peter Smith</td></tr><tr><td><a href="https://x.com/petesmith">x.com/petesmith</a> | <a href="https://facebook.com/pete.smith.77">facebook.com/pete.smith.77</a></td></tr></table>` }, errors: [{ messageId: "personal" }] },
  ],
});
