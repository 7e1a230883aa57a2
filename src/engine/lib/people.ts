/**
 * People and mailboxes: whose name is on an address, whether a mailbox is a person's or an
 * organisation's role mailbox, and whether a greeting's name could be a recipient's.
 */

const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Honorifics and ranks that come before a name ("Mrs Green", "Cllr Smith", "PC Jones"). */
export const TITLES = list(`
  mr mrs ms miss mx master dr doctor prof professor cllr councillor councilor clr rev revd reverend canon
  father fr pastor rabbi imam sister sir dame lord lady pc dc ds dci sgt sergeant insp inspector supt
  superintendent constable capt captain maj major col colonel lt cdr commander hon rt right honourable
  mp mep ald alderman hrh bishop archdeacon messrs mesdames
`);

/**
 * Words that address a group or a role rather than a person: "Dear all", "Hi team",
 * "Dear Sir/Madam", "Dear Planning Officer", "Hello Leigh Society".
 */
export const ROLE_WORDS = list(`
  all everyone everybody both team teams folks guys gang peeps there you again y'all
  sir sirs madam madams ladies gentlemen gents people colleague colleagues friend friends
  councillors cllrs members member committee committees clerk clerks chair chairs chairman chairwoman chairperson
  vice deputy mayor mayoress leader residents resident neighbour neighbours neighbor neighbors parishioner
  parishioners householder householders occupier occupiers occupant occupants applicant applicants agent agents
  customer customers supporter supporters volunteer volunteers hirer hirers holder holders tenant tenants
  parent parents carer carers partner partners editor webmaster manager managers proprietor owner owners
  landlord licensee officer officers staff trustees trustee governors governor directors director board
  secretary treasurer president chief executive head headteacher teacher teachers principal vicar rector
  warden wardens churchwardens ranger rangers caretaker organiser organisers organizer organizers coordinator
  coordinators stallholders stallholder traders trader exhibitors sponsors contributors readers subscribers users
  participants attendees delegates panel forum group groups society association club trust council councils
  parish town district county borough city authority department dept service services office centre center
  unit planning licensing highways police fire ambulance nhs surgery practice school academy college university
  library church ltd limited plc llp cic inc company co partnership network federation foundation charity
  project alliance union support enquiries enquiry admin administrator accounts finance reception bookings
  events hr press media comms communications whom concern sirs/madam madam/sir inbox mailbox helpdesk desk
  news newsdesk contractors contractor suppliers supplier stakeholders recipient recipients reader world
`);

/** Local parts (or their words) of organisations' role mailboxes. */
export const ROLE_MAILBOXES = list(`
  info information enquiries enquiry inquiries inquiry planning office admin administrator administration clerk
  townclerk parishclerk deputyclerk contact contactus reception sales noreply donotreply mail email hello help
  helpdesk support accounts account finance invoices invoice billing bookings booking events press media comms
  communications marketing hr jobs careers recruitment service services customerservice customerservices
  feedback complaints foi dpo dataprotection privacy legal licensing highways streetcare environment waste
  recycling parking democratic democraticservices committee committees elections electoral council parish town
  secretary treasurer chair chairman rfo team general post postmaster webmaster abuse security it ict
  operations facilities estates property lettings allotments grants safeguarding newsletter editor news orders
  office1 enquiries1 membership members bookings1 hire hallbookings venue mayor mayorsoffice
`);

/** Role words long and distinctive enough to spot inside a run-together local part ("parishclerk"). */
const ROLE_STEMS = [
  "enquiries", "enquiry", "inquiries", "planning", "office", "admin", "clerk", "contact", "reception", "noreply",
  "donotreply", "support", "accounts", "bookings", "helpdesk", "finance", "secretary", "treasurer", "info",
];

/**
 * Words in a display name that mark an organisation rather than a person. Not words that are
 * also common surnames (Hall, Church, Town, Parish): "Sarah Hall" is a person.
 */
