import pLimit, { type LimitFunction } from 'p-limit';
import { hostOf } from './feed-record.js';

/** Runs a request to a URL's host when politeness allows. */
export type Politely = <T>(url: string, request: () => Promise<T>) => Promise<T>;

export interface HostGateOptions {
  /** Requests in flight to one host at once (K). */
  perHost: number;
  /** Least time between the starts of two requests to one host. */
  minGapMs: number;
  /** Milliseconds now: the gate reads no clock of its own. */
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_POLITENESS = { perHost: 2, minGapMs: 1000 } as const;

/**
 * At most K requests in flight per host, their starts at least a gap apart,
 * within this process. Across processes it relies on the queue: one host's
 * checks are one FIFO message group, which SQS never hands to two workers at
 * once, so every request in flight to a host passes through one gate; and a
 * request keeps its slot until a gap after its start, so the batch that
 * follows on another worker cannot start sooner.
 */
export function createHostGate(options: HostGateOptions): Politely {
  if (!Number.isInteger(options.perHost) || options.perHost < 1)
    throw new RangeError('host gate: perHost must be a whole number of at least 1');
  if (!(options.minGapMs >= 0)) throw new RangeError('host gate: minGapMs must be 0 or more');
  const hosts = new Map<string, { limit: LimitFunction; nextStart: number }>();
  return <T>(url: string, request: () => Promise<T>): Promise<T> => {
    const host = hostOf(url);
    let state = hosts.get(host);
    if (!state) hosts.set(host, (state = { limit: pLimit(options.perHost), nextStart: 0 }));
    const slot = state;
    return slot.limit(async () => {
      const now = options.clock();
      const start = Math.max(now, slot.nextStart);
      slot.nextStart = start + options.minGapMs;
      if (start > now) await options.sleep(start - now);
      try {
        return await request();
      } finally {
        // The slot is held until the gap has passed, so that when this batch ends (and SQS hands the
        // host's group to another worker) the next start is a gap after this one.
        const left = start + options.minGapMs - options.clock();
        if (left > 0) await options.sleep(left);
      }
    });
  };
}
