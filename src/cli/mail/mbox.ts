import { createReadStream } from "fs";

/** One message cut from an mbox file; `index` counts from 1. */
export interface MboxMessage {
  index: number;
  raw: Buffer;
}

const FROM = Buffer.from("From ");
const NL = Buffer.from("\n");

function join(lines: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const l of lines) parts.push(l, NL);
  return Buffer.concat(parts);
}

function startsFrom(line: Buffer): boolean {
  return line.length >= 5 && line.subarray(0, 5).equals(FROM);
}

/**
 * A separator after the first: "From sender asctime-date", e.g. "From - Tue Mar  4 10:00:00
 * 2025". Requiring the time keeps an unquoted "From the clerk's desk…" line in a body whole.
 */
function isSeparator(line: Buffer): boolean {
  return startsFrom(line) && line.length < 400 && /^From \S+\s.*\d{1,2}:\d\d/.test(line.toString("latin1"));
}

function isBlank(line: Buffer): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === 0x0d);
}

/** mboxrd quotes body lines that begin ">*From " with one more ">"; take one away. */
function unquote(line: Buffer): Buffer {
  if (line[0] !== 0x3e) return line;
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  return startsFrom(line.subarray(i)) ? line.subarray(1) : line;
}

/** Thrown when a file given as mbox does not look like one. */
export class NotMboxError extends Error {
  override readonly name = "NotMboxError";
}

/**
 * Split an mbox file into messages as it streams, holding one message at a time. A message
 * starts at a "From " line at the top of the file or after a blank line (so an unquoted
 * "From " inside a paragraph does not split a message).
 */
export async function* splitMbox(path: string): AsyncGenerator<MboxMessage> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let pending: Buffer = Buffer.alloc(0);
  let lines: Buffer[] = [];
  let index = 0;
  let sawContent = false;
  let previousBlank = true;

  function* line(l: Buffer): Generator<MboxMessage> {
    if (index === 0) {
      if (!sawContent && isBlank(l)) return;
      sawContent = true;
      if (!startsFrom(l)) throw new NotMboxError("This is not an mbox file: it does not start with a \"From \" line.");
      index = 1;
      previousBlank = false;
      return;
    }
    if (previousBlank && isSeparator(l)) {
      // The blank line before a separator belongs to the mbox format, not to the message.
      if (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();
      yield { index, raw: join(lines) };
      lines = [];
      index++;
      previousBlank = false;
      return;
    }
    lines.push(unquote(l));
    previousBlank = isBlank(l);
  }

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let start = 0;
      let nl: number;
      while ((nl = pending.indexOf(0x0a, start)) >= 0) {
        yield* line(pending.subarray(start, nl));
        start = nl + 1;
      }
      // Copy the tail so the chunk it came from can be freed.
      pending = Buffer.from(pending.subarray(start));
    }
    if (pending.length) yield* line(pending);
    if (index > 0) {
      while (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();
      yield { index, raw: join(lines) };
    }
  } finally {
    stream.destroy();
  }
}

