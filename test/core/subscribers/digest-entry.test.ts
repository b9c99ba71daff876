import { describe, expect, it } from 'vitest';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { digestEntry } from '../../../functions/core/subscribers/digest-entry.js';
import { routeHits } from '../../../functions/core/subscribers/route-hits.js';
import { matchArticle } from '../../../functions/core/watches/match-article.js';
import { resolveWatches } from '../../../functions/core/watches/resolve-watches.js';
import { seed } from '../../support/seeds.js';

describe('digestEntry on seed 003 for a subscriber following Deir Ezzor and ISIS', () => {
  const article = parseNormalForm(seed(3));
  const hits = matchArticle(article, resolveWatches(['Deir Ezzor', 'ISIS', 'Palmyra']).matcher);
  const [route] = routeHits(hits, [{ watches: new Set(['Deir Ezzor', 'ISIS']) }]);

  it('holds what the digest shows, their watches the most mentioned first, and the mentions all told', () => {
    if (!route) throw new Error('seed 003 names Deir Ezzor');
    const entry = digestEntry(
      article,
      route,
      { file: 'seeds/003.txt' },
      {
        storyId: 'story-1',
        also: ['Mondialisation.ca'],
        queuedAt: '2026-11-29T10:00:00.000Z',
      },
    );
    expect(entry).toEqual({
      storyId: 'story-1',
      articleId: article.id,
      title: 'Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State in Raqqa Province',
      outlet: 'Global Research',
      published: '2017-06-06',
      url: 'seeds/003.txt',
      watches: ['ISIS', 'Deir Ezzor'],
      sentence: 'Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State in Raqqa Province',
      found: 'ISIS',
      mentions: 17 + 7,
      also: ['Mondialisation.ca'],
      queuedAt: '2026-11-29T10:00:00.000Z',
    });
  });
});
