import type { Clause, Evidence, Finding, Role, Severity } from "../../engine/rule";
import { EXIT, UsageError } from "../errors";
import { formatClause, formatEvidence } from "../format";
import { paint, terminalSafe, useColour, write, type CliIO, type Paint } from "../io";
import { missingInputs } from "../mail/read";
import { describePolicy, loadPolicy } from "../policy/load";
import { Progress } from "../progress";
import { checkAll, type Checked } from "../run";

export type CheckFormat = "text" | "json";
export type OnError = "allow" | "block";

export interface CheckOptions {
  policy?: string;
  format: CheckFormat;
  onError?: OnError;
  quiet?: boolean;
  progress: boolean;
  color?: boolean;
  /** Worker threads for large batches (default 1: everything on the main thread). */
  jobs?: number;
}

/** A finding as `check --format json` prints it. */
export interface ResultFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  clause: Clause;
  evidence: Evidence[];
}

/**
 * One message's result. An unreadable file or message has verdict "error", role null, no
 * findings and an `error` sentence saying why; the batch goes on.
 */
export interface CheckResult {
  file: string;
  verdict: "block" | "warn" | "pass" | "error";
  role: Role | null;
  findings: ResultFinding[];
  error?: string;
}

export function toResultFinding(f: Finding): ResultFinding {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, clause: f.clause, evidence: f.evidence };
}

export function toResult({ file, verdict, error }: Checked): CheckResult {
  if (!verdict || error !== undefined) return { file, verdict: "error", role: null, findings: [], error: error ?? "The message could not be checked." };
  return { file, verdict: verdict.action, role: verdict.role, findings: verdict.findings.map(toResultFinding) };
}

const LABEL: Record<CheckResult["verdict"], string> = { block: "BLOCK", warn: "WARN ", pass: "PASS ", error: "ERROR" };

function colourFor(p: Paint, verdict: CheckResult["verdict"]): (s: string) => string {
  return verdict === "block" || verdict === "error" ? p.red : verdict === "warn" ? p.yellow : p.green;
}

/** A result as readable text: a heading line, then each finding with its clause and evidence. */
export function formatResultText(r: CheckResult, subject: string | undefined, p: Paint): string {
  const tag = colourFor(p, r.verdict)(p.bold(LABEL[r.verdict]));
  const role = r.role ? p.dim(` (${r.role})`) : "";
  let out = `${tag}  ${terminalSafe(r.file)}${role}\n`;
  if (subject) out += `       ${p.dim(`Subject: ${terminalSafe(subject)}`)}\n`;
  if (r.error) out += `       ${terminalSafe(r.error)}\n`;
  for (const f of r.findings) {
    const sev = (f.severity === "block" ? p.red : p.yellow)(f.severity.padEnd(5));
    out += `  ${sev} ${p.cyan(f.ruleId)}  ${terminalSafe(f.message)}\n`;
    out += `        ${p.dim("Clause:")} ${terminalSafe(formatClause(f.clause))}\n`;
    for (const e of f.evidence) out += `        ${p.dim("Evidence:")} ${terminalSafe(formatEvidence(e))}\n`;
  }
  return out + (r.findings.length || r.error ? "\n" : "");
}

interface Tally {
  messages: number;
  block: number;
  warn: number;
  pass: number;
  error: number;
}

function summaryText(t: Tally, p: Paint): string {
  const parts = [
    p.red(`${t.block} blocked`),
    p.yellow(`${t.warn} with warnings`),
    p.green(`${t.pass} passed`),
    ...(t.error ? [p.red(`${t.error} unreadable`)] : []),
  ];
  return `\n${t.messages} message${t.messages === 1 ? "" : "s"} checked: ${parts.join(", ")}.\n`;
}

/** `etiquette check`: judge each message, print results, exit 1 if anything blocks. */
export async function runCheck(files: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const missing = await missingInputs(files);
  if (missing.length) throw new UsageError(`No such file or folder: ${missing.join(", ")}`);
  const loaded = await loadPolicy(options.policy, io.env);
  const onError: OnError = options.onError ?? (loaded.policy.outlook.onFailure === "block" ? "block" : "allow");
  const p = paint(options.format === "text" && useColour(io.stdout, io.env, options.color));
  const progress = Progress.for(io.stderr, options.progress);
  const tally: Tally = { messages: 0, block: 0, warn: 0, pass: 0, error: 0 };

  if (options.format === "json") await write(io.stdout, '{\n  "results": [');
  else if (!options.quiet) await write(io.stdout, p.dim(`Policy: ${terminalSafe(describePolicy(loaded))}\n\n`));

  for await (const checked of checkAll(files, loaded.policy, { scope: "all", jobs: options.jobs ?? 1, progress })) {
    const result = toResult(checked);
    tally.messages++;
    tally[result.verdict]++;
    for (const e of checked.verdict?.errors ?? []) {
      progress.clear();
      await write(io.stderr, `etiquette: rule ${e.ruleId} failed on ${terminalSafe(result.file)}: ${terminalSafe(e.message)}\n`);
    }
    if (options.format === "json") {
      const json = JSON.stringify(result, null, 2).replace(/\n/g, "\n    ");
      await write(io.stdout, `${tally.messages > 1 ? "," : ""}\n    ${json}`);
    } else if (!(options.quiet && result.verdict === "pass")) {
      if (io.stdout.isTTY && io.stderr.isTTY) progress.clear();
      await write(io.stdout, formatResultText(result, checked.facts?.subject, p));
    }
  }
  progress.clear();

  if (options.format === "json") await write(io.stdout, `${tally.messages ? "\n  " : ""}]\n}\n`);
  else await write(io.stdout, tally.messages ? summaryText(tally, p) : "No .eml, .msg or .mbox files found.\n");

  if (tally.block > 0 || (onError === "block" && tally.error > 0)) return EXIT.block;
  return EXIT.ok;
}
