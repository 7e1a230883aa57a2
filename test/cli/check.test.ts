import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CheckResult } from "../../src/cli/commands/check";
import { MAIL } from "./support/fixtures";
import { WAIVER_CLAUSE, waiverOnlyPolicy, writePolicy } from "./support/policies";
import { runCli } from "./support/run";

const m = (path: string) => join(MAIL, path);
const ANSI = /\u001b\[/;

async function checkJson(args: string[], env: Record<string, string> = {}) {
  const run = await runCli(["check", "--format", "json", ...args], { env });
  return { ...run, results: (JSON.parse(run.stdout) as { results: CheckResult[] }).results };
}

const waiverWarn = writePolicy(waiverOnlyPolicy("warn"));
const waiverBlock = writePolicy(waiverOnlyPolicy("block"));
const waiverBlockOnFailure = writePolicy(waiverOnlyPolicy("warn", { outlook: { header: "X-Council-Etiquette", onFailure: "block" } }));

describe("etiquette check --format json", () => {
  it("prints exactly { results: [ { file, verdict, role, findings } ] } with the waiver finding", async () => {
    const { code, results, stderr } = await checkJson([m("eml/officer-no-waiver.eml")]);
    expect(stderr).toBe("");
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(Object.keys(r)).toEqual(["file", "verdict", "role", "findings"]);
    expect(r.file).toBe(m("eml/officer-no-waiver.eml"));
    expect(r.role).toBe("officer");
    const waiver = r.findings.find((f) => f.ruleId === "waiver-clause");
    expect(waiver).toBeDefined();
    expect(Object.keys(waiver as object)).toEqual(["ruleId", "severity", "message", "clause", "evidence"]);
    expect(waiver?.severity).toBe("warn");
    expect(waiver?.clause.text).toBe(WAIVER_CLAUSE);
    expect(waiver?.evidence[0].field).toBe("body");
    // Other rules are still being written: whatever they find, the exit code follows the verdict.
    expect(code).toBe(r.verdict === "block" ? 1 : 0);
  });

  it("with only the waiver rule on: warn and pass exit 0", async () => {
    const { code, results } = await checkJson(["--policy", waiverWarn, m("eml/officer-no-waiver.eml"), m("eml/officer-complete.eml")]);
    expect(results.map((r) => [r.verdict, r.findings.map((f) => f.ruleId)])).toEqual([
      ["warn", ["waiver-clause"]],
      ["pass", []],
    ]);
    expect(code).toBe(0);
  });

  it("exits 1 when something blocks", async () => {
    const { code, results } = await checkJson(["--policy", waiverBlock, m("eml/officer-complete.eml"), m("eml/officer-no-waiver.eml")]);
    expect(results.map((r) => r.verdict)).toEqual(["pass", "block"]);
    expect(code).toBe(1);
  });

  it("checks every format: .eml, .msg, every message of an .mbox, and reports unreadable files", async () => {
    const { code, results } = await checkJson(["--policy", waiverWarn, MAIL]);
    const byFile = Object.fromEntries(results.map((r) => [r.file.slice(MAIL.length + 1), r]));
    expect(Object.keys(byFile)).toEqual([
      "eml/councillor-reply.eml",
      "eml/forward-confidential.eml",
      "eml/from-resident.eml",
      "eml/officer-complete.eml",
      "eml/officer-no-waiver.eml",
      "malformed/binary-junk.eml",
      "malformed/empty.eml",
      "malformed/empty.mbox",
      "malformed/junk.mbox",
      "malformed/looping.msg",
      "malformed/not-cfb.msg",
      "malformed/truncated.eml",
      "malformed/truncated.msg",
      "mbox/mixed.mbox#1",
      "mbox/mixed.mbox#2",
      "mbox/sent-items.mbox#1",
      "mbox/sent-items.mbox#2",
      "mbox/sent-items.mbox#3",
      "msg/councillor-reply.msg",
      "msg/officer-report.msg",
    ]);
    expect(byFile["msg/officer-report.msg"]).toEqual({ file: m("msg/officer-report.msg"), verdict: "pass", role: "officer", findings: [] });
    expect(byFile["msg/councillor-reply.msg"]).toMatchObject({ verdict: "warn", role: "councillor", findings: [{ ruleId: "waiver-clause" }] });
    expect(byFile["mbox/sent-items.mbox#1"].verdict).toBe("pass");
    expect(byFile["mbox/sent-items.mbox#2"]).toMatchObject({ verdict: "warn", role: "councillor" });
    expect(byFile["eml/councillor-reply.eml"]).toMatchObject({ verdict: "warn", role: "councillor" });
    for (const bad of ["malformed/truncated.eml", "malformed/not-cfb.msg", "malformed/empty.mbox", "malformed/binary-junk.eml", "mbox/mixed.mbox#2"]) {
      expect(byFile[bad]).toEqual({ file: m(bad), verdict: "error", role: null, findings: [], error: expect.any(String) });
    }
    // Unreadable files do not block under the built-in policy's onFailure: "allow".
    expect(code).toBe(0);
  });

  it("makes an unreadable file count like a block with --on-error block, or the policy's onFailure", async () => {
    expect((await checkJson(["--policy", waiverWarn, "--on-error", "block", m("malformed/not-cfb.msg")])).code).toBe(1);
    expect((await checkJson(["--policy", waiverBlockOnFailure, m("malformed/not-cfb.msg")])).code).toBe(1);
    expect((await checkJson(["--policy", waiverBlockOnFailure, "--on-error", "allow", m("malformed/not-cfb.msg")])).code).toBe(0);
  });

  it("prints an empty result list for a folder with no mail", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-empty-"));
    try {
      const { code, stdout } = await runCli(["check", "--format", "json", dir]);
      expect(JSON.parse(stdout)).toEqual({ results: [] });
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("uses the policy named by $ETIQUETTE_POLICY", async () => {
    const { results } = await checkJson([m("eml/officer-no-waiver.eml")], { ETIQUETTE_POLICY: waiverBlock });
    expect(results[0].verdict).toBe("block");
  });
});

describe("etiquette check (text)", () => {
  it("shows each finding with its clause and evidence, and a summary, without colour when piped", async () => {
    const { code, stdout, stderr } = await runCli(["check", "--policy", waiverWarn, m("eml/officer-no-waiver.eml"), m("malformed/truncated.eml")]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).toContain(`WARN   ${m("eml/officer-no-waiver.eml")} (officer)`);
    expect(stdout).toContain("Subject: Your allotment application");
    expect(stdout).toContain("warn  waiver-clause  Add the council's waiver clause");
    expect(stdout).toContain(`Clause: Leigh-on-Sea Town Council, Use of Social Media, Internet & Email Policy, 5 (Email Etiquette): “${WAIVER_CLAUSE}”`);
    expect(stdout).toContain("Evidence: body: (no waiver clause)");
    expect(stdout).toContain(`ERROR  ${m("malformed/truncated.eml")}`);
    expect(stdout).toContain("The message is incomplete");
    expect(stdout).toMatch(/2 messages checked: 0 blocked, 1 with warnings, 0 passed, 1 unreadable\.\n$/);
  });

  it("colours only a terminal, and never with NO_COLOR or --no-color", async () => {
    const args = ["check", "--policy", waiverWarn, m("eml/officer-no-waiver.eml")];
    expect((await runCli(args, { stdoutTTY: true })).stdout).toMatch(ANSI);
    expect((await runCli(args, { stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await runCli([...args, "--no-color"], { stdoutTTY: true })).stdout).not.toMatch(ANSI);
    expect((await runCli(args, { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
  });

  it("--quiet leaves out the messages that pass", async () => {
    const { stdout } = await runCli(["check", "--quiet", "--policy", waiverWarn, m("eml/officer-complete.eml"), m("eml/officer-no-waiver.eml")]);
    expect(stdout).not.toContain("officer-complete.eml");
    expect(stdout).toContain("officer-no-waiver.eml");
    expect(stdout).toContain("1 passed");
  });

  it("neutralises terminal escape sequences and bidi controls from the email", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-esc-"));
    try {
      const file = join(dir, "evil.eml");
      writeFileSync(file, "From: clerk@leighonseatowncouncil.gov.uk\nTo: a@b.com\nSubject: Hello \u001b]0;owned\u0007\u001b[2J \u202eevil\n\nHi\n");
      const { stdout } = await runCli(["check", "--policy", waiverWarn, file]);
      expect(stdout).toContain("Subject: Hello");
      expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("draws a progress bar on stderr only when stderr is a terminal, and clears it", async () => {
    const args = ["check", "--format", "json", "--policy", waiverWarn, join(MAIL, "eml")];
    const piped = await runCli(args);
    expect(piped.stderr).toBe("");
    const tty = await runCli(args, { stderrTTY: true });
    expect(tty.stderr).toMatch(/messages/);
    expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(JSON.parse(tty.stdout).results).toHaveLength(5);
    expect((await runCli([...args, "--no-progress"], { stderrTTY: true })).stderr).toBe("");
  });
});

describe("etiquette check: usage errors exit 2", () => {
  it("names missing files and checks nothing", async () => {
    const { code, stdout, stderr } = await runCli(["check", m("eml/officer-no-waiver.eml"), "no-such.eml", "nor-this/"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("etiquette: No such file or folder: no-such.eml, nor-this/\n");
  });

  it.each([
    { args: ["check"], message: /missing required argument 'files'/ },
    { args: ["check", "--format", "xml", "a.eml"], message: /argument 'xml' is invalid. Allowed choices are text, json/ },
    { args: ["check", "--frmat", "json", "a.eml"], message: /unknown option '--frmat'[\s\S]*Did you mean --format\?/ },
    { args: ["check", "--on-error", "maybe", "a.eml"], message: /Allowed choices are allow, block/ },
    { args: ["chek", "a.eml"], message: /unknown command 'chek'[\s\S]*Did you mean check\?/ },
    { args: ["audit", "--format", "pdf", "x"], message: /Allowed choices are html, json, csv/ },
    { args: ["policy", "frob"], message: /unknown command 'frob'/ },
  ])("$args", async ({ args, message }) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("reports an invalid policy with the path and the fix", async () => {
    const bad = writePolicy(waiverOnlyPolicy("warn", { council: { name: "Leigh", domains: ["not a domain"] } }));
    const { code, stdout, stderr } = await runCli(["check", "--policy", bad, m("eml/officer-no-waiver.eml")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`The policy file ${bad} is not valid (1 problem):`);
    expect(stderr).toMatch(/council\.domains\[0\]\n {2}"not a domain" must be a domain such as example\.gov\.uk\./);
  });

  it("reports a policy file that does not exist", async () => {
    const { code, stderr } = await runCli(["check", "--policy", "nowhere.json", m("eml/officer-no-waiver.eml")]);
    expect(code).toBe(2);
    expect(stderr).toContain("Policy file not found: nowhere.json");
    expect(stderr).toContain("etiquette policy init");
  });

  it("with no command prints help to stderr", async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: etiquette");
  });
});

describe("help", () => {
  it.each(
    [["--help"], ["check", "--help"], ["audit", "--help"], ["policy", "--help"], ["policy", "validate", "--help"], ["policy", "schema", "--help"], ["policy", "init", "--help"], ["policy", "show", "--help"], ["help", "check"]].map(
      (args) => ({ args }),
    ),
  )("$args prints usage and exits 0", async ({ args }) => {
    const { code, stdout } = await runCli(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: etiquette/);
  });

  it("documents the exit codes", async () => {
    for (const args of [["--help"], ["check", "--help"], ["audit", "--help"]]) {
      const { stdout } = await runCli(args);
      expect(stdout).toContain("Exit codes:");
      expect(stdout).toMatch(/2 {2}usage error/);
    }
  });

  it("prints the version", async () => {
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
