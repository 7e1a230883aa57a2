import rule from "../../../src/engine/rules/visible-recipients";
import type { Rule } from "../../../src/engine/rule";
import { CLERK, COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3, COUNCILLOR_4, OFFICER, RESIDENT, RESIDENT_2, RESIDENT_3, SOUTHEND } from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const residents = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `Resident ${String.fromCharCode(65 + i)} <resident.${String.fromCharCode(97 + i)}${i}@${["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk"][i % 4]}>`);

const body = "Dear all,\n\nThe allotment AGM will be held on 14 March at 7pm in the pavilion.\n\nKind regards\nJane Bennett";

ruleTester(rule as unknown as Rule, {
  valid: [
    { name: "two residents in To", draft: { to: [RESIDENT, RESIDENT_2], body } },
    { name: "many internal staff and councillors", draft: { to: [OFFICER, COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3], cc: [COUNCILLOR_4, CLERK], body } },
    { name: "residents in Bcc, the clerk in To", draft: { to: CLERK, bcc: residents(15), body } },
    { name: "three partner organisations' role mailboxes", draft: { to: ["info@leighsociety.org.uk", "enquiries@essexwildlife.org.uk", "office@stclementsleigh.org.uk"], body } },
    { name: "officers at trusted domains", draft: { to: [SOUTHEND, "John Hill <john.hill@southend.gov.uk>", "Amy Shaw <amy.shaw@essex.gov.uk>", "Raj Dutt <raj.dutt@nalc.gov.uk>"], body } },
    { name: "officials at other public bodies", draft: { to: ["Kim Ryan <kim.ryan@rochford.gov.uk>", "PC Dan Cole <daniel.cole@essex.police.uk>", "Liz Ford <liz.ford@nhs.net>"], body } },
    { name: "colleagues at one firm", draft: { to: ["Dave Mills <dave@millsroofing.co.uk>", "Sue Mills <sue@millsroofing.co.uk>", "Accounts <pete@millsroofing.co.uk>"], body } },
    { name: "two residents with councillors copied", draft: { to: [RESIDENT, RESIDENT_2], cc: [COUNCILLOR, COUNCILLOR_2, COUNCILLOR_3], body } },
    { name: "the same resident twice counts once", draft: { to: [RESIDENT, RESIDENT_2], cc: ["alan.green@GMAIL.com"], body } },
    { name: "clubs and societies by display name", draft: { to: ["Leigh Cricket Club <leighcricket@gmail.com>", "Leigh Society <leighsociety@btinternet.com>", "Friends of Belton Hills <beltonhills@hotmail.co.uk>"], body } },
    { name: "neighbouring parish clerks on webmail", draft: { to: ["hawkwellparishclerk@gmail.com", "clerk.canvey@btinternet.com", "Rochford Clerk <rochfordclerk@outlook.com>"], body } },
    { name: "minimum raised to five, four residents", draft: { to: residents(4), body }, options: { minimum: 5 } },
    { name: "two residents in To and more in Bcc", draft: { to: [RESIDENT, RESIDENT_2], bcc: residents(6), body } },
    { name: "trusted and internal with two residents", draft: { to: [RESIDENT, SOUTHEND, "amy.shaw@essex.gov.uk"], cc: [RESIDENT_2, OFFICER, COUNCILLOR], body } },
    { name: "organisation domain option", draft: { to: ["a.b@leighregatta.org.uk", "c.d@leighsailing.co.uk", "e.f@leighregatta.org.uk"], body }, options: { organisationDomains: ["leighregatta.org.uk", "leighsailing.co.uk"] } },
    { name: "extra role mailbox option", draft: { to: ["bandstand@gmail.com", RESIDENT, RESIDENT_2], body }, options: { roleMailboxes: ["bandstand"] } },
    { name: "councillors' own addresses by title", draft: { to: ["Cllr Ann Hope <annhope@gmail.com>", "Councillor Raj Patel <rajpatel@hotmail.co.uk>", RESIDENT, RESIDENT_2], body } },
    { name: "people the policy lists", draft: { to: ["ann.hope@gmail.com", RESIDENT, RESIDENT_2], body }, policy: (p) => ({ ...p, people: [{ address: "ann.hope@gmail.com", name: "Ann Hope", role: "councillor" }] }) },
    { name: "rule configured off", draft: { to: residents(12), body }, policy: (p) => ({ ...p, rules: { ...p.rules, "visible-recipients": { severity: "off" } } }) },
    { name: "distribution list and role mailboxes", draft: { to: [`councillors@leighonseatowncouncil.gov.uk`, "info@leighfolkfestival.co.uk", "bookings@leighcommunitycentre.org.uk", "noreply@essexcountyfire.org.uk"], body } },
  ],
  invalid: [
    { name: "three residents in To", draft: { to: [RESIDENT, RESIDENT_2, RESIDENT_3], body }, errors: [{ messageId: "visibleAddresses", severity: "warn", field: "to", excerpt: "alan.green@gmail.com", fix: "move-to-bcc" }] },
    { name: "two in To and one in Cc", draft: { to: [RESIDENT, RESIDENT_2], cc: RESIDENT_3, body }, errors: [{ messageId: "visibleAddresses", field: "cc" }] },
    { name: "twelve allotment holders block the send", draft: { to: residents(12), body }, errors: [{ messageId: "visibleAddresses", severity: "block" }] },
    { name: "exactly ten block", draft: { to: residents(6), cc: residents(10).slice(6), body }, errors: [{ messageId: "visibleAddresses", severity: "block" }] },
    { name: "nine only warn", draft: { to: residents(9), body }, errors: [{ messageId: "visibleAddresses", severity: "warn" }] },
    { name: "webmail and a family's own domain", draft: { to: [RESIDENT, "Pat Kerr <pat@kerrfamily.co.uk>", "jo.lee@sky.com"], body }, errors: [{ messageId: "visibleAddresses", excerpt: "pat@kerrfamily.co.uk" }] },
    { name: "named contacts at three different firms", draft: { to: ["Dave Mills <dave@millsroofing.co.uk>", "Sam Cole <sam.cole@colebuilders.co.uk>", "Tina Ray <tina@rayelectrical.com>"], subject: "Pavilion roof: invitation to quote", body }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "three residents on one webmail domain", draft: { to: ["a.jones@gmail.com", "b.khan@gmail.com", "c.wood@gmail.com"], body }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "two at one firm and one resident", draft: { to: ["Dave Mills <dave@millsroofing.co.uk>", "Sue Mills <sue@millsroofing.co.uk>", RESIDENT], body }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "residents among role mailboxes and councillors", draft: { to: ["info@leighsociety.org.uk", RESIDENT], cc: [COUNCILLOR, RESIDENT_2, RESIDENT_3], body }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "reply to all to a group of residents", draft: { composeType: "reply", to: RESIDENT, cc: [RESIDENT_2, RESIDENT_3, "Dan Hart <dhart@virginmedia.com>"], body: "Thank you all for your comments on the play area.\n\nFrom: Alan Green\nSent: Monday\nSubject: Play area" }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "a person's name in brackets is still a person", draft: { to: ["Alan Green (Leigh Society) <alan.green@gmail.com>", RESIDENT_2, RESIDENT_3], body }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "officials counted when public sector is included", draft: { to: ["Kim Ryan <kim.ryan@rochford.gov.uk>", "PC Dan Cole <daniel.cole@essex.police.uk>", "Liz Ford <liz.ford@nhs.net>"], body }, options: { includePublicSector: true }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "minimum lowered to two", draft: { to: [RESIDENT, RESIDENT_2], body }, options: { minimum: 2 }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "blockAt lowered to five", draft: { to: residents(6), body }, options: { blockAt: 5 }, errors: [{ messageId: "visibleAddresses", severity: "block" }] },
    { name: "policy sets the rule to block", draft: { to: [RESIDENT, RESIDENT_2, RESIDENT_3], body }, policy: (p) => ({ ...p, rules: { ...p.rules, "visible-recipients": { severity: "block" } } }), errors: [{ messageId: "visibleAddresses", severity: "block" }] },
    { name: "residents without display names", draft: { to: ["jsmith1960@aol.com", "the.wrights@ntlworld.com", "mandy.p@icloud.com"], body }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "councillor sending to residents", draft: { from: COUNCILLOR, to: [RESIDENT, RESIDENT_2, RESIDENT_3, "Ken Moss <ken.moss@talktalk.net>"], body: "Dear neighbours,\n\nThe road resurfacing starts on Monday." }, errors: [{ messageId: "visibleAddresses" }] },
    { name: "residents in Cc with a trusted officer in To", draft: { to: SOUTHEND, cc: [RESIDENT, RESIDENT_2, RESIDENT_3], body }, errors: [{ messageId: "visibleAddresses", field: "cc" }] },
    { name: "HTML newsletter to residents in To", draft: { to: residents(5), html: "<p>Dear residents,</p><p>Our spring newsletter is attached.</p>" }, errors: [{ messageId: "visibleAddresses" }] },
  ],
});
