import { DataSet, parseRawPattern } from "obscenity";

/**
 * The words and phrases the offensive-content rule looks for, as an obscenity `DataSet`: each
 * phrase holds patterns in obscenity's syntax and the terms that excuse a match. The matcher in
 * `offensive-matcher.ts` reads patterns word by word, after undoing the evasions people use:
 *
 * - `|word|` is the whole word (`|twat[s]|`: "twat" or "twats");
 * - `|word` is a word that starts with it (`|bollock`: bollocks, bollocking);
 * - `word|` is a word that ends with it; `word` is anywhere inside a word (`fuck`: motherfucker).
 * - `[x]` is optional, `?` is any one letter. Whitelisted terms excuse a word that contains them
 *   (`shiitake` for `|shit`).
 *
 * Word lists began from obscenity's English preset (itself from the `cuss` project) and Ofcom's
 * 2021 research into offensive language, then were cut and extended for UK council email: whole
 * words rather than fragments (so Scunthorpe, Penistone, Cumnock and Cockermouth stay clean),
 * British words the preset lacks, and slurs against groups councils serve (Gypsies and Travellers
 * among them). Anatomical, medical and legal words ("penis", "rape", "sex", "anal") are not here:
 * council email discusses them properly (oilseed rape, sex discrimination, safeguarding). Nor
 * is "fag": in British English it is a cigarette far more often than a slur ("faggot" is here,
 * excused beside food and hedging words).
 */

/** `offensive`: swearing and obscenity. `slur`: a word for a group of people. `mild`: opt-in. */
export type TermKind = "offensive" | "slur" | "mild";

/** When a word with an innocent meaning is innocent, judged from the words around it. */
export interface TermContext {
  /** Innocent after one of these words ("blue" tit, "Maine" coon, "pancake" tosser). */
  notAfter?: readonly string[];
  /** Innocent before one of these words ("fag" end, "pussy" willow, "slag" heap). */
  notBefore?: readonly string[];
  /** Innocent with any of these words nearby (dog-show words near "bitch"). */
  notNear?: readonly string[];
  /** Offensive only when aimed at someone: "you prick", "what a dick", "those pricks". */
  insultOnly?: boolean;
  /** Only in lower case: capitalised it is a name (Dick, Mong) or a taxon (Homo sapiens). */
  lowerCaseOnly?: boolean;
  /** In capitals it is an acronym (JAP, WOP, SPIC). */
  notInCapitals?: boolean;
}

export interface TermMeta {
  /** The word as a dictionary writes it, for messages (masked when shown). */
  word: string;
  kind: TermKind;
  context?: TermContext;
  /**
   * Offensive wherever it stands. Other words are excused in a name ("Cllr Coon", "Greg Dyke")
   * or a place ("Minge Lane", "Cock Inn"), judged by the capitalised words around them.
   */
  always?: boolean;
}

