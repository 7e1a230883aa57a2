import { parentPort, workerData } from "worker_threads";
import type { Policy } from "../policy";
import { readMailFile, type MailFile } from "./mail/read";
import { checkItem, type Scope, type WorkerReply } from "./run";

/**
 * A worker thread of `etiquette check` and `audit`: reads and checks the files it is given,
 * one at a time, and posts back each message's result, then "done" for the file.
 */
const { policy, scope } = workerData as { policy: Policy; scope: Scope };
const port = parentPort;

port?.on("message", (job: { seq: number; file: MailFile }) => {
  void (async () => {
    const post = (reply: WorkerReply) => port.postMessage(reply);
    try {
      for await (const item of readMailFile(job.file)) post({ seq: job.seq, checked: checkItem(item, policy, scope) });
      post({ seq: job.seq, done: true });
    } catch (error) {
      post({ seq: job.seq, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  })();
});
