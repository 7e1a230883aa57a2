import { createHash } from "crypto";
import { formatClause, formatEvidence } from "../format";
import type { AuditCollector, AuditSummary, Counts } from "./audit-data";
import { escapeHtml as esc } from "./escape";
import { horizontalBars, verticalBars, type Series } from "./svg";

const COLOURS = { block: "#b3261e", warn: "#a15c00", pass: "#2e7d32" };

const STYLE = `
:root { color-scheme: light; --block: ${COLOURS.block}; --warn: ${COLOURS.warn}; --pass: ${COLOURS.pass}; --ink: #1b1b1b; --muted: #5f6368; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; padding: 24px; max-width: 1200px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 150px; }
.cards .n { display: block; font-size: 1.6rem; font-weight: 600; }
.cards .block .n { color: var(--block); } .cards .warn .n { color: var(--warn); } .cards .pass .n { color: var(--pass); }
svg.chart { max-width: 100%; height: auto; display: block; margin: 8px 0; }
svg .block { fill: var(--block); } svg .warn { fill: var(--warn); } svg .pass { fill: var(--pass); }
svg text { fill: var(--ink); } svg .axis { fill: var(--muted); } svg .grid { stroke: var(--line); }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f3f3; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev-block { color: var(--block); font-weight: 600; } .sev-warn { color: var(--warn); font-weight: 600; }
details { margin: 4px 0 12px; } summary { cursor: pointer; color: var(--muted); }
blockquote { margin: 2px 0 0; padding-left: 8px; border-left: 3px solid var(--line); color: var(--muted); }
.note { color: var(--muted); font-size: 13px; }
@media print { body { padding: 0; max-width: none; } th { position: static; } details > summary { display: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/** The style block's hash, so the CSP allows exactly this stylesheet and nothing else. */
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

const fmt = (n: number) => n.toLocaleString("en-GB");
const ROLE_LABEL = { councillor: "Councillors", officer: "Officers" } as const;
const pct = (n: number, of: number) => (of > 0 ? `${Math.round((n / of) * 100)}%` : "–");

function outcomeSeries(rows: readonly Counts[]): Series[] {
  return [
    { name: "blocked", className: "block", fill: COLOURS.block, values: rows.map((r) => r.block) },
    { name: "warnings", className: "warn", fill: COLOURS.warn, values: rows.map((r) => r.warn) },
    { name: "passed", className: "pass", fill: COLOURS.pass, values: rows.map((r) => r.pass) },
  ];
}

function countsTable(caption: string, head: string, rows: { label: string; counts: Counts }[]): string {
  let out = `<details><summary>${esc(caption)} as a table</summary><table><thead><tr><th>${esc(head)}</th><th class="num">Messages</th><th class="num">Blocked</th><th class="num">Warnings</th><th class="num">Passed</th><th class="num">Findings</th></tr></thead><tbody>`;
  for (const { label, counts: c } of rows) {
    out += `<tr><td>${esc(label)}</td><td class="num">${fmt(c.messages)}</td><td class="num">${fmt(c.block)}</td><td class="num">${fmt(c.warn)}</td><td class="num">${fmt(c.pass)}</td><td class="num">${fmt(c.findings)}</td></tr>`;
  }
  return out + "</tbody></table></details>";
}

function monthLabel(month: string): string {
  if (month === "unknown") return "No date";
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}

/** The head and the summary sections: everything above the table of findings. */
export function htmlHead(s: AuditSummary): string {
  const t = s.totals;
  const title = `Email policy audit: ${s.policy.council}`;
  const scope =
    s.scope === "council"
      ? `Messages sent from the council's own addresses (${fmt(t.skipped)} from elsewhere ${t.skipped === 1 ? "was" : "were"} left out).`
      : "Every message, whoever sent it.";
  let html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">Checked against the ${esc(s.policy.council)} email policy, version ${esc(s.policy.version)}${s.policy.file ? ` (${esc(s.policy.file)})` : ""}. Generated ${esc(new Date(s.generatedAt).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" }))} from ${esc(s.inputs.join(", "))}. ${esc(scope)}</p>
