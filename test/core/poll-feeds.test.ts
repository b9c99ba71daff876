import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idForUrl } from '../../functions/core/article-id.js';
import type { FeedConfig } from '../../functions/core/config/operator-config.js';
import { profileFor } from '../../functions/core/html/outlet-profiles.js';
import { type PollEvent, pollFeeds } from '../../functions/core/poll-feeds.js';
import type { FeedResponse, WebPort } from '../../functions/core/ports.js';

import { resolveWatches } from '../../functions/core/watches/resolve-watches.js';

import { FIXTURES, rssFeed } from '../support/fixture-server.js';
import { MemoryStore, RecordingPublisher } from '../support/memory-ports.js';

const BASE = 'https://www.globalresearch.ca';
const page002 = readFileSync(join(FIXTURES, 'global-research', 'seed-002-en.html'), 'utf8');
const page000 = readFileSync(join(FIXTURES, 'global-research', 'seed-000-fr.html'), 'utf8');

/** A web in memory: feeds by URL (with optional ETags), pages by URL, and a log of what was asked. */
class FakeWeb implements WebPort {
  readonly asked: string[] = [];
  constructor(
    readonly feeds: Record<string, { text: string; etag?: string } | Error>,
    readonly pages: Record<string, string>,
  ) {}
  async getFeed(url: string, validators: { etag?: string }): Promise<FeedResponse> {
    this.asked.push(url);
    const feed = this.feeds[url];
    if (!feed) throw new Error(`${url} answered HTTP 404`);
    if (feed instanceof Error) throw feed;
    if (feed.etag && validators.etag === feed.etag) return { notModified: true };
    return { notModified: false, text: feed.text, url, ...(feed.etag ? { etag: feed.etag } : {}) };
  }
  async getPage(url: string): Promise<{ html: string; url: string }> {
    this.asked.push(url);
    const html = this.pages[url];
    if (html === undefined) throw new Error(`${url} answered HTTP 404`);
    return { html, url };
  }
}

const grFeed = rssFeed(BASE, [
  { path: '/breaking-isis-retreat/5593411', title: 'Breaking: ISIS Retreat' },
  { path: '/syria-and-iraq/5528500?utm_source=rss', title: 'Syria and Iraq' },
  {
    path: '/gone/1',
    title: 'A story whose page is gone',
    description: '<p>Fighting was reported near Deir ez-Zor on Friday.</p>',
  },
]);
const pages = { [`${BASE}/breaking-isis-retreat/5593411`]: page002, [`${BASE}/syria-and-iraq/5528500`]: page000 };

/** A feed as the config gives it: its profile chosen by its site unless named. */
const feed = (url: string, extra: Partial<FeedConfig> = {}): FeedConfig => ({
  url,
  profile: profileFor(url),
  ...extra,
});

function deps(web: WebPort, store = new MemoryStore()) {
  return {
    web,
    store,
    feedStates: store,
    now: () => '2026-11-22T00:00:00.000Z',
    alerts: {
      ledger: store,
      publisher: new RecordingPublisher(),
      matcher: resolveWatches(['Deir Ezzor', 'Marea']).matcher,
      now: () => 't',
    },
  };
}

