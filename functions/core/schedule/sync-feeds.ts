import { type FeedEntry, type FeedRecord, fetchKey, hostOf } from './feed-record.js';
import type { FeedRegistry } from './feed-registry.js';
import { firstCheckAt } from './first-check.js';
import type { SchedulePolicy } from './schedule-policy.js';
import { iso, ms } from './time.js';

export interface FeedSyncPlan {
  /** New feeds, and known feeds whose profile or outlet changed (their schedule and health kept). */
  put: FeedRecord[];
  /** URLs of records no longer configured. */
  remove: string[];
  /** Configured entries dropped because an earlier entry is the same feed (same fetch key). */
  duplicates: FeedEntry[];
}

/** A new feed's record: healthy, at the default interval, first checked at its own slot. */
export function newFeedRecord(entry: FeedEntry, now: string, policy: SchedulePolicy): FeedRecord {
  return {
    url: entry.url,
    ...(entry.profile ? { profile: entry.profile } : {}),
    ...(entry.outlet ? { outlet: entry.outlet } : {}),
    host: hostOf(entry.url),
    nextCheckAt: iso(firstCheckAt(entry.url, ms(now), policy)),
    intervalMs: policy.defaultIntervalMs,
    failures: 0,
    health: 'ok',
    recentItemTimes: [],
  };
}

/**
 * What a deploy changes in the registry: configured feeds are added or
 * updated without losing their state, feeds no longer configured go. Two
 * entries that are one feed (one fetch key) keep the first.
 */
export function planFeedSync(
  existing: readonly FeedRecord[],
  configured: readonly FeedEntry[],
  now: string,
  policy: SchedulePolicy,
): FeedSyncPlan {
  const byUrl = new Map(existing.map((r) => [r.url, r]));
  const seen = new Set<string>();
  const kept = new Set<string>();
  const plan: FeedSyncPlan = { put: [], remove: [], duplicates: [] };
  for (const entry of configured) {
    const key = fetchKey(entry.url);
    if (seen.has(key)) {
      plan.duplicates.push(entry);
      continue;
    }
    seen.add(key);
    kept.add(entry.url);
    const record = byUrl.get(entry.url);
    if (!record) {
      plan.put.push(newFeedRecord(entry, now, policy));
    } else if (record.profile !== entry.profile || record.outlet !== entry.outlet) {
      const { profile: _p, outlet: _o, ...state } = record;
      plan.put.push({
        ...state,
        ...(entry.profile ? { profile: entry.profile } : {}),
        ...(entry.outlet ? { outlet: entry.outlet } : {}),
      });
    }
  }
  for (const record of existing) if (!kept.has(record.url)) plan.remove.push(record.url);
  return plan;
}

/** Applies the configured feed list to the registry (at deploy, or when the scheduler sees a new config). */
export async function syncFeeds(
  registry: FeedRegistry,
  configured: readonly FeedEntry[],
  now: string,
  policy: SchedulePolicy,
): Promise<FeedSyncPlan> {
  const plan = planFeedSync(await registry.all(), configured, now, policy);
  for (const record of plan.put) await registry.put(record);
  for (const url of plan.remove) await registry.remove(url);
  return plan;
}
