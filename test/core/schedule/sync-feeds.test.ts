import { describe, expect, it } from 'vitest';
import { MemoryFeedRegistry } from '../../../functions/core/schedule/feed-registry.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../../functions/core/schedule/schedule-policy.js';
import { newFeedRecord, planFeedSync, syncFeeds } from '../../../functions/core/schedule/sync-feeds.js';

const NOW = '2026-03-02T10:00:00.000Z';

describe('syncFeeds', () => {
  it('adds new feeds at their slot, keeps the state of known ones and removes the rest', async () => {
    const registry = new MemoryFeedRegistry();
    const kept = {
      ...newFeedRecord({ url: 'https://a.example/feed' }, NOW, policy),
      failures: 3,
      health: 'failing' as const,
    };
    await registry.put(kept);
    await registry.put(newFeedRecord({ url: 'https://gone.example/feed' }, NOW, policy));

    const plan = await syncFeeds(
      registry,
      [{ url: 'https://a.example/feed' }, { url: 'https://www.b.example/rss', outlet: 'B News' }],
      NOW,
      policy,
    );

    expect(plan.remove).toEqual(['https://gone.example/feed']);
    expect((await registry.get('https://a.example/feed'))?.failures).toBe(3);
    const added = await registry.get('https://www.b.example/rss');
    expect(added).toMatchObject({
      host: 'b.example',
      outlet: 'B News',
      health: 'ok',
      failures: 0,
      intervalMs: 900_000,
    });
    expect([...registry.records.keys()].sort()).toEqual(['https://a.example/feed', 'https://www.b.example/rss']);
  });

  it('updates a changed outlet without touching the schedule', () => {
    const known = { ...newFeedRecord({ url: 'https://a.example/feed', outlet: 'Old' }, NOW, policy), failures: 2 };
    const plan = planFeedSync([known], [{ url: 'https://a.example/feed', outlet: 'New' }], NOW, policy);
    expect(plan.put).toEqual([{ ...known, outlet: 'New' }]);
  });

  it('writes nothing for an unchanged config', () => {
    const known = newFeedRecord({ url: 'https://a.example/feed', profile: 'generic' }, NOW, policy);
    expect(planFeedSync([known], [{ url: 'https://a.example/feed', profile: 'generic' }], NOW, policy)).toEqual({
      put: [],
      remove: [],
      duplicates: [],
    });
  });

  it('keeps the first of two entries that are one feed (a tracking parameter, the host case)', () => {
    const plan = planFeedSync(
      [],
      [
        { url: 'https://a.example/feed' },
        { url: 'https://A.example/feed?utm_source=x', outlet: 'dup' },
        { url: 'https://a.example/other' },
      ],
      NOW,
      policy,
    );
    expect(plan.put.map((r) => r.url)).toEqual(['https://a.example/feed', 'https://a.example/other']);
    expect(plan.duplicates).toEqual([{ url: 'https://A.example/feed?utm_source=x', outlet: 'dup' }]);
  });
});
