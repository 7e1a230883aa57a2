import { createReadStream, createWriteStream, promises as fs, type WriteStream } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createInterface } from "readline";
import type { Clause, Evidence, Role, Severity } from "../../engine/rule";
import { rules } from "../../engine/rules";
import type { Policy } from "../../policy";
import { keepOnExit, removeOnExit } from "../cleanup";
import type { Checked } from "../run";

/** Which messages an audit judges: those the council sent (default), or every one. */
export type AuditScope = "council" | "all";

export interface Counts {
  messages: number;
  block: number;
  warn: number;
  pass: number;
  findings: number;
}

export interface AuditTotals extends Counts {
  /** Mail files read (an mbox counts once). */
  files: number;
  /** Messages not sent from a council address, left out of the audit (scope "council"). */
  skipped: number;
  /** Files or messages that could not be read. */
  unreadable: number;
}

export interface RuleCounts {
  ruleId: string;
  description: string;
  block: number;
  warn: number;
  findings: number;
  /** Messages with at least one finding from this rule. */
  messages: number;
}

/** Everything but the row tables: small, whatever the size of the mail. */
export interface AuditSummary {
  generatedAt: string;
  policy: { council: string; version: string; file: string | null };
  inputs: string[];
  scope: AuditScope;
  totals: AuditTotals;
  byRule: RuleCounts[];
  byRole: (Counts & { role: Role })[];
  byMonth: (Counts & { month: string })[];
}

/** A finding as the report's table and the JSON and CSV list it. */
export interface FindingRow {
  file: string;
  date: string | null;
  month: string;
  from: string;
  role: Role;
  subject: string;
  verdict: "block" | "warn" | "pass";
  ruleId: string;
  severity: Severity;
  message: string;
  clause: Clause;
  evidence: Evidence[];
}

/** A checked message with no findings (only the CSV lists these, so every message has a row). */
export type PassRow = Omit<FindingRow, "ruleId" | "severity" | "message" | "clause" | "evidence">;

export interface UnreadableRow {
  file: string;
  error: string;
}

export type SpillRow = { k: "f"; r: FindingRow } | { k: "p"; r: PassRow } | { k: "e"; r: UnreadableRow };

const zero = (): Counts => ({ messages: 0, block: 0, warn: 0, pass: 0, findings: 0 });

const MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit" });

/** The month a message was sent, in the council's time zone: "2025-03", or "unknown". */
export function monthOf(date: Date | null): string {
  if (!date) return "unknown";
  const parts = MONTH.formatToParts(date);
  const y = parts.find((p) => p.type === "year")?.value;
  const m = parts.find((p) => p.type === "month")?.value;
  return y && m ? `${y}-${m}` : "unknown";
}

/**
 * Collects an audit as messages stream past: counts in memory, rows spilled to a temporary
 * NDJSON file, so ten thousand messages cost no more memory than ten.
 */
export class AuditCollector {
  private readonly totals: AuditTotals = { files: 0, skipped: 0, unreadable: 0, ...zero() };
  private readonly byRule = new Map<string, RuleCounts>();
  private readonly byRole = new Map<Role, Counts>();
  private readonly byMonth = new Map<string, Counts>();
  private readonly sources = new Set<string>();
  private spill!: WriteStream;
  private dir!: string;
  private spillPath!: string;

  private constructor(
    private readonly policy: Policy,
    private readonly policyFile: string | null,
    private readonly inputs: string[],
    private readonly scope: AuditScope,
  ) {
    for (const r of rules) this.byRule.set(r.meta.id, { ruleId: r.meta.id, description: r.meta.description, block: 0, warn: 0, findings: 0, messages: 0 });
  }

  static async create(policy: Policy, policyFile: string | null, inputs: string[], scope: AuditScope): Promise<AuditCollector> {
    const c = new AuditCollector(policy, policyFile, inputs, scope);
    c.dir = await fs.mkdtemp(join(tmpdir(), "etiquette-audit-"));
    removeOnExit(c.dir);
    c.spillPath = join(c.dir, "rows.ndjson");
    c.spill = createWriteStream(c.spillPath, { encoding: "utf8" });
    return c;
  }

  private pending = "";

  /** Rows are written in batches of about 64 KB: one write per row is most of the cost otherwise. */
  private async put(row: SpillRow): Promise<void> {
    this.pending += JSON.stringify(row) + "\n";
    if (this.pending.length >= 65536) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.pending;
    this.pending = "";
    if (text && !this.spill.write(text)) await new Promise<void>((resolve) => this.spill.once("drain", resolve));
  }

