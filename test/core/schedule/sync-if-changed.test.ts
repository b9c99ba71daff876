import { describe, expect, it } from 'vitest';
import { MemoryFeedRegistry } from '../../../functions/core/schedule/feed-registry.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../../functions/core/schedule/schedule-policy.js';
import {
  feedListHash,
  type SyncedFeedRegistry,
  syncIfChanged,
} from '../../../functions/core/schedule/sync-if-changed.js';

const NOW = '2026-03-02T10:00:00.000Z';

class Registry extends MemoryFeedRegistry implements SyncedFeedRegistry {
  hash: string | undefined;
  puts = 0;
  override async put(...args: Parameters<MemoryFeedRegistry['put']>): Promise<boolean> {
    this.puts += 1;
    return super.put(...args);
  }
  async syncedHash(): Promise<string | undefined> {
    return this.hash;
  }
  async markSynced(hash: string): Promise<void> {
    this.hash = hash;
  }
}

describe('syncIfChanged', () => {
  it('writes a new feed list once, and not again while it is the same', async () => {
    const registry = new Registry();
    const feeds = [{ url: 'https://a.example/feed' }, { url: 'https://b.example/feed' }];
    expect((await syncIfChanged(registry, feeds, NOW, policy))?.put).toHaveLength(2);
    expect(await syncIfChanged(registry, feeds, NOW, policy)).toBeUndefined();
    expect(registry.puts).toBe(2);
  });

  it('syncs again when a feed’s outlet changes, keeping its state', async () => {
    const registry = new Registry();
    await syncIfChanged(registry, [{ url: 'https://a.example/feed' }], NOW, policy);
    const before = await registry.get('https://a.example/feed');
    await registry.put({ ...(before as NonNullable<typeof before>), failures: 4, health: 'failing' });
    const plan = await syncIfChanged(registry, [{ url: 'https://a.example/feed', outlet: 'A' }], NOW, policy);
    expect(plan?.put).toHaveLength(1);
    expect(await registry.get('https://a.example/feed')).toMatchObject({ outlet: 'A', failures: 4 });
  });

  it('leaves the list unmarked when a write fails, so the next cold start syncs again', async () => {
    const registry = new Registry();
    registry.put = async () => {
      throw new Error('throttled');
    };
    await expect(syncIfChanged(registry, [{ url: 'https://a.example/feed' }], NOW, policy)).rejects.toThrow();
    expect(registry.hash).toBeUndefined();
  });

  it('hashes the fields that matter and nothing else', () => {
    expect(feedListHash([{ url: 'https://a.example/feed' }])).not.toBe(
      feedListHash([{ url: 'https://a.example/feed', profile: 'global-research' }]),
    );
    expect(feedListHash([{ url: 'https://a.example/feed' }])).toBe(feedListHash([{ url: 'https://a.example/feed' }]));
  });
});
