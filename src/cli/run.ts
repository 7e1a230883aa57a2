import { existsSync } from "fs";
import { join } from "path";
import { Worker } from "worker_threads";
import { checkDraft, classifyAddress, type Verdict } from "../engine/check";
import type { Address } from "../engine/draft";
import type { Policy } from "../policy";
import { mailFiles, readMailFile, type MailFile, type MailItem } from "./mail/read";
import type { Progress } from "./progress";

/** Which messages are judged: every one (check), or only those the council sent (audit). */
export type Scope = "council" | "all";

/** What the reports need of a message, beyond its verdict (the body stays where it was read). */
export interface MessageFacts {
  from: Address;
  subject: string;
  date: Date | null;
}

/**
 * One message and what became of it: a verdict; or skipped, as not sent by the council; or an
 * error saying why it could not be read. Plain data, so it crosses from a worker thread intact.
 */
export interface Checked {
  /** As shown in results: the path as given, with `#n` for an mbox message. */
  file: string;
  /** The file it came from (an mbox's messages share one). */
  source: string;
  facts: MessageFacts | null;
  verdict: Verdict | null;
  error?: string;
  skipped?: boolean;
}

/** Judge one message read from a file. Pure apart from the engine: used in-process and in workers. */
export function checkItem(item: MailItem, policy: Policy, scope: Scope): Checked {
  if (item.error !== undefined) return { file: item.file, source: item.source, facts: null, verdict: null, error: item.error };
  const { draft, date } = item.message;
  const facts: MessageFacts = { from: draft.from, subject: draft.subject, date };
  if (scope === "council" && draft.from.address.trim() !== "" && classifyAddress(draft.from.address, draft.from.name, policy).kind !== "internal") {
    return { file: item.file, source: item.source, facts, verdict: null, skipped: true };
  }
  return { file: item.file, source: item.source, facts, verdict: checkDraft(draft, policy) };
}

export interface RunOptions {
  scope?: Scope;
  /** Worker threads for large batches; 1 checks everything on the main thread. */
  jobs?: number;
  progress?: Progress;
}

/**
 * Messages checked on the main thread before workers are started. Each worker loads its own
 * engine (about half a second of CPU), which only pays for itself on a large batch.
 */
export const WARM_UP_MESSAGES = 200;

/** Count the mail files under the inputs (for the progress bar's total). */
export async function countMailFiles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _file of mailFiles(inputs)) n++;
  return n;
}

const WORKER = join(__dirname, "worker.js");

/**
 * Read and check every message under the inputs, in input order, holding a bounded number of
 * messages at a time so memory stays flat however many files there are. The first files (up to
 * {@link WARM_UP_MESSAGES} messages) are checked on the main thread; if more follow and `jobs`
 * > 1, the rest are shared among worker threads and their results put back in order. An mbox
 * is read by one thread.
 */
export async function* checkAll(inputs: readonly string[], policy: Policy, options: RunOptions = {}): AsyncGenerator<Checked> {
  const { scope = "all", progress } = options;
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  if (progress?.active) {
    // Count in the background: the bar shows a total as soon as the walk is done.
    void countMailFiles(inputs).then(
      (total) => progress.update({ totalFiles: total }),
      () => undefined,
    );
  }
  const tally = { files: 0, messages: 0, errors: 0 };
  const note = (c: Checked) => {
    tally.messages++;
    if (c.error !== undefined) tally.errors++;
    progress?.update({ messages: tally.messages, errors: tally.errors });
  };
  const files = mailFiles(inputs)[Symbol.asyncIterator]();
  // Workers only exist once compiled (lib/cli/worker.js); from the TypeScript sources, run here.
  const parallel = jobs > 1 && existsSync(WORKER);
  try {
    while (!parallel || tally.messages < WARM_UP_MESSAGES) {
      const next = await files.next();
      if (next.done) return;
      for await (const item of readMailFile(next.value)) {
        const checked = checkItem(item, policy, scope);
        note(checked);
        yield checked;
      }
      tally.files++;
      progress?.update({ files: tally.files });
    }
    for await (const checked of inWorkers(files, policy, scope, jobs, () => {
      tally.files++;
      progress?.update({ files: tally.files });
    })) {
      note(checked);
      yield checked;
    }
  } finally {
    progress?.update({ ...tally }, true);
    await files.return?.(undefined);
  }
}

/** Messages between a worker and the main thread. */
export type WorkerReply = { seq: number; checked: Checked } | { seq: number; done: true } | { seq: number; failed: string };

interface Slot {
  items: Checked[];
  done: boolean;
}

/**
 * Share files among worker threads; yield their results in file order. At most four files per
 * worker are in flight, so a slow file holds back a bounded number of finished ones.
 */
async function* inWorkers(files: AsyncIterator<MailFile>, policy: Policy, scope: Scope, jobs: number, fileDone: () => void): AsyncGenerator<Checked> {
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const slots = new Map<number, Slot>();
  let dispatched = 0;
  let head = 0;
  let exhausted = false;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const start = () => {
    const worker = new Worker(WORKER, { workerData: { policy, scope } });
    worker.on("message", (reply: WorkerReply) => {
      const slot = slots.get(reply.seq);
      if (!slot) return;
      if ("checked" in reply) slot.items.push(reply.checked);
      else if ("failed" in reply) fatal ??= new Error(reply.failed);
      else {
        slot.done = true;
        idle.push(worker);
      }
      signal();
    });
    worker.on("error", (error) => {
      fatal ??= error;
      signal();
    });
    worker.on("exit", (code) => {
      if (code !== 0) fatal ??= new Error(`a worker thread stopped (exit code ${code})`);
      signal();
    });
    workers.push(worker);
    idle.push(worker);
  };

  try {
    for (let i = 0; i < jobs; i++) start();
    const canDispatch = () => !exhausted && idle.length > 0 && dispatched - head < jobs * 4;
    const canYield = () => {
      const slot = slots.get(head);
      return slot !== undefined && (slot.items.length > 0 || slot.done);
    };
    let pending: Promise<IteratorResult<MailFile>> | null = null;
    for (;;) {
      if (fatal) throw fatal;
      // Hand out files while a worker is free and not too much is waiting to be put in order.
      while (canDispatch()) {
        pending ??= files.next();
        const next = await pending;
        pending = null;
        if (next.done) {
          exhausted = true;
          break;
        }
        const seq = dispatched++;
        slots.set(seq, { items: [], done: false });
        (idle.shift() as Worker).postMessage({ seq, file: next.value });
      }
      // Give back what is ready, in order.
      let slot = slots.get(head);
      while (slot && (slot.items.length > 0 || slot.done)) {
        while (slot.items.length > 0) yield slot.items.shift() as Checked;
        if (!slot.done) break;
        slots.delete(head++);
        fileDone();
        slot = slots.get(head);
      }
      if (exhausted && head === dispatched) return;
      if (fatal) throw fatal;
      await new Promise<void>((resolve) => {
        wake = resolve;
        // A reply may have come while we were yielding: then there is no need to wait.
        if (fatal || canYield() || canDispatch()) signal();
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
