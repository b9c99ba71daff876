import { describe, expect, it } from 'vitest';
import { routeHits } from '../../../functions/core/subscribers/route-hits.js';
import type { WatchHit } from '../../../functions/core/watches/match-article.js';

const hit = (watch: string, count: number): WatchHit => ({
  watch,
  kind: 'place',
  alias: watch,
  found: watch,
  field: 'body',
  paragraph: 0,
  sentence: `${watch} was named.`,
  count,
});

// In the order the article first names them.
const hits = [hit('ISIS', 17), hit('Maskanah', 6), hit('Deir Ezzor', 7), hit('Raqqa', 3), hit('Palmyra', 3)];
const desk = { email: 'desk@example.org', watches: new Set(['Deir Ezzor', 'Raqqa']) };
const analyst = { email: 'analyst@example.org', watches: new Set(['Manbij']) };
const all = { email: 'all@example.org', watches: new Set(['ISIS', 'Palmyra', 'Raqqa']) };

describe('routeHits', () => {
  it('gives the subscribers whose watches the article names, in the order given, skipping the others', () => {
    expect(routeHits(hits, [analyst, desk, all]).map((r) => r.subscriber.email)).toEqual([
      'desk@example.org',
      'all@example.org',
    ]);
  });

  it('puts their own hits first, the most mentioned first, and the rest in the same order', () => {
    const [route] = routeHits(hits, [desk]);
    expect(route?.own.map((h) => h.watch)).toEqual(['Deir Ezzor', 'Raqqa']);
    expect(route?.others.map((h) => h.watch)).toEqual(['ISIS', 'Maskanah', 'Palmyra']);
  });

  it('keeps the order the article names them in when the counts are equal', () => {
    const [route] = routeHits(hits, [all]);
    expect(route?.own.map((h) => h.watch)).toEqual(['ISIS', 'Raqqa', 'Palmyra']);
  });

  it('routes nothing for an article with no hits, or no subscribers', () => {
    expect(routeHits([], [desk, all])).toEqual([]);
    expect(routeHits(hits, [])).toEqual([]);
  });
});