export const ORGANISATION_WORDS = list(`
  team teams office council councils society association club trust group committee department dept services
  service ltd limited plc llp cic inc company partnership forum network federation foundation charity
  school academy college university surgery practice centre center library enquiries enquiry admin reception
  bookings accounts finance planning highways police helpdesk support mailbox inbox clerk secretary
  residents allotments borough district county authority agency unit project alliance union
  newsletter editor news newsdesk friends scouts guides brownies rotary lions u3a institute museum gallery
  theatre festival regatta carnival fc rfc
`);

/** A shared household mailbox ("The Greens", "Smith Family"): any of them may be greeted. */
const HOUSEHOLD = /^[ \t]{0,5}the[ \t]|\b(family|household)\b/i;

/** Names that stand for one another: nicknames and spellings. Each line is one group. */
const NAME_GROUPS = `
  robert rob robbie bob bobby bert | william will bill billy liam | elizabeth liz lizzie beth betty bet eliza libby lisa elisabeth
  james jim jimmy jamie | richard rich rick ricky dick | anthony tony antony | margaret maggie meg peggy marge
  katherine catherine kathryn kate katie kat cathy kathy cath kath kay | susan sue susie suzanne | edward ed eddie ted ned
  john jon jonny johnny jack | jonathan jon jonny | henry harry hal | charles charlie chas chuck | david dave davey
  michael mike mick mickey mikey | stephen steven steve stevie | andrew andy drew | thomas tom tommy
  nicholas nick nicky | benjamin ben benny | daniel dan danny | samuel sam sammy | samantha sam sammy
  matthew matt | patricia pat patty trish | patrick pat paddy | jennifer jenny jen | joanne joanna jo josephine jo
  diana diane di | valerie val | peter pete | philip phillip phil | ronald ron ronnie | kenneth ken kenny
  timothy tim | leslie les lesley | gerald gerry | geraldine gerry | terence terry | geoffrey jeffrey geoff jeff
  alexander alex alec sandy | alexandra alex sandra sandy | frederick fred freddie | alison ali ally allison
  deborah debbie deb debra | amanda mandy | rebecca becky becca | victoria vicky vicki tori | nicola nicky nikki
  louise lou | jacqueline jackie jacky | christopher chris kit | christine chris chrissie christina tina
  gregory greg | raymond ray | donald don | douglas doug | francis frank | frances fran | gillian gill jill gillie
  janet jan | janice jan | ann anne annie anna | albert bert | alfred alf alfie | ernest ernie | reginald reg
  stanley stan | walter wally | nathan nat | natalie nat | natasha tash | lawrence laurence larry laurie
  joseph joe joey | josephine josie | judith judy jude | margery marjorie | maureen mo | pamela pam | penelope penny
  rosemary rose rosie | sarah sara sally | teresa theresa tess tessa | barbara barb babs | dorothy dot dottie
  helen helena | eleanor elinor ellie nell | isabel isabelle isobel izzy bella | abigail abi abby | zachary zach zak
  oliver olly ollie | victor vic | vincent vince | harold harry | derek del | dennis den | colin col | malcolm mal
  graham graeme | ian iain | neil neal | alan allan allen al | brian bryan | carl karl | mohammed muhammad mohammad mo
  shaun sean shawn | stuart stewart stu | clare claire | katharine kate | lindsay lindsey | philippa pippa
  georgina georgie | gemma jemma | jeremy jerry | benedict ben | edmund ed | edwin ed | angela angie
`;

const NICKNAMES = new Map<string, Set<string>>();
for (const group of NAME_GROUPS.split("|")) {
  const names = group.split(/\s+/).filter(Boolean);
  for (const n of names) {
    const set = NICKNAMES.get(n) ?? new Set<string>();
    for (const m of names) set.add(m);
    NICKNAMES.set(n, set);
  }
}

