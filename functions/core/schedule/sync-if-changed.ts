import { createHash } from 'node:crypto';
import type { FeedEntry } from './feed-record.js';
import type { FeedRegistry } from './feed-registry.js';
import type { SchedulePolicy } from './schedule-policy.js';
import { type FeedSyncPlan, syncFeeds } from './sync-feeds.js';

/** A registry that remembers which feed list it last took. */
export interface SyncedFeedRegistry extends FeedRegistry {
  syncedHash(): Promise<string | undefined>;
  markSynced(hash: string, at: string): Promise<void>;
}

/** The hash of a feed list, order and fields included. */
export const feedListHash = (feeds: readonly FeedEntry[]): string =>
  createHash('sha256')
    .update(JSON.stringify(feeds.map(({ url, profile, outlet }) => [url, profile ?? null, outlet ?? null])))
    .digest('hex');

/**
 * Brings the registry to the deployed feed list when it is not that list
 * yet (a new deploy), and marks it synced after the writes: a sync cut short
 * is done again by the next cold start. Undefined when nothing changed.
 */
export async function syncIfChanged(
  registry: SyncedFeedRegistry,
  feeds: readonly FeedEntry[],
  now: string,
  policy: SchedulePolicy,
): Promise<FeedSyncPlan | undefined> {
  const hash = feedListHash(feeds);
  if ((await registry.syncedHash()) === hash) return undefined;
  const plan = await syncFeeds(registry, feeds, now, policy);
  await registry.markSynced(hash, now);
  return plan;
}
