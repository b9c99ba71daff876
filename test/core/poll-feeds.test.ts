import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idForUrl } from '../../functions/core/article-id.js';
import { pollFeeds, type FeedResponse, type PollEvent, type WebPort } from '../../functions/core/poll-feeds.js';
import { buildMatcher } from '../../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON } from '../../functions/core/watches/default-lexicon.js';
import { selectWatches } from '../../functions/core/watches/watch-list.js';
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

function deps(web: WebPort, store = new MemoryStore()) {
  return {
    web,
    store,
    feedStates: store,
    now: () => '2026-11-22T00:00:00.000Z',
    alerts: {
      ledger: store,
      publisher: new RecordingPublisher(),
      matcher: buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, ['Deir Ezzor', 'Marea'])),
      now: () => 't',
    },
  };
}

describe('pollFeeds', () => {
  it('stores each new item in the normal form, with its canonical URL as id', async () => {
    const web = new FakeWeb({ [`${BASE}/feed`]: { text: grFeed, etag: '"v1"' } }, pages);
    const d = deps(web);
    const events: PollEvent[] = [];
    const summary = await pollFeeds([{ url: `${BASE}/feed`, profile: 'global-research' }], d, (e) => events.push(e));
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
    await pollFeeds([{ url: `${BASE}/feed`, outlet: 'Global Research' }], d, (e) => events.push(e));
    const gone = events.find((e) => e.type === 'article' && e.url === `${BASE}/gone/1`);
    expect(gone).toMatchObject({
      fromFeedContent: true,
      article: {
        title: 'A story whose page is gone',
        body: ['Fighting was reported near Deir ez-Zor on Friday.'],
        outlet: 'Global Research',
        published: '2017-06-03',
      },
    });
    expect(gone?.type === 'article' && gone.alert?.sent?.message.attributes.watches).toEqual(['Deir Ezzor']);
  });

  it('saves the validators only after the items are stored, and then polls conditionally', async () => {
    const web = new FakeWeb({ [`${BASE}/feed`]: { text: grFeed, etag: '"v1"' } }, pages);
    const d = deps(web);
    await pollFeeds([{ url: `${BASE}/feed` }], d);
    expect(d.store.feeds.get(`${BASE}/feed`)).toMatchObject({
      etag: '"v1"',
      failures: 0,
      lastSuccessAt: '2026-11-22T00:00:00.000Z',
    });
    web.asked.length = 0;
    const again = await pollFeeds([{ url: `${BASE}/feed` }], d);
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
    const first = await pollFeeds([{ url: `${BASE}/feed` }, { url: 'https://mirror.example/feed' }], d);
    expect(first.stored).toBe(3);
    expect(web.asked.filter((u) => u.includes('breaking-isis-retreat'))).toHaveLength(1);
    web.asked.length = 0;
    const second = await pollFeeds([{ url: `${BASE}/feed` }, { url: 'https://mirror.example/feed' }], d);
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
    const summary = await pollFeeds([{ url: 'https://broken.example/feed' }, { url: `${BASE}/feed` }], d, (e) =>
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
    await pollFeeds([{ url: `${BASE}/feed` }], d, (e) => events.push(e));
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

  it('keeps the old validators when an item could not be stored, so the next run retries it', async () => {
    const feed = rssFeed(BASE, [{ path: '/no-page-no-content', title: 'Nothing to read' }]);
    const d = deps(new FakeWeb({ [`${BASE}/feed`]: { text: feed, etag: '"v2"' } }, {}));
    const events: PollEvent[] = [];
    const summary = await pollFeeds([{ url: `${BASE}/feed` }], d, (e) => events.push(e));
    expect(summary).toMatchObject({ failedFeeds: 1, itemFailures: 1, stored: 0 });
    expect(d.store.feeds.get(`${BASE}/feed`)?.etag).toBeUndefined();
    expect(events[0]).toMatchObject({ type: 'item-failed', url: `${BASE}/no-page-no-content` });
  });

  it('starts no new work once told to stop, and leaves the feed for the next run', async () => {
    const d = deps(new FakeWeb({ [`${BASE}/feed`]: { text: grFeed, etag: '"v1"' } }, pages));
    let calls = 0;
    const summary = await pollFeeds([{ url: `${BASE}/feed` }, { url: 'https://later.example/feed' }], {
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
