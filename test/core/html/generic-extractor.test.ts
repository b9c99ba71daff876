import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractMainContent } from '../../../functions/core/html/generic-extractor.js';
import { stripMarkup } from '../../../functions/core/normal-form/inline-markup.js';

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the tram network, adding twelve stations across the northern districts, the mayor said.',
  'Construction is expected to begin next spring, and the first trams should run in 2027, according to the transport authority, which will borrow most of the cost.',
  'Residents of the northern districts, who have waited for a decade, welcomed the vote, although some shop owners fear months of road works.',
  'The opposition, which voted against the plan, said the budget was unrealistic and asked for an independent audit of the figures.',
];

/** A news page: navigation, a sidebar, the article with share buttons and related links, comments and a footer. */
function newsPage(): string {
  return `<!doctype html><html><head>
<meta charset="utf-8">
<title>Council expands tram network | The Daily Planet</title>
<meta property="og:title" content="Council expands tram network">
<meta property="og:site_name" content="The Daily Planet">
<script>window.dataLayer = [{ page: 'article' }];</script>
<style>.share { color: red }</style>
</head><body>
<header class="site-header"><a href="/">The Daily Planet</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<div class="layout">
  <main>
    <article class="story">
      <h1>Council expands tram network</h1>
      <div class="byline">By Lois Lane, 19 November 2019</div>
      <div class="share-buttons"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Tweet</a> <a href="mailto:?subject=x">Email</a></div>
      <div class="story-body">
        <p>${PARAGRAPHS[0]}</p>
        <p>${PARAGRAPHS[1]}</p>
        <div class="ad-slot">Advertisement</div>
        <p>${PARAGRAPHS[2]}</p>
        <p>${PARAGRAPHS[3]}</p>
      </div>
      <div class="related-stories"><h3>Related</h3><ul>
        <li><a href="/a">Bus fares to rise in January</a></li>
        <li><a href="/b">Mayor defends road works plan</a></li>
        <li><a href="/c">New bike lanes open downtown</a></li>
      </ul></div>
    </article>
    <section id="comments" class="comments"><h2>3 comments</h2>
      <div class="comment"><p>About time, this city needed better public transport for years and years now.</p></div>
      <div class="comment"><p>Another waste of taxpayers' money, mark my words, it will cost twice as much in the end.</p></div>
    </section>
  </main>
  <aside class="sidebar"><h2>Most read</h2><ol><li><a href="/x">Storm warning for the weekend</a></li><li><a href="/y">Zoo welcomes twin pandas</a></li></ol>
    <p>Subscribe to our newsletter, and get the best of the Daily Planet in your inbox, every morning, for free.</p></aside>
</div>
<footer><p>© 2019 The Daily Planet, all rights reserved, no part of this site may be reproduced without permission.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}

const text = (blocks: string[]): string => blocks.map(stripMarkup).join('\n\n');

describe('extractMainContent on a hand-written news page', () => {
  const page = extractMainContent(newsPage(), { url: 'https://www.dailyplanet.example/news/trams' });

  it('returns the article paragraphs, and only them, in order', () => {
    expect(page.blocks).toEqual(PARAGRAPHS);
  });

  it('takes the headline as the title, and does not repeat it as the first block', () => {
    expect(page.title).toBe('Council expands tram network');
    expect(page.blocks[0]).not.toBe(page.title);
  });

  it('leaves out navigation, sidebar, footer, comments, share widgets, related links and ads', () => {
    const all = text(page.blocks);
    for (const chrome of [
      'Sport',
      'Most read',
      'Subscribe',
      'all rights reserved',
      'About time',
      'Share on Facebook',
      'Tweet',
      'Bus fares',
      'Advertisement',
      'By Lois Lane',
      'dataLayer',
      'color: red',
    ]) {
      expect(all).not.toContain(chrome);
    }
  });
});

describe('extractMainContent on a page that wraps each opening paragraph in a <div> of its own', () => {
  // The layout of a British daily's 2011 pages: the opening paragraphs each in a
  // div, a box of related links, then the rest of the body in one container.
  const wrapped = PARAGRAPHS.slice(0, 2)
    .map((p, i) => `<div class="par${i + 1}"><p>${p}</p></div>`)
    .join('');
  const html = `<html><head><title>Council expands tram network</title></head><body>
    <div id="content"><h1>Council expands tram network</h1>
      <div id="bodyArea">${wrapped}
        <div class="related-links"><ul><li><p><a href="/a">Bus fares to rise in January</a></p></li><li><p><a href="/b">Mayor defends road works plan</a></p></li></ul></div>
        <div class="body"><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p>
          <p>The mayor said the first contracts would be signed before the summer, once the audit, which the opposition asked for, is done.</p></div>
      </div></div></body></html>`;

  it('keeps the wrapped opening paragraphs beside the main container, and leaves out the related links', () => {
    const page = extractMainContent(html);
    expect(page.blocks.slice(0, 4)).toEqual(PARAGRAPHS);
    expect(text(page.blocks)).not.toContain('Bus fares');
  });
});

describe('extractMainContent inline markup', () => {
  const body = (inner: string): string =>
    `<html><head><title>Links</title></head><body><nav><a href="/">Home</a></nav><article>${inner}</article></body></html>`;

  it('keeps links as [text](#), mailto links with their target, bare URLs in angle brackets', () => {
    const page = extractMainContent(
      body(
        `<p>The report, published by <a href="https://example.org/report">the agency</a> on Monday, runs to 400 pages, with annexes.</p>` +
          `<p>Questions may be sent to <a href="mailto:press@example.org">the press office</a>, which answers within a week, it says.</p>` +
          `<p>The full text is online at <a href="https://example.org/full">https://example.org/full</a>, free of charge, for everyone.</p>`,
      ),
    );
    expect(page.blocks).toEqual([
      'The report, published by [the agency](#) on Monday, runs to 400 pages, with annexes.',
      'Questions may be sent to [the press office](mailto:press@example.org), which answers within a week, it says.',
      'The full text is online at <https://example.org/full>, free of charge, for everyone.',
    ]);
  });

  it('keeps emphasis and line breaks', () => {
    const page = extractMainContent(
      body(
        `<p>The minister was <em>very</em> clear, and <strong>firm</strong>, about the plan, said the aide, again and again.<br>Nobody asked for more.</p>`,
      ),
    );
    expect(page.blocks).toEqual([
      'The minister was *very* clear, and **firm**, about the plan, said the aide, again and again.\nNobody asked for more.',
    ]);
  });
});

