import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddedDynamo,
  ensureTable,
  startEmbeddedDynamo,
} from '../../functions/adapters/dynamodb/embedded-dynamodb.js';
import { DynamoFeedRegistry } from '../../functions/adapters/dynamodb/feed-registry.js';
import type { FeedRecord } from '../../functions/core/schedule/feed-record.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../functions/core/schedule/schedule-policy.js';
import { newFeedRecord, syncFeeds } from '../../functions/core/schedule/sync-feeds.js';

const NOW = '2026-03-02T10:00:00.000Z';

const record = (url: string, nextCheckAt: string, extra: Partial<FeedRecord> = {}): FeedRecord => ({
  ...newFeedRecord({ url }, NOW, policy),
  nextCheckAt,
  ...extra,
});

describe('DynamoFeedRegistry on dynalite', () => {
  let db: EmbeddedDynamo;
  beforeAll(async () => {
    db = await startEmbeddedDynamo({ tableName: 'registry' });
  });
  afterAll(async () => {
    await db.close();
  });
  let n = 0;
  /** A fresh registry per test: each gets a table of its own. */
  const registry = async (): Promise<DynamoFeedRegistry> => {
    n += 1;
    await ensureTable(db.client, `registry-${n}`);
    return new DynamoFeedRegistry(db.client, `registry-${n}`);
  };

  it('gives back a record as it was put, profile, validators and item times included', async () => {
    const r = await registry();
    const full = record('https://www.globalresearch.ca/feed', '2026-03-02T10:05:00.000Z', {
      profile: 'global-research',
      outlet: 'Global Research',
      etag: '"abc"',
      recentItemTimes: ['2026-03-02T09:00:00.000Z', '2026-03-02T08:00:00.000Z'],
      health: 'failing',
      failures: 2,
      why: 'HTTP 503',
    });
    expect(await r.put(full)).toBe(true);
    expect(await r.get(full.url)).toEqual(full);
    expect(await r.get('https://unknown.example/feed')).toBeUndefined();
  });

  it('lists only the feeds due by now, earliest first, at most the limit', async () => {
    const r = await registry();
    await r.put(record('https://c.example/feed', '2026-03-02T09:58:00.000Z'));
    await r.put(record('https://a.example/feed', '2026-03-02T09:50:00.000Z'));
    await r.put(record('https://later.example/feed', '2026-03-02T10:01:00.000Z'));
    await r.put(record('https://b.example/feed', '2026-03-02T10:00:00.000Z'));
    expect((await r.due(NOW, 10)).map((f) => f.url)).toEqual([
      'https://a.example/feed',
      'https://c.example/feed',
      'https://b.example/feed',
    ]);
    expect((await r.due(NOW, 2)).map((f) => f.url)).toEqual(['https://a.example/feed', 'https://c.example/feed']);
    expect(await r.all()).toHaveLength(4);
  });

  it('writes under a lease only when the stored lease is the one expected', async () => {
    const r = await registry();
    const free = record('https://a.example/feed', NOW);
    await r.put(free);
    const lease = { id: NOW, until: '2026-03-02T10:10:00.000Z', dueAt: NOW };
    const leased = { ...free, lease, nextCheckAt: lease.until };
    expect(await r.put(leased, { leaseId: 'an older cycle' })).toBe(false);
    expect(await r.put(leased, { leaseId: undefined })).toBe(true);
    // A second scheduler that read the feed before the lease loses it.
    expect(await r.put({ ...leased, lease: { ...lease, id: 'other' } }, { leaseId: undefined })).toBe(false);
    const checked = { ...free, nextCheckAt: '2026-03-02T10:15:00.000Z', lastCheckAt: NOW };
    expect(await r.put(checked, { leaseId: NOW })).toBe(true);
    expect(await r.get(free.url)).toEqual(checked);
    // The worker of a stale message, whose lease is gone.
    expect(await r.put(checked, { leaseId: NOW })).toBe(false);
  });

  it('refuses a leased write to a feed removed meanwhile', async () => {
    const r = await registry();
    await r.put(record('https://a.example/feed', NOW));
    await r.remove('https://a.example/feed');
    expect(await r.put(record('https://a.example/feed', NOW), { leaseId: NOW })).toBe(false);
    expect(await r.all()).toEqual([]);
  });

  it('pages through more records than one query returns', async () => {
    const r = await registry();
    const urls = Array.from({ length: 1010 }, (_, i) => `https://host${i % 40}.example/feed/${i}`);
    await Promise.all(urls.map((url) => r.put(record(url, '2026-03-02T09:00:00.000Z'))));
    expect(await r.all()).toHaveLength(1010);
    expect(await r.due(NOW, 1005)).toHaveLength(1005);
  });

  it('is what syncFeeds writes the configured feeds to, and remembers the config it synced', async () => {
    const r = await registry();
    expect(await r.syncedHash()).toBeUndefined();
    await syncFeeds(r, [{ url: 'https://a.example/feed' }, { url: 'https://b.example/feed' }], NOW, policy);
    await r.markSynced('hash-1', NOW);
    await syncFeeds(r, [{ url: 'https://b.example/feed', outlet: 'B' }], NOW, policy);
    expect(await r.syncedHash()).toBe('hash-1');
    expect(await r.all()).toMatchObject([{ url: 'https://b.example/feed', outlet: 'B', health: 'ok' }]);
    // The sync marker is not a feed.
    expect(await r.due('2030-01-01T00:00:00.000Z', 10)).toHaveLength(1);
  });
});
