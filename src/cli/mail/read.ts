import { promises as fs } from "fs";
import { extname, join } from "path";
import { isCompoundFile } from "./cfb";
import { parseEml } from "./eml";
import { splitMbox, NotMboxError } from "./mbox";
import { MailReadError, type MailMessage } from "./message";
import { parseMsg } from "./msg";

/** What a file holds, by its extension; `auto` for a file named on the command line with another. */
export type MailKind = "eml" | "msg" | "mbox" | "auto";

/** The extensions a folder walk picks up. */
export const MAIL_EXTENSIONS: Record<string, MailKind> = { ".eml": "eml", ".msg": "msg", ".mbox": "mbox" };

/** Files larger than this are reported, not read: no council email is 200 MB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface MailFile {
  /** The path to open. */
  path: string;
  /** The path as shown in results: as given, or the folder as given joined to the relative path. */
  display: string;
  kind: MailKind;
}

/** One message from the inputs: read, or not, with the reason. */
export type MailItem =
  | { file: string; source: string; message: MailMessage; error?: undefined }
  | { file: string; source: string; message?: undefined; error: string };

export function kindOf(path: string): MailKind {
  return MAIL_EXTENSIONS[extname(path).toLowerCase()] ?? "auto";
}

/** Which of the named inputs do not exist (a usage error: nothing is read until all do). */
export async function missingInputs(inputs: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const input of inputs) {
    try {
      await fs.stat(input);
    } catch {
      missing.push(input);
    }
  }
  return missing;
}

/**
 * Every mail file under the inputs, in a stable order: files as named, folders walked
 * depth-first in name order for .eml, .msg and .mbox. One folder listing is held at a time;
 * symbolic links to folders are not followed (they can loop).
 */
export async function* mailFiles(inputs: readonly string[]): AsyncGenerator<MailFile> {
  const seen = new Set<string>();
  const once = async (path: string): Promise<boolean> => {
    const real = await fs.realpath(path).catch(() => path);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  async function* walk(dir: string, display: string): AsyncGenerator<MailFile> {
    let names: string[];
    try {
      names = (await fs.readdir(dir)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const shown = join(display, name);
      const stat = await fs.lstat(path).catch(() => null);
      if (!stat) continue;
      if (stat.isDirectory()) {
        yield* walk(path, shown);
      } else if (MAIL_EXTENSIONS[extname(name).toLowerCase()]) {
        const target = stat.isSymbolicLink() ? await fs.stat(path).catch(() => null) : stat;
        if (target?.isFile() && (await once(path))) yield { path, display: shown, kind: kindOf(name) };
      }
    }
  }
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) yield* walk(input, input);
    else if (await once(input)) yield { path: input, display: input, kind: kindOf(input) };
  }
}

const messageError = (error: unknown): string =>
  error instanceof MailReadError || error instanceof NotMboxError
    ? error.message
    : `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;

function ioError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "The file could not be opened: permission denied.";
  if (code === "ENOENT") return "The file has gone: it was moved or deleted while the batch ran.";
  if (code === "EISDIR") return "This is a folder, not a file.";
  return `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

async function* fromMbox(file: MailFile): AsyncGenerator<MailItem> {
  let count = 0;
  try {
    for await (const part of splitMbox(file.path)) {
      count++;
      const id = `${file.display}#${part.index}`;
      try {
        yield { file: id, source: file.display, message: await parseEml(part.raw) };
      } catch (error) {
        yield { file: id, source: file.display, error: messageError(error) };
      }
    }
  } catch (error) {
    yield { file: count ? `${file.display}#${count + 1}` : file.display, source: file.display, error: error instanceof NotMboxError ? error.message : ioError(error) };
    return;
  }
  if (count === 0) yield { file: file.display, source: file.display, error: "The mbox file holds no messages." };
}

/**
 * Read one mail file into messages: one for .eml and .msg, one per message for .mbox. Never
 * throws: a file or message that cannot be read comes back with `error` and the batch goes on.
 */
export async function* readMailFile(file: MailFile): AsyncGenerator<MailItem> {
  const fail = (error: string): MailItem => ({ file: file.display, source: file.display, error });
  let kind = file.kind;
  if (kind === "mbox") {
    yield* fromMbox(file);
    return;
  }
  let buf: Buffer;
  try {
    const stat = await fs.stat(file.path);
    if (stat.isDirectory()) {
      yield fail("This is a folder, not a file.");
      return;
    }
    if (stat.size > MAX_FILE_BYTES) {
      yield fail(`The file is too large to be one email (${Math.round(stat.size / 1048576)} MB).`);
      return;
    }
    buf = await fs.readFile(file.path);
  } catch (error) {
    yield fail(ioError(error));
    return;
  }
  if (kind === "auto") {
    // Named on the command line with another extension: look at the bytes.
    if (isCompoundFile(buf)) kind = "msg";
    else if (buf.subarray(0, 5).toString("latin1") === "From ") {
      yield* fromMbox(file);
      return;
    } else kind = "eml";
  } else if (kind === "eml" && isCompoundFile(buf)) {
    kind = "msg";
  }
  try {
    yield { file: file.display, source: file.display, message: kind === "msg" ? parseMsg(buf) : await parseEml(buf) };
  } catch (error) {
    yield fail(messageError(error));
  }
}

/** Every message in the inputs, one at a time. */
export async function* readMail(inputs: readonly string[]): AsyncGenerator<MailItem> {
  for await (const file of mailFiles(inputs)) yield* readMailFile(file);
}
