import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
          summary: 'Raqqa in short',
          date_published: '2017-06-03T10:00:00Z',
          date_modified: '2017-06-03T12:00:00+02:00',
        },
      ],
    });
    expect(await parseFeed(json, 'https://example.org/feed.json')).toEqual({
      title: 'J',
      skipped: [],
      items: [
        {
          url: 'https://example.org/j',
          id: '1',
          title: 'J1',
          summary: 'Raqqa in short',
          content: '<p>Raqqa</p>',
          html: '<p>Raqqa</p>',
          published: '2017-06-03T10:00:00.000Z',
          updated: '2017-06-03T10:00:00.000Z',
        },
      ],
    });
  });

  it('lists a story once, and says which entry the second copy repeats', async () => {
    const xml =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a?utm_source=x</link></item><item><title>A again</title><link>https://example.org/a#top</link></item></channel></rss>';
    const f = await parseFeed(xml, 'https://example.org/feed');
    expect(f.items.map((i) => i.url)).toEqual(['https://example.org/a']);
    expect(f.skipped).toEqual([
      { url: 'https://example.org/a', title: 'A again', position: 1, reason: 'same address as entry 0' },
    ]);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Document moved</body></html>', /is an HTML page, not a feed/],
    [
      'a "Document Moved" page',
      readFileSync(join(FIXTURES, 'feeds', 'unrecognized.rss'), 'utf8'),
      /is not a readable feed: its root element is <head>/,
    ],
    ['XML that is not a feed', '<?xml version="1.0"?><sitemap><url/></sitemap>', /is not a readable feed/],
    ['JSON that is not a feed', '{"hello": "world"}', /is JSON but not a JSON Feed/],
    ['nothing', '', /is not a readable feed: no XML element/],
    ['plain text', 'Service Unavailable', /is not a readable feed: no XML element/],
  ])('fails with a clear FeedError for %s', async (_label, text, message) => {
    const error = await parseFeed(text, 'https://example.org/feed').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('https://example.org/feed');
  });
});

const atom = (entries: string, head = ''): string =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Watch</title>${head}${entries}</feed>`;
const rss = (items: string, channelHead = '', rootAttributes = ''): string =>
  `<?xml version="1.0"?><rss version="2.0"${rootAttributes}><channel><title>Watch</title>${channelHead}${items}</channel></rss>`;
const read = (text: string, url = 'https://example.org/feed') => parseFeed(text, url);

describe('parseFeed: ids and links that used to throw', () => {
  it('reads an Atom <id> that carries an attribute', async () => {
    const f = await read(
      atom(
        '<entry><id xml:lang="en">tag:example.org,2017:1</id><title>A</title><link href="https://example.org/a"/></entry>',
      ),
    );
    expect(f.items).toEqual([{ url: 'https://example.org/a', id: 'tag:example.org,2017:1', title: 'A' }]);
  });

  it('reads an item with an empty <guid isPermaLink="false"/>', async () => {
    const f = await read(
      rss('<item><title>A</title><link>https://example.org/a</link><guid isPermaLink="false"/></item>'),
    );
    expect(f.items).toEqual([{ url: 'https://example.org/a', title: 'A' }]);
  });

  it('takes a permalink guid as the link, never one marked isPermaLink="false"', async () => {
    const f = await read(
      rss(
        '<item><title>A</title><guid>https://example.org/a</guid></item><item><title>B</title><guid isPermaLink="false">https://example.org/b</guid></item>',
      ),
    );
    expect(f.items.map((i) => i.url)).toEqual(['https://example.org/a']);
    expect(f.skipped[0]).toMatchObject({ title: 'B', id: 'https://example.org/b', reason: /no web address/ });
  });

  it("prefers FeedBurner's original link and Atom's alternate HTML link", async () => {
    const f = await read(
      atom(
        '<entry xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><title>A</title><link href="https://feeds.example/~r/a"/><feedburner:origLink>https://example.org/a</feedburner:origLink></entry>' +
          '<entry><title>B</title><link rel="enclosure" href="https://example.org/b.mp3"/><link rel="alternate" type="application/json" href="https://example.org/b.json"/><link rel="alternate" type="text/html" href="https://example.org/b"/></entry>',
      ),
    );
    expect(f.items.map((i) => i.url)).toEqual(['https://example.org/a', 'https://example.org/b']);
  });

  it('resolves relative links against xml:base, nested, not against the feed URL', async () => {
    const f = await read(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/world/"><entry xml:base="syria/"><title>A</title><link href="raqqa.html"/><content type="html">&lt;a href="../map.png"&gt;map&lt;/a&gt;</content></entry></feed>`,
      'https://feeds.example/atom.xml',
    );
    expect(f.items[0]?.url).toBe('https://news.example/world/syria/raqqa.html');
    expect(f.items[0]?.content).toBe('<a href="https://news.example/world/map.png">map</a>');
  });
});

