import rule from "../../../src/engine/rules/waiver-clause";
import type { Rule } from "../../../src/engine/rule";
import { COUNCILLOR, OFFICER, RESIDENT, SOUTHEND, councillorSignature, officerSignature, waiver } from "../../helpers/draft";
import { ruleTester } from "../../helpers/rule-tester";

const W = waiver();
const sig = officerSignature("Tom Harris", "Deputy Clerk");

ruleTester(rule as unknown as Rule, {
  valid: [
    { name: "waiver after the officer signature", draft: { from: OFFICER, to: RESIDENT, body: `Dear Mr Green,\n\nThank you for your email.\n\nKind regards\n${sig}\n\n${W}` } },
    { name: "waiver after the councillor signature", draft: { from: COUNCILLOR, to: SOUTHEND, body: `Hello,\n\nI will be at the meeting.\n\n${councillorSignature()}\n\n${W}` } },
    { name: "compose-time flag says Outlook will append it", draft: { to: RESIDENT, body: "Dear Alan,\n\nSee you on Tuesday.", flags: { waiverAppendOnSend: true } } },
    { name: "waiver wrapped over several lines", draft: { to: RESIDENT, body: `Hi,\n\nNoted.\n\n${W.replace(/\. /g, ".\n")}` } },
    { name: "waiver in HTML paragraphs", draft: { to: RESIDENT, html: `<p>Dear Alan,</p><p>Agenda attached.</p><p style="font-size:8pt">${W}</p>` } },
    { name: "waiver with curly apostrophes and extra spaces", draft: { to: RESIDENT, body: `Thanks.\n\n${W.replace(/  */g, "  ")}` } },
    { name: "reply whose own text ends with the waiver, history below", draft: { composeType: "reply", to: RESIDENT, body: `Thanks Alan, noted.\n\n${W}\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 01 May 2025 10:00\nTo: Clerk\nSubject: Bins\n\nThe bins were not collected.` } },
    { name: "waiver followed only by white space", draft: { to: RESIDENT, body: `Hello.\n\n${W}\n\n\n   ` } },
    { name: "rule configured off", draft: { to: RESIDENT, body: "No waiver here." }, policy: (p) => ({ ...p, rules: { ...p.rules, "waiver-clause": { severity: "off" } } }) },
    { name: "waiver in an Outlook signature block", draft: { to: RESIDENT, html: `<div>Dear Alan,</div><div>See you Tuesday.</div><div id="Signature"><p>${sig.replace(/\n/g, "<br>")}</p><p>${W}</p></div>` } },
  ],
  invalid: [
    { name: "no waiver at all", draft: { to: RESIDENT, body: `Dear Alan,\n\nSee you Tuesday.\n\n${sig}` }, errors: [{ messageId: "missing", severity: "warn", fix: "append-waiver" }] },
    { name: "empty body", draft: { to: RESIDENT, body: "" }, errors: [{ messageId: "missing" }] },
    { name: "waiver only in the quoted history", draft: { composeType: "reply", to: RESIDENT, body: `Thanks, noted.\n\n-----Original Message-----\nFrom: Clerk\nSent: Monday\nSubject: Bins\n\nWe will collect them.\n\n${W}` }, errors: [{ messageId: "onlyInQuoted", fix: "append-waiver" }] },
    { name: "waiver only inside a blockquote", draft: { composeType: "reply", to: RESIDENT, html: `<p>Noted, thanks.</p><blockquote><p>Earlier message</p><p>${W}</p></blockquote>` }, errors: [{ messageId: "onlyInQuoted" }] },
    { name: "waiver only inside Outlook's reply block", draft: { composeType: "forward", to: SOUTHEND, html: `<p>Please see below.</p><div id="divRplyFwdMsg"><b>From:</b> Clerk<br><b>Sent:</b> Monday</div><div>Old text</div><p>${W}</p>` }, errors: [{ messageId: "onlyInQuoted" }] },
    { name: "waiver cut short", draft: { to: RESIDENT, body: `Hello.\n\nThis email and any attachments are intended only for the named recipient.` }, errors: [{ messageId: "altered" }] },
    { name: "waiver reworded part-way", draft: { to: RESIDENT, body: `Hello.\n\n${W.replace("Freedom of Information Act 2000", "FOI Act")}` }, errors: [{ messageId: "altered" }] },
    { name: "waiver before the message text", draft: { to: RESIDENT, body: `${W}\n\nDear Alan, the meeting is on Tuesday.` }, errors: [{ messageId: "notAtEnd" }] },
    { name: "waiver between message and signature", draft: { to: RESIDENT, body: `Dear Alan,\n\nSee you Tuesday.\n\n${W}\n\n${sig}` }, errors: [{ messageId: "notAtEnd" }] },
    { name: "councillor without waiver", draft: { from: COUNCILLOR, to: SOUTHEND, body: `Hello,\n\nI support the scheme.\n\n${councillorSignature()}` }, errors: [{ messageId: "missing" }] },
    { name: "severity raised to block by the policy", draft: { to: RESIDENT, body: "Hi" }, policy: (p) => ({ ...p, rules: { ...p.rules, "waiver-clause": { severity: "block" } } }), errors: [{ messageId: "missing", severity: "block" }] },
    { name: "flag present but false", draft: { to: RESIDENT, body: "Hi", flags: { waiverAppendOnSend: false } }, errors: [{ messageId: "missing" }] },
  ],
});
