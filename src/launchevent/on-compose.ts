import { prepareNewMessage, type PrepareResult } from "../outlook/compose";
import { guardCompletion, type HandlerConfig, type LaunchEvent } from "./completion";

/**
 * The compose handler completes by this deadline whatever happens. Nothing waits on it (the user
 * is typing), but a handler that never completes holds its runtime open; this leaves room for
 * the policy fetch (2 s at most) and the signature and waiver calls.
 */
export const COMPOSE_DEADLINE_MS = 6_000;

export interface ComposeHandlerConfig extends HandlerConfig {
  /** Told what the handler did (tests). */
  onPrepared?: (result: PrepareResult) => void;
}

/**
 * The OnNewMessageCompose handler: load and validate the policy, then prepare the message
 * (approved signature, waiver on send, sessionData, `unchecked` header). Completes exactly once,
 * by the deadline, on every path; a failure only means the message is left as Outlook made it.
 */
export function createComposeHandler(config: ComposeHandlerConfig): (event: LaunchEvent<undefined>) => void {
  const log = config.log ?? (() => undefined);
  return function onNewMessageCompose(event) {
    const completion = guardCompletion<undefined>(event, config.deadlineMs ?? COMPOSE_DEADLINE_MS, config.timers, () => undefined, config.now);
    try {
      const host = config.host();
      config
        .loadPolicy(host)
        .then((loaded) => {
          if (loaded.status.problem) log(`Etiquette: ${loaded.status.problem}`);
          return prepareNewMessage(host, loaded);
        })
        .then((result) => {
          if (result.errors.length) log(`Etiquette: preparing the message: ${result.errors.join("; ")}`);
          if (config.onPrepared) config.onPrepared(result);
          completion.complete();
        })
        .catch((error: unknown) => {
          log(`Etiquette: the compose handler failed (${error instanceof Error ? error.message : String(error)})`);
          completion.complete();
        });
    } catch (error) {
      log(`Etiquette: the compose handler failed (${error instanceof Error ? error.message : String(error)})`);
      completion.complete();
    }
  };
}
