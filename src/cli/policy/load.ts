import { promises as fs } from "fs";
import { defaultPolicy, type Policy } from "../../policy";
import { UsageError } from "../errors";
import { checkPolicyText, formatProblems } from "./explain";

export interface LoadedPolicy {
  policy: Policy;
  /** The file it came from, or null for the built-in policy. */
  file: string | null;
}

/** Read and validate a policy file: a readable usage error when it is missing or wrong. */
export async function readPolicyFile(file: string): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `Policy file not found: ${file}` : code === "EISDIR" ? `The policy must be a file, not a folder: ${file}` : `Cannot read the policy file ${file}: ${(error as Error).message}`,
      code === "ENOENT" ? "Check the path, or run `etiquette policy init` to write one." : undefined,
    );
  }
  const result = checkPolicyText(text);
  if (!result.ok) {
    throw new UsageError(`The policy file ${file} is not valid (${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}):`, formatProblems(file, result.problems).trimEnd());
  }
  return { policy: result.policy, file };
}

/**
 * The policy a command uses: `--policy FILE`, else the file in $ETIQUETTE_POLICY, else the
 * built-in Leigh-on-Sea Town Council policy.
 */
export async function loadPolicy(option: string | undefined, env: Record<string, string | undefined>): Promise<LoadedPolicy> {
  const file = option ?? (env.ETIQUETTE_POLICY?.trim() || undefined);
  if (file) return readPolicyFile(file);
  return { policy: defaultPolicy(), file: null };
}

/** "Leigh-on-Sea Town Council policy 2021-05 (built in)" */
export function describePolicy(loaded: LoadedPolicy): string {
  return `${loaded.policy.council.name} policy ${loaded.policy.version} (${loaded.file ?? "built in"})`;
}
