import { describe, expect, it } from 'vitest';
import type { FeedMessage } from '../../../functions/core/schedule/feed-message.js';
import type { FeedRecord } from '../../../functions/core/schedule/feed-record.js';
import { MemoryFeedRegistry } from '../../../functions/core/schedule/feed-registry.js';
import { runScheduleCycle } from '../../../functions/core/schedule/schedule-cycle.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../../functions/core/schedule/schedule-policy.js';

const T0 = '2026-03-02T10:00:00.000Z';
const minutes = (n: number): string => new Date(Date.parse(T0) + n * 60_000).toISOString();

const feed = (url: string, nextCheckAt = T0): FeedRecord => ({
  url,
  host: new URL(url).hostname,
  nextCheckAt,
  intervalMs: 900_000,
  failures: 0,
  health: 'ok',
  recentItemTimes: [],
});

function setup(records: FeedRecord[]) {
  const registry = new MemoryFeedRegistry();
  for (const r of records) registry.records.set(r.url, r);
  const sent: FeedMessage[][] = [];
  const queue = { send: async (batch: readonly FeedMessage[]) => void sent.push([...batch]) };
  return { registry, sent, queue };
}

describe('runScheduleCycle', () => {
  it('queues the due feeds in batches of at most ten and leases them', async () => {
    const due = Array.from({ length: 23 }, (_, i) => feed(`https://h${i % 3}.example/feed${i}`));
    const { registry, sent, queue } = setup([...due, feed('https://later.example/feed', minutes(5))]);

    const report = await runScheduleCycle({ registry, queue, now: () => T0, policy });

    expect(report).toMatchObject({ due: 23, sent: 23, leaseLost: 0, sendFailed: 0 });
    expect(sent.map((b) => b.length)).toEqual([10, 10, 3]);
    const first = sent.flat()[0];
    expect(first).toMatchObject({ host: 'h0.example', leaseId: T0, dueAt: T0 });
    const leased = await registry.get('https://h1.example/feed1');
    expect(leased?.nextCheckAt).toBe(minutes(10));
    expect(leased?.lease).toEqual({ id: T0, until: minutes(10), dueAt: T0 });
    expect(await registry.due(minutes(1), 100)).toEqual([]);
  });

  it('fetches a URL once per cycle when two records are one feed', async () => {
    const { registry, sent, queue } = setup([
      feed('https://a.example/feed'),
      feed('https://a.example/feed?utm_medium=rss'),
    ]);
    const report = await runScheduleCycle({ registry, queue, now: () => T0, policy });
    expect(report).toMatchObject({ due: 2, sent: 1, sameFetch: 1 });
    expect(sent.flat().map((m) => m.url)).toEqual(['https://a.example/feed']);
  });

  it('hands a feed whose worker stopped out again once its lease runs out, still counting lag from when it fell due', async () => {
    const { registry, sent, queue } = setup([feed('https://a.example/feed')]);
    await runScheduleCycle({ registry, queue, now: () => T0, policy });
    // No worker reports back. Nine minutes on, the feed is still leased...
    expect((await runScheduleCycle({ registry, queue, now: () => minutes(9), policy })).due).toBe(0);
    // ...and at ten it is due again.
    const report = await runScheduleCycle({ registry, queue, now: () => minutes(10), policy });
    expect(report.sent).toBe(1);
    expect(sent[1]).toEqual([{ url: 'https://a.example/feed', host: 'a.example', leaseId: minutes(10), dueAt: T0 }]);
  });

  it('hands the feeds of a failed send back, due on the next tick', async () => {
    const { registry } = setup([feed('https://a.example/feed')]);
    const queue = {
      send: async () => {
        throw new Error('AWS.SimpleQueueService.NonExistentQueue');
      },
    };
    const report = await runScheduleCycle({ registry, queue, now: () => T0, policy });
    expect(report).toMatchObject({ sent: 0, sendFailed: 1 });
    expect(report.errors[0]).toContain('NonExistentQueue');
    expect((await registry.get('https://a.example/feed'))?.nextCheckAt).toBe(T0);
  });

  it('leaves a feed another writer changed since the due query', async () => {
    const { sent, queue } = setup([]);
    // A worker saved the feed between the due query and the lease: the conditional write fails.
    class Racing extends MemoryFeedRegistry {
      override async put(): Promise<boolean> {
        return false;
      }
    }
    const racing = new Racing();
    racing.records.set('https://a.example/feed', feed('https://a.example/feed'));
    const report = await runScheduleCycle({ registry: racing, queue, now: () => T0, policy });
    expect(report).toMatchObject({ due: 1, sent: 0, leaseLost: 1 });
    expect(sent).toEqual([]);
  });
});