// Context word lists, shared by several entries.
const BIRDS = [
  "bird", "birds", "nest", "nests", "nesting", "nestbox", "nestboxes", "box", "boxes", "feeder", "feeders", "blue",
  "great", "coal", "marsh", "willow", "crested", "bearded", "long-tailed", "tailed", "penduline", "species", "rspb", "bto",
  "wildlife", "robin", "robins", "wren", "wrens", "sparrow", "sparrows", "finch", "finches", "chaffinch", "goldfinch",
  "goldfinches", "blackbird", "blackbirds", "starling", "starlings", "nuthatch", "woodpecker", "chicks", "fledglings",
  "breeding", "ringing", "birdwatching", "hedgerow", "hedgerows", "bird-box", "eggs", "songbirds", "warbler", "warblers",
];
const DOGS = [
  "dog", "dogs", "puppy", "puppies", "pup", "pups", "litter", "litters", "whelp", "whelped", "whelping", "breed", "breeds",
  "breeder", "breeders", "breeding", "kennel", "kennels", "stud", "crufts", "spayed", "spay", "neutered", "season",
  "pedigree", "hound", "hounds", "greyhound", "greyhounds", "lurcher", "lurchers", "terrier", "terriers", "spaniel",
  "labrador", "collie", "retriever", "vet", "vets", "veterinary", "canine", "sire", "dam", "champion", "otter", "otters",
  "fox", "wolf", "show", "showing", "judge", "judged", "class", "classes", "rosette", "handler", "mated", "mating",
];
const FAGGOT_FOOD_WOOD = [
  "peas", "gravy", "mash", "mashed", "onion", "onions", "sausage", "sausages", "pork", "liver", "menu", "menus", "dinner",
  "dinners", "lunch", "lunches", "butcher", "butchers", "recipe", "recipes", "cooked", "cook", "cooking", "ate", "eat",
  "eating", "chips", "dish", "meal", "meals", "brains", "traditional", "food", "supper", "oven", "frozen", "pie", "pies",
  "tasty", "delicious", "sticks", "brushwood", "hazel", "willow", "bundle", "bundles", "bundled", "revetment",
  "revetments", "riverbank", "river", "stream", "erosion", "hedge", "hedging", "hedgelaying", "firewood", "kindling",
  "wattle", "thatch", "thatching", "fascine", "fascines", "coppice", "coppicing", "stakes", "bank", "banks",
];
const MEDICAL = [
  "paraplegia", "diplegia", "hemiplegia", "quadriplegia", "tetraplegia", "monoplegia", "cerebral", "palsy", "colon",
  "dysphonia", "paralysis", "paresis", "gait", "muscle", "muscles", "muscular", "hypertonia", "spasticity", "society",
  "neurological", "limb", "limbs", "diagnosis", "diagnosed", "bladder", "clinical", "physiotherapy", "condition",
];
const TECHNICAL = [
  "fire", "flame", "flames", "growth", "setting", "concrete", "cement", "mortar", "ignition", "combustion", "corrosion",
  "spread", "timber", "treatment", "treated", "coating", "coatings", "paint", "admixture", "plaster", "chemical", "rate",
];
const POULTRY_PLUMBING = [
  "hen", "hens", "chicken", "chickens", "poultry", "pheasant", "pheasants", "bird", "birds", "rooster", "crow", "crowing",
  "bantam", "bantams", "breed", "show", "feathers", "coop", "egg", "eggs", "farm", "weathervane", "weather", "tap",
  "valve", "water", "plumber", "plumbing", "pipe", "cistern", "robin", "sparrow", "grouse", "partridge", "blackbird",
];
const DRAINAGE = [
  "drain", "drains", "drainage", "ditch", "ditches", "bank", "banks", "embankment", "water", "river", "marsh", "fen",
  "fens", "flood", "flooding", "catchwater", "idb", "board", "culvert", "sluice", "offa", "offa's", "devil's", "dykes",
  "clearing", "dredging", "watercourse", "silt", "levels", "internal",
];

const BLOCK = { kind: "offensive" as const };
const STRONG = { kind: "offensive" as const, always: true };
const SLUR = { kind: "slur" as const };
const STRONG_SLUR = { kind: "slur" as const, always: true };
const MILD = { kind: "mild" as const };

