import { once } from "events";

/** The least a stream must do for the CLI to write to it. Tests pass their own. */
export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  once?(event: "drain", listener: () => void): unknown;
}

export interface InStream extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Record<string, string | undefined>;
  /** Where the package is installed (for the JSON Schema path written by `policy init`). */
  packageRoot: string;
}

/** Write, waiting for the stream to drain when its buffer is full (thousands of results). */
export async function write(stream: OutStream, text: string): Promise<void> {
  if (!stream.write(text) && stream.once) await once(stream as unknown as NodeJS.EventEmitter, "drain");
}

/**
 * Should this stream get ANSI colour? Only a terminal, never when NO_COLOR is set
 * (https://no-color.org), and never when TERM is dumb; FORCE_COLOR wins either way.
 */
export function useColour(stream: OutStream, env: CliIO["env"], flag?: boolean): boolean {
  if (flag === false) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** ANSI styles, or none. */
export function paint(enabled: boolean): Paint {
  if (!enabled) {
    const id = (s: string) => s;
    return { red: id, yellow: id, green: id, dim: id, bold: id, cyan: id };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), cyan: wrap(36, 39) };
}

/**
 * Make text from an email safe for a terminal: control characters (escape sequences that
 * could recolour, retitle or rewrite the screen) become spaces or visible marks.
 */
export function terminalSafe(s: string): string {
  return s.replace(/\r\n?|\n|\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}
