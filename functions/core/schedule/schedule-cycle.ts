import pLimit from 'p-limit';
import type { Clock } from '../ports.js';
import { fetchKey, type FeedRecord } from './feed-record.js';
import { MAX_SEND_BATCH, messageFor, type FeedMessage } from './feed-message.js';
import type { FeedRegistry } from './feed-registry.js';
import type { SchedulePolicy } from './schedule-policy.js';
import { iso, ms } from './time.js';

/** Where due feeds go (an SQS FIFO queue on AWS). One call per SendMessageBatch: at most ten messages. */
export interface FeedQueue {
  send(batch: readonly FeedMessage[]): Promise<void>;
}

export interface SchedulerDeps {
  registry: FeedRegistry;
  queue: FeedQueue;
  now: Clock;
  policy: SchedulePolicy;
  /** At most this many feeds per cycle; the rest stay due for the next. */
  limit?: number;
  /** Registry writes and queue sends in flight at once. */
  concurrency?: number;
}

export interface CycleReport {
  at: string;
  due: number;
  sent: number;
  /** Due records that are one fetch with an earlier one in this cycle: left for the next cycle. */
  sameFetch: number;
  /** Records that changed between the due query and the lease (another writer won). */
  leaseLost: number;
  /** Messages whose send failed; their feeds were handed back (due at once) where the registry allowed. */
  sendFailed: number;
  errors: string[];
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * One scheduler tick: the feeds due now are leased (their next check pushed
 * out by the lease, so a lost message or a stopped worker leaves the feed due
 * again when the lease runs out, never skipped for good) and queued in
 * batches of ten, each fetch key once per cycle, a host's feeds side by side.
 */
export async function runScheduleCycle(deps: SchedulerDeps): Promise<CycleReport> {
  const now = deps.now();
  const nowMs = ms(now);
  const limit = pLimit(deps.concurrency ?? 16);
  const due = await deps.registry.due(now, deps.limit ?? 10_000);
  const report: CycleReport = {
    at: now,
    due: due.length,
    sent: 0,
    sameFetch: 0,
    leaseLost: 0,
    sendFailed: 0,
    errors: [],
  };

  const keys = new Set<string>();
  const picked: FeedRecord[] = [];
  for (const record of due) {
    const key = fetchKey(record.url);
    if (keys.has(key)) report.sameFetch += 1;
    else {
      keys.add(key);
      picked.push(record);
    }
  }

  const leased = await Promise.all(
    picked.map((record) =>
      limit(async () => {
        const lease = {
          id: now,
          until: iso(nowMs + deps.policy.leaseMs),
          // A feed whose lease ran out has been due since it was first leased.
          dueAt: record.lease?.dueAt ?? record.nextCheckAt,
        };
        const next = { ...record, lease, nextCheckAt: lease.until };
        try {
          if (await deps.registry.put(next, { leaseId: record.lease?.id })) return { before: record, next };
          report.leaseLost += 1;
        } catch (error) {
          report.errors.push(`lease ${record.url}: ${message(error)}`);
        }
        return undefined;
      }),
    ),
  );

  const ready = leased
    .filter((l) => l !== undefined)
    .sort((a, b) => (a.next.host < b.next.host ? -1 : a.next.host > b.next.host ? 1 : 0));
  const batches: (typeof ready)[] = [];
  for (let i = 0; i < ready.length; i += MAX_SEND_BATCH) batches.push(ready.slice(i, i + MAX_SEND_BATCH));
  await Promise.all(
    batches.map((batch) =>
      limit(async () => {
        try {
          await deps.queue.send(batch.map(({ next }) => messageFor(next)));
          report.sent += batch.length;
        } catch (error) {
          report.sendFailed += batch.length;
          report.errors.push(`send of ${batch.length}: ${message(error)}`);
          // Hand the feeds back so the next tick retries them, rather than waiting out the lease.
          await Promise.all(
            batch.map(({ before, next }) => deps.registry.put(before, { leaseId: next.lease.id }).catch(() => false)),
          );
        }
      }),
    ),
  );
  return report;
}