/** Common first names, so that a line that is only "Sarah," can be read as a greeting. */
const FIRST_NAMES = list(`
  aaron abdul adam adrian ahmed aidan aimee alan albert alice alison amanda amber amelia amy andrea andrew angela
  anita ann anna anne annette anthony arthur ashley barbara barry ben benjamin bernard beth beverley bill brenda
  brian bridget carl carol caroline catherine charles charlie charlotte chloe chris christine christopher claire
  clare colin craig daniel darren dave david dawn dean debbie deborah denise dennis derek diana diane donna dorothy
  douglas edward eileen elaine eleanor elizabeth ellen emily emma eric fiona frances frank gary gavin gemma geoff
  geoffrey george georgina gerald gillian glenn gordon graham hannah harry hazel heather helen henry hilary holly
  ian irene jack jackie jacqueline james jamie jan jane janet janice jason jean jeff jennifer jenny jeremy jessica
  jill jim joan joanne john jon jonathan joseph josh joshua joyce judith judy julia julie karen kate katherine
  kathleen katie keith kelly ken kenneth kevin kim kirsty laura lauren lee leigh lesley leslie linda lindsay lisa
  liz lorraine louise lucy lynn lynne malcolm margaret maria marie marion mark martin mary matthew maureen megan
  melanie michael michelle mike mohammed natalie neil nicholas nick nicola nigel norman olivia oliver pamela pat
  patricia patrick paul paula pauline penny pete peter philip phil rachel ray raymond rebecca richard rita rob
  robert robin roger ronald rose rosemary ross ruth ryan sally sam samantha sandra sarah scott sean sharon sheila
  shirley simon sophie stephanie stephen steve steven stuart sue susan suzanne sylvia teresa terry thomas tim
  timothy tina tom tony tracey tracy trevor valerie vanessa victoria vivien wendy william yvonne zoe
`);

/** Lower-case letters only (accents folded, apostrophes and hyphens dropped). */
export function letters(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
}

/** Is this a well-known first name? */
export function isCommonFirstName(word: string): boolean {
  const w = letters(word);
  return FIRST_NAMES.has(w) || NICKNAMES.has(w);
}

/** Could two spellings be the same person's name (nicknames, shortenings, one slip)? */
export function sameName(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (NICKNAMES.get(a)?.has(b) || NICKNAMES.get(b)?.has(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Shortenings: Chris for Christopher, Sam for Samantha, Jo for Joanne.
  if (short.length >= 2 && long.slice(0, short.length) === short) return true;
  // One slip: Jayne for Jane, Jonathon for Jonathan. Not Jean for Joan, nor Penny for Jenny.
  if (short[0] !== long[0] || short.length < 4) return false;
  return (short.length < long.length || short.length >= 5) && withinOne(short, long);
}

function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length === b.length) {
      i++;
      j++;
    } else if (a.length < b.length) j++;
    else i++;
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** What a recipient's display name and address say about who they are. */
export interface NameInfo {
  /** Words of the display name and the local part, lower-case letters only. */
  words: string[];
  /** The local part with separators dropped ("johnsmith"). */
  localLetters: string;
  /** Does this name a person (rather than a role mailbox, an organisation or nothing)? */
  personal: boolean;
  /** A first name (or initial) is known. */
  hasFirstName: boolean;
  /** A surname is known. */
  hasSurname: boolean;
}

/** Words of a name, lower-case letters only; "Green-Smith" gives greensmith, green and smith. */
function splitWords(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.split(/[^A-Za-z\u00C0-\u024F'’-]+/)) {
    const word = letters(raw);
    if (!word) continue;
    out.push(word);
    if (raw.indexOf("-") > 0) for (const part of raw.split("-")) if (letters(part).length > 1) out.push(letters(part));
  }
  return out;
}

function looksLikeAddress(name: string): boolean {
  return name.indexOf("@") >= 0;
}

/** Is this local part an organisation's role mailbox (info@, planning@, parishclerk@…)? */
export function isRoleLocalPart(local: string, extra: readonly string[] = []): boolean {
  const l = local.slice(0, MAX_NAME).toLowerCase();
  const tokens = l.split(/[^a-z]+/).filter(Boolean);
  const isRole = (t: string): boolean => ROLE_MAILBOXES.has(t) || extra.indexOf(t) >= 0;
  if (extra.indexOf(l) >= 0 || tokens.some(isRole)) return true;
  const flat = tokens.join("");
  return ROLE_STEMS.some((stem) => flat.length > stem.length && (flat.slice(0, stem.length) === stem || flat.slice(-stem.length) === stem));
}

/** Does a display name name an organisation or a role ("Planning Team", "Leigh Cricket Club")? */
export function isOrganisationName(name: string): boolean {
  // "Jane Doe (Leigh Society)": the person's name comes first; the brackets say where they work.
  const outside = name.slice(0, MAX_NAME).replace(/\([^)]{0,200}\)/g, " ").replace(/\[[^\]]{0,200}\]/g, " ");
  return splitWords(outside).some((w) => ORGANISATION_WORDS.has(w));
}

