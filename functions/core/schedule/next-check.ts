import { hintedWaitMs, type CacheHints } from './cache-hints.js';
import type { FeedRecord } from './feed-record.js';
import { meanItemGapMs, mergeItemTimes } from './item-rate.js';
import type { SchedulePolicy } from './schedule-policy.js';
import { ceilToTick, iso, ms } from './time.js';

/** What one check of a feed found: the worker's `pollOne` returns it. */
export interface PollOutcome {
  /** The HTTP status of the feed's response; 0 when none came (network error, timeout). */
  status: number;
  /** Items stored for the first time by this check. */
  newItems: number;
  /** Publication times of the items the feed lists now (any parseable date form). */
  itemTimes: readonly string[];
  cacheHints: CacheHints;
  /** The validators to send next time (a 304 keeps the old ones). */
  validators?: { etag?: string; lastModified?: string };
  /** Set when the check failed even with a 2xx (an unparseable feed, items that could not be stored). */
  error?: string;
}

/** A message for the operators' topic. */
export type FeedNotice =
  | { type: 'feed-disabled'; url: string; at: string; failures: number; why: string }
  | { type: 'feed-recovered'; url: string; at: string; failuresBefore: number };

export interface NextState {
  record: FeedRecord;
  notice?: FeedNotice;
}

const succeeded = (o: PollOutcome): boolean => !o.error && ((o.status >= 200 && o.status < 300) || o.status === 304);

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * A feed's next state after one check: when it is next due, its health, and
 * the notice the operators get when it is disabled or comes back.
 *
 * On success the interval is the feed's mean gap between items, clamped to
 * the policy's bounds. On failure the wait is backoffBase x 2^(n-1), never
 * shorter than the feed's own interval (a failing feed is not checked more
 * often than a healthy one) and never longer than the max interval; after
 * `disableAfter` failures in a row (at once for 410 Gone) the feed is
 * disabled and probed once per max interval, and one success restores it.
 * Either way the wait is never shorter than what the server or the feed
 * asked (Retry-After, max-age, Expires, ttl), up to the max interval, which
 * bounds a bogus far-future Expires.
 */
export function nextState(record: FeedRecord, outcome: PollOutcome, now: string, policy: SchedulePolicy): NextState {
  const nowMs = ms(now);
  const asked = Math.min(hintedWaitMs(outcome.cacheHints, nowMs), policy.maxIntervalMs);
  const { lease: _lease, why: _why, ...rest } = record;
  const due = (waitMs: number): string => iso(ceilToTick(nowMs + Math.max(waitMs, asked), policy.tickMs));

  if (succeeded(outcome)) {
    const recentItemTimes = mergeItemTimes(
      record.recentItemTimes,
      outcome.itemTimes,
      outcome.newItems,
      nowMs,
      policy.rateWindow,
      // An undated new item appeared some time since the last good check: halfway is the unbiased guess.
      record.lastSuccessAt ? (ms(record.lastSuccessAt) + nowMs) / 2 : undefined,
    );
    const gap = meanItemGapMs(recentItemTimes, nowMs) ?? policy.defaultIntervalMs;
    const intervalMs = clamp(gap, policy.minIntervalMs, policy.maxIntervalMs);
    const { etag, lastModified, ...stateless } = rest;
    // A 304 confirms the validators sent; a full response brings its own (or none).
    const validators = outcome.status === 304 ? { etag, lastModified } : (outcome.validators ?? {});
    const next: FeedRecord = {
      ...stateless,
      ...(validators.etag ? { etag: validators.etag } : {}),
      ...(validators.lastModified ? { lastModified: validators.lastModified } : {}),
      recentItemTimes,
      intervalMs,
      failures: 0,
      health: 'ok',
      lastCheckAt: now,
      lastSuccessAt: now,
      nextCheckAt: due(intervalMs),
    };
    const recovered = record.health === 'disabled';
    return {
      record: next,
      ...(recovered
        ? { notice: { type: 'feed-recovered' as const, url: record.url, at: now, failuresBefore: record.failures } }
        : {}),
    };
  }

  const failures = record.failures + 1;
  const gone = outcome.status === 410;
  const why = outcome.error ?? (gone ? 'gone (HTTP 410)' : outcome.status ? `HTTP ${outcome.status}` : 'no response');
  const disabled = gone || failures >= policy.disableAfter;
  const backoff = Math.max(policy.backoffBaseMs * 2 ** Math.min(failures - 1, 52), record.intervalMs);
  const next: FeedRecord = {
    ...rest,
    failures,
    health: disabled ? 'disabled' : 'failing',
    why,
    lastCheckAt: now,
    nextCheckAt: due(disabled ? policy.maxIntervalMs : Math.min(backoff, policy.maxIntervalMs)),
  };
  const newlyDisabled = disabled && record.health !== 'disabled';
  return {
    record: next,
    ...(newlyDisabled ? { notice: { type: 'feed-disabled' as const, url: record.url, at: now, failures, why } } : {}),
  };
}
