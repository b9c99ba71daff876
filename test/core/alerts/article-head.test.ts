import { describe, expect, it } from 'vitest';
import { articleHead } from '../../../functions/core/alerts/article-head.js';
import { articleLink } from '../../../functions/core/alerts/article-link.js';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { seed } from '../../support/seeds.js';

describe('articleLink', () => {
  it("prefers the fetched page, then the article's own URL, then the file", () => {
    const file = 'seeds/003.txt';
    expect(articleLink({ url: 'https://a.example/x' }, { url: 'https://b.example/y', file })).toBe(
      'https://b.example/y',
    );
    expect(articleLink({ url: 'https://a.example/x' }, { file })).toBe('https://a.example/x');
    expect(articleLink({ url: '' }, { file })).toBe(file);
    expect(articleLink({ url: '' })).toBe('');
  });
});

describe('articleHead', () => {
  it('gives title, outlet and date, authors, original source and link, skipping what is unknown', () => {
    const article = parseNormalForm(seed(3));
    expect(articleHead(article, { file: 'seeds/003.txt' })).toEqual([
      'Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State in Raqqa Province',
      'Global Research, 2017-06-06',
      'By South Front',
      'Original source: South Front, 2017-06-05',
      'Link: seeds/003.txt',
    ]);
    const bare = { ...article, title: '', outlet: '', published: '', authors: [], source: '', url: '' };
    expect(articleHead(bare, {}, 'Source')).toEqual(['(untitled)']);
  });
});
