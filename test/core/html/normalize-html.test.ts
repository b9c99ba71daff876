import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeFragment, normalizeHtml, profileFor } from '../../../functions/core/html/normalize-html.js';
import { htmlBlocks } from '../../../functions/core/html/html-blocks.js';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { load } from 'cheerio/slim';
import { FIXTURES } from '../../support/fixture-server.js';
import { seed } from '../../support/seeds.js';

const page = (name: string): string => readFileSync(join(FIXTURES, 'global-research', name), 'utf8');

describe('golden pairs: Global Research pages give the normal form the seeds show', () => {
  it.each([
    [
      'English (Global Research), seed 002',
      'seed-002-en.html',
      2,
      'https://www.globalresearch.ca/breaking-isis-retreat/5593411',
    ],
    [
      'French (Mondialisation.ca), seed 000',
      'seed-000-fr.html',
      0,
      'https://www.mondialisation.ca/syria-and-iraq/5528500',
    ],
  ])('%s', (_label, file, n, url) => {
    const text = normalizeHtml(page(file), { url });
    const { id: _a, url: _b, ...fromPage } = parseNormalForm(text, { url });
    const { id: _c, url: _d, ...fromSeed } = parseNormalForm(seed(n));
    expect(fromPage).toEqual(fromSeed);
  });

  it('writes the marked shape block by block, as the seeds do', () => {
    const text = normalizeHtml(page('seed-002-en.html'), { url: 'https://www.globalresearch.ca/x/1' });
    expect(text.split('\n\n').slice(0, 7)).toEqual([
      '# Breaking: ISIS Retreat, Syrian Army Advances in Eastern Aleppo and Southeastern Desert',
      'By [South Front](#)',
      'Global Research, June 03, 2017',
      '[South Front](#)',
      'Region: [Middle East & North Africa](#)',
      'Theme: [Terrorism](#), [US NATO War Agenda](#)',
      'In-depth Report: [SYRIA](#)',
    ]);
    expect(text).toContain('via: <http://southfront.org/donate/> or via: <https://www.patreon.com/southfront>');
    expect(text).toContain(
      'The original source of this article is [South Front](#)\nCopyright © [South Front](#), [South Front](#), 2017',
    );
    expect(text).not.toMatch(
      /Facebook\]|Twitter|Related Articles|Most Popular|Leave a comment|Donate to Global Research/,
    );
  });

  it('keeps mailto links with their target', () => {
    expect(normalizeHtml(page('seed-000-fr.html'), { url: 'https://www.mondialisation.ca/x/1' })).toContain(
      'contactez: [media@globalresearch.ca](mailto:media@globalresearch.ca)',
    );
  });
});

describe('profiles', () => {
  it('picks the profile by site', () => {
    expect(profileFor('https://www.globalresearch.ca/a/1')).toBe('global-research');
    expect(profileFor('https://mondialisation.ca/a/1')).toBe('global-research');
    expect(profileFor('https://www.reuters.com/a')).toBe('generic');
    expect(profileFor(undefined)).toBe('generic');
  });

  it('falls back to the generic extractor when a page lacks the outlet layout', () => {
    const html = `<html><head><title>Plain story | Site</title></head><body><nav><a href="/">Home</a></nav><article><h1>Plain story</h1>
      <p>Kurdish-led forces said on Tuesday they had advanced on the northern edge of Raqqa, the group's de facto capital in Syria.</p>
      <p>The offensive, backed by air strikes from the US-led coalition, has pushed into several districts of the city over the past week.</p>
      <p>Residents who fled described heavy bombardment and a shortage of food and water in the areas still held by the militants.</p></article>
      <footer>© Site</footer></body></html>`;
    const a = parseNormalForm(normalizeHtml(html, { url: 'https://www.globalresearch.ca/odd-page/1' }));
    expect(a.shape).toBe('plain');
    expect(a.title).toBe('Plain story');
    expect(a.body[0]).toMatch(/^Kurdish-led forces said on Tuesday/);
    expect(a.body.join(' ')).not.toMatch(/Home|© Site/);
  });

  it("reads a feed item's own HTML as a plain-shape article under the item's title", () => {
    const text = normalizeFragment(
      '<p>Fighting near <a href="/x">Deir ez-Zor</a>.</p><p>More <em>soon</em>.</p>',
      'Item title',
    );
    expect(text).toBe('Item title\n\nFighting near [Deir ez-Zor](#).\n\nMore *soon*.\n');
  });
});

describe('htmlBlocks', () => {
  const blocks = (html: string): string[] => htmlBlocks(load(html).root()[0] as never);

  it('writes links, mailto, bare URLs and emphasis as the seeds do', () => {
    expect(
      blocks(
        '<p>See <a href="/a">the report</a>, <a href="mailto:m@x.org">write</a>, <a href="http://x.org/d">http://x.org/d</a>; <em>Articles Par :</em> <strong>bold</strong></p>',
      ),
    ).toEqual(['See [the report](#), [write](mailto:m@x.org), <http://x.org/d>; *Articles Par :* **bold**']);
  });

  it('splits blocks at block elements and keeps line breaks', () => {
    expect(blocks('<div>one<p>two</p>three<br>four<ul><li>a</li><li>b</li></ul></div>')).toEqual([
      'one',
      'two',
      'three\nfour',
      'a',
      'b',
    ]);
  });

  it('leaves out scripts, styles, images and empty links', () => {
    expect(blocks('<p>a<script>var x=1</script><style>p{}</style><img alt="pic"><a href="/x"> </a>b</p>')).toEqual([
      'ab',
    ]);
  });
});
