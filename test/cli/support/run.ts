import { Readable } from "stream";
import { join } from "path";
import { main } from "../../../src/cli/main";
import type { CliIO, OutStream } from "../../../src/cli/io";

/** A stream that keeps what is written, and can pretend to be a terminal. */
export class Capture implements OutStream {
  private chunks: string[] = [];
  constructor(
    readonly isTTY = false,
    readonly columns = 100,
  ) {}
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  get text(): string {
    return this.chunks.join("");
  }
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** Lines typed at a terminal (stdin is a TTY when given). */
  typed?: string[];
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const ROOT = join(__dirname, "../../..");

/** Run the CLI in-process, as the binary would, with captured streams. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Capture(options.stdoutTTY ?? false);
  const stderr = new Capture(options.stderrTTY ?? false);
  const stdin = Object.assign(Readable.from(options.typed ? [options.typed.map((l) => l + "\n").join("")] : []), { isTTY: options.typed !== undefined });
  const io: CliIO = { stdout, stderr, stdin, env: options.env ?? {}, packageRoot: ROOT };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