describe('extractMainContent titles', () => {
  const withHead = (head: string, h1 = ''): string =>
    `<html><head>${head}</head><body>${h1}<div class="content"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></div></body></html>`;

  it('prefers the <h1> that the page title names', () => {
    expect(
      extractMainContent(withHead('<title>Trams are coming - City News</title>', '<h1>Trams are coming</h1>')).title,
    ).toBe('Trams are coming');
  });

  it('uses og:title without the site name', () => {
    const head =
      '<meta property="og:title" content="Trams are coming to the north | City News"><meta property="og:site_name" content="City News">';
    expect(extractMainContent(withHead(head)).title).toBe('Trams are coming to the north');
  });

  it('uses <title> without a short site-name suffix', () => {
    expect(extractMainContent(withHead('<title>Trams are coming to the north – Gazette</title>')).title).toBe(
      'Trams are coming to the north',
    );
    expect(extractMainContent(withHead('<title>Trams are coming to the north</title>')).title).toBe(
      'Trams are coming to the north',
    );
  });

  it('drops the site name when it comes first, matched on the host', () => {
    const page = extractMainContent(withHead('<title>CityNews: Trams are coming to the north</title>'), {
      url: 'https://www.citynews.example/trams',
    });
    expect(page.title).toBe('Trams are coming to the north');
  });
});

describe('extractMainContent on garbage', () => {
  it('returns nothing for an empty or blank string', () => {
    expect(extractMainContent('')).toEqual({ title: '', blocks: [] });
    expect(extractMainContent('   \n\t ')).toEqual({ title: '', blocks: [] });
  });

  it('does not throw on binary-ish text', () => {
    const bytes = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const page = extractMainContent(bytes);
    expect(typeof page.title).toBe('string');
    expect(Array.isArray(page.blocks)).toBe(true);
  });

  it('reads a page of unclosed tags', () => {
    const page = extractMainContent(
      `<html><body><div class="post"><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}<div><b>${PARAGRAPHS[2]}`,
    );
    expect(text(page.blocks)).toContain(PARAGRAPHS[0]);
    expect(text(page.blocks)).toContain(PARAGRAPHS[2]);
  });

  it('does not overflow the stack on deeply nested tags', () => {
    const page = extractMainContent(`<html><body>${'<div><span>'.repeat(20_000)}deep text`);
    expect(page).toEqual({ title: '', blocks: expect.any(Array) });
  });

  it('handles a 2 MB page', () => {
    const paragraph = `<p>${PARAGRAPHS[1]}</p>`;
    const big = `<html><head><title>Big</title></head><body><div class="article">${paragraph.repeat(Math.ceil(2_000_000 / paragraph.length))}</div></body></html>`;
    expect(big.length).toBeGreaterThan(2_000_000);
    const page = extractMainContent(big);
    expect(page.blocks.length).toBeGreaterThan(10_000);
    expect(page.blocks[0]).toBe(PARAGRAPHS[1]);
  });

  it('handles fragments without <html> or <body>', () => {
    expect(extractMainContent(`<p>${PARAGRAPHS[0]}</p>`).blocks).toEqual([PARAGRAPHS[0]]);
    expect(extractMainContent('just some words').blocks).toEqual(['just some words']);
  });
});

interface Expected {
  url: string;
  title: string;
  first: string;
  last: string;
  absent: string[];
}

describe('extractMainContent on real pages (from the article-extraction-benchmark)', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;

  for (const [id, want] of Object.entries(expected)) {
    it(`extracts ${want.url}`, () => {
      const html = gunzipSync(readFileSync(join(dir, `${id}.html.gz`))).toString('utf8');
      const page = extractMainContent(html, { url: want.url });
      const body = text(page.blocks);
      expect(page.title).toBe(want.title);
      expect(body.startsWith(want.first)).toBe(true);
      expect(body.endsWith(want.last)).toBe(true);
      for (const chrome of want.absent) expect(body).not.toContain(chrome);
    });
  }
});
