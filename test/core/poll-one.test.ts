import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedFetcher, type GuardedFetcher } from '../../functions/adapters/http/guarded-fetch.js';
import { createWebPort } from '../../functions/adapters/http/web-port.js';
import { createPollOne, pollOutcome, UNFINISHED } from '../../functions/core/poll-one.js';
import type { FeedRecord } from '../../functions/core/schedule/feed-record.js';
import type { Politely } from '../../functions/core/schedule/host-gate.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../functions/core/schedule/schedule-policy.js';
import { newFeedRecord } from '../../functions/core/schedule/sync-feeds.js';
import { type FixtureServer, rssFeed, startFixtureServer } from '../support/fixture-server.js';
import { MemoryStore } from '../support/memory-ports.js';

const NOW = '2026-03-02T10:00:00.000Z';
let server: FixtureServer;
let fetcher: GuardedFetcher;

beforeAll(async () => {
  server = await startFixtureServer();
  fetcher = createGuardedFetcher({ allowAddresses: [server.host], totalTimeoutMs: 2_000 });
  server.route('/ttl/feed', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    const feed = rssFeed(server.base, [
      { path: '/gr/seed-002', title: 'One', date: 'Mon, 02 Mar 2026 09:00:00 +0000' },
      { path: '/gr/seed-000', title: 'Two', date: 'Mon, 02 Mar 2026 08:00:00 +0000' },
    ]).replace('<description>d</description>', '<description>d</description><ttl>60</ttl>');
    res
      .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'cache-control': 'public, max-age=1800' })
      .end(feed);
  });
  server.route('/busy/feed', (_req, res) => {
    res.writeHead(429, { 'retry-after': '120', 'content-type': 'text/plain' }).end('slow down');
  });
  server.route('/html/feed', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>no feed here</body></html>');
  });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

/** The gate the worker would pass, recording each URL it lets through. */
function recordingGate(): { politely: Politely; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    politely: (url, request) => {
      urls.push(url);
      return request();
    },
  };
}

const feed = (path: string): FeedRecord => newFeedRecord({ url: `${server.base}${path}` }, NOW, policy);

describe('createPollOne', () => {
  it('stores a feed’s new items and reports its item times, max-age and ttl, every request through the gate', async () => {
    const store = new MemoryStore();
    const pollOne = createPollOne({ web: createWebPort(fetcher), store, feedStates: store, now: () => NOW });
    const gate = recordingGate();
    const outcome = await pollOne(feed('/ttl/feed'), gate.politely);

    expect(outcome).toMatchObject({
      status: 200,
      newItems: 2,
      itemTimes: ['2026-03-02T09:00:00.000Z', '2026-03-02T08:00:00.000Z'],
      cacheHints: { maxAge: 1800, ttl: 60 },
    });
    expect(outcome.error).toBeUndefined();
    expect(gate.urls).toEqual([
      `${server.base}/ttl/feed`,
      expect.stringContaining('/gr/seed-'),
      expect.stringContaining('/gr/seed-'),
    ]);

    // The validators the first check saved make the second a 304.
    const again = await pollOne(feed('/ttl/feed'), recordingGate().politely);
    expect(again).toMatchObject({ status: 304, newItems: 0, cacheHints: {} });
  });

  it('reports a 429 with its Retry-After, as a failure', async () => {
    const store = new MemoryStore();
    const pollOne = createPollOne({ web: createWebPort(fetcher), store, feedStates: store, now: () => NOW });
    const outcome = await pollOne(feed('/busy/feed'), recordingGate().politely);
    expect(outcome).toMatchObject({ status: 429, newItems: 0, cacheHints: { retryAfter: '120' } });
    expect(outcome.error).toMatch(/HTTP 429/);
  });

  it('reports a 200 whose body is no feed as failed, with its status', async () => {
    const store = new MemoryStore();
    const pollOne = createPollOne({ web: createWebPort(fetcher), store, feedStates: store, now: () => NOW });
    const outcome = await pollOne(feed('/html/feed'), recordingGate().politely);
    expect(outcome.status).toBe(200);
    expect(outcome.error).toBeTruthy();
  });

  it('reports a refused address as no response (status 0)', async () => {
    const store = new MemoryStore();
    const pollOne = createPollOne({ web: createWebPort(fetcher), store, feedStates: store, now: () => NOW });
    const outcome = await pollOne(
      newFeedRecord({ url: 'http://127.0.0.1:9/feed' }, NOW, policy),
      recordingGate().politely,
    );
    expect(outcome).toMatchObject({ status: 0, newItems: 0, cacheHints: {} });
    expect(outcome.error).toMatch(/refused/);
  });
});

describe('createPollOne with the invocation running out', () => {
  it('fetches nothing and reports the check unfinished', async () => {
    const store = new MemoryStore();
    const pollOne = createPollOne({
      web: createWebPort(fetcher),
      store,
      feedStates: store,
      now: () => NOW,
      shouldStop: () => true,
    });
    const gate = recordingGate();
    expect(await pollOne(feed('/ttl/feed'), gate.politely)).toEqual({
      status: 0,
      newItems: 0,
      itemTimes: [],
      cacheHints: {},
      error: UNFINISHED,
    });
    expect(gate.urls).toEqual([]);
  });
});

describe('pollOutcome', () => {
  it('counts a run stopped half-way as a failure, keeping what it stored', () => {
    expect(
      pollOutcome(
        { type: 'feed', url: 'https://a.example/feed', status: 'skipped', items: 4, stored: 1, error: 'stopped' },
        { status: 200, hints: {} },
      ),
    ).toEqual({ status: 200, newItems: 1, itemTimes: [], cacheHints: {}, error: 'stopped' });
  });
});
