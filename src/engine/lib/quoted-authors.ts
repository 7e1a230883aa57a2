/**
 * Who wrote each part of the quoted history. A reply carries the earlier messages below the
 * sender's text, each under a header ("From: Alan Green <alan@…>" or "On 1 May, Alan Green
 * wrote:"). Knowing whose words a passage is lets a rule tell sending someone their own words
 * back from passing them on to somebody new.
 */
import { fold } from "../text";

/** One earlier message in the quoted history. */
export interface QuotedSegment {
  start: number;
  end: number;
  /** The author's address, lower-cased, when the header gives one. */
  address: string;
  /** The author's display name, folded, when the header gives one. */
  name: string;
}

const EMAIL = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/;
const FROM_LINE = /^\s{0,20}\**\s{0,3}from:\s{0,3}\**\s{0,3}(.{1,300})$/i;
const HEADER_NEXT = /^\s{0,20}\**\s{0,3}(sent|date|to|subject|cc):/i;
const ON_WROTE = /^\s{0,20}>?\s{0,3}on\s.{4,300}\swrote:\s{0,5}$/i;

function authorFrom(raw: string): { address: string; name: string } {
  const m = EMAIL.exec(raw);
  const address = m ? m[0].toLowerCase() : "";
  let name = raw;
  if (m) name = raw.slice(0, m.index);
  name = name.replace(/\[mailto:[^\]]{0,300}\]/gi, "").replace(/[<>"'()[\]]/g, " ");
  return { address, name: fold(name) };
}

function authorOfOnWrote(line: string): { address: string; name: string } {
  const body = line.replace(/^\s*>?\s*on\s/i, "").replace(/\swrote:\s*$/i, "");
  const m = EMAIL.exec(body);
  if (m) {
    const before = body.slice(0, m.index).replace(/[<"(\s]+$/, "");
    const comma = before.lastIndexOf(",");
    return { address: m[0].toLowerCase(), name: fold(before.slice(comma + 1).replace(/^.*\d{1,2}:\d{2}(\s?[ap]m)?/i, "")) };
  }
  const comma = body.lastIndexOf(",");
  return { address: "", name: fold(comma >= 0 ? body.slice(comma + 1) : "") };
}

/**
 * Split `[start, end)` of `text` (the quoted history) into earlier messages by their headers.
 * Text before the first recognised header gets an author of "" (unknown).
 */
export function quotedSegments(text: string, start: number, end: number): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let current: QuotedSegment = { start, end, address: "", name: "" };
  let pos = start;
  let lineIndex = 0;
  const lines: { line: string; at: number }[] = [];
  while (pos < end) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0 || nl > end) nl = end;
    lines.push({ line: text.slice(pos, nl), at: pos });
    pos = nl + 1;
  }
  const open = (at: number, author: { address: string; name: string }): void => {
    if (at > current.start) {
      current.end = at;
      out.push(current);
    }
    current = { start: at, end, address: author.address, name: author.name };
  };
  for (lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const { line, at } = lines[lineIndex];
    if (line.length > 400) continue;
    const from = FROM_LINE.exec(line);
    if (from) {
      let headers = 0;
      for (let j = lineIndex + 1; j < Math.min(lines.length, lineIndex + 8); j++) {
        if (lines[j].line.length <= 400 && HEADER_NEXT.test(lines[j].line)) headers++;
      }
      if (headers >= 1) {
        open(at, authorFrom(from[1]));
        continue;
      }
    }
    if (ON_WROTE.test(line)) {
      open(at, authorOfOnWrote(line));
      continue;
    }
    // "On Mon, 1 May 2025 at 10:00, Alan Green <alan@…>" / "wrote:" split over two lines.
    const next = lines[lineIndex + 1];
    if (next && line.length + next.line.length < 300 && /^\s{0,20}>?\s{0,3}on\s/i.test(line) && /\swrote:\s{0,5}$/i.test(next.line)) {
      open(at, authorOfOnWrote(`${line} ${next.line}`));
      lineIndex++;
    }
  }
  current.end = end;
  if (current.end > current.start) out.push(current);
  return out;
}

/** The segment holding offset `at`, or undefined. Segments are in order and contiguous. */
export function segmentAt(segments: readonly QuotedSegment[], at: number): QuotedSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Did this person (by address, or by display name when the header gives no address) write the segment? */
export function wroteSegment(segment: QuotedSegment, person: { address: string; name: string }): boolean {
  if (segment.address) return segment.address === person.address.trim().toLowerCase();
  const name = fold(person.name);
  return segment.name !== "" && name !== "" && segment.name === name;
}