  /** Take in one checked message: counted, and its findings (or error) spilled as rows. */
  async add(checked: Checked): Promise<void> {
    if (!this.sources.has(checked.source)) {
      // Files arrive in order, one after another: only the current one need be remembered.
      this.sources.clear();
      this.sources.add(checked.source);
      this.totals.files++;
    }
    if (checked.skipped) {
      this.totals.skipped++;
      return;
    }
    const { verdict, facts } = checked;
    if (checked.error !== undefined || !verdict || !facts) {
      this.totals.unreadable++;
      await this.put({ k: "e", r: { file: checked.file, error: checked.error ?? "The message could not be checked." } });
      return;
    }
    const { from, subject, date } = facts;
    const month = monthOf(date);
    const role = verdict.role;
    const action = verdict.action;
    const buckets = [this.totals, this.bucket(this.byRole, role), this.bucket(this.byMonth, month)];
    for (const b of buckets) {
      b.messages++;
      b[action]++;
      b.findings += verdict.findings.length;
    }
    const base: PassRow = {
      file: checked.file,
      date: date ? date.toISOString() : null,
      month,
      from: from.name && from.address ? `${from.name} <${from.address}>` : from.address || from.name,
      role,
      subject,
      verdict: action,
    };
    const seenRules = new Set<string>();
    for (const f of verdict.findings) {
      const counts = this.byRule.get(f.ruleId) ?? { ruleId: f.ruleId, description: f.ruleId, block: 0, warn: 0, findings: 0, messages: 0 };
      this.byRule.set(f.ruleId, counts);
      counts[f.severity]++;
      counts.findings++;
      if (!seenRules.has(f.ruleId)) counts.messages++;
      seenRules.add(f.ruleId);
      await this.put({ k: "f", r: { ...base, ruleId: f.ruleId, severity: f.severity, message: f.message, clause: f.clause, evidence: f.evidence } });
    }
    if (verdict.findings.length === 0) await this.put({ k: "p", r: base });
  }

  private bucket<K>(map: Map<K, Counts>, key: K): Counts {
    let b = map.get(key);
    if (!b) map.set(key, (b = zero()));
    return b;
  }

  /** Close the spill and give the summary; rows are read back with {@link rows}. */
  async finish(now = new Date()): Promise<AuditSummary> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.spill.end((err?: Error | null) => (err ? reject(err) : resolve())));
    const months = [...this.byMonth.entries()].sort(([a], [b]) => (a === "unknown" ? 1 : b === "unknown" ? -1 : a.localeCompare(b)));
    const roles: Role[] = ["councillor", "officer"];
    return {
      generatedAt: now.toISOString(),
      policy: { council: this.policy.council.name, version: this.policy.version, file: this.policyFile },
      inputs: this.inputs,
      scope: this.scope,
      totals: { ...this.totals },
      byRule: [...this.byRule.values()],
      byRole: roles.map((role) => ({ role, ...(this.byRole.get(role) ?? zero()) })),
      byMonth: fillMonths(months).map(([month, c]) => ({ month, ...c })),
    };
  }

  /** Read the spilled rows back, in the order they came, optionally of one kind. */
  async *rows<K extends SpillRow["k"]>(...kinds: K[]): AsyncGenerator<Extract<SpillRow, { k: K }>> {
    const lines = createInterface({ input: createReadStream(this.spillPath, { encoding: "utf8" }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const row = JSON.parse(line) as SpillRow;
      if (kinds.length === 0 || (kinds as string[]).includes(row.k)) yield row as Extract<SpillRow, { k: K }>;
    }
  }

  /** Remove the temporary files. */
  async dispose(): Promise<void> {
    this.spill?.destroy();
    if (this.dir) {
      await fs.rm(this.dir, { recursive: true, force: true });
      keepOnExit(this.dir);
    }
  }
}

/** Months between the first and last with mail, so a quiet month shows as a gap, not nothing. */
function fillMonths(sorted: [string, Counts][]): [string, Counts][] {
  const known = sorted.filter(([m]) => m !== "unknown");
  if (known.length < 2) return sorted;
  const out: [string, Counts][] = [];
  const have = new Map(sorted);
  let [y, m] = known[0][0].split("-").map(Number);
  const [ly, lm] = known[known.length - 1][0].split("-").map(Number);
  // A stray date decades away would make thousands of empty months: cap the fill.
  if ((ly - y) * 12 + (lm - m) > 240) return sorted;
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push([key, have.get(key) ?? zero()]);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  if (have.has("unknown")) out.push(["unknown", have.get("unknown") as Counts]);
  return out;
}