/** The rule's words. Each entry: its meaning, its patterns, the words that excuse it. */
const ENTRIES: [TermMeta, string[], string[]?][] = [
  // Profanity and obscenity (Ofcom's "strongest", "strong" and "medium" words).
  [{ word: "fuck", ...STRONG }, ["fuck", "|motherfuck", "|clusterfuck", "|fuk|", "|fuks|", "|fukin[g]|", "|fuking|", "|fukker[s]|", "|fukked|", "|fck|", "|fcks|", "|fckin[g]|", "|fcked|", "|fcker[s]|", "|fking|", "|fkin|", "|fkn|", "|phuck", "|phuk|", "|phukking|"]],
  [{ word: "cunt", ...STRONG }, ["|cunt", "|kunt[s]|", "|twunt[s]|"]],
  [{ word: "shit", ...STRONG }, ["|shit", "|shithead", "|shithole", "|shitbag", "|shitface", "|shitshow", "|shitstorm", "|shyte|", "|bullshit", "|batshit", "|horseshit", "|dipshit", "|apeshit", "|chickenshit", "|dogshit", "|jackshit", "|birdshit"], ["shiitake", "shitake", "shitterton", "shitlington", "shittim", "shitsuke"]],
  [{ word: "wank", ...STRONG }, ["|wank[s]|", "|wanked|", "|wanking|", "|wankin|", "|wanker[s]|", "|wanky|", "|wankstain[s]|", "|wankface[s]|", "|wankpuffin[s]|", "|wankstain"]],
  [{ word: "twat", ...STRONG }, ["|twat[s]|", "|twatting|", "|twatted|", "|twattish|", "|twatty|", "|twatface[s]|", "|twatwaffle[s]|"]],
  [{ word: "bollocks", ...STRONG }, ["|bollock", "|bollox|", "|bolocks|"]],
  [{ word: "bastard", ...STRONG }, ["|bastard", "|basterd[s]|", "|barsteward[s]|"], ["bastardis", "bastardiz", "bastardy"]],
  [{ word: "arsehole", ...STRONG }, ["|arsehole", "|asshole", "|arsewipe", "|asswipe", "|arselick", "|dumbass|", "|dumbasses|", "|dumbarse[s]|", "|arseh[o]le"]],
  [{ word: "motherfucker", ...STRONG }, ["|mofo[s]|", "|muthafucka"]],
  [{ word: "dickhead", ...STRONG }, ["|dickhead", "|dickwad", "|dickface", "|dickbag"]],
  [{ word: "knobhead", ...STRONG }, ["|knobhead", "|knobend[s]|", "|knobjockey"]],
  [{ word: "bellend", ...BLOCK }, ["|bellend[s]|"]],
  [{ word: "cocksucker", ...STRONG }, ["|cocksucker", "|cocksucking", "|cockwomble[s]|", "|cockhead[s]|"]],
  [{ word: "piss", ...BLOCK }, ["|piss|", "|pisses|", "|pissed|", "|pissing|", "|pisser[s]|", "|pissy|", "|pisshead[s]|", "|pisstake[s]|", "|pisstaking|", "|pisspoor|", "|pissartist[s]|", "|pisspot[s]|"]],
  [{ word: "tosser", ...BLOCK, context: { notAfter: ["pancake", "caber", "coin", "salad", "hay"], notNear: ["pancake", "pancakes", "caber", "highland"] } }, ["|tosser[s]|"]],
  [{ word: "prick", ...BLOCK, context: { insultOnly: true, notBefore: ["of", "up", "out", "on", "in", "to", "test", "tests", "the", "your", "my", "his", "her", "their", "them", "with"], notNear: ["needle", "needles", "injection", "injections", "vaccine", "vaccination", "finger", "blood", "thorn", "thorns", "pin", "skin", "sharp", "nurse", "ears", "seedlings"] } }, ["|prick[s]|"]],
  [{ word: "dick", ...BLOCK, context: { insultOnly: true, lowerCaseOnly: true, notNear: ["whittington", "turpin", "moby", "tracy", "private", "van"] } }, ["|dick[s]|"]],
  [{ word: "knob", ...BLOCK, context: { insultOnly: true, notAfter: ["door", "brass", "butter", "gear", "volume", "control"], notBefore: ["of", "on", "off", "handle", "handles"], notNear: ["door", "doors", "handle", "handles", "cupboard", "drawer", "drawers", "brass", "butter", "cooker", "dial", "radiator", "valve", "volume", "turn", "twist", "knobs"] } }, ["|knob[s]|"]],
  [{ word: "cock", ...BLOCK, context: { insultOnly: true, notBefore: ["up", "ups", "and", "or", "of", "on", "pheasant", "pheasants", "bird", "birds", "crow", "crows", "crowing", "fight", "fights", "fighting", "robin", "sparrow", "chicken", "hen", "inn", "tavern"], notNear: POULTRY_PLUMBING } }, ["|cock[s]|"]],
  [{ word: "tit", ...BLOCK, context: { insultOnly: true, notBefore: ["for", "tat", "bit", "bits", "box", "boxes", "family"], notAfter: BIRDS, notNear: BIRDS } }, ["|tit|"]],
  [{ word: "tits", ...BLOCK, context: { notAfter: BIRDS, notNear: BIRDS, notBefore: ["and", "nesting", "nest", "are", "were", "feeding", "have", "had", "visit", "visiting", "in", "on", "at", "to"] } }, ["|tits|", "|titties|", "|tittie|"]],
  [{ word: "bitch", ...BLOCK, context: { notNear: DOGS } }, ["|bitch|", "|bitches|", "|bitching|", "|bitched|", "|bitchy|", "|bitchiness|", "|biatch|", "|biotch|", "|sonofabitch|", "|bitchslap"]],
  [{ word: "slut", ...BLOCK }, ["|slut[s]|", "|slutty|", "|slutting|", "|cumslut[s]|"]],
  [{ word: "whore", ...BLOCK }, ["|whore[s]|", "|whorehouse", "|whoring|", "|manwhore[s]|", "|whorebag[s]|"]],
  [{ word: "skank", ...BLOCK }, ["|skank[s]|", "|skanky|"]],
  [{ word: "slapper", ...BLOCK }, ["|slapper[s]|"]],
  [{ word: "slag", ...BLOCK, context: { notBefore: ["heap", "heaps", "tip", "tips", "off", "wool", "cement", "pit", "pile", "piles", "heap's"], notNear: ["steel", "iron", "furnace", "furnaces", "mining", "colliery", "quarry", "ore", "industrial", "foundry", "smelting", "works", "slagging", "aggregate", "blast", "heap", "heaps", "tip"] } }, ["|slag[s]|"]],
  [{ word: "pussy", ...BLOCK, context: { notBefore: ["willow", "willows", "cat", "cats", "foot", "footing"], notNear: ["cat", "cats", "kitten", "kittens", "willow", "willows", "puss"] } }, ["|pussy|", "|pussies|"]],
  [{ word: "jizz", ...BLOCK }, ["|jizz", "|cumshot[s]|"]],
  [{ word: "blowjob", ...BLOCK }, ["|blowjob[s]|", "|handjob[s]|", "|rimjob[s]|", "|dildo[s]|", "|dildoes|", "|jerkoff[s]|", "|gangbang", "|bukkake|", "|wankbank[s]|"]],
  [{ word: "minge", ...BLOCK }, ["|minge[s]|", "|clunge[s]|", "|punani[s]|", "|punany|"]],
  [{ word: "nonce", ...BLOCK, context: { notBefore: ["word", "words", "value", "values", "token", "tokens", "attribute", "parameter"], notNear: ["cryptographic", "cryptography", "token", "hash", "csrf", "authentication", "api", "oauth", "linguistics", "script", "csp", "header", "random", "encryption"] } }, ["|nonce[s]|"]],
  [{ word: "stfu", ...BLOCK }, ["|stfu|"]],

  // Slurs: race, ethnicity, nationality, religion, sexuality, gender identity and disability.
  [{ word: "nigger", ...STRONG_SLUR }, ["n[i]gger", "n[i]gga", "|nignog[s]|", "|niggah|", "|nigguh|", "|niglet[s]|"], ["snigger", "niggard"]],
  [{ word: "negro", ...SLUR }, ["|negro[s]|", "|negroes|", "|negress|", "|negresses|"]],
  [{ word: "paki", ...STRONG_SLUR }, ["|paki[s]|", "|pakki[s]|", "|packi[s]|", "|pakky|", "|pakibash"]],
  [{ word: "coon", ...SLUR, context: { notAfter: ["maine", "racoon", "raccoon"], notBefore: ["cat", "cats", "kitten", "kittens", "hound", "hounds"] } }, ["|coon[s]|"]],
  [{ word: "wog", ...SLUR }, ["|wog[s]|", "|golliwog[s]|", "|gollywog[s]|", "|golliwogg[s]|", "|gollywogg[s]|"]],
  [{ word: "darkie", ...SLUR }, ["|darkie[s]|", "|darky|"]],
  [{ word: "sambo", ...SLUR, context: { notNear: ["martial", "wrestling", "judo", "combat", "sport", "club", "class", "classes", "training", "russian", "mma", "grappling"] } }, ["|sambo[s]|"]],
  [{ word: "spic", ...SLUR, context: { notInCapitals: true, notBefore: ["and", "n", "span"] } }, ["|spic[s]|"]],
  [{ word: "wetback", ...SLUR }, ["|wetback[s]|"]],
  [{ word: "gook", ...SLUR }, ["|gook[s]|"]],
  [{ word: "chinky", ...SLUR }, ["|chinky|", "|chinkie[s]|", "|chingchong|"]],
  [{ word: "chink", ...SLUR, context: { insultOnly: true, notBefore: ["in", "of", "between", "through", "at", "where", "under", "above", "below", "to", "that", "which", "the", "and"], notNear: ["light", "armour", "armor", "curtain", "curtains", "fence", "fencing", "wall", "gap", "gaps", "glass", "glasses", "coins", "coin", "door"] } }, ["|chink[s]|"]],
  [{ word: "towelhead", ...SLUR }, ["|towelhead[s]|", "|raghead[s]|", "|sandnigger[s]|"]],
  [{ word: "kike", ...SLUR }, ["|kike[s]|", "|yid[s]|", "|yiddo[s]|"]],
  [{ word: "pikey", ...SLUR }, ["|pikey[s]|", "|pikie[s]|", "|pikies|", "|piky|"]],
  [{ word: "gyppo", ...SLUR }, ["|gyppo[s]|", "|gippo[s]|", "|gypo[s]|", "|gyppie[s]|", "|gypoes|", "|gyppoes|"]],
  [{ word: "didicoy", ...SLUR }, ["|di[d]dicoy[s]|", "|di[d]dikai[s]|", "|di[d]dycoy[s]|", "|di[d]dakoi[s]|"]],
  [{ word: "faggot", ...SLUR, context: { notNear: FAGGOT_FOOD_WOOD } }, ["|faggot[s]|", "|faggy|", "|fagot[s]|"]],
  [{ word: "poof", ...SLUR }, ["|poof[s]|", "|poofter[s]|", "|poofta[s]|", "|pooftah[s]|", "|poofy|", "|pufter[s]|"]],
  [{ word: "batty boy", ...SLUR }, ["|battyboy[s]|", "|battyman|", "|battymen|", "|bumboy[s]|"]],
  [{ word: "lezza", ...SLUR }, ["|lezza[s]|", "|lezzer[s]|", "|lezzie[s]|", "|lezzy|", "|lesbo|", "|lezbo[s]|"]],
  [{ word: "dyke", ...SLUR, context: { insultOnly: true, lowerCaseOnly: true, notNear: DRAINAGE } }, ["|dyke[s]|"]],
  [{ word: "bulldyke", ...SLUR }, ["|bulldyke[s]|", "|bulldike[s]|", "|bulldagger[s]|"]],
  [{ word: "tranny", ...SLUR, context: { notBefore: ["van", "vans"], notNear: ["transit", "ford", "gearbox", "transmission", "radio", "van"] } }, ["|tranny|", "|trannies|", "|trannie[s]|", "|shemale[s]|", "|heshe[s]|"]],
  [{ word: "homo", ...SLUR, context: { lowerCaseOnly: true, notBefore: ["sapiens", "erectus", "habilis", "neanderthalensis", "heidelbergensis", "floresiensis", "naledi", "economicus", "ludens"] } }, ["|homo[s]|"]],
  [{ word: "retard", ...SLUR, context: { notAfter: ["to", "will", "would", "may", "might", "can", "could", "which", "that", "fire", "flame", "not", "and", "or", "also", "help", "helps", "further", "greatly", "significantly", "should", "must", "does", "do"], notBefore: ["the", "its", "their", "growth", "fire", "flame", "combustion", "ignition", "corrosion", "spread", "setting", "development", "progress", "it", "them", "this"], notNear: TECHNICAL } }, ["|retard[s]|"]],
  [{ word: "retarded", ...SLUR, context: { notNear: TECHNICAL } }, ["|retarded|", "|retardo[s]|", "|libtard[s]|", "|tard[s]|"]],
  [{ word: "spastic", ...SLUR, context: { notNear: MEDICAL } }, ["|spastic[s]|", "|spaz|", "|spazz|", "|spazzes|", "|spazzy|", "|spazzing|", "|spazzed|", "|spaz[z]o|", "|spacker[s]|", "|spakka[s]|"]],
  [{ word: "mong", ...SLUR, context: { lowerCaseOnly: true, notBefore: ["kok"] } }, ["|mong[s]|", "|mongy|", "|mongoloid[s]|"]],
  [{ word: "midget", ...SLUR, context: { notAfter: ["mg"], notBefore: ["gem", "gems", "submarine", "submarines", "car", "cars"], notNear: ["mg", "sweets", "submarine"] } }, ["|midget[s]|"]],
  [{ word: "jap", ...SLUR, context: { notInCapitals: true } }, ["|jap[s]|"]],
  [{ word: "kraut", ...SLUR }, ["|kraut[s]|", "|dago[s]|", "|dagoes|", "|eyetie[s]|", "|polack[s]|"]],
  [{ word: "wop", ...SLUR, context: { notInCapitals: true } }, ["|wop[s]|"]],
  [{ word: "honky", ...SLUR, context: { notBefore: ["tonk", "tonks"] } }, ["|honky|", "|honkies|", "|honkey[s]|"]],
  [{ word: "coloureds", ...SLUR, context: { notNear: ["wash", "washing", "washed", "laundry", "whites", "machine", "load"] } }, ["|coloureds|"]],

  // Mild words, reported only when a council turns `includeMild` on.
  [{ word: "bloody", ...MILD, context: { notBefore: ["mary", "marys", "nose", "noses", "sunday", "cranesbill"] } }, ["|bloody|"]],
  [{ word: "damn", ...MILD }, ["|damn|", "|dammit|", "|damnit|", "|goddamn[ed]|"]],
  [{ word: "crap", ...MILD }, ["|crap|", "|crappy|", "|crapper|"]],
  [{ word: "bugger", ...MILD }, ["|bugger|", "|buggered|", "|buggering|"]],
  [{ word: "arse", ...MILD }, ["|arse|", "|arses|", "|arsed|"]],
  [{ word: "sodding", ...MILD }, ["|sodding|"]],
  [{ word: "git", ...MILD, context: { notInCapitals: true, notBefore: ["repo", "repository", "commit", "push", "pull", "branch", "clone", "hub", "lab"], notNear: ["github", "gitlab", "repository", "repo", "commit", "branch"] } }, ["|git[s]|"]],
  [{ word: "pillock", ...MILD }, ["|pillock[s]|", "|plonker[s]|", "|prat[s]|", "|tosspot[s]|", "|minger[s]|", "|munter[s]|", "|feck|", "|fecking|"]],
];