</header>
<main>
<section aria-labelledby="totals"><h2 id="totals">Totals</h2>
<ul class="cards">
<li><span class="n">${fmt(t.messages)}</span> messages checked</li>
<li class="block"><span class="n">${fmt(t.block)}</span> would have been blocked (${pct(t.block, t.messages)})</li>
<li class="warn"><span class="n">${fmt(t.warn)}</span> with warnings (${pct(t.warn, t.messages)})</li>
<li class="pass"><span class="n">${fmt(t.pass)}</span> kept the policy (${pct(t.pass, t.messages)})</li>
<li><span class="n">${fmt(t.findings)}</span> findings</li>
<li><span class="n">${fmt(t.unreadable)}</span> unreadable</li>
</ul>
<p class="note">${fmt(t.files)} mail files read. A message is blocked when any finding blocks, has warnings when the worst finding warns, and passes with none.</p>
</section>
`;
  const months = s.byMonth;
  html += `<section aria-labelledby="per-month"><h2 id="per-month">Per month</h2>`;
  html += months.length
    ? verticalBars({ id: "chart-month", title: "Messages per month by outcome", description: `Stacked bars of blocked, warned and passed messages for each month, ${months.length} months.`, categories: months.map((m) => monthLabel(m.month)), series: outcomeSeries(months) }) +
      countsTable("Per month", "Month", months.map((m) => ({ label: monthLabel(m.month), counts: m })))
    : `<p>No messages.</p>`;
  html += `</section>\n<section aria-labelledby="per-rule"><h2 id="per-rule">Findings per rule</h2>`;
  html += horizontalBars({
    id: "chart-rule",
    title: "Findings per rule by severity",
    description: "Stacked bars of blocking and warning findings for each rule of the policy.",
    categories: s.byRule.map((r) => r.ruleId),
    series: [
      { name: "block", className: "block", fill: COLOURS.block, values: s.byRule.map((r) => r.block) },
      { name: "warn", className: "warn", fill: COLOURS.warn, values: s.byRule.map((r) => r.warn) },
    ],
  });
  html += `<details><summary>Findings per rule as a table</summary><table><thead><tr><th>Rule</th><th>What it checks</th><th class="num">Block</th><th class="num">Warn</th><th class="num">Messages</th></tr></thead><tbody>`;
  for (const r of s.byRule) html += `<tr><td>${esc(r.ruleId)}</td><td>${esc(r.description)}</td><td class="num">${fmt(r.block)}</td><td class="num">${fmt(r.warn)}</td><td class="num">${fmt(r.messages)}</td></tr>`;
  html += `</tbody></table></details></section>\n<section aria-labelledby="per-role"><h2 id="per-role">Per sender role</h2>`;
  html += horizontalBars({ id: "chart-role", title: "Messages per sender role by outcome", description: "Stacked bars of blocked, warned and passed messages sent by councillors and by officers.", categories: s.byRole.map((r) => ROLE_LABEL[r.role]), series: outcomeSeries(s.byRole) });
  html += countsTable("Per sender role", "Role", s.byRole.map((r) => ({ label: ROLE_LABEL[r.role], counts: r })));
  html += `</section>\n`;
  return html;
}

/**
 * Write the self-contained HTML report: no scripts, no external styles, fonts or images, a
 * CSP that allows only its own stylesheet, and every string from an email escaped.
 */
export async function writeHtml(summary: AuditSummary, data: AuditCollector, put: (s: string) => Promise<void>): Promise<void> {
  await put(htmlHead(summary));
  await put(`<section aria-labelledby="findings"><h2 id="findings">Every finding (${fmt(summary.totals.findings)})</h2>`);
  if (summary.totals.findings === 0) {
    await put(`<p>No findings.</p>`);
  } else {
    await put(`<table><thead><tr><th>Date</th><th>File</th><th>From</th><th>Role</th><th>Subject</th><th>Rule</th><th>Severity</th><th>Finding and clause</th><th>Evidence</th></tr></thead><tbody>\n`);
    let batch = "";
    let n = 0;
    for await (const { r } of data.rows("f")) {
      const date = r.date ? new Date(r.date).toLocaleDateString("en-GB", { timeZone: "Europe/London" }) : "";
      batch +=
        `<tr><td>${esc(date)}</td><td>${esc(r.file)}</td><td>${esc(r.from)}</td><td>${esc(r.role)}</td><td>${esc(r.subject)}</td>` +
        `<td>${esc(r.ruleId)}</td><td class="sev-${esc(r.severity)}">${esc(r.severity)}</td>` +
        `<td>${esc(r.message)}<blockquote>${esc(formatClause(r.clause))}</blockquote></td>` +
        `<td>${r.evidence.map((e) => esc(formatEvidence(e))).join("<br>")}</td></tr>\n`;
      if (++n % 200 === 0) {
        await put(batch);
        batch = "";
      }
    }
    await put(batch + `</tbody></table>`);
  }
  await put(`</section>\n<section aria-labelledby="unreadable"><h2 id="unreadable">Unreadable files (${fmt(summary.totals.unreadable)})</h2>`);
  if (summary.totals.unreadable === 0) {
    await put(`<p>Every file could be read.</p>`);
  } else {
    await put(`<table><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>\n`);
    for await (const { r } of data.rows("e")) await put(`<tr><td>${esc(r.file)}</td><td>${esc(r.error)}</td></tr>\n`);
    await put(`</tbody></table>`);
  }
  await put(`</section>\n</main>\n<footer><p class="note">Made by <code>etiquette audit</code> (Council Email Etiquette). Findings cite the clause of the council's policy each rule enforces.</p></footer>\n</body>\n</html>\n`);
}
