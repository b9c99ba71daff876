import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../../../functions/core/schedule/feed-record.js';
import { nextState, type PollOutcome } from '../../../functions/core/schedule/next-check.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../../functions/core/schedule/schedule-policy.js';

const MIN = 60_000;
const NOW = '2026-03-02T10:00:00.000Z';
const at = (minutesFromNow: number): string => new Date(Date.parse(NOW) + minutesFromNow * MIN).toISOString();

const record = (over: Partial<FeedRecord> = {}): FeedRecord => ({
  url: 'https://news.example.org/feed',
  host: 'news.example.org',
  nextCheckAt: NOW,
  intervalMs: 15 * MIN,
  failures: 0,
  health: 'ok',
  recentItemTimes: [],
  lease: { id: '2026-03-02T10:00:00.000Z', until: at(10), dueAt: NOW },
  ...over,
});

const ok = (over: Partial<PollOutcome> = {}): PollOutcome => ({
  status: 200,
  newItems: 0,
  itemTimes: [],
  cacheHints: {},
  ...over,
});
const failed = (status: number, over: Partial<PollOutcome> = {}): PollOutcome => ok({ status, ...over });

describe('nextState on success', () => {
  it('checks a feed of unknown rate again after the default 15 minutes, and drops its lease', () => {
    const { record: next, notice } = nextState(record(), ok(), NOW, policy);
    expect(next.nextCheckAt).toBe(at(15));
    expect(next.intervalMs).toBe(15 * MIN);
    expect(next.lease).toBeUndefined();
    expect(next.health).toBe('ok');
    expect(notice).toBeUndefined();
  });

  it('checks a feed that publishes every 3 minutes no more often than the 5-minute floor', () => {
    const times = Array.from({ length: 12 }, (_, i) => at(-3 * i - 1));
    const { record: next } = nextState(record(), ok({ itemTimes: times, newItems: 2 }), NOW, policy);
    expect(next.intervalMs).toBe(5 * MIN);
    expect(next.nextCheckAt).toBe(at(5));
    expect(next.recentItemTimes).toHaveLength(10);
  });

  it('checks an hourly feed about every hour: ten items over ten hours', () => {
    const times = Array.from({ length: 10 }, (_, i) => at(-60 * (i + 1)));
    const { record: next } = nextState(record(), ok({ itemTimes: times }), NOW, policy);
    expect(next.intervalMs).toBe(60 * MIN);
    expect(next.nextCheckAt).toBe(at(60));
  });

  it('checks a feed whose last item is three weeks old once a day, the ceiling', () => {
    const { record: next } = nextState(record(), ok({ itemTimes: [at(-21 * 24 * 60)] }), NOW, policy);
    expect(next.intervalMs).toBe(24 * 60 * MIN);
    expect(next.nextCheckAt).toBe(at(24 * 60));
  });

  it('waits out an RSS <ttl> of 60 minutes on a busy feed', () => {
    const times = Array.from({ length: 10 }, (_, i) => at(-2 * i));
    const { record: next } = nextState(record(), ok({ itemTimes: times, cacheHints: { ttl: 60 } }), NOW, policy);
    expect(next.intervalMs).toBe(5 * MIN);
    expect(next.nextCheckAt).toBe(at(60));
  });

  it('waits out Cache-Control max-age=1800', () => {
    const { record: next } = nextState(record(), ok({ cacheHints: { maxAge: 1800 } }), NOW, policy);
    expect(next.nextCheckAt).toBe(at(30));
  });

  it('reads Expires against the server Date, not our clock', () => {
    const hints = { date: 'Mon, 02 Mar 2026 09:00:00 GMT', expires: 'Mon, 02 Mar 2026 09:40:00 GMT' };
    expect(nextState(record(), ok({ cacheHints: hints }), NOW, policy).record.nextCheckAt).toBe(at(40));
  });

  it('caps a far-future Expires at the max interval', () => {
    const hints = { expires: 'Thu, 01 Jan 2037 00:00:00 GMT' };
    expect(nextState(record(), ok({ cacheHints: hints }), NOW, policy).record.nextCheckAt).toBe(at(24 * 60));
  });

  it('rounds the next check up to the next whole minute', () => {
    const { record: next } = nextState(record(), ok(), '2026-03-02T10:00:20.500Z', policy);
    expect(next.nextCheckAt).toBe(at(16));
  });

  it('keeps the validators on a 304 and takes the new ones on a 200', () => {
    const known = record({ etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 08:00:00 GMT' });
    const same = nextState(known, failed(304), NOW, policy).record;
    expect([same.etag, same.lastModified, same.health]).toEqual(['"v1"', 'Mon, 02 Mar 2026 08:00:00 GMT', 'ok']);
    const fresh = nextState(known, ok({ validators: { etag: '"v2"' } }), NOW, policy).record;
    expect(fresh.etag).toBe('"v2"');
    expect(fresh.lastModified).toBeUndefined();
  });
});

describe('nextState on failure', () => {
  it('429 with Retry-After: 7200 waits two hours though the first backoff is shorter', () => {
    const { record: next } = nextState(record(), failed(429, { cacheHints: { retryAfter: '7200' } }), NOW, policy);
    expect(next.nextCheckAt).toBe(at(120));
    expect([next.health, next.failures, next.why]).toEqual(['failing', 1, 'HTTP 429']);
  });

  it('429 with Retry-After as an HTTP date', () => {
    const hints = { retryAfter: 'Mon, 02 Mar 2026 10:45:00 GMT' };
    expect(nextState(record(), failed(429, { cacheHints: hints }), NOW, policy).record.nextCheckAt).toBe(at(45));
  });

  it('503 without Retry-After backs off, never sooner than the feed own interval', () => {
    const { record: next } = nextState(record(), failed(503), NOW, policy);
    expect(next.nextCheckAt).toBe(at(15));
    const busy = nextState(record({ intervalMs: 5 * MIN }), failed(503), NOW, policy).record;
    expect(busy.nextCheckAt).toBe(at(5));
  });

  it('a dead feed backs off 5 min x 2^n up to a day', () => {
    let state = record({ intervalMs: 5 * MIN });
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      state = nextState(state, failed(0, { error: 'connect ECONNREFUSED' }), NOW, policy).record;
      waits.push((Date.parse(state.nextCheckAt) - Date.parse(NOW)) / MIN);
    }
    expect(waits).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440]);
    expect(state.why).toBe('connect ECONNREFUSED');
  });

  it('disables the feed at the 11th failure in a row and tells the operators once', () => {
    const tenth = record({ failures: 10, health: 'failing' });
    const { record: next, notice } = nextState(tenth, failed(500), NOW, policy);
    expect(next.health).toBe('disabled');
    expect(next.nextCheckAt).toBe(at(24 * 60));
    expect(notice).toEqual({ type: 'feed-disabled', url: tenth.url, at: NOW, failures: 11, why: 'HTTP 500' });
    expect(nextState(next, failed(500), NOW, policy).notice).toBeUndefined();
  });

  it('takes the operator count of failures before disabling', () => {
    const third = record({ failures: 2, health: 'failing' });
    expect(nextState(third, failed(500), NOW, { ...policy, disableAfter: 3 }).record.health).toBe('disabled');
  });

  it('disables a 410 Gone feed at once', () => {
    const { record: next, notice } = nextState(record(), failed(410), NOW, policy);
    expect(next.health).toBe('disabled');
    expect(notice?.type).toBe('feed-disabled');
    expect(next.why).toBe('gone (HTTP 410)');
  });

  it('counts a 200 that could not be read as a failure', () => {
    const { record: next } = nextState(record(), ok({ error: 'not a feed: <html>' }), NOW, policy);
    expect([next.health, next.failures, next.why]).toEqual(['failing', 1, 'not a feed: <html>']);
  });
});

