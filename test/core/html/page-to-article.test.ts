import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentToArticle, pageToArticle } from '../../../functions/core/html/page-to-article.js';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { renderNormalForm } from '../../../functions/core/normal-form/render-normal-form.js';
import { FIXTURES } from '../../support/fixture-server.js';
import { seed } from '../../support/seeds.js';

const page = (name: string): string => readFileSync(join(FIXTURES, 'global-research', name), 'utf8');

/** A news page whose body opens with a byline and a dateline, as wire stories do. */
const DATELINE_PAGE = `<html><head><title>Strikes hit eastern Syria | Wire</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Strikes hit eastern Syria</h1>
    <p>By Jane Doe</p>
    <p>Damascus, June 3, 2017</p>
    <p>Air strikes hit several villages east of Deir ez-Zor on Saturday, residents said, as government forces pressed on along the Euphrates.</p>
    <p>The strikes came a day after the army said it had taken back two oil fields, a claim the opposition could not confirm on Saturday.</p>
    <p>Aid groups said hundreds of families had fled towards the river, where shelters were already full and food was running short.</p>
  </article>
  <footer>© Wire</footer></body></html>`;

describe('golden pairs: Global Research pages give the Articles of their seeds', () => {
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
    const { id: _a, url: fromUrl, ...fromPage } = pageToArticle(page(file), { url });
    const { id: _c, url: _d, ...fromSeed } = parseNormalForm(seed(n));
    expect(fromUrl).toBe(url);
    expect(fromPage).toEqual(fromSeed);
  });

  it('reads the header lines into fields and renders the marked shape block by block', () => {
    const article = pageToArticle(page('seed-002-en.html'), { url: 'https://www.globalresearch.ca/x/1' });
    expect(article).toMatchObject({
      shape: 'marked',
      authors: ['South Front'],
      outlet: 'Global Research',
      published: '2017-06-03',
      source: 'South Front',
      region: ['Middle East & North Africa'],
      themes: ['Terrorism', 'US NATO War Agenda'],
      dossiers: ['SYRIA'],
    });
    expect(renderNormalForm(article).split('\n\n').slice(0, 7)).toEqual([
      '# Breaking: ISIS Retreat, Syrian Army Advances in Eastern Aleppo and Southeastern Desert',
      'By [South Front](#)',
      'Global Research, June 03, 2017',
      '[South Front](#)',
      'Region: [Middle East & North Africa](#)',
      'Theme: [Terrorism](#), [US NATO War Agenda](#)',
      'In-depth Report: [SYRIA](#)',
    ]);
    expect(article.boilerplate).toContain(
      'The original source of this article is [South Front](#)\nCopyright © [South Front](#), [South Front](#), 2017',
    );
    expect([...article.body, ...article.boilerplate].join('\n')).not.toMatch(
      /Facebook\]|Twitter|Related Articles|Most Popular|Leave a comment|Donate to Global Research/,
    );
  });

  it('keeps mailto links with their target in the trailer', () => {
    const article = pageToArticle(page('seed-000-fr.html'), { url: 'https://www.mondialisation.ca/x/1' });
    expect(article.boilerplate).toContain('Contact média: [media@globalresearch.ca](mailto:media@globalresearch.ca)');
  });

  it('knows the layout of a saved page that comes with no address', () => {
    expect(pageToArticle(page('seed-000-fr.html')).shape).toBe('marked');
  });

  it('reads an outlet page as a generic one when told to', () => {
    const article = pageToArticle(page('seed-002-en.html'), { profile: 'generic' });
    expect(article.shape).toBe('plain');
    expect(article.outlet).toBe('');
  });
});

describe('generic pages', () => {
  it('falls back to the generic extractor when a Global Research page lacks the outlet layout', () => {
    const html = `<html><head><title>Plain story | Site</title></head><body><nav><a href="/">Home</a></nav><article><h1>Plain story</h1>
      <p>Kurdish-led forces said on Tuesday they had advanced on the northern edge of Raqqa, the group's de facto capital in Syria.</p>
      <p>The offensive, backed by air strikes from the US-led coalition, has pushed into several districts of the city over the past week.</p>
      <p>Residents who fled described heavy bombardment and a shortage of food and water in the areas still held by the militants.</p></article>
      <footer>© Site</footer></body></html>`;
    const a = pageToArticle(html, { url: 'https://www.globalresearch.ca/odd-page/1' });
    expect(a.shape).toBe('plain');
    expect(a.title).toBe('Plain story');
    expect(a.body[0]).toMatch(/^Kurdish-led forces said on Tuesday/);
    expect(a.body.join(' ')).not.toMatch(/Home|© Site/);
  });

  it.each([
    ['with its address', { url: 'https://wire.example/world/strikes' }],
    ['saved with no address', {}],
    ['on an outlet site whose layout it lacks', { url: 'https://www.globalresearch.ca/strikes/1' }],
  ])('bug 2: a byline and a dateline opening the body are not the outlet (%s)', (_label, options) => {
    const a = pageToArticle(DATELINE_PAGE, options);
    expect(a).toMatchObject({
      shape: 'plain',
      outlet: '',
      published: '',
      authors: [],
      title: 'Strikes hit eastern Syria',
    });
    expect(a.body.slice(0, 2)).toEqual(['By Jane Doe', 'Damascus, June 3, 2017']);
    expect(a.body[2]).toMatch(/^Air strikes hit several villages east of Deir ez-Zor/);
  });

  it("takes the feed item's title for a page that names none", () => {
    const a = pageToArticle('<p>Shelling was reported overnight in the eastern districts of the city.</p>', {
      title: 'Overnight shelling',
    });
    expect(a.title).toBe('Overnight shelling');
    expect(a.body).toEqual(['Shelling was reported overnight in the eastern districts of the city.']);
  });

  it('gives an empty page an Article with no body rather than an error', () => {
    expect(pageToArticle('', { title: 'Nothing here' })).toMatchObject({ title: 'Nothing here', body: [] });
    expect(pageToArticle('   ').title).toBe('(untitled)');
  });
});

describe('fragmentToArticle', () => {
  it("reads a feed item's own HTML as a plain-shape article under the item's title", () => {
    const a = fragmentToArticle('<p>Fighting near <a href="/x">Deir ez-Zor</a>.</p><p>More <em>soon</em>.</p>', {
      title: 'Item title',
      url: 'https://wire.example/item',
    });
    expect(a).toMatchObject({
      title: 'Item title',
      url: 'https://wire.example/item',
      shape: 'plain',
      outlet: '',
      body: ['Fighting near Deir ez-Zor.', 'More soon.'],
    });
    expect(renderNormalForm(a)).toBe('Item title\n\nFighting near Deir ez-Zor.\n\nMore soon.\n');
  });
});
