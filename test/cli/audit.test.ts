import { createHash } from "crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { AuditSummary, FindingRow } from "../../src/cli/report/audit-data";
import { monthOf } from "../../src/cli/report/audit-data";
import { CSV_COLUMNS } from "../../src/cli/report/tabular";
import { rules } from "../../src/engine/rules";
import { MAIL } from "./support/fixtures";
import { WAIVER_CLAUSE, waiverOnlyPolicy, writePolicy } from "./support/policies";
import { runCli } from "./support/run";

const policy = writePolicy(waiverOnlyPolicy("warn"));

type AuditJson = AuditSummary & { unreadable: { file: string; error: string }[]; findings: FindingRow[] };

/** RFC 4180 CSV, parsed strictly enough to prove the quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  expect(quoted).toBe(false);
  expect(cell).toBe("");
  return rows;
}

/** A folder of mail written to make trouble: markup, formulas, quotes and line breaks. */
function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "etiquette-hostile-"));
  const msg = (from: string, subject: string, body: string, date = "Mon, 06 Jan 2025 10:00:00 +0000") =>
    `From: ${from}\nTo: alan.green@gmail.com\nSubject: ${subject}\nDate: ${date}\nContent-Type: text/html; charset=utf-8\n\n${body}\n`;
  writeFileSync(
    join(dir, "script.eml"),
    msg('"<img src=x onerror=alert(1)>" <clerk@leighonseatowncouncil.gov.uk>', "<script>alert('subject')</script> & </td>", "<p>Hello <b>there</b></p><script>alert('body')</script>"),
  );
  writeFileSync(join(dir, "formula.eml"), msg("Tom Harris <tom.harris@leighonseatowncouncil.gov.uk>", '=HYPERLINK("http://evil.example","Click"), "quoted"', "<p>Hi</p>", "Tue, 04 Mar 2025 10:00:00 +0000"));
  writeFileSync(join(dir, "plus.eml"), msg("Tom Harris <tom.harris@leighonseatowncouncil.gov.uk>", "+44 1702 716288 -cmd @SUM(A1)", "<p>Hi</p>"));
  writeFileSync(join(dir, "resident.eml"), msg("Alan Green <alan.green@gmail.com>", "From outside", "<p>Hi</p>"));
  mkdirSync(join(dir, "<b>folder&"));
  writeFileSync(join(dir, "<b>folder&", "bad.msg"), "not a compound file");
  return dir;
}