describe('pollFeeds', () => {
  it('stores each new item in the normal form, with its canonical URL as id', async () => {
    const web = new FakeWeb({ [`${BASE}/feed`]: { text: grFeed, etag: '"v1"' } }, pages);
    const d = deps(web);
    const events: PollEvent[] = [];
    const summary = await pollFeeds([feed(`${BASE}/feed`, { profile: 'global-research' })], d, (e) => events.push(e));
    expect(summary).toMatchObject({ feeds: 1, failedFeeds: 0, stored: 3, known: 0, itemFailures: 0 });
    const stored = d.store.articles.get(idForUrl(`${BASE}/syria-and-iraq/5528500`));
    expect(stored).toMatchObject({
      title: 'Syria and Iraq: The ISIS Terror Group Launches Full Scale Advance',
      outlet: 'Mondialisation.ca',
      published: '2016-06-04',
      language: 'fr',
      url: `${BASE}/syria-and-iraq/5528500`,
    });
    expect(stored?.lede).toMatch(/^On June 3, the ISIS terrorist group/);
  });

  it("falls back to the feed's own content when the page cannot be fetched, and dates it from the feed", async () => {
    const d = deps(new FakeWeb({ [`${BASE}/feed`]: { text: grFeed } }, pages));
    const events: PollEvent[] = [];
    await pollFeeds([feed(`${BASE}/feed`, { outlet: 'Global Research' })], d, (e) => events.push(e));
    const gone = events.find((e) => e.type === 'article' && e.url === `${BASE}/gone/1`);
    expect(gone).toMatchObject({
      fromFeedContent: true,
      outcome: {
        article: {
          title: 'A story whose page is gone',
          body: ['Fighting was reported near Deir ez-Zor on Friday.'],
          outlet: 'Global Research',
          published: '2017-06-03',
        },
      },
    });
    expect(gone?.type === 'article' && gone.outcome.alert?.deliveries.map((d) => d.watches)).toEqual([['Deir Ezzor']]);
  });

  it('saves the validators only after the items are stored, and then polls conditionally', async () => {
    const web = new FakeWeb({ [`${BASE}/feed`]: { text: grFeed, etag: '"v1"' } }, pages);
    const d = deps(web);
    await pollFeeds([feed(`${BASE}/feed`)], d);
    expect(d.store.feeds.get(`${BASE}/feed`)).toMatchObject({
      etag: '"v1"',
      failures: 0,
      lastSuccessAt: '2026-11-22T00:00:00.000Z',
    });
    web.asked.length = 0;
    const again = await pollFeeds([feed(`${BASE}/feed`)], d);
    expect(web.asked).toEqual([`${BASE}/feed`]);
    expect(again.stored).toBe(0);
  });

  it('does not fetch a known article again, nor a story two feeds carry twice', async () => {
    const other = rssFeed('https://mirror.example', []).replace(
      '</channel>',
      `<item><title>Same</title><link>${BASE}/breaking-isis-retreat/5593411?utm_medium=x#top</link></item></channel>`,
    );
    const web = new FakeWeb(
      { [`${BASE}/feed`]: { text: grFeed }, 'https://mirror.example/feed': { text: other } },
      pages,
    );
    const d = deps(web);
    const first = await pollFeeds([feed(`${BASE}/feed`), feed('https://mirror.example/feed')], d);
    expect(first.stored).toBe(3);
    expect(web.asked.filter((u) => u.includes('breaking-isis-retreat'))).toHaveLength(1);
    web.asked.length = 0;
    const second = await pollFeeds([feed(`${BASE}/feed`), feed('https://mirror.example/feed')], d);
    expect(second).toMatchObject({ stored: 0, known: 3 });
    expect(web.asked.sort()).toEqual(['https://mirror.example/feed', `${BASE}/feed`]);
  });

  it("records one feed's failure in its state and polls the others", async () => {
    const web = new FakeWeb(
      {
        [`${BASE}/feed`]: { text: grFeed },
        'https://broken.example/feed': new Error('https://broken.example/feed answered HTTP 500'),
      },
      pages,
    );
    const d = deps(web);
    d.store.feeds.set('https://broken.example/feed', {
      url: 'https://broken.example/feed',
      failures: 2,
      etag: '"old"',
    });
    const events: PollEvent[] = [];
    const summary = await pollFeeds([feed('https://broken.example/feed'), feed(`${BASE}/feed`)], d, (e) =>
      events.push(e),
    );
    expect(summary).toMatchObject({ failedFeeds: 1, stored: 3 });
    expect(d.store.feeds.get('https://broken.example/feed')).toEqual({
      url: 'https://broken.example/feed',
      etag: '"old"',
      failures: 3,
      lastError: 'https://broken.example/feed answered HTTP 500',
      lastErrorAt: '2026-11-22T00:00:00.000Z',
      lastPolledAt: '2026-11-22T00:00:00.000Z',
    });
    expect(events.find((e) => e.type === 'feed' && e.url === 'https://broken.example/feed')).toMatchObject({
      status: 'failed',
    });
  });

  it('reports a page served as a feed as a failed feed', async () => {
    const d = deps(new FakeWeb({ [`${BASE}/feed`]: { text: '<!DOCTYPE html><html><body>hi</body></html>' } }, {}));
    const events: PollEvent[] = [];
    await pollFeeds([feed(`${BASE}/feed`)], d, (e) => events.push(e));
    expect(events).toEqual([
      {
        type: 'feed',
        url: `${BASE}/feed`,
        status: 'failed',
        items: 0,
        stored: 0,
        error: `${BASE}/feed is an HTML page, not a feed`,
      },
    ]);
  });

  // Regression: one item whose page was a 404 made every poll fail its feed, never saving its validators.
  it('tries an item whose page will not come on the next polls, gives it up after three, and keeps the feed healthy', async () => {
    const text = rssFeed(BASE, [{ path: '/no-page-no-content', title: 'Nothing to read' }]);
    const web = new FakeWeb({ [`${BASE}/feed`]: { text, etag: '"v2"' } }, {});
    const d = deps(web);
    const events: PollEvent[] = [];
    const first = await pollFeeds([feed(`${BASE}/feed`)], d, (e) => events.push(e));
    expect(first).toMatchObject({ failedFeeds: 0, itemFailures: 1, stored: 0 });
    expect(d.store.feeds.get(`${BASE}/feed`)).toMatchObject({
      etag: '"v2"',
      failures: 0,
      retryItems: [{ url: `${BASE}/no-page-no-content`, title: 'Nothing to read', attempts: 1 }],
    });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'item-failed', url: `${BASE}/no-page-no-content`, attempts: 1, gaveUp: false }),
    );
    // The feed answers 304 from now on: the item is tried again from the state, not from the feed.
    await pollFeeds([feed(`${BASE}/feed`)], d, (e) => events.push(e));
    await pollFeeds([feed(`${BASE}/feed`)], d, (e) => events.push(e));
    expect(events.filter((e) => e.type === 'item-failed').map((e) => e.type === 'item-failed' && e.gaveUp)).toEqual([
      false,
      false,
      true,
    ]);
    const state = d.store.feeds.get(`${BASE}/feed`);
    expect(state?.retryItems).toBeUndefined();
    expect(state?.givenUp).toEqual({ [`${BASE}/no-page-no-content`]: `${BASE}/no-page-no-content answered HTTP 404` });
    web.asked.length = 0;
    await pollFeeds([feed(`${BASE}/feed`)], d);
    expect(web.asked).toEqual([`${BASE}/feed`]);
  });

  it('stores the page once it comes back on a later poll', async () => {
    const text = rssFeed(BASE, [{ path: '/flaky', title: 'Back later' }]);
    const web = new FakeWeb({ [`${BASE}/feed`]: { text, etag: '"v3"' } }, {});
    const d = deps(web);
    await pollFeeds([feed(`${BASE}/feed`)], d);
    web.pages[`${BASE}/flaky`] = page002;
    const second = await pollFeeds([feed(`${BASE}/feed`)], d);
    expect(second).toMatchObject({ stored: 1, itemFailures: 0 });
    expect(d.store.feeds.get(`${BASE}/feed`)?.retryItems).toBeUndefined();
  });

  // Regression: a feed's first poll alerted its whole backlog, items from 2017 among them.
  it('stores but does not alert items published before the alert window', async () => {
    const d = { ...deps(new FakeWeb({ [`${BASE}/feed`]: { text: grFeed } }, pages)), maxAlertAgeMs: 3 * 86_400_000 };
    const events: PollEvent[] = [];
    const summary = await pollFeeds([feed(`${BASE}/feed`)], d, (e) => events.push(e));
    expect(summary).toMatchObject({ stored: 3, alerts: 0 });
    const articles = events.flatMap((e) => (e.type === 'article' ? [e.outcome] : []));
    expect(articles.every((o) => o.tooOld === true && o.alert?.deliveries.length === 0)).toBe(true);
  });

  it('alerts again on the next poll an article whose alert surely failed', async () => {
    const d = deps(new FakeWeb({ [`${BASE}/feed`]: { text: grFeed, etag: '"v1"' } }, pages));
    d.alerts.publisher.failures = 1;
    const first = await pollFeeds([feed(`${BASE}/feed`)], d);
    expect(first.alertFailures).toBe(1);
    const [failedId] = d.store.feeds.get(`${BASE}/feed`)?.retryAlerts ?? [];
    expect(d.store.alerts.get(failedId ?? '')?.status).toBe('failed');
    const second = await pollFeeds([feed(`${BASE}/feed`)], d);
    expect(second).toMatchObject({ alerts: 1, alertFailures: 0 });
    expect(d.store.alerts.get(failedId ?? '')?.status).toBe('sent');
    expect(d.store.feeds.get(`${BASE}/feed`)?.retryAlerts).toBeUndefined();
  });

  it("counts each feed's own stored articles when feeds run side by side", async () => {
    const other = rssFeed('https://other.example', [{ path: '/a', title: 'Other A' }]);
    const web = new FakeWeb(
      { [`${BASE}/feed`]: { text: grFeed }, 'https://other.example/feed': { text: other } },
      { ...pages, 'https://other.example/a': page002 },
    );
    const events: PollEvent[] = [];
    await pollFeeds([feed(`${BASE}/feed`), feed('https://other.example/feed')], deps(web), (e) => events.push(e));
    const stored = Object.fromEntries(events.flatMap((e) => (e.type === 'feed' ? [[e.url, e.stored]] : [])));
    expect(stored).toEqual({ [`${BASE}/feed`]: 3, 'https://other.example/feed': 1 });
  });

  it('starts no new work once told to stop, and leaves the feed for the next run', async () => {
    const d = deps(new FakeWeb({ [`${BASE}/feed`]: { text: grFeed, etag: '"v1"' } }, pages));
    let calls = 0;
    const summary = await pollFeeds([feed(`${BASE}/feed`), feed('https://later.example/feed')], {
      ...d,
      feedConcurrency: 1,
      shouldStop: () => ++calls > 2,
    });
    expect(summary.stoppedEarly).toBe(true);
    expect(d.store.feeds.get(`${BASE}/feed`)?.etag).toBeUndefined();
    expect(d.store.feeds.has('https://later.example/feed')).toBe(false);
  });
});

describe('pollFeeds on a generic page', () => {
  it("bug 2: keeps the feed's outlet and date when the page's body opens with a byline and a dateline", async () => {
    const wire = 'https://wire.example';
    const feed = rssFeed(wire, [{ path: '/world/strikes', title: 'Strikes hit eastern Syria' }], 'Wire Service');
    const html = `<html><head><title>Strikes hit eastern Syria</title></head><body><article>
      <h1>Strikes hit eastern Syria</h1><p>By Jane Doe</p><p>Damascus, June 3, 2017</p>
      <p>Air strikes hit several villages east of Deir ez-Zor on Saturday, residents said, as the army pressed on.</p>
      <p>The strikes came a day after the army said it had taken back two oil fields, a claim no one could confirm.</p>
      </article></body></html>`;
    const d = deps(new FakeWeb({ [`${wire}/feed`]: { text: feed } }, { [`${wire}/world/strikes`]: html }));
    await pollFeeds([{ url: `${wire}/feed` }], d);
    expect(d.store.articles.get(idForUrl(`${wire}/world/strikes`))).toMatchObject({
      shape: 'plain',
      outlet: 'Wire Service',
      published: '2017-06-03',
      authors: [],
    });
  });
});
