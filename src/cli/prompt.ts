import type { InStream } from "./io";

/** Reads answers a line at a time from standard input (a terminal, or a pipe in tests). */
export class LineReader {
  private readonly iterator: AsyncIterator<Buffer | string>;
  private buffered = "";
  private ended = false;

  constructor(input: InStream) {
    this.iterator = input[Symbol.asyncIterator]();
  }

  /** The next line without its line break, or null at the end of the input. */
  async next(): Promise<string | null> {
    for (;;) {
      const nl = this.buffered.indexOf("\n");
      if (nl >= 0) {
        const line = this.buffered.slice(0, nl).replace(/\r$/, "");
        this.buffered = this.buffered.slice(nl + 1);
        return line;
      }
      if (this.ended) {
        if (this.buffered === "") return null;
        const rest = this.buffered;
        this.buffered = "";
        return rest;
      }
      const chunk = await this.iterator.next();
      if (chunk.done) this.ended = true;
      else this.buffered += typeof chunk.value === "string" ? chunk.value : chunk.value.toString("utf8");
    }
  }

  /** Stop reading, so a terminal's input does not keep the process alive. */
  async close(): Promise<void> {
    await this.iterator.return?.();
  }
}
