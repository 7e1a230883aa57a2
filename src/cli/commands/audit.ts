import { createWriteStream, promises as fs, type WriteStream } from "fs";
import { basename, dirname, extname, join } from "path";
import { keepOnExit, removeOnExit } from "../cleanup";
import { UsageError, EXIT } from "../errors";
import { paint, terminalSafe, useColour, write, type CliIO, type OutStream, type Paint } from "../io";
import { missingInputs } from "../mail/read";
import { loadPolicy } from "../policy/load";
import { Progress } from "../progress";
import { AuditCollector, type AuditScope, type AuditSummary } from "../report/audit-data";
import { writeHtml } from "../report/html";
import { writeCsv, writeJson } from "../report/tabular";
import { checkAll } from "../run";

export type AuditFormat = "html" | "json" | "csv";

export interface AuditOptions {
  policy?: string;
  out?: string;
  format?: AuditFormat;
  scope: AuditScope;
  progress: boolean;
  color?: boolean;
  /** Worker threads for large batches (default 1: everything on the main thread). */
  jobs?: number;
}

const BY_EXTENSION: Record<string, AuditFormat> = { ".html": "html", ".htm": "html", ".json": "json", ".csv": "csv" };

/** The format: as asked, else by the --out file's extension, else HTML. */
export function auditFormat(options: Pick<AuditOptions, "format" | "out">): AuditFormat {
  return options.format ?? (options.out ? BY_EXTENSION[extname(options.out).toLowerCase()] : undefined) ?? "html";
}

const fmt = (n: number) => n.toLocaleString("en-GB");

/** The audit's summary for a terminal, when no report file was asked for. */
export function summaryText(s: AuditSummary, p: Paint): string {
  const t = s.totals;
  let out = `${p.bold(`Email policy audit: ${terminalSafe(s.policy.council)}`)} (policy ${terminalSafe(s.policy.version)})\n\n`;
  out += `${fmt(t.messages)} messages checked from ${fmt(t.files)} files: ${p.red(`${fmt(t.block)} blocked`)}, ${p.yellow(`${fmt(t.warn)} with warnings`)}, ${p.green(`${fmt(t.pass)} passed`)}; ${fmt(t.findings)} findings.\n`;
  if (t.unreadable) out += p.red(`${fmt(t.unreadable)} unreadable.\n`);
  if (t.skipped) out += p.dim(`${fmt(t.skipped)} not sent from the council, left out (--senders all to include them).\n`);
  out += `\n${p.bold("Findings per rule")}\n`;
  for (const r of s.byRule) out += `  ${r.ruleId.padEnd(24)} ${String(r.block).padStart(6)} block ${String(r.warn).padStart(6)} warn\n`;
  out += `\n${p.bold("Per sender role")}\n`;
  for (const r of s.byRole) out += `  ${r.role.padEnd(24)} ${String(r.messages).padStart(6)} messages ${String(r.block).padStart(6)} blocked ${String(r.warn).padStart(6)} warned\n`;
  out += `\n${p.bold("Per month")}\n`;
  for (const m of s.byMonth) out += `  ${m.month.padEnd(24)} ${String(m.messages).padStart(6)} messages ${String(m.block).padStart(6)} blocked ${String(m.warn).padStart(6)} warned\n`;
  return out + p.dim(`\nFor the full report: etiquette audit ${s.inputs.map((i) => terminalSafe(i)).join(" ")} --out report.html\n`);
}

async function openOut(path: string): Promise<{ stream: WriteStream; temp: string }> {
  const dir = dirname(path);
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new UsageError(`Cannot write ${path}: the folder ${dir} does not exist.`);
  const existing = await fs.stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`Cannot write ${path}: it is a folder.`);
  // Write beside the target and rename at the end, so a failed run never leaves half a report.
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  removeOnExit(temp);
  const stream = createWriteStream(temp, { encoding: "utf8" });
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", (e) => reject(new UsageError(`Cannot write ${path}: ${e.message}`)));
  });
  return { stream, temp };
}

/** `etiquette audit`: check every message under the folders and write the report. */
export async function runAudit(inputs: string[], options: AuditOptions, io: CliIO): Promise<number> {
  const missing = await missingInputs(inputs);
  if (missing.length) throw new UsageError(`No such file or folder: ${missing.join(", ")}`);
  const loaded = await loadPolicy(options.policy, io.env);
  const format = auditFormat(options);
  const toTerminal = !options.out && !options.format && io.stdout.isTTY === true;
  const progress = Progress.for(io.stderr, options.progress);
  let target: Awaited<ReturnType<typeof openOut>> | null = null;
  let data: AuditCollector | null = null;
  try {
    target = options.out ? await openOut(options.out) : null;
    data = await AuditCollector.create(loaded.policy, loaded.file, inputs, options.scope);
    for await (const checked of checkAll(inputs, loaded.policy, { scope: options.scope, jobs: options.jobs ?? 1, progress })) await data.add(checked);
    progress.clear();
    const summary = await data.finish();
    if (toTerminal) {
      await write(io.stdout, summaryText(summary, paint(useColour(io.stdout, io.env, options.color))));
      return EXIT.ok;
    }
    const out: OutStream = target ? target.stream : io.stdout;
    const put = (s: string) => write(out, s);
    if (format === "html") await writeHtml(summary, data, put);
    else if (format === "json") await writeJson(summary, data, put);
    else await writeCsv(data, put);
    if (target && options.out) {
      const { stream } = target;
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      await fs.rename(target.temp, options.out);
      if (io.stderr.isTTY) {
        const t = summary.totals;
        await write(io.stderr, `Wrote ${options.out}: ${fmt(t.messages)} messages, ${fmt(t.block)} blocked, ${fmt(t.warn)} with warnings, ${fmt(t.findings)} findings${t.unreadable ? `, ${fmt(t.unreadable)} unreadable` : ""}.\n`);
      }
    }
    return EXIT.ok;
  } finally {
    progress.clear();
    await data?.dispose();
    if (target) {
      target.stream.destroy();
      await fs.rm(target.temp, { force: true });
      keepOnExit(target.temp);
    }
  }
}