/** Build the lexicon as a DataSet, so that councils' own patterns use the same syntax. */
function buildLexicon(): DataSet<TermMeta> {
  const data = new DataSet<TermMeta>();
  for (const [meta, patterns, whitelist] of ENTRIES) {
    data.addPhrase((phrase) => {
      phrase.setMetadata(meta);
      for (const p of patterns) phrase.addPattern(parseRawPattern(p));
      for (const w of whitelist ?? []) phrase.addWhitelistedTerm(w);
      return phrase;
    });
  }
  return data;
}

export const LEXICON: DataSet<TermMeta> = buildLexicon();

/** A discriminatory or insulting phrase of several words, found by a regular expression. */
export interface PhraseRule {
  /** A short name for messages and docs. */
  label: string;
  kind: "slur" | "offensive" | "discriminatory" | "mild";
  /** Pattern source, matched case-insensitively. Words only, white space flexible, bounded. */
  source: string;
  /** Words that must be in the text for the phrase to be there (its rarest words). */
  anchors: string[];
}

// Building blocks for phrases. Every repetition is bounded, so no phrase can backtrack badly.
const S = "[\\s\\-]{1,3}";
const GROUPS =
  "(?:travell?ers|gypsies|gipsies|gypsys|roma|romanies|pikeys|immigrants|migrants|asylum" + S + "seekers|refugees|foreigners|muslims|moslems|jews|blacks|asians|gays|lesbians|homosexuals|queers|romanians|bulgarians|albanians|eastern" + S + "europeans|pakistanis|africans|arabs|indians|chinese|irish|women|trans" + S + "(?:people|women|men)|transgender" + S + "people|disabled" + S + "people|the" + S + "disabled|pensioners|old" + S + "people|catholics|protestants|hindus|sikhs|jews)";
