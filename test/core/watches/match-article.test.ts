import { describe, expect, it } from 'vitest';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';

import { resolveWatches } from '../../../functions/core/watches/resolve-watches.js';
import { buildMatcher } from '../../../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES, WORLD_PLACES } from '../../../functions/core/watches/default-lexicon.js';
import { selectWatches } from '../../../functions/core/watches/watch-list.js';
import { matchArticle } from '../../../functions/core/watches/match-article.js';
import { findSentence } from '../../../functions/core/watches/find-sentence.js';

import { seed } from '../../support/seeds.js';

const matcherFor = (names: readonly string[]) => resolveWatches(names).matcher;
// Every watch the seeds name: the desk's default list and the world's places, which a subscriber may watch.
const everything = [...DEFAULT_WATCHES, ...WORLD_PLACES];
const all = matcherFor(everything);
const watchesIn = (n: number, names: readonly string[] = everything): string[] =>
  matchArticle(parseNormalForm(seed(n)), names === everything ? all : matcherFor(names)).map((h) => h.watch);

describe('the seeds give the right watches', () => {
  it.each([
    [
      0,
      [
        'ISIS',
        'SDF',
        'Marea',
        'Manbij',
        'Raqqa',
        'Hama',
        'Tabqa',
        'Syrian Arab Army',
        'Turkish forces',
        'Syria',
        'Iraq',
        'Salamiyah',
      ],
    ],
    [
      1,
      [
        'ISIS',
        'SDF',
        'Manbij',
        'Marea',
        'Azaz',
        'Falluja',
        'Baghdad',
        'Raqqa',
        'Euphrates',
        'Kafr Kalbin',
        'US-led coalition',
        'Manbij Military Council',
        'Turkey',
      ],
    ],
    [
      2,
      [
        'ISIS',
        'SDF',
        'Free Syrian Army',
        'Syrian Arab Army',
        'Tiger Forces',
        'Maskanah',
        'Raqqa',
        'Palmyra',
        'Homs',
        'Tabqa',
        'Russian Aerospace Forces',
        'US-led coalition',
        'Republican Guard',
        'Khanasser',
        'Baath Dam',
      ],
    ],
    [
      3,
      [
        'ISIS',
        'Deir Ezzor',
        'Maskanah',
        'Raqqa',
        'Palmyra',
        'Aleppo',
        'Homs',
        'Daraa',
        'Mosul',
        'Al-Bukamal',
        'Al-Tanf',
        'Hayat Tahrir al-Sham',
        'Russian Aerospace Forces',
        'Syrian Air Force',
        'Liwa al-Quds',
        'Jaysh Maghawir al-Thawra',
        'Tiger Forces',
        'SDF',
        'US-led coalition',
      ],
    ],
    [
      4,
      [
        'ISIS',
        'Jabhat al-Nusra',
        'Faylaq al-Sham',
        'Latakia',
        'Raqqa',
        'Hasakah',
        'Tabqa',
        'Aleppo',
        'Hama',
        'Qatar',
        'Kurdish forces',
        'Syrian Arab Army',
        'Russian Aerospace Forces',
      ],
    ],
  ])('seed %i names at least these', (n, expected) => {
    const got = watchesIn(n);
    for (const name of expected) expect(got, name).toContain(name);
  });

  it('alert on the seeds exactly as before names were read in context, for every watch they name', () => {
    const before = buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, everything), { context: false });
    for (const n of [0, 1, 2, 3, 4]) {
      const article = parseNormalForm(seed(n));
      const now = matchArticle(article, all).map(({ evidence: _, ...hit }) => hit);
      expect(now, `seed ${n}`).toEqual(matchArticle(article, before));
    }
  });

  it('say which evidence made an ambiguous name count (seed 002: Palmyra, a town of Pennsylvania too)', () => {
    const palmyra = matchArticle(parseNormalForm(seed(2)), matcherFor(['Palmyra']))[0];
    expect(palmyra?.evidence?.length).toBeGreaterThan(0);
  });

  it("watch by default the desk's places and actors, not the world's countries and capitals", () => {
    expect(DEFAULT_WATCHES).toContain('Syria');
    expect(DEFAULT_WATCHES).toContain('Damascus');
    expect(DEFAULT_WATCHES).toContain('Hezbollah');
    for (const world of ['United States', 'Washington', 'Europe', 'Paris', 'Turkey', 'Russia', 'US forces', 'NATO'])
      expect(DEFAULT_WATCHES).not.toContain(world);
    expect(resolveWatches(['United States']).canonical).toEqual(['United States']);
  });

  it('seed 003 alerts a "Deir Ezzor" watch, and no other seed does', () => {
    expect([0, 1, 2, 3, 4].filter((n) => watchesIn(n, ['Deir Ezzor']).length > 0)).toEqual([3]);
  });

  it('a watch on "Russian Aerospace Forces" finds seed 003 across its split paragraph', () => {
    const [hit] = matchArticle(parseNormalForm(seed(3)), matcherFor(['Russian Aerospace Forces']));
    expect(hit?.found).toBe('Russian Aerospace Forces');
    expect(hit?.sentence).toBe('The Russian Aerospace Forces and the Syrian Air Force support the operation.');
  });

  it('finds nothing for words that stand only in boilerplate and chrome', () => {
    for (const n of [0, 1, 2, 3, 4]) {
      expect(
        watchesIn(n, ['Global Research', 'PayPal', 'Middle East & North Africa', 'South Front', 'Privacy Policy']),
      ).toEqual([]);
    }
  });

  it('reports the spelling found, where, how often, and its sentence', () => {
    const hits = matchArticle(parseNormalForm(seed(0)), matcherFor(['Marea', 'Tabqa']));
    expect(hits).toEqual([
      {
        watch: 'Marea',
        kind: 'place',
        alias: "Mar'e",
        found: "Mar'e",
        field: 'lede',
        paragraph: 0,
        sentence: "On June 3, the ISIS terrorist group launched a full-scale advance at the rebel stronghold of Mar'e.",
        count: 4,
      },
      {
        watch: 'Tabqa',
        kind: 'place',
        alias: 'Tabaqa',
        found: 'Tabaqa',
        field: 'body',
        paragraph: 2,
        sentence: 'This move will open the way to Tabaqa Military Airport.',
        count: 1,
      },
    ]);
  });

  it('takes the whole title as the sentence of a title mention', () => {
    const [hit] = matchArticle(parseNormalForm(seed(3)), matcherFor(['Maskanah']));
    expect(hit).toMatchObject({ field: 'title', sentence: parseNormalForm(seed(3)).title });
  });
});

describe('findSentence', () => {
  it('does not end a sentence at "Mar.8" or "U.S."', () => {
    const p = 'On Mar.8, Kurdish units took Raqqa. The U.S. forces watched. Then quiet.';
    expect(findSentence(p, p.indexOf('Raqqa'), p.indexOf('Raqqa') + 5)).toBe('On Mar.8, Kurdish units took Raqqa.');
    expect(findSentence(p, p.indexOf('forces'), p.indexOf('forces') + 6)).toBe('The U.S. forces watched.');
  });

  it('cuts a runaway sentence to a window around the mention', () => {
    const p = `${'word '.repeat(300)}Raqqa ${'word '.repeat(300)}`;
    const s = findSentence(p, p.indexOf('Raqqa'), p.indexOf('Raqqa') + 5);
    expect(s.length).toBeLessThanOrEqual(402);
    expect(s).toContain('Raqqa');
    expect(s.startsWith('…')).toBe(true);
  });
});
