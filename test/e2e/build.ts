import { execFile } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";

/**
 * The add-in as the browser tests drive it: a production build (minified, ES2016 on-send file,
 * the manifest as deployed) with the playground page added. Built into
 * test-artifacts/e2e-build-<hash of the inputs>, so an unchanged tree reuses the last build.
 */

export const ROOT = join(__dirname, "../..");
/** Where the test build says the add-in is hosted; the playground maps it to its own address. */
export const E2E_URL = "https://addins.example.gov.uk/etiquette/";
const ARGS = ["--mode", "production", "--env", `url=${E2E_URL}`, "--env", "playground=on"];
const INPUTS = ["src", "scripts", "assets", "manifest.xml", "webpack.config.js", "package-lock.json", "tsconfig.json"];

function files(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) files(join(path, name), out);
  else out.push(path);
  return out;
}

function inputHash(): string {
  const hash = createHash("sha256").update(ARGS.join(" "));
  for (const input of INPUTS) {
    for (const file of files(join(ROOT, input))) {
      if (/[\\/]src[\\/]cli[\\/]/.test(file)) continue;
      hash.update(relative(ROOT, file)).update(readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

export interface E2EBuild {
  dir: string;
  /** How long webpack took (0 when an unchanged build was reused). */
  ms: number;
}

/** Build (or reuse) the add-in for the browser tests. */
export async function buildForBrowser(): Promise<E2EBuild> {
  const artifacts = join(ROOT, "test-artifacts");
  mkdirSync(artifacts, { recursive: true });
  const key = `e2e-build-${inputHash()}`;
  const dir = join(artifacts, key);
  const done = join(dir, ".complete");
  if (existsSync(done)) return { dir, ms: 0 };
  for (const name of readdirSync(artifacts)) if (name.startsWith("e2e-build-") && name !== key) rmSync(join(artifacts, name), { recursive: true, force: true });
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), ...ARGS, "--env", `outDir=${dir}`],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL: "", ADDIN_SEND_MODE: "", ADDIN_POLICY: "", ADDIN_OUT_DIR: "", ADDIN_PLAYGROUND: "" },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => (error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve()),
    );
  });
  const ms = Date.now() - started;
  writeFileSync(done, String(ms));
  return { dir, ms };
}
