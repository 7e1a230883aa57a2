/** Timers as the host provides them; a bare ECMAScript context has none. */
export interface Timers {
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
}

/**
 * The host's timers, if it has any: a bare ECMAScript context has none. Read through `typeof`
 * on the free names, not `globalThis` (ES2020, which old runtimes lack).
 */
export function hostTimers(): Timers {
  return {
    setTimeout: typeof setTimeout === "function" ? (fn: () => void, ms: number) => setTimeout(fn, ms) : undefined,
    clearTimeout: typeof clearTimeout === "function" ? (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>) : undefined,
  };
}

/**
 * Reject with "took longer than" if `promise` has not settled within `ms`. Without timers the
 * promise is returned as it is. A late settlement after the timeout is ignored.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, timers: Timers, what: string): Promise<T> {
  const set = timers.setTimeout;
  if (!set) return promise;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const id = set(() => {
      if (settled) return;
      settled = true;
      reject(new Error(`${what} took longer than ${ms} ms`));
    }, Math.max(0, ms));
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      if (timers.clearTimeout) timers.clearTimeout(id);
      return true;
    };
    promise.then(
      (v) => {
        if (finish()) resolve(v);
      },
      (e: unknown) => {
        if (finish()) reject(e);
      },
    );
  });
}