describe('nextState on recovery', () => {
  it('one success restores a disabled feed and tells the operators', () => {
    const disabled = record({ failures: 14, health: 'disabled', why: 'HTTP 500' });
    const { record: next, notice } = nextState(disabled, ok(), NOW, policy);
    expect([next.health, next.failures, next.why]).toEqual(['ok', 0, undefined]);
    expect(notice).toEqual({ type: 'feed-recovered', url: disabled.url, at: NOW, failuresBefore: 14 });
  });

  it('a failing feed that succeeds goes back to its interval without a notice', () => {
    const failing = record({ failures: 3, health: 'failing', why: 'HTTP 502' });
    const { record: next, notice } = nextState(failing, ok(), NOW, policy);
    expect([next.health, next.failures, next.nextCheckAt]).toEqual(['ok', 0, at(15)]);
    expect(notice).toBeUndefined();
  });
});

describe('nextState for a feed that dates no item', () => {
  it('keeps the default interval after the first check, then follows the new items found', () => {
    const first = nextState(record(), ok({ newItems: 20 }), NOW, policy).record;
    expect([first.intervalMs, first.recentItemTimes]).toEqual([15 * MIN, []]);
    const second = nextState(first, ok({ newItems: 1 }), at(15), policy).record;
    expect(second.recentItemTimes).toEqual([at(7.5)]);
    expect(second.intervalMs).toBe(7.5 * MIN);
  });
});
