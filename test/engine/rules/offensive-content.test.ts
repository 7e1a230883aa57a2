import rule from "../../../src/engine/rules/offensive-content";
import type { Rule } from "../../../src/engine/rule";
import {
  CLERK,
  COUNCILLOR,
  COUNCILLOR_2,
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
const sig = officerSignature();
const csig = councillorSignature();
const STAFF = "All Staff <staff@leighonseatowncouncil.gov.uk>";

ruleTester(rule as unknown as Rule, {
  valid: [
    {
      name: "planning language: erection of a single-storey rear extension, Penistone Road",
      draft: {
        to: SOUTHEND,
        subject: "Consultation 24/00311/FUL - 14 Penistone Road",
        body: `Dear Planning Team,\n\nThe Town Council has no objection to the erection of a single-storey rear extension and the assessment of the drainage at 14 Penistone Road. Members noted the tree survey and the analysis in the heritage statement.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "UK place names that contain rude-looking words",
      draft: {
        to: RESIDENT,
        body: `Dear Mr Green,\n\nThe twinning visits this year are to Scunthorpe, Cockermouth, Clitheroe, Penistone, Shitterton, Twatt, Bitchfield, Wetwang, Great Cockup, Spital, Titchfield, Cumnock, Slackbottom and Cockfosters, with a coach from Middlesex. We will picnic on Plymouth Hoe and stay at Sandy Balls near Lickey End, off Fanny Hands Lane.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "people's names: Dick, Fanny, Cockburn, Hancock, Cummings, Dickinson, Wankhede, Butt",
      draft: {
        to: [RESIDENT, RESIDENT_2],
        body: `Dear all,\n\nThe speakers are Cllr Dick Smith, Fanny Cockburn, Dominic Cummings (no relation to Matt Hancock), Emily Dickinson, Prof Kevin Cockerill, Mr R. Wankhede, Mrs Hamza Butt and Mr Shufflebottom. Dick will chair. Charles Dickens fans welcome.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "bird survey: blue tits, great tits and a cock pheasant",
      draft: {
        from: COUNCILLOR,
        to: RESIDENT,
        body: `Hi Alan,\n\nThe nest boxes on the green are busy: blue tits in three and great tits in two. A long-tailed tit was seen by the pond and a cock pheasant strutted across the allotments.\n\n${csig}\n\n${W}`,
      },
    },
    {
      name: "dog show: the bitch took Best of Breed",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nCongratulations: your bitch took Best of Breed at the village dog show, and her litter of puppies was much admired.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "luncheon club menu: faggots and peas, then a cocktail evening",
      draft: {
        to: RESIDENT_2,
        body: `Dear Beth,\n\nThe luncheon club menu on Thursday is faggots and peas with gravy, then the cocktail evening in the hall at 7pm.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "litter: fag ends by the bus shelter",
      draft: {
        to: SOUTHEND,
        body: `Hello,\n\nResidents report fag ends and cigarette butts piling up by the bus shelter on Elm Road. Could a bin be added?\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "riverbank works: brushwood faggots for the revetment",
      draft: {
        to: SOUTHEND,
        body: `Hello,\n\nThe volunteers will lay hazel brushwood faggots along the riverbank to slow the erosion, as in the revetment specification.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "building spec: fire retardant paint and tanalised timber",
      draft: {
        to: SOUTHEND,
        body: `Hello,\n\nThe pavilion doors will have fire retardant paint; the fence is tanalised timber, and the cocktail bar area is to be reassessed.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "everyday words: analysis, therapist, assessment, Sussex, grasshopper, document, button, class, passage, Matsushita, shiitake",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nThe analysis by the therapist, the risk assessment from East Sussex, the grasshopper survey, the button on the document, the class in the passage, the Matsushita projector and the shiitake stall at the market are all on the agenda. It was a hell of a week; damn good work by everyone.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "mild words are not reported by default: bloody, damn, crap",
      draft: {
        from: COUNCILLOR,
        to: COUNCILLOR_2,
        body: `Mary,\n\nA bloody good turnout last night, despite the crap weather. Damn fine cake too.\n\n${csig}\n\n${W}`,
      },
    },
    {
      name: "land drainage: the dyke behind Marsh Lane and Offa's Dyke",
      draft: {
        to: SOUTHEND,
        body: `Hello,\n\nThe dyke behind Marsh Lane needs clearing before winter, and the Offa's Dyke walk is on 3 June.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "Gypsy and Traveller site allocation, in council language",
      draft: {
        to: SOUTHEND,
        body: `Hello,\n\nThe Gypsy and Traveller Accommodation Assessment is attached. Travellers left the recreation ground on Monday and the site was cleaned. No Travellers are on the field now.\n\nKind regards\n${sig}\n\n${W}`,
        attachments: ["GTAA 2025 final.pdf"],
      },
    },
    {
      name: "plumbing and weather: stopcock, ballcock and the weathercock",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nThe plumber replaced the ballcock in the cistern and found the stopcock under the sink. The weathercock on the church was regilded.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "idioms and kitchens: tit-for-tat, titbit, door knobs, a knob of butter, prick out seedlings",
      draft: {
        to: RESIDENT_2,
        body: `Dear Beth,\n\nNo tit-for-tat letters, please. A titbit of news: the new door knobs are brass. Add a knob of butter to the sauce. The gardeners will prick out the seedlings on Saturday.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "natural history: Homo sapiens, pussy willow, the old slag heap, a Maine Coon",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nThe museum talk covers Homo sapiens in the Thames estuary. The pussy willow by the old slag heap is flowering, and a Maine Coon cat has been found.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "names that contain slur-like letters: Nigel, Niger, niggle, snigger, Pakistan",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nNigel has returned from Niger. One niggle: the sniggering at the back of the hall. The Pakistan Community Centre and the Pakistani Women's Group have both booked the hall.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "references, postcodes and leetspeak-like tokens: SS9 1SP, 23/01234/FUL, s106, A1(M), 5th, 10am",
      draft: {
        to: SOUTHEND,
        body: `Hello,\n\nRe 23/01234/FUL, SS9 1SP: the s106 money for the A1(M) junction is due on the 5th at 10am. Ref B1TC/3 and SH1T-A (sic, the sheet code) are on the plan. Password policy: P@ssw0rd is not allowed.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "a clean reply with clean quoted history",
      draft: {
        composeType: "reply",
        to: RESIDENT,
        subject: "RE: Bins in Cockfosters Road",
        body: `Thank you, Mr Green. We have passed this on.\n\nKind regards\n${sig}\n\n${W}\n\nFrom: Alan Green <alan.green@gmail.com>\nSent: 01 May 2025 10:00\nTo: Clerk\nSubject: Bins in Cockfosters Road\n\nThe bins were not collected in Cockfosters Road again. It is a right cock-up.`,
      },
    },
    {
      name: "attachment names with place names",
      draft: {
        to: SOUTHEND,
        body: `Hello,\n\nPlans attached.\n\nKind regards\n${sig}\n\n${W}`,
        attachments: ["Cockermouth_Depot_Plans.pdf", "Scunthorpe twinning minutes.docx", "Penistone-Road-survey.xlsx"],
      },
    },
    {
      name: "a pantomime, a pub and a blood test",
      draft: {
        to: RESIDENT_2,
        body: `Dear Beth,\n\nDick Whittington is the pantomime this year. The cast meet at the Cock Inn. Volunteers need a finger prick test first.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "equality language: age, disability, sex, sexual orientation; oilseed rape",
      draft: {
        to: STAFF,
        body: `Dear all,\n\nThe Equality Act protects age, disability, gender reassignment, race, religion or belief, sex and sexual orientation. Separately: the field behind the depot is oilseed rape this year.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "coloured bins, coloured glass, and sending forms back",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nPlease put coloured glass in the green box and use the coloured bins provided. Fill in the forms and send them back to us by Friday.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
    {
      name: "a council's own allowed term (allowTerms)",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nThe minge brothers will open the fete.\n\nKind regards\n${sig}\n\n${W}`,
      },
      options: { allowTerms: ["minge"] },
    },
    {
      name: "quoted history not read when scanQuoted is off",
      draft: {
        composeType: "forward",
        to: SOUTHEND,
        body: `Please see below.\n\n${sig}\n\n${W}\n\n-----Original Message-----\nFrom: Anon\nSent: Monday\nSubject: bins\n\nSort the bins out you useless shits.`,
      },
      options: { scanQuoted: false },
    },
    {
      name: "rule turned off by the council",
      draft: { to: RESIDENT, body: "Fuck this." },
      policy: (p) => ({ ...p, rules: { ...p.rules, "offensive-content": { severity: "off" } } }),
    },
    {
      name: "a Chinese takeaway, and pensioners the council does not want isolated",
      draft: {
        from: COUNCILLOR,
        to: RESIDENT,
        body: `Alan,\n\nThe bloody Chinese takeaway on Elm Road was shut again. We don't want pensioners in the village to feel isolated this winter, so the lunch club continues.\n\n${csig}\n\n${W}`,
      },
    },
    {
      name: "sod laid on the green, slagging off in the press, and a sod's law",
      draft: {
        to: RESIDENT,
        body: `Dear Alan,\n\nNew sod was laid on the green. Sod's law it rained. The paper keeps slagging off the council, but the cricket square looks good.\n\nKind regards\n${sig}\n\n${W}`,
      },
    },
  ],
  invalid: [
    {
      name: "plain swearing in a councillor's reply",
      draft: { from: COUNCILLOR, to: RESIDENT, body: `Alan,\n\nThis planning decision is fucking ridiculous.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "offensive", severity: "block", field: "body", excerpt: "fucking" }],
    },
    {
      name: "an insult: a complete prick",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nThe contractor was a complete prick at the site meeting.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "offensive", excerpt: "prick" }],
    },
    {
      name: "masked: f**k",
      draft: { to: RESIDENT, body: `Dear Alan,\n\nWhat the f**k happened to the bins?\n\n${sig}\n\n${W}` },
      errors: [{ messageId: "offensive", excerpt: "f**k" }],
    },
    {
      name: "masked with symbols: sh!t and f@#k",
      draft: { to: RESIDENT, body: `Alan,\n\nThe new surface is sh!t and the contractor does not give a f@#k.\n\n${sig}\n\n${W}` },
      errors: [
        { messageId: "offensive", excerpt: "sh!t" },
        { messageId: "offensive", excerpt: "f@#k" },
      ],
    },
    {
      name: "leetspeak: 5h1t",
      draft: { to: RESIDENT, body: `Alan, total 5h1t service from the depot again.\n\n${sig}\n\n${W}` },
      errors: [{ messageId: "offensive", excerpt: "5h1t" }],
    },
    {
      name: "spaced: f u c k and s.h.i.t",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nf u c k me, what a meeting. It was s.h.i.t from start to finish.\n\n${csig}\n\n${W}` },
      errors: [
        { messageId: "offensive", excerpt: "f u c k" },
        { messageId: "offensive", excerpt: "s.h.i.t" },
      ],
    },
    {
      name: "stretched letters: fuuuuck and shiiiit",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nFuuuuck. The audit is shiiiit.\n\n${csig}\n\n${W}` },
      errors: [
        { messageId: "offensive", excerpt: "Fuuuuck" },
        { messageId: "offensive", excerpt: "shiiiit" },
      ],
    },
    {
      name: "look-alike letters: Cyrillic ѕһіt and fullwidth ｂｏｌｌｏｃｋｓ",
      draft: { to: RESIDENT, body: `Alan,\n\nThat report is ѕһіt and the reply was ｂｏｌｌｏｃｋｓ.\n\n${sig}\n\n${W}` },
      errors: [
        { messageId: "offensive", excerpt: "ѕһіt" },
        { messageId: "offensive", excerpt: "ｂｏｌｌｏｃｋｓ" },
      ],
    },
    {
      name: "a zero-width space inside a word: wa\u200bnker",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nThe chairman is a wa\u200bnker.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "offensive", excerpt: "wa\u200bnker" }],
    },
    {
      name: "in the subject of a forward",
      draft: { composeType: "forward", to: SOUTHEND, subject: "FW: what a load of bollocks", body: `See below.\n\n${sig}\n\n${W}` },
      errors: [{ messageId: "offensive", field: "subject", excerpt: "bollocks" }],
    },
    {
      name: "forwarding a message whose quoted text swears: circulating it",
      draft: {
        composeType: "forward",
        to: SOUTHEND,
        body: `Please see below from a resident.\n\n${sig}\n\n${W}\n\n-----Original Message-----\nFrom: Anon <anon@example.com>\nSent: Monday\nSubject: bins\n\nTell the clerk she is a useless c**t.`,
      },
      errors: [{ messageId: "quoted", excerpt: "c**t" }],
    },
    {
      name: "forwarding quoted HTML history with a slur",
      draft: {
        composeType: "forward",
        to: RESIDENT_2,
        html: `<p>FYI.</p><div id="divRplyFwdMsg"><b>From:</b> Anon<br><b>Sent:</b> Monday</div><div>Keep the pikeys off the field.</div>`,
      },
      errors: [{ messageId: "quoted", excerpt: "pikeys" }],
    },
    {
      name: "attachment name",
      draft: { to: STAFF, body: `Funny one for Friday.\n\n${sig}\n\n${W}`, attachments: ["fucking_idiots_on_the_planning_committee.jpg"] },
      errors: [{ messageId: "attachment", field: "attachment", excerpt: "fucking_idiots" }],
    },
    {
      name: "a slur against Travellers in a councillor's email",
      draft: { from: COUNCILLOR, to: RESIDENT, body: `Alan,\n\nI agree, we need to keep the pikeys off the recreation ground.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "slur", excerpt: "pikeys" }],
    },
    {
      name: "a racial slur: the Paki shop",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nMeet me outside the Paki shop at six.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "slur", excerpt: "Paki" }],
    },
    {
      name: "go back to your own country",
      draft: { from: COUNCILLOR, to: RESIDENT, body: `If he doesn't like it here he can go back to his own country.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "go back to his own country" }],
    },
    {
      name: "dehumanising a group: travellers are vermin",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nThose travellers are nothing but vermin and the police do nothing.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "travellers are nothing but vermin" }],
    },
    {
      name: "hostile adjective and a group: dirty gypsies",
      draft: { from: COUNCILLOR, to: RESIDENT, body: `Alan,\n\nThe dirty gypsies are back on the common.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "dirty gypsies" }],
    },
    {
      name: "age discrimination in recruitment: too old for the job",
      draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nThe second candidate is too old for the job, surely.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "too old for the job" }],
    },
    {
      name: "pregnancy discrimination in recruitment",
      draft: { from: COUNCILLOR, to: CLERK, body: `Jane,\n\nWe shouldn't shortlist her because she might get pregnant.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "shortlist her because she might get pregnant" }],
    },
    {
      name: "bitch, with no dog in sight",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nThe new clerk is a stupid bitch.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "offensive", excerpt: "bitch" }],
    },
    {
      name: "a homophobic slur, not food",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nHe's a faggot, everyone knows it.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "slur", excerpt: "faggot" }],
    },
    {
      name: "disability slurs: retard and spastic",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nOnly a retard would approve this. The chairman is a spastic.\n\n${csig}\n\n${W}` },
      errors: [
        { messageId: "slur", excerpt: "retard" },
        { messageId: "slur", excerpt: "spastic" },
      ],
    },
    {
      name: "British insults: tosser, wanker, bellend, twat",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nThe man is a tosser. A wanker. A bellend. A twat.\n\n${csig}\n\n${W}` },
      errors: [
        { messageId: "offensive", excerpt: "tosser" },
        { messageId: "offensive", excerpt: "wanker" },
        { messageId: "offensive", excerpt: "bellend" },
        { messageId: "offensive", excerpt: "twat" },
      ],
    },
    {
      name: "reporting abuse to the Clerk: a warning, not a block",
      draft: {
        composeType: "forward",
        from: OFFICER,
        to: CLERK,
        body: `Jane, please see the abusive email below, for the record.\n\n${officerSignature("Tom Harris", "Deputy Clerk")}\n\n${W}\n\n-----Original Message-----\nFrom: Anon\nSent: Monday\nSubject: parking\n\nYou are a useless c*nt.`,
      },
      errors: [{ messageId: "reporting", severity: "warn", excerpt: "c*nt" }],
    },
    {
      name: "reporting abuse to someone outside the council still blocks",
      draft: {
        composeType: "forward",
        to: RESIDENT,
        body: `Alan, please see the abusive email below.\n\n${sig}\n\n${W}\n\n-----Original Message-----\nFrom: Anon\nSent: Monday\nSubject: parking\n\nYou are a useless c*nt.`,
      },
      errors: [{ messageId: "quoted", severity: "block" }],
    },
    {
      name: "mild swearing, when the council asks for it (includeMild)",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nA bloody shambles of a meeting.\n\n${csig}\n\n${W}` },
      options: { includeMild: true },
      errors: [{ messageId: "mild", severity: "warn", excerpt: "bloody" }],
    },
    {
      name: "a council's own extra term (extraTerms)",
      draft: { from: COUNCILLOR, to: RESIDENT, body: `Alan,\n\nAnother gammon at the meeting.\n\n${csig}\n\n${W}` },
      options: { extraTerms: ["|gammon[s]|"] },
      errors: [{ messageId: "offensive", excerpt: "gammon" }],
    },
    {
      name: "HTML split across tags and a hidden span",
      draft: { to: RESIDENT, html: `<p>What a f<b>u</b>ck<span style="display:none">xyz</span>ing mess.</p>` },
      errors: [{ messageId: "offensive", excerpt: "fucking" }],
    },
    {
      name: "sexist: women belong in the kitchen",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nSome of the old guard still think women belong in the kitchen, not the council chamber.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "women belong in the kitchen" }],
    },
    {
      name: "an outdated racial term: coloured people",
      draft: { from: COUNCILLOR, to: RESIDENT, body: `Alan,\n\nThere are more coloured people in the ward now.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "coloured people" }],
    },
    {
      name: "masked bastard and a policy that lowers the rule to warn",
      draft: { to: RESIDENT, body: `Alan,\n\nThe b*****d parked across the gate again.\n\n${sig}\n\n${W}` },
      policy: (p) => ({ ...p, rules: { ...p.rules, "offensive-content": { severity: "warn" } } }),
      errors: [{ messageId: "offensive", severity: "warn", excerpt: "b*****d" }],
    },
    {
      name: "we don't want travellers here",
      draft: { from: COUNCILLOR, to: RESIDENT, body: `Alan,\n\nI agree with you: we do not want travellers in our village.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "discriminatory", excerpt: "want travellers in our village" }],
    },
    {
      name: "equality training for staff that names slurs: a warning to keep it internal",
      draft: {
        to: STAFF,
        subject: "Equality training notes",
        body: `Dear all,\n\nThanks for attending. We discussed why words such as pikey and gyppo are racist, and must never be used about Gypsies and Travellers.\n\nKind regards\n${sig}\n\n${W}`,
      },
      errors: [
        { messageId: "reporting", severity: "warn", excerpt: "pikey" },
        { messageId: "reporting", severity: "warn", excerpt: "gyppo" },
      ],
    },
    {
      name: "piss off and pissed off",
      draft: { from: COUNCILLOR, to: RESIDENT_2, body: `Beth,\n\nTell him to piss off. I am pissed off with the whole thing.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "offensive", excerpt: "piss off" }],
    },
    {
      name: "two-word insult: dick head",
      draft: { from: COUNCILLOR, to: COUNCILLOR_2, body: `Mary,\n\nWhat a dick head the contractor is.\n\n${csig}\n\n${W}` },
      errors: [{ messageId: "offensive", excerpt: "dick head" }],
    },
  ],
});
