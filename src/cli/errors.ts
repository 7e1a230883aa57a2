/** The exit codes, as `--help` and docs/cli.md give them. */
export const EXIT = {
  /** Nothing blocks (or the command did what was asked). */
  ok: 0,
  /** Something blocks. */
  block: 1,
  /** A usage error: bad flags, missing files, an invalid policy, a file that will not be overwritten. */
  usage: 2,
} as const;

/** A mistake in how the command was called: reported in one or two lines, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    /** Extra lines: the problems found, the fix. */
    readonly detail?: string,
  ) {
    super(message);
  }
}
