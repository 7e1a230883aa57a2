"use strict";
/**
 * Realistic council email for the benchmark, made deterministically (seeded), so every run
 * judges the same bytes. Sizes are of the HTML body as Outlook would send it.
 */

const SENTENCES = [
  "Thank you for your email about the bus shelter on London Road.",
  "The Planning Committee will consider application 25/00412/FUL for the erection of a single-storey rear extension on Tuesday.",
  "The draft minutes of the Environment Committee held on 3 June are on the council website.",
  "The Party in the Park working party meets at 9am by the Green Lane entrance.",
  "Councillors noted the report on the Leigh Library Gardens Green Flag Award.",
  "The precept for 2025/26 was agreed at £612,450, a Band D increase of 2.9%.",
  "Could you let me know whether the hall is free on the evening of 12 May?",
  "The grass cutting contract runs from April to October and is reviewed each year.",
  "Mr Dickinson asked whether the coach would stop at Scunthorpe and Penistone.",
  "We are confident the CIL report will be ready for the AGM in May.",
  "The clerk will circulate the agenda for Full Council seven clear days before the meeting.",
  "Residents have reported fly-tipping behind the Community Centre car park again.",
  "The Christmas lights switch-on will be held on Saturday 29 November at 5pm.",
  "Essex Highways have confirmed the pothole on Leigh Hill will be repaired within 28 days.",
  "NALC guidance on the new model standing orders is on its website for information.",
];

const BREACHES = [
  "Please go ahead and order the benches, the council will pay.",
  "THIS IS COMPLETELY UNACCEPTABLE AND I WANT IT SORTED TODAY!!!",
  "What a load of bollocks from the planning officer.",
  "Her date of birth is 12/03/1961 and her NI number is QQ 12 34 56 C.",
  "Vote Labour on 7 May to keep our town moving!",
];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function paragraph(rand, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(SENTENCES[Math.floor(rand() * SENTENCES.length)]);
  return out.join(" ");
}

/** Outlook-flavoured HTML for one message's own text. */
function messageHtml(rand, paras, withBreach) {
  const ps = [];
  for (let i = 0; i < paras; i++) {
    let text = paragraph(rand, 3 + Math.floor(rand() * 4));
    if (withBreach && i === 1) text += " " + BREACHES[Math.floor(rand() * BREACHES.length)];
    ps.push(
      `<p class="MsoNormal" style="margin:0cm;font-size:11pt;font-family:Calibri,sans-serif"><span style="color:#1f1f1f">${esc(text)}</span><o:p></o:p></p>`,
    );
  }
  return ps.join("\n");
}

const SIGNATURE = [
  "Jane Bennett",
  "Town Clerk",
  "Leigh-on-Sea Town Council",
  "71-73 Elm Road, Leigh-on-Sea, Essex SS9 1SP",
  "Tel: 01702 716288",
  "www.leighonseatowncouncil.gov.uk",
];

function signatureHtml() {
  return `<div id="Signature"><table style="border-collapse:collapse"><tr><td style="padding:0 8pt;font-size:10pt">${SIGNATURE.map(esc).join("<br>")}</td></tr></table></div>`;
}

function header(rand, i) {
  const day = 1 + Math.floor(rand() * 27);
  return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Resident ${i} &lt;resident${i}@gmail.com&gt;<br><b>Sent:</b> ${day} May 2025 10:${String(i % 60).padStart(2, "0")}<br><b>To:</b> Clerk &lt;clerk@leighonseatowncouncil.gov.uk&gt;<br><b>Subject:</b> RE: Bus shelter</p></div>`;
}

/**
 * One email of about `bytes` bytes of HTML: the sender's text and signature, then as much reply
 * history as it takes. `breach` puts one policy breach into the new text.
 */
function makeEmail(bytes, seed, breach = false) {
  const rand = rng(seed);
  const waiver =
    "This email and any attachments are intended only for the named recipient and may contain confidential information. If you have received it in error, please notify the sender and delete it. Any views expressed by a councillor are their own and are not necessarily those of Leigh-on-Sea Town Council. Emails sent to and from the Council may be disclosed under the Freedom of Information Act 2000 or data protection legislation.";
  const head = `<html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head><body lang="EN-GB">`;
  let html =
    head +
    `<p>Dear Mr Green,</p>` +
    messageHtml(rand, 2, breach) +
    `<p>Kind regards</p>` +
    signatureHtml() +
    `<p style="font-size:8pt;color:#595959">${esc(waiver)}</p>`;
  let i = 0;
  const parts = [html];
  let size = html.length;
  while (size < bytes - 200) {
    const chunk = header(rand, i++) + messageHtml(rand, 2 + Math.floor(rand() * 3), false);
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push("</body></html>");
  html = parts.join("\n");
  return {
    from: { name: "Jane Bennett", address: "clerk@leighonseatowncouncil.gov.uk" },
    to: [{ name: "Alan Green", address: "alan.green@gmail.com" }],
    cc: [],
    bcc: [],
    subject: "RE: Bus shelter on London Road",
    body: { type: "html", content: html },
    composeType: i > 0 ? "reply" : "newMail",
    attachments: [],
    flags: {},
  };
}

/** The plain text of a draft's body, for peers that read text only. */
function plainText(draft) {
  return draft.body.content
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

module.exports = { makeEmail, plainText, SENTENCES, BREACHES };
