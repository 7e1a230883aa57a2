import { execFile } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";

/**
 * Build the add-in once for the tests that need the real output (the on-send file, the manifest
 * as deployed, the pages). The output goes to test-artifacts/build-<variant>-<hash of the
 * inputs>: while nothing the build reads changes, later runs reuse it, and test files running
 * in parallel wait for one build rather than each starting their own.
 */

export const ROOT = join(__dirname, "../..");
/** The production address the tests build for. */
export const TEST_URL = "https://addins.example.gov.uk/etiquette/";

export type Variant = "production" | "development";

const VARIANTS: Record<Variant, string[]> = {
  // The whole add-in, as an admin would build it for their host.
  production: ["--mode", "production", "--env", `url=${TEST_URL}`],
  // The on-send file as the dev server serves it: unminified, but it must still be ES2016.
  development: ["--mode", "development", "--config-name", "launchevent"],
};

const INPUTS = ["src", "scripts", "assets", "manifest.xml", "webpack.config.js", "package-lock.json", "tsconfig.json"];

/** Source folders a variant does not build: changes there need no rebuild. */
const UNUSED: Record<Variant, RegExp> = {
  // The command line is not part of the add-in; the playground is only in development builds.
  production: /[\\/]src[\\/](cli|playground)[\\/]/,
  // Only the on-send file.
  development: /[\\/]src[\\/](cli|playground|taskpane)[\\/]/,
};

function files(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) files(join(path, name), out);
  } else out.push(path);
  return out;
}

function inputHash(variant: Variant): string {
  const hash = createHash("sha256").update(VARIANTS[variant].join(" "));
  for (const input of INPUTS) {
    for (const file of files(join(ROOT, input))) {
      if (UNUSED[variant].test(file)) continue;
      hash.update(relative(ROOT, file)).update(readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Build {
  dir: string;
  /** Milliseconds the webpack run took (0 when reused). */
  ms: number;
  reused: boolean;
}

/** Build (or reuse) a variant; resolves with its output directory. */
export async function buildOnce(variant: Variant): Promise<Build> {
  const artifacts = join(ROOT, "test-artifacts");
  mkdirSync(artifacts, { recursive: true });
  const key = `build-${variant}-${inputHash(variant)}`;
  const dir = join(artifacts, key);
  const done = join(dir, ".complete");
  const lock = `${dir}.lock`;
  for (let waited = 0; ; waited += 250) {
    if (existsSync(done)) return { dir, ms: Number(readFileSync(done, "utf8")) || 0, reused: true };
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Someone else is building it. A lock older than five minutes belongs to a dead run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // It went away meanwhile.
      }
      if (waited > 300_000) throw new Error(`timed out waiting for ${lock}`);
      await sleep(250);
    }
  }
  try {
    // Old builds of this variant go; a build from other inputs in use by another run may be lost,
    // which only costs that run a rebuild.
    for (const name of readdirSync(artifacts)) {
      if (name.startsWith(`build-${variant}-`) && name !== key && !name.endsWith(".lock")) rmSync(join(artifacts, name), { recursive: true, force: true });
    }
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), ...VARIANTS[variant], "--env", `outDir=${dir}`],
        { cwd: ROOT, env: { ...process.env, ADDIN_URL: "", ADDIN_SEND_MODE: "", ADDIN_POLICY: "", ADDIN_OUT_DIR: "" }, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve()),
      );
    });
    const ms = Date.now() - started;
    writeFileSync(done, String(ms));
    return { dir, ms, reused: false };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