describe("etiquette audit --format json", () => {
  it("gives totals, findings per rule, per role and per month, every finding and every unreadable file", async () => {
    const { code, stdout, stderr } = await runCli(["audit", MAIL, "--format", "json", "--policy", policy]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as AuditJson;
    expect(report.policy).toEqual({ council: "Leigh-on-Sea Town Council", version: "2021-05", file: policy });
    expect(report.scope).toBe("council");
    expect(report.totals).toEqual({ files: 17, skipped: 1, unreadable: 9, messages: 10, block: 0, warn: 5, pass: 5, findings: 5 });
    expect(report.byRule.map((r) => r.ruleId)).toEqual(rules.map((r) => r.meta.id));
    expect(report.byRule.find((r) => r.ruleId === "waiver-clause")).toMatchObject({ block: 0, warn: 5, findings: 5, messages: 5 });
    expect(report.byRole).toEqual([
      { role: "councillor", messages: 3, block: 0, warn: 3, pass: 0, findings: 3 },
      { role: "officer", messages: 7, block: 0, warn: 2, pass: 5, findings: 2 },
    ]);
    expect(report.byMonth.map((m) => [m.month, m.messages])).toEqual([
      ["2025-01", 3],
      ["2025-02", 4],
      ["2025-03", 3],
    ]);
    expect(report.findings).toHaveLength(5);
    expect(report.findings.every((f) => f.ruleId === "waiver-clause" && f.clause.text === WAIVER_CLAUSE)).toBe(true);
    expect(report.findings.map((f) => f.file.slice(MAIL.length + 1))).toEqual([
      "eml/councillor-reply.eml",
      "eml/officer-no-waiver.eml",
      "mbox/sent-items.mbox#2",
      "mbox/sent-items.mbox#3",
      "msg/councillor-reply.msg",
    ]);
    expect(report.findings[1]).toMatchObject({ date: "2025-03-04T10:15:00.000Z", month: "2025-03", from: "Jane Bennett <clerk@leighonseatowncouncil.gov.uk>", role: "officer", subject: "Your allotment application", verdict: "warn", severity: "warn" });
    expect(report.unreadable.map((u) => u.file.slice(MAIL.length + 1))).toEqual([
      "malformed/binary-junk.eml",
      "malformed/empty.eml",
      "malformed/empty.mbox",
      "malformed/junk.mbox",
      "malformed/looping.msg",
      "malformed/not-cfb.msg",
      "malformed/truncated.eml",
      "malformed/truncated.msg",
      "mbox/mixed.mbox#2",
    ]);
  });

  it("--senders all takes in mail from outside the council too", async () => {
    const report = JSON.parse((await runCli(["audit", join(MAIL, "eml"), "--format", "json", "--policy", policy, "--senders", "all"])).stdout) as AuditJson;
    expect(report.totals).toMatchObject({ messages: 5, skipped: 0 });
    expect(report.scope).toBe("all");
  });

  it("fills the months between the first and the last, and counts undated mail apart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-months-"));
    try {
      const mail = (date: string) => `From: clerk@leighonseatowncouncil.gov.uk\nTo: a@b.com\nSubject: x\n${date ? `Date: ${date}\n` : ""}\nHello\n`;
      writeFileSync(join(dir, "a.eml"), mail("Sat, 30 Nov 2024 12:00:00 +0000"));
      writeFileSync(join(dir, "b.eml"), mail("Mon, 31 Mar 2025 23:30:00 +0000"));
      writeFileSync(join(dir, "c.eml"), mail(""));
      const report = JSON.parse((await runCli(["audit", dir, "--format", "json", "--policy", policy])).stdout) as AuditJson;
      // 31 March 23:30 UTC is 1 April in London (BST).
      expect(report.byMonth.map((m) => [m.month, m.messages])).toEqual([
        ["2024-11", 1],
        ["2024-12", 0],
        ["2025-01", 0],
        ["2025-02", 0],
        ["2025-03", 0],
        ["2025-04", 1],
        ["unknown", 1],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("dates months in the council's time zone", () => {
    expect(monthOf(new Date("2025-03-31T23:30:00Z"))).toBe("2025-04");
    expect(monthOf(new Date("2025-01-31T23:30:00Z"))).toBe("2025-01");
    expect(monthOf(null)).toBe("unknown");
  });
});

describe("etiquette audit --out report.html", () => {
  it("writes one self-contained file: no scripts, nothing external, a CSP allowing only its own style", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-report-"));
    try {
      const out = join(dir, "report.html");
      const { code, stdout, stderr } = await runCli(["audit", MAIL, "--out", out, "--policy", policy]);
      expect([code, stdout, stderr]).toEqual([0, "", ""]);
      expect(readdirSync(dir)).toEqual(["report.html"]);
      const html = readFileSync(out, "utf8");
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
      expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|@import|url\(|javascript:/i);
      expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/\s(?:src|href)=/);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'$/);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
      expect(csp).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
      expect(html.match(/<style>/g)).toHaveLength(1);
      expect(html).not.toMatch(/\sstyle="/);

      // Totals, three charts, the table of findings with clause and evidence, the unreadable files.
      expect(html).toContain("<h1>Email policy audit: Leigh-on-Sea Town Council</h1>");
      expect(html).toMatch(/<span class="n">10<\/span> messages checked/);
      expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(3);
      expect(html).toContain('<title id="chart-month-title">Messages per month by outcome</title>');
      expect(html).toContain('<title id="chart-rule-title">Findings per rule by severity</title>');
      expect(html).toContain('<title id="chart-role-title">Messages per sender role by outcome</title>');
      expect(html).toContain("<h2 id=\"findings\">Every finding (5)</h2>");
      expect(html.match(/<td>waiver-clause<\/td><td class="sev-warn">warn<\/td>/g)).toHaveLength(5);
      expect(html).toContain(`<blockquote>Leigh-on-Sea Town Council, Use of Social Media, Internet &amp; Email Policy, 5 (Email Etiquette): “${WAIVER_CLAUSE}”</blockquote>`);
      expect(html).toContain("<td>body: (no waiver clause)</td>");
      expect(html).toContain("<h2 id=\"unreadable\">Unreadable files (9)</h2>");
      expect(html).toContain("This is not a readable Outlook .msg file: the directory loops back on itself.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("escapes every string that comes from an email", async () => {
    const dir = hostileFolder();
    try {
      const { stdout } = await runCli(["audit", dir, "--format", "html", "--policy", policy]);
      expect(stdout).not.toMatch(/<script|<img|onerror=alert\(1\)>|<b>folder/);
      expect(stdout).toContain("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; &lt;/td&gt;");
      expect(stdout).toContain("<td>&lt;img src=x onerror=alert(1)&gt; &lt;clerk@leighonseatowncouncil.gov.uk&gt;</td>");
      expect(stdout).toContain("&lt;b&gt;folder&amp;");
      // The table is well formed: one opening and one closing row tag per finding.
      const findings = stdout.slice(stdout.indexOf('id="findings"'), stdout.indexOf('id="unreadable"'));
      expect(findings.match(/<tr>/g)?.length).toBe(findings.match(/<\/tr>/g)?.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a terminal without --out gets a summary, not HTML", async () => {
    const { code, stdout } = await runCli(["audit", MAIL, "--policy", policy], { stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Email policy audit: Leigh-on-Sea Town Council \(policy 2021-05\)/);
    expect(stdout).toContain("10 messages checked from 17 files: 0 blocked, 5 with warnings, 5 passed; 5 findings.");
    expect(stdout).toContain("9 unreadable.");
    expect(stdout).toContain("1 not sent from the council, left out (--senders all to include them).");
    expect(stdout).toMatch(/waiver-clause\s+0 block\s+5 warn/);
    expect(stdout).toContain("--out report.html");
    // Piped, the same command writes the HTML report.
    expect((await runCli(["audit", MAIL, "--policy", policy])).stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it("tells a terminal what it wrote, and leaves no temporary files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-out-"));
    const spills = () => readdirSync(tmpdir()).filter((f) => f.startsWith("etiquette-audit-")).length;
    try {
      const before = spills();
      const { stderr } = await runCli(["audit", join(MAIL, "eml"), "--out", join(dir, "r.html"), "--policy", policy], { stderrTTY: true });
      expect(stderr).toContain(`Wrote ${join(dir, "r.html")}: 4 messages, 0 blocked, 2 with warnings, 2 findings.`);
      expect(spills()).toBe(before);
      expect(readdirSync(dir)).toEqual(["r.html"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("etiquette audit --format csv", () => {
  it("has one row per finding, per clean message and per unreadable file", async () => {
    const { code, stdout } = await runCli(["audit", MAIL, "--format", "csv", "--policy", policy]);
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(body.filter((r) => r[col("ruleId")] === "waiver-clause")).toHaveLength(5);
    expect(body.filter((r) => r[col("verdict")] === "pass")).toHaveLength(5);
    expect(body.filter((r) => r[col("verdict")] === "error")).toHaveLength(9);
    const finding = body.find((r) => r[col("file")].endsWith("officer-no-waiver.eml")) as string[];
    expect(finding[col("clausePolicy")]).toBe("Leigh-on-Sea Town Council, Use of Social Media, Internet & Email Policy");
    expect(finding[col("clauseText")]).toBe(WAIVER_CLAUSE);
    expect(finding[col("evidence")]).toBe("body: (no waiver clause)");
  });

  it("quotes properly and defuses formulas", async () => {
    const dir = hostileFolder();
    try {
      const rows = parseCsv((await runCli(["audit", dir, "--format", "csv", "--policy", policy])).stdout);
      const subjects = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf("subject")]);
      expect(subjects).toContain(`'=HYPERLINK("http://evil.example","Click"), "quoted"`);
      expect(subjects).toContain("'+44 1702 716288 -cmd @SUM(A1)");
      expect(subjects).toContain("<script>alert('subject')</script> & </td>");
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes the format from --out's extension unless --format is given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-ext-"));
    try {
      await runCli(["audit", join(MAIL, "eml"), "--out", join(dir, "r.csv"), "--policy", policy]);
      await runCli(["audit", join(MAIL, "eml"), "--out", join(dir, "r.json"), "--policy", policy]);
      await runCli(["audit", join(MAIL, "eml"), "--out", join(dir, "r.txt"), "--format", "csv", "--policy", policy]);
      expect(readFileSync(join(dir, "r.csv"), "utf8")).toMatch(/^file,date,month,/);
      expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).totals.messages).toBe(4);
      expect(readFileSync(join(dir, "r.txt"), "utf8")).toMatch(/^file,date,month,/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("etiquette audit: usage errors exit 2", () => {
  it.each([
    { args: ["audit"], message: /missing required argument 'folders'/ },
    { args: ["audit", "nowhere/"], message: /No such file or folder: nowhere\// },
    { args: ["audit", MAIL, "--out", "/no/such/folder/report.html"], message: /the folder \/no\/such\/folder does not exist/ },
    { args: ["audit", MAIL, "--senders", "some"], message: /Allowed choices are council, all/ },
    { args: ["audit", MAIL, "--policy", "missing.json"], message: /Policy file not found: missing\.json/ },
  ])("$args", async ({ args, message }) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});
