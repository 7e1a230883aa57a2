import { settle } from "../outlook/office-mock";

/**
 * Timers under the test's control, for handlers that take their timers as a parameter (and for
 * the vm context, whose `setTimeout` we supply). `advance` runs what falls due, in order, letting
 * promise chains settle between timers.
 */
export function fakeClock() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    timers: {
      setTimeout: (fn: () => void, ms: number): number => {
        const id = ++seq;
        pending.set(id, { at: now + Math.max(0, ms), fn });
        return id;
      },
      clearTimeout: (id: unknown): void => {
        pending.delete(id as number);
      },
    },
    now: (): number => now,
    pending: (): number => pending.size,
    async advance(ms: number): Promise<void> {
      const target = now + ms;
      await settle();
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of pending) if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        pending.delete(next[0]);
        now = next[1].at;
        next[1].fn();
        await settle();
      }
      now = target;
      await settle();
    },
  };
}
