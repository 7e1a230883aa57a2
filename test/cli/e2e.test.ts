import { execFileSync, spawn, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CheckResult } from "../../src/cli/commands/check";
import { MAIL } from "./support/fixtures";
import { waiverOnlyPolicy, writePolicy } from "./support/policies";
import { ROOT } from "./support/run";

/**
 * The real binary, as a clerk runs it: `node bin/etiquette.js …` on the compiled lib/, in a
 * child process with piped (not terminal) streams.
 */
const BIN = join(ROOT, "bin/etiquette.js");

beforeAll(() => {
  // Compile src/ to lib/ as `npm run build:node` does. Type errors elsewhere in the tree still
  // emit JavaScript (the typecheck step reports them), so only a missing entry point fails here.
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], { cwd: ROOT, stdio: "pipe" });
  } catch {
    // See above.
  }
  expect(existsSync(join(ROOT, "lib/cli/main.js"))).toBe(true);
}, 120_000);

function etiquette(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const policy = writePolicy(waiverOnlyPolicy("warn"));

describe("etiquette, the binary", () => {
  it("checks .eml, .msg, .mbox and malformed files, printing JSON and nothing on stderr", () => {
    const files = ["eml/officer-no-waiver.eml", "msg/officer-report.msg", "mbox/sent-items.mbox", "malformed/truncated.eml", "malformed/not-cfb.msg", "malformed/empty.mbox", "malformed/binary-junk.eml"];
    const { code, stdout, stderr } = etiquette(["check", "--format", "json", "--policy", policy, ...files.map((f) => join(MAIL, f))]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { results } = JSON.parse(stdout) as { results: CheckResult[] };
    expect(results.map((r) => [r.file.slice(MAIL.length + 1), r.verdict])).toEqual([
      ["eml/officer-no-waiver.eml", "warn"],
      ["msg/officer-report.msg", "pass"],
      ["mbox/sent-items.mbox#1", "pass"],
      ["mbox/sent-items.mbox#2", "warn"],
      ["mbox/sent-items.mbox#3", "warn"],
      ["malformed/truncated.eml", "error"],
      ["malformed/not-cfb.msg", "error"],
      ["malformed/empty.mbox", "error"],
      ["malformed/binary-junk.eml", "error"],
    ]);
    expect(results[0].findings[0]).toMatchObject({ ruleId: "waiver-clause", severity: "warn", clause: { text: "A waiver clause will be included at the end of each email message" } });
  });

  it("exits 1 when something blocks, 2 on a usage error, 0 for help", () => {
    expect(etiquette(["check", "--policy", writePolicy(waiverOnlyPolicy("block")), join(MAIL, "eml/officer-no-waiver.eml")]).code).toBe(1);
    const missing = etiquette(["check", "missing.eml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("etiquette: No such file or folder: missing.eml\n");
    expect(etiquette(["check", "--bogus", "x"]).code).toBe(2);
    const help = etiquette(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes:");
  });

  it("writes the HTML audit report", () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-e2e-"));
    try {
      const out = join(dir, "report.html");
      const run = etiquette(["audit", MAIL, "--out", out, "--policy", policy]);
      expect([run.code, run.stdout, run.stderr]).toEqual([0, "", ""]);
      expect(readFileSync(out, "utf8")).toContain("Every finding (5)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("validates a policy and prints the schema", () => {
    expect(etiquette(["policy", "validate", join(ROOT, "src/policy/policies/leigh-on-sea.json")]).code).toBe(0);
    const bad = etiquette(["policy", "validate", writePolicy('{"version": 3}')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/version\n {2}3 is not a string\./);
    expect(etiquette(["policy", "schema"]).stdout).toBe(readFileSync(join(ROOT, "schema/policy.schema.json"), "utf8"));
  });

  it("writes a policy with `policy init` and no terminal", () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-e2e-"));
    try {
      const out = join(dir, "policy.json");
      const run = etiquette(["policy", "init", "--out", out, "--council", "Benfleet Town Council"]);
      expect([run.code, run.stderr]).toEqual([0, ""]);
      expect(etiquette(["policy", "validate", out]).code).toBe(0);
      expect(etiquette(["policy", "init", "--out", out, "--council", "Benfleet Town Council"]).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the same results, in the same order, with worker threads (--jobs 2)", () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-jobs-"));
    try {
      // Enough messages that the workers take over after the first 200, every format mixed in.
      const sources = ["eml/officer-no-waiver.eml", "msg/officer-report.msg", "mbox/mixed.mbox", "malformed/truncated.msg", "eml/councillor-reply.eml", "msg/councillor-reply.msg", "malformed/empty.eml"];
      for (let i = 0; i < 280; i++) {
        const src = sources[i % sources.length];
        copyFileSync(join(MAIL, src), join(dir, `${String(i).padStart(3, "0")}-${src.split("/")[1]}`));
      }
      const one = etiquette(["check", "--format", "json", "--policy", policy, "--jobs", "1", dir]);
      const two = etiquette(["check", "--format", "json", "--policy", policy, "--jobs", "2", dir]);
      expect(two.stderr).toBe("");
      expect(two.code).toBe(one.code);
      expect(two.stdout).toBe(one.stdout);
      expect((JSON.parse(two.stdout) as { results: unknown[] }).results).toHaveLength(320);
      const audit = (jobs: string) => {
        const report = JSON.parse(etiquette(["audit", "--format", "json", "--policy", policy, "--jobs", jobs, dir]).stdout) as { generatedAt?: string };
        delete report.generatedAt;
        return report;
      };
      expect(audit("2")).toEqual(audit("1"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops quietly when the reader closes the pipe early", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-pipe-"));
    try {
      for (let i = 0; i < 300; i++) copyFileSync(join(MAIL, "eml/officer-no-waiver.eml"), join(dir, `${String(i).padStart(3, "0")}.eml`));
      const child = spawn(process.execPath, [BIN, "check", "--policy", policy, dir], { cwd: ROOT });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toBe("");
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("on Ctrl+C leaves neither a half-written report nor temporary files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etiquette-sigint-"));
    try {
      // A named pipe nobody writes to: the audit waits on it, mid-run, with its files open.
      const fifo = join(dir, "stuck.eml");
      execFileSync("mkfifo", [fifo]);
      mkdirSync(join(dir, "out"));
      const spills = () => readdirSync(tmpdir()).filter((f) => f.startsWith("etiquette-audit-")).length;
      const before = spills();
      const child = spawn(process.execPath, [BIN, "audit", fifo, "--out", join(dir, "out", "report.html")], { cwd: ROOT });
      // Should the binary ever fail to die of the signal, free it so the test cannot hang.
      const release = setTimeout(() => child.kill("SIGKILL"), 10_000);
      for (let i = 0; i < 200 && readdirSync(join(dir, "out")).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(readdirSync(join(dir, "out"))).toHaveLength(1);
      child.kill("SIGINT");
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, sig) => resolve(sig)));
      clearTimeout(release);
      expect(signal).toBe("SIGINT");
      expect(readdirSync(join(dir, "out"))).toEqual([]);
      expect(spills()).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
