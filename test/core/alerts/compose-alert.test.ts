import { describe, expect, it } from 'vitest';
import { composeAlert, SUBJECT_LIMIT, TEXT_BYTE_LIMIT } from '../../../functions/core/alerts/compose-alert.js';
import { foldAscii, truncate } from '../../../functions/core/alerts/fold-ascii.js';
import type { Article } from '../../../functions/core/article.js';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';

import { resolveWatches } from '../../../functions/core/watches/resolve-watches.js';
import { DEFAULT_WATCHES } from '../../../functions/core/watches/default-lexicon.js';
import { matchArticle, type WatchHit } from '../../../functions/core/watches/match-article.js';

import { seed } from '../../support/seeds.js';

const matcherFor = (names: readonly string[]) => resolveWatches(names).matcher;

describe('composeAlert on seed 003 with three watches', () => {
  const article = parseNormalForm(seed(3));
  const hits = matchArticle(article, matcherFor(['Deir Ezzor', 'ISIS', 'Hayat Tahrir al-Sham']));
  const alert = composeAlert(article, hits, { file: 'seeds/003_693eac78bcb9ac7e.txt' });

  it('names every watch in the subject, then the title, under 100 ASCII characters', () => {
    expect(alert.subject).toBe(
      'ISIS, Deir Ezzor, Hayat Tahrir al-Sham: Video: ISIS Maskanah Stronghold Liberated, Syrian Army...',
    );
    expect(alert.subject.length).toBeLessThan(SUBJECT_LIMIT);
  });

  it('carries the canonical names as attributes, places and actors apart', () => {
    expect(alert.attributes).toEqual({
      watches: ['ISIS', 'Deir Ezzor', 'Hayat Tahrir al-Sham'],
      places: ['Deir Ezzor'],
      actors: ['ISIS', 'Hayat Tahrir al-Sham'],
    });
    expect(alert.articleId).toBe(article.id);
  });

  it('writes title, outlet, date, source file and each watch with its sentence', () => {
    expect(alert.text).toContain(
      'Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State in Raqqa Province\nGlobal Research, 2017-06-06\n',
    );
    expect(alert.text).toContain('Source: seeds/003_693eac78bcb9ac7e.txt');
    expect(alert.text).toContain(
      '* Deir Ezzor (place): "Deir Ezzor" in paragraph 4, 7 mentions\n  > The liberation of Maskanah also opens additional opportunities for operations against ISIS in the provinces of Homs and Deir Ezzor.',
    );
    expect(alert.text).toContain(
      '* Hayat Tahrir al-Sham (actor): "Hayat Tahrir al-Sham" in paragraph 12\n  > The army has launched an intense bombing campaign against Hayat Tahrir al-Sham and its allies in the area.',
    );
  });
});

describe('the subject', () => {
  const base = parseNormalForm(seed(2));
  const hit: WatchHit = {
    watch: 'Raqqa',
    kind: 'place',
    alias: 'Raqqa',
    found: 'Raqqa',
    field: 'body',
    paragraph: 0,
    sentence: 'x',
    count: 1,
  };

  it('folds accents and typographic punctuation to ASCII and drops line breaks and control characters', () => {
    const article: Article = { ...base, title: 'L’armée syrienne reprend «Palmyre» —\u0007 encore\nune fois' };
    const { subject } = composeAlert(article, [hit]);
    expect(subject).toBe('Raqqa: L\'armee syrienne reprend "Palmyre" - encore une fois');
    expect(subject).toMatch(/^[\x20-\x7e]+$/);
  });

  it('stays under 100 characters however long the title, cut at a word', () => {
    const article: Article = { ...base, title: 'Word '.repeat(60) };
    const { subject } = composeAlert(article, [hit]);
    expect(subject.length).toBeLessThan(100);
    expect(subject.endsWith('Word...')).toBe(true);
  });

  it('says "+N" when more than three watches matched', () => {
    const hits = ['A', 'B', 'C', 'D', 'E'].map((w) => ({ ...hit, watch: w }));
    expect(composeAlert(base, hits).subject.startsWith('A, B, C +2: ')).toBe(true);
  });

  it('falls back to the outlet when the title has no Latin letters', () => {
    const article: Article = { ...base, title: 'داعش في الرقة' };
    expect(composeAlert(article, [hit]).subject).toBe('Raqqa: new article from Global Research');
  });
});

describe('the message size', () => {
  it("stays within SNS's limit with thousands of watches, saying how many it left out", () => {
    const article = parseNormalForm(seed(1));
    const hits: WatchHit[] = Array.from({ length: 3000 }, (_, i) => ({
      watch: `Watch ${i}`,
      kind: 'term',
      alias: `Watch ${i}`,
      found: `Watch ${i}`,
      field: 'body',
      paragraph: 1,
      sentence: 'ب'.repeat(200),
      count: 1,
    }));
    const alert = composeAlert(article, hits);
    expect(Buffer.byteLength(alert.text)).toBeLessThanOrEqual(TEXT_BYTE_LIMIT);
    expect(alert.text).toMatch(/\.\.\. and \d+ more watches\./);
    expect(alert.attributes.watches).toHaveLength(3000);
  });
});

describe('foldAscii and truncate', () => {
  it('fold Latin letters to their bare forms and drop other scripts', () => {
    expect(foldAscii('Déïr ez-Zôr, Œuvre, straße')).toBe('Deir ez-Zor, OEuvre, strasse');
    expect(foldAscii('دير الزور Deir')).toBe('Deir');
  });

  it('leave short text alone', () => {
    expect(truncate('short', 100)).toBe('short');
  });
});

describe('every default watch composes to a valid subject for every seed', () => {
  it.each([0, 1, 2, 3, 4])('seed %i', (n) => {
    const article = parseNormalForm(seed(n));
    const alert = composeAlert(article, matchArticle(article, matcherFor(DEFAULT_WATCHES)));
    expect(alert.subject.length).toBeLessThan(100);
    expect(alert.subject).toMatch(/^[\x21-\x7e][\x20-\x7e]*$/);
  });
});