/** Groups named as people, not as an adjective ("Chinese takeaway", "Irish dancing" are not here). */
const PEOPLE =
  "(?:travell?ers|gypsies|gipsies|gypsys|romanies|pikeys|immigrants|migrants|asylum" + S + "seekers|refugees|foreigners|muslims|moslems|jews|blacks|asians|gays|lesbians|homosexuals|queers|romanians|bulgarians|albanians|eastern" + S + "europeans|pakistanis|africans|arabs|indians|women|pensioners|catholics|protestants|hindus|sikhs)";
/** Those a "we don't want … here" is said of. */
const OUTSIDERS =
  "(?:travell?ers|gypsies|gipsies|gypsys|roma|romanies|pikeys|immigrants|migrants|asylum" + S + "seekers|refugees|foreigners|muslims|moslems|jews|blacks|asians|romanians|bulgarians|albanians|eastern" + S + "europeans|pakistanis|africans|arabs|their" + S + "(?:kind|sort)|that" + S + "(?:kind|sort)|people" + S + "like" + S + "(?:that|them))";
const DEHUMANISING =
  "(?:scum|scumbags|vermin|filth|animals|parasites|cockroaches|savages|sub" + "-?" + "human|subhumans|rats|a" + S + "plague|a" + S + "disease|a" + S + "cancer|an" + S + "infestation|inferior|not" + S + "human|dirt)";
