import { checkDraft, type Verdict } from "../engine/check";
import type { Policy } from "../policy";
import { mailFiles, readMailFile, type MailItem } from "./mail/read";
import type { Progress } from "./progress";

/** One message and what the engine made of it (no verdict when it could not be read). */
export interface Checked {
  item: MailItem;
  verdict: Verdict | null;
}

/** Count the mail files under the inputs (for the progress bar's total). */
export async function countMailFiles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _file of mailFiles(inputs)) n++;
  return n;
}

/**
 * Read and check every message under the inputs, one at a time, so memory stays flat however
 * many files there are. The progress bar (if any) is kept up to date.
 */
export async function* checkAll(inputs: readonly string[], policy: Policy, progress?: Progress): AsyncGenerator<Checked> {
  if (progress?.active) {
    // Count in the background: the bar shows a total as soon as the walk is done.
    void countMailFiles(inputs).then(
      (total) => progress.update({ totalFiles: total }),
      () => undefined,
    );
  }
  let files = 0;
  let messages = 0;
  let errors = 0;
  for await (const file of mailFiles(inputs)) {
    for await (const item of readMailFile(file)) {
      messages++;
      if (item.error !== undefined) {
        errors++;
        progress?.update({ messages, errors });
        yield { item, verdict: null };
        continue;
      }
      const verdict = checkDraft(item.message.draft, policy);
      progress?.update({ messages, errors });
      yield { item, verdict };
    }
    files++;
    progress?.update({ files });
  }
  progress?.update({ files, messages, errors }, true);
}
