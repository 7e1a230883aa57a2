import type { OfficeHost } from "../outlook/office";
import type { LoadedPolicy } from "../outlook/policy-source";
import type { Timers } from "../outlook/timers";

/** What both event handlers are given: the host, timers, the policy loader and a deadline. */
export interface HandlerConfig {
  /** `Office.context`, read when the event arrives. */
  host: () => OfficeHost;
  timers: Timers;
  /** Load the policy (the send handler first looks for the one compose left in sessionData). */
  loadPolicy: (host: OfficeHost) => Promise<LoadedPolicy>;
  deadlineMs?: number;
  now?: () => number;
  /** Where problems go (the runtime's console, if it has one). */
  log?: (message: string) => void;
}

/** The event object Outlook passes an event-based handler, as far as we use it. */
export interface LaunchEvent<Options> {
  completed(options?: Options): void;
}

export interface Completion<Options> {
  /** Complete the event, unless it is already complete. True if this call completed it. */
  complete(options?: Options): boolean;
  readonly done: boolean;
  /** Milliseconds left before the deadline (Infinity where there are no timers). */
  remaining(): number;
}

/**
 * Wrap `event.completed` so it runs exactly once, and runs by `deadlineMs` whatever else
 * happens: at the deadline `onDeadline` supplies the options. Outlook shows "taking longer than
 * expected" about five seconds after Send, download and start-up included, so the budget is
 * shorter than that. The timer is cleared on completion, and the once-guard stays even so: in
 * classic Outlook the runtime can outlive the event, and no late timer or late callback may
 * complete it twice. Where the runtime has no timers (a bare ECMAScript context) there is no
 * deadline, only the once-guard.
 */
export function guardCompletion<Options>(
  event: LaunchEvent<Options>,
  deadlineMs: number,
  timers: Timers,
  onDeadline: () => Options | undefined,
  now: () => number = () => Date.now(),
): Completion<Options> {
  let done = false;
  let timer: unknown;
  const started = now();
  const complete = (options?: Options): boolean => {
    if (done) return false;
    done = true;
    if (timer !== undefined && timers.clearTimeout) timers.clearTimeout(timer);
    try {
      if (options === undefined) event.completed();
      else event.completed(options);
    } catch {
      // Outlook has the event either way; there is nothing left to tell it.
    }
    return true;
  };
  if (timers.setTimeout) {
    timer = timers.setTimeout(() => {
      if (done) return;
      let options: Options | undefined;
      try {
        options = onDeadline();
      } catch {
        options = undefined;
      }
      complete(options);
    }, deadlineMs);
  }
  return {
    complete,
    get done() {
      return done;
    },
    remaining: () => (timers.setTimeout ? deadlineMs - (now() - started) : Infinity),
  };
}

export { hostTimers } from "../outlook/timers";
