import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../functions/core/feeds/canonical-url.js';
import { FeedError, parseFeed } from '../../../functions/core/feeds/parse-feed.js';
import { decodeFeedBody } from '../../../functions/adapters/http/decode-body.js';
import { FIXTURES } from '../../support/fixture-server.js';

const feed = (name: string): string => decodeFeedBody(readFileSync(join(FIXTURES, 'feeds', name)));

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://WWW.GlobalResearch.CA/Breaking/5593411', 'https://www.globalresearch.ca/Breaking/5593411'],
    [
      'https://www.globalresearch.ca/a?utm_source=rss&utm_medium=rss&p=2#comments',
      'https://www.globalresearch.ca/a?p=2',
    ],
    ['https://example.org:443/x?fbclid=abc&gclid=d', 'https://example.org/x'],
    ['http://example.org:80/x?', 'http://example.org/x'],
    ['https://user:pw@example.org/x', 'https://example.org/x'],
    ['/relative/path', 'https://feeds.example/relative/path'],
  ])('%s -> %s', (raw, canonical) => {
    expect(canonicalUrl(raw, 'https://feeds.example/feed')).toBe(canonical);
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.c', 'ftp://example.org/x', ''])('refuses %s', (raw) => {
    expect(canonicalUrl(raw)).toBeUndefined();
  });
});

describe('parseFeed', () => {
  it('reads RSS 1.0 (RDF)', async () => {
    const f = await parseFeed(feed('rss-1.rss'), 'https://example.org/feed');
    expect(f.items.length).toBeGreaterThan(30);
    expect(f.items[0]?.url).toMatch(/^https?:\/\//);
  });

  it('reads Atom, with dates', async () => {
    const f = await parseFeed(feed('heise.atom'), 'https://www.heise.de/feed.atom');
    expect(f.title).toContain('heise');
    expect(f.items).toHaveLength(15);
    expect(f.items.every((i) => i.published && !Number.isNaN(Date.parse(i.published)))).toBe(true);
  });

  it('reads RSS 2.0 with item HTML for the fallback', async () => {
    const f = await parseFeed(feed('guardian.rss'), 'https://www.theguardian.com/uk/rss');
    expect(f.items.length).toBeGreaterThan(40);
    expect(f.items.filter((i) => i.html).length).toBeGreaterThan(40);
  });

  it('reads an ISO-8859-1 feed whose <rss> has no version', async () => {
    const f = await parseFeed(feed('uolNoticias.rss'), 'http://rss.uol.com.br/feed/noticias.xml');
    expect(f.title).toBe('UOL Noticias');
    expect(f.items.length).toBeGreaterThan(5);
  });

  it('reads RSS 0.91 and JSON Feed', async () => {
    const rss091 =
      '<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><item><title>A</title><link>http://example.org/a</link></item></channel></rss>';
    expect((await parseFeed(rss091, 'http://example.org/rss')).items).toEqual([
      { url: 'http://example.org/a', title: 'A' },
    ]);
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [
        {
          id: '1',
          url: 'https://example.org/j?utm_source=x',
          title: 'J1',
          content_html: '<p>Raqqa</p>',
          date_published: '2017-06-03T10:00:00Z',
        },
      ],
    });
    expect(await parseFeed(json, 'https://example.org/feed.json')).toEqual({
      title: 'J',
      items: [
        { url: 'https://example.org/j', title: 'J1', html: '<p>Raqqa</p>', published: '2017-06-03T10:00:00.000Z' },
      ],
    });
  });

  it('lists a story once, and resolves relative links against the feed', async () => {
    const xml =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a?utm_source=x</link></item><item><title>A again</title><link>https://example.org/a#top</link></item></channel></rss>';
    expect((await parseFeed(xml, 'https://example.org/feed')).items.map((i) => i.url)).toEqual([
      'https://example.org/a',
    ]);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Document moved</body></html>', /is an HTML page, not a feed/],
    [
      'a "Document Moved" page',
      readFileSync(join(FIXTURES, 'feeds', 'unrecognized.rss'), 'utf8'),
      /is not a readable feed/,
    ],
    ['broken XML', '<rss version="2.0"><channel><title>x</channel>', /is not a readable feed/],
    ['JSON that is not a feed', '{"hello": "world"}', /is JSON but not a JSON Feed/],
    ['nothing', '', /is not a readable feed/],
  ])('fails with a clear FeedError for %s', async (_label, text, message) => {
    const error = await parseFeed(text, 'https://example.org/feed').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('https://example.org/feed');
  });
});

/** The bundled feeds always; every feed of ../shared/bench/feeds too where that folder is (a developer's checkout). */
function corpus(): string[] {
  const files = readdirSync(join(FIXTURES, 'feeds'))
    .filter((f) => !/README|LICENSE/.test(f))
    .map((f) => join(FIXTURES, 'feeds', f));
  const shared = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'feeds');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/^(LICENSE|SOURCE_COMMIT|README)/.test(name) && !path.includes('expected-output')) files.push(path);
    }
  };
  if (existsSync(shared)) walk(shared);
  return files;
}

describe('every real feed parses or fails alone with a clear error', () => {
  it('reads each file of the corpus without any other kind of exception', async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThanOrEqual(5);
    const outcomes = await Promise.all(
      files.map(async (file) => {
        try {
          const parsed = await parseFeed(decodeFeedBody(readFileSync(file)), 'https://example.org/feed');
          return { file, ok: true, items: parsed.items.length };
        } catch (error) {
          expect(error, file).toBeInstanceOf(FeedError);
          expect((error as Error).message, file).toMatch(/^https:\/\/example\.org\/feed (is|is not) /);
          return { file, ok: false, items: 0 };
        }
      }),
    );
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(outcomes.length / 2);
  });
});
