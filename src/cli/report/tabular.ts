import { formatEvidence } from "../format";
import type { AuditCollector, AuditSummary } from "./audit-data";
import { csvRow } from "./escape";

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  "file",
  "date",
  "month",
  "from",
  "role",
  "subject",
  "verdict",
  "ruleId",
  "severity",
  "message",
  "clausePolicy",
  "clauseSection",
  "clauseText",
  "evidence",
  "error",
] as const;

/**
 * The audit as CSV: one row per finding; a message with no findings gets one row with the
 * rule columns empty, and an unreadable file one row with only `file`, `verdict` "error" and
 * `error`, so every message is counted and a pivot table gives the report's totals.
 */
export async function writeCsv(data: AuditCollector, put: (s: string) => Promise<void>): Promise<void> {
  await put(csvRow(CSV_COLUMNS));
  let batch = "";
  let n = 0;
  for await (const row of data.rows()) {
    if (row.k === "e") {
      batch += csvRow([row.r.file, "", "", "", "", "", "error", "", "", "", "", "", "", "", row.r.error]);
    } else {
      const r = row.r;
      const head = [r.file, r.date ?? "", r.month, r.from, r.role, r.subject, r.verdict];
      batch +=
        row.k === "f"
          ? csvRow([...head, row.r.ruleId, row.r.severity, row.r.message, row.r.clause.policy, row.r.clause.section, row.r.clause.text, row.r.evidence.map(formatEvidence).join("; "), ""])
          : csvRow([...head, "", "", "", "", "", "", "", ""]);
    }
    if (++n % 500 === 0) {
      await put(batch);
      batch = "";
    }
  }
  await put(batch);
}

/**
 * The audit as JSON: the summary (totals, byRule, byRole, byMonth), then `unreadable` and
 * `findings` streamed row by row.
 */
export async function writeJson(summary: AuditSummary, data: AuditCollector, put: (s: string) => Promise<void>): Promise<void> {
  const head = JSON.stringify(summary, null, 2);
  await put(head.slice(0, head.lastIndexOf("}")).trimEnd() + `,\n  "unreadable": [`);
  let first = true;
  for await (const { r } of data.rows("e")) {
    await put(`${first ? "" : ","}\n    ${JSON.stringify(r)}`);
    first = false;
  }
  await put(`${first ? "" : "\n  "}],\n  "findings": [`);
  first = true;
  let batch = "";
  let n = 0;
  for await (const { r } of data.rows("f")) {
    batch += `${first ? "" : ","}\n    ${JSON.stringify(r)}`;
    first = false;
    if (++n % 500 === 0) {
      await put(batch);
      batch = "";
    }
  }
  await put(`${batch}${first ? "" : "\n  "}]\n}\n`);
}