/** Display names are read no further than this: a name is never longer. */
const MAX_NAME = 300;

/** Read a recipient's name from their display name, falling back on the address's local part. */
export function nameInfo(displayName: string, address: string): NameInfo {
  const at = address.lastIndexOf("@");
  const local = (at < 0 ? address : address.slice(0, at)).slice(0, MAX_NAME).toLowerCase();
  const localWords = local.split(/[^a-z]+/).filter(Boolean);
  const localLetters = localWords.join("");
  const name = looksLikeAddress(displayName) ? "" : displayName.slice(0, MAX_NAME).trim();
  const nameWords = splitWords(name).filter((w) => !TITLES.has(w));
  const words = nameWords.concat(localWords);
  if (name && !isOrganisationName(name) && !HOUSEHOLD.test(name) && nameWords.some((w) => !ROLE_WORDS.has(w))) {
    const titled = splitWords(name).some((w) => TITLES.has(w));
    const comma = name.indexOf(",") >= 0;
    return {
      words,
      localLetters,
      personal: true,
      // "Mrs Green" gives a surname only; "Sarah" a first name only; "Green, Sarah" both.
      hasFirstName: !titled || nameWords.length >= 2,
      hasSurname: nameWords.length >= 2 || titled || comma,
    };
  }
  // No usable display name: john.smith@, j.smith@ name a person; jsmith@, info@ do not say.
  if (name || isRoleLocalPart(local)) return { words, localLetters, personal: false, hasFirstName: false, hasSurname: false };
  if (localWords.length >= 2 && localWords.some((w) => w.length >= 2)) {
    return { words, localLetters, personal: true, hasFirstName: true, hasSurname: true };
  }
  // jane@, jane1967@ give a first name; janesmith@ a first name and (probably) a surname.
  const only = localWords.length === 1 ? localWords[0] : "";
  if (only && isCommonFirstName(only)) return { words, localLetters, personal: true, hasFirstName: true, hasSurname: false };
  const first = firstNamePrefix(only);
  if (first) return { words: words.concat(first, only.slice(first.length)), localLetters, personal: true, hasFirstName: true, hasSurname: true };
  return { words, localLetters, personal: false, hasFirstName: false, hasSurname: false };
}

/** The common first name a run-together local part starts with ("janesmith" gives "jane"), if any. */
function firstNamePrefix(word: string): string {
  for (let n = Math.min(word.length - 4, 11); n >= 4; n--) {
    const head = word.slice(0, n);
    if (FIRST_NAMES.has(head) || NICKNAMES.has(head)) return head;
  }
  return "";
}

/**
 * Could the person greeted by these words (a first name, or a title and surname) be this
 * recipient? Generous on purpose: a wrong "no" is a false alarm.
 */
export function couldBe(greeted: { names: string[]; titled: boolean }, info: NameInfo): boolean {
  if (!info.personal) return true;
  // "Dear Mrs Green" to someone we only know as "Sarah"; "Dear Sarah" to "Mrs Green".
  if (greeted.titled && !info.hasSurname) return true;
  if (!greeted.titled && !info.hasFirstName) return true;
  for (const g of greeted.names) {
    if (g.length === 0) continue;
    for (const w of info.words) {
      if (sameName(g, w)) return true;
      // An initial: "J Smith", "j.smith@" could be John.
      if (w.length === 1 && w === g[0]) return true;
    }
    // Run-together local parts: johnsmith@, jsmith@, smithj@.
    if (g.length >= 3 && info.localLetters.indexOf(g) >= 0) return true;
  }
  return false;
}
