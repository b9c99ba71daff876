import { describe, expect, it } from 'vitest';

import { resolveWatches } from '../../../functions/core/watches/resolve-watches.js';
import { DEFAULT_LEXICON } from '../../../functions/core/watches/default-lexicon.js';

import { loadLabeled, scoreLabeled } from '../../support/watch-eval.js';

const report = (r: ReturnType<typeof scoreLabeled>): string =>
  `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})\n${r.failures.join('\n')}`;

describe('the labeled evaluation set (English, French, Arabic; variants and traps)', () => {
  const sentences = loadLabeled('sentences.json');

  it('holds sentences in all three languages, traps among them', () => {
    for (const lang of ['en', 'fr', 'ar'])
      expect(sentences.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(60);
    expect(sentences.filter((s) => s.trap).length).toBeGreaterThanOrEqual(50);
  });

  it('is matched with precision >= 0.98 and recall >= 0.95', () => {
    const r = scoreLabeled(DEFAULT_LEXICON, sentences);
    expect(r.precision, report(r)).toBeGreaterThanOrEqual(0.98);
    expect(r.recall, report(r)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the set written apart from the lexicon (heldout-sentences.json)', () => {
  it('is matched with precision >= 0.98 and recall >= 0.95', () => {
    const r = scoreLabeled(DEFAULT_LEXICON, loadLabeled('heldout-sentences.json'));
    expect(r.precision, report(r)).toBeGreaterThanOrEqual(0.98);
    expect(r.recall, report(r)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('area watches', () => {
  it('find a governorate by its own name and by any place inside it, and a radius by the places within it', () => {
    const r = scoreLabeled(DEFAULT_LEXICON, loadLabeled('area-sentences.json'));
    expect(r.precision, report(r)).toBeGreaterThanOrEqual(0.98);
    expect(r.recall, report(r)).toBeGreaterThanOrEqual(0.95);
  });

  it('report the place found under the area watch', () => {
    const radius = resolveWatches(['Deir Ezzor +50km']).matcher;
    expect(radius.find('Clashes in Mayadin and in Raqqa.').map((x) => [x.name, x.alias])).toEqual([
      ['Deir Ezzor +50km', 'Mayadin'],
    ]);
    const governorate = resolveWatches(['Raqqa Governorate']).matcher;
    expect(governorate.find('Tabqa fell; Raqqa province is next; Aleppo is far.').map((x) => x.name)).toEqual([
      'Raqqa Governorate',
      'Raqqa Governorate',
    ]);
  });
});