const INTENSIFIERS = "(?:(?:all|just|nothing" + S + "but|a" + S + "bunch" + S + "of|a" + S + "load" + S + "of|basically|simply|like|no" + S + "better" + S + "than|bloody|fucking|total|absolute|complete|dirty|filthy)" + S + "){0,3}";
const VIOLENCE = "(?:shot|gassed|sterilised|sterilized|exterminated|wiped" + S + "out|rounded" + S + "up|hanged|hung|burned|burnt|lynched|drowned|culled)";
const HOSTILE_ADJECTIVES = "(?:dirty|filthy|thieving|stinking|stinkin|scummy|smelly|scrounging|parasitic|sub-?human|lazy|useless|bloody|fucking|effing|flaming|bleeding|sodding)";
const HIRING = "(?:hire|hiring|employ|employing|appoint|appointing|recruit|recruiting|shortlist|shortlisting|interview|interviewing|promote|promoting|take" + S + "on|taking" + S + "on)";
const PROTECTED =
  "(?:pregnant|too" + S + "old|too" + S + "young|disabled|gay|black|muslim|jewish|a" + S + "woman|foreign|a" + S + "foreigner|deaf|blind|in" + S + "a" + S + "wheelchair|a" + S + "traveller|a" + S + "gypsy|an?" + S + "immigrant|trans|transgender|married|a" + S + "mum|a" + S + "mother|have" + S + "(?:kids|children|a" + S + "baby))";

const phrase = (label: string, kind: PhraseRule["kind"], words: string[], anchors: string[]): PhraseRule => ({
  label,
  kind,
  source: "\\b(?:" + words.map((w) => w.split(" ").join(S)).join("|") + ")\\b",
  anchors,
});