describe('parseFeed: titles as plain text', () => {
  it('unescapes and strips type="html" titles', async () => {
    const f = await read(
      atom(
        '<entry><title type="html">&lt;b&gt;Live:&lt;/b&gt; It&amp;#8217;s Raqqa</title><link href="https://example.org/a"/></entry>',
      ),
    );
    expect(f.items[0]?.title).toBe('Live: It’s Raqqa');
  });

  it('reads type="xhtml" titles', async () => {
    const f = await read(
      atom(
        '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">SDF <em>enter</em> Tabqa</div></title><link href="https://example.org/a"/></entry>',
      ),
    );
    expect(f.items[0]?.title).toBe('SDF enter Tabqa');
  });

  it('keeps brackets of a type="text" title as text', async () => {
    const f = await read(atom('<entry><title>a &lt;b&gt; c</title><link href="https://example.org/a"/></entry>'));
    expect(f.items[0]?.title).toBe('a <b> c');
  });
});

describe('parseFeed: dates', () => {
  it('reads a zone name Date cannot read (MET, CEST, BST, JST), and one unreadable date costs its field only', async () => {
    const f = await read(
      rss(
        '<item><title>A</title><link>https://example.org/a</link><pubDate>Thu, 30 Apr 2015 08:57:00 MET</pubDate></item>' +
          '<item><title>B</title><link>https://example.org/b</link><pubDate>Thu, 30 Apr 2015 08:57:00 CEST</pubDate></item>' +
          '<item><title>C</title><link>https://example.org/c</link><pubDate>sometime last week</pubDate></item>',
      ),
    );
    expect(f.items.map((i) => [i.title, i.published])).toEqual([
      ['A', '2015-04-30T07:57:00.000Z'],
      ['B', '2015-04-30T06:57:00.000Z'],
      ['C', undefined],
    ]);
  });

  it('reads 03-12-31 as 31 December 2003, not 12 March 2031, and refuses a five-digit year', async () => {
    const f = await read(
      atom(
        '<entry><title>A</title><link href="https://example.org/a"/><updated>03-12-31</updated></entry><entry><title>B</title><link href="https://example.org/b"/><updated>31231-01-01</updated></entry>',
      ),
    );
    expect(f.items.map((i) => i.updated)).toEqual(['2003-12-31T00:00:00.000Z', undefined]);
  });

  it("reads a date without a zone as UTC, not in the machine's zone", async () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'America/New_York';
    try {
      const f = await read(
        atom(
          '<entry><title>A</title><link href="https://example.org/a"/><published>2017-06-03T10:00:00</published></entry>',
        ),
      );
      expect(f.items[0]?.published).toBe('2017-06-03T10:00:00.000Z');
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('reads Atom 0.3 issued and modified, and Dublin Core dates', async () => {
    const f = await read(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dc="http://purl.org/dc/elements/1.1/"><title>Old</title>
        <entry><title>A</title><link rel="alternate" type="text/html" href="https://example.org/a"/><issued>2004-01-01T12:00:00Z</issued><modified>2004-01-02T12:00:00Z</modified></entry>
        <entry><title>B</title><link rel="alternate" type="text/html" href="https://example.org/b"/><dcterms:issued>2004-01-03T12:00:00Z</dcterms:issued><dcterms:modified>2004-01-04T12:00:00Z</dcterms:modified></entry>
        <entry><title>C</title><link rel="alternate" type="text/html" href="https://example.org/c"/><dc:date>2004-01-05T12:00:00+01:00</dc:date></entry></feed>`,
    );
    expect(f.items.map((i) => [i.published, i.updated])).toEqual([
      ['2004-01-01T12:00:00.000Z', '2004-01-02T12:00:00.000Z'],
      ['2004-01-03T12:00:00.000Z', '2004-01-04T12:00:00.000Z'],
      [undefined, '2004-01-05T11:00:00.000Z'],
    ]);
  });

  it('reads French and other dates in words', async () => {
    const f = await read(
      rss(
        '<item><title>A</title><link>https://example.org/a</link><pubDate>mardi 6 juin 2017 14:05 +0200</pubDate></item>' +
          '<item><title>B</title><link>https://example.org/b</link><pubDate>6 de junio de 2017</pubDate></item>',
      ),
    );
    expect(f.items.map((i) => i.published)).toEqual(['2017-06-06T12:05:00.000Z', '2017-06-06T00:00:00.000Z']);
  });
});

describe('parseFeed: ill-formed but common feeds', () => {
  const item = '<item><title>Raqqa</title><link>https://example.org/a?x=1&y=2</link></item>';

  it('reads a bare & in a URL', async () => {
    expect((await read(rss(item))).items[0]?.url).toBe('https://example.org/a?x=1&y=2');
  });

  it('reads an entity XML does not define', async () => {
    const f = await read(
      rss('<item><title>Deir ez-Zor &eacute;vacu&eacute;e&nbsp;!</title><link>https://example.org/a</link></item>'),
    );
    expect(f.items[0]?.title).toBe('Deir ez-Zor évacuée !');
  });

  it('reads an entity the DOCTYPE declares', async () => {
    const f = await read(
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY org "Syrian Democratic Forces">]><rss version="2.0"><channel><title>&org;</title>${item}</channel></rss>`,
    );
    expect(f.title).toBe('Syrian Democratic Forces');
    expect(f.items).toHaveLength(1);
  });

  it('reads a truncated download up to where it stops', async () => {
    const whole = rss(`${item}<item><title>Tabqa</title><link>https://example.org/b</link></item>`);
    const f = await read(whole.slice(0, whole.indexOf('</link></item>', whole.indexOf('Tabqa')) - 3));
    expect(f.items.map((i) => i.title)).toEqual(['Raqqa', 'Tabqa']);
  });

  it('reads a root element with a namespace prefix', async () => {
    const f = await read(
      '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>Watch</atom:title><atom:entry><atom:title>A</atom:title><atom:link href="https://example.org/a"/></atom:entry></atom:feed>',
    );
    expect(f).toMatchObject({ title: 'Watch', items: [{ url: 'https://example.org/a', title: 'A' }] });
  });

  it('gives no items, not an error, for a document without <channel>', async () => {
    expect(await read('<rss version="2.0"></rss>')).toEqual({ title: '', items: [], skipped: [] });
  });

  it('reads a malformed feed the same after another document was refused', async () => {
    // rss-parser kept one XML parser for every feed: after a rejection the next broken feed read as empty.
    await read('<rss version="2.0"><channel><title>x</channel>').catch(() => undefined);
    const f = await read(rss(item).replace('</channel></rss>', ''));
    expect(f.items.map((i) => i.title)).toEqual(['Raqqa']);
  });

  it('does not take a media:title or an image title for the feed or the entry', async () => {
    const f = await read(
      rss(
        '<item><media:title>Photo</media:title><title>Raqqa</title><link>https://example.org/a</link></item>',
        '<image><title>Logo</title><url>https://example.org/logo.png</url></image>',
        ' xmlns:media="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(f.title).toBe('Watch');
    expect(f.items[0]?.title).toBe('Raqqa');
  });
});

describe('parseFeed: summary, content and the feed head', () => {
  it('keeps the summary and the content apart, the content as the fallback HTML', async () => {
    const f = await read(
      rss(
        '<item><title>A</title><link>https://example.org/a</link><description>Short</description><content:encoded><![CDATA[<p>Long &amp; full</p>]]></content:encoded></item>',
        '<ttl>30</ttl><lastBuildDate>Tue, 06 Jun 2017 14:05:00 GMT</lastBuildDate>',
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"',
      ),
    );
    expect(f.items[0]).toEqual({
      url: 'https://example.org/a',
      title: 'A',
      summary: 'Short',
      content: '<p>Long &amp; full</p>',
      html: '<p>Long &amp; full</p>',
    });
    expect(f).toMatchObject({ ttl: 30, updated: '2017-06-06T14:05:00.000Z' });
  });

  it('reads inline XHTML content without its wrapping div', async () => {
    const f = await read(
      atom(
        '<entry><title>A</title><link href="https://example.org/a"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>SDF &amp; <b>YPG</b></p></div></content></entry>',
      ),
    );
    expect(f.items[0]?.content).toBe('<p>SDF &amp; <b>YPG</b></p>');
  });

  it('lists an entry with no address among the skipped, with its title', async () => {
    const f = await read(rss('<item><title>No link</title><description>x</description></item>'));
    expect(f.items).toEqual([]);
    expect(f.skipped).toEqual([
      { title: 'No link', summary: 'x', position: 0, reason: 'no web address (link, permalink guid or id)' },
    ]);
  });
});

/** The bundled real feeds: the test reads no file outside the repository (the bench reads ../shared's). */
function corpus(): string[] {
  return readdirSync(join(FIXTURES, 'feeds'))
    .filter((f) => !/README|LICENSE/.test(f))
    .map((f) => join(FIXTURES, 'feeds', f));
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
