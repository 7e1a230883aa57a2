import { readFileSync } from "fs";
import { join, resolve } from "path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { removeLeftovers } from "./cleanup";
import { runAudit, type AuditFormat } from "./commands/audit";
import { runCheck, type CheckFormat, type OnError } from "./commands/check";
import { runInit, runSchema, runShow, runValidate } from "./commands/policy";
import { EXIT, UsageError } from "./errors";
import { paint, terminalSafe, useColour, type CliIO } from "./io";
import type { AuditScope } from "./report/audit-data";

/** An unexpected failure inside etiquette itself (a bug), not a finding or a usage error. */
export const EXIT_INTERNAL = 3;

const PACKAGE_ROOT = resolve(__dirname, "..", "..");

const EXIT_CODES = `
Exit codes:
  0  nothing blocks (or the command did what was asked)
  1  at least one message would be blocked
  2  usage error: bad flags, missing files or folders, an invalid policy,
     a file that would be overwritten without --force
  3  etiquette itself failed (a bug: please report it)`;

function jobsOption(): Option {
  return new Option("--jobs <n>", "worker threads (default 1: none); with free cores, 2-4 speed up thousands of files").argParser((value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("give a whole number from 1 to 64.");
    return n;
  });
}

const POLICY_HELP = "the council's policy file (default: $ETIQUETTE_POLICY, else the built-in Leigh-on-Sea Town Council policy)";

function version(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The program, wired to the given streams. Actions put their exit code in `done`. */
function program(io: CliIO, done: (code: number) => void): Command {
  const cli = new Command("etiquette");
  cli
    .description("Check council email against the council's email policy: single messages, whole mail exports, and the policy file itself.")
    .version(version(io.packageRoot), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, writeErr) => writeErr(`etiquette: ${s.replace(/^error: /, "")}`),
    })
    .addHelpText(
      "after",
      `
Examples:
  etiquette check message.eml
  etiquette check --format json sent-items/ > results.json
  etiquette audit export/ --out report.html
  etiquette policy init
${EXIT_CODES}
`,
    );

  cli
    .command("check")
    .summary("check messages (.eml, .msg, .mbox, or folders of them) against the policy")
    .description(
      "Check each message against the council's email policy and print the findings, with the clause each one enforces and the evidence.\n\n" +
        "Files may be .eml (RFC 5322), Outlook .msg or .mbox (every message in it is checked, named box.mbox#1, #2, …). " +
        "Folders are searched recursively for .eml, .msg and .mbox files. A file that cannot be read is reported " +
        'as a result with verdict "error" and an "error" message; the rest are still checked.',
    )
    .argument("<files...>", "mail files or folders")
    .option("--policy <file>", POLICY_HELP)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(
      new Option("--on-error <action>", "whether an unreadable file makes the exit code 1 like a block (default: the policy's outlook.onFailure)").choices([
        "allow",
        "block",
      ]),
    )
    .option("-q, --quiet", "in text output, leave out messages that pass")
    .addOption(jobsOption())
    .option("--no-progress", "no progress bar (it is only ever drawn when stderr is a terminal)")
    .option("--no-color", "no colour (also: NO_COLOR=1); colour is only used on a terminal")
    .addHelpText(
      "after",
      `
JSON output (--format json) is one object:
  { "results": [ { "file", "verdict": "block|warn|pass|error", "role": "councillor|officer|null",
                   "findings": [ { "ruleId", "severity", "message", "clause", "evidence" } ],
                   "error" (only when verdict is "error") } ] }
${EXIT_CODES}
`,
    )
    .action(async (files: string[], opts: { policy?: string; format: CheckFormat; onError?: OnError; quiet?: boolean; progress: boolean; color: boolean; jobs?: number }) => {
      done(await runCheck(files, opts, io));
    });

  cli
    .command("audit")
    .summary("audit exported mail and write a report (HTML, JSON or CSV)")
    .description(
      "Check every message under the folders (recursively: .eml, .msg, .mbox) and report how well the policy is kept: " +
        "totals, findings per rule, per sender role and per month, and a table of every finding with its clause and evidence.\n\n" +
        "The HTML report is one self-contained file (no scripts, no external styles or fonts; charts are inline SVG). " +
        "Without --out the report goes to standard output; on a terminal a summary is printed instead.",
    )
    .argument("<folders...>", "folders (or files) of exported mail")
    .option("--out <file>", "write the report to this file (its extension sets the format unless --format is given)")
    .addOption(new Option("--format <format>", "report format (default: html)").choices(["html", "json", "csv"]))
    .option("--policy <file>", POLICY_HELP)
    .addOption(new Option("--senders <which>", "audit mail sent from the council's domains only, or all mail").choices(["council", "all"]).default("council"))
    .addOption(jobsOption())
    .option("--no-progress", "no progress bar (it is only ever drawn when stderr is a terminal)")
    .option("--no-color", "no colour in the terminal summary")
    .addHelpText(
      "after",
      `
CSV (--format csv) has one row per finding; a message with no findings has one row with the rule
columns empty, and an unreadable file one row with verdict "error". Cells that start with = + - @
are prefixed with ' so a spreadsheet does not run them.

Exit codes:
  0  the report was written (whatever it found)
  2  usage error: bad flags, missing folders, an invalid policy, an --out folder that does not exist
  3  etiquette itself failed (a bug: please report it)
`,
    )
    .action(async (folders: string[], opts: { out?: string; format?: AuditFormat; policy?: string; senders: AuditScope; progress: boolean; color: boolean; jobs?: number }) => {
      done(await runAudit(folders, { ...opts, scope: opts.senders }, io));
    });

  const policy = cli
    .command("policy")
    .summary("validate, show, create, or get the JSON Schema of a policy file")
    .description("Work with the council's policy file (JSON).")
    .addHelpText("after", "\nExit codes:\n  0  done (the policy is valid, written or shown)\n  2  usage error: an invalid or missing policy file, bad flags, a file that would be overwritten\n");

  policy
    .command("validate")
    .description("Check a policy file: each problem with its line, its path in the file and how to fix it.")
    .argument("<file>", "the policy file")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colour")
    .addHelpText("after", "\nExit codes:\n  0  the policy is valid\n  2  it is not (the problems are listed), or the file is missing\n")
    .action(async (file: string, opts: { format: "text" | "json"; color: boolean }) => {
      done(await runValidate(file, opts, io));
    });

  policy
    .command("schema")
    .description(
      "Print the policy file's JSON Schema, generated from the policy's zod schema. Point \"$schema\" in policy.json at it and an editor autocompletes and checks the file.",
    )
    .option("--out <file>", "write it to this file instead")
    .action(async (opts: { out?: string }) => {
      done(await runSchema(opts, io));
    });

  policy
    .command("init")
    .description(
      "Create a policy file for a council. On a terminal it asks for each value, suggesting a default; " +
        "flags answer questions in advance, and --yes (or a non-terminal input) takes the defaults for the rest. " +
        "The policy is validated before it is written, and an existing file is never overwritten without --force.",
    )
    .option("--out <file>", "the file to write", "policy.json")
    .option("--force", "overwrite the file if it exists")
    .option("-y, --yes", "ask nothing: take the flags and defaults")
    .option("--council <name>", "the council's name, e.g. \"Example Town Council\" (required)")
    .option("--domain <domains>", "email domain(s), comma-separated (default: from the name, e.g. exampletowncouncil.gov.uk)")
    .option("--councillors <patterns>", "councillor address pattern(s), * matches anything (default: cllr.*@DOMAIN)")
    .option("--website <url>", "the council's website (default: www.DOMAIN)")
    .option("--address <line>", "postal address, one line, for signatures")
    .option("--phone <number>", "telephone number for the officer signature")
    .option("--lists <addresses>", "distribution lists, comma-separated (default: councillors@, staff@)")
    .option("--trusted <domains>", "trusted partner domains, comma-separated")
    .option("--officer-signature <lines>", "officer signature lines separated by | (default: {name} | {jobTitle} | council | address | Tel | website)")
    .option("--councillor-signature <lines>", "councillor signature lines separated by | (default: Cllr {name} | council | address | website)")
    .option("--waiver <text>", "the waiver clause (default: the standard clause naming the council)")
    .option("--title <title>", "the title of the council's email policy document (default: Email Policy)")
    .addHelpText("after", "\nExit codes:\n  0  the policy was written\n  2  a missing or invalid answer, or the file exists and --force was not given\n")
    .action(async (opts: Parameters<typeof runInit>[0]) => {
      done(await runInit(opts, io));
    });

  policy
    .command("show")
    .description("Show the policy in force: the council, councillors, signatures, waiver, and each rule's severity and clause.")
    .option("--policy <file>", POLICY_HELP)
    .addOption(new Option("--format <format>", "text, or json for the policy with every default filled in").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colour")
    .action(async (opts: { policy?: string; format: "text" | "json"; color: boolean }) => {
      done(await runShow(opts, io));
    });

  return cli;
}