export const PHRASES: readonly PhraseRule[] = [
  // Slurs and insults of two words.
  phrase("ching chong", "slur", ["ching chong"], ["chong"]),
  phrase("nig nog", "slur", ["nig nogs?"], ["nog", "nogs"]),
  phrase("batty boy", "slur", ["batty (?:boys?|man|men)", "bum boys?"], ["batty", "bum"]),
  phrase("shirt lifter", "slur", ["shirt lifters?", "fudge packers?", "pillow biters?"], ["lifter", "lifters", "packer", "packers", "biter", "biters"]),
  phrase("window licker", "slur", ["window lickers?"], ["licker", "lickers"]),
  phrase("camel jockey", "slur", ["camel jockeys?", "jungle bunn(?:y|ies)", "porch monkeys?", "curry munchers?", "towel heads?", "rag heads?", "sand niggers?"], ["jockey", "jockeys", "bunny", "bunnies", "monkey", "monkeys", "muncher", "munchers", "towel", "rag"]),
  phrase("sheep shagger", "slur", ["sheep shaggers?", "bog trotters?", "christ killers?"], ["shagger", "shaggers", "trotter", "trotters", "killer", "killers"]),
  phrase("bull dyke", "slur", ["bull dykes?", "diesel dykes?"], ["dyke", "dykes"]),
  phrase("half-caste", "slur", ["half castes?"], ["caste", "castes"]),
  phrase("no homo", "slur", ["no homo"], ["homo"]),
  phrase("that's so gay", "discriminatory", ["(?:that|it|this)(?:'|’)?s (?:so|well|really) gay", "(?:that|it|this) is (?:so|well|really) gay", "how gay is that"], ["gay"]),
  phrase("dickhead", "offensive", ["dick heads?", "knob heads?", "knob ends?", "arse holes?"], ["dick", "dicks", "knob", "knobs", "arse"]),
  phrase("coffin dodger", "discriminatory", ["coffin dodgers?", "old (?:biddy|biddies|crones?|hags?)"], ["dodger", "dodgers", "biddy", "biddies", "crone", "crones", "hag", "hags"]),
  phrase("sod off", "mild", ["sod off"], ["sod"]),

  // Discriminatory statements about groups.
  {
    label: "coloured people",
    kind: "discriminatory",
    source: "\\bcoloured" + S + "(?:people|person|man|men|woman|women|folks?|famil(?:y|ies)|boys?|girls?|lads?|gentlem[ae]n|lad(?:y|ies)|chaps?|blokes?|guys?|lot|communit(?:y|ies)|neighbours?|residents?|kids|children|tenants?)\\b",
    anchors: ["coloured"],
  },
  {
    label: "go back to your own country",
    kind: "discriminatory",
    source:
      "\\b(?:go|send|sent|sending|get|ship|pack|f[\\W_]{0,3}ck" + S + "off|fuck" + S + "off|piss" + S + "off|bugger" + S + "off|clear" + S + "off)" + S +
      "(?:(?:them|him|her|'em|’em|the" + S + "lot|you)" + S + ")?(?:all" + S + ")?(?:back|home)" + S + "(?:home" + S + ")?to" + S + "(?:your|their|his|her|yer)" + S + "own" + S + "countr(?:y|ies)\\b",
    anchors: ["country", "countries"],
  },
  {
    label: "go back where you came from",
    kind: "discriminatory",
    source: "\\b(?:go|get|f[\\W_]{0,3}ck" + S + "off|fuck" + S + "off|piss" + S + "off|bugger" + S + "off|clear" + S + "off)" + S + "back" + S + "(?:to" + S + ")?(?:where|wherever)" + S + "(?:you|they)" + S + "(?:came|come)" + S + "from\\b",
    anchors: ["came", "come"],
  },
  {
    label: "no … allowed",
    kind: "discriminatory",
    source: "\\bno" + S + "(?:blacks|coloureds|irish|gypsies|gipsies|travell?ers|pikeys|immigrants|foreigners|asians|muslims|jews|gays|romanians|roma|indians|pakistanis)\\s{0,3}(?:,\\s{0,3}no\\b|allowed\\b|welcome\\b|need" + S + "apply\\b|served\\b|wanted\\b)",
    anchors: ["blacks", "coloureds", "irish", "gypsies", "gipsies", "travellers", "travelers", "pikeys", "immigrants", "foreigners", "asians", "muslims", "jews", "gays", "romanians", "roma", "indians", "pakistanis"],
  },
  {
    label: "… are vermin",
    kind: "discriminatory",
    source: "\\b" + GROUPS + S + "(?:are|is|were|r)" + S + INTENSIFIERS + DEHUMANISING + "\\b",
    anchors: ["scum", "scumbags", "vermin", "filth", "animals", "parasites", "cockroaches", "savages", "subhuman", "sub-human", "subhumans", "rats", "plague", "disease", "cancer", "infestation", "inferior", "human", "dirt"],
  },
  {
    label: "… should be shot",
    kind: "discriminatory",
    source: "\\b" + GROUPS + S + "(?:should|must|ought" + S + "to|need" + S + "to|deserve" + S + "to)" + S + "(?:all" + S + ")?be" + S + VIOLENCE + "\\b",
    anchors: ["shot", "gassed", "sterilised", "sterilized", "exterminated", "wiped", "rounded", "hanged", "hung", "burned", "burnt", "lynched", "drowned", "culled"],
  },
  {
    label: "dirty …",
    kind: "discriminatory",
    source: "\\b" + HOSTILE_ADJECTIVES + S + PEOPLE + "\\b",
    anchors: ["dirty", "filthy", "thieving", "stinking", "stinkin", "scummy", "smelly", "scrounging", "parasitic", "subhuman", "sub-human", "lazy", "useless", "bloody", "fucking", "effing", "flaming", "bleeding", "sodding"],
  },
  {
    label: "we don't want … here",
    kind: "discriminatory",
    source:
      "\\b(?:do" + S + "not|don['’]t|dont|does" + S + "not|doesn['’]t)" + S + "want" + S + "(?:any" + S + "(?:more" + S + ")?|more" + S + "|(?:the|these|those)" + S + ")?" + OUTSIDERS +
      S + "(?:here|round" + S + "here|around" + S + "here|in" + S + "(?:our|the|this|my)" + S + "(?:village|town|area|parish|street|road|neighbourhood|community|country|estate|ward|school))\\b(?!" + S + "to\\b)",
    anchors: ["want"],
  },
  {
    label: "a woman's place",
    kind: "discriminatory",
    source:
      "\\b(?:women|a" + S + "woman|girls|she)" + S + "(?:should|belongs?|ought" + S + "to|needs?" + S + "to)" + S + "(?:be" + S + "|stay" + S + "|get" + S + "back" + S + "|go" + S + "back" + S + ")?(?:at" + S + "home|in" + S + "the" + S + "kitchen|barefoot|back" + S + "in" + S + "the" + S + "kitchen|chained" + S + "to" + S + "the" + S + "sink)\\b" +
      "|\\b(?:get|go)" + S + "back" + S + "(?:in|to|into)" + S + "(?:the|your)" + S + "kitchen\\b" +
      "|\\bwoman'?s" + S + "place" + S + "is" + S + "in" + S + "the" + S + "(?:home|kitchen)\\b",
    anchors: ["kitchen", "barefoot", "sink", "home", "womans"],
  },
  {
    label: "not a job for a woman",
    kind: "discriminatory",
    source: "\\b(?:not|no|isn'?t|is" + S + "not)" + S + "(?:a" + S + ")?(?:job|role|place|position|work)" + S + "for" + S + "(?:a" + S + ")?(?:woman|women|girls?|lad(?:y|ies)|females?)\\b",
    anchors: ["woman", "women", "girl", "girls", "lady", "ladies", "female", "females"],
  },
  {
    label: "typical woman",
    kind: "discriminatory",
    source: "\\btypical" + S + "(?:bloody" + S + ")?(?:woman|women|female|females|blonde)\\b|\\b(?:she|women)" + S + "(?:is|are|'s|’s)" + S + "(?:too" + S + "|just" + S + "|being" + S + ")?(?:emotional|hormonal|hysterical)" + S + "(?:to|for|because)\\b",
    anchors: ["typical", "hormonal", "hysterical", "emotional"],
  },
  {
    label: "too old for the job",
    kind: "discriminatory",
    source: "\\btoo" + S + "(?:old|young)" + S + "(?:for|to" + S + "(?:do|be|take" + S + "on|have))" + S + "(?:the|this|that|a)" + S + "(?:job|role|post|position|councillor|clerk)\\b",
    anchors: ["old", "young"],
  },
  {
    label: "won't hire her because …",
    kind: "discriminatory",
    source:
      "(?:\\bnot|\\bnever|n['’]t|\\bno" + S + "point" + S + "(?:in" + S + ")?)" + S + "(?:[a-z]{1,12}" + S + "){0,2}" + HIRING + "\\b[^.!?\\n]{0,60}\\b(?:because|as|since|cos|coz)" + S +
      "(?:she|he|they)(?:['’]s|['’]re|['’]ll|" + S + "is|" + S + "are|" + S + "might|" + S + "may|" + S + "will|" + S + "could|" + S + "would)?" + S +
      "(?:be" + S + "|get" + S + "|getting" + S + "|going" + S + "to" + S + "get" + S + "|want" + S + "to" + S + "get" + S + ")?" + PROTECTED + "\\b",
    anchors: ["hire", "hiring", "employ", "employing", "appoint", "appointing", "recruit", "recruiting", "shortlist", "shortlisting", "interview", "interviewing", "promote", "promoting", "pregnant", "wheelchair", "old", "young"],
  },
];