/**
 * Run the command line with the given arguments (without "node" and the script) and streams.
 * Resolves to the exit code; never rejects.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const cli = program(io, (c) => (code = c));
  if (argv.length === 0) {
    io.stderr.write(cli.helpInformation());
    return EXIT.usage;
  }
  try {
    await cli.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with exit code 0; every other complaint is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const p = paint(useColour(io.stderr, io.env));
    if (error instanceof UsageError) {
      io.stderr.write(`${p.red("etiquette:")} ${terminalSafe(error.message)}\n${error.detail ? `${error.detail}\n` : ""}`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (io.env.ETIQUETTE_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr.write(`${p.red("etiquette: internal error:")} ${detail}\nThis is a bug in etiquette. Run again with ETIQUETTE_DEBUG=1 for details.\n`);
    return EXIT_INTERNAL;
  }
}

/** The real process's streams. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Only `policy init` reads standard input: do not open it for anything else.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    packageRoot: PACKAGE_ROOT,
  };
}

/** The `etiquette` binary: run, set the exit code, tidy up on Ctrl+C and a closed pipe. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // `etiquette check … | head` closes the pipe early: that is not a failure.
    if (error.code === "EPIPE") {
      removeLeftovers();
      process.exit(process.exitCode ?? EXIT.ok);
    }
    throw error;
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      removeLeftovers();
      if (process.stderr.isTTY) process.stderr.write("\r\u001b[2K");
      // Die of the signal itself, as the shell expects (status 130 for Ctrl+C). process.exit()
      // could wait for a read stuck in the thread pool (a network share, a named pipe).
      process.kill(process.pid, signal);
    });
  }
  void main(argv, processIO()).then((code) => {
    process.exitCode = code;
  });
}
